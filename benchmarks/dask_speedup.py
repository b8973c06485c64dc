"""geoecon over Reuters-21578: one process, sequentially, versus dask.bag on a local cluster.

Usage: ``.venv/bin/python benchmarks/dask_speedup.py [--limit N] [--workers 2]
[--partitions-per-worker 8] [--read-in workers|driver] [--repeat 1]``

Reads the Reuters-21578 corpus from ``../shared/corpora`` (research use only; never
copied into this repository) and runs ``geoecon.extract(text, reference_date=...)``
then ``.to_records()`` over every article (or the first ``--limit``), each article
with its own reference date (the day of its wire timestamp):

1. sequentially in this process, the texts already in memory;
2. with ``dask.bag`` on a ``distributed.LocalCluster`` of ``--workers`` single-threaded
   worker processes. By default each partition is a range of line numbers and the
   worker reads its own articles from the corpus (only the ranges travel to the
   workers, only records come back); ``--read-in driver`` instead ships the texts
   from this process with ``dask.bag.from_sequence``.

Both runs start warm: the tables are loaded (``geoecon.preload``) in this process and in
every worker before the clock starts; the cluster's start-up and the workers' warm-up are
timed and printed separately. The Dask time includes reading the corpus in the workers
and sending the records back. ``--repeat N`` alternates the two runs N times on the same
cluster and also prints the medians. Each run's line shows the CPU time it used and, on
Linux, the CPU time other processes of the host used meanwhile (a shared machine makes
timings noisy; this says when). The script prints wall time, KB/s of article text and the
speed-up, and exits with status 1 unless every run gives identical records for every
article. Skips cleanly (status 0) when the corpus or Dask is absent.

The mapped functions are defined in this script, that is in ``__main__``, which the
workers cannot import: cloudpickle sends them by value, and identical records are the
test that this works.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import gzip
import itertools
import json
import logging
import os
import platform
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import geoecon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"
STAMP = re.compile(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})")

Article = tuple[str, str, str]  # (id, wire timestamp such as "26-FEB-1987 15:01:01.79", text)
Records = list[dict[str, Any]]


def reference_date(stamp: str) -> dt.date:
    """Return the day of a Reuters wire timestamp ("26-FEB-1987 15:01:01.79" -> 1987-02-26)."""
    match = STAMP.match(stamp)
    if match is None:
        msg = f"not a Reuters timestamp: {stamp!r}"
        raise ValueError(msg)
    return dt.datetime.strptime("-".join(match.groups()), "%d-%b-%Y").date()  # noqa: DTZ007


def read_slice(span: tuple[int, int]) -> list[Article]:
    """Read the articles on lines ``span[0]`` to ``span[1] - 1`` of the corpus (runs in a worker)."""
    start, stop = span
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, start, stop)]
    return [(row["id"], row["date"], row["text"]) for row in rows]


def records_of(article: Article) -> Records:
    """Extract from one article with its own reference date; plain-data records."""
    _, stamp, text = article
    return geoecon.extract(text, reference_date=reference_date(stamp)).to_records()


def spans(sizes: list[int], parts: int) -> list[tuple[int, int]]:
    """Cut ``len(sizes)`` consecutive articles into at most ``parts`` ranges of about equal bytes."""
    total = sum(sizes)
    bounds = [0]
    running = 0
    for index, size in enumerate(sizes, start=1):
        running += size
        if running >= total * len(bounds) / parts and index < len(sizes):
            bounds.append(index)
    bounds.append(len(sizes))
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def text_bytes(articles: list[Article]) -> int:
    """UTF-8 size of the articles' texts."""
    return sum(len(text.encode("utf-8")) for _, _, text in articles)


def host_cpu() -> tuple[float, float]:
    """(busy, stolen) CPU seconds of the whole host since boot, from /proc/stat; zeros elsewhere."""
    try:
        first = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
    except OSError:
        return 0.0, 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in first[1:9])
    tick = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq) / tick, steal / tick


@dataclasses.dataclass
class Meter:
    """Wall time, this process's CPU time and the host's busy and stolen CPU time (seconds)."""

    wall: float = 0.0
    cpu: float = 0.0
    host: float = 0.0
    steal: float = 0.0

    def load(self, ours: float) -> str:
        """Describe the CPU time: ours, that of other processes on the host, and steal."""
        if not self.host:
            return f"cpu {ours:.1f} s"
        other = max(self.host - ours, 0.0)
        return f"cpu: ours {ours:.1f} s, other processes {other:.1f} s, stolen {self.steal:.1f} s"


@contextlib.contextmanager
def metered() -> Iterator[Meter]:
    """Measure the ``with`` block; the meter is filled in when the block ends."""
    meter = Meter()
    wall, cpu, (host, steal) = time.perf_counter(), time.process_time(), host_cpu()
    yield meter
    meter.wall, meter.cpu = time.perf_counter() - wall, time.process_time() - cpu
    host_after, steal_after = host_cpu()
    meter.host, meter.steal = host_after - host, steal_after - steal


def dask_records(client: Any, articles: list[Article], ranges: list[tuple[int, int]], read_in: str) -> Any:
    """Build and submit the bag; return a future of the per-article records, in corpus order."""
    import dask.bag as db  # noqa: PLC0415 - optional; checked in main

    if read_in == "workers":
        # only the line ranges travel; each task reads its own articles from the corpus
        bag = db.from_sequence(ranges, npartitions=len(ranges)).map(read_slice).flatten()
    else:
        pieces = [articles[a:b] for a, b in ranges]
        bag = db.from_sequence(pieces, npartitions=len(ranges)).flatten()
    return client.compute(bag.map(records_of))


def kinds_of(results: list[Records]) -> Counter[str]:
    """Count the records by kind."""
    return Counter(record["kind"] for records in results for record in records)


def differences(articles: list[Article], expected: list[Records], got: list[Records]) -> str | None:
    """Describe how ``got`` differs from ``expected``, or None if they are identical."""
    if len(got) != len(expected):
        return f"{len(got)} articles came back, {len(expected)} expected"
    differing = [a[0] for a, e, g in zip(articles, expected, got, strict=True) if e != g]
    if differing:
        return f"records differ for {len(differing)} articles, e.g. {differing[:5]}"
    return None


def main() -> int:
    """Run both ways, print the comparison, and return the exit status."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (default: all)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes, one thread each")
    parser.add_argument("--partitions-per-worker", type=int, default=8)
    parser.add_argument(
        "--read-in",
        choices=("workers", "driver"),
        default="workers",
        help="where the texts are read: each worker reads its line range, or this process ships them",
    )
    parser.add_argument("--repeat", type=int, default=1, help="alternate the two runs this many times")
    args = parser.parse_args()
    if (
        min(args.workers, args.partitions_per_worker, args.repeat, 1 if args.limit is None else args.limit)
        < 1
    ):
        parser.error("--limit, --workers, --partitions-per-worker and --repeat must be at least 1")
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (it lives beside the repository, in ../shared)")
        return 0
    try:
        dask_version, distributed_version = version("dask"), version("distributed")
        from distributed import Client, LocalCluster  # noqa: PLC0415
    except (ImportError, PackageNotFoundError) as exc:
        print(f"skipped: Dask is not installed ({exc}); pip install 'dask[bag]' distributed")
        return 0

    print(
        f"Python {platform.python_version()} on {os.cpu_count()} CPUs, geoecon {geoecon.__version__}, "
        f"dask {dask_version}, distributed {distributed_version}"
    )
    start = time.perf_counter()
    articles = read_slice((0, sys.maxsize if args.limit is None else args.limit))
    kb = text_bytes(articles) / 1024
    print(
        f"corpus: {len(articles):,} Reuters articles, {kb:,.0f} KB of text "
        f"(read in {time.perf_counter() - start:.1f} s)"
    )
    ranges = spans(
        [len(text.encode("utf-8")) for _, _, text in articles], args.workers * args.partitions_per_worker
    )
    geoecon.preload()

    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        started = time.perf_counter()
        client.run(geoecon.preload)  # import geoecon and load its tables in every worker
        print(
            f"dask: {args.workers} worker processes x 1 thread, {len(ranges)} partitions, texts read in the "
            f"{args.read_in}; cluster start {started - start:.1f} s and worker warm-up (import + tables) "
            f"{time.perf_counter() - started:.1f} s, neither in the times below"
        )
        sequential: list[Records] = []
        speedups: list[float] = []
        walls: dict[str, list[float]] = {"sequential": [], "dask": []}
        for run in range(1, args.repeat + 1):
            with metered() as seq:
                sequential = [records_of(article) for article in articles]
            walls["sequential"].append(seq.wall)
            rate = kb / seq.wall
            print(
                f"run {run}: sequential, 1 process {seq.wall:6.1f} s {rate:6,.0f} KB/s  ({seq.load(seq.cpu)})"
            )

            before: dict[str, float] = client.run(time.process_time)
            with metered() as par:
                parallel: list[Records] = dask_records(client, articles, ranges, args.read_in).result()
            after: dict[str, float] = client.run(time.process_time)
            worker_cpu = sum(after[w] - before[w] for w in after)
            walls["dask"].append(par.wall)
            speedups.append(seq.wall / par.wall)
            rate = kb / par.wall
            print(
                f"run {run}: dask.bag, {args.workers} workers    {par.wall:6.1f} s {rate:6,.0f} KB/s  "
                f"({par.load(par.cpu + worker_cpu)}; {worker_cpu:.1f} s of ours in the workers)  "
                f"speed-up {speedups[-1]:.2f}x"
            )
            problem = differences(articles, sequential, parallel)
            if problem is not None:
                print(f"DIFFERENT in run {run}: {problem}")
                return 1
    if args.repeat > 1:
        seq_wall, par_wall = statistics.median(walls["sequential"]), statistics.median(walls["dask"])
        print(
            f"median of {args.repeat}: sequential {seq_wall:.1f} s ({kb / seq_wall:,.0f} KB/s), "
            f"dask {par_wall:.1f} s ({kb / par_wall:,.0f} KB/s); "
            f"speed-up median {statistics.median(speedups):.2f}x, "
            f"range {min(speedups):.2f}-{max(speedups):.2f}x"
        )
    kinds = kinds_of(sequential)
    print(
        f"records: {sum(kinds.values()):,} ("
        + ", ".join(f"{n:,} {kind}" for kind, n in sorted(kinds.items()))
        + "), identical from both ways in every run, article by article"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
