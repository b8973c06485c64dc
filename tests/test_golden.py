"""Golden snapshot: ``extract()`` records must not change through a pure move of code.

Two snapshots, both of every record of every mention (``to_records()``), all kinds:

* ``tests/golden/articles.jsonl``: the records of ``examples/articles/*.txt`` themselves,
  read with the reference date 2025-02-24, so a difference shows where it is;
* a fixed 2 MB slice of Reuters-21578 (the first articles of
  ``../shared/corpora/reuters21578.jsonl.gz`` up to 2,000,000 bytes of text, each read with its
  own date as the reference date): only the count and a SHA-256 of the records are kept here
  (``tests/golden/reuters-2mb.txt``), since the corpus is not ours to copy. Skipped when
  ``../shared`` is absent (a user's clone).

A change that means to change output rewrites both with
``.venv/bin/python tests/test_golden.py --update`` and says why in its commit and the changelog.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import geoecon

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
ARTICLES = sorted((ROOT / "examples" / "articles").glob("*.txt"))
REFERENCE = dt.date(2025, 2, 24)
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
SLICE_BYTES = 2_000_000


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "value") and not isinstance(value, (str, int, float, bool)):
        return _plain(value.value)
    return value


def _line(name: str, records: list[dict[str, Any]]) -> str:
    return json.dumps({"id": name, "mentions": _plain(records)}, ensure_ascii=False, sort_keys=True)


def article_lines() -> list[str]:
    return [
        _line(
            path.name,
            geoecon.extract(path.read_text(encoding="utf-8"), reference_date=REFERENCE).to_records(),
        )
        for path in ARTICLES
    ]


def _reuters() -> Iterator[tuple[str, str, dt.date]]:
    size = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            day = dt.datetime.strptime(record["date"].split()[0], "%d-%b-%Y").date()  # noqa: DTZ007 - a day
            yield record["id"], record["text"], day
            size += len(record["text"].encode("utf-8"))
            if size >= SLICE_BYTES:
                return


def reuters_digest() -> str:
    digest = hashlib.sha256()
    count = 0
    for name, text, day in _reuters():
        records = geoecon.extract(text, reference_date=day).to_records()
        count += len(records)
        digest.update(_line(name, records).encode("utf-8") + b"\n")
    return f"{count} {digest.hexdigest()}\n"


def test_articles_match_the_golden_records() -> None:
    expected = (GOLDEN / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    got = article_lines()
    assert len(got) == len(expected) == len(ARTICLES)
    for new, old in zip(got, expected, strict=True):
        assert new == old


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpora is absent (a user's clone)")
def test_reuters_slice_matches_the_golden_digest() -> None:
    assert reuters_digest() == (GOLDEN / "reuters-2mb.txt").read_text(encoding="utf-8")


def _update() -> None:
    GOLDEN.mkdir(exist_ok=True)
    (GOLDEN / "articles.jsonl").write_text("\n".join(article_lines()) + "\n", encoding="utf-8")
    if CORPUS.exists():
        (GOLDEN / "reuters-2mb.txt").write_text(reuters_digest(), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit(__doc__)
    _update()
