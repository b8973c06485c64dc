"""Periods of the calendar, and the arithmetic that makes them.

A ``Period`` is what a reader makes of a date form: an ISO 8601 value at the granularity the
text gives ("2024-Q3", "2024-W41", "2023-04/2024-03", "199X"), the first and last day it
covers, and whether it was resolved against the reference date. A period the text gives no
way to resolve (a relative form without a reference date) is ``Period.unresolved``.

Here too: the days of a month, month arithmetic, the century of a two-digit year, a fiscal
year under a country's convention (``geoecon._tables.fiscal_years``), and a period shifted by
whole units ("last quarter" is the quarter before the reference date's).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING, Final, NamedTuple

from geoecon._mention import Granularity

if TYPE_CHECKING:
    from geoecon._tables.fiscal_years import FiscalYear

__all__ = [
    "UNIT_GRANULARITY",
    "Period",
    "add_months",
    "fiscal_year",
    "fiscal_year_starting",
    "last_day",
    "safe_date",
    "shift",
    "two_digit_year",
    "week_start",
]

G = Granularity


class Period(NamedTuple):
    """A resolved (or deliberately unresolved) period.

    A ``NamedTuple``, not an attrs record: one is made for every candidate date (Speed).

    >>> Period.quarter(2024, 3)[:4]
    ('2024-Q3', <Granularity.QUARTER: 'quarter'>, datetime.date(2024, 7, 1), datetime.date(2024, 9, 30))
    >>> Period.week(dt.date(2024, 12, 31)).value
    '2025-W01'
    """

    value: str | None
    granularity: Granularity
    start: dt.date | None
    end: dt.date | None
    relative: bool = False

    @classmethod
    def unresolved(cls, granularity: Granularity) -> Period:
        """A relative period without a reference date: no value, no days.

        Speed: made once per granularity (a tuple: equal to a new one, and never changed).
        """
        return (
            _UNRESOLVED[granularity] if cls is Period else cls(None, granularity, None, None, relative=True)
        )

    @classmethod
    def day(cls, d: dt.date, *, relative: bool = False) -> Period:
        """The day ``d``."""
        return cls(d.isoformat(), G.DAY, d, d, relative)

    @classmethod
    def month(cls, year: int, month: int, *, relative: bool = False) -> Period:
        """A calendar month."""
        return cls(
            f"{year:04d}-{month:02d}",
            G.MONTH,
            dt.date(year, month, 1),
            dt.date(year, month, last_day(year, month)),
            relative,
        )

    @classmethod
    def year(cls, year: int, *, relative: bool = False) -> Period:
        """A calendar year."""
        return cls(f"{year:04d}", G.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31), relative)

    @classmethod
    def quarter(cls, year: int, q: int, *, relative: bool = False) -> Period:
        """Calendar quarter ``q`` (1-4) of ``year``."""
        m = 3 * q - 2
        return cls(
            f"{year:04d}-Q{q}",
            G.QUARTER,
            dt.date(year, m, 1),
            dt.date(year, m + 2, last_day(year, m + 2)),
            relative,
        )

    @classmethod
    def week(cls, d: dt.date, *, relative: bool = False) -> Period:
        """The ISO week (Monday to Sunday) that holds ``d``."""
        iso = d.isocalendar()
        monday = d - dt.timedelta(days=d.weekday())
        return cls(f"{iso[0]:04d}-W{iso[1]:02d}", G.WEEK, monday, monday + dt.timedelta(days=6), relative)

    @classmethod
    def months(
        cls, y1: int, m1: int, y2: int, m2: int, granularity: Granularity = G.MONTH, *, relative: bool = False
    ) -> Period:
        """Month ``m1`` of ``y1`` through month ``m2`` of ``y2`` (of the next year if it comes first).

        >>> Period.months(2024, 11, 2024, 2).value
        '2024-11/2025-02'
        """
        if (y2, m2) < (y1, m1):
            y2 += 1
        return cls(
            f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}",
            granularity,
            dt.date(y1, m1, 1),
            dt.date(y2, m2, last_day(y2, m2)),
            relative,
        )

    @classmethod
    def years(cls, y1: int, y2: int) -> Period:
        """Calendar years ``y1`` through ``y2``."""
        return cls(f"{y1:04d}/{y2:04d}", G.YEAR, dt.date(y1, 1, 1), dt.date(y2, 12, 31))

    @classmethod
    def decade(cls, start: int) -> Period:
        """The decade that opens with year ``start`` ("the 1990s": ``199X``)."""
        return cls(f"{start // 10:03d}X", G.DECADE, dt.date(start, 1, 1), dt.date(start + 9, 12, 31))


# Speed: the unresolved period of each granularity (``Period.unresolved``).
_UNRESOLVED: Final = {g: Period(None, g, None, None, relative=True) for g in G}


def last_day(year: int, month: int) -> int:
    """The number of days of a month."""
    return calendar.monthrange(year, month)[1]


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The date, or ``None`` where there is no such day ("February 30").

    >>> safe_date(2023, 2, 29) is None, safe_date(2024, 2, 29)
    (True, datetime.date(2024, 2, 29))
    """
    if not (1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= last_day(y, m)):
        return None
    return dt.date(y, m, d)


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved ``n`` months, its day cut to the month's last.

    >>> add_months(dt.date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
    """
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return dt.date(y, m + 1, min(d.day, last_day(y, m + 1)))


def week_start(d: dt.date) -> dt.date:
    """The Monday of ``d``'s week."""
    return d - dt.timedelta(days=d.weekday())


def two_digit_year(yy: int, ref: dt.date | None) -> int:
    """Century for a two-digit year: the reference date's, unless that is over 10 years ahead.

    >>> two_digit_year(87, dt.date(2025, 2, 24)), two_digit_year(30, dt.date(2025, 2, 24))
    (1987, 2030)
    """
    now = ref.year if ref is not None else 2025
    year = now - now % 100 + yy
    return year - 100 if year > now + 10 else year


def fiscal_year(year: int, convention: FiscalYear | None, *, start_named: bool = False) -> Period:
    """Fiscal year ``year`` under ``convention`` (``None``: calendar years).

    ``start_named`` is true when ``year`` is the year the fiscal year begins in (split years,
    "2024-25"); otherwise the convention says which year its name gives.

    >>> from geoecon._tables.fiscal_years import FISCAL_YEARS
    >>> fiscal_year(2024, FISCAL_YEARS["US"]).value
    '2023-10/2024-09'
    >>> fiscal_year(2024, None, start_named=True).value
    '2024/2025'
    """
    if convention is None or convention.first_month == 1:  # calendar years
        if start_named:
            return Period.years(year, year + 1)
        return Period.year(year)
    first = convention.first_month
    y1 = year if start_named or convention.named_by == "start" else year - 1
    return Period.months(y1, first, y1 + 1, first - 1, G.YEAR)


def fiscal_year_starting(d: dt.date, convention: FiscalYear) -> int:
    """The calendar year in which the fiscal year that holds ``d`` begins."""
    return d.year if d.month >= convention.first_month else d.year - 1


#: The granularity of each period unit (``vocabulary.UNIT_NAMES`` gives the units).
UNIT_GRANULARITY: Final = {
    "day": G.DAY,
    "week": G.WEEK,
    "month": G.MONTH,
    "quarter": G.QUARTER,
    "year": G.YEAR,
}


def shift(ref: dt.date, unit: str, k: int) -> Period:
    """The period of ``unit`` that is ``k`` away from the one holding ``ref`` ("last quarter": -1).

    >>> shift(dt.date(2025, 2, 24), "quarter", -1).value
    '2024-Q4'
    """
    if unit == "day":
        return Period.day(ref + dt.timedelta(days=k), relative=True)
    if unit == "week":
        return Period.week(ref + dt.timedelta(days=7 * k), relative=True)
    if unit == "month":
        d = add_months(dt.date(ref.year, ref.month, 1), k)
        return Period.month(d.year, d.month, relative=True)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + k
        y, q = ref.year + q // 4, q % 4 + 1
        return Period.quarter(y, q, relative=True)
    return Period.year(ref.year + k, relative=True)
