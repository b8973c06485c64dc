"""The one range reader (``geoecon._ranges``): its joins, and what every kind's ranges promise.

When the kinds' three range loops moved here (#17), each was checked against its old loop kept
verbatim as a hypothesis oracle (commits f5044d9, b854673, e1a0833); the step has landed and the
oracles are gone. The kinds' range tables (``tests/test_money.py`` and the others) and the
golden snapshot keep the behaviour.
"""

from __future__ import annotations

from typing import Final

from hypothesis import given, settings

from geoecon import Money, Percentage, Tonnage, find_money, find_percentages, find_tonnages
from geoecon._ranges import Join, RangeSyntax, Separator
from geoecon.numerals import scan_numbers
from helpers import texts_of

RANGE_WORDS = [
    "5", "2.5", "10", "1,000", "-3", "+4", "-", " - ", "--", "to", "TO", "and", "And", "through", "or", "between",
    "Between", "from", "FROM", "rose", "fell", "up", "by", "about", "some", "~", "x", "billion", "million", "ten",
    "half a", "minus", "\u017f", "\u00e9",
]  # fmt: skip

# ----------------------------------------------------------------------------- the reader itself

MEASURES: Final = RangeSyntax(("-", "to", "and", "through"), hedges=("about", "~"), signed_hyphen=True)


def test_the_reader_of_joins() -> None:
    assert MEASURES.opens == "-ATat"
    assert MEASURES.separator("from 3 to about 5 t", 6) == Separator("to", 16)  # with the hedge after "to"
    assert MEASURES.join("from 3 to about 5 t", "to", 5) == Join("to", 0, 0)  # "from" opens the span
    assert MEASURES.join("between 2 and 7 g", "and", 8) == Join("and", 0, 0)
    assert MEASURES.join("2 and 7 g", "and", 0) is None  # "and" needs "between" or "from"
    assert MEASURES.join("from 5 through 7 t", "through", 5) == Join(
        "through", 0, 5
    )  # the span keeps its start
    assert MEASURES.join("5 through 7 t", "through", 0) == Join("through", None, 0)
    two, minus_seven = scan_numbers("2 -7 g")
    assert MEASURES.separator_before("2 -7 g", two.end, minus_seven) == "-"
    assert MEASURES.separator_before("2 -7 g", two.end, minus_seven, signed=False) is None
    assert RangeSyntax(("-", "to", "and")).separator_before("2 -7 g", two.end, minus_seven) is None
    assert RangeSyntax(("and",), between=False).join("between 2 and 7", "and", 8) is None


@settings(max_examples=800, deadline=None)
@given(texts_of([*RANGE_WORDS, "$", "%", " tonnes", " percent", " dollars", "a"]))
def test_a_range_holds_its_low_end_first(text: str) -> None:
    found: list[Money | Percentage | Tonnage] = [
        *find_money(text),
        *find_percentages(text),
        *find_tonnages(text),
    ]
    for mention in found:
        if mention.low is not None and mention.high is not None:
            assert mention.low <= mention.high, mention
