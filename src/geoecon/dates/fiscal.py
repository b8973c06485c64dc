"""Whose fiscal year, and the periods news writes inside one.

A fiscal year is read under the convention of a country (``geoecon._tables.fiscal_years``),
chosen in this order, and the choice is recorded on the date as a ``Basis``:

* ``date.fiscal.gloss``: the text's own bounds, in brackets after the year ("2021/22
  (July-June)", "fiscal 2025 (April-March)"); the evidence is the gloss;
* ``date.fiscal.country``: the country named nearest to the date (a name, demonym, capital,
  the government named, a dateline's city: ``countries``); the evidence is that cue;
* ``date.fiscal.hint``: the caller's ``country=`` (``Options.country``), when the text names
  no country; no evidence span;
* none of them: calendar years, and no basis.

The forms read here: "the current fiscal" (Indian usage: the current fiscal year), "the
current 2020 budget year", "the first nine months of fiscal year 2025" and "the first seven
months of 2024-25" (from the fiscal year's first month), "FY 2026 through FY 2029", and the
years of a list after "fiscal years (FYs)".

>>> import datetime as dt
>>> from geoecon.dates import find_dates
>>> text = "The U.S. deficit in the first nine months of fiscal year 2025 rose."
>>> [(d.text, d.value, [b.rule for b in d.basis]) for d in find_dates(text)]
[('first nine months of fiscal year 2025', '2024-10/2025-06', ['date.fiscal.country'])]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from geoecon._mention import Basis, Granularity
from geoecon._tables.fiscal_years import FISCAL_YEARS, MARKETING_YEARS, FiscalYear
from geoecon.dates.calendar import Period, add_months, fiscal_year, fiscal_year_starting
from geoecon.dates.rule import Example, Rule, Spanned
from geoecon.dates.vocabulary import (
    CARDINAL,
    FISCAL_YEARS_AWAY,
    MONTH,
    THE_FIRST,
    YEAR,
    CueKind,
    month_number,
    number_of,
)

if TYPE_CHECKING:
    from geoecon.dates.anchor import Anchor
    from geoecon.dates.around import Around

__all__ = [
    "FISCAL_COUNTRY",
    "FISCAL_GLOSS",
    "FISCAL_HINT",
    "FISCAL_RULES",
    "convention_at",
    "fiscal_list_year",
    "fiscal_period",
    "fiscal_range",
    "marketing_year",
    "read_first_months_fiscal",
    "read_relative_fiscal",
    "read_year_fiscal",
]

G = Granularity

FISCAL_COUNTRY: Final = "date.fiscal.country"
FISCAL_GLOSS: Final = "date.fiscal.gloss"
FISCAL_HINT: Final = "date.fiscal.hint"

# The bounds a text gives a fiscal year in brackets: "2021/22 (July-June)".
_GLOSS: Final = re.compile(
    rf"\s{{0,2}}\(\s{{0,2}}(?P<m1>{MONTH})\s{{0,3}}(?:-|to|/)\s{{0,3}}(?P<m2>{MONTH})\s{{0,2}}\)"
)
# The bound a text gives a fiscal year after it: "fiscal 1986, ended October 31", "the 1987/88
# season, which begins June 1", "fiscal 2024 (ending March 2024)".
_BOUND: Final = re.compile(
    r"(?:\s{1,3}(?:season|crop|harvest|campaign|(?:marketing|fiscal|financial|budget)\s{1,3}year))?"
    r"\s{0,3}[,(]?\s{0,3}(?:which\s{1,3}|that\s{1,3})?(?P<verb>ended|ending|ends|begins|beginning|began|starting|started)"
    rf"\s{{1,3}}(?:on\s{{1,3}}|in\s{{1,3}})?(?P<mon>{MONTH})"
)
# An earlier fiscal year of the text with its bound: its bound holds for the later ones.
_BOUNDED_BEFORE: Final = re.compile(
    r"(?:fiscal|financial\s{1,3}year|fy)\s{0,3}'?\d\d(?:\d\d)?(?:[-/]\d\d(?:\d\d)?)?" + _BOUND.pattern
)
# A season word after a split year: "the 2016/17 season", "the 1986/87 crop".
_SEASON: Final = re.compile(
    r"\s{1,3}(?:[a-z]{3,12}\s{1,3})?(season|crop|harvest|campaign|marketing\s{1,3}year|crop\s{1,3}year)(?![\w])"
)
_COMMODITY: Final = re.compile(r"\b(?:" + "|".join(sorted(MARKETING_YEARS, key=len, reverse=True)) + r")\b")
# A split year the text glosses with its bounds: "1987/88 (April-March)".
_GLOSSED_SPLIT: Final = re.compile(
    rf"(?:1[89]|20)\d\d[-/]\d\d(?:\d\d)?\s{{0,2}}\(\s{{0,2}}(?P<m1>{MONTH})\s{{0,3}}(?:-|to|/)\s{{0,3}}(?P<m2>{MONTH})\s{{0,2}}\)"
)
# A fiscal word near a split year: it is a fiscal year, not a season.
_FISCAL_WORD: Final = re.compile(r"fiscal|financial|budget|\bfy")
# "fiscal years (FYs) 2024 and", "FYs 2024,": a list of fiscal years before a year.
_FISCAL_LIST: Final = re.compile(
    r"(?:fiscal\s{1,3}years|fys)\s{0,3}(?:\(\s{0,2}fys?\s{0,2}\)\s{0,3})?"
    r"(?:(?:1[89]|20)\d\d\s{0,3}(?:,|and|&|or)\s{0,3}){0,4}$"
)


def convention_at(at: Around, pos: int) -> tuple[FiscalYear | None, Basis | None]:
    """The fiscal-year convention for a date at ``pos``, and the basis of the choice.

    The country named nearest to it, else the caller's hint, else none (calendar years).
    """
    cue = at.country_cue(pos)
    if cue is not None:
        convention = FISCAL_YEARS.get(cue[0])
        if convention is not None:
            return convention, Basis("date.fiscal.country", cue[1])
    if at.hint is not None:
        convention = FISCAL_YEARS.get(at.hint)
        if convention is not None:
            return convention, Basis("date.fiscal.hint")
    return None, None


def fiscal_period(at: Around, start: int, end: int, year: int, *, start_named: bool = False) -> Spanned:
    """Fiscal year ``year`` as read at ``start:end``: under a gloss right after it, else by country.

    ``start_named`` is true when ``year`` is the year the fiscal year begins in (split years).
    """
    gloss = _GLOSS.match(at.norm, end)
    if gloss is not None:
        m1, m2 = month_number(gloss["m1"]), month_number(gloss["m2"])
        if (m2 % 12) + 1 == m1:
            y1 = year if start_named or m1 == 1 else year - 1
            period = Period.year(y1) if m1 == 1 else Period.months(y1, m1, y1 + 1, m2, G.YEAR)
            return Spanned(
                period, start, end, Basis("date.fiscal.gloss", (gloss.start("m1"), gloss.end("m2")))
            )
    bound = _BOUND.match(at.norm, end)
    if bound is not None:
        month = month_number(bound["mon"])
        ends = bound["verb"].startswith("end")
        first = month % 12 + 1 if ends else month
        if first != 1:
            y1 = year - 1 if ends and not start_named else year
            period = Period.months(y1, first, y1 + 1, first - 1 if first > 1 else 12, G.YEAR)
            return Spanned(
                period, start, end, Basis("date.fiscal.gloss", (bound.start("verb"), bound.end("mon")))
            )
    if start_named and not _FISCAL_WORD.search(at.norm, start - 12 if start > 12 else 0, end + 12):
        season = marketing_year(at, start, end, year)
        if season is not None:
            return season
    else:
        carried = at.first_before(_BOUNDED_BEFORE, start)  # "fiscal 1986, ended October 31" before
        if carried is not None:
            month = month_number(carried["mon"])
            first = month % 12 + 1 if carried["verb"].startswith("end") else month
            if first != 1:
                ends = carried["verb"].startswith("end")
                y1 = year - 1 if ends and not start_named else year
                period = Period.months(y1, first, y1 + 1, first - 1 if first > 1 else 12, G.YEAR)
                evidence = (carried.start("verb"), carried.end("mon"))
                return Spanned(period, start, end, Basis("date.fiscal.gloss", evidence))
    convention, basis = convention_at(at, start)
    return Spanned(fiscal_year(year, convention, start_named=start_named), start, end, basis)


def marketing_year(at: Around, start: int, end: int, year: int) -> Spanned | None:
    """Split year ``year``/``year + 1`` as a crop marketing year, if the text says it is one.

    A season word after it ("the 2016/17 season", "the 1986/87 crop") makes it one: the
    commodity named nearest within 300 characters gives its first month (``MARKETING_YEARS``),
    else July (the grains year); a commodity named within 40 characters makes it one too.
    An earlier split year of the text glossed with its bounds ("1987/88 (April-March)") gives
    its bounds to the later ones.
    """
    earlier = at.first_before(_GLOSSED_SPLIT, start)
    if earlier is not None:
        m1, m2 = month_number(earlier["m1"]), month_number(earlier["m2"])
        if m1 != 1 and (m2 % 12) + 1 == m1:
            period = Period.months(year, m1, year + 1, m2, G.YEAR)
            return Spanned(
                period, start, end, Basis("date.fiscal.gloss", (earlier.start("m1"), earlier.end("m2")))
            )
    season = _SEASON.match(at.norm, end)
    crop = _nearest_commodity(at.norm, start, end, 300 if season is not None else 40)
    if crop is not None:
        first = MARKETING_YEARS[crop[0]]
        period = Period.months(year, first, year + 1, first - 1, G.YEAR)
        return Spanned(period, start, end, Basis("date.marketing.commodity", crop[1]))
    if season is not None:
        period = Period.months(year, 7, year + 1, 6, G.YEAR)
        return Spanned(period, start, end, Basis("date.marketing.season", season.span(1)))
    return None


def _nearest_commodity(norm: str, start: int, end: int, reach: int) -> tuple[str, tuple[int, int]] | None:
    """The commodity of ``MARKETING_YEARS`` named nearest to ``start:end`` within ``reach``, and its span."""
    lo = start - reach if start > reach else 0
    best: tuple[int, str, tuple[int, int]] | None = None
    for m in _COMMODITY.finditer(norm, lo, end + reach):
        gap = start - m.end() if m.end() <= start else m.start() - end
        if best is None or gap < best[0]:
            best = (gap, m.group(0), m.span())
    return None if best is None else (best[1], best[2])


def _current(at: Around, pos: int, anchor: Anchor, rel: str) -> Spanned | None:
    """The fiscal year ``rel`` ("current", "last", "next") from the reference date, or ``None``."""
    if anchor.ref is None:
        return None
    k = FISCAL_YEARS_AWAY.get(rel, 0)
    convention, basis = convention_at(at, pos)
    if convention is None:
        return Spanned(Period.year(anchor.ref.year + k, relative=True), 0, 0, None)
    start_year = fiscal_year_starting(anchor.ref, convention)
    period = fiscal_year(start_year + k, convention, start_named=True)._replace(relative=True)
    return Spanned(period, 0, 0, basis)


def _two_digit(text: str) -> int:
    """A year written with four digits or two ("'24"): its four-digit number."""
    y = text.lstrip("'")
    return int(y) if len(y) == 4 else 2000 + int(y)


def _split(y1: int, tail: str) -> bool:
    """Whether ``tail`` ("25", "2025") is the year after ``y1``: a split year."""
    return int(tail) == y1 + 1 if len(tail) == 4 else int(tail) == (y1 + 1) % 100


def read_first_months_fiscal(m: re.Match[str], at: Around, anchor: Anchor) -> Spanned | Period | None:
    """Read "the first nine months of fiscal year 2025", "first seven months of 2024-25".

    The months run from the first month of the fiscal year, under its country's convention.
    """
    n = number_of(m["n"])
    if n is None or not 2 <= n <= 11:
        return None
    y, y2 = m["y"] or m["sy"], m["y2"] or m["sy2"]
    if y is not None:
        year = _two_digit(y)
        if y2 is not None and not _split(year, y2):
            return None
        if m["sy"] is not None or y2 is not None:
            got = fiscal_period(at, m.start(), m.end(), year, start_named=True)
        else:
            got = fiscal_period(at, m.start(), m.end(), year)
    else:
        current = _current(at, m.start(), anchor, (m["rel"] or "this").lower())
        if current is None:
            return Period.unresolved(G.MONTH)
        got = current
    whole = got.period
    if whole.start is None or (whole.value or "").count("-") == 0:
        return None  # a calendar split year ("1986/87" with no country): no first month to count from
    last = add_months(whole.start, n - 1)
    period = Period.months(
        whole.start.year, whole.start.month, last.year, last.month, relative=whole.relative
    )
    return Spanned(period, m.start(), m.end(), got.basis)


def read_year_fiscal(m: re.Match[str], at: Around, _anchor: Anchor) -> Spanned | None:
    """Read "the current 2020 budget year", "the 2024-25 financial year", "the 2023 fiscal year"."""
    year = int(m["y"])
    if m["y2"] is not None:
        if not _split(year, m["y2"]):
            return None
        return fiscal_period(at, m.start(), m.end(), year, start_named=True)
    return fiscal_period(at, m.start(), m.end(), year)


def read_relative_fiscal(m: re.Match[str], at: Around, anchor: Anchor) -> Spanned | Period | None:
    """Read "the current fiscal", "last fiscal": the fiscal year, in the usage of Indian business news."""
    got = _current(at, m.start(), anchor, m["rel"].lower())
    if got is None:
        return Period.unresolved(G.YEAR)
    return Spanned(got.period, m.start(), m.end(), got.basis)


def fiscal_range(m: re.Match[str], at: Around, y1: int, to: str) -> Spanned | None:
    """The fiscal years ``y1`` to ``to`` ("FY 2026 through FY 2029", "fiscal years 2024 to 2026")."""
    y2 = _two_digit(to)
    if not y1 < y2 <= y1 + 50:
        return None
    first = fiscal_period(at, m.start(), m.end(), y1)
    last = fiscal_period(at, m.start(), m.end(), y2)
    a, b = first.period, last.period
    if a.start is None or b.end is None:
        return None
    if a.granularity is G.YEAR and "/" not in (a.value or ""):
        return Spanned(Period.years(y1, y2), m.start(), m.end(), first.basis)
    period = Period.months(a.start.year, a.start.month, b.end.year, b.end.month, G.YEAR)
    return Spanned(period, m.start(), m.end(), first.basis)


def fiscal_list_year(at: Around, start: int, end: int, year: int) -> Spanned | None:
    """A year in a list after "fiscal years (FYs)" ("FYs 2024 and 2025"): that fiscal year, or ``None``."""
    lo = start - 60 if start > 60 else 0
    # Speed: a plain find first (a year is in most texts; a list of fiscal years in few).
    if at.norm.find("fy", lo, start) < 0 and at.norm.find("fiscal", lo, start) < 0:
        return None
    if _FISCAL_LIST.search(at.norm, lo, start) is None:
        return None
    return fiscal_period(at, start, end, year)


# What a fiscal year is written as after "the first nine months of (the)".
FISCAL_TAIL: Final = (
    r"(?:(?P<rel>current|this|last|next|previous|prior)\s{1,3})?"
    r"(?:(?:(?:fiscal|financial)(?:\s{1,3}year)?|budget\s{1,3}year|fy)"
    rf"(?:\s{{0,3}}(?P<y>{YEAR}|'?\d\d(?![\d]))(?:[-/](?P<y2>\d{{4}}|\d\d)(?![\d]))?)?"
    rf"|(?P<sy>{YEAR})[-/](?P<sy2>\d{{4}}|\d\d)(?![\d]))"
    r"(?![\w%]|[.,]\d)"
)

# Words that may follow "the current fiscal" when it stands for the fiscal year ("for the current
# fiscal, as planned"); any other word makes "fiscal" an adjective ("this fiscal policy").
_AFTER_FISCAL: Final = (
    r"(?:and|or|but|to|as|in|on|at|from|for|of|was|is|were|will|which|when|with|by|so|than|that"
    r"|ending|ended|compared|against|amid)(?![\w])"
)

#: The fiscal forms of the grammar (``grammar.RULES`` holds them, before "fiscal_year").
FISCAL_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        name="first_months_fiscal",
        pattern=(
            rf"{THE_FIRST}\s{{1,3}}(?P<n>{CARDINAL})\s{{1,3}}months\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?"
            + FISCAL_TAIL
        ),
        read=read_first_months_fiscal,
        cues=(CueKind.RELATIVE,),
        literals=("months of",),
        examples=(
            Example(
                "The U.S. deficit in the first nine months of fiscal year 2025 rose.",
                "first nine months of fiscal year 2025",
                "2024-10/2025-06",
            ),
            Example(
                "India's tax take in the first seven months of 2024-25 rose.",
                "first seven months of 2024-25",
                "2024-04/2024-10",
            ),
            Example(
                "U.S. outlays in the first three months of this budget year set records.",
                "first three months of this budget year",
                "2024-10/2024-12",
            ),
        ),
    ),
    Rule(
        name="year_fiscal",
        pattern=(
            rf"(?<![\w])(?:current\s{{1,3}})?(?P<y>{YEAR})(?:[-/](?P<y2>\d{{4}}|\d\d)(?![\d]))?"
            r"\s{1,3}(?:fiscal|financial|budget)\s{1,3}year(?![\w])"
        ),
        read=read_year_fiscal,
        cues=(CueKind.NUMBER,),
        literals=("fiscal year", "financial year", "budget year"),
        examples=(
            Example(
                "The U.S. deficit for the current 2020 budget year will top $1 trillion.",
                "current 2020 budget year",
                "2019-10/2020-09",
            ),
            Example(
                "Canada's deficit in the 2023 fiscal year narrowed.", "2023 fiscal year", "2022-04/2023-03"
            ),
        ),
    ),
    Rule(
        name="relative_fiscal",
        pattern=(
            r"(?<![\w])(?P<rel>this|last|next|previous|prior|current|coming|following)\s{1,3}fiscal"
            rf"(?![\w-]|\s{{1,3}}(?!{_AFTER_FISCAL})[a-z])"
        ),
        read=read_relative_fiscal,
        cues=(CueKind.RELATIVE,),
        literals=("fiscal",),
        hint="fiscal",
        examples=(
            Example(
                "The target for the current fiscal is 4.9% of GDP, India's finance ministry said.",
                "current fiscal",
                "2024-04/2025-03",
            ),
            Example("Indian car sales rose 8% last fiscal.", "last fiscal", "2023-04/2024-03"),
        ),
    ),
)
