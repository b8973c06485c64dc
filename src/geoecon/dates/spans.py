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
from typing import TYPE_CHECKING, Final

from geoecon._mention import Granularity
from geoecon.dates.around import month_allowed
from geoecon.dates.calendar import Period
from geoecon.dates.gates import day_before_month
from geoecon.dates.rule import Example, Rule, Step
from geoecon.dates.vocabulary import MONTH, MONTH_STEP, YEAR, YEARS_AWAY, CueKind, month_number

if TYPE_CHECKING:
    from geoecon.dates.anchor import Anchor
    from geoecon.dates.around import Around

__all__ = ["SPAN_RULES", "month_relative_year", "quarter_pair", "read_day_range"]

G = Granularity

_D: Final = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"  # a day of the month, as a number
_TO: Final = r"\s{0,3}(?:-|to|through|until|till)\s{0,3}"
_YEAR_TAIL: Final = rf"(?:,?\s{{1,3}}(?P<y>{YEAR}))?"


def _day(text: str) -> int:
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


def read_day_range(m: re.Match[str], at: Around, anchor: Anchor) -> Period | None:
    """Read "June 15-16", "15-16 June 2021", "25 November to 29 December", "Nov. 25 to Dec. 29, 2018"."""
    for group in ("m1", "m2"):
        if m[group] is not None and not month_allowed(m, at, group, bare=False):
            return None
    m1 = month_number(m["m1"]) if m["m1"] else None
    m2 = month_number(m["m2"]) if m["m2"] else None
    first_month = m1 or m2
    last_month = m2 or m1
    if first_month is None or last_month is None:
        return None
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    if at.unit_follows(m.end()):
        return None
    relative = m["y"] is None
    if m["y"] is not None:
        y2 = int(m["y"])
        y1 = y2 if first_month <= last_month else y2 - 1
    else:
        got = anchor.year_of(first_month, d1)
        if got is None:
            return Period.unresolved(G.DAY)
        y1 = got
        y2 = y1 if first_month <= last_month else y1 + 1
    res = _days((y1, first_month, d1), (y2, last_month, d2))
    return None if res is None else res._replace(relative=relative)


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


SPAN_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        name="day_range",
        pattern=(
            rf"(?P<m1>{MONTH})\s{{0,3}}(?P<d1>{_D})(?![\w]){_TO}(?:(?P<m2>{MONTH})\s{{0,3}})?(?P<d2>{_D})"
            rf"(?![\w]|[.,]\d){_YEAR_TAIL}"
        ),
        read=read_day_range,
        cues=(CueKind.MONTH,),
        literals=("-", " to ", "through", "until", "till"),
        step=Step(MONTH_STEP, 0),
        examples=(
            Example(
                "The Fed's two-day meeting was held on June 15-16.", "June 15-16", "2024-06-15/2024-06-16"
            ),
            Example(
                "Bids are accepted from Nov. 25 to Dec. 29, 2018, the ministry said.",
                "Nov. 25 to Dec. 29, 2018",
                "2018-11-25/2018-12-29",
            ),
        ),
    ),
    Rule(
        name="day_month_range",
        pattern=(
            rf"(?<![\w.,/-])(?P<d1>{_D})\s{{0,3}}(?:(?P<m1>{MONTH})\s{{0,3}})?(?:-|to|through|until|till)\s{{0,3}}"
            rf"(?P<d2>{_D})\s{{1,3}}(?P<m2>{MONTH})(?![\w]){_YEAR_TAIL}"
        ),
        read=read_day_range,
        cues=(CueKind.MONTH,),
        literals=("-", " to ", "through", "until", "till"),
        step=Step(MONTH_STEP, 24),  # after "25th through 29th " or before the month: "25 November"
        month_check=day_before_month,  # a day ends right before its first month name
        examples=(
            Example(
                "Sales over the five weeks from 25 November to 29 December 2018 were flat.",
                "25 November to 29 December 2018",
                "2018-11-25/2018-12-29",
            ),
            Example("The summit runs 15-16 June in Brussels.", "15-16 June", "2024-06-15/2024-06-16"),
        ),
    ),
)
