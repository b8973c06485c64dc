"""Readers of the forms coarser than a day: months, weeks, quarters, halves, years, decades.

Months ("February 2022", "2015-3", "January-August 2023", "last March"), weeks ("the week of
October 7th", "the first week of 2015", "week 41"), relative periods ("last year", "this
quarter", "for the day", "the upcoming two weeks"), quarters ("Q3 2024", "the third quarter
of 2024", "the September quarter"), halves ("H1 2024"), the first months of a year, fiscal
and split years ("FY2024", "fiscal 2025", "2024-25"), years ("in 2014", "2017 to 2024") and
decades ("the 1980s", "the nineties").

Each reader is named after the form it reads, takes a match of its rule's pattern (see
``grammar``), the text around it and the anchor, and returns the ``Period`` (or ``None``
where the match is not a date after all: "2000 tonnes" is an amount, "in his 50s" an age).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from geoecon._mention import Granularity
from geoecon.dates.around import Around, month_allowed, prev_word_span
from geoecon.dates.calendar import (
    UNIT_GRANULARITY,
    Period,
    add_months,
    last_day,
    safe_date,
    shift,
)
from geoecon.dates.fiscal import (
    convention_at,
    fiscal_list_year,
    fiscal_period,
    fiscal_range,
    read_relative_fiscal,
)
from geoecon.dates.rule import Spanned
from geoecon.dates.spans import month_relative_year, quarter_pair
from geoecon.dates.vocabulary import (
    DECADE_WORDS,
    HALF_WORDS,
    MONTH,
    MONTH_CONTEXT,
    MONTHS_AWAY,
    NAME_BEFORE_OF,
    PERIODS_AWAY,
    QUARTER_WORDS,
    UNIT_NAMES,
    YEAR_CONTEXT,
    YEARS_AWAY,
    month_number,
    number_of,
)

if TYPE_CHECKING:
    from geoecon.dates.anchor import Anchor

__all__ = [
    "read_compact_quarter",
    "read_decade",
    "read_first_months",
    "read_fiscal_year",
    "read_half",
    "read_month",
    "read_month_quarter",
    "read_month_range",
    "read_month_year",
    "read_nth_week",
    "read_numeric_month_year",
    "read_quarter",
    "read_relative_period",
    "read_the_period",
    "read_upcoming",
    "read_week_number",
    "read_week_of",
    "read_year",
    "read_year_dash_number",
    "read_year_range",
    "year_context",
]

G = Granularity


def _fiscal(m: re.Match[str], at: Around, year: int, *, start_named: bool = False) -> Spanned:
    """Fiscal year ``year`` under a gloss, the convention of the country the text shows, or calendar.

    ``start_named`` is true when ``year`` is the year the fiscal year begins in (split years).
    """
    return fiscal_period(at, m.start(), m.end(), year, start_named=start_named)


# --------------------------------------------------------------------------- months


def read_year_dash_number(m: re.Match[str], at: Around, _anchor: Anchor) -> Period | Spanned | None:
    """Read a year, then a number: "2015-3" (a month), "2024-25" (a split year), "2017-2024" (years)."""
    y1, tail = int(m["y"]), m["t"]
    if at.unit_follows(m.end()):
        return None
    fiscal = m["fy"] is not None or m["pre"] is not None
    if len(tail) == 4:
        y2 = int(tail)
        if y2 == y1 + 1 and fiscal:
            return _fiscal(m, at, y1, start_named=True)
        if y1 < y2 <= y1 + 100:
            return Period.years(y1, y2)
        return None
    n = int(tail)
    if len(tail) == 2 and n == (y1 + 1) % 100:
        return _fiscal(m, at, y1, start_named=True)
    if fiscal:
        return None
    if 1 <= n <= 12 and m["sep"] in "-/":
        return Period.month(y1, n)
    if len(tail) == 2 and n > y1 % 100 and m["sep"] == "-":
        return Period.years(y1, y1 - y1 % 100 + n)
    return None


def read_numeric_month_year(m: re.Match[str], at: Around, _anchor: Anchor) -> Period | None:
    """Read "3/2024", "03-2024": a month, then a year."""
    if at.unit_follows(m.end()):
        return None
    return Period.month(int(m["y"]), int(m["m"]))


def read_month_year(m: re.Match[str], at: Around, _anchor: Anchor) -> Period | None:
    """Read "February 2022", "Dec. 2023", "July of 2018", "May '87", "2024 March"."""
    if not month_allowed(m, at, "mon", bare=False):
        return None
    if at.unit_follows(m.end()):
        return None
    return Period.month(int(m["y"]), month_number(m["mon"]))


def read_month_range(m: re.Match[str], at: Around, anchor: Anchor) -> Period | None:
    """Read "January-August 2023", "between March and May", "June through August"."""
    if m["conj"].lower() == "and" and at.prev_word(m.start()) != "between":
        return None
    # Two capitalised month names joined by a dash ("Jan-Apr imports up 9%", a headline's start)
    # are a date by themselves.
    paired = m["conj"] == "-" and at.raw[m.start("m1")].isupper() and at.raw[m.start("m2")].isupper()
    bare = m["y"] is None and m["yrel"] is None and not paired
    if not (month_allowed(m, at, "m1", bare=bare) and month_allowed(m, at, "m2", bare=False)):
        return None
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    if m["y1"] is not None:  # "September 2023 to June 2024", "September 2023 to June"
        y1 = int(m["y1"])
        y2 = int(m["y"]) if m["y"] is not None else (y1 if m2 > m1 else y1 + 1)
        if (y2, m2) <= (y1, m1) or m["yend"] is not None or m["yrel"] is not None:
            return None
        return Period.months(y1, m1, y2, m2)
    if m1 == m2:
        return None
    if m["y"] is not None:
        y2 = int(m["y"])
        y1 = y2 if m1 < m2 else y2 - 1
        if m["yend"] is not None and m1 > m2:  # "April-March 2022-23": the split year's months
            y1, y2 = y2, y2 + 1
            if (y2 % 100) != int(m["yend"]):
                return None
        return Period.months(y1, m1, y2, m2)
    if m["yrel"] is not None:  # "January-August this year"
        if anchor.ref is None:
            return Period.unresolved(G.MONTH)
        y2 = anchor.ref.year + YEARS_AWAY.get(m["yrel"].lower(), 0)
        return Period.months(y2 if m1 < m2 else y2 - 1, m1, y2, m2, relative=True)
    y = anchor.year_of_months(m1, m2 if m2 > m1 else 12)
    if y is None:
        return Period.unresolved(G.MONTH)
    return Period.months(y, m1, y, m2, relative=True)


def read_months_to(m: re.Match[str], at: Around, anchor: Anchor) -> Period | Spanned | None:
    """Read "the nine months to December 2023", "seven months through October", "the year to March 2022".

    "The financial year-to-December 2023" runs from the first month of the fiscal year (of the
    country named: April in the UK) to December.
    """
    end_month = month_number(m["mon"])
    fiscal = m["fy"] is not None and m["to"] in _TO_DATE  # "year-to-December", not "year ending May"
    if fiscal and m["y"] is None and at.norm.startswith("-", m.start("mon") - 1):
        nxt = at.next_word(m.end())
        if nxt and nxt not in MONTH_CONTEXT:
            return None  # "the fourth-highest financial year-to-December borrowing": a kind of figure
    n = 12 if m["n"] is None else number_of(m["n"])
    if n is None or not 2 <= n <= 12:
        return None
    if m["y"] is not None:
        year = int(m["y"])
    else:
        got = anchor.year_of(end_month)
        if got is None:
            return Period.unresolved(G.MONTH)
        year = got
    if fiscal:
        convention, basis = convention_at(at, m.start())
        if convention is not None and convention.first_month != 1:
            first_month = convention.first_month
            y1 = year if end_month >= first_month else year - 1
            granularity = G.YEAR if (end_month % 12) + 1 == first_month else G.MONTH
            period = Period.months(y1, first_month, year, end_month, granularity, relative=m["y"] is None)
            return Spanned(period, m.start(), m.end(), basis)
    first = add_months(dt.date(year, end_month, 1), 1 - n)
    granularity = G.YEAR if n == 12 else G.MONTH
    return Period.months(first.year, first.month, year, end_month, granularity, relative=m["y"] is None)


def read_first_quarters(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "the first three quarters of 2024", "the first two quarters": January to their last month."""
    n = number_of(m["n"])
    if n is None or not 2 <= n <= 3:
        return None
    year, explicit = _year_tail(m, anchor)
    if year is None:
        if explicit:
            return Period.unresolved(G.MONTH)
        year = anchor.year_of_months(3 * n, 3 * n)  # the last of its months is past
        if year is None:
            return Period.unresolved(G.MONTH)
        return Period.months(year, 1, year, 3 * n, relative=True)
    return Period.months(year, 1, year, 3 * n, relative=bool(m.groupdict().get("yrel")))


def read_month(m: re.Match[str], at: Around, anchor: Anchor) -> Period | None:
    """Read a month name without a year: "in July", "last March", "next May", "June after next"."""
    rel = (m["rel"] or "").lower()
    if m["yrel"] is not None and not rel:  # "September last year", "the June quarter this year"
        return month_relative_year(m, anchor) if month_allowed(m, at, "mon", bare=False) else None
    if m["q"] is not None:
        return None  # "last March quarter last year": not read
    if not rel and not month_allowed(m, at, "mon", bare=True):
        return None
    if not rel and at.norm.endswith("-to-", 0, m.start()):
        return None  # "the financial year-to-December borrowing": a kind of figure, not a date
    if rel and not month_allowed(m, at, "mon", bare=False):
        return None
    month = month_number(m["mon"])
    year = anchor.year_of_month(month, rel)
    if year is None:
        return Period.unresolved(G.MONTH)
    if m["after"]:
        year += 1
    return Period.month(year, month, relative=True)


# --------------------------------------------------------------------------- weeks


def read_week_of(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "the week of October 7th"."""
    month, day = month_number(m["mon"]), number_of(m["day"]) or 0
    year = int(m["y"]) if m["y"] else anchor.year_of(month, day)
    if year is None:
        return Period.unresolved(G.WEEK)
    d = safe_date(year, month, day)
    return None if d is None else Period.week(d, relative=m["y"] is None)


def read_nth_week(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "first week of 2015", "last week of September 2014", "2nd last week of October 2018"."""
    nth = m["nth"].lower()
    from_last = nth == "last" or m["fromlast"] is not None
    n = 1 if nth == "last" else (number_of(nth) or 0)
    if n < 1:
        return None
    relative = m["y"] is None and m["yonly"] is None
    if m["yonly"] is not None or (m["rel"] and m["unit"].lower() == "year"):
        if m["yonly"] is not None:
            year = int(m["yonly"])
        elif anchor.ref is None:
            return Period.unresolved(G.WEEK)
        else:
            year = anchor.ref.year + YEARS_AWAY.get(m["rel"].lower(), 0)
        weeks = dt.date(year, 12, 28).isocalendar()[1]
        w = weeks - n + 1 if from_last else n
        if not 1 <= w <= weeks:
            return None
        return Period.week(dt.date.fromisocalendar(year, w, 1), relative=relative)
    if m["mon"] is not None:
        month = month_number(m["mon"])
        y = int(m["y"]) if m["y"] else anchor.year_of(month)
        if y is None:
            return Period.unresolved(G.WEEK)
        year = y
    else:
        first = anchor.month_away(MONTHS_AWAY.get((m["rel"] or "this").lower(), 0))
        if first is None:
            return Period.unresolved(G.WEEK)
        year, month = first.year, first.month
    # Weeks (Monday-Sunday) that lie wholly inside the month.
    last = dt.date(year, month, last_day(year, month))
    monday = dt.date(year, month, 1)
    monday += dt.timedelta(days=(7 - monday.weekday()) % 7)
    mondays = []
    while monday + dt.timedelta(days=6) <= last:
        mondays.append(monday)
        monday += dt.timedelta(days=7)
    idx = -n if from_last else n - 1
    if not -len(mondays) <= idx < len(mondays):
        return None
    return Period.week(mondays[idx], relative=relative)


def read_week_number(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "week 41", "week 3 of 2024": an ISO week."""
    w = int(m["w"])
    if m["y"]:
        year = int(m["y"])
    elif anchor.ref is None:
        return Period.unresolved(G.WEEK)
    else:
        year = anchor.ref.year
    if not 1 <= w <= dt.date(year, 12, 28).isocalendar()[1]:
        return None
    return Period.week(dt.date.fromisocalendar(year, w, 1), relative=not m["y"])


# --------------------------------------------------------------------------- relative periods


def read_relative_period(m: re.Match[str], at: Around, anchor: Anchor) -> Period | Spanned | None:
    """Read "last year", "this quarter", "next week", "this fiscal year", "this budget year"."""
    rel = m["rel"].lower()
    unit = UNIT_NAMES[m["unit"].lower()]
    if m["fiscal"] and unit == "year" and not m["fiscal"].lower().startswith("calendar"):
        return read_relative_fiscal(m, at, anchor)
    if rel == "last" and at.norm.startswith("the", m.start()) and at.next_word(m.end()) in _NOT_DEICTIC_AFTER:
        return None  # "the last month before Russia sent troops": the last of a series, no date
    if anchor.ref is None:
        return Period.unresolved(UNIT_GRANULARITY[unit])
    if rel == "past" and unit == "week" and anchor.ref.weekday() == 6:
        return shift(anchor.ref, unit, 0)  # "the past week" in a Sunday story: the week it ends
    return shift(anchor.ref, unit, PERIODS_AWAY.get(rel, 0))


def read_same_period(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "the same month last year", "the same period of 2016", "the year-ago period".

    Read alone, the year it names; ``context`` reads it against the period under discussion.
    """
    if m["y"]:
        return Period.year(int(m["y"]))
    if anchor.ref is None:
        return Period.unresolved(G.YEAR)
    return shift(anchor.ref, "year", -1)


def read_the_period(m: re.Match[str], at: Around, anchor: Anchor) -> Period | Spanned | None:
    """Read "for the day", "of the year": the current one; "the week ahead": the next one."""
    unit = UNIT_NAMES[m["unit"].lower()]
    if m["ahead"] is not None:
        if anchor.ref is None:
            return Spanned(Period.unresolved(UNIT_GRANULARITY[unit]), m.start("unit"), m.end())
        return Spanned(shift(anchor.ref, unit, 1), m.start("unit"), m.end())
    if at.prev_word(m.start()) not in {"for", "of", "in", "during"}:
        return None
    if anchor.ref is None:
        return Period.unresolved(UNIT_GRANULARITY[unit])
    return shift(anchor.ref, unit, 0)


def read_upcoming(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "upcoming two weeks", "2 upcoming quarters": the period that many ahead."""
    n = number_of(m["n"] or m["n2"])
    unit = UNIT_NAMES.get((m["unit"] or m["unit2"]).lower())
    if n is None or unit is None:
        return None
    if anchor.ref is None:
        return Period.unresolved(UNIT_GRANULARITY[unit])
    return shift(anchor.ref, unit, n)


# --------------------------------------------------------------------------- quarters and halves


def _year_tail(m: re.Match[str], anchor: Anchor) -> tuple[int | None, bool]:
    """The year a quarter/half phrase names: (year, explicit)."""
    given = m["y"] or m.groupdict().get("y2")
    if given:
        y = given.lstrip("'")
        return (int(y) if len(y) == 4 else 2000 + int(y)), True
    if m.groupdict().get("yrel"):
        if anchor.ref is None:
            return None, False
        return anchor.ref.year + YEARS_AWAY.get(m["yrel"].lower(), 0), True
    return None, False


def read_quarter(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "the third quarter of 2024", "Q3 2024", "Q3 '24", "the fourth quarter", "Q2/Q3 2020"."""
    q2 = m.groupdict().get("q2")
    if q2 is not None:
        return quarter_pair(int(m["q"]), int(q2), int(m["y"])) if m["y"] else None
    q_text = (m["q"] or "").lower()
    q = QUARTER_WORDS.get(q_text) or (int(q_text) if q_text.isdigit() else 0)
    if q_text == "last":
        if not (m["y"] or m["yrel"]):
            return None  # "last quarter" alone is relative, read elsewhere
        q = 4
    if not 1 <= q <= 4:
        return None
    year, explicit = _year_tail(m, anchor)
    if year is None:
        if explicit or anchor.ref is None:
            return Period.unresolved(G.QUARTER)
        year = anchor.year_of_months(3 * q - 2, 3 * q)
        if year is None:
            return Period.unresolved(G.QUARTER)
        return Period.quarter(year, q, relative=True)
    return Period.quarter(year, q, relative=bool(m.groupdict().get("yrel")))


def read_compact_quarter(m: re.Match[str], _at: Around, _anchor: Anchor) -> Period | None:
    """Read "2019 q1", "2019-Q1", "3Q 2024", "3Q24": a quarter and its year, run together."""
    q = int(m["q"])
    y = m["y"].lstrip("'")
    year = int(y) if len(y) == 4 else 2000 + int(y)
    return Period.quarter(year, q)


def read_month_quarter(m: re.Match[str], _at: Around, anchor: Anchor) -> Spanned | None:
    """Read "the September quarter": the quarter ending in that month (an adjective before stays out)."""
    month = month_number(m["mon"])
    if month % 3:
        return None
    q = month // 3
    start = m.start() if m.start("mon") - m.start() < 8 else m.start("mon")  # "the just-completed"
    if m["y"] or m["y0"]:
        return Spanned(Period.quarter(int(m["y"] or m["y0"]), q), start, m.end())
    year = anchor.year_of_months(month - 2, month)
    if year is None:
        return Spanned(Period.unresolved(G.QUARTER), start, m.end())
    return Spanned(Period.quarter(year, q, relative=True), start, m.end())


def read_half(m: re.Match[str], _at: Around, anchor: Anchor) -> Period | None:
    """Read "the first half of 2023", "H1 2024", "2H '24": six months, granularity month."""
    h = HALF_WORDS.get((m["h"] or "").lower(), 0)
    if not h:
        return None
    year, explicit = _year_tail(m, anchor)
    first, last = (1, 6) if h == 1 else (7, 12)
    if year is None:
        if explicit:
            return Period.unresolved(G.MONTH)
        year = anchor.year_of_months(first, last)
        if year is None:
            return Period.unresolved(G.MONTH)
        return Period.months(year, first, year, last, relative=True)
    return Period.months(year, first, year, last, relative=bool(m.groupdict().get("yrel")))


def read_first_months(m: re.Match[str], at: Around, anchor: Anchor) -> Period | None:
    """Read "the first nine months of 2024": January to that month."""
    n = number_of(m["n"])
    if n is None or not 2 <= n <= 11:
        return None
    year, explicit = _year_tail(m, anchor)
    if year is None:
        if _GLOSSED.match(at.norm, m.end()):
            return None  # "the first nine months (July-March) of ...": the gloss is the date
        if explicit:
            return Period.unresolved(G.MONTH)
        year = anchor.year_of_months(1, n)
        if year is None:
            return Period.unresolved(G.MONTH)
        return Period.months(year, 1, year, n, relative=True)
    return Period.months(year, 1, year, n, relative=bool(m.groupdict().get("yrel")))


# "the last month before ...", "the last year of the plan": words after which "the last" is no date.
_NOT_DEICTIC_AFTER: Final = frozenset("before of when that since".split())
# The words of a period to date: "the financial year to December" (not "ending", "ended").
_TO_DATE: Final = frozenset({"to", "through", "thru", "until"})
# A bracketed month range right after: "the first nine months (July-March)".
_GLOSSED: Final = re.compile(rf"\s{{0,2}}\(\s{{0,2}}{MONTH}\s{{0,3}}(?:-|to)")

# --------------------------------------------------------------------------- years and decades


def read_fiscal_year(m: re.Match[str], at: Around, _anchor: Anchor) -> Spanned | None:
    """Read "FY2024", "fiscal 2025", "FY24", "fiscal 2024-25", "FY 2026 through FY 2029" (by country)."""
    y = m["y"].lstrip("'")
    year = int(y) if len(y) == 4 else 2000 + int(y)
    if m["r2"]:
        return None if m["y2"] else fiscal_range(m, at, year, m["r2"])
    if m["y2"]:
        y2 = m["y2"]
        if int(y2[-2:]) != (year + 1) % 100:
            return None
        return _fiscal(m, at, year, start_named=True)
    return _fiscal(m, at, year)


def read_decade(m: re.Match[str], at: Around, _anchor: Anchor) -> Period | None:
    """Read "the 1980s", "the '90s", "the nineties", "the 20 twenties"."""
    if m["word"]:
        start = DECADE_WORDS[m["word"].lower()]
        if m["cent"]:
            start = int(m["cent"]) + start % 100
    else:
        digits = m["d"]
        start = int(digits) if len(digits) == 4 else 1900 + int(digits)
        if (
            len(digits) == 2
            and not m["apos"]
            and at.prev_word(m.start()) not in {"the", "mid", "early", "late"}
        ):
            return None  # "in his 50s": an age
    if start % 10:
        return None
    return Period.decade(start)


def year_context(at: Around, start: int) -> bool:
    """Whether the text before ``start`` makes a bare four-digit number read as a year."""
    if start > 0 and at.norm[start - 1] == "-":  # Speed: no slice (nor max())
        return at.prev_word(start - 1) in {"mid", "early", "late", "end", "pre", "post"}
    prev = at.prev_word(start)
    if prev == "of":
        # "Trade Expansion Act of 1962": a year inside a name.
        span = prev_word_span(at.norm, max(0, start - 40), start - 3 if start >= 3 else 0)
        if span is not None:
            word = at.raw[span[0] : span[1]]
            if word[:1].isupper() and word.lower() in NAME_BEFORE_OF:
                return False
        return True
    if prev in {"and", "or", "to", "until"}:
        if prev != "and" and at.prev_word(start - len(prev) - 1) in _TO_YEAR:
            return True  # "compared to 2021", "up until 2028"
        return _YEAR_BEFORE_RE.search(at.norm, max(0, start - 16), start) is not None
    if prev in _YEAR_MODIFIED:
        # "the 2008 financial crisis", "a 2018 loan agreement", "the 2024 Eurobonds": a year as
        # a modifier, unless a count of things follows ("the 2000 workers").
        nxt = at.next_word(start + 4)
        return bool(nxt) and nxt not in _COUNTED and not at.norm.startswith(("-", "/"), start + 4)
    return prev in YEAR_CONTEXT or prev in _YEAR_AFTER


# Words after which a bare year reads as a year: "notes due 2024", "greater than 2014", "a
# record 2023", "20% over 2020", "versus 2019".
_YEAR_AFTER: Final = frozenset("due than over versus vs record".split())
# Words before "to"/"until" that make the year after them a year: "compared to 2021", "up until 2028".
_TO_YEAR: Final = frozenset("compared relative up back".split())
# Articles before a year that modifies a noun ("the 2008 crash").
_YEAR_MODIFIED: Final = frozenset({"the", "a", "an"})
# Counted things: "the 2000 workers" is a number of them.
_COUNTED: Final = frozenset(
    """
    people workers employees jobs members staff troops soldiers ships vessels cars vehicles units shares
    homes houses households families students children flights passengers companies firms farms
    """.split()
)
# A year, then "and", "or", "to" or "until": "between 2017 and 2019", "2019, 2020 or 2021".
_YEAR_BEFORE_RE: Final = re.compile(r"(?:1[89]|20)\d\d,?\s{1,3}(?:and|or|to|until)\s{1,3}$")


def read_year(m: re.Match[str], at: Around, _anchor: Anchor) -> Period | Spanned | None:
    """Read "in 2014", "since 2022", "mid-2023", "2000 AD": a bare year needs a year-like context."""
    year = int(m["y"])
    if m["ad"]:
        return Period.year(year)
    if not 1900 <= year <= 2099:
        return None
    start, end = m.span()  # Speed: read once
    if at.unit_follows(end):
        return None
    listed = fiscal_list_year(at, start, end, year)  # "fiscal years (FYs) 2024 and 2025"
    if listed is not None:
        return listed
    if not year_context(at, start):
        return None
    return Period.year(year)


def read_year_range(m: re.Match[str], at: Around, _anchor: Anchor) -> Period | None:
    """Read "2017 to 2024", "between 2017 and 2019", "2014-2016", "2019 through 2021"."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    conj = m["conj"].lower()
    if conj == "and" and at.prev_word(m.start()) != "between":
        return None
    if conj not in {"-", "and"} and not year_context(at, m.start()):
        return None
    if at.unit_follows(m.end()):
        return None
    if not y1 < y2 <= y1 + 100:
        return None
    return Period.years(y1, y2)
