"""The gates and standard-engine twins of the words after a number (minor units, percent units)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geoecon import money, percentages
from geoecon._text import NEAR, match_near

AFTER_NUMBER = [
    " ", "  ", "\t", "-", " - ", "c", "C", "p", "P", "cents", "cts", "cts.", "ct", "pct", "per", "pence",
    "penny", "p.", "c$", "cents)", "cent\u017f", "\u017f", "$", "kopeks", "fen", "sen", "dime", "x", "_",
    "%", "pc", "cent", "percent", "percentage", "point", "points", "basis", "bps", "bp", "ppt", "pp", "PCT",
    "Per Cent", "per-cent", "per\tcent", "ba\u017fis", "\u212a", "\n", "\n    ", "1",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(AFTER_NUMBER), max_size=6).map("".join))
def test_unit_gates_never_rule_out_a_match(after: str) -> None:
    """The word gates before the minor-unit and percent patterns: a match is never ruled out."""
    text = "5" + after
    names = money._names()
    _, token = money._suffix(text, 1)
    if match_near(names.minor, text, 1) is not None:
        assert money._minor_may_be(token)
    if percentages._UNIT.match(text, 1) is not None:
        head = text.lower()[1:29].lstrip(percentages._GAP_CHARS)
        assert not head.isascii() or head.startswith(percentages._UNIT_OPENINGS)


TWIN_PARTS = [
    *AFTER_NUMBER, "Percentage Points", "BASIS-points", "Pct", "%2F", "%20", "% ", "per-cent", "cents",
    "Cents", "CTS", "p", "P", "pence", "Pennies", "kopeks", "dimes", "c.", "5", "x", "-", " ",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(TWIN_PARTS), max_size=8).map("".join))
def test_standard_engine_twins_read_ascii_alike(text: str) -> None:
    """The percent-unit and minor-unit patterns and their ``re`` twins, on ASCII text."""
    if not text.isascii():
        return
    names = money._names()
    pairs = [(percentages._UNIT, percentages._UNIT_ASCII), (names.minor, names.minor_ascii)]
    for pattern, twin in pairs:
        for pos in range(len(text) + 1):
            slow, fast = pattern.match(text, pos, pos + NEAR), twin.match(text, pos, pos + NEAR)
            assert (fast is None) == (slow is None), (twin.pattern[:30], pos)
            if fast is not None and slow is not None:
                assert fast.span() == slow.span(), pos
                assert fast.groupdict() == slow.groupdict(), pos
