"""Named days and periods: "Christmas", "Thanksgiving of 2015", "last Easter", "Ramadan", "Diwali 2019".

The names and the rule each follows are the table ``geoecon._tables.holidays``; this room
computes their days and reads them in the text. A holiday with a year ("Christmas 2013",
"Thanksgiving of next year", "Eid al-Fitr in 2018") is that year's. Without one, news means
the one nearest to the reference date, before or after it (a story of late February is about
the Easter coming in April, one of early January about the Christmas just past; the earlier
on a tie); the next one with ``prefer_dates_from="future"`` or in a clause about the future
("will", as the dates package reads it). "last" and "next" are the one before or after the
reference date, "this" the one of its year (the coming one with the future preference). "in 9
months", "3 years ago" and "six years hence" after the name move the reference date first;
"two days before Christmas" moves the day.

Fixed days, the n-th weekday days (Thanksgiving, Labor Day) and the days counted from Easter
need nothing: Easter is the computus. The lunar and lunisolar days (Islamic, Chinese, Hebrew,
Hindu) come from the ``holidays`` package, the optional extra ``geoecon[holidays]``; without it
they are not read at all (a year written after one is then read as that year).

Which country's day: "Independence Day", "Labor Day" and "Golden Week" take the caller's
``country`` hint when the table knows that country's day, else the country cued nearest within
a few sentences, else the table's default (the US; Japan for Golden Week); the choice records
the basis ``date.holiday.country``. "Easter Island", "Christmas Island" and a bare "Eid" are
not dates.

Speed: the scanner calls this room only near a holiday cue word (``_tables.holidays.CUES``,
found in the one pass that finds every date cue) or in a text that holds "new year"; the names
are then looked for in those windows of text only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final, NamedTuple

from geoecon._mention import Basis, Granularity
from geoecon._tables.holidays import (
    COUNTRY_CUES,
    HOLIDAYS,
    Easter,
    Fixed,
    FixedSpan,
    Holiday,
    Library,
    NthWeekday,
)
from geoecon.dates.calendar import Period, add_months, safe_date
from geoecon.dates.context import future_cue_near

if TYPE_CHECKING:
    from geoecon._tables.holidays import DayRule
    from geoecon.dates.anchor import Anchor

__all__ = ["Found", "easter", "find_holidays", "library_available", "occurrences"]

G = Granularity

# --------------------------------------------------------------------------- the days


def easter(year: int, *, orthodox: bool = False) -> dt.date:
    """Easter Sunday of ``year``: the Gregorian computus, or the Julian one (Orthodox) in Gregorian dates.

    Meeus, *Astronomical Algorithms*, ch. 8 (the anonymous Gregorian algorithm; the Julian
    algorithm, moved to the Gregorian calendar by the 13 days of 1900-2099).

    >>> easter(2013), easter(2018, orthodox=True)
    (datetime.date(2013, 3, 31), datetime.date(2018, 4, 8))
    """
    if orthodox:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        julian_gap = year // 100 - year // 400 - 2  # 13 days in 1900-2099
        return dt.date(year, month, day + 1) + dt.timedelta(days=julian_gap)
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@lru_cache(maxsize=1)
def library_available() -> bool:
    """Whether the ``holidays`` package (the extra ``geoecon[holidays]``) can be imported (asked once)."""
    try:
        import holidays  # noqa: F401, PLC0415 - optional
    except ImportError:
        return False
    return True


@lru_cache(maxsize=256)
def _library_days(country: str, year: int) -> dict[str, tuple[dt.date, ...]]:
    """The days of one country's holidays in ``year``, by English name (``{}`` without the package)."""
    try:
        import holidays  # noqa: PLC0415 - optional, slow to import
    except ImportError:
        return {}
    import warnings  # noqa: PLC0415

    base = holidays.country_holidays(country)
    languages = base.supported_languages or ()
    with warnings.catch_warnings():  # the package warns of estimated or unsupported years
        warnings.simplefilter("ignore")
        try:
            days = holidays.country_holidays(
                country,
                years=year,
                categories=base.supported_categories,
                language="en_US" if "en_US" in languages else None,
            )
        except (NotImplementedError, ValueError, KeyError):  # pragma: no cover - a year it refuses
            return {}
        by_name: dict[str, list[dt.date]] = {}
        for day, names in sorted(days.items()):
            for name in names.split("; "):
                by_name.setdefault(name.removesuffix(" (estimated)"), []).append(day)
    return {name: tuple(found) for name, found in by_name.items()}


def _nth_weekday(year: int, rule: NthWeekday) -> dt.date:
    if rule.n > 0:
        first = dt.date(year, rule.month, 1)
        day = first + dt.timedelta(days=(rule.weekday - first.weekday()) % 7 + 7 * (rule.n - 1))
    else:
        last = add_months(dt.date(year, rule.month, 1), 1) - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - rule.weekday) % 7)
    return day + dt.timedelta(days=rule.offset)


def _fixed(year: int, rule: Fixed) -> dt.date | None:
    day = safe_date(year, rule.month, rule.day)
    if day is None:
        return None
    wd = day.weekday()
    if rule.move == "weekday" and wd >= 5:  # Saturday: the Friday before; Sunday: the Monday after
        return day + dt.timedelta(days=-1 if wd == 5 else 1)
    if rule.move == "not_sunday" and wd == 6:
        return day - dt.timedelta(days=1)
    return day


def occurrences(rule: DayRule, year: int) -> list[tuple[dt.date, dt.date]]:
    """The first and last day of each time the holiday of ``rule`` falls in ``year`` (by its first day).

    An Islamic holiday may fall twice in a Gregorian year, or not at all; a day the ``holidays``
    package does not give (without it, or out of its range) is not there.

    >>> from geoecon._tables.holidays import NthWeekday, Easter
    >>> occurrences(NthWeekday(11, 3, 4), 2013), occurrences(Easter(-47), 2013)[0][0]
    ([(datetime.date(2013, 11, 28), datetime.date(2013, 11, 28))], datetime.date(2013, 2, 12))
    """
    if year < 1 or year > 9998:
        return []
    if isinstance(rule, Fixed):
        day = _fixed(year, rule)
        return [] if day is None else [(day, day)]
    if isinstance(rule, FixedSpan):
        return [(dt.date(year, rule.month, rule.day), dt.date(year, rule.end_month, rule.end_day))]
    if isinstance(rule, NthWeekday):
        day = _nth_weekday(year, rule)
        return [(day, day)]
    if isinstance(rule, Easter):
        day = easter(year, orthodox=rule.orthodox) + dt.timedelta(days=rule.offset)
        return [(day, day)]
    return _library_occurrences(rule, year)


def _library_occurrences(rule: Library, year: int) -> list[tuple[dt.date, dt.date]]:
    found = _library_days(rule.country, year).get(rule.name, ())
    shift = dt.timedelta(days=rule.offset)
    firsts: list[dt.date] = []
    for day in found:  # a holiday of several days ("Hanukkah", "Pesach holiday"): its first day
        if not firsts or ((day - firsts[-1]).days > 1 and day - dt.timedelta(days=1) not in found):
            firsts.append(day)
    out = []
    for first in firsts:
        start = first + shift
        if rule.until:
            later = [d for y in (year, year + 1) for d in _library_days(rule.country, y).get(rule.until, ())]
            ends = [d for d in later if d > start]
            if not ends:
                continue
            out.append((start, min(ends) - dt.timedelta(days=1)))
        else:
            out.append((start, start))
    return out


def _period(span: tuple[dt.date, dt.date], *, relative: bool, by_month: bool = False) -> Period:
    start, end = span
    if by_month:  # "Ramadan": the months it falls in (its first day varies by a day or two by country)
        if (start.year, start.month) == (end.year, end.month):
            return Period.month(start.year, start.month, relative=relative)
        return Period.months(start.year, start.month, end.year, end.month, relative=relative)
    if start == end:
        return Period.day(start, relative=relative)
    return Period(f"{start.isoformat()}/{end.isoformat()}", G.DAY, start, end, relative)


# --------------------------------------------------------------------------- reading the text


def _names_body() -> str:
    """Every name form, grouped by its first letter (in the table's order within a group)."""
    rests: dict[str, list[str]] = {}
    for holiday in HOLIDAYS:
        for name in holiday.names:
            rests.setdefault(name[0], []).append(name[1:])
    return "|".join(f"{c}(?:{'|'.join(r)})" for c, r in rests.items())


class _Patterns(NamedTuple):
    names: re.Pattern[str]  #: every name, after the character before it
    names_at_start: re.Pattern[str]  #: every name, at the text's start
    one_name: tuple[tuple[Holiday, re.Pattern[str]], ...]  #: each holiday's names
    countries: re.Pattern[str]  #: the country cues, a group each


@cache
def _patterns() -> _Patterns:
    """The patterns, compiled on the first holiday cue (Speed: 20 ms of import time saved).

    The names open with the character before the name, so that ``re`` skips in C to the
    characters that are not letters (a name at the text's start is looked for apart).
    """
    body = _names_body()
    return _Patterns(
        names=re.compile(f"[^a-z](?P<name>{body})(?![a-z])"),
        names_at_start=re.compile(f"(?:{body})(?![a-z])"),
        one_name=tuple((h, re.compile("|".join(f"(?:{n})" for n in h.names))) for h in HOLIDAYS),
        countries=re.compile(
            r"(?<![a-z])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in COUNTRY_CUES.items()) + r")(?![a-z])"
        ),
    )


_NUM: Final = r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WORD_NUMBERS: Final = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
_TENS: Final = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_SPELLED_YEAR: Final = (
    r"two\s{1,3}thousand(?:\s{1,3}and)?(?:\s{1,3}(?P<sy>(?:twenty|thirty|forty|fifty)(?:[\s-]{1,3}"
    r"(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?"
)
# What may follow a name: a year, a year relative to the reference date, or a move of it.
_AFTER: Final = re.compile(
    r",?\s{1,3}(?:(?:of|in)\s{1,3})?(?P<year>(?:1[5-9]|20)\d\d)(?![\d%,.]\d|\d|%)"
    r"|\s{1,3}(?:of|in)\s{1,3}(?P<rel>last|next|this)\s{1,3}year(?![a-z])"
    rf"|\s{{1,3}}(?:(?:of|in)\s{{1,3}})?(?P<spelled>{_SPELLED_YEAR})(?![a-z])"
    rf"|\s{{1,3}}in\s{{1,3}}(?P<n>{_NUM})\s{{1,3}}(?P<unit>months?|years?)(?![a-z])"
    rf"|\s{{1,3}}(?P<n2>{_NUM})\s{{1,3}}(?P<unit2>months?|years?)\s{{1,3}}(?P<dir>ago|from\s{{1,3}}now|hence)(?![a-z])"
)
# "the Lunar New Year holiday in 2019": the year is a date of its own, and the holiday's year.
_HOLIDAY_IN_YEAR: Final = re.compile(
    r"\s{1,3}(?:holidays?|festival|break|period|season|week|celebrations?)\s{1,3}(?:of|in)\s{1,3}"
    r"(?P<year>(?:19|20)\d\d)(?![\d%])"
)
# What may come before a name: "last", "next", "this"; "two days before".
_BEFORE: Final = re.compile(
    rf"(?:(?<![a-z])(?P<rel>last|next|this|coming|upcoming|past|previous)\s{{1,3}}"
    rf"|(?<![a-z])(?P<n>{_NUM})\s{{1,3}}days?\s{{1,3}}(?P<dir>before|after|from)\s{{1,3}})$"
)
_BEFORE_REACH: Final = 24
_COUNTRY_REACH: Final = 400  # how far a country cue may be from the name ("Independence Day")


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return 1 if word in {"a", "an"} else _WORD_NUMBERS[word]


def _spelled_year(m: re.Match[str]) -> int:
    rest = m.group("sy")
    if rest is None:
        return 2000
    words = rest.replace("-", " ").split()
    return 2000 + _TENS.get(words[0], 0) + sum(_WORD_NUMBERS.get(w, 0) for w in words)


class Found(NamedTuple):
    """A holiday read in the text: its span, period, basis (if a country was chosen) and future cue."""

    start: int
    end: int
    period: Period
    basis: Basis | None
    tense: tuple[int, int] | None


def _rule_for(holiday: Holiday, norm: str, start: int, country: str | None) -> tuple[DayRule, Basis | None]:
    """The rule of the country the holiday is of: the hint, else the nearest cue, else the default."""
    if not holiday.by_country:
        return holiday.rule, None
    rules = dict(holiday.by_country)
    if country is not None:
        rule = rules.get(country, rules.get("*"))
        if rule is not None:
            return rule, Basis("date.holiday.country")
    lo = start - _COUNTRY_REACH if start > _COUNTRY_REACH else 0
    best: tuple[int, str, tuple[int, int]] | None = None
    for m in _patterns().countries.finditer(norm, lo, start + _COUNTRY_REACH):
        code = m.lastgroup or ""
        if code not in rules and "*" not in rules:
            continue
        distance = abs(m.start() - start)
        if best is None or distance < best[0]:
            best = (distance, code, m.span())
    if best is None:
        return holiday.rule, None
    return rules.get(best[1], rules.get("*", holiday.rule)), Basis("date.holiday.country", best[2])


def _around(rule: DayRule, year: int) -> list[tuple[dt.date, dt.date]]:
    """The holiday's occurrences from the year before ``year`` to the year after, in order."""
    return [span for y in (year - 1, year, year + 1) for span in occurrences(rule, y)]


def _resolve(
    rule: DayRule, anchor: Anchor, rel: str, after: re.Match[str] | None, year: int | None = None
) -> Period | None:
    """The holiday's period, from the year or move written after it, or from the reference date."""
    period = _resolve_days(rule, anchor, rel, after, year)
    if period is None or period.start is None or period.end is None:
        return period
    if isinstance(rule, Library) and rule.by_month:
        return _period((period.start, period.end), relative=period.relative, by_month=True)
    return period


def _resolve_days(
    rule: DayRule, anchor: Anchor, rel: str, after: re.Match[str] | None, year: int | None
) -> Period | None:
    if year is not None:  # "Lunar New Year holiday in 2019": the year read apart
        found = occurrences(rule, year)
        return _period(found[0], relative=False) if found else None
    if after is not None and after.group("year") is not None:
        found = occurrences(rule, int(after.group("year")))
        return _period(found[0], relative=False) if found else None
    if after is not None and after.group("spelled") is not None:
        found = occurrences(rule, _spelled_year(after))
        return _period(found[0], relative=False) if found else None
    ref = anchor.ref
    if ref is None:
        return Period.unresolved(G.DAY)
    if after is not None and after.group("rel") is not None:
        year = ref.year + {"last": -1, "next": 1, "this": 0}[after.group("rel")]
        found = occurrences(rule, year)
        return _period(found[0], relative=True) if found else None
    if after is not None:  # "a year ago", "in 9 months": the one of the moved date's year
        n = _number(after.group("n") or after.group("n2"))
        unit = after.group("unit") or after.group("unit2")
        if after.group("dir") == "ago":
            n = -n
        moved = add_months(ref, n * (12 if unit.startswith("y") else 1))
        found = occurrences(rule, moved.year)
        return _period(min(found, key=lambda s: _distance(s, moved)), relative=True) if found else None
    spans = _around(rule, ref.year)
    if rel in {"next", "coming", "upcoming"} or (rel in {"", "this"} and anchor.future):
        strict = rel == "next"
        ahead = [s for s in spans if (s[0] > ref if strict else s[1] >= ref)]
        return _period(ahead[0], relative=True) if ahead else None
    if rel == "this":
        this = [s for s in spans if s[0].year == ref.year]
        return _period(this[0], relative=True) if this else None
    if not rel:  # news: the nearest one, before or after (the earlier on a tie)
        return _period(min(spans, key=lambda s: _distance(s, ref)), relative=True) if spans else None
    behind = [s for s in spans if s[0] < ref]
    return _period(behind[-1], relative=True) if behind else None


def _distance(span: tuple[dt.date, dt.date], ref: dt.date) -> tuple[int, int]:
    """How far ``span`` is from ``ref`` in days (0: it holds ``ref``), the earlier first on a tie."""
    if span[0] > ref:
        return ((span[0] - ref).days, 1)
    return (max(0, (ref - span[1]).days), 0)


def _moved(period: Period, days: int) -> Period:
    if period.start is None or period.end is None:
        return period
    start = period.start + dt.timedelta(days=days)
    return _period((start, start), relative=period.relative)


def _holiday_of(norm: str, start: int, end: int) -> Holiday | None:
    """The holiday whose name the scan found at ``start:end`` (a name may look past its end)."""
    for holiday, pattern in _patterns().one_name:
        m = pattern.match(norm, start)
        if m is not None and m.end() == end:
            return holiday
    return None


def _names(norm: str, windows: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The spans of the holiday names that start in the windows, in order."""
    for ws, we in windows:
        pos = ws
        if ws == 0:
            first = _patterns().names_at_start.match(norm, 0, we)
            if first is not None:
                yield first.span()
                pos = first.end()
        for m in _patterns().names.finditer(norm, pos - 1 if pos > 0 else 0, we):
            yield m.span("name")


def find_holidays(
    norm: str, anchor: Anchor, country: str | None = None, windows: list[tuple[int, int]] | None = None
) -> list[Found]:
    """Every named day of the lower-cased text ``norm`` (or of its ``windows``), read against ``anchor``.

    The days may overlap other dates of the text: the scanner settles them.

    >>> import datetime as dt
    >>> from geoecon.dates.anchor import Anchor
    >>> text = "sales over thanksgiving 2015 and last christmas"
    >>> [(f.period.value, text[f.start : f.end]) for f in find_holidays(text, Anchor(dt.date(2016, 3, 1)))]
    [('2015-11-26', 'thanksgiving 2015'), ('2015-12-25', 'last christmas')]
    """
    out: list[Found] = []
    for name_start, name_end in _names(norm, [(0, len(norm))] if windows is None else windows):
        start, end = name_start, name_end
        holiday = _holiday_of(norm, start, end)
        if holiday is None:  # pragma: no cover - every scan match is some holiday's name
            continue
        rule, basis = _rule_for(holiday, norm, start, country)
        if isinstance(rule, Library) and not library_available():
            continue
        lo = start - _BEFORE_REACH if start > _BEFORE_REACH else 0
        before = _BEFORE.search(norm, lo, start)
        rel = ""
        days = 0
        if before is not None:
            if before.group("rel") is not None:
                rel = before.group("rel")
            else:
                days = _number(before.group("n")) * (-1 if before.group("dir") == "before" else 1)
            start = before.start()
        after = _AFTER.match(norm, end)
        year = None
        if after is not None:
            if rel and (after.group("year") or after.group("spelled") or after.group("rel")):
                after = None  # "last Christmas 2013": read "last Christmas" only
            else:
                end = after.end()
        elif not rel and (soft := _HOLIDAY_IN_YEAR.match(norm, end)) is not None:
            year = int(soft.group("year"))
        tense = None
        use = anchor
        if not anchor.future and anchor.ref is not None and not rel and after is None and year is None:
            tense = future_cue_near(norm, start, end)
            if tense is not None:
                use = anchor._replace(future=True)
        try:
            period = _resolve(rule, use, rel, after, year)
        except (ValueError, OverflowError):  # a year out of range
            period = None
        if period is None:
            continue
        if days:
            period = _moved(period, days)
        out.append(Found(start, end, period, basis, tense if period.relative else None))
    return out
