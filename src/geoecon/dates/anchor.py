"""What relative dates are read against: the reference date, and which way to look from it.

News writes "on Monday", "in March", "the third quarter" and "on the 15th" without a year
or a month; the reader of the form knows which day of the week, which month or which quarter,
and asks the ``Anchor`` which one the text means. With ``prefer_dates_from="past"`` (news:
the default) that is the most recent one up to and including the reference date; with
``"future"``, the next one. Without a reference date every question has no answer
(``None``), and the readers report the date unresolved.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from geoecon.dates.calendar import add_months, safe_date, week_start

__all__ = ["Anchor"]


class Anchor(NamedTuple):
    """The reference date (if any) and the preference (``future``: look forward from it).

    A ``NamedTuple``, not an attrs record: one is made for every text (Speed: making a frozen
    attrs record cost 0.3% of the scan).

    >>> anchor = Anchor(dt.date(2025, 2, 24), future=False)  # a Monday
    >>> anchor.year_of(3), anchor.weekday(4)  # "in March", "on Friday"
    (2024, datetime.date(2025, 2, 21))
    """

    ref: dt.date | None
    future: bool = False

    def year_of(self, month: int, day: int | None = None) -> int | None:
        """The year of a month (and day) given without one: "in March", "on March 3"."""
        ref = self.ref
        if ref is None:
            return None
        this = (month, day or (1 if self.future else 0))
        now = (ref.month, ref.day) if day is not None else (ref.month, 0 if not self.future else 1)
        if day is None:
            if self.future:
                return ref.year if month >= ref.month else ref.year + 1
            return ref.year if month <= ref.month else ref.year - 1
        if self.future:
            return ref.year if this >= now else ref.year + 1
        return ref.year if this <= now else ref.year - 1

    def year_of_month(self, month: int, rel: str = "") -> int | None:
        """The year of a month name with ``rel`` before it or not: "last March", "this May", "in July"."""
        ref = self.ref
        if ref is None:
            return None
        if rel == "this":
            return ref.year
        if rel in {"last", "past", "previous"}:
            return ref.year if month < ref.month else ref.year - 1
        if rel in {"next", "coming", "upcoming", "following"}:
            return ref.year if month > ref.month else ref.year + 1
        return self.year_of(month)

    def year_of_months(self, first_month: int, last_month: int) -> int | None:
        """The year of a quarter, half or month span given without one: "the third quarter"."""
        ref = self.ref
        if ref is None:
            return None
        if self.future:
            return ref.year if ref.month <= last_month else ref.year + 1
        return ref.year if ref.month >= first_month else ref.year - 1

    def year_with_weekday(self, month: int, day: int, weekday: int) -> dt.date | None:
        """The date of "Tuesday, March 3" without a year: the nearest year whose March 3 is a Tuesday.

        The years the preference looks to come first (this year, then one, two ... away), then
        the others; none within 27 years, or no reference date, gives ``None``.
        """
        ref = self.ref
        if ref is None:
            return None
        step = 1 if self.future else -1
        for k in range(28):
            d = safe_date(ref.year + (k if k == 0 else step * k), month, day)
            if d is not None and d.weekday() == weekday:
                return d
        for k in range(1, 28):
            d = safe_date(ref.year - step * k, month, day)
            if d is not None and d.weekday() == weekday:
                return d
        return None

    def month_with_weekday(self, day: int, weekday: int) -> dt.date | None:
        """The date of "Tuesday the 19th": the nearest month whose 19th is a Tuesday (this month first)."""
        ref = self.ref
        if ref is None:
            return None
        step = 1 if self.future else -1
        base = dt.date(ref.year, ref.month, 1)
        for k in [0, *[step * i for i in range(1, 60)]]:
            first = add_months(base, k)
            d = safe_date(first.year, first.month, day)
            if d is not None and d.weekday() == weekday:
                return d
        return None

    def month_with_day(self, day: int) -> dt.date | None:
        """The date of "on the 15th": that day of this month, or of the next (previous) one."""
        ref = self.ref
        if ref is None:
            return None
        first = dt.date(ref.year, ref.month, 1)
        this_month = day >= ref.day if self.future else day <= ref.day
        step = 1 if self.future else -1
        for k in range(0 if this_month else 1, 4):
            month = add_months(first, step * k)
            d = safe_date(month.year, month.month, day)
            if d is not None:
                return d
        return None

    def month_away(self, k: int) -> dt.date | None:
        """The first day of the month ``k`` months from the reference date's ("next month": 1)."""
        ref = self.ref
        return None if ref is None else add_months(dt.date(ref.year, ref.month, 1), k)

    def weekday(self, weekday: int, rel: str = "") -> dt.date | None:
        """Which day a weekday name means (0 Monday ... 6 Sunday), with ``rel`` before it or not.

        "next" and "following" mean that day of next week, "last", "previous" and "past"
        that day of last week, "coming" and "upcoming" the next one after the reference
        day; "this" that day of this week (with the past preference); and a bare weekday
        the most recent one up to the reference day (past) or the next one after it
        (future).
        """
        ref = self.ref
        if ref is None:
            return None
        today = ref.weekday()
        monday = week_start(ref)
        if rel in {"next", "following"}:
            return monday + dt.timedelta(days=7 + weekday)
        if rel in {"last", "previous", "past"}:
            return monday + dt.timedelta(days=-7 + weekday)
        if rel in {"coming", "upcoming"}:
            ahead = (weekday - today) % 7 or 7
            return ref + dt.timedelta(days=ahead)
        if rel == "this" and not self.future:
            return monday + dt.timedelta(days=weekday)
        if self.future:
            ahead = (weekday - today) % 7
            if ahead == 0 and rel != "this":
                ahead = 7
            return ref + dt.timedelta(days=ahead)
        back = (today - weekday) % 7
        return ref - dt.timedelta(days=back)

    def weekday_of_week(self, weekday: int, weeks_away: int) -> dt.date | None:
        """That weekday of the week ``weeks_away`` from the reference date's ("Friday of last week")."""
        ref = self.ref
        return None if ref is None else week_start(ref) + dt.timedelta(days=7 * weeks_away + weekday)

    def weekday_after_next(self, weekday: int) -> dt.date | None:
        """The second such weekday after the reference day ("Friday after next")."""
        ref = self.ref
        if ref is None:
            return None
        ahead = (weekday - ref.weekday()) % 7 or 7
        return ref + dt.timedelta(days=ahead + 7)
