"""Readers of the forms that name a day.

Full dates ("2025-02-24", "24/02/2025", "05-Aug-2016", "Feb. 24, 2025", "the 4th of July
1995"), month-days without a year ("March 3", "on 2/15"), weekdays ("on Monday", "next
Friday", "Tuesday the 19th", "the first Tuesday of October", "3 fridays from now"), "on the
15th", days of a month ("the last day of October"), relative days ("yesterday", "the day
before") and offsets ("two years ago", "in 3 weeks").

Each reader is named after the form it reads, takes a match of its rule's pattern (see
``grammar``), the text around it and the anchor, and returns the ``Period`` (or ``None``
where the match is not a date after all: "3/4" is a fraction, "a 3-1 vote" a score).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from geoecon._mention import Granularity
from geoecon.dates.around import Around, after_digit, month_allowed
from geoecon.dates.calendar import Period, add_months, last_day, safe_date, two_digit_year
from geoecon.dates.rule import Spanned
from geoecon.dates.spans import day_span, span_day
from geoecon.dates.vocabulary import (
    DAY_OFFSETS,
    DURATION_CUES,
    MONTHS_AWAY,
    WEEKS_AWAY,
    month_number,
    number_of,
    weekday_number,
)

if TYPE_CHECKING:
    from geoecon.dates.anchor import Anchor

__all__ = [
    "read_day_month",
    "read_day_of_month",
    "read_iso_date",
    "read_month_day",
    "read_month_slash_day",
    "read_named_triple",
    "read_nth_weekday",
    "read_numeric_date",
    "read_offset",
    "read_on_the_nth",
    "read_relative_day",
    "read_weekday",
    "read_weekday_the_nth",
    "read_weekdays_away",
]

G = Granularity

# --------------------------------------------------------------------------- numeric dates


def read_iso_date(m: re.Match[str], _at: Around, _anchor: Anchor) -> Period | None:
    """Read "2025-02-24", "2025/2/24", "20250224": year, month, day."""
    d = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return None if d is None else Period.day(d)


def read_named_triple(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Three parts separated by - or /, one of them a month name ("05-Aug-2016", "2019/aug/01")."""
    parts = [m["a"], m["b"], m["c"]]
    month_i = next(i for i, p in enumerate(parts) if not p[0].isdigit())
    month = month_number(parts[month_i])
    nums = [(i, p) for i, p in enumerate(parts) if i != month_i]
    year_i = next((i for i, p in nums if len(p) == 4 or int(p) > 31), None)
    if year_i is None:
        year_i = nums[-1][0]  # D-Mon-YY, Mon-D-YY
    day_p = next(p for i, p in nums if i != year_i)
    year_p = parts[year_i]
    year = int(year_p) if len(year_p) == 4 else two_digit_year(int(year_p), anchor.ref)
    d = safe_date(year, month, int(day_p))
    return None if d is None else Period.day(d)


def read_numeric_date(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "02/24/2025", "24.02.2025", "2-24-25": month first (US order) unless the first is over 12."""
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    if m["sep"] == "." and len(y) == 2:
        return None
    year = int(y) if len(y) == 4 else two_digit_year(int(y), anchor.ref)
    month, day = (b, a) if a > 12 else (a, b)
    d = safe_date(year, month, day)
    return None if d is None else Period.day(d)


def read_month_slash_day(m: re.Match[str], at: Around, anchor: Anchor) -> Period | None:
    """Read "on 2/15", "since 12-24": a day over 12, or a preposition before ("3/4" is a fraction)."""
    month, day = int(m["a"]), int(m["b"])
    if day <= 12 and (
        after_digit(at.norm, m.start())
        or at.prev_word(m.start()) not in {"on", "by", "since", "until", "from", "dated", "till"}
    ):
        return None  # "3/4", "a 3-1 vote": fractions and scores
    if at.unit_follows(m.end()):
        return None
    year = anchor.year_of(month, day)
    if year is None:
        return Period.unresolved(G.DAY)
    d = safe_date(year, month, day)
    return None if d is None else Period.day(d, relative=True)


# --------------------------------------------------------------------------- month names and days


def _with_weekday(m: re.Match[str], anchor: Anchor, month: int, day: int, year: int | None) -> Period | None:
    """Resolve a month-day; with a weekday and no year, the year whose date falls on that weekday."""
    if year is not None:
        d = safe_date(year, month, day)
        return None if d is None else Period.day(d)
    # Speed: the weekday looked for only with a reference date (``groupdict`` lists every group).
    wd = (m.groupdict().get("wd") or m.groupdict().get("wd2")) if anchor.ref is not None else None
    if wd:
        d = anchor.year_with_weekday(month, day, weekday_number(wd))
        return None if d is None else Period.day(d, relative=True)
    picked = anchor.year_of(month, day)
    if picked is None:
        return Period.unresolved(G.DAY) if safe_date(2000, month, day) else None
    d = safe_date(picked, month, day)
    return None if d is None else Period.day(d, relative=True)


def read_month_day(m: re.Match[str], at: Around, anchor: Anchor) -> Period | Spanned | None:
    """Read "Feb. 24, 2025", "Monday, March 3", "March the 3rd" (a month name, then the day)."""
    if not month_allowed(m, at, "mon", bare=False):
        return None
    month, day = month_number(m["mon"]), number_of(m["day"])
    if day is None:
        return None
    if m["d2"] is not None:  # "June 15-16", "Nov. 25 to Dec. 29, 2018"
        last_month = month_number(m["m2"]) if m["m2"] else month
        if m["m2"] is None or month_allowed(m, at, "m2", bare=False):
            span = (
                None
                if at.unit_follows(m.end())
                else _span(m, anchor, (month, day), (last_month, span_day(m["d2"])))
            )
            if span is not None:
                return span
        if at.unit_follows(m.end("day")):
            return None
        single = _with_weekday(m, anchor, month, day, None)  # "March 3-1 vote": the day alone
        return None if single is None else Spanned(single, m.start(), m.end("day"))
    if m["y"] is None and m["y2"] is None and at.unit_follows(m.end("day")):
        return None
    if m["y"] is not None and at.norm.startswith(",", m.end("day")) and at.unit_follows(m.end("y")):
        return None  # "March 3,2000 tonnes": a number, not a year glued by its comma
    return _with_weekday(m, anchor, month, day, int(m["y"]) if m["y"] else None)


def _span(m: re.Match[str], anchor: Anchor, first: tuple[int, int], last: tuple[int, int]) -> Period | None:
    """The span of days a match writes, in the year it gives (else the reference date's reading)."""
    return day_span(anchor, first, last, int(m["y"]) if m["y"] else None)


def read_day_month(m: re.Match[str], at: Around, anchor: Anchor) -> Period | Spanned | None:
    """Read "24 Feb 2025", "the 4th of July 1995", "3rd March '87" (the day, then a month name)."""
    if not month_allowed(m, at, "mon", bare=False):
        return None
    day = number_of(m["day"])
    if day is None:
        return None
    if m["day"][0].isalpha() and m["of"] is None:
        return None  # "the first March since ..."
    month = month_number(m["mon"])
    if m["d0"] is not None or m["d2"] is not None:  # "15-16 June", "25 November to 29 December"
        if m["d0"] is not None:
            first, last = (month, day), (month, span_day(m["d0"]))
        elif month_allowed(m, at, "m2", bare=False):
            first, last = (month, day), (month_number(m["m2"]), span_day(m["d2"]))
        else:
            return None
        if m["yy"] is not None or at.unit_follows(m.end()):
            return None
        return _span(m, anchor, first, last)
    end = m.end()
    year: int | None = None
    if m["y"] is not None:
        year = int(m["y"])
    elif m["yy"] is not None:
        if m["yof"] is not None or m["day"][-1:].isalpha():
            year = two_digit_year(int(m["yy"]), anchor.ref)
        else:
            end = m.end("mon")  # "24 Feb 25 tonnes": the number after the month is no year
    res = _with_weekday(m, anchor, month, day, year)
    return None if res is None else Spanned(res, m.start(), end)


# --------------------------------------------------------------------------- weekdays


def read_weekday(m: re.Match[str], at: Around, anchor: Anchor) -> Period | None:
    """Read "on Monday", "next Friday", "last week's Tuesday", "Friday after next"."""
    word = m["wd"].lower().rstrip(".")
    rel = (m["rel"] or "").lower()
    wrel = (m["wrel"] or m["wrel2"] or m["wrel3"] or "").lower()
    if not rel and not wrel and not m["after"] and word in {"sat", "sun", "wed", "mon"}:
        # "Sun", "Sat", "Wed", "Mon" alone are names ("Sun Microsystems"), not days, unless
        # abbreviated with a full stop and after "on", "by", "since" or "until".
        if not at.raw[m.start("wd") : m.end("wd")].endswith("."):
            return None
        if at.prev_word(m.start()) not in {"on", "by", "since", "until"}:
            return None
    if anchor.ref is None:
        return Period.unresolved(G.DAY)
    want = weekday_number(word)
    if wrel:
        d = anchor.weekday_of_week(want, WEEKS_AWAY.get(wrel, 1))
    elif m["after"]:  # "friday after next": the second one after today
        d = anchor.weekday_after_next(want)
    else:
        d = anchor.weekday(want, rel)
    return None if d is None else Period.day(d, relative=True)


def read_weekday_the_nth(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "Tuesday the 19th": the nearest month whose 19th is a Tuesday (this month first)."""
    day = number_of(m["day"])
    if day is None or day > 31:
        return None
    if anchor.ref is None:
        return Period.unresolved(G.DAY)
    d = anchor.month_with_weekday(day, weekday_number(m["wd"]))
    return None if d is None else Period.day(d, relative=True)


def read_on_the_nth(m: re.Match[str], at: Around, anchor: Anchor) -> Spanned | None:
    """Read "on the 15th": that day of this month, or of the next (previous) one by the preference."""
    day = number_of(m["day"])
    if day is None or not 1 <= day <= 31:
        return None
    start = at.norm.rfind("the", m.start(), m.start("day"))  # "the 15th", without "on"
    if anchor.ref is None:
        return Spanned(Period.unresolved(G.DAY), start, m.end())
    d = anchor.month_with_day(day)
    return None if d is None else Spanned(Period.day(d, relative=True), start, m.end())


def read_nth_weekday(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "first Tuesday of October", "last Friday in October 2014", "second Monday of last month"."""
    want = weekday_number(m["wd"])
    if m["mon"] is not None:
        month = month_number(m["mon"])
        year = int(m["y"]) if m["y"] else anchor.year_of(month)
        if year is None:
            return Period.unresolved(G.DAY)
    else:
        first = anchor.month_away(MONTHS_AWAY.get((m["mrel"] or "this").lower(), 0))
        if first is None:
            return Period.unresolved(G.DAY)
        year, month = first.year, first.month
    days = [
        dt.date(year, month, d)
        for d in range(1, last_day(year, month) + 1)
        if dt.date(year, month, d).weekday() == want
    ]
    nth = m["nth"].lower()
    idx = -1 if nth == "last" else (number_of(nth) or 0) - 1
    if not -len(days) <= idx < len(days):
        return None
    return Period.day(days[idx], relative=m["y"] is None)


def read_weekdays_away(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "3 fridays from now", "2 thursdays ago"."""
    n = number_of(m["n"])
    ref = anchor.ref
    if not n or ref is None:
        return None if n is None else Period.unresolved(G.DAY)
    want = weekday_number(m["wd"][:-1] if m["wd"].lower().endswith("s") else m["wd"])
    today = ref.weekday()
    if m["dir"].lower() in {"ago", "back"}:
        back = (today - want) % 7 or 7
        return Period.day(ref - dt.timedelta(days=back + 7 * (n - 1)), relative=True)
    ahead = (want - today) % 7 or 7
    return Period.day(ref + dt.timedelta(days=ahead + 7 * (n - 1)), relative=True)


# --------------------------------------------------------------------------- days of a month


def read_day_of_month(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "20th of next month", "the last day of October 2015", "fifth last day of May"."""
    if m.groupdict().get("mon"):
        month = month_number(m["mon"])
        year = int(m["y"]) if m["y"] else anchor.year_of(month)
        if year is None:
            return Period.unresolved(G.DAY)
        relative = not m["y"]
    else:
        first = anchor.month_away(MONTHS_AWAY.get((m["mrel"] or "this").lower(), 0))
        if first is None:
            return Period.unresolved(G.DAY)
        year, month, relative = first.year, first.month, True
    last = last_day(year, month)
    nth = (m["nth"] or "").lower()
    if m["fromlast"] or nth == "last":
        n = 1 if nth == "last" else (number_of(nth) or 0)
        day = last - n + 1
    else:
        day = number_of(nth) or 0
    d = safe_date(year, month, day)
    return None if d is None else Period.day(d, relative=relative)


# --------------------------------------------------------------------------- relative days


def read_relative_day(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "today", "yesterday", "the day after tomorrow", "the previous day" (``DAY_OFFSETS``)."""
    word = re.sub(r"\s+", " ", m.group(0).lower())
    if anchor.ref is None:
        return Period.unresolved(G.DAY)
    off = DAY_OFFSETS.get(word)
    if off is None:
        return None
    return Period.day(anchor.ref + dt.timedelta(days=off), relative=True)


def read_offset(m: re.Match[str], at: Around, anchor: Anchor) -> Period | None:
    """Read "two years ago", "a week earlier", "in 2 weeks", "3 days from today"."""
    n = number_of(m["n"])
    if n is None:
        return None
    if m["in"] is None and m["dir"] is None:
        return None
    if m["dir"] is None:
        before = at.norm[max(0, m.start() - 40) : m.start()].split()[-4:]
        if any(w.endswith("est") or w in DURATION_CUES for w in before):
            return None  # "the highest level in two years": a duration
        sign = 1
    else:
        sign = -1 if m["dir"].lower().split()[-1] in {"ago", "earlier", "back"} or "before" in m["dir"] else 1
    ref = anchor.ref
    if ref is None:
        return Period.unresolved(G.DAY)
    unit = m["unit"].lower()
    if unit.startswith("day"):
        d = ref + dt.timedelta(days=sign * n)
    elif unit.startswith("fortnight"):
        d = ref + dt.timedelta(days=sign * 14 * n)
    elif unit.startswith("week"):
        d = ref + dt.timedelta(days=sign * 7 * n)
    elif unit.startswith("month"):
        d = add_months(ref, sign * n)
    else:
        d = add_months(ref, sign * 12 * n)
        if sign < 0 or (m["dir"] or "").lower().startswith("later"):  # "two years ago" is a year, not a day
            return Period.year(d.year, relative=True)
    return Period.day(d, relative=True)
