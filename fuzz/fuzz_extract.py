"""Coverage-guided fuzzing of geoecon with atheris: ``make fuzz`` (bounded time).

Every input is turned into a text (at most ``MAX_CHARS`` characters), a reference date and
options. The harness calls ``extract``, ``extract_many`` and every ``find_*``/``parse_*``
function, links the facts, and checks:

* no exception but the documented ones (``ParseError`` from a ``parse_*`` on a
  string that is not exactly one mention);
* offsets valid: ``text[m.start:m.end] == m.text``, sorted and non-overlapping
  in ``extract``; each fact's value is one of the text's mentions, inside its sentence;
* determinism and agreement: ``extract_many`` (another code path: each kind over the
  batch) gives what ``extract`` gave, and a second call of one finder (the input picks
  which) gives what its first call gave;
* on one input in ``SAMPLE`` (the input decides, so a crash reproduces from its file):
  the pandas frames (all kinds, each kind, facts; exact and float) and the Arrow table
  build, with one row per mention.

Only geoecon's own modules are instrumented for coverage (not attrs, pandas, pyarrow or the
standard library, whose branches the fuzzer cannot steer usefully and which cost time on
every execution).

Run by hand with more time: ``.venv/bin/python fuzz/fuzz_extract.py -max_total_time=600``
(any libFuzzer flag works; a crash leaves its input in ``crash-*`` for a test row).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import signal
import sys
from collections.abc import Callable, Iterable
from typing import Any

import atheris
import pandas as pd  # noqa: F401 - imported before the instrumented block, so left uninstrumented
import pyarrow as pa  # noqa: F401 - as pandas

with atheris.instrument_imports(include=["geoecon"]):
    import geoecon
    import geoecon._arrow
    import geoecon._frame
    import geoecon.facts
    import geoecon.facts.frame

    geoecon.preload()  # the kinds' modules load lazily: import them here to instrument them

#: Texts are cut to this length: the windows the library reads around a mention are at most
#: a few hundred characters, and a longer text costs time on every execution (linear time on
#: long texts is the job of tests/test_properties.py and benchmarks/adversarial.py).
MAX_CHARS = 1000
#: One input in SAMPLE also builds the pandas frames and the Arrow table (pandas dominates
#: the cost of an execution when it runs on every one).
SAMPLE = 16

FINDERS: tuple[Callable[[str], Iterable[geoecon.Mention]], ...] = (
    geoecon.find_money,
    geoecon.find_percentages,
    geoecon.find_tonnages,
    geoecon.find_quantities,
    geoecon.find_dates,
    geoecon.find_places,
)
PARSERS: tuple[Callable[[str], Any], ...] = (
    geoecon.parse_money,
    geoecon.parse_percentage,
    geoecon.parse_tonnage,
    geoecon.parse_quantity,
    geoecon.parse_date,
    geoecon.parse_place,
    geoecon.parse_number,
)
# Seed words that steer the fuzzer towards the grammar's corners. "1-1 " * 12 is a run of ranges;
# it was "1-1 " * 120, which made a quarter of the corpus number-dense texts four times as slow
# to read (the fuzzer can still join 40 of them).
WORDS = (
    "$", "€", "US$", "Rs", "crore", "lakh", "bn", "mln", "million", "billion", "tonnes", "t", "Mt",
    "kt", "bpd", "bcm", "%", "pct", "basis points", "per", "a year", "about", "between", "and",
    "to", "-", "(", ")", "Q3", "fiscal", "2024", "1990s", "Monday", "last", "mid-", "Kyiv",
    "U.S.", "Russian", "Congo", "KINSHASA", "\n", " ", ",", ".", "half a", "of gold",
    "9" * 30, "1-1 " * 12, "cents", "per cent",
)  # fmt: skip


# Letters that case-insensitive patterns equate with ASCII ones: "ſ" (long s), "K" (Kelvin).
FOLDS = (("s", "\u017f"), ("k", "\u212a"), ("i", "\u0131"), ("I", "\u0130"), ("a", "\u00e5"))


def check(text: str, mentions: Iterable[geoecon.Mention], *, ordered: bool) -> None:
    """Offsets valid; when ``ordered``, sorted and non-overlapping."""
    last_end = 0
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text), (m, len(text))
        assert text[m.start : m.end] == m.text, m
        if ordered:
            assert m.start >= last_end, m
            last_end = m.end


def make_text(data: atheris.FuzzedDataProvider) -> str:
    """Half the time raw Unicode, half the time a mix of grammar words and raw pieces."""
    if data.ConsumeBool():
        raw: str = data.ConsumeUnicodeNoSurrogates(data.ConsumeIntInRange(0, 400))
        return raw
    parts: list[str] = []
    for _ in range(data.ConsumeIntInRange(0, 40)):
        if data.ConsumeBool():
            parts.append(WORDS[data.ConsumeIntInRange(0, len(WORDS) - 1)])
        else:
            parts.append(data.ConsumeUnicodeNoSurrogates(data.ConsumeIntInRange(0, 8)))
        parts.append(" " if data.ConsumeBool() else "")
    text = "".join(parts)
    if data.ConsumeBool():  # a letter Unicode case folding equates with an ASCII one
        plain, folded = FOLDS[data.ConsumeIntInRange(0, len(FOLDS) - 1)]
        text = text.replace(plain, folded)
    return text[:MAX_CHARS]


class _Count:
    """Executions so far, for the statistics line an interrupted run prints."""

    executions = 0


def test_one_input(raw: bytes) -> None:
    """The libFuzzer entry point."""
    _Count.executions += 1
    data = atheris.FuzzedDataProvider(raw)
    reference = dt.date(1900, 1, 1) + dt.timedelta(days=data.ConsumeIntInRange(0, 60_000))
    ref = reference if data.ConsumeBool() else None
    options = geoecon.Options(
        reference_date=ref,
        prefer_dates_from="past" if data.ConsumeBool() else "future",
        ton="metric" if data.ConsumeBool() else "short",
    )
    text = make_text(data)
    # read after the text, so that the seeds written before these choices still give their texts
    repeat = FINDERS[data.ConsumeIntInRange(0, len(FINDERS) - 1)]
    sampled = data.ConsumeIntInRange(0, SAMPLE - 1) == SAMPLE - 1  # an exhausted input gives 0
    found = geoecon.extract(text, options=options)
    check(text, found.mentions, ordered=True)
    found.to_records(explain=True)
    found._repr_html_()
    check_facts(text, found)
    # extract_many gives what extract gives, text by text (a second text, so a batch of two);
    # its first text is read again by another code path, which is the determinism check too
    other = text[::-1]
    assert list(geoecon.extract_many([text, (other, ref)], options=options)) == [
        found,
        geoecon.extract(other, options=options),
    ]
    for find in FINDERS:
        mentions = list(find(text))
        check(text, mentions, ordered=False)
        if find is repeat:
            assert list(find(text)) == mentions
    for parse in PARSERS:
        with contextlib.suppress(geoecon.ParseError):
            parse(text)
    if sampled:
        check_tables(found)


def check_facts(text: str, found: geoecon.Extraction) -> None:
    """Each fact's value is a mention of the text, inside the fact's sentence."""
    mentions = set(found.mentions)
    for fact in found.facts:
        assert fact.value in mentions, fact
        start, end = fact.sentence
        assert 0 <= start <= fact.value.start <= fact.value.end <= end <= len(text), fact


def check_tables(found: geoecon.Extraction) -> None:
    """The frames and the Arrow table build, one row per mention (or fact, a conversion once)."""
    assert len(found.to_frame()) == len(found.mentions)
    assert len(found.to_frame(decimals="float")) == len(found.mentions)
    for kind in ("money", "percentages", "tonnages", "quantities", "dates", "places"):
        assert len(found.to_frame(kind)) == len(getattr(found, kind))
        found.to_frame(kind, decimals="float")
    # a conversion ("4.2 trillion rubles ($46 billion)") is one row: its equivalent is left out
    assert len(found.facts_frame()) == sum(fact.equivalent_of is None for fact in found.facts)
    assert found.to_arrow().num_rows == len(found.mentions)


def _interrupted(signum: int, frame: object) -> None:  # noqa: ARG001 - signal API
    """On SIGINT, print the count as libFuzzer's final statistics would, for fuzz/run.py's ledger.

    Atheris stops an interrupted run on its KeyboardInterrupt (exit code 130) without
    libFuzzer's statistics; an exit of the process here would be reported as a crash.
    """
    sys.stderr.write(f"\nstat::number_of_executed_units: {_Count.executions}\n")
    sys.stderr.flush()
    raise KeyboardInterrupt


def main() -> None:
    """Run libFuzzer with the command-line flags."""
    atheris.Setup(sys.argv, test_one_input)
    signal.signal(signal.SIGINT, _interrupted)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
