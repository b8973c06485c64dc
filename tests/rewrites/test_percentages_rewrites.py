"""Percentages: speed rewrites against the plain forms they replace."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings

import geoecon
from geoecon import percentages
from geoecon._doc import Doc
from helpers import fixed_density, texts_of

FRACTION_WORDS = [
    "half", "a", "quarter", "three", "quarters", "third", "of", "one", "an", "percent", "per", "cent",
    "percentage", "point", "basis", "cents", "pct", "1", "a quarter of a", "three quarters of one",
    "half a", "a third of a", "percentage point", "basis point", "per cent", "three\tquarters of an",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(FRACTION_WORDS))
def test_fraction_percentages_near_their_words(text: str) -> None:
    assert [m.span() for m in percentages._fraction_matches(text)] == [
        m.span() for m in percentages._FRACTION.finditer(text)
    ]


PERCENT_TEXT_WORDS = [
    "5", "2.5", "-3", "+4", "ten", "%", "percent", "per cent", "pct", "pc", "points", "basis points", "bp",
    "percentage points", "to", "and", "-", " - ", "between", "from", "rate", "index", "p", "b", "x",
    "per", "Per", "PER CENT", "per\tcent", "per-cent", "share", "pesos", "\u017fhare", "PCT", "Bps", "\u00e9",
    "$5 per", "billion", "ba\u017fis points", "point\u017f",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(PERCENT_TEXT_WORDS))
@example("rose 5-10% and between 4 and 5 percent, 3 to 7 pct")
@example("5 ba\u017fis points, 6 per share")
@example("5 - %, 5  - %, 5 \t-pct, 5---bp, 5----bp, -5%p")
def test_percentages_pass_over_numbers_with_no_unit_near(text: str) -> None:
    """The pass over numbers with no unit after them or the next one: the plain form reads all."""
    fast = geoecon.extract(text, kinds=["percentage"]).mentions
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(percentages, "_may_open_unit", lambda *_args: True)
        patch.setattr(percentages, "_opens", lambda doc: [True] * len(doc.numbers))
        plain = geoecon.extract(text, kinds=["percentage"]).mentions
    assert fast == plain
    doc = Doc(text)
    expected = [percentages._may_open_unit(doc, n.end) for n in doc.numbers]
    for dense in (False, True):  # every text read as sparse, then as dense
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Doc, "dense", fixed_density(dense))
            assert percentages._opens(doc) == expected, dense


REVERSED_WORDS = [
    *FRACTION_WORDS, "percents", "per\tcent", "per  cent", "of", "10", "twenty-two", "\u017f", "PERCENT",
    "basi", "cen", "t", "reversed",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(texts_of(REVERSED_WORDS))
@example("percent of 10, per cent of twenty-two, half a percentage point, a third of a basis point")
@example("per\tcent of 5; a quarter of a basis point")
def test_worded_patterns_skipped_only_where_they_cannot_match(text: str) -> None:
    """``_worded_matches``: the matches of both patterns run on the whole text (the plain form)."""
    lower = Doc(text).lower
    reversed_matches, fraction_matches = percentages._worded_matches(lower)
    assert [m.span() for m in reversed_matches] == [m.span() for m in percentages._REVERSED.finditer(lower)]
    assert [m.span() for m in fraction_matches] == [m.span() for m in percentages._FRACTION.finditer(lower)]
