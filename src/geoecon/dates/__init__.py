"""Dates in news text, each resolved at the granularity the text gives it.

News rarely writes a full calendar date. It writes "in 2014", "February 2022",
"the third quarter", "fiscal 2025", "on Monday", "last year", "mid-2023" or
"the 1990s". ``find_dates`` reads each as a ``Date`` with its
ISO value, granularity and the first and last day it covers, never padded to a
fake day:

>>> import datetime as dt
>>> [(d.text, d.value, d.granularity.value) for d in find_dates("Russia began to occupy it in 2014.")]
[('2014', '2014', 'year')]
>>> d = parse_date("July 2018")
>>> d.value, d.start_date, d.end_date
('2018-07', datetime.date(2018, 7, 1), datetime.date(2018, 7, 31))

Relative expressions ("on Monday", "last year") need a ``reference_date``;
without one they are reported unresolved (``value is None``, ``relative=True``):

>>> parse_date("last year").value is None
True
>>> parse_date("last year", reference_date=dt.date(2025, 2, 24)).value
'2024'

Everything is read by geoecon's own grammar (compiled regular expressions whose
quantifiers are all bounded, so any text is scanned in linear time); dateparser
is not needed. See ``docs/dates.md`` for every supported form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from geoecon._mention import Date, Granularity, Mention
from geoecon._text import check_text, normalise
from geoecon.dates.anchor import Anchor
from geoecon.dates.around import (
    ASCII_LOWER,
    Around,
    modifier_before,
)
from geoecon.dates.calendar import (
    Period,
)
from geoecon.dates.days import (
    read_day_month,
    read_day_of_month,
    read_iso_date,
    read_month_day,
    read_month_slash_day,
    read_named_triple,
    read_nth_weekday,
    read_numeric_date,
    read_offset,
    read_on_the_nth,
    read_relative_day,
    read_weekday,
    read_weekday_the_nth,
    read_weekdays_away,
)
from geoecon.dates.gates import DAY_AFTER_MONTH, DIGIT_THEN_SEPARATOR, day_before_month
from geoecon.dates.periods import (
    read_compact_quarter,
    read_decade,
    read_first_months,
    read_fiscal_year,
    read_half,
    read_month,
    read_month_quarter,
    read_month_range,
    read_month_year,
    read_nth_week,
    read_numeric_month_year,
    read_quarter,
    read_relative_period,
    read_the_period,
    read_upcoming,
    read_week_number,
    read_week_of,
    read_year,
    read_year_dash_number,
    read_year_range,
)
from geoecon.dates.vocabulary import (
    CARDINAL,
    DAY,
    DAY_NUMBER,
    MODIFIERS,
    MONTH,
    MONTH_NAME,
    MONTH_STEP,
    MONTHS,
    ORDINAL,
    RELATIVE,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
)
from geoecon.errors import ParseError
from geoecon.options import Options

if TYPE_CHECKING:
    from geoecon._doc import Doc
    from geoecon.dates.rule import Reader

__all__ = ["find_dates", "parse_date"]

G = Granularity
_I: Final = re.IGNORECASE

_NOT_AFTER_NUM: Final = r"(?![\w%]|[.,:/-]\d)"


# --------------------------------------------------------------------------- patterns

_DAYYEAR_SEP: Final = r"(?:\s{0,3},\s{0,3}|\s{1,3}(?:of\s{1,3}|in\s{1,3})?)"
_WD_PREFIX: Final = rf"(?:(?P<wd>{WEEKDAY}),?\s{{1,3}})?"
_WD_SUFFIX: Final = rf"(?:,?\s{{1,3}}(?P<wd2>{WEEKDAY}))?"

_PATTERNS: Final[list[tuple[str, str, Reader]]] = [
    (
        "iso",
        rf"(?<![\d.])(?:{WEEKDAY},?\s{{1,3}})?(?P<y>{YEAR})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d])",
        read_iso_date,
    ),
    (
        "compact",
        # The lookbehind sits after the first digit ("1(?<!\d1)" == "(?<!\d)1") so that the
        # pattern opens with a literal and ``re`` skips ahead to a "1" or "2"; so below.
        r"(?P<y>(?:1(?<!\d1)9|2(?<!\d2)0)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>3[01]|[12]\d|0[1-9])(?![\d])",
        read_iso_date,
    ),
    (
        "named_triple",
        rf"(?<![\w.])(?:(?P<a>{MONTH_NAME}|\d{{1,4}})(?P<s>[-/])(?P<b>{MONTH_NAME}|\d{{1,4}})(?P=s)(?P<c>{MONTH_NAME}|\d{{1,4}}))(?![\w])",
        read_named_triple,
    ),
    (
        "mdy",
        (
            r"(?<![\w.,$/:-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
            + _NOT_AFTER_NUM
        ),
        read_numeric_date,
    ),
    (
        "md",
        r"(?<![\w.,$/:-])(?P<a>0?[1-9]|1[0-2]) ?(?P<sep>[/-]) ?(?P<b>3[01]|[12]\d|0?[1-9])" + _NOT_AFTER_NUM,
        read_month_slash_day,
    ),
    (
        "ym",
        (
            rf"(?P<pre>(?<![\w])(?:fy|fiscal(?:\s{{1,3}}year)?|financial\s{{1,3}}year)\s{{0,3}})?(?<![\w.,$/:-])(?P<y>{YEAR})(?P<sep>[-/])(?P<t>\d{{4}}|\d{{1,2}})(?![\w%]|[.,/:-]\d)"
            rf"(?P<fy>\s{{1,3}}(?:fiscal|financial)(?:\s{{1,3}}year)?)?"
        ),
        read_year_dash_number,
    ),
    (
        "my",
        rf"(?<![\w.,$/:-])(?P<m>0?[1-9]|1[0-2])[-/](?P<y>{YEAR})" + _NOT_AFTER_NUM,
        read_numeric_month_year,
    ),
    (
        "month_day",
        (
            rf"{_WD_PREFIX}(?P<mon>{MONTH})\s{{0,3}}(?:the\s{{1,3}})?(?P<day>{DAY})(?![.,]\d)"
            rf"(?:{_DAYYEAR_SEP}(?P<y>{YEAR}))?(?P<y2>)?{_WD_SUFFIX}"
        ),
        read_month_day,
    ),
    (
        "day_month",
        (
            rf"(?:(?P<the>the)\s{{1,3}})?(?P<day>{DAY}|(?:3[01]|[12]\d|0?[1-9])(?={MONTH_NAME}))(?:\s{{1,3}}day)?\s{{0,3}}(?:(?P<of>of)\s{{1,3}})?(?P<mon>{MONTH})"
            rf"(?:{_DAYYEAR_SEP}(?P<y>{YEAR})|(?:\s{{1,3}}(?P<yof>of\s{{1,3}})?|\s{{0,3}}')(?P<yy>\d\d)(?![\w%]|[.,]\d))?"
        ),
        read_day_month,
    ),
    (
        "month_year",
        (
            rf"(?P<mon>{MONTH})(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}(?:of\s{{1,3}})?|[-/]|\s{{1,3}}')(?P<y>{YEAR}|(?<=')\d\d(?![\d]))"
            + _NOT_AFTER_NUM
        ),
        read_month_year,
    ),
    ("year_month", rf"(?<![\w.,$-])(?P<y>{YEAR})\s{{1,3}}(?P<mon>{MONTH})(?![\w])", read_month_year),
    (
        "month_range",
        rf"(?P<m1>{MONTH})\s{{0,3}}(?P<conj>-|to|through|until|till|and)\s{{0,3}}(?P<m2>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR}))?",
        read_month_range,
    ),
    (
        "month_bare",
        rf"(?:(?P<rel>this|last|next|coming|past|previous)\s{{1,3}})?(?P<mon>{MONTH})(?:\s{{1,3}}(?P<after>after\s{{1,3}}next))?(?![\w-])",
        read_month,
    ),
    (
        "weekday",
        (
            rf"(?:(?P<rel>{RELATIVE})\s{{1,3}}(?:(?P<wrel>{RELATIVE})?\s{{0,3}}week(?:'s)?\s{{0,3}}-?\s{{0,3}})?)?(?P<wd>{WEEKDAY})"
            rf"(?:\s{{1,3}}(?:(?:of|from)\s{{1,3}}(?:the\s{{1,3}})?(?P<wrel2>{RELATIVE})\s{{1,3}}week|(?P<wrel3>this|last|next)\s{{1,3}}week|(?P<after>after\s{{1,3}}next)))?"
        ),
        read_weekday,
    ),
    (
        "weekday_rel_week",
        rf"(?P<wrel>{RELATIVE})\s{{1,3}}week(?:'s)?\s{{0,3}}-?\s{{0,3}}(?P<wd>{WEEKDAY})(?P<rel>)(?P<wrel2>)(?P<wrel3>)(?P<after>)",
        read_weekday,
    ),
    (
        "weekday_dom",
        rf"(?P<wd>{WEEKDAY}),?\s{{1,3}}(?:the\s{{1,3}})?(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w])|(?:3[01]|[12]\d|0?[1-9])(?![\w.,]|\s{{0,3}}[a-z0-9])|(?<=the\s){ORDINAL}|(?<=the\s\s){ORDINAL})",
        read_weekday_the_nth,
    ),
    (
        "on_the_nth",
        rf"o(?<!\wo)n\s{{1,3}}the\s{{1,3}}(?P<day>{DAY_NUMBER}|{ORDINAL})(?!\s{{0,3}}[\w(])",
        read_on_the_nth,
    ),
    (
        "nth_weekday",
        (
            rf"(?:the\s{{1,3}})?(?P<nth>{ORDINAL}|\d(?:st|nd|rd|th)|last)\s{{1,3}}(?P<wd>{WEEKDAY})\s{{1,3}}(?:of|in)\s{{1,3}}"
            rf"(?:(?P<mon>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR}))?|(?:the\s{{1,3}})?(?:(?P<mrel>this|last|next|previous|following|current)\s{{1,3}})?month)"
        ),
        read_nth_weekday,
    ),
    (
        "weekday_count",
        rf"(?P<n>{CARDINAL})\s{{1,3}}(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)days)\s{{1,3}}(?P<dir>from\s{{1,3}}now|ago|back|hence)",
        read_weekdays_away,
    ),
    (
        "day_of_rel_month",
        (
            rf"(?:the\s{{1,3}})?(?P<nth>{DAY_NUMBER}|{ORDINAL}|last)(?:\s{{1,3}}(?P<fromlast>last))?(?:\s{{1,3}}day)?\s{{1,3}}(?:of|in)\s{{1,3}}"
            r"(?:the\s{1,3})?(?:(?P<mrel>this|last|next|previous|following|current)\s{1,3})?month(?![\w])"
        ),
        read_day_of_month,
    ),
    (
        "last_day_of_month",
        rf"(?:the\s{{1,3}})?(?P<nth>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)|last)(?:\s{{1,3}}(?P<fromlast>last))?\s{{1,3}}day\s{{1,3}}(?:of|in)\s{{1,3}}(?P<mon>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR}))?(?P<mrel>)",
        read_day_of_month,
    ),
    (
        "week_of",
        rf"(?:the\s{{1,3}})?week\s{{1,3}}of\s{{1,3}}(?P<mon>{MONTH})\s{{0,3}}(?P<day>{DAY})(?:,?\s{{1,3}}(?P<y>{YEAR}))?",
        read_week_of,
    ),
    (
        "nth_week",
        (
            rf"(?:the\s{{1,3}})?(?P<nth>{ORDINAL}|\d(?:st|nd|rd|th)|last)(?:\s{{1,3}}(?P<fromlast>last))?\s{{1,3}}week\s{{1,3}}(?:of|in)\s{{1,3}}"
            rf"(?:(?P<mon>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR}))?|(?P<yonly>{YEAR})|(?:the\s{{1,3}})?(?:(?P<rel>this|last|next|previous|following|current)\s{{1,3}})?(?P<unit>month|year))"
        ),
        read_nth_week,
    ),
    (
        "week_number",
        rf"w(?<!\ww)eek\s{{1,3}}(?P<w>\d{{1,2}})(?![\w.,])(?:,?\s{{1,3}}(?:of\s{{1,3}})?(?P<y>{YEAR}))?",
        read_week_number,
    ),
    (
        "rel_day",
        (
            r"(?<![\w])(?:(?:the\s{1,3})?day\s{1,3}(?:after\s{1,3}tomorrow|before\s{1,3}yesterday)|today|tonight|yesterday|tomorrows?|otd"
            r"|the\s{1,3}day\s{1,3}(?:before|after)(?=\s{0,3}[.?!,;]|\s{0,3}$)|the\s{1,3}(?:previous|next|following)\s{1,3}day)(?![\w])"
        ),
        read_relative_day,
    ),
    (
        "offset",
        (
            rf"(?<![\w])(?:(?P<in>in)\s{{1,3}})?(?P<n>{CARDINAL})\s{{1,3}}(?P<unit>days?|weeks?|fortnights?|months?|years?)"
            r"(?:\s{1,3}(?P<dir>ago|earlier|later|back|hence|from\s{1,3}(?:now|today)|after\s{1,3}today|before\s{1,3}today))?(?![\w-])"
        ),
        read_offset,
    ),
    (
        "rel_period",
        (
            r"(?<![\w])(?:the\s{1,3})?(?P<rel>this|last|next|past|previous|current|coming|following|upcoming)\s{1,3}"
            r"(?P<fiscal>(?:calendar|fiscal|financial)\s{1,3})?(?P<unit>week|month|year|yr|quarter|qtr)(?![\w-])"
        ),
        read_relative_period,
    ),
    (
        "the_period",
        r"t(?<!\wt)he\s{1,3}(?P<unit>day|week|month|year)(?![\w-]|\s{0,3}\d|\s{1,3}(?:before|after|of|in|to|ahead|earlier|ago|on|and)\b)",
        read_the_period,
    ),
    (
        "upcoming",
        rf"(?<![\w])(?:upcoming\s{{1,3}}(?P<n>{CARDINAL})\s{{1,3}}(?P<unit>days?|weeks?|months?|quarters?|years?)|(?P<n2>{CARDINAL})\s{{1,3}}upcoming\s{{1,3}}(?P<unit2>days?|weeks?|months?|quarters?|years?))(?![\w])",
        read_upcoming,
    ),
    (
        "quarter",
        (
            rf"(?<![\w])(?:the\s{{1,3}})?(?:fiscal\s{{1,3}})?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]{{1,3}}(?:fiscal\s{{1,3}}|calendar\s{{1,3}})?(?:quarter|qtr)(?![\w])"
            rf"(?:(?:\s{{1,3}}of|,)?\s{{1,3}}(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s{{1,3}}year)|\s{{0,3}}'(?P<y2>\d\d))?"
        ),
        read_quarter,
    ),
    (
        "quarter_q",
        rf"q(?<!\wq)(?P<q>[1-4])(?:\s{{0,3}}[-/]?\s{{0,3}}(?P<y>{YEAR})|\s{{0,3}}(?P<y2>'\d\d))?(?![\w])(?P<yrel>)",
        read_quarter,
    ),
    (
        "quarter_yq",
        # "(?<![\w])(?P<y>{YEAR}|\d\d)" with the first digit taken first, the rest of each branch after it.
        r"(?P<y>\d(?<!\w\d)(?:(?<=1)[6-9]\d\d(?![\d])|(?<=2)0\d\d(?![\d])|\d))\s{0,3}-?\s{0,3}q(?P<q>[1-4])(?![\w])",
        read_compact_quarter,
    ),
    ("quarter_nq", rf"(?P<q>[1-4](?<!\w[1-4]))q\s{{0,3}}(?P<y>{YEAR}|'?\d\d)(?![\w])", read_compact_quarter),
    (
        "month_quarter",
        rf"t(?<!\wt)he\s{{1,3}}(?P<mon>{MONTH})(?:\s{{1,3}}(?:-\s{{0,3}})?)?quarter(?![\w])(?:\s{{1,3}}of\s{{1,3}}(?P<y>{YEAR}))?",
        read_month_quarter,
    ),
    (
        "half",
        (
            rf"(?<![\w])(?:the\s{{1,3}})?(?P<h>first|second|1st|2nd)[\s-]{{1,3}}half(?![\w])"
            rf"(?:(?:\s{{1,3}}of|,)?\s{{1,3}}(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s{{1,3}}year))?"
        ),
        read_half,
    ),
    (
        "half_h",
        rf"h(?<!\wh)(?P<h>[12])\s{{0,3}}[-/]?\s{{0,3}}(?P<y>{YEAR}|'\d\d)(?![\w])(?P<yrel>)",
        read_half,
    ),
    ("half_nh", rf"(?P<h>[12](?<!\w[12]))h\s{{0,3}}(?P<y>{YEAR}|'?\d\d)(?![\w])(?P<yrel>)", read_half),
    (
        "first_months",
        (
            rf"(?<![\w])(?:the\s{{1,3}})?first\s{{1,3}}(?P<n>{CARDINAL})\s{{1,3}}months(?![\w])"
            rf"(?:(?:\s{{1,3}}of|,)?\s{{1,3}}(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s{{1,3}}year))?"
        ),
        read_first_months,
    ),
    (
        "fiscal",
        rf"f(?<!\wf)(?:y|(?:iscal|inancial)(?:\s{{1,3}}year)?)\s{{0,3}}(?P<y>{YEAR}|'?\d\d)(?![\d])(?:[-/](?P<y2>\d{{4}}|\d\d)(?![\d]))?(?![\w%]|[.,]\d)",
        read_fiscal_year,
    ),
    (
        "decade",
        r"(?<![\w$])(?:(?P<apos>')?(?P<d>(?:1[89]|20)\d0|\d0)'?s|(?:the\s{1,3})(?:(?P<cent>19|20)\s{0,3})?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])",
        read_decade,
    ),
    (
        "year",
        # Without "AD", four digits, 19xx or 20xx in ASCII digits (``read_year`` reads other
        # digits): the conditional rules out in the engine what the handler refuses, so a
        # list of small numbers costs no handler call each.
        (
            r"(?P<y>\d(?<![\w$#@/.,:']\d)\d{0,3})(?:\s{1,3}(?P<ad>a\.?d\.?(?![\w])))?"
            r"(?(ad)|(?:(?<=(?:19|20)\d\d)|(?<=\d{4})(?<![0-9]{4})))(?![\w%]|[.,:/]\d|-\d)"
        ),
        read_year,
    ),
    (
        "year_range",
        (
            r"(?P<y1>(?:1(?<![\w$#@/.,:'-]1)[6-9]\d\d|2(?<![\w$#@/.,:'-]2)0\d\d)(?![\d]))"
            rf"\s{{0,3}}(?P<conj>-|to|through|until|till|and)\s{{0,3}}(?P<y2>{YEAR})(?![\w%]|[.,:/-]\d)"
        ),
        read_year_range,
    ),
]


# Which cue a pattern needs before it is worth running: M month name, W weekday name,
# N digits, R a relative or period word ("today", "week", "quarter", "fiscal" ...).
_NEEDS: Final = {
    "named_triple": "M",
    "month_day": "M",
    "day_month": "M",
    "month_year": "M",
    "year_month": "M",
    "month_range": "M",
    "month_bare": "M",
    "week_of": "M",
    "month_quarter": "M",
    "last_day_of_month": "M",
    "weekday": "W",
    "weekday_rel_week": "W",
    "weekday_dom": "W",
    "nth_weekday": "W",
    "weekday_count": "W",
    "on_the_nth": "NO",
    "day_of_rel_month": "R",
    "nth_week": "R",
    "week_number": "R",
    "rel_day": "R",
    "offset": "R",
    "rel_period": "R",
    "the_period": "R",
    "upcoming": "R",
    "quarter": "R",
    "half": "R",
    "first_months": "R",
    "decade": "NR",
}
# Literals of which a window must hold one before a pattern is run on it (str.find is cheap).
_LITERALS: Final[dict[str, tuple[str, ...]]] = {
    "iso": ("-", "/", "."),
    "named_triple": ("-", "/"),
    "mdy": ("-", "/", "."),
    "md": ("-", "/"),
    "ym": ("-", "/"),
    "my": ("-", "/"),
    "weekday_rel_week": ("week",),
    "nth_weekday": (" of ", " in "),
    "weekday_count": ("days",),
    "on_the_nth": ("on the",),
    "day_of_rel_month": ("month",),
    "last_day_of_month": ("day of", "day in"),
    "week_of": ("week of",),
    "nth_week": ("week of", "week in"),
    "week_number": ("week",),
    "rel_day": ("today", "tonight", "yesterday", "tomorrow", "otd", "day"),
    "offset": ("day", "week", "month", "year", "fortnight"),
    "rel_period": ("this", "last", "next", "past", "previous", "current", "coming", "following", "upcoming"),
    "the_period": ("the day", "the week", "the month", "the year"),
    "upcoming": ("upcoming",),
    "quarter": ("quarter", "qtr"),
    "quarter_q": ("q",),
    "quarter_yq": ("q",),
    "quarter_nq": ("q",),
    "month_quarter": ("quarter",),
    "half": ("half",),
    "half_h": ("h",),
    "half_nh": ("h",),
    "first_months": ("first",),
    "fiscal": ("fy", "fiscal", "financial"),
    "year_range": ("-", "to", "through", "until", "till", "and"),
    "decade": ("0s", "0's", "ties"),
}
_MON3: Final = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"  # how every month name begins
# A cheaper pattern that some part of every match matches, tried on a window before the
# pattern itself (most windows hold none). No lookaround, so a match inside a window is
# found whatever lies beyond it. Each holds one of the pattern's ``_LITERALS`` (if any),
# so a window that passes means that the text passes the literal check: it is skipped.
_HINTS: Final = {
    "iso": r"[12]\d\d\d[-/.]\d",  # year, separator, month
    "compact": r"\d{8}",
    "mdy": r"\d[-/.]\d\d?[-/.]\d\d",
    "md": r"\d ?[-/] ?\d",
    "ym": r"\d[-/]\d",
    "my": r"\d[-/][12]\d\d\d",
    "named_triple": r"[-/](?:[a-z]{3,9}|\d{1,4})[-/]",  # the middle part between its separators
    "day_of_rel_month": "month",
    "rel_day": "day|tonight|tomorrow|otd",
    # Every day ends with a digit or st|nd|rd|th ("first", "twentieth"); then " day", "of".
    "day_month": rf"(?:\d|st|nd|rd|th|of|day)\s{{0,3}}{_MON3}",
    "year_month": rf"\d\s{{1,3}}{_MON3}",
    "decade": "0s|0's|ties",
    "week_number": "week",
    "year_range": r"\d\s{0,3}(?:-|to|through|until|till|and)\s{0,3}[12]",
}
# Speed: hints for patterns that keep their ``_LITERALS`` (a text-wide check, once per
# text): the literal is in most texts ("first", "h", "q") but in few of their windows,
# and most of these patterns cannot skip ahead in a window (they open with an optional
# part or a digit); for the others the hint spares the finditer. Each hint opens with
# a literal letter, so ``re`` skips ahead to it: "q(?<=[1-4]q)" is "[1-4]q", but its
# lookbehind may see a digit just before the window (it then passes, never fails).
_WINDOW_HINTS: Final = {
    "quarter": "q(?:uarter|tr)",
    "quarter_q": "q[1-4]",
    "quarter_yq": "q[1-4]",
    "quarter_nq": "q(?<=[1-4]q)",
    "month_quarter": "quarter",
    "half": "half",
    "half_h": "h[12]",
    "half_nh": "h(?<=[12]h)",
    "first_months": "first",
    "nth_weekday": r"(?:of|in)\s",
    "weekday_rel_week": "week",
    "weekday_count": "days",
    "last_day_of_month": r"day\s{1,3}(?:of|in)\s",
    "week_of": r"week\s{1,3}of\s",
    "nth_week": r"week\s{1,3}(?:of|in)\s",
    "upcoming": "upcoming",
}


# Speed: a pattern that opens with an optional part ("(?:(?P<rel>...)\s)?") cannot skip
# ahead, so ``re`` tries it at every place of its windows. For these, a step pattern
# that matches (with the same lookarounds, at the same end of the window) at a place
# in every match, at most ``reach`` characters after its start, finds where to look
# next: the pattern is searched for from ``reach`` before the next step match, and not
# at all when there is none. A match starts nowhere earlier, so these are the matches
# ``finditer`` finds (none of these patterns matches the empty string). The month
# names of a window (whole words: none hides another) are listed once, for the four
# month patterns (step ``None`` in ``_COMPILED``): ``MONTH_STEP`` finds them.
_MONTH_STEP_RE: Final = re.compile(MONTH_STEP)
_STEPS: Final[dict[str, tuple[str, int]]] = {
    "month_day": (MONTH_STEP, 14),  # after "wednesday.,   "
    "day_month": (MONTH_STEP, 36),  # after "the   twenty   seventh   day   of   "
    "month_bare": (MONTH_STEP, 11),  # after "previous   "
    "month_year": (MONTH_STEP, 0),
    "month_range": (MONTH_STEP, 0),
    # The last character of the number, then the unit: after "in   twelve  ".
    "offset": (r"[\daenortx]\s{1,3}(?:day|week|fortnight|month|year)", 10),
    "rel_period": (  # after "the   "
        (
            r"(?:this|last|next|past|previous|current|coming|following|upcoming)\s{1,3}"
            r"(?:(?:calendar|fiscal|financial)\s{1,3})?(?:week|month|year|yr|quarter|qtr)"
        ),
        6,
    ),
}
# Speed: what must follow a month name for a match of the pattern to hold it (and then
# a match that opens with it does): a month name that fails is passed over, so that the
# search from ``reach`` before it does not run on through the window (most do fail).
# A month name that ends no day ("3rd", "the first", "day of") before it, passed over
# in the same way. Cut at the name, the text shows nothing to the day's lookaheads:
# those that look for no word pass, the one for a month name (any day number) is left
# out; so what holds a match passes (first on the last six characters alone).
_MONTH_CHECKS: Final[dict[str, Callable[[str, int, int], re.Match[str] | None]]] = {
    "month_day": DAY_AFTER_MONTH,
    "day_month": day_before_month,
}
_GATES: Final = dict.fromkeys(("iso", "mdy", "md", "ym", "my"), DIGIT_THEN_SEPARATOR)
_COMPILED: Final = [
    (
        _NEEDS.get(name, "N"),
        () if name in _HINTS or name in _STEPS else _LITERALS.get(name, ()),
        _GATES.get(name),
        re.compile(_HINTS.get(name) or _WINDOW_HINTS[name]).search
        if name in _HINTS or name in _WINDOW_HINTS
        else None,
        re.compile(src),
        fn,
        (
            (
                None if _STEPS[name][0] == MONTH_STEP else re.compile(_STEPS[name][0]).search,
                _STEPS[name][1],
                _MONTH_CHECKS.get(name),
            )
            if name in _STEPS
            else None
        ),
    )
    for name, src, fn in _PATTERNS
]


def _stepped(
    pattern: re.Pattern[str],
    step: Callable[[str, int, int], re.Match[str] | None],
    reach: int,
    *,
    norm: str,
    ws: int,
    we: int,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(norm, ws, we)``, searched for only near ``step`` matches (see ``_STEPS``)."""
    pos = ws
    while (near := step(norm, pos, we)) is not None:
        start = near.start() - reach
        m = pattern.search(norm, start if start > pos else pos, we)  # noqa: FURB136 - Speed: not max()
        if m is None:
            return
        yield m
        pos = m.end()


def _stepped_at(
    pattern: re.Pattern[str],
    nears: list[int],
    reach: int,
    check: Callable[[str, int, int], re.Match[str] | None] | None,
    *,
    norm: str,
    ws: int,
    we: int,
) -> Iterator[re.Match[str]]:
    """``_stepped`` given where every step match of the window starts, in order.

    With ``reach`` 0 every match starts at one of them: the pattern is only matched there.
    A ``check`` (see ``_MONTH_CHECKS``) passes over those that no match holds.
    """
    pos = ws
    for near in nears:
        if near >= pos:
            if check is not None and check(norm, near, we) is None:
                continue
            if reach:
                start = near - reach
                m = pattern.search(norm, start if start > pos else pos, we)  # noqa: FURB136 - as above
                if m is None:
                    return
            else:
                m = pattern.match(norm, near, we)
                if m is None:
                    continue
            yield m
            pos = m.end()


# Cheap prefilter: a date needs one of these cues; text far from every cue is skipped.
# Each word branch starts with its literal first letter (then checks the word boundary),
# so that the regex engine can skip ahead over text that holds no cue.
_CUE_WORDS: Final = {
    "R": (
        "today tonight yesterday tomorrow otd week month year yr quarter qtr half fiscal financial ago hence "
        "upcoming twenties thirties forties fifties sixties seventies eighties nineties day"
    ),
    "N": "fy",
}
_CUE_KIND: Final = {w: kind for kind, words in _CUE_WORDS.items() for w in words.split()}
# The kind of a word cue, by its text (the three vocabularies are disjoint); any other cue
# is "O" for "on the" and "N" for digits.
# Plural weekdays cue too: "3 fridays from now" (weekday_count).
_WEEKDAY_CUES: Final = (*WEEKDAYS, *(w + "s" for w in WEEKDAYS if w.endswith("day")))
_CUE_TEXT_KIND: Final = {**dict.fromkeys(MONTHS, "M"), **dict.fromkeys(_WEEKDAY_CUES, "W"), **_CUE_KIND}


def _cue_branches(digit: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    r"""Every cue as (the characters it may open with, the rest of its pattern), first cue first.

    ``digit`` spells the opening of the cues that open with any digit (``\d``).
    """
    for vocabulary, whole in ((MONTHS, True), (_WEEKDAY_CUES, True), (_CUE_KIND, False)):
        # Month and weekday names are cues only as whole words: "market", "decline" and
        # "money" open no window (they opened one in five characters of Reuters copy).
        by_first: dict[str, list[str]] = {}
        for word in vocabulary:
            by_first.setdefault(word[0], []).append(word[1:])
        end = "(?![a-z])" if whole else ""
        for c, rest in sorted(by_first.items()):
            yield (c,), f"(?<![a-z]{c})(?:{'|'.join(sorted(rest, key=len, reverse=True))}){end}"
    yield ("1", "2"), r"(?<!\d[12])\d\d\d(?!\d)"
    yield ("1", "2"), r"(?<!\d[12])\d{7}(?!\d)"
    yield digit, r"(?:[-/]\s?\d|\s[-/]|\.\d\d?\.\d|\d?'?s\b|\s?a\.?d\b|[qh]|(?:st|nd|rd|th)\b)"
    yield ("q", "h"), "[1-4]"
    yield ("'",), r"\d\d"
    yield ("o",), r"n\s{1,3}the\s"


def _cue_pattern(digit: tuple[str, ...]) -> str:
    r"""One alternative per opening character, each opening with that literal character.

    Then ``re`` knows the set of characters a cue can open with and skips every other
    character in C; with a named group per kind it tried the whole pattern at every
    position (three times slower). The cues sharing an opening character keep their
    order, and two cues opening with different characters never both match at one
    position, so ``finditer`` finds exactly the matches the grouped pattern found. With
    ``digit=("\d",)`` the "1" and "2" branches come before the "\d" one, so a "1" still
    tries the cues in their first order.
    """
    rests: dict[str, list[str]] = {}
    for openers, rest in _cue_branches(digit):
        for c in openers:
            rests.setdefault(c, []).append(rest)
    return _by_opener(rests)


def _by_opener(rests: dict[str, list[str]]) -> str:
    """One branch per opening character: the character, then the rests of its cues in order."""
    return "|".join(c + (r[0] if len(r) == 1 else "(?:" + "|".join(r) + ")") for c, r in rests.items())


# ``_cue_pattern(tuple("0123456789"))`` is what ``_cue_spans`` finds in ASCII digits (the
# tests compare them). It misses the other digits ("٣") that "\d" matches: a text holding
# one is read with this pattern instead.
_CUE_RE_ANY_DIGIT: Final = re.compile(_cue_pattern((r"\d",)))
_OTHER_DIGIT: Final = re.compile(r"[^\D0-9]")
_LEFT: Final = 36  # no date starts further than this before its first cue
_RIGHT: Final = 32  # nor ends further than this after its last cue


def _word_cue_parts() -> tuple[str, str]:
    r"""The word cues (opening with a letter at a word start) and the other cues, as two patterns.

    The word cues open with ``[^a-z]``, the character before the word: ``re`` skips in
    C to the few characters that are not letters, rather than trying the letters that
    open a cue word (every other letter of the text). The others are the cues that
    open with a digit, an apostrophe, "on the", "q1" or "h1".
    """
    words: dict[str, list[str]] = {}
    others: dict[str, list[str]] = {}
    for openers, rest in _cue_branches(tuple("0123456789")):
        c = openers[0]
        start = f"(?<![a-z]{c})"
        if len(openers) == 1 and c.isalpha() and rest.startswith(start):
            words.setdefault(c, []).append(rest[len(start) :])
        else:
            for opener in openers:
                others.setdefault(opener, []).append(rest)
    return _by_opener(words), _by_opener(others)


_WORD_CUE_SRC, _OTHER_CUE_SRC = _word_cue_parts()
_WORD_CUE_RE: Final = re.compile(f"[^a-z](?:{_WORD_CUE_SRC})")
_WORD_CUE_AT_START: Final = re.compile(_WORD_CUE_SRC)
_OTHER_CUE_RE: Final = re.compile(_OTHER_CUE_SRC)


def _next_word_cue(norm: str, pos: int) -> tuple[int, int] | None:
    """The first word cue opening at or after ``pos`` (the character before may be before ``pos``)."""
    if pos == 0:
        m = _WORD_CUE_AT_START.match(norm)
        if m is not None:
            return m.span()
        pos = 1
    m = _WORD_CUE_RE.search(norm, pos - 1)
    return None if m is None else (m.start() + 1, m.end())


def _cue_spans(norm: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_cue_pattern`` (ASCII digits) found in ``norm``, by two cheaper patterns.

    That pattern opens each branch with its letter, so ``re`` tries it at every letter
    that opens a cue word; the word cues open instead with the character before the
    word (``_WORD_CUE_RE``), the rest is ``_OTHER_CUE_RE``. The two are merged as
    ``finditer`` would find them: leftmost first, none overlapping the one before. A
    word cue and another cue never both match at one position (they differ by their
    first or second character). With a non-ASCII digit ("٣"), ``_CUE_RE_ANY_DIGIT``.
    """
    if not (norm.isascii() or _OTHER_DIGIT.search(norm) is None):
        for m in _CUE_RE_ANY_DIGIT.finditer(norm):
            yield m.span()
        return
    word = _next_word_cue(norm, 0)
    other = _OTHER_CUE_RE.search(norm)
    while word is not None or other is not None:
        if other is None or (word is not None and word[0] < other.start()):
            assert word is not None  # noqa: S101 - for the type checker
            span = word
        else:
            span = other.span()
        yield span
        pos = span[1]
        if pos == span[0]:  # an empty match cannot occur; never loop on one
            pos += 1
        if word is not None and word[0] < pos:
            word = _next_word_cue(norm, pos)
        if other is not None and other.start() < pos:
            other = _OTHER_CUE_RE.search(norm, pos)


_SPACE_OR_NEWLINE: Final = re.compile("[ \n]")
_THROUGH_LAST_SPACE: Final = re.compile(".*[ \n]", re.DOTALL)


def _windows(norm: str) -> dict[str, list[tuple[int, int]]]:
    """For each kind of cue, the stretches of lower-cased text near one, merged.

    A stretch reaches ``_LEFT`` characters before its cue and ``_RIGHT`` after it,
    snapped to spaces so that no word is cut in two: its start just after the last
    space or newline of the 24 characters before, its end just before the first of
    the 24 after (``_snap_end``).

    Speed: conditional expressions, not ``max`` and ``min`` (each parses its arguments
    as a call with keywords); one regex where two ``find`` calls were; and a stretch's
    end is snapped only when it is needed (``_snap_end`` never moves an end back and
    keeps the order of ends, so the snapped end of merged stretches is the snapped
    furthest end, and a cue that starts before the furthest end joins whatever it
    snaps to). Cues in a row ("1-1 2-0 ...") then cost no regex each.
    """
    n = len(norm)
    # Per kind: the merged stretches, and the last one's start, furthest end (not yet
    # snapped) and snapped end (once asked for: -1 before).
    done: dict[str, list[tuple[int, int]]] = {}
    last: dict[str, list[int]] = {}
    for start, end in _cue_spans(norm):
        cue = norm[start:end]
        kind = _CUE_TEXT_KIND.get(cue) or ("O" if cue[0] == "o" else "N")
        s = start - _LEFT if start > _LEFT else 0
        e = end + _RIGHT if end + _RIGHT < n else n  # noqa: FURB136 - Speed: see the docstring
        run = last.get(kind)
        if run is not None:
            if s <= run[1]:  # joins (run[2] >= run[1])
                if e > run[1]:
                    run[1], run[2] = e, -1
                continue
            if run[2] < 0:
                run[2] = _snap_end(norm, run[1], n)
            if s > 0 and s > run[2]:
                s = _snap_start(norm, s)
            if s <= run[2]:
                if e > run[1]:
                    run[1], run[2] = e, -1
                continue
            done.setdefault(kind, []).append((run[0], run[2]))
        elif s > 0:
            s = _snap_start(norm, s)
        last[kind] = [s, e, -1]
    for kind, run in last.items():
        done.setdefault(kind, []).append((run[0], run[2] if run[2] >= 0 else _snap_end(norm, run[1], n)))
    return done


def _snap_start(norm: str, s: int) -> int:
    """Just after the last space or newline of the 24 characters before ``s`` (else ``s``)."""
    found = _THROUGH_LAST_SPACE.match(norm, s - 24 if s > 24 else 0, s)
    return s if found is None else found.end()


def _snap_end(norm: str, e: int, n: int) -> int:
    """Just before the first space or newline of the 24 characters from ``e`` (else 24 on, or ``n``).

    It never moves an end back, and of two ends it keeps the order (ends closer than a
    space share it).
    """
    if e >= n:
        return e
    found = _SPACE_OR_NEWLINE.search(norm, e, e + 24)
    if found is not None:
        return found.start()
    return min(n, e + 24)


class _Cand(NamedTuple):
    start: int
    end: int
    res: Period


def _candidate(m: re.Match[str], at: Around, anchor: Anchor, handler: Reader) -> _Cand | None:
    try:
        out = handler(m, at, anchor)
    except (ValueError, OverflowError, KeyError, StopIteration):
        return None
    if out is None:
        return None
    if isinstance(out, Period):
        res, s, e = out, m.start(), m.end()
    else:
        res, s, e = out
    s, e = _trim(at.norm, s, e)
    return _Cand(s, e, res) if e > s else None


_WEEKDAY_ONLY: Final = re.compile(WEEKDAY)


def _join_weekdays(norm: str, taken: list[_Cand]) -> list[_Cand]:
    """Join a weekday to the full date right after it ("Thursday, 24 February 2025")."""
    out: list[_Cand] = []
    for c in taken:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.res.granularity is G.DAY
            and c.start - prev.end <= 3
            and not norm[prev.end : c.start].strip(" ,")
            and _WEEKDAY_ONLY.fullmatch(norm, prev.start, prev.end)
        ):
            out[-1] = _Cand(prev.start, c.end, c.res)
            continue
        out.append(c)
    return out


@cache
def _plan(kinds: frozenset[str]) -> tuple[int, ...]:
    """The indexes in ``_COMPILED`` of the patterns that need one of these kinds of window.

    Speed: most texts have windows of one or two kinds; the other patterns are not
    visited at all (a loop over all of them cost about 3% of ``extract`` on Reuters).
    """
    return tuple(i for i, entry in enumerate(_COMPILED) if any(k in kinds for k in entry[0]))


def _scan_text(raw: str, norm: str, ref: dt.date | None, future: bool) -> list[Date]:
    at = Around(raw, norm)
    anchor = Anchor(ref, future)
    norm = at.norm
    cands: list[_Cand] = []
    windows = _windows(norm)
    seen: set[tuple[int, int, int]] = set()
    gated: dict[int, bool] = {}  # by window start (gates are run on "N" windows only)
    months: dict[int, list[int]] = {}  # where month names start, by window start ("M" only)
    present: dict[str, bool] = {}  # whether a literal is in the text, asked once per literal
    for index in _plan(frozenset(windows)):
        needs, literals, gate, hint, pattern, handler, step = _COMPILED[index]
        multi = len(needs) > 1
        runs = [w for kind in needs for w in windows.get(kind, ())] if multi else windows.get(needs)
        if not runs:
            continue
        for lit in literals:  # Speed: a loop, not any() over a generator.
            found_lit = present.get(lit)
            if found_lit is None:
                found_lit = present[lit] = lit in norm
            if found_lit:
                break
        else:
            if literals:
                continue
        for ws, we in runs:
            if gate is not None:
                passed = gated.get(ws)
                if passed is None:
                    passed = gated[ws] = gate(norm, ws, we) is not None
                if not passed:
                    continue
            if hint is None or hint(norm, ws, we) is not None:
                if step is None:
                    found: Iterable[re.Match[str]] = pattern.finditer(norm, ws, we)
                elif step[0] is None:  # the month names
                    nears = months.get(ws)
                    if nears is None:
                        nears = months[ws] = [m.start() for m in _MONTH_STEP_RE.finditer(norm, ws, we)]
                    if len(nears) * 16 > we - ws:  # so many ("may may may") that re is quicker
                        found = pattern.finditer(norm, ws, we)
                    else:
                        found = _stepped_at(pattern, nears, step[1], step[2], norm=norm, ws=ws, we=we)
                else:
                    found = _stepped(pattern, step[0], step[1], norm=norm, ws=ws, we=we)
                for m in found:
                    if m.end() > m.start():
                        # Speed: the windows of one kind are disjoint, so only a pattern
                        # run on two kinds can find a match twice.
                        if multi:
                            key = (index, m.start(), m.end())
                            if key in seen:
                                continue
                            seen.add(key)
                        cand = _candidate(m, at, anchor, handler)
                        if cand is not None:
                            cands.append(cand)
    # Within dates, the longer candidate wins, then the earlier one.
    cands.sort(key=lambda c: (c.start - c.end, c.start))
    taken: list[_Cand] = []
    used = bytearray(len(norm))
    for c in cands:
        if used.find(1, c.start, c.end) >= 0:
            continue
        used[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    taken = _join_weekdays(norm, taken)
    dates = []
    for c in taken:
        mod = modifier_before(norm, c.start)
        # .get: the pattern ignores case as Unicode folds it, so "mıd" (dotless i) matches
        modifier = MODIFIERS.get(mod.group(1).lower()) if mod else None
        r = c.res
        dates.append(
            Date(
                start=c.start,
                end=c.end,
                text=raw[c.start : c.end],
                value=r.value,
                granularity=r.granularity,
                start_date=r.start,
                end_date=r.end,
                relative=r.relative,
                modifier=modifier,
            )
        )
    return dates


_LEAD_THE: Final = re.compile(r"the\s{1,3}")
_LAST_WORD_RE: Final = re.compile(r"[a-z]{1,12}$")


def _trim(norm: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading "the" (kept when the rest would not stand alone) and trailing spaces/commas."""
    # Speed: the regex only where "the" opens the span.
    m = _LEAD_THE.match(norm, s, e) if norm.startswith("the", s, e) else None
    if m is not None:
        rest = norm[m.end() : e]
        keep = rest.startswith(("day", "year", "month", "week", "following", "previous", "next", "current"))
        if not keep or len(rest.split()) > 2:
            s = m.end()
    while e > s and norm[e - 1] in " ,\t\n":
        e -= 1
    if norm.endswith(".", s, e):
        # A full stop after a full word ("in December.") ends the sentence; after an
        # abbreviation ("Dec.", "a.d.") it belongs to the date.
        word = _LAST_WORD_RE.search(norm, s, e - 1)
        if word is not None and len(word.group(0)) > 4:
            e -= 1
    return s, e


# --------------------------------------------------------------------------- public API


def _options(reference_date: dt.date | None, prefer_dates_from: str) -> Options:
    return Options(reference_date=reference_date, prefer_dates_from=prefer_dates_from)  # type: ignore[arg-type]


def find_dates(
    text: str,
    *,
    reference_date: dt.date | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
) -> Iterator[Date]:
    """Find every date in ``text``, in order.

    Args:
        text: Any ``str``; its content never raises.
        reference_date: The day the text was written, for relative dates. Without it,
            relative dates come back unresolved (``value``, ``start_date`` and
            ``end_date`` are ``None``, ``relative`` is true).
        prefer_dates_from: ``"past"`` (news: a bare weekday or month is the most recent
            one up to the reference date) or ``"future"`` (the next one).

    Yields:
        ``Date`` mentions, sorted by offset, never overlapping.

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type.
        ValueError: ``prefer_dates_from`` is not ``"past"`` or ``"future"``.

    >>> import datetime as dt
    >>> text = "Putin on Monday offered a deal; exports fell to $2.3 million in 2024."
    >>> for d in find_dates(text, reference_date=dt.date(2025, 2, 24)):
    ...     print(d.text, d.value, d.granularity.value, d.relative)
    Monday 2025-02-24 day True
    2024 2024 year False
    >>> [d.modifier for d in find_dates("Rates peaked in mid-2023.")]
    ['mid']
    """
    check_text(text)
    options = _options(reference_date, prefer_dates_from)
    yield from _scan_text(
        text, normalise(text), options.reference_date, options.prefer_dates_from == "future"
    )


def parse_date(
    text: str,
    *,
    reference_date: dt.date | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
) -> Date:
    """Read the whole of ``text`` as one date.

    Leading and trailing spaces and a leading preposition ("in 2014") are allowed.

    Args:
        text: The string to read.
        reference_date: The day the text was written, for relative dates.
        prefer_dates_from: ``"past"`` or ``"future"``, as in ``find_dates``.

    Returns:
        The ``Date``, its offsets into ``text``.

    Raises:
        ParseError: ``text`` is not exactly one date.
        TypeError: ``text`` is not a ``str``.
        ValueError: ``prefer_dates_from`` is not ``"past"`` or ``"future"``.

    >>> parse_date("Q3 2024").value
    '2024-Q3'
    >>> parse_date("the 1990s").value
    '199X'
    >>> parse_date("$85 a barrel")
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read '$85 a barrel' as date: no date found
    """
    check_text(text)
    options = _options(reference_date, prefer_dates_from)
    norm = normalise(text)
    found = _scan_text(text, norm, options.reference_date, options.prefer_dates_from == "future")
    if not found:
        fallback = _dateparser_fallback(text, norm, options)
        if fallback is None:
            raise ParseError(text, kind="date", reason="no date found")
        return fallback
    if len(found) > 1:
        fallback = _dateparser_fallback(text, norm, options)
        if fallback is None:
            raise ParseError(text, kind="date", reason=f"{len(found)} dates found, expected one")
        return fallback
    date = found[0]
    rest = (norm[: date.start] + " " + norm[date.end :]).strip(" \t\n.,").lower()
    if rest and not _ALLOWED_REST.fullmatch(rest):
        fallback = _dateparser_fallback(text, norm, options)
        if fallback is None:
            raise ParseError(text, kind="date", reason=f"unexpected text {rest!r} around the date")
        return fallback
    return date


def _dateparser_fallback(text: str, norm: str, options: Options) -> Date | None:
    """Ask dateparser (if installed) about a whole string that names a month or weekday.

    Only strings with a month or weekday word and no amount sign are tried, so that
    dateparser never reads "$85" or "74%" as a year.
    """
    low = norm.translate(ASCII_LOWER)
    if "$" in low or "%" in low or not re.search(rf"{MONTH_NAME}|{WEEKDAY}", low):
        return None
    from geoecon._adapters.dateparser_adapter import parse_period  # noqa: PLC0415 - optional, slow

    key = " ".join(low.split())
    got = parse_period(key, options.reference_date, options.prefer_dates_from)
    if got is None:
        return None
    period, day = got
    if period == "year":
        res = Period.year(day.year)
    elif period == "month":
        res = Period.month(day.year, day.month)
    elif period == "week":
        res = Period.week(day)
    else:
        res = Period.day(day)
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return Date(
        start=start,
        end=end,
        text=text[start:end],
        value=res.value,
        granularity=res.granularity,
        start_date=res.start,
        end_date=res.end,
    )


_ALLOWED_REST: Final = re.compile(
    r"(?:on|in|at|of|during|since|by|the|from|(?:the\s{1,3})?(?:early|mid|late|end|beginning|start|middle)"
    r"(?:\s{1,3}of)?(?:\s{1,3}the)?-?)\s{0,3}",
    _I,
)


def _scan(doc: Doc) -> list[Mention]:
    """The pipeline's hook: every date candidate in ``doc``."""
    opts = doc.options
    return list(_scan_text(doc.raw, doc.norm, opts.reference_date, opts.prefer_dates_from == "future"))
