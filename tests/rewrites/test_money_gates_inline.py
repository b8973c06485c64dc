"""``money._money_gates`` with ``_prefix_may_end`` inlined, against the plain loop it replaced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from geoecon import money
from geoecon._doc import Doc
from geoecon._tables import currencies
from geoecon._text import NEAR

if TYPE_CHECKING:
    from geoecon.numerals import Number

SEPARATORS = st.sampled_from(["", " ", "  ", "\t", "\n", "-", "/", ".", "'", "x", "\u00a0", " \t "])
WORDS = [
    "5", "12", "1,000", "2.5", "twenty", "and", "to", "-", "million", "mln", "billion", "T", "cents", "cts",
    "c", "p", "pence", "dlrs", "dlrs.", "dlrs),", "DLRS", "dollars", "dollar's", "euros", "stg", "pounds", "of",
    "off", "often", "pct", "per", "shares", "(", ")", "about", "U.S.", "u.s", "n.z.", "Rs", "rs.", "$a", "us$a",
    "--$", "- -", "\u20ac", "\u00a3", "\u00e9", "\\", "\x1c", ";", "?", "R",
    *sorted(currencies.ISO_CODES)[::5], *sorted(currencies.SYMBOLS), *sorted(currencies.CODE_ALIASES),
]  # fmt: skip
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), SEPARATORS), max_size=14).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def plain_gates(doc: Doc, numbers: list[Number], names: money._Names) -> list[int]:
    """The loop as it was: one ``_prefix_may_end`` call per number."""
    text = doc.norm
    if not text.isascii():
        return [money._BEFORE | money._AFTER] * len(numbers)
    lower = doc.lower
    gates: list[int] = []
    for number in numbers:
        start = number.start
        before = start - 1 if start and text[start - 1] in " \t" else start
        gate = money._AFTER if names.after_gate.match(lower, number.end, number.end + NEAR) is not None else 0
        if before and (text[before - 1] == "$" or money._prefix_may_end(doc, before, names)):
            gate |= money._BEFORE
        gates.append(gate)
    return gates


@settings(max_examples=3000, deadline=None)
@given(TEXTS, st.sampled_from(["", " ", "\t", "  "]))
def test_inlined_gates_are_the_plain_gates(text: str, lead: str) -> None:
    doc = Doc(lead + text)
    numbers = doc.numbers
    names = money._names()
    assert money._money_gates(doc, numbers, names) == plain_gates(doc, numbers, names)
