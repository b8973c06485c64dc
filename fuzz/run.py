"""``make fuzz``: run the harness on a corpus kept between runs, and keep the tally.

The corpus lives in ``.fuzz-corpus/inputs/`` (ignored by git, kept between runs): libFuzzer
writes there each input that reaches new code, and reads it back at the next run, so every run
starts where the last one stopped. ``fuzz/seeds/`` is the small committed seed corpus that a
fresh checkout starts from (libFuzzer reads it beside the corpus and never writes it). The
ledger and the last run's log stay out of the corpus folder, which libFuzzer reads as inputs.

Each run appends one line to ``.fuzz-corpus/runs.tsv`` (the time, the executions libFuzzer
reports in its closing "Done N runs" line or, for an interrupted run, its final statistics,
the seconds, its exit code) and prints the total
over every run kept there. A crash leaves its input in ``.fuzz-corpus/crash-*``: turn it into
a regression test row and delete it.

``--until N`` repeats runs of SECONDS until the ledger's total reaches N executions (or a run
fails), so a long campaign loses at most one run's count if it is killed hard. SIGTERM or
SIGINT stops the current run cleanly: libFuzzer is interrupted, prints its statistics, and the
run is recorded.

Usage: ``.venv/bin/python fuzz/run.py SECONDS [--until N] [libFuzzer flags ...]``
"""

from __future__ import annotations

import datetime as dt
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / ".fuzz-corpus"
INPUTS = CORPUS / "inputs"
SEEDS = ROOT / "fuzz" / "seeds"
LEDGER = CORPUS / "runs.tsv"
DONE = re.compile(r"^Done (\d+) runs in (\d+) second", re.MULTILINE)
#: libFuzzer's final statistics (``-print_final_stats=1``), printed by an interrupted run too.
UNITS = re.compile(r"^stat::number_of_executed_units:\s*(\d+)", re.MULTILINE)
#: A unit slower than this (seconds, wall clock) is reported as a hang. Inputs are at most
#: 1,000 characters and take milliseconds, so only a real hang gets near it, even on a
#: loaded machine under ``nice``.
TIMEOUT = 60
#: The largest input libFuzzer makes: enough bytes for the longest text the harness builds.
MAX_LEN = 4096
#: The exit code of an interrupted run (atheris's, after fuzz/fuzz_extract.py printed its count).
INTERRUPTED = 130
#: A corpus input's name (libFuzzer names them by their SHA-1).
INPUT = re.compile(r"[0-9a-f]{40}")


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


class _Stop:
    """Set by SIGTERM/SIGINT: interrupt the running libFuzzer and run no more."""

    requested = False
    child: subprocess.Popen[str] | None = None

    @classmethod
    def handle(cls, signum: int, frame: FrameType | None) -> None:  # noqa: ARG003 - signal API
        cls.requested = True
        if cls.child is not None and cls.child.poll() is None:
            cls.child.send_signal(signal.SIGINT)  # libFuzzer prints its final statistics


def fuzz_once(seconds: str, flags: list[str]) -> int:
    """One libFuzzer run of ``seconds``, recorded in the ledger; its exit code."""
    command = [
        sys.executable, str(ROOT / "fuzz" / "fuzz_extract.py"), f"-max_total_time={seconds}",
        "-rss_limit_mb=1024", f"-timeout={TIMEOUT}", f"-max_len={MAX_LEN}", "-print_final_stats=1",
        *flags, str(INPUTS), str(SEEDS),
    ]  # fmt: skip
    started = time.monotonic()
    with subprocess.Popen(
        command, cwd=CORPUS, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        _Stop.child = child
        stdout, stderr = child.communicate()
    _Stop.child = None
    elapsed = round(time.monotonic() - started)
    (CORPUS / "last-run.log").write_text(stdout + stderr, encoding="utf-8")
    match = DONE.search(stderr)
    units = UNITS.search(stderr)
    # an interrupted (Ctrl-C) or crashed run has no "Done" line; its final statistics count too
    ran = int(match[1]) if match else int(units[1]) if units else 0
    took = int(match[2]) if match else elapsed
    if not LEDGER.exists():
        LEDGER.write_text("when\texecutions\tseconds\texit\n", encoding="utf-8")
    with LEDGER.open("a", encoding="utf-8") as ledger:
        ledger.write(
            f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%dT%H:%M:%SZ}\t{ran}\t{took}\t{child.returncode}\n"
        )
    executions, total_seconds, runs = tally()
    files = sum(1 for path in INPUTS.iterdir() if path.is_file())
    crashes = sorted(path.name for path in CORPUS.glob("crash-*"))
    print(f"this run: {ran:,} executions in {took} s, exit {child.returncode}")
    print(f"in total: {executions:,} executions in {total_seconds:,} s over {runs} runs", end="; ")
    print(f"corpus {files} inputs", flush=True)
    interrupted = _Stop.requested and child.returncode == INTERRUPTED
    if (child.returncode != 0 and not interrupted) or crashes:
        print(stderr[-3000:], file=sys.stderr)
        print(f"crashes kept in .fuzz-corpus: {crashes}", file=sys.stderr)
        return child.returncode or 1
    return 0


def main() -> int:
    """Fuzz for the seconds asked (again, up to ``--until``), record each run; the exit code."""
    seconds, *flags = sys.argv[1:] or ["120"]
    until = 0
    if "--until" in flags:
        at = flags.index("--until")
        until = int(flags[at + 1])
        del flags[at : at + 2]
    INPUTS.mkdir(parents=True, exist_ok=True)
    for path in CORPUS.iterdir():  # a corpus kept by an older fuzz/run.py, beside the ledger
        if path.is_file() and INPUT.fullmatch(path.name):
            path.replace(INPUTS / path.name)
    signal.signal(signal.SIGTERM, _Stop.handle)
    signal.signal(signal.SIGINT, _Stop.handle)
    while True:
        code = fuzz_once(seconds, flags)
        if code != 0 or _Stop.requested or tally()[0] >= until:
            return code


if __name__ == "__main__":
    sys.exit(main())
