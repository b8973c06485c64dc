"""The article decides: comparisons anchor on the period under discussion.

News compares a figure with "a year earlier", "the same period last year", "the previous
month" or "three months prior": not a year before the publication date, but a year before
the period the sentence is about ("exports rose 5% in May from a year earlier": May of last
year). After the grammar has read every date of a text, ``anchor_comparisons`` walks them in
order, keeps the period under discussion (the last date the text states: "in May",
"January-August 2023", "the third quarter", "fiscal 2024"), and reads each comparison
against it, at its granularity. A comparison with no period before it keeps its reading
against the reference date. Deictic forms ("last year", "two years ago", "on Monday") are
read against the reference date, at their natural granularity ("two years ago" is a year).

Each date so read says which anchor it used, as a ``Basis``:

* ``date.anchor.previous``: the period under discussion, its span the evidence;
* ``date.anchor.reference``: the reference date (no evidence span).
* ``date.anchor.dateline``: the reference date read from the dateline (its date's span).

>>> import datetime as dt
>>> from geoecon.dates.scanner import scan
>>> text = "Exports rose 5% in May from a year earlier."
>>> dates = scan(text, text, dt.date(2021, 6, 10), False)
>>> [(d.text, d.value, d.basis[0].rule if d.basis else None) for d in dates]
[('May', '2021-05', 'date.anchor.reference'), ('a year earlier', '2020-05', 'date.anchor.previous')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final, NamedTuple, Protocol

from geoecon._mention import Basis, Granularity
from geoecon.dates.calendar import Period, add_months, last_day
from geoecon.dates.vocabulary import CARDINAL, number_of

__all__ = [
    "ANCHOR_DATELINE",
    "ANCHOR_FUTURE",
    "ANCHOR_PREVIOUS",
    "ANCHOR_REFERENCE",
    "REFERENCE_BASIS",
    "Comparison",
    "anchor_comparisons",
    "comparison_of",
    "date_basis",
    "future_cue_near",
    "shift_period",
]

G = Granularity

ANCHOR_PREVIOUS: Final = "date.anchor.previous"
ANCHOR_REFERENCE: Final = "date.anchor.reference"
#: The reference date was read from the text's dateline (``reference_date="dateline"``).
ANCHOR_DATELINE: Final = "date.anchor.dateline"
ANCHOR_FUTURE: Final = "date.anchor.future"

# Words that put a clause in the future: "will meet on Tuesday", "is expected to ... in June",
# "a meeting set for June 15-16", "bonds which mature in June", "due on March 3".
_FUTURE: Final = re.compile(
    r"(?<![\w'])(?:will|shall|won't|'ll|(?:is|are)\s{1,3}(?:expected|set|scheduled|due|slated|poised|likely)\s{1,3}to"
    r"|expects?\s{1,3}to|plans\s{1,3}to|planning\s{1,3}to|planned\s{1,3}for|set\s{1,3}for|scheduled\s{1,3}for|due\s{1,3}(?:on|in|by)"
    r"|matures?|maturing|maturity|upcoming|forthcoming|(?:is|are)\s{1,3}to"
    # a schedule in the present tense: "the committee meets on Wednesday", "the offer ends on Feb. 14"
    # ("Qtr ends Dec 31" heads a table of results: "ends" only before "on")
    r"|meets|convenes|publishes|ends(?=\s{1,3}on\s)|expires|begins|starts|takes\s{1,3}effect)(?![\w'])"
)
# What ends a clause's future ("said", a sentence end) between the cue and the date.
_TENSE_BREAK: Final = re.compile(r"[.;!?]\s|\n|\b(?:said|told|announced|reported|added|was|were|had)\b")
# A date that opens its clause: "...; on January 2, ..." (a boundary, then at most two words).
_OPENS_CLAUSE: Final = re.compile(r"(?:^|[;:.,\n]\s{0,3}|\n)(?:[a-z]{1,8}\s{1,3}){0,2}$")
_FUTURE_BEFORE: Final = 60  # a cue this far before the date ("will meet on Tuesday")
_FUTURE_AFTER: Final = 40  # or this far after it ("on January 2, a new limit will be set")


def future_cue_near(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """The future cue of the clause of ``start:end``, if any: close before or after, nothing between.

    >>> norm = "the fed will meet on tuesday; it said on monday."
    >>> future_cue_near(norm, 21, 28), future_cue_near(norm, 40, 46)
    ((8, 12), None)
    """
    lo = start - _FUTURE_BEFORE if start > _FUTURE_BEFORE else 0
    for m in _FUTURE.finditer(norm, lo, end + _FUTURE_AFTER):
        s, e = m.span()
        if e <= start:
            if _TENSE_BREAK.search(norm, e, start) is None:
                return (s, e)
        elif (
            s >= end
            and norm.startswith(",", end)
            and _OPENS_CLAUSE.search(norm, start - 16 if start > 16 else 0, start) is not None
            and _TENSE_BREAK.search(norm, end, s) is None
        ):
            return (s, e)  # "on January 2, a new limit will be set": a date opening the clause
    return None


_RANK: Final = {G.DAY: 0, G.WEEK: 1, G.MONTH: 2, G.QUARTER: 3, G.YEAR: 4, G.DECADE: 5}
_UNIT_MONTHS: Final = {"month": 1, "quarter": 3, "year": 12, "yr": 12}
_UNIT_RANK: Final = {"day": 0, "week": 1, "fortnight": 1, "month": 2, "quarter": 3, "year": 4, "yr": 4}

# Periods "a year ago" does not compare with (it is deictic after them).
_NOT_AGO: Final = frozenset({G.YEAR, G.DAY, G.DECADE})
# "a year ago" alone is a comparison only this close after the period under discussion.
_AGO_REACH: Final = 400

_MAYBE: Final = re.compile("same|year-ago|previous|prior|preceding|following|ago|earlier|later|before|back")
_SINCE: Final = re.compile(r"\bsince\s{1,3}$")
_SAME_UNIT: Final = re.compile(r"\b(month|quarter|week|day)\b")
_SAME: Final = re.compile(
    r"(?:the\s{1,3})?(?:same|year-ago)\b.*?(?:(?:of|in)\s{1,3}(?P<y>\d{4})|(?P<fy>fiscal|financial)?\s{0,3}(?:year|yr)?\s{0,3}$)",
    re.DOTALL,
)
_PREVIOUS: Final = re.compile(
    r"(?:the\s{1,3})?(?P<rel>previous|prior|preceding|following)\s{1,3}(?P<fiscal>(?:fiscal|financial)\s{1,3})?"
    r"(?P<unit>month|quarter|qtr|year|yr|week)$"
)
_OFFSET: Final = re.compile(
    rf"(?:in\s{{1,3}})?(?P<n>{CARDINAL})\s{{1,3}}(?P<unit>day|week|fortnight|month|year)s?\s{{1,3}}(?P<dir>ago|earlier|later|prior|before|back)$"
)


class Comparison(NamedTuple):
    """What a comparison asks of the period under discussion: move it ``months`` (or ``days``)."""

    months: int  #: months to move it (negative: back)
    days: int  #: days to move it (for days and weeks)
    unit_rank: int  #: how fine the unit of the comparison is (``_RANK`` order)
    year: int | None  #: "the same month in 2021": that year, not a move
    weak: bool  #: "a year ago": a comparison only right after a stated period
    fiscal: bool = False  #: "the prior fiscal year": only after a (fiscal) year
    same_rank: int = -1  #: "the same month": the coarsest period it can follow (-1: any)
    whole_fiscal: bool = False  #: "the prior fiscal year": a whole fiscal year, even after a day


def comparison_of(text: str) -> Comparison | None:
    """The comparison a date's lower-cased surface makes, or ``None`` for any other date.

    >>> comparison_of("the same period last year")[:2]
    (-12, 0)
    >>> comparison_of("three months prior")[:2]
    (-3, 0)
    >>> comparison_of("last year") is None
    True
    """
    text = " ".join(text.split())
    if text.startswith(("same ", "the same ", "year-ago ")):
        m = _SAME.match(text)
        if m is None:
            return None
        named = _SAME_UNIT.search(text)
        rank = _UNIT_RANK[named.group(1)] if named is not None else -1
        if m["y"]:
            return Comparison(0, 0, 4, int(m["y"]), weak=False, same_rank=rank)
        return Comparison(-12, 0, 4, None, weak=False, fiscal=m["fy"] is not None, same_rank=rank)
    m = _PREVIOUS.match(text)
    if m is not None:
        sign = 1 if m["rel"] == "following" else -1
        unit = m["unit"]
        if unit == "week":
            return Comparison(0, 7 * sign, 1, None, weak=False)
        unit = {"qtr": "quarter", "yr": "year"}.get(unit, unit)
        fiscal = bool(m["fiscal"])
        return Comparison(
            sign * _UNIT_MONTHS[unit],
            0,
            _UNIT_RANK[unit],
            None,
            weak=False,
            fiscal=fiscal,
            whole_fiscal=fiscal and unit == "year",
        )
    m = _OFFSET.match(text)
    if m is not None:
        n = number_of(m["n"])
        if n is None:
            return None
        sign = 1 if m["dir"] == "later" else -1
        unit = m["unit"]
        if m["dir"] in {"ago", "back"} and not (n == 1 and unit == "year"):
            return None  # "two years ago", "three months ago": deictic
        weak = m["dir"] in {"ago", "back"}
        if unit in {"day", "week", "fortnight"}:
            return Comparison(
                0, sign * n * {"day": 1, "week": 7, "fortnight": 14}[unit], _UNIT_RANK[unit], None, weak
            )
        return Comparison(sign * n * _UNIT_MONTHS[unit], 0, _UNIT_RANK[unit], None, weak)
    return None


def shift_period(p: Period, months: int, days: int = 0) -> Period | None:
    """``p`` moved by whole months (or days), at its own granularity; ``None`` if it cannot be.

    >>> shift_period(Period.months(2023, 1, 2023, 8), -12).value
    '2022-01/2022-08'
    >>> shift_period(Period.quarter(2022, 3), -3).value
    '2022-Q2'
    >>> shift_period(Period.months(2024, 4, 2025, 3, G.YEAR), -12)[:2]
    ('2023-04/2024-03', <Granularity.YEAR: 'year'>)
    """
    if p.start is None or p.end is None or p.value is None or p.granularity is G.DECADE:
        return None
    g = p.granularity
    if days:
        if g is G.DAY and "/" not in p.value:
            return Period.day(p.start + dt.timedelta(days=days))
        if g is G.WEEK and "/" not in p.value:
            return Period.week(p.start + dt.timedelta(days=days))
        return None
    start = add_months(p.start, months)
    end_first = add_months(dt.date(p.end.year, p.end.month, 1), months)
    end = dt.date(end_first.year, end_first.month, last_day(end_first.year, end_first.month))
    if "/" in p.value:
        first, last = p.value.split("/", 1)
        if len(first) == 7 and len(last) == 7:  # month intervals
            return Period.months(start.year, start.month, end.year, end.month, g)
        if len(first) == 4 and len(last) == 4 and months % 12 == 0:
            return Period.years(start.year, end.year)
        if len(first) == 10 and len(last) == 10:
            s, e = add_months(p.start, months), add_months(p.end, months)
            return Period(f"{s.isoformat()}/{e.isoformat()}", g, s, e)
        return None
    if g is G.DAY:
        return Period.day(start)
    if g is G.WEEK:
        return Period.week(p.start + dt.timedelta(days=round(months * 30.4375)))
    if g is G.MONTH:
        return Period.month(start.year, start.month)
    if g is G.QUARTER:
        return Period.quarter(start.year, (start.month - 1) // 3 + 1)
    if months % 12:
        return None
    return Period.year(start.year)


class Spanned(Protocol):
    """A date as the grammar read it: its span and its period."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def res(self) -> Period: ...


class Dated(NamedTuple):
    """A date of the text as the context pass sees it: its span, its period, its basis."""

    start: int
    end: int
    res: Period
    basis: Basis | None


def _is_topic(p: Period, text: str) -> bool:
    """Whether a date states a period the text goes on to discuss (not "on Monday", "today")."""
    if p.value is None:
        return False
    if p.relative and p.granularity is G.DAY:
        return False
    return not text.endswith(("today", "yesterday", "tomorrow", "tonight"))


def anchor_comparisons(norm: str, dates: Sequence[Spanned], ref: dt.date | None = None) -> dict[int, Dated]:
    """The comparisons among the dates of a text, each read against the period under discussion.

    Args:
        norm: The lower-cased text.
        dates: Each date's ``start``, ``end`` and period (``res``), in order, as the grammar
            read them.
        ref: The reference date: "a year ago" never compares with a period after it.

    Returns:
        By index in ``dates``, each comparison changed: its span (without "the"), its period
        and its ``Basis``; a comparison with no period before it is changed only in span.
        Speed: a text without comparisons costs one regex call per date.

    >>> norm = "in march, exports fell from the previous month."
    >>> dates = [Dated(3, 8, Period.month(2024, 3), None), Dated(28, 46, Period.month(2025, 1), None)]
    >>> out = anchor_comparisons(norm, dates)
    >>> [(i, norm[d.start : d.end], d.res.value) for i, d in out.items()]
    [(1, 'previous month', '2024-02')]
    >>> out[1].basis
    Basis(rule='date.anchor.previous', evidence=(3, 8))
    """
    maybe = _MAYBE.search
    if not any(maybe(norm, d.start, d.end) for d in dates):
        return {}
    out: dict[int, Dated] = {}
    topic: Dated | None = None
    for index, date in enumerate(dates):
        first, end, res = date.start, date.end, date.res
        start, text = first, norm[first:end]
        cmp = comparison_of(text) if maybe(text) else None
        if cmp is not None and text.startswith("the") and text[3:4].isspace() and "following" not in text:
            start += 4  # "the previous month": the surface is "previous month"
            while norm[start] == " ":
                start += 1
        if cmp is not None and topic is not None:
            future = ref is not None and topic.res.start is not None and topic.res.start > ref
            moved = None if cmp.weak and future else _compare(topic, cmp, start, res)
            if moved is not None:
                dated = out[index] = Dated(
                    start, end, moved, Basis("date.anchor.previous", (topic.start, topic.end))
                )
                if cmp.year is not None:
                    topic = dated  # "the same month in 2017, when ... the preceding year"
                continue
        if start != first:
            out[index] = Dated(start, end, res, None)
        landmark = _SINCE.search(norm, first - 8 if first > 8 else 0, first) is not None
        if cmp is None and not landmark and _is_topic(res, text) and not _holds(topic, res, norm, first):
            topic = Dated(start, end, res, None)  # not after "since": "the lowest since June 2021"
    return out


# Between a period and the one it is part of: "(July-March) of the current fiscal year".
_PART_OF: Final = re.compile(r"\)?\s{0,3}(?:of|in)\s{1,3}(?:the\s{1,3})?$")


def _holds(topic: Dated | None, res: Period, norm: str, start: int) -> bool:
    """Whether ``res`` (at ``start``) only places the topic just before it: "X of Y" keeps X discussed."""
    if (
        topic is None
        or topic.res.start is None
        or topic.res.end is None
        or res.start is None
        or res.end is None
    ):
        return False
    if not (res.start <= topic.res.start and topic.res.end <= res.end):
        return False
    return start - topic.end <= 16 and _PART_OF.fullmatch(norm, topic.end, start) is not None


def date_basis(res: Period, tense: tuple[int, int] | None) -> tuple[Basis, ...]:
    """The basis of a date no comparison moved: the reference date (forward for a future cue), or none.

    >>> date_basis(Period.month(2025, 3, relative=True), (8, 12))
    (Basis(rule='date.anchor.future', evidence=(8, 12)),)
    >>> date_basis(Period.month(2025, 3), None)
    ()
    """
    if not res.relative or res.value is None:
        return ()
    if tense is not None:
        return (Basis("date.anchor.future", tense),)
    return _REFERENCE


REFERENCE_BASIS: Final = (Basis("date.anchor.reference"),)
_REFERENCE: Final = REFERENCE_BASIS


def _compare(topic: Dated, cmp: Comparison, at: int, own: Period | None = None) -> Period | None:
    """The period ``cmp`` names, read against the period under discussion (``None``: cannot).

    ``own`` is the comparison as read alone: "the prior fiscal year" after a day or a month is
    the fiscal year before the one holding it, under the convention its own reading used.
    """
    p = topic.res
    if p.start is None:
        return None
    g_rank = _RANK[p.granularity]
    if cmp.whole_fiscal and p.granularity is not G.YEAR and own is not None and own.start is not None:
        first = own.start.month if own.granularity is G.YEAR and own.value and "/" in own.value else 1
        begins = p.start.year if p.start.month >= first else p.start.year - 1
        y1 = begins + cmp.months // 12
        if first == 1:
            return Period.year(y1)
        return Period.months(y1, first, y1 + 1, first - 1, G.YEAR)
    if cmp.weak and (
        at - topic.end > _AGO_REACH or (p.granularity in _NOT_AGO and "/" not in (p.value or ""))
    ):
        return None  # "42 years ago" after "in 1971": read against the reference date
    if cmp.year is not None:
        return shift_period(p, 12 * (cmp.year - p.start.year))
    whole = (p.granularity is G.QUARTER and cmp.months % 3 == 0) or (
        p.granularity is G.YEAR and cmp.months % 12 == 0
    )
    if cmp.unit_rank < g_rank and not whole:
        return None  # "the previous month" after "2023": not a month of it
    return shift_period(p, cmp.months, cmp.days)


# --------------------------------------------------------------------------- years from the text

ANCHOR_PERIOD: Final = "date.anchor.period"
#: The rules whose relative dates lack only a year: "in March", "January 2", "the second quarter".
YEARLESS_RULES: Final = frozenset(
    {
        "month",
        "month_day",
        "day_month",
        "month_range",
        "day_range",
        "quarter",
        "half",
        "first_quarters",
        "first_months",
        "month_quarter",
        "week_of",
    }
)
_DEICTIC: Final = re.compile(r"\b(?:this|last|next|coming|past|previous|current|after\s{1,3}next)\b")
_YEAR_REACH: Final = 400  # a stated period this close before gives its year
_YEAR_NEAR: Final = 31  # to a reading at most this many days from it
_TOPIC_GRANULARITIES: Final = frozenset({G.DAY, G.WEEK, G.MONTH, G.QUARTER})
# Words before a date that make it a base or a landmark, not the period discussed: "up 6% from
# June 2019", "compared with", "higher than", "since May 2020".
_BASE: Final = re.compile(
    r"\b(?:from|than|with|to|over|versus|vs\.?|against|since|above|below|between|due|matur(?:e|es|ing|ity)"
    r"|expir(?:e|es|ing)|and)\s{1,3}(?:on\s{1,3}|in\s{1,3})?(?:the\s{1,3})?$"
)


class Ruled(Spanned, Protocol):
    """A date as the grammar read it, with the name of its rule and its basis so far."""

    @property
    def rule(self) -> str: ...
    @property
    def basis(self) -> Basis | None: ...


def _gap_days(a: Period, b: Period) -> int:
    """Days between two periods (0 when they overlap); a period without days is far."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return 1 << 20
    if a.end < b.start:
        return (b.start - a.end).days
    if b.end < a.start:
        return (a.start - b.end).days
    return 0


_BRACKET: Final = re.compile(r"\s{0,2}\(\s{0,2}")
_DURING: Final = re.compile(r"\s{1,3}(?:during|in)\s{1,3}")


def _gloss_of(norm: str, before: Ruled | None, date: Ruled) -> Dated | None:
    """A yearless date placed in the year right before it, read in that year.

    "2021/22 (July-June)": a month range in brackets glosses the (fiscal) year; "last year
    during April", "in 2019 in March": a month in the year just named.
    """
    if (
        before is not None
        and date.res.relative
        and date.res.start is not None
        and before.res.start is not None
        and before.res.granularity is G.YEAR
        and "/" not in (before.res.value or "/")
        and date.rule in YEARLESS_RULES
        and _DURING.fullmatch(norm, before.end, date.start) is not None
        and _BASE.search(norm, before.start - 16 if before.start > 16 else 0, before.start) is None
        and _DEICTIC.search(norm, date.start, date.end) is None
    ):
        moved = shift_period(date.res, 12 * (before.res.start.year - date.res.start.year))
        if moved is None or moved.value == date.res.value:
            return None
        return Dated(
            date.start,
            date.end,
            moved._replace(relative=True),
            Basis("date.anchor.period", (before.start, before.end)),
        )
    if (
        before is None
        or date.rule != "month_range"
        or not date.res.relative
        or date.res.start is None
        or before.res.start is None
        or before.res.end is None
        or before.res.granularity is not G.YEAR
        or _BRACKET.fullmatch(norm, before.end, date.start) is None
    ):
        return None
    moved = shift_period(date.res, 12 * (before.res.start.year - date.res.start.year))
    if moved is None or moved.start != before.res.start or moved.end != before.res.end:
        return None
    return Dated(
        date.start,
        date.end,
        moved._replace(relative=True),
        Basis("date.anchor.period", (before.start, before.end)),
    )


def anchor_years(norm: str, dates: Sequence[Ruled]) -> dict[int, Dated]:
    """Bare months, month-days, quarters and month ranges take their year from the period stated before.

    "The limit is suspended through January 1, 2025; on January 2, ..." is 2 January 2025, not
    the January 2 before the reference date. A yearless date (``YEARLESS_RULES``, read
    against the reference date) that follows a stated date (a day, week, month or quarter that
    writes its year; not a base "from June 2019" nor a landmark "since 2020") within 400
    characters, in the same paragraph, and lies before it, is read in the later year that puts
    it nearest to it, if that is at most 31 days from it; it records ``date.anchor.period`` and
    the stated date's span. A text about a later period moves its bare dates forward; one
    that looks back keeps the reference date's reading ("In June alone" after "the second
    half of 2023" in a story of August 2024 is June 2024).

    >>> norm = "the limit holds through january 1, 2025; on january 2, a new one is set."
    >>> class D(NamedTuple):
    ...     start: int
    ...     end: int
    ...     res: Period
    ...     rule: str
    ...     basis: Basis | None = None
    >>> dates = [D(24, 39, Period.day(dt.date(2025, 1, 1)), "month_day"),
    ...          D(44, 53, Period.day(dt.date(2024, 1, 2), relative=True), "month_day")]
    >>> out = anchor_years(norm, dates)
    >>> out[1].res.value, out[1].basis
    ('2025-01-02', Basis(rule='date.anchor.period', evidence=(24, 39)))
    """
    out: dict[int, Dated] = {}
    topic: Dated | None = None
    last: Ruled | None = None
    for index, date in enumerate(dates):
        res = date.res
        before, last = last, date
        if res.value is None or res.start is None:
            continue
        glossed = _gloss_of(norm, before, date)  # "2021/22 (July-June)": the months of that year
        if glossed is not None:
            out[index] = glossed
            continue
        if not res.relative:
            if (
                date.basis is None
                and (
                    res.granularity in _TOPIC_GRANULARITIES
                    or (res.granularity is G.MONTH and "/" in res.value)
                )
                and _BASE.search(norm, date.start - 16 if date.start > 16 else 0, date.start) is None
            ):
                topic = Dated(date.start, date.end, res, None)
            continue
        if (
            topic is None
            or topic.res.start is None
            or date.rule not in YEARLESS_RULES
            or date.basis is not None
            or date.start - topic.end > _YEAR_REACH
            or "\n\n" in norm[topic.end : date.start]
            or _DEICTIC.search(norm, date.start, date.end) is not None
        ):
            continue
        if topic.res.start <= res.start:
            continue  # the reference date's reading is not before the period discussed: kept
        best: tuple[int, Period] | None = None
        for k in (0, 1):
            years = topic.res.start.year + k - res.start.year
            if years > 1:
                continue  # a year on at most: a far date is a maturity or a plan, not the story's period
            moved = shift_period(res, 12 * years)
            if moved is None or moved.start is None:
                continue
            gap = _gap_days(moved, topic.res)
            if best is None or gap < best[0]:
                best = (gap, moved)
        if best is None or best[0] > _YEAR_NEAR or best[1].value == res.value:
            continue
        out[index] = Dated(
            date.start,
            date.end,
            best[1]._replace(relative=True),
            Basis("date.anchor.period", (topic.start, topic.end)),
        )
    return out


# --------------------------------------------------------------------------- dates that say nothing new

# A weekday in apposition: "October 1, 2023, a Sunday".
_APPOSITION: Final = re.compile(r",\s{1,3}(?:a|which\s{1,3}(?:was|is))\s{1,3}")
_WEEKDAY_RULES: Final = frozenset({"weekday"})
_UNIT_OF: Final = {"day": G.DAY, "week": G.WEEK, "month": G.MONTH, "year": G.YEAR}


def restated(norm: str, dates: Sequence[Ruled]) -> set[int]:
    """The indexes of dates that only restate one before them, and are no mention of their own.

    A weekday in apposition to the day before it ("due on October 1, 2023, a Sunday"), and "the
    month", "the year" after a stated month or year ("when Ramazan was observed in the
    month"): the text points back to a date it has given.

    >>> class D(NamedTuple):
    ...     start: int
    ...     end: int
    ...     res: Period
    ...     rule: str
    ...     basis: Basis | None = None
    >>> norm = "prices rose in april, when demand peaked in the month."
    >>> dates = [D(14, 19, Period.month(2022, 4), "month"), D(44, 53, Period.month(2022, 5), "the_period")]
    >>> restated(norm, dates)
    {1}
    """
    out: set[int] = set()
    seen: set[Granularity] = set()
    for index, date in enumerate(dates):
        if date.rule == "the_period":
            unit = _UNIT_OF.get(norm[date.start : date.end].rsplit(maxsplit=1)[-1])
            if unit is not None and unit in seen:
                out.add(index)
                continue
        elif (
            date.rule in _WEEKDAY_RULES
            and index
            and dates[index - 1].res.granularity is G.DAY
            and not dates[index - 1].res.relative
            and _APPOSITION.fullmatch(norm, dates[index - 1].end, date.start) is not None
        ):
            out.add(index)
            continue
        if date.res.value is not None and ("/" not in date.res.value or date.res.granularity is G.YEAR):
            seen.add(date.res.granularity)  # a fiscal year is a year the text states
    return out
