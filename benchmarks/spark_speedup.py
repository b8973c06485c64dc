"""geoecon over Reuters-21578: one process, sequentially, versus PySpark ``mapInPandas`` in local mode.

Usage: ``.venv/bin/python benchmarks/spark_speedup.py [--limit N] [--workers 2]
[--partitions-per-worker 8] [--repeat 3]`` (``make test-spark`` installs pyspark; Spark needs
Java 17 or newer).

Reads the Reuters-21578 corpus from ``../shared/corpora`` (research use only; never copied
into this repository) and runs the documented pattern of ``docs/scale-out.md`` (its
``extract_partition`` and ``SCHEMA``, read from the page's doctests) over every article (or
the first ``--limit``), each with its own reference date (the day of its wire timestamp):

1. sequentially in this process: ``extract_partition`` over one pandas frame of the corpus;
2. with Spark in local mode (``local[--workers]``, one Python worker per core): a Spark
   DataFrame of the articles, cached in Spark before the clock starts, in ``--workers x
   --partitions-per-worker`` partitions, ``mapInPandas(extract_partition, SCHEMA)`` and
   ``toPandas()`` (Arrow) to bring every row back to this process.

Both start warm: the tables are loaded in this process, and a first Spark run over a small
slice starts the Python workers and loads the tables there (its time is printed, not
counted). ``--repeat N`` alternates the two runs N times and reports the best of each (the
machine is shared: the best run is the one least slowed by others) and the medians; each run's
line shows the CPU time it used (this process and Spark's JVM and Python workers) and the CPU
time other processes of the host used meanwhile (Linux). Exits with status
1 unless both ways give identical rows; skips cleanly (status 0) when the corpus, pyspark or
Java 17 is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import doctest
import gzip
import itertools
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import pandas as pd

import geoecon

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
STAMP = re.compile(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})")


def reference_date(stamp: str) -> dt.date:
    """Return the day of a Reuters wire timestamp ("26-FEB-1987 15:01:01.79" -> 1987-02-26)."""
    match = STAMP.match(stamp)
    if match is None:
        msg = f"not a Reuters timestamp: {stamp!r}"
        raise ValueError(msg)
    return dt.datetime.strptime("-".join(match.groups()), "%d-%b-%Y").date()  # noqa: DTZ007


def read_articles(limit: int | None) -> pd.DataFrame:
    """The corpus as a frame of ``id``, ``published`` (a ``datetime.date``) and ``text``."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, limit)]
    frame: pd.DataFrame = pd.DataFrame(
        {
            "id": [row["id"] for row in rows],
            "published": [reference_date(row["date"]) for row in rows],
            "text": [row["text"] for row in rows],
        }
    )
    return frame


def documented_pattern() -> dict[str, Any]:
    """``COLUMNS``, ``extract_partition`` and ``SCHEMA`` as docs/scale-out.md's doctests define them."""
    page = (ROOT / "docs" / "scale-out.md").read_text(encoding="utf-8")
    names: dict[str, Any] = {"__name__": "scale_out_page"}  # not importable: pickled by value
    wanted = (
        *("import datetime", "import geoecon", "import pandas", "from collections.abc"),
        *("COLUMNS =", "def extract_partition", "SCHEMA ="),
    )
    for example in doctest.DocTestParser().get_examples(page):
        if example.source.startswith(wanted):
            exec(example.source, names)  # the documentation's own code
    return names


def java_major() -> int | None:
    """The major version of the ``java`` on PATH (or under JAVA_HOME), or None."""
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if java is None or not Path(java).exists():
        return None
    done = subprocess.run([java, "-version"], capture_output=True, text=True, check=False, timeout=60)
    match = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if match is None:
        return None
    major = int(match[1])
    return int(match[2] or 0) if major == 1 else major


def host_busy() -> float:
    """Busy CPU seconds of the whole host since boot, from /proc/stat; 0 elsewhere."""
    try:
        first = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq = (int(f) for f in first[1:8])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def tree_cpu() -> float:
    """CPU seconds of this process and all its descendants (Spark's JVM, its Python workers).

    Live processes count their own time and that of their reaped children, from /proc (Linux;
    0 elsewhere). Spark keeps its JVM and reuses its Python workers between runs, so the
    difference over a run is the CPU time the run cost.
    """
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()  # after "pid (name) "
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        times[pid] = sum(int(f) for f in fields[11:15]) / tick  # utime stime cutime cstime
    total, todo = 0.0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += times.get(pid, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


@dataclasses.dataclass
class Meter:
    """Wall time, CPU time of this process tree, and the host's busy CPU time (seconds)."""

    wall: float = 0.0
    ours: float = 0.0
    host: float = 0.0

    def load(self) -> str:
        """Describe the CPU time: ours (with Spark's processes) and that of others on the host."""
        if not self.host:
            return f"cpu {self.ours:.1f} s"
        return f"cpu: ours {self.ours:.1f} s, other processes {max(self.host - self.ours, 0.0):.1f} s"


@contextlib.contextmanager
def metered() -> Iterator[Meter]:
    """Measure the ``with`` block; the meter is filled in when the block ends."""
    meter = Meter()
    wall, ours, host = time.perf_counter(), tree_cpu(), host_busy()
    yield meter
    meter.wall, meter.ours, meter.host = time.perf_counter() - wall, tree_cpu() - ours, host_busy() - host


def canonical(frame: pd.DataFrame, columns: list[str]) -> list[tuple[Any, ...]]:
    """The rows as tuples in a fixed order (missing values as None), to compare two runs."""
    rows = frame[columns].astype(object).where(frame[columns].notna(), None)
    return sorted(rows.itertuples(index=False, name=None), key=lambda r: (r[0], r[2], r[3], r[1]))


def main() -> int:
    """Run both ways, print the comparison, and return the exit status."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (default: all)")
    parser.add_argument("--workers", type=int, default=2, help="Spark local[N]: Python workers")
    parser.add_argument("--partitions-per-worker", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3, help="alternate the two runs this many times")
    args = parser.parse_args()
    if min(args.workers, args.partitions_per_worker, args.repeat, args.limit or 1) < 1:
        parser.error("--limit, --workers, --partitions-per-worker and --repeat must be at least 1")
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (it lives beside the repository, in ../shared)")
        return 0
    try:
        spark_version = version("pyspark")
        from pyspark.sql import SparkSession  # noqa: PLC0415 - optional
    except (ImportError, PackageNotFoundError) as exc:
        print(f'skipped: pyspark is not installed ({exc}); pip install "geoecon[spark]"')
        return 0
    major = java_major()
    if major is None or major < 17:
        print(f"skipped: Spark needs Java 17 or newer (found {major or 'none'})")
        return 0

    # PySpark 4.x warns that it does not fully support pandas 3; mapInPandas works with it
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas", FutureWarning)
    pattern = documented_pattern()
    extract_partition, schema, columns = pattern["extract_partition"], pattern["SCHEMA"], pattern["COLUMNS"]
    print(
        f"Python {platform.python_version()} on {os.cpu_count()} CPUs, geoecon {geoecon.__version__}, "
        f"pyspark {spark_version}, Java {major}"
    )
    start = time.perf_counter()
    articles = read_articles(args.limit)
    kb = sum(len(text.encode("utf-8")) for text in articles["text"]) / 1024
    took = time.perf_counter() - start
    print(f"corpus: {len(articles):,} Reuters articles, {kb:,.0f} KB of text (read in {took:.1f} s)")
    geoecon.preload()

    os.environ["PYSPARK_PYTHON"] = sys.executable
    partitions = args.workers * args.partitions_per_worker
    start = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{args.workers}]")
        .appName("geoecon-spark-speedup")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", "2g")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.default.parallelism", str(partitions))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        frame = spark.createDataFrame(articles, "id string, published date, text string")
        frame = frame.repartition(partitions).cache()
        frame.count()
        started = time.perf_counter()
        setup = started - start
        warm = spark.createDataFrame(articles.head(200), "id string, published date, text string")
        warm.repartition(partitions).mapInPandas(extract_partition, schema=schema).toPandas()
        warmup = time.perf_counter() - started
        print(
            f"spark: local[{args.workers}], {partitions} partitions; session and cached DataFrame "
            f"{setup:.1f} s, worker warm-up (import + tables) {warmup:.1f} s, neither in the times below"
        )
        walls: dict[str, list[float]] = {"sequential": [], "spark": []}
        for run in range(1, args.repeat + 1):
            with metered() as seq:
                [sequential] = extract_partition(iter([articles]))
            walls["sequential"].append(seq.wall)
            rate = kb / seq.wall
            print(f"run {run}: sequential, 1 process {seq.wall:6.1f} s {rate:6,.0f} KB/s  ({seq.load()})")
            with metered() as par:
                parallel = frame.mapInPandas(extract_partition, schema=schema).toPandas()
            walls["spark"].append(par.wall)
            print(
                f"run {run}: spark, {args.workers} workers      {par.wall:6.1f} s "
                f"{kb / par.wall:6,.0f} KB/s  ({par.load()})  speed-up {seq.wall / par.wall:.2f}x"
            )
            if canonical(sequential, columns) != canonical(parallel, columns):
                print(
                    f"DIFFERENT in run {run}: {len(sequential)} rows sequentially, {len(parallel)} from Spark"
                )
                return 1
    finally:
        spark.stop()
    best_seq, best_par = min(walls["sequential"]), min(walls["spark"])
    med_seq, med_par = statistics.median(walls["sequential"]), statistics.median(walls["spark"])
    print(
        f"best of {args.repeat}: sequential {best_seq:.1f} s ({kb / best_seq:,.0f} KB/s), "
        f"spark {best_par:.1f} s ({kb / best_par:,.0f} KB/s), speed-up {best_seq / best_par:.2f}x; "
        f"medians {med_seq:.1f} s and {med_par:.1f} s, {med_seq / med_par:.2f}x"
    )
    print(f"rows: {len(sequential):,}, identical from both ways in every run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
