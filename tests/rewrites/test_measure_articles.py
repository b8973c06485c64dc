"""``_measure._ARTICLE`` matches the gap and the unit's opening: the articles of the lookahead form."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geoecon import _measure

UNITS = "kilo|kg|pound|lb|ounce|oz|tonne|metric|gram|short|long|troy|barrel|gallon|litre|liter|bushel|cubic"
PLAIN_ARTICLE = re.compile(rf"an?(?=(?:[ \t]+|[ \t]*\n(?![ \t]))(?:{UNITS}))")

PARTS = [
    *UNITS.split("|"), "a", "an", "aa", "ana", "n", " ", "  ", "\t", "\n", "\n ", " \n", "x", "s", "-", "5",
    "grams", "kilogram", "barrels", "gallons", "half",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=16).map("".join))
@example("a gram a barrel an gallon a\ngram an \n kg aan kg gra kg ba\tlong")
def test_articles_are_the_lookahead_forms(text: str) -> None:
    assert all(unit in _measure._ARTICLE.pattern for unit in UNITS.split("|"))
    assert [(m.start(), m.start("gap")) for m in _measure._ARTICLE.finditer(text)] == [
        m.span() for m in PLAIN_ARTICLE.finditer(text)
    ]
