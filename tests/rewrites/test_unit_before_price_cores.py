"""``along.unit_before_price`` looks for a unit word before its pattern: against the form it replaced."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geoecon._doc import Doc
from geoecon._measure import along
from geoecon._tables.units import PER_UNITS
from geoecon._text import fold_spaces


def plain_unit_before_price(doc: Doc, start: int) -> tuple[str, tuple[int, int]] | None:
    lower = doc.lower
    low = max(0, start - 120)
    if " of " not in lower[low:start]:
        return None
    m = along._PRICE_BEFORE_AMOUNT.search(lower, low, start)
    if m is None:
        return None
    return PER_UNITS[fold_spaces(m.group("unit"))], m.span("unit")


WORDS = [
    *along._UNIT_FIRST, "an", "a", "one", "per", "each", "of", "farmed", "caviar", "copper", "sells", "sold",
    "is", "for", "at", "costs", "fetched", "worth", "about", "up to", "between", "from", "tons", "ton",
    "Ounce", "x", "5", "metric", "short", "kilos", "pounds",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "  ", "\t", "-", ""])), max_size=12))
@example([("sells", " "), ("an", " "), ("ounce", " "), ("of", " "), ("caviar", " "), ("for", " ")])
@example([("a", " "), ("metric ton", " "), ("of", " "), ("copper", " "), ("at", " "), ("about", " ")])
def test_unit_before_price_as_before(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + g for w, g in parts) + "$126"
    doc = Doc(text)
    start = len(text) - 4
    assert along.unit_before_price(doc, start) == plain_unit_before_price(doc, start)
