"""Money's currency cues: speed rewrites against the plain forms they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings

from geoecon import money
from geoecon._regex import alternation
from geoecon._tables import currencies
from helpers import texts_of

CUE_WORDS = [w for _, cues in currencies.AMBIGUOUS.values() for w in cues]
CUE_WORDS += [
    "us",
    "u.s.",
    "united states",
    "united  states",
    "american",
    "washington",
    "a",
    "\u00e9",
    "_",
    "1",
]


@settings(max_examples=1500, deadline=None)
@given(texts_of(CUE_WORDS))
def test_currency_cues_open_with_their_letter(text: str) -> None:
    us = re.compile(r"\b(?:u\.s\.|united states|american|washington|us)\b")
    assert [m.span() for m in money._US_CUE.finditer(text)] == [m.span() for m in us.finditer(text)]
    for key, (_, cues) in currencies.AMBIGUOUS.items():
        if cues:
            plain = re.compile(rf"\b(?:{alternation(list(cues))})\b")
            found = [m.span() for m in money._cue_pattern(key).finditer(text)]
            assert found == [m.span() for m in plain.finditer(text)], key
