r"""Throughput of geoecon.extract beside quantulum3 and dateparser on the same texts.

Usage: ``.venv/bin/python benchmarks/throughput.py [--mb 2] [--peer-kb 300]``
(``--mb 0`` reads the whole corpus).

Reads the first ``--mb`` megabytes of the Reuters-21578 corpus from
``../shared/corpora`` (research use only; never copied into this repository),
times ``extract`` over all of it (all kinds, then per kind) and ``extract_many``
over all of it, and times quantulum3's ``parser.parse`` and dateparser's
``search_dates(languages=["en"])`` over the first ``--peer-kb`` kilobytes, all in
one run. It also reports ``import geoecon`` time and first-call latency (each in
fresh interpreters, best and worst of five) and the peak memory of this process.
Skips cleanly when the corpus is absent.

The speed of the machine is not fixed (the same commit has read 604 and 1,556 KB/s
on two days), so the run also says how fast this machine is:

* the peers: the speed targets were set where quantulum3 and dateparser together
  read Reuters at about 20 KB/s, so their speed in this run, over 20 KB/s, is the
  machine's factor, and the 2 MB/s target is scaled by it;
* single compiled regexes over the same texts, for reference only: "a single
  compiled regex" ranges from about 25 MB/s (month names) to 100 MB/s (``\d+``)
  on one machine, so no one of them pins the target.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import logging
import re
import resource
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import geoecon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"


def load(limit_bytes: int) -> list[str]:
    """Read article texts until ``limit_bytes`` of UTF-8 text."""
    texts: list[str] = []
    size = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            texts.append(text)
            size += len(text.encode("utf-8"))
            if limit_bytes and size >= limit_bytes:
                break
    return texts


STARTUP = """
import time
t0 = time.perf_counter()
import geoecon
t1 = time.perf_counter()
geoecon.extract("MOSCOW, Feb 24 - Rusal shipped 2 million tons worth $2.3 million, up 15% on Monday.")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def startup(runs: int = 5) -> tuple[list[float], list[float]]:
    """Seconds of ``import geoecon`` and of the first ``extract``, each in a fresh interpreter."""
    imports: list[float] = []
    firsts: list[float] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", STARTUP],
            capture_output=True, text=True, check=True, timeout=120,
        )  # fmt: skip
        imported, first = (float(x) for x in done.stdout.split())
        imports.append(imported)
        firsts.append(first)
    return imports, firsts


def rate(texts: list[str], fn: Callable[[str], object]) -> tuple[float, float]:
    """Return (KB/s, seconds) of ``fn`` over ``texts``."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1024
    start = time.perf_counter()
    for text in texts:
        fn(text)
    seconds = time.perf_counter() - start
    return size / seconds, seconds


#: Single compiled regexes timed over the same texts: how fast this machine scans.
REGEXES: dict[str, str] = {
    "\\d+": r"\d+",
    "\\b\\w+\\b": r"\b\w+\b",
    "month names": r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
}
#: quantulum3 and dateparser together on Reuters where the targets were set (KB/s).
PEERS_WHEN_SET = 20.0
#: The throughput target where it was set (KB/s, all kinds, one core).
TARGET_WHEN_SET = 2000.0


def regex_scan(texts: list[str], source: str) -> float:
    """KB/s of one compiled regex (``finditer``) over ``texts``, best of three."""
    pattern = re.compile(source)
    size = sum(len(t.encode("utf-8")) for t in texts) / 1024
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for text in texts:
            for _match in pattern.finditer(text):
                pass
        best = min(best, time.perf_counter() - start)
    return size / best


def rate_many(texts: list[str]) -> tuple[float, float]:
    """Return (KB/s, seconds) of ``extract_many`` over ``texts``."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1024
    start = time.perf_counter()
    for _found in geoecon.extract_many(texts):
        pass
    seconds = time.perf_counter() - start
    return size / seconds, seconds


def main() -> None:
    """Run the benchmark and print one line per measurement."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--peer-kb", type=float, default=300.0)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (it lives beside the repository, in ../shared)")
        return
    imports, firsts = startup()
    ms = [1000 * min(imports), 1000 * max(imports)]
    print(f"import geoecon                   {ms[0]:7.0f}-{ms[1]:.0f} ms (5 fresh runs)")
    print(f"first extract (loads tables)     {min(firsts) * 1000:7.0f}-{max(firsts) * 1000:.0f} ms")
    texts = load(int(args.mb * 1024 * 1024))
    sample = load(int(args.peer_kb * 1024))
    geoecon.extract(texts[0])  # first call loads the tables
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    print(f"corpus: {len(texts)} Reuters articles, {kb:,.0f} KB; peer sample {len(sample)} articles")
    for name, source in REGEXES.items():
        print(f"one regex, re {name:<18} {regex_scan(texts, source):10,.0f} KB/s  (for reference)")
    all_rate, seconds = rate(texts, geoecon.extract)
    print(f"geoecon.extract, all kinds      {all_rate:10,.0f} KB/s  ({seconds:.1f} s)")
    many_rate, _ = rate_many(texts)
    print(f"geoecon.extract_many, all kinds {many_rate:10,.0f} KB/s  (batches of {geoecon.pipeline.BATCH})")
    for kind in geoecon.KINDS:
        kind_rate, _ = rate(texts, functools.partial(geoecon.extract, kinds={kind}))
        print(f"geoecon.extract, {kind:<14} {kind_rate:10,.0f} KB/s")
    ours_on_sample, _ = rate(sample, geoecon.extract)
    print(f"geoecon.extract on peer sample   {ours_on_sample:10,.0f} KB/s")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import quantulum3.classifier  # noqa: PLC0415

            quantulum3.classifier.USE_CLF = False
            from quantulum3 import parser as qparser  # noqa: PLC0415
        q_rate, _ = rate(sample, qparser.parse)
        logging.getLogger().handlers.clear()  # quantulum3 configures the root logger
        print(f"quantulum3 parser.parse          {q_rate:10,.0f} KB/s  -> {ours_on_sample / q_rate:.0f}x")
    except ImportError as exc:
        print(f"quantulum3 not installed ({exc}); pip install quantulum3")
        q_rate = 0.0
    try:
        from dateparser.search import search_dates  # noqa: PLC0415

        d_rate, _ = rate(sample, lambda t: search_dates(t, languages=["en"]))
        print(f"dateparser search_dates(en)      {d_rate:10,.0f} KB/s  -> {ours_on_sample / d_rate:.0f}x")
        if q_rate:
            both = 1 / (1 / q_rate + 1 / d_rate)
            print(f"quantulum3 + dateparser together {both:10,.0f} KB/s  -> {ours_on_sample / both:.0f}x")
            factor = both / PEERS_WHEN_SET
            target = TARGET_WHEN_SET * factor
            print(f"machine factor (peers / {PEERS_WHEN_SET:.0f} KB/s)  {factor:10.2f}")
            for name, got in [("extract", all_rate), ("extract_many", many_rate)]:
                verdict = "met" if got >= target else f"not met, {target / got:.2f}x short"
                print(f"target 2 MB/s x factor = {target:,.0f} KB/s: {name} {got:,.0f} KB/s, {verdict}")
    except ImportError as exc:
        print(f"dateparser not installed ({exc})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process      {peak:10,.0f} MB (max RSS, peers included)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
