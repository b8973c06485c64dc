"""The date grammar: one ``Rule`` per date form, in the order the scanner runs them.

To add a form ("the year before last"), add a ``Rule`` below:

* ``name`` says what it reads; ``pattern`` is a regular expression over lower-cased text,
  built from the pieces of ``vocabulary`` (``MONTH``, ``DAY``, ``YEAR``, ``WEEKDAY`` ...),
  every quantifier bounded; its named groups are what its reader reads;
* ``read`` is its reader, in ``days`` (forms that name a day) or ``periods`` (coarser forms):
  ``(match, around, anchor) -> Period | None``, ``None`` where the match is no date after
  all; ``around`` shows the words before and after, ``anchor`` answers "which year, which
  Monday" for relative forms (``Period.unresolved`` without a reference date);
* ``cues`` names the kinds of cue near which it can match (``CueKind``: a month or weekday
  name, digits, a relative or period word such as "year", "week", "today", "last", or "on
  the"); the scanner runs a rule only on the windows of text around its cues (36 characters
  before a cue, 32 after). A word that opens a window is in ``vocabulary.CUE_WORDS``;
* ``literals`` (optional): strings of which the text must hold one, a cheap first test;
* ``examples``: at least two real news phrasings with the surface read and its value
  against Monday 24 February 2025 (``tests/dates/test_rules.py`` checks each is read, and
  by this rule).

The other fields are speed hints (``hint``, ``window_hint``, ``step``, ``month_check``,
``gate``; see ``Rule``); a new rule needs none of them. Candidates of different rules that
overlap are settled by the scanner: the longer wins, then the earlier.
"""

from __future__ import annotations

from typing import Final

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
from geoecon.dates.rule import Rule, Step
from geoecon.dates.vocabulary import (
    CARDINAL,
    DAY,
    DAY_NUMBER,
    MONTH,
    MONTH_NAME,
    MONTH_STEP,
    ORDINAL,
    RELATIVE,
    WEEKDAY,
    YEAR,
    CueKind,
)

__all__ = ["RULES"]

# Pieces several patterns share.
_NOT_AFTER_NUM: Final = r"(?![\w%]|[.,:/-]\d)"  # no unit, percent or further number after
_DAYYEAR_SEP: Final = r"(?:\s{0,3},\s{0,3}|\s{1,3}(?:of\s{1,3}|in\s{1,3})?)"  # "March 3, 2024", "3 of 2024"
_WD_PREFIX: Final = rf"(?:(?P<wd>{WEEKDAY}),?\s{{1,3}})?"  # "Monday, "
_WD_SUFFIX: Final = rf"(?:,?\s{{1,3}}(?P<wd2>{WEEKDAY}))?"  # ", Monday"
_MON3: Final = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"  # how every month name begins

RULES: Final[tuple[Rule, ...]] = (
    Rule(
        name="iso_date",
        pattern=rf"(?<![\d.])(?:{WEEKDAY},?\s{{1,3}})?(?P<y>{YEAR})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d])",
        read=read_iso_date,
        cues=(CueKind.NUMBER,),
        literals=("-", "/", "."),
        hint=r"[12]\d\d\d[-/.]\d",
        gate=DIGIT_THEN_SEPARATOR,
        examples=(),
    ),
    Rule(
        name="compact_date",
        pattern=r"(?P<y>(?:1(?<!\d1)9|2(?<!\d2)0)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>3[01]|[12]\d|0[1-9])(?![\d])",
        read=read_iso_date,
        cues=(CueKind.NUMBER,),
        hint=r"\d{8}",
        examples=(),
    ),
    Rule(
        name="named_triple",
        pattern=rf"(?<![\w.])(?:(?P<a>{MONTH_NAME}|\d{{1,4}})(?P<s>[-/])(?P<b>{MONTH_NAME}|\d{{1,4}})(?P=s)(?P<c>{MONTH_NAME}|\d{{1,4}}))(?![\w])",
        read=read_named_triple,
        cues=(CueKind.MONTH,),
        literals=("-", "/"),
        hint=r"[-/](?:[a-z]{3,9}|\d{1,4})[-/]",
        examples=(),
    ),
    Rule(
        name="numeric_date",
        pattern=(
            r"(?<![\w.,$/:-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
            + _NOT_AFTER_NUM
        ),
        read=read_numeric_date,
        cues=(CueKind.NUMBER,),
        literals=("-", "/", "."),
        hint=r"\d[-/.]\d\d?[-/.]\d\d",
        gate=DIGIT_THEN_SEPARATOR,
        examples=(),
    ),
    Rule(
        name="month_slash_day",
        pattern=r"(?<![\w.,$/:-])(?P<a>0?[1-9]|1[0-2]) ?(?P<sep>[/-]) ?(?P<b>3[01]|[12]\d|0?[1-9])"
        + _NOT_AFTER_NUM,
        read=read_month_slash_day,
        cues=(CueKind.NUMBER,),
        literals=("-", "/"),
        hint=r"\d ?[-/] ?\d",
        gate=DIGIT_THEN_SEPARATOR,
        examples=(),
    ),
    Rule(
        name="year_dash_number",
        pattern=(
            rf"(?P<pre>(?<![\w])(?:fy|fiscal(?:\s{{1,3}}year)?|financial\s{{1,3}}year)\s{{0,3}})?(?<![\w.,$/:-])(?P<y>{YEAR})(?P<sep>[-/])(?P<t>\d{{4}}|\d{{1,2}})(?![\w%]|[.,/:-]\d)"
            rf"(?P<fy>\s{{1,3}}(?:fiscal|financial)(?:\s{{1,3}}year)?)?"
        ),
        read=read_year_dash_number,
        cues=(CueKind.NUMBER,),
        literals=("-", "/"),
        hint=r"\d[-/]\d",
        gate=DIGIT_THEN_SEPARATOR,
        examples=(),
    ),
    Rule(
        name="numeric_month_year",
        pattern=rf"(?<![\w.,$/:-])(?P<m>0?[1-9]|1[0-2])[-/](?P<y>{YEAR})" + _NOT_AFTER_NUM,
        read=read_numeric_month_year,
        cues=(CueKind.NUMBER,),
        literals=("-", "/"),
        hint=r"\d[-/][12]\d\d\d",
        gate=DIGIT_THEN_SEPARATOR,
        examples=(),
    ),
    Rule(
        name="month_day",
        pattern=(
            rf"{_WD_PREFIX}(?P<mon>{MONTH})\s{{0,3}}(?:the\s{{1,3}})?(?P<day>{DAY})(?![.,]\d)"
            rf"(?:{_DAYYEAR_SEP}(?P<y>{YEAR}))?(?P<y2>)?{_WD_SUFFIX}"
        ),
        read=read_month_day,
        cues=(CueKind.MONTH,),
        step=Step(MONTH_STEP, 14),
        month_check=DAY_AFTER_MONTH,
        examples=(),
    ),
    Rule(
        name="day_month",
        pattern=(
            rf"(?:(?P<the>the)\s{{1,3}})?(?P<day>{DAY}|(?:3[01]|[12]\d|0?[1-9])(?={MONTH_NAME}))(?:\s{{1,3}}day)?\s{{0,3}}(?:(?P<of>of)\s{{1,3}})?(?P<mon>{MONTH})"
            rf"(?:{_DAYYEAR_SEP}(?P<y>{YEAR})|(?:\s{{1,3}}(?P<yof>of\s{{1,3}})?|\s{{0,3}}')(?P<yy>\d\d)(?![\w%]|[.,]\d))?"
        ),
        read=read_day_month,
        cues=(CueKind.MONTH,),
        hint=rf"(?:\d|st|nd|rd|th|of|day)\s{{0,3}}{_MON3}",
        step=Step(MONTH_STEP, 36),
        month_check=day_before_month,
        examples=(),
    ),
    Rule(
        name="month_year",
        pattern=(
            rf"(?P<mon>{MONTH})(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}(?:of\s{{1,3}})?|[-/]|\s{{1,3}}')(?P<y>{YEAR}|(?<=')\d\d(?![\d]))"
            + _NOT_AFTER_NUM
        ),
        read=read_month_year,
        cues=(CueKind.MONTH,),
        step=Step(MONTH_STEP, 0),
        examples=(),
    ),
    Rule(
        name="year_month_name",
        pattern=rf"(?<![\w.,$-])(?P<y>{YEAR})\s{{1,3}}(?P<mon>{MONTH})(?![\w])",
        read=read_month_year,
        cues=(CueKind.MONTH,),
        hint=rf"\d\s{{1,3}}{_MON3}",
        examples=(),
    ),
    Rule(
        name="month_range",
        pattern=rf"(?P<m1>{MONTH})\s{{0,3}}(?P<conj>-|to|through|until|till|and)\s{{0,3}}(?P<m2>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR}))?",
        read=read_month_range,
        cues=(CueKind.MONTH,),
        step=Step(MONTH_STEP, 0),
        examples=(),
    ),
    Rule(
        name="month",
        pattern=rf"(?:(?P<rel>this|last|next|coming|past|previous)\s{{1,3}})?(?P<mon>{MONTH})(?:\s{{1,3}}(?P<after>after\s{{1,3}}next))?(?![\w-])",
        read=read_month,
        cues=(CueKind.MONTH,),
        step=Step(MONTH_STEP, 11),
        examples=(),
    ),
    Rule(
        name="weekday",
        pattern=(
            rf"(?:(?P<rel>{RELATIVE})\s{{1,3}}(?:(?P<wrel>{RELATIVE})?\s{{0,3}}week(?:'s)?\s{{0,3}}-?\s{{0,3}})?)?(?P<wd>{WEEKDAY})"
            rf"(?:\s{{1,3}}(?:(?:of|from)\s{{1,3}}(?:the\s{{1,3}})?(?P<wrel2>{RELATIVE})\s{{1,3}}week|(?P<wrel3>this|last|next)\s{{1,3}}week|(?P<after>after\s{{1,3}}next)))?"
        ),
        read=read_weekday,
        cues=(CueKind.WEEKDAY,),
        examples=(),
    ),
    Rule(
        name="relative_week_weekday",
        pattern=rf"(?P<wrel>{RELATIVE})\s{{1,3}}week(?:'s)?\s{{0,3}}-?\s{{0,3}}(?P<wd>{WEEKDAY})(?P<rel>)(?P<wrel2>)(?P<wrel3>)(?P<after>)",
        read=read_weekday,
        cues=(CueKind.WEEKDAY,),
        literals=("week",),
        window_hint="week",
        examples=(),
    ),
    Rule(
        name="weekday_the_nth",
        pattern=rf"(?P<wd>{WEEKDAY}),?\s{{1,3}}(?:the\s{{1,3}})?(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w])|(?:3[01]|[12]\d|0?[1-9])(?![\w.,]|\s{{0,3}}[a-z0-9])|(?<=the\s){ORDINAL}|(?<=the\s\s){ORDINAL})",
        read=read_weekday_the_nth,
        cues=(CueKind.WEEKDAY,),
        examples=(),
    ),
    Rule(
        name="on_the_nth",
        pattern=rf"o(?<!\wo)n\s{{1,3}}the\s{{1,3}}(?P<day>{DAY_NUMBER}|{ORDINAL})(?!\s{{0,3}}[\w(])",
        read=read_on_the_nth,
        cues=(CueKind.NUMBER, CueKind.ON_THE),
        literals=("on the",),
        examples=(),
    ),
    Rule(
        name="nth_weekday",
        pattern=(
            rf"(?:the\s{{1,3}})?(?P<nth>{ORDINAL}|\d(?:st|nd|rd|th)|last)\s{{1,3}}(?P<wd>{WEEKDAY})\s{{1,3}}(?:of|in)\s{{1,3}}"
            rf"(?:(?P<mon>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR}))?|(?:the\s{{1,3}})?(?:(?P<mrel>this|last|next|previous|following|current)\s{{1,3}})?month)"
        ),
        read=read_nth_weekday,
        cues=(CueKind.WEEKDAY,),
        literals=(" of ", " in "),
        window_hint=r"(?:of|in)\s",
        examples=(),
    ),
    Rule(
        name="weekdays_away",
        pattern=rf"(?P<n>{CARDINAL})\s{{1,3}}(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)days)\s{{1,3}}(?P<dir>from\s{{1,3}}now|ago|back|hence)",
        read=read_weekdays_away,
        cues=(CueKind.WEEKDAY,),
        literals=("days",),
        window_hint="days",
        examples=(),
    ),
    Rule(
        name="day_of_relative_month",
        pattern=(
            rf"(?:the\s{{1,3}})?(?P<nth>{DAY_NUMBER}|{ORDINAL}|last)(?:\s{{1,3}}(?P<fromlast>last))?(?:\s{{1,3}}day)?\s{{1,3}}(?:of|in)\s{{1,3}}"
            r"(?:the\s{1,3})?(?:(?P<mrel>this|last|next|previous|following|current)\s{1,3})?month(?![\w])"
        ),
        read=read_day_of_month,
        cues=(CueKind.RELATIVE,),
        literals=("month",),
        hint="month",
        examples=(),
    ),
    Rule(
        name="day_of_named_month",
        pattern=rf"(?:the\s{{1,3}})?(?P<nth>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)|last)(?:\s{{1,3}}(?P<fromlast>last))?\s{{1,3}}day\s{{1,3}}(?:of|in)\s{{1,3}}(?P<mon>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR}))?(?P<mrel>)",
        read=read_day_of_month,
        cues=(CueKind.MONTH,),
        literals=("day of", "day in"),
        window_hint=r"day\s{1,3}(?:of|in)\s",
        examples=(),
    ),
    Rule(
        name="week_of",
        pattern=rf"(?:the\s{{1,3}})?week\s{{1,3}}of\s{{1,3}}(?P<mon>{MONTH})\s{{0,3}}(?P<day>{DAY})(?:,?\s{{1,3}}(?P<y>{YEAR}))?",
        read=read_week_of,
        cues=(CueKind.MONTH,),
        literals=("week of",),
        window_hint=r"week\s{1,3}of\s",
        examples=(),
    ),
    Rule(
        name="nth_week",
        pattern=(
            rf"(?:the\s{{1,3}})?(?P<nth>{ORDINAL}|\d(?:st|nd|rd|th)|last)(?:\s{{1,3}}(?P<fromlast>last))?\s{{1,3}}week\s{{1,3}}(?:of|in)\s{{1,3}}"
            rf"(?:(?P<mon>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR}))?|(?P<yonly>{YEAR})|(?:the\s{{1,3}})?(?:(?P<rel>this|last|next|previous|following|current)\s{{1,3}})?(?P<unit>month|year))"
        ),
        read=read_nth_week,
        cues=(CueKind.RELATIVE,),
        literals=("week of", "week in"),
        window_hint=r"week\s{1,3}(?:of|in)\s",
        examples=(),
    ),
    Rule(
        name="week_number",
        pattern=rf"w(?<!\ww)eek\s{{1,3}}(?P<w>\d{{1,2}})(?![\w.,])(?:,?\s{{1,3}}(?:of\s{{1,3}})?(?P<y>{YEAR}))?",
        read=read_week_number,
        cues=(CueKind.RELATIVE,),
        literals=("week",),
        hint="week",
        examples=(),
    ),
    Rule(
        name="relative_day",
        pattern=(
            r"(?<![\w])(?:(?:the\s{1,3})?day\s{1,3}(?:after\s{1,3}tomorrow|before\s{1,3}yesterday)|today|tonight|yesterday|tomorrows?|otd"
            r"|the\s{1,3}day\s{1,3}(?:before|after)(?=\s{0,3}[.?!,;]|\s{0,3}$)|the\s{1,3}(?:previous|next|following)\s{1,3}day)(?![\w])"
        ),
        read=read_relative_day,
        cues=(CueKind.RELATIVE,),
        literals=("today", "tonight", "yesterday", "tomorrow", "otd", "day"),
        hint="day|tonight|tomorrow|otd",
        examples=(),
    ),
    Rule(
        name="offset",
        pattern=(
            rf"(?<![\w])(?:(?P<in>in)\s{{1,3}})?(?P<n>{CARDINAL})\s{{1,3}}(?P<unit>days?|weeks?|fortnights?|months?|years?)"
            r"(?:\s{1,3}(?P<dir>ago|earlier|later|back|hence|from\s{1,3}(?:now|today)|after\s{1,3}today|before\s{1,3}today))?(?![\w-])"
        ),
        read=read_offset,
        cues=(CueKind.RELATIVE,),
        literals=("day", "week", "month", "year", "fortnight"),
        step=Step(r"[\daenortx]\s{1,3}(?:day|week|fortnight|month|year)", 10),
        examples=(),
    ),
    Rule(
        name="relative_period",
        pattern=(
            r"(?<![\w])(?:the\s{1,3})?(?P<rel>this|last|next|past|previous|current|coming|following|upcoming)\s{1,3}"
            r"(?P<fiscal>(?:calendar|fiscal|financial)\s{1,3})?(?P<unit>week|month|year|yr|quarter|qtr)(?![\w-])"
        ),
        read=read_relative_period,
        cues=(CueKind.RELATIVE,),
        literals=("this", "last", "next", "past", "previous", "current", "coming", "following", "upcoming"),
        step=Step(
            r"(?:this|last|next|past|previous|current|coming|following|upcoming)\s{1,3}"
            r"(?:(?:calendar|fiscal|financial)\s{1,3})?(?:week|month|year|yr|quarter|qtr)",
            6,
        ),
        examples=(),
    ),
    Rule(
        name="the_period",
        pattern=r"t(?<!\wt)he\s{1,3}(?P<unit>day|week|month|year)(?![\w-]|\s{0,3}\d|\s{1,3}(?:before|after|of|in|to|ahead|earlier|ago|on|and)\b)",
        read=read_the_period,
        cues=(CueKind.RELATIVE,),
        literals=("the day", "the week", "the month", "the year"),
        examples=(),
    ),
    Rule(
        name="upcoming",
        pattern=rf"(?<![\w])(?:upcoming\s{{1,3}}(?P<n>{CARDINAL})\s{{1,3}}(?P<unit>days?|weeks?|months?|quarters?|years?)|(?P<n2>{CARDINAL})\s{{1,3}}upcoming\s{{1,3}}(?P<unit2>days?|weeks?|months?|quarters?|years?))(?![\w])",
        read=read_upcoming,
        cues=(CueKind.RELATIVE,),
        literals=("upcoming",),
        window_hint="upcoming",
        examples=(),
    ),
    Rule(
        name="quarter",
        pattern=(
            rf"(?<![\w])(?:the\s{{1,3}})?(?:fiscal\s{{1,3}})?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]{{1,3}}(?:fiscal\s{{1,3}}|calendar\s{{1,3}})?(?:quarter|qtr)(?![\w])"
            rf"(?:(?:\s{{1,3}}of|,)?\s{{1,3}}(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s{{1,3}}year)|\s{{0,3}}'(?P<y2>\d\d))?"
        ),
        read=read_quarter,
        cues=(CueKind.RELATIVE,),
        literals=("quarter", "qtr"),
        window_hint="q(?:uarter|tr)",
        examples=(),
    ),
    Rule(
        name="q_quarter",
        pattern=rf"q(?<!\wq)(?P<q>[1-4])(?:\s{{0,3}}[-/]?\s{{0,3}}(?P<y>{YEAR})|\s{{0,3}}(?P<y2>'\d\d))?(?![\w])(?P<yrel>)",
        read=read_quarter,
        cues=(CueKind.NUMBER,),
        literals=("q",),
        window_hint="q[1-4]",
        examples=(),
    ),
    Rule(
        name="year_q_quarter",
        pattern=r"(?P<y>\d(?<!\w\d)(?:(?<=1)[6-9]\d\d(?![\d])|(?<=2)0\d\d(?![\d])|\d))\s{0,3}-?\s{0,3}q(?P<q>[1-4])(?![\w])",
        read=read_compact_quarter,
        cues=(CueKind.NUMBER,),
        literals=("q",),
        window_hint="q[1-4]",
        examples=(),
    ),
    Rule(
        name="nq_quarter",
        pattern=rf"(?P<q>[1-4](?<!\w[1-4]))q\s{{0,3}}(?P<y>{YEAR}|'?\d\d)(?![\w])",
        read=read_compact_quarter,
        cues=(CueKind.NUMBER,),
        literals=("q",),
        window_hint="q(?<=[1-4]q)",
        examples=(),
    ),
    Rule(
        name="month_quarter",
        pattern=rf"t(?<!\wt)he\s{{1,3}}(?P<mon>{MONTH})(?:\s{{1,3}}(?:-\s{{0,3}})?)?quarter(?![\w])(?:\s{{1,3}}of\s{{1,3}}(?P<y>{YEAR}))?",
        read=read_month_quarter,
        cues=(CueKind.MONTH,),
        literals=("quarter",),
        window_hint="quarter",
        examples=(),
    ),
    Rule(
        name="half",
        pattern=(
            rf"(?<![\w])(?:the\s{{1,3}})?(?P<h>first|second|1st|2nd)[\s-]{{1,3}}half(?![\w])"
            rf"(?:(?:\s{{1,3}}of|,)?\s{{1,3}}(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s{{1,3}}year))?"
        ),
        read=read_half,
        cues=(CueKind.RELATIVE,),
        literals=("half",),
        window_hint="half",
        examples=(),
    ),
    Rule(
        name="h_half",
        pattern=rf"h(?<!\wh)(?P<h>[12])\s{{0,3}}[-/]?\s{{0,3}}(?P<y>{YEAR}|'\d\d)(?![\w])(?P<yrel>)",
        read=read_half,
        cues=(CueKind.NUMBER,),
        literals=("h",),
        window_hint="h[12]",
        examples=(),
    ),
    Rule(
        name="nh_half",
        pattern=rf"(?P<h>[12](?<!\w[12]))h\s{{0,3}}(?P<y>{YEAR}|'?\d\d)(?![\w])(?P<yrel>)",
        read=read_half,
        cues=(CueKind.NUMBER,),
        literals=("h",),
        window_hint="h(?<=[12]h)",
        examples=(),
    ),
    Rule(
        name="first_months",
        pattern=(
            rf"(?<![\w])(?:the\s{{1,3}})?first\s{{1,3}}(?P<n>{CARDINAL})\s{{1,3}}months(?![\w])"
            rf"(?:(?:\s{{1,3}}of|,)?\s{{1,3}}(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s{{1,3}}year))?"
        ),
        read=read_first_months,
        cues=(CueKind.RELATIVE,),
        literals=("first",),
        window_hint="first",
        examples=(),
    ),
    Rule(
        name="fiscal_year",
        pattern=rf"f(?<!\wf)(?:y|(?:iscal|inancial)(?:\s{{1,3}}year)?)\s{{0,3}}(?P<y>{YEAR}|'?\d\d)(?![\d])(?:[-/](?P<y2>\d{{4}}|\d\d)(?![\d]))?(?![\w%]|[.,]\d)",
        read=read_fiscal_year,
        cues=(CueKind.NUMBER,),
        literals=("fy", "fiscal", "financial"),
        examples=(),
    ),
    Rule(
        name="decade",
        pattern=r"(?<![\w$])(?:(?P<apos>')?(?P<d>(?:1[89]|20)\d0|\d0)'?s|(?:the\s{1,3})(?:(?P<cent>19|20)\s{0,3})?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])",
        read=read_decade,
        cues=(CueKind.NUMBER, CueKind.RELATIVE),
        literals=("0s", "0's", "ties"),
        hint="0s|0's|ties",
        examples=(),
    ),
    Rule(
        name="year",
        pattern=(
            r"(?P<y>\d(?<![\w$#@/.,:']\d)\d{0,3})(?:\s{1,3}(?P<ad>a\.?d\.?(?![\w])))?"
            r"(?(ad)|(?:(?<=(?:19|20)\d\d)|(?<=\d{4})(?<![0-9]{4})))(?![\w%]|[.,:/]\d|-\d)"
        ),
        read=read_year,
        cues=(CueKind.NUMBER,),
        examples=(),
    ),
    Rule(
        name="year_range",
        pattern=(
            r"(?P<y1>(?:1(?<![\w$#@/.,:'-]1)[6-9]\d\d|2(?<![\w$#@/.,:'-]2)0\d\d)(?![\d]))"
            rf"\s{{0,3}}(?P<conj>-|to|through|until|till|and)\s{{0,3}}(?P<y2>{YEAR})(?![\w%]|[.,:/-]\d)"
        ),
        read=read_year_range,
        cues=(CueKind.NUMBER,),
        literals=("-", "to", "through", "until", "till", "and"),
        hint=r"\d\s{0,3}(?:-|to|through|until|till|and)\s{0,3}[12]",
        examples=(),
    ),
)


def _unique(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    names = [rule.name for rule in rules]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        msg = f"two rules of the date grammar have one name: {', '.join(twice)}"
        raise ValueError(msg)
    return rules


_unique(RULES)
