"""Processing a folder of texts in parallel: a process pool, and Dask on a local cluster.

geoecon keeps no global state between calls and its results are picklable, frozen
attrs objects, so any engine that maps a function over items can run it. This
example reads every ``*.txt`` file of a folder (``examples/articles/`` unless a
folder is given on the command line) three ways and checks that all three agree:

1. sequentially, with ``geoecon.extract``;
2. with :class:`concurrent.futures.ProcessPoolExecutor` (standard library), whose
   workers read their files and send whole :class:`geoecon.Extraction` objects
   back by pickling;
3. with ``dask.bag`` over a ``distributed.LocalCluster`` of two worker processes,
   returning plain-data records, if Dask is installed (``pip install "dask[bag]"
   distributed``).

Only file names travel to the workers; each worker reads its own files. Its output
is the same whether or not Dask is installed. For millions of texts, the same code
runs on a real cluster: point ``Client`` at its scheduler (see docs/scale-out.md).
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import geoecon

FOLDER = Path(__file__).resolve().parent / "articles"
REFERENCE_DATE = dt.date(2025, 2, 24)

Records = list[dict[str, Any]]


def extract_file(path: str) -> geoecon.Extraction:
    """Read one file and extract from it (runs in a worker process)."""
    text = Path(path).read_text(encoding="utf-8")
    return geoecon.extract(text, reference_date=REFERENCE_DATE)


def records_of(path: str) -> Records:
    """Read one file and return plain-data records (runs in a Dask worker)."""
    return extract_file(path).to_records()


def with_process_pool(paths: list[str]) -> list[Records]:
    """Map over the files with a standard-library process pool of two workers."""
    with ProcessPoolExecutor(max_workers=2) as pool:
        extractions = list(pool.map(extract_file, paths, chunksize=4))
    return [found.to_records() for found in extractions]


def with_dask(paths: list[str]) -> list[Records] | None:
    """Map over the files with dask.bag on a two-process local cluster; None without Dask."""
    try:
        import dask.bag as db  # noqa: PLC0415
        from distributed import Client, LocalCluster  # noqa: PLC0415
    except ImportError:
        return None
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # a worker's heartbeat may race the scheduler's shutdown on a busy machine and log a
            # closed stream at ERROR level: shutdown noise, not a failure of the run
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster),
    ):
        result: list[Records] = db.from_sequence(paths, npartitions=2).map(records_of).compute()
    return result


def main() -> None:
    """Run the three ways, check that they agree, and summarise what was found."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    sequential = [records_of(path) for path in paths]
    if with_process_pool(paths) != sequential:
        raise SystemExit("process pool results differ from sequential ones")
    dask_result = with_dask(paths)
    if dask_result is not None and dask_result != sequential:
        raise SystemExit("Dask results differ from sequential ones")
    print(f"{len(paths)} files of {folder.name}/ read in parallel; results identical to a sequential run")
    totals: Counter[str] = Counter()
    for path, records in zip(paths, sequential, strict=True):
        kinds = Counter(r["kind"] for r in records)
        totals.update(kinds)
        print(f"  {Path(path).name}: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    print("total: " + ", ".join(f"{n} {k}" for k, n in sorted(totals.items())))


if __name__ == "__main__":
    main()
