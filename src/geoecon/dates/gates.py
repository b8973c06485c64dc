"""Speed: cheap tests the scanner runs before a rule's pattern, named by the rules that use them.

A gate is a hint that several rules share, tried once per window (the result kept) before
their own hints: every one of their hints holds a match of it. A month check is run at each
month name of a window, for a rule stepped by month names: a name that fails is passed over,
so that the search from ``reach`` before it does not run on through the window (most fail).
Each is a ``Check``: ``(norm, start, end) -> match or None`` on the lower-cased text.
"""

from __future__ import annotations

import re
from typing import Final

from geoecon.dates.vocabulary import DAY, MONTH

__all__ = ["DAY_AFTER_MONTH", "DIGIT_THEN_SEPARATOR", "day_before_month"]

#: A digit, then a separator: the gate of the numeric dates ("2025-02-24", "2/15", "2015-3").
DIGIT_THEN_SEPARATOR: Final = re.compile(r"\d ?[-/.]").search

#: What must follow a month name for a match of "month_day" to hold it (and then a match
#: that opens with it does).
DAY_AFTER_MONTH: Final = re.compile(
    rf"{MONTH}\s{{0,3}}(?:the\s{{1,3}})?{DAY}(?!\.\d|,(?!(?:19|20)\d\d(?!\d|[.,]\d))\d)"
).match

# A month name that ends no day ("3rd", "the first", "day of") before it is passed over by
# "day_month". Cut at the name, the text shows nothing to the day's lookaheads: those that
# look for no word pass, the one for a month name (any day number) is left out; so what
# holds a match passes (first on the last six characters alone).
_DAY_MONTH_JOIN: Final = re.compile(r"(?:\d|st|nd|rd|th|of|day)\s{0,3}\Z")
_DAY_MONTH_BEFORE: Final = re.compile(
    rf"(?:{DAY}|(?:3[01]|[12]\d|0?[1-9]))(?:\s{{1,3}}day)?\s{{0,3}}(?:of\s{{1,3}})?\Z"
)


def day_before_month(norm: str, near: int, _we: int) -> re.Match[str] | None:
    """What must stand before a month name for a match of "day_month" to hold it: the end of a day.

    The day opens at most 30 characters before the name ("twenty   seventh   day   of   ").
    """
    if _DAY_MONTH_JOIN.search(norm, near - 6 if near > 6 else 0, near) is None:
        return None
    return _DAY_MONTH_BEFORE.search(norm, near - 30 if near > 30 else 0, near)
