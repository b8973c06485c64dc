"""One expression, one mention: spans of days and quarters, and a month with its relative year.

News writes a stretch of days as one expression ("June 15-16", "25 November to 29 December",
"November 25 to December 29, 2018"), two quarters as one ("Q2/Q3 2020"), and a month or
month quarter with a relative year after it ("September last year", "the September quarter
last year"). Each is read here as one date, so that nothing is left over as a second, wrong
one (issue #18, item 2).

>>> import datetime as dt
>>> from geoecon.dates import find_dates
>>> text = "The Fed met on June 15-16. Sales from 25 November to 29 December fell."
>>> [(d.text, d.value) for d in find_dates(text, reference_date=dt.date(2021, 6, 30))]
[('June 15-16', '2021-06-15/2021-06-16'), ('25 November to 29 December', '2020-11-25/2020-12-29')]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from geoecon._mention import Granularity
from geoecon.dates.calendar import Period
from geoecon.dates.vocabulary import YEARS_AWAY, month_number

if TYPE_CHECKING:
    from geoecon.dates.anchor import Anchor

__all__ = ["day_span", "month_relative_year", "quarter_pair", "span_day"]

G = Granularity


def span_day(text: str) -> int:
    """The number of a day written "16" or "16th"."""
    return int(text.rstrip("stndrh"))


def _days(first_day: tuple[int, int, int], last_day: tuple[int, int, int]) -> Period | None:
    """The days from one (year, month, day) to another, if they make a span of at most 180 days."""
    try:
        first, last = dt.date(*first_day), dt.date(*last_day)
    except ValueError:
        return None
    if last <= first or (last - first).days > 180:
        return None
    return Period(f"{first.isoformat()}/{last.isoformat()}", G.DAY, first, last)


def day_span(
    anchor: Anchor, first: tuple[int, int], last: tuple[int, int], year: int | None
) -> Period | None:
    """Days ``first`` to ``last`` (each (month, day)), ``year`` the year of the last; ``None``: no span.

    Without a year, the first day's year is the reference date's reading (past or future).
    """
    (m1, d1), (m2, d2) = first, last
    if year is not None:
        y1, y2 = (year if m1 <= m2 else year - 1), year
    else:
        got = anchor.year_of(m1, d1)
        if got is None:
            return Period.unresolved(G.DAY)
        y1 = got
        y2 = y1 if m1 <= m2 else y1 + 1
    res = _days((y1, m1, d1), (y2, m2, d2))
    return None if res is None else res._replace(relative=year is None)


def quarter_pair(q1: int, q2: int, year: int) -> Period | None:
    """Quarters ``q1`` to ``q2`` of ``year`` as one period ("Q2/Q3 2020"), or ``None``."""
    if q2 <= q1:
        return None
    first = Period.quarter(year, q1)
    last = Period.quarter(year, q2)
    return Period(f"{first.value}/{last.value}", G.QUARTER, first.start, last.end)


def month_relative_year(m: re.Match[str], anchor: Anchor) -> Period | None:
    """Read "September last year", "the September quarter last year", "March this year"."""
    if anchor.ref is None:
        return Period.unresolved(G.QUARTER if m["q"] else G.MONTH)
    year = anchor.ref.year + YEARS_AWAY.get(m["yrel"].lower(), 0)
    month = month_number(m["mon"])
    if m["q"]:
        if month % 3:
            return None
        return Period.quarter(year, month // 3, relative=True)
    return Period.month(year, month, relative=True)
