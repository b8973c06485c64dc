"""Coverage-guided fuzzing of geoecon with atheris: ``make fuzz`` (bounded time).

Every input is turned into a text, a reference date and options. The harness
calls ``extract``, ``extract_many`` and every ``find_*``/``parse_*`` function and checks:

* no exception but the documented ones (``ParseError`` from a ``parse_*`` on a
  string that is not exactly one mention);
* offsets valid: ``text[m.start:m.end] == m.text``, sorted and non-overlapping
  in ``extract``;
* determinism: a second call gives an equal result.

Run by hand with more time: ``.venv/bin/python fuzz/fuzz_extract.py -max_total_time=600``
(any libFuzzer flag works; a crash leaves its input in ``crash-*`` for a test row).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Iterable
from typing import Any

import atheris

with atheris.instrument_imports():
    import geoecon

    geoecon.preload()  # the kinds' modules load lazily: import them here to instrument them

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
# Seed words that steer the fuzzer towards the grammar's corners.
WORDS = (
    "$", "€", "US$", "Rs", "crore", "lakh", "bn", "mln", "million", "billion", "tonnes", "t", "Mt",
    "kt", "bpd", "bcm", "%", "pct", "basis points", "per", "a year", "about", "between", "and",
    "to", "-", "(", ")", "Q3", "fiscal", "2024", "1990s", "Monday", "last", "mid-", "Kyiv",
    "U.S.", "Russian", "Congo", "KINSHASA", "\n", " ", ",", ".", "half a", "of gold",
    "9" * 30, "1-1 " * 120, "cents", "per cent",
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
    return text


def test_one_input(raw: bytes) -> None:
    """The libFuzzer entry point."""
    data = atheris.FuzzedDataProvider(raw)
    reference = dt.date(1900, 1, 1) + dt.timedelta(days=data.ConsumeIntInRange(0, 60_000))
    ref = reference if data.ConsumeBool() else None
    options = geoecon.Options(
        reference_date=ref,
        prefer_dates_from="past" if data.ConsumeBool() else "future",
        ton="metric" if data.ConsumeBool() else "short",
    )
    text = make_text(data)
    found = geoecon.extract(text, options=options)
    check(text, found.mentions, ordered=True)
    assert geoecon.extract(text, options=options) == found
    found.to_records()
    found._repr_html_()
    # extract_many gives what extract gives, text by text (a second text, so a batch of two)
    other = text[::-1]
    assert list(geoecon.extract_many([text, (other, ref)], options=options)) == [
        found,
        geoecon.extract(other, options=options),
    ]
    for find in FINDERS:
        mentions = list(find(text))
        check(text, mentions, ordered=False)
        assert list(find(text)) == mentions
    for parse in PARSERS:
        with contextlib.suppress(geoecon.ParseError):
            parse(text)


def main() -> None:
    """Run libFuzzer with the command-line flags."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
