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

from geoecon.dates.vocabulary import CARDINALS, DAY, MONTH, trie

__all__ = [
    "DAY_AFTER_MONTH",
    "DIGIT_THEN_SEPARATOR",
    "day_before_month",
    "number_before_unit",
    "relative_before",
]

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


# A number of "offset" ("3", "two"): CARDINAL without its lookahead, matched whole.
_CARDINAL_WORD: Final = re.compile(r"\d{1,2}|" + trie(CARDINALS))


def cardinal_ends_at(norm: str, last: int, _we: int) -> re.Match[str] | None:
    r"""Whether a whole number ("3", "two": ``CARDINAL``) ends with the character at ``last``.

    The number of "offset" is a whole word (its pattern sees no word character, ``\w``,
    before or after it), at most six characters long.
    """
    end = last + 1
    start = end
    lo = end - 7 if end > 7 else 0
    while start > lo:
        char = norm[start - 1]
        if not (char.isalnum() or char == "_"):  # what ``\w`` is: alphabetic or numeric, or "_"
            return _CARDINAL_WORD.fullmatch(norm, start, end)
        start -= 1
    if start > 0:
        return None  # a word of seven characters or more
    return _CARDINAL_WORD.fullmatch(norm, start, end)


def _past_spaces(norm: str, pos: int) -> int:
    r"""Where the white space (at most three characters of ``\s``) right before ``pos`` starts."""
    end = pos
    while end > pos - 3 and end > 0 and norm[end - 1].isspace():  # what ``\s`` is
        end -= 1
    return end


def number_before_unit(norm: str, unit: int, we: int) -> re.Match[str] | None:
    """Whether a number and one to three spaces stand before ``unit`` ("two years": the step of "offset")."""
    end = _past_spaces(norm, unit)
    if end in (unit, 0) or not (norm[end - 1] in "aenortx" or norm[end - 1].isdecimal()):
        return None  # no space, or no number ends there (none ends with another letter)
    return cardinal_ends_at(norm, end - 1, we)


# What "month" reads before a month name: "last March", "next   May".
_RELATIVE_BEFORE: Final = re.compile(r"(?:this|last|next|coming|past|previous)\s{1,3}\Z")


def relative_before(norm: str, near: int, _we: int) -> re.Match[str] | None:
    """Whether a relative word and one to three spaces stand before the month name at ``near``.

    A match of "month" that opens before its month name opens with one ("last March").
    Speed: the search only where the word before the spaces ends as one of them does.
    """
    end = _past_spaces(norm, near)
    if end in (near, 0) or norm[end - 1] not in "stg":
        return None
    return _RELATIVE_BEFORE.search(norm, end - 8 if end > 8 else 0, near)
