"""The date scanner's speed rewrites against the plain forms they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings

from geoecon import dates
from helpers import texts_of

CUE_RE = re.compile(dates._cue_pattern(tuple("0123456789")))  # the one pattern the two replace


DATE_WORDS = [
    *dates._CUE_TEXT_KIND, "on the ", "on  the\n", "q1", "h2", "1987", "'87", "1st", "5th", "3q", "1h",
    "1-2", "1/ 2", " - ", "2 a.d", "1980s", "1990's", "a", "on", "the", "19", "2", "mon the ", "1quarter",
    "ay", "fy87", "\u0663",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(DATE_WORDS))
def test_date_cues_split_in_two_patterns(text: str) -> None:
    plain = CUE_RE if text.isascii() or not dates._OTHER_DIGIT.search(text) else dates._CUE_RE_ANY_DIGIT
    assert list(dates._cue_spans(text)) == [m.span() for m in plain.finditer(text)]
