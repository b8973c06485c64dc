"""Time per KB of adversarial inputs, per pattern family, against ordinary news.

Usage: ``.venv/bin/python benchmarks/adversarial.py [--kb 200]``

Each family is a string of about ``--kb`` kilobytes built to stress one kind of
pattern (comma-grouped digits, currency symbols, long digit runs, scale words,
capitalised words for places, ranges, unit prices, weekday names, HTML table
cells). Each is read by ``geoecon.extract`` (all kinds) and at half its size, and
the script prints KB/s, the ratio of its time per KB to that of ordinary news
(the first 400 KB of Reuters-21578 from ``../shared/corpora``, or a built-in news
paragraph repeated when the corpus is absent), and the growth from half to full
size (about 2.0 means linear). The project's target is a ratio within 3x. It also prints the mentions
found per KB and the time per mention: a family dense in real mentions ("$5 per "
is an amount of money every seven characters) costs time per KB for its output,
which a pathological pattern would not explain.

Then, unless ``--no-scale``, single large strings, each read in a fresh process
that reports its time and peak memory (max RSS): 5 MB and 10 MB of news in one
string, and 0.5 MB and 1 MB of news with every newline replaced by a space.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import geoecon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"
PARAGRAPH = (
    "MOSCOW, Feb 24 - Russian aluminum exports to the United States fell to just $2.3 million in "
    "2024, down from a high of $1.7 billion in 2017 - about 15% of all U.S. aluminum imports. "
    "Russia could ship around 2 million tons a year, Putin said on Monday.\n"
)
FAMILIES: dict[str, str] = {
    "comma groups": "1,",
    "dollar signs": "$",
    "digit run": "9",
    "scale words": "million ",
    "capitalised pairs": "Aa Bb ",
    "dotted numbers": "1.2.",
    "capitalised names": "United Nations Security Council ",
    "newlines": "\n",
    "unit prices": "$5 per ",
    "weekdays": "Monday ",
    "qualifiers": "about ",
    "dash ranges": "1-",
    "score pairs": "1-1 ",
    "spaced dashes": "1 - ",
    "percent signs": "%",
    "ton words": "tons ",
    "of chains": "of ",
    "dotted abbreviations": "U.S.",
    "html cells": "<td>1,000</td>",
    "control characters": "\x00\x1b\u200b",
}


def news(limit: int) -> str:
    """Ordinary news text of about ``limit`` bytes."""
    if not CORPUS.exists():
        return PARAGRAPH * (limit // len(PARAGRAPH) + 1)
    parts: list[str] = []
    size = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            parts.append(text)
            size += len(text.encode("utf-8"))
            if size >= limit:
                break
    return "\n\n".join(parts)


def seconds(text: str) -> float:
    """Seconds taken by one ``extract`` call over ``text``."""
    return timed(text)[0]


def timed(text: str) -> tuple[float, int]:
    """Seconds taken by one ``extract`` call over ``text``, and the mentions it found."""
    start = time.perf_counter()
    found = geoecon.extract(text)
    return time.perf_counter() - start, len(found)


SCALE = """
import resource, sys, time
import geoecon
geoecon.preload()
text = sys.stdin.read()
start = time.perf_counter()
found = geoecon.extract(text)
seconds = time.perf_counter() - start
print(seconds, len(found), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def scale(text: str) -> tuple[float, int, float]:
    """(seconds, mentions, peak MB) of one ``extract`` over ``text`` in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", SCALE], input=text, capture_output=True, text=True, check=True, timeout=3600
    )
    elapsed, mentions, peak = done.stdout.split()
    return float(elapsed), int(mentions), float(peak)


def main() -> None:
    """Print one line per family."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kb", type=float, default=200.0)
    parser.add_argument("--no-scale", action="store_true", help="skip the large single strings")
    args = parser.parse_args()
    geoecon.preload()
    size = int(args.kb * 1024)
    base_text = news(2 * size)
    base_kb = len(base_text.encode("utf-8")) / 1024
    base_s, base_found = timed(base_text)
    base = base_kb / base_s
    print(
        f"ordinary news: {base:,.0f} KB/s over {base_kb:,.0f} KB, {base_found / base_kb:.1f} mentions"
        f" per KB, {base_s / max(base_found, 1) * 1e6:.0f} us per mention"
    )
    print(f"{'family':<22} {'KB/s':>9} {'x news':>7} {'growth':>7} {'per KB':>7} {'us each':>8}")
    worst = 0.0
    for name, unit in FAMILIES.items():
        text = unit * (size // len(unit.encode("utf-8")))
        half = text[: len(text) // 2]
        full_s, found = timed(text)
        half_s = seconds(half)
        kb = len(text.encode("utf-8")) / 1024
        kbps = kb / full_s
        ratio = base / kbps
        worst = max(worst, ratio)
        flag = "" if ratio <= 3 else "  over 3x"
        each = f"{full_s / found * 1e6:8.0f}" if found else f"{'-':>8}"
        growth = full_s / half_s
        print(f"{name:<22} {kbps:>9,.0f} {ratio:>7.2f} {growth:>7.2f} {found / kb:>7.1f} {each}{flag}")
    print(f"worst ratio: {worst:.2f}x ordinary news (target: within 3x)")
    if args.no_scale:
        return
    big = news(10 * 1024 * 1024)
    flat = big.replace("\n", " ")
    print(f"{'single string':<34} {'MB':>5} {'seconds':>8} {'KB/s':>7} {'mentions':>9} {'peak MB':>8}")
    for name, text in [
        ("news, one string", big[: 5 * 1024 * 1024]),
        ("news, one string", big[: 10 * 1024 * 1024]),
        ("news without newlines", flat[: 512 * 1024]),
        ("news without newlines", flat[: 1024 * 1024]),
    ]:
        took, mentions, peak = scale(text)
        mb = len(text.encode("utf-8")) / 1024 / 1024
        print(f"{name:<34} {mb:>5.1f} {took:>8.1f} {mb * 1024 / took:>7,.0f} {mentions:>9,} {peak:>8,.0f}")


if __name__ == "__main__":
    main()
