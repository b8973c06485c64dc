"""``make fuzz``: run the harness on a corpus kept between runs, and keep the tally.

The corpus lives in ``.fuzz-corpus/`` (ignored by git, kept between runs): libFuzzer writes
there each input that reaches new code, and reads it back at the next run, so every run
starts where the last one stopped. ``fuzz/seeds/`` is the small committed seed corpus that a
fresh checkout starts from (libFuzzer reads it beside ``.fuzz-corpus/`` and never writes it).

Each run appends one line to ``.fuzz-corpus/runs.tsv`` (the time, the executions libFuzzer
reports in its closing "Done N runs" line or, for an interrupted run, its final statistics,
the seconds, its exit code) and prints the total
over every run kept there. A crash leaves its input in ``.fuzz-corpus/crash-*``: turn it into
a regression test row and delete it.

Usage: ``.venv/bin/python fuzz/run.py SECONDS [libFuzzer flags ...]``
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".fuzz-corpus"
SEEDS = ROOT / "fuzz" / "seeds"
LEDGER = CORPUS / "runs.tsv"
DONE = re.compile(r"^Done (\d+) runs in (\d+) second", re.MULTILINE)
#: libFuzzer's final statistics (``-print_final_stats=1``), printed by an interrupted run too.
UNITS = re.compile(r"^stat::number_of_executed_units:\s*(\d+)", re.MULTILINE)


def tally() -> tuple[int, int, int]:
    """The executions, seconds and runs recorded in the ledger."""
    runs = executions = seconds = 0
    if LEDGER.exists():
        for line in LEDGER.read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split("\t")
            executions += int(fields[1])
            seconds += int(fields[2])
            runs += 1
    return executions, seconds, runs


def main() -> int:
    """Fuzz for the seconds asked, record the run, print the total; libFuzzer's exit code."""
    seconds, *flags = sys.argv[1:] or ["120"]
    CORPUS.mkdir(exist_ok=True)
    command = [
        sys.executable, str(ROOT / "fuzz" / "fuzz_extract.py"), f"-max_total_time={seconds}",
        "-rss_limit_mb=1024", "-print_final_stats=1", *flags, str(CORPUS), str(SEEDS),
    ]  # fmt: skip
    started = time.monotonic()
    done = subprocess.run(command, cwd=CORPUS, capture_output=True, text=True, check=False)
    elapsed = round(time.monotonic() - started)
    (CORPUS / "last-run.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    match = DONE.search(done.stderr)
    units = UNITS.search(done.stderr)
    # an interrupted (Ctrl-C) or crashed run has no "Done" line; its final statistics count too
    ran = int(match[1]) if match else int(units[1]) if units else 0
    took = int(match[2]) if match else elapsed
    if not LEDGER.exists():
        LEDGER.write_text("when\texecutions\tseconds\texit\n", encoding="utf-8")
    with LEDGER.open("a", encoding="utf-8") as ledger:
        ledger.write(
            f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%dT%H:%M:%SZ}\t{ran}\t{took}\t{done.returncode}\n"
        )
    executions, total_seconds, runs = tally()
    files = sum(1 for path in CORPUS.iterdir() if path.is_file() and path.suffix not in {".log", ".tsv"})
    crashes = sorted(path.name for path in CORPUS.glob("crash-*"))
    print(f"this run: {ran:,} executions in {took} s, exit {done.returncode}")
    print(f"in total: {executions:,} executions in {total_seconds:,} s over {runs} runs", end="; ")
    print(f"corpus {files} inputs")
    if done.returncode != 0 or crashes:
        print(done.stderr[-3000:], file=sys.stderr)
        print(f"crashes kept in .fuzz-corpus: {crashes}", file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
