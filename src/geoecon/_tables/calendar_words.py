"""Month and weekday words as English news writes them: full names and wire abbreviations.

Hand-kept from English usage and Reuters/AP style ("Feb 24", "Sept. 3", "Thurs"). The one list
of calendar words for every room that must know one: places reads them as words that are never
a place ("March", "May"), dates as words to read (``dates.vocabulary.MONTHS`` and
``WEEKDAYS`` are built from them, each name before its abbreviations, in this order). The
numbers below are the month, 1-12, and the weekday as ``datetime.date.weekday()`` counts it,
Monday 0. Written capitalised; a reader that
matches lowercase text lowers them.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MONTHS", "MONTH_ABBREVIATIONS", "WEEKDAYS", "WEEKDAY_ABBREVIATIONS"]

#: Month names: ``MONTHS[n - 1]`` is month ``n``.
MONTHS: Final[tuple[str, ...]] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

#: Abbreviated month names -> month number ("May" has none).
MONTH_ABBREVIATIONS: Final[dict[str, int]] = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip

#: Weekday names: ``WEEKDAYS[d]`` is the weekday ``d`` of ``datetime.date.weekday()``.
WEEKDAYS: Final[tuple[str, ...]] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip

#: Abbreviated weekday names -> weekday number (Monday 0).
WEEKDAY_ABBREVIATIONS: Final[dict[str, int]] = {
    "Mon": 0, "Tues": 1, "Tue": 1, "Wed": 2, "Thurs": 3, "Thur": 3, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6,
}  # fmt: skip
