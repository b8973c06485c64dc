"""The cost of the spaCy component beside plain ``extract_many`` on the Reuters corpus.

Usage: ``.venv/bin/python benchmarks/spacy_cost.py [--mb 1] [--repeat 3]``

Reads the first ``--mb`` megabytes of Reuters-21578 from ``../shared/corpora`` (research use
only; never copied into this repository) and times in CPU seconds (a shared machine's wall
clock varies too much), best of ``--repeat``:

* ``geoecon.extract_many`` over the texts;
* ``spacy.blank("en")`` alone (tokenizing only) through ``nlp.pipe``;
* ``spacy.blank("en")`` with ``nlp.add_pipe("geoecon")``, and with ``ents=True``.

The component's own cost is the third minus the first two: building the spans, setting the
extensions and (with ``ents``) the entities. Skips cleanly when the corpus is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import geoecon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"
FALLBACK = Path("/work/shared/corpora/reuters21578.jsonl.gz")


def texts(megabytes: float) -> list[str]:
    """The first ``megabytes`` of the corpus's texts."""
    path = CORPUS if CORPUS.exists() else FALLBACK
    found, size = [], 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            found.append(text)
            size += len(text.encode())
            if size >= megabytes * 1_000_000:
                break
    return found


def best(run: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds of CPU time (the machine is shared)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    """Time the four runs and print them with their speed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists() and not FALLBACK.exists():
        print("Reuters corpus not found: skipped")
        return
    try:
        import spacy  # noqa: PLC0415 - optional
    except ImportError:
        print('spaCy not installed (pip install "geoecon[spacy]"): skipped')
        sys.exit(0)
    corpus = texts(args.mb)
    size = sum(len(t.encode()) for t in corpus) / 1000
    geoecon.preload()
    tokenizer = spacy.blank("en")
    component = spacy.blank("en")
    component.add_pipe("geoecon")
    with_ents = spacy.blank("en")
    with_ents.add_pipe("geoecon", config={"ents": True})
    runs: dict[str, Callable[[], object]] = {
        "extract_many": lambda: sum(len(f) for f in geoecon.extract_many(corpus)),
        'spacy.blank("en") alone': lambda: sum(len(d) for d in tokenizer.pipe(corpus)),
        '+ add_pipe("geoecon")': lambda: sum(len(d.spans["geoecon"]) for d in component.pipe(corpus)),
        '+ add_pipe("geoecon", ents=True)': lambda: sum(len(d.ents) for d in with_ents.pipe(corpus)),
    }
    print(f"{len(corpus)} texts, {size:,.0f} KB, best of {args.repeat}")
    for name, run in runs.items():
        seconds = best(run, args.repeat)
        print(f"{name:<34} {seconds:7.2f} s  {size / seconds:8,.0f} KB/s")


if __name__ == "__main__":
    main()
