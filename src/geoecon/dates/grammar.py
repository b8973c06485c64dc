r"""The date grammar: one ``Rule`` per date form, in the order the scanner runs them.

To add a form, add a ``Rule`` to ``RULES``. "The year before last" is::

    Rule(
        name="year_before_last",
        pattern=r"(?<![\w])(?:the\s{1,3})?year\s{1,3}before\s{1,3}last(?![\w])",
        read=read_year_before_last,
        cues=(CueKind.RELATIVE,),  # "year" opens a window
        literals=("before last",),
        examples=(Example("Exports fell the year before last.", "year before last", "2023"), ...),
    )

with its reader in ``periods`` (``days`` for forms that name a day)::

    def read_year_before_last(_m, _at, anchor):
        if anchor.ref is None:
            return Period.unresolved(G.YEAR)
        return shift(anchor.ref, "year", -2)

* ``name`` says what the rule reads; ``pattern`` is a regular expression over lower-cased
  text, built from the pieces of ``vocabulary`` (``MONTH``, ``DAY``, ``YEAR``, ``WEEKDAY``,
  ``CARDINAL`` ...), every quantifier bounded; its named groups are what its reader reads.
* ``read`` is its reader: ``(match, around, anchor) -> Period | None``, ``None`` where the
  match is no date after all. ``around`` shows the words before and after the match (``"in"
  2014``, 2000 ``"tonnes"``); ``anchor`` answers "which year, which Monday" for relative
  forms and holds the reference date (``Period.unresolved`` without one); ``calendar`` makes
  the ``Period`` (``Period.month(2024, 3)``, ``shift(ref, "quarter", -1)`` ...).
* ``cues`` names the kinds of cue near which it can match (``CueKind``: a month or weekday
  name, digits, a relative or period word such as "year", "week", "today", or "on the");
  the scanner runs a rule only on the windows of text around its cues (36 characters
  before a cue, 32 after). The words that open a window are in ``vocabulary.CUE_WORDS``.
* ``literals`` (optional): strings of which the text must hold one, a cheap first test.
* ``examples``: two or more real news phrasings, each with the surface read and its value
  against Monday 24 February 2025 (``tests/dates/test_rules.py`` checks that each is read,
  and by this rule).

The other fields are speed hints (``hint``, ``window_hint``, ``step``, ``month_check``,
``gate``; see ``Rule``); a new rule needs none of them. Candidates that overlap are settled
by the scanner: the longer wins, then the earlier, then the rule earlier in this table.
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
from geoecon.dates.fiscal import FISCAL_RULES
from geoecon.dates.gates import (
    DAY_AFTER_MONTH,
    DIGIT_THEN_SEPARATOR,
    day_before_month,
    number_before_unit,
    relative_before,
)
from geoecon.dates.periods import (
    read_compact_quarter,
    read_decade,
    read_first_months,
    read_first_quarters,
    read_fiscal_year,
    read_half,
    read_month,
    read_month_quarter,
    read_month_range,
    read_month_year,
    read_months_to,
    read_nth_week,
    read_numeric_month_year,
    read_quarter,
    read_relative_period,
    read_same_period,
    read_the_period,
    read_upcoming,
    read_week_number,
    read_week_of,
    read_year,
    read_year_dash_number,
    read_year_range,
)
from geoecon.dates.rule import Example, Rule, Step
from geoecon.dates.vocabulary import (
    CARDINAL,
    DAY,
    DAY_NUMBER,
    MONTH,
    MONTH_NAME,
    MONTH_STEP,
    ORDINAL,
    RELATIVE,
    THE_FIRST,
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
_SPAN_TO: Final = r"\s{0,3}(?:-|to|through|until|till)\s{0,3}"  # "15-16", "25 November to 29 December"
_SPAN_DAY: Final = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# Speed: patterns open with a letter or digit, the lookbehind just after it ("t(?<![\w]t)he" is
# "(?<![\w])the": the lookbehind sees the character just read), so that re skips ahead to the
# characters that open a match; opened by a lookbehind or an optional group, a pattern is tried
# at every character of a window. tests/rewrites/test_dates_openers.py holds the plain forms.
_NUMERIC_START: Final = r"[\w.,$/:-]"  # what a numeric date does not follow
# A month number, 1-12, opening a numeric date: "0?[1-9]|1[0-2]" in that order, each digit first.
_MONTH_NUMBER: Final = (
    rf"0(?<!{_NUMERIC_START}0)[1-9]|"
    + "|".join(rf"{d}(?<!{_NUMERIC_START}{d})" for d in "123456789")
    + rf"|1(?<!{_NUMERIC_START}1)[0-2]"
)
RULES: Final[tuple[Rule, ...]] = (
    Rule(
        name="iso_date",
        pattern=rf"(?<![\d.])(?:{WEEKDAY},?\s{{1,3}})?(?P<y>{YEAR})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d])",
        read=read_iso_date,
        cues=(CueKind.NUMBER,),
        literals=("-", "/", "."),
        hint=r"[12]\d\d\d[-/.]\d",  # year, separator, month
        gate=DIGIT_THEN_SEPARATOR,
        examples=(
            Example("The deal was signed on 2025-02-24 in Riyadh.", "2025-02-24", "2025-02-24"),
            Example("Bids are due by 2024/11/30, the ministry said.", "2024/11/30", "2024-11-30"),
        ),
    ),
    Rule(
        name="compact_date",
        # The lookbehind sits after the first digit ("1(?<!\d1)" == "(?<!\d)1") so that the
        # pattern opens with a literal and ``re`` skips ahead to a "1" or "2"; so below.
        pattern=r"(?P<y>(?:1(?<!\d1)9|2(?<!\d2)0)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>3[01]|[12]\d|0[1-9])(?![\d])",
        read=read_iso_date,
        cues=(CueKind.NUMBER,),
        hint=r"\d\d{7}",  # eight digits, opening with one (then re skips to a digit)
        examples=(
            Example("The filing, dated 20230630, showed a loss.", "20230630", "2023-06-30"),
            Example("The ministry said the tender closes on 20250310.", "20250310", "2025-03-10"),
        ),
    ),
    Rule(
        name="named_triple",
        pattern=rf"(?<![\w.])(?:(?P<a>{MONTH_NAME}|\d{{1,4}})(?P<s>[-/])(?P<b>{MONTH_NAME}|\d{{1,4}})(?P=s)(?P<c>{MONTH_NAME}|\d{{1,4}}))(?![\w])",
        read=read_named_triple,
        cues=(CueKind.MONTH,),
        literals=("-", "/"),
        hint=r"[-/](?:[a-z]{3,9}|\d{1,4})[-/]",  # the middle part between its separators
        examples=(
            Example("The tender closes 05-Aug-2016, the ministry said.", "05-Aug-2016", "2016-08-05"),
            Example("Bids must arrive by 12-Mar-25 at noon.", "12-Mar-25", "2025-03-12"),
        ),
    ),
    Rule(
        name="numeric_date",
        pattern=(
            rf"(?P<a>\d(?<!{_NUMERIC_START}\d)\d?)(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})"
            + _NOT_AFTER_NUM
        ),
        read=read_numeric_date,
        cues=(CueKind.NUMBER,),
        literals=("-", "/", "."),
        hint=r"\d[-/.]\d\d?[-/.]\d\d",
        gate=DIGIT_THEN_SEPARATOR,
        examples=(
            Example("The notice is dated 24/02/2025.", "24/02/2025", "2025-02-24"),
            Example("The vessel arrived on 3/14/2024 in Rotterdam.", "3/14/2024", "2024-03-14"),
        ),
    ),
    Rule(
        name="month_slash_day",
        pattern=rf"(?P<a>{_MONTH_NUMBER}) ?(?P<sep>[/-]) ?(?P<b>3[01]|[12]\d|0?[1-9])" + _NOT_AFTER_NUM,
        read=read_month_slash_day,
        cues=(CueKind.NUMBER,),
        literals=("-", "/"),
        hint=r"\d ?[-/] ?\d",
        gate=DIGIT_THEN_SEPARATOR,
        examples=(
            Example("The tanker left on 2/15.", "2/15", "2025-02-15"),
            Example("Prices have risen since 1/20, traders said.", "1/20", "2025-01-20"),
        ),
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
        hint=r"[12]\d\d\d[-/]\d",  # the year, its separator and a digit
        gate=DIGIT_THEN_SEPARATOR,
        examples=(
            Example("Sales were flat in 2015-3 overall.", "2015-3", "2015-03"),
            Example("Pakistan expects growth of 3% in 2024-25.", "2024-25", "2024-07/2025-06"),
        ),
    ),
    Rule(
        name="numeric_month_year",
        pattern=rf"(?P<m>{_MONTH_NUMBER})[-/](?P<y>{YEAR})" + _NOT_AFTER_NUM,
        read=read_numeric_month_year,
        cues=(CueKind.NUMBER,),
        literals=("-", "/"),
        hint=r"\d[-/][12]\d\d\d",
        gate=DIGIT_THEN_SEPARATOR,
        examples=(
            Example("Inflation peaked in 10/2022 at 11.1%.", "10/2022", "2022-10"),
            Example("The contract runs until 03/2026, the company said.", "03/2026", "2026-03"),
        ),
    ),
    Rule(
        name="month_day",
        pattern=(
            rf"{_WD_PREFIX}(?P<mon>{MONTH})\s{{0,3}}(?:the\s{{1,3}})?(?P<day>{DAY})(?!\.\d|,(?!(?:19|20)\d\d(?!\d|[.,]\d))\d)"
            # a span of days, one expression: "June 15-16", "Nov. 25 to Dec. 29"
            rf"(?:{_SPAN_TO}(?:(?P<m2>{MONTH})\s{{0,3}})?(?P<d2>{_SPAN_DAY})(?![\w]|[.,]\d))?"
            rf"(?:{_DAYYEAR_SEP}(?P<y>{YEAR}))?(?P<y2>)?{_WD_SUFFIX}"
        ),
        read=read_month_day,
        cues=(CueKind.MONTH,),
        step=Step(MONTH_STEP, 14),  # after "wednesday.,   "
        month_check=DAY_AFTER_MONTH,
        examples=(
            Example("Talks resumed on Feb. 24, 2025, in Istanbul.", "Feb. 24, 2025", "2025-02-24"),
            Example("The tanker docked on Feb. 20 at Novorossiysk.", "Feb. 20", "2025-02-20"),
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
        name="day_month",
        pattern=(
            rf"(?:(?P<the>the)\s{{1,3}})?(?P<day>{DAY}|(?:3[01]|[12]\d|0?[1-9])(?={MONTH_NAME}))"
            # a span of days, one expression: "15-16 June", "25 November to 29 December"
            rf"(?:{_SPAN_TO}(?P<d0>{_SPAN_DAY})(?=\s))?"
            rf"(?:\s{{1,3}}day)?\s{{0,3}}(?:(?P<of>of)\s{{1,3}})?(?P<mon>{MONTH})"
            rf"(?:{_SPAN_TO}(?P<d2>{_SPAN_DAY})\s{{1,3}}(?P<m2>{MONTH}))?"
            rf"(?:{_DAYYEAR_SEP}(?P<y>{YEAR})|(?:\s{{1,3}}(?P<yof>of\s{{1,3}})?|\s{{0,3}}')(?P<yy>\d\d)(?![\w%]|[.,]\d))?"
        ),
        read=read_day_month,
        cues=(CueKind.MONTH,),
        # No hint: the month check looks before each month name for the end of a day ("3", "3rd",
        # "first", " day", "of"), cheaper than a hint searched for in every window.
        step=Step(MONTH_STEP, 36),  # after "the   twenty   seventh   day   of   "
        month_check=day_before_month,
        examples=(
            Example("The embargo began on 24 Feb 2025 at midnight.", "24 Feb 2025", "2025-02-24"),
            Example("The cable was sent on the 4th of July 1995.", "4th of July 1995", "1995-07-04"),
            Example(
                "Sales over the five weeks from 25 November to 29 December 2018 were flat.",
                "25 November to 29 December 2018",
                "2018-11-25/2018-12-29",
            ),
            Example("The summit runs 15-16 June in Brussels.", "15-16 June", "2024-06-15/2024-06-16"),
        ),
    ),
    Rule(
        name="month_year",
        pattern=(
            rf"(?P<mon>{MONTH})(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}(?:of\s{{1,3}})?|[-/]|\s{{1,3}}'|(?=[12]\d\d\d))(?P<y>{YEAR}|(?<=')\d\d(?![\d]))"
            + _NOT_AFTER_NUM
        ),
        read=read_month_year,
        cues=(CueKind.MONTH,),
        step=Step(MONTH_STEP, 0),
        examples=(
            Example(
                "Russia's full-scale invasion in February 2022 changed trade.", "February 2022", "2022-02"
            ),
            Example("Prices jumped in Dec. 2023 after the cut.", "Dec. 2023", "2023-12"),
            Example("Exports rose in April2022, the data showed.", "April2022", "2022-04"),
        ),
    ),
    Rule(
        name="year_month_name",
        pattern=rf"(?<![\w.,$-])(?P<y>{YEAR})\s{{1,3}}(?P<mon>{MONTH})(?![\w])",
        read=read_month_year,
        cues=(CueKind.MONTH,),
        hint=rf"\d\s{{1,3}}{_MON3}",
        examples=(
            Example("The figure for 2023 December was revised up.", "2023 December", "2023-12"),
            Example("Sales in 1987 Jan rose 4.5 pct.", "1987 Jan", "1987-01"),
        ),
    ),
    Rule(
        name="month_range",
        pattern=(
            rf"(?P<m1>{MONTH})(?:,?\s{{1,3}}(?P<y1>{YEAR}))?\s{{0,3}}(?P<conj>-|to|through|until|till|and)\s{{0,3}}(?P<m2>{MONTH})"
            rf"(?:,?\s{{1,3}}(?:of\s{{1,3}})?(?P<y>{YEAR})(?:[-/](?P<yend>\d\d)(?![\d]))?|\s{{1,3}}(?P<yrel>this|last|next)\s{{1,3}}year(?![\w]))?"
        ),
        read=read_month_range,
        cues=(CueKind.MONTH,),
        step=Step(MONTH_STEP, 0),
        examples=(
            Example(
                "Imports fell in January-August 2023, customs said.", "January-August 2023", "2023-01/2023-08"
            ),
            Example(
                "Output rose between March and May, the agency said.", "March and May", "2024-03/2024-05"
            ),
            # a year on each end, or a split year after the months (its first year the first month's)
            Example(
                "Prices rose from September 2023 to June 2024.",
                "September 2023 to June 2024",
                "2023-09/2024-06",
            ),
            Example("Revenue for April-March 2022-23 rose 9%.", "April-March 2022-23", "2022-04/2023-03"),
        ),
    ),
    Rule(
        name="month",
        pattern=(
            rf"(?:(?P<rel>this|last|next|coming|past|previous)\s{{1,3}})?(?P<mon>{MONTH})(?:\s{{1,3}}(?P<after>after\s{{1,3}}next))?(?![\w-])"
            # one expression with a relative year: "September last year", "the September quarter last year"
            r"(?:(?:\s{1,3}(?P<q>quarter))?,?\s{1,3}(?P<yrel>last|this|next)\s{1,3}year(?![\w]))?"
        ),
        read=read_month,
        cues=(CueKind.MONTH,),
        step=Step(MONTH_STEP, 11, lead=relative_before),  # after "previous   "
        examples=(
            Example("The harvest began in July, farmers said.", "July", "2024-07"),
            Example("Talks began last March under pressure.", "last March", "2024-03"),
            Example("Rates were cut in September last year.", "September last year", "2024-09"),
            Example(
                "Output may reach the heights of the September quarter last year.",
                "September quarter last year",
                "2024-Q3",
            ),
        ),
    ),
    Rule(
        name="weekday",
        pattern=(
            rf"(?:(?P<rel>{RELATIVE})\s{{1,3}}(?:(?P<wrel>{RELATIVE})?\s{{0,3}}week(?:'s)?\s{{0,3}}-?\s{{0,3}})?)?(?P<wd>{WEEKDAY})"
            rf"(?:\s{{1,3}}(?:(?:of|from)\s{{1,3}}(?:the\s{{1,3}})?(?P<wrel2>{RELATIVE})\s{{1,3}}week|(?P<wrel3>this|last|next)\s{{1,3}}week|(?P<after>after\s{{1,3}}next)))?"
        ),
        read=read_weekday,
        cues=(CueKind.WEEKDAY,),
        examples=(
            Example("Putin on Monday offered a rival deal.", "Monday", "2025-02-24"),
            Example("The vote is set for next Tuesday.", "next Tuesday", "2025-03-04"),
        ),
    ),
    Rule(
        name="relative_week_weekday",
        # "weekday" reads "last week's Friday" too (as "last Friday", the same day, and first
        # in the table); this one wins only where a weekday just before it is read with its
        # week ("Friday last week Tuesday"): it reads the longer span.
        pattern=rf"(?P<wrel>{RELATIVE})\s{{1,3}}week(?:'s)?\s{{0,3}}-?\s{{0,3}}(?P<wd>{WEEKDAY})(?P<rel>)(?P<wrel2>)(?P<wrel3>)(?P<after>)",
        read=read_weekday,
        cues=(CueKind.WEEKDAY,),
        literals=("week",),
        window_hint="week",
        examples=(
            Example(
                "The meeting moved from Friday last week Tuesday, officials said.",
                "last week Tuesday",
                "2025-02-18",
            ),
            Example(
                "Bids were due Monday next week Thursday at the latest.", "next week Thursday", "2025-03-06"
            ),
        ),
    ),
    Rule(
        name="weekday_the_nth",
        pattern=rf"(?P<wd>{WEEKDAY}),?\s{{1,3}}(?:the\s{{1,3}})?(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w])|(?:3[01]|[12]\d|0?[1-9])(?![\w.,]|\s{{0,3}}[a-z0-9])|(?<=the\s){ORDINAL}|(?<=the\s\s){ORDINAL})",
        read=read_weekday_the_nth,
        cues=(CueKind.WEEKDAY,),
        examples=(
            Example(
                "The board meets on Tuesday the 18th to set the dividend.", "Tuesday the 18th", "2025-02-18"
            ),
            Example("Shares jumped on Friday, the 14th, after the report.", "Friday, the 14th", "2025-02-14"),
        ),
    ),
    Rule(
        name="on_the_nth",
        pattern=rf"o(?<!\wo)n\s{{1,3}}the\s{{1,3}}(?P<day>{DAY_NUMBER}|{ORDINAL})(?!\s{{0,3}}[\w(])",
        read=read_on_the_nth,
        cues=(CueKind.NUMBER, CueKind.ON_THE),
        literals=("on the",),
        examples=(
            Example("The bond was repaid on the 15th, the treasury said.", "15th", "2025-02-15"),
            Example("Talks resume on the 20th.", "20th", "2025-02-20"),
        ),
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
        examples=(
            Example("OPEC meets on the first Tuesday of March.", "first Tuesday of March", "2025-03-04"),
            Example(
                "The auction is held on the last Friday in October 2014.",
                "last Friday in October 2014",
                "2014-10-31",
            ),
        ),
    ),
    Rule(
        name="weekdays_away",
        pattern=rf"(?P<n>{CARDINAL})\s{{1,3}}(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)days)\s{{1,3}}(?P<dir>from\s{{1,3}}now|ago|back|hence)",
        read=read_weekdays_away,
        cues=(CueKind.WEEKDAY,),
        literals=("days",),
        window_hint="days",
        examples=(
            Example("The deal closes 3 fridays from now.", "3 fridays from now", "2025-03-14"),
            Example("It met two thursdays ago.", "two thursdays ago", "2025-02-13"),
        ),
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
        window_hint=r"(?:of|in)\s{1,3}(?:the\s{1,3})?(?:(?:this|last|next|previous|following|current)\s{1,3})?month",
        examples=(
            Example("Wages are paid on the 20th of next month.", "20th of next month", "2025-03-20"),
            Example("Rent is due on the last day of the month.", "last day of the month", "2025-02-28"),
        ),
    ),
    Rule(
        name="day_of_named_month",
        pattern=rf"(?:the\s{{1,3}})?(?P<nth>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th)|last)(?:\s{{1,3}}(?P<fromlast>last))?\s{{1,3}}day\s{{1,3}}(?:of|in)\s{{1,3}}(?P<mon>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR}))?(?P<mrel>)",
        read=read_day_of_month,
        cues=(CueKind.MONTH,),
        literals=("day of", "day in"),
        window_hint=r"day\s{1,3}(?:of|in)\s",
        examples=(
            Example(
                "The quota expires on the last day of October 2015.", "last day of October 2015", "2015-10-31"
            ),
            Example(
                "Bids close on the second last day of June 2024.",
                "second last day of June 2024",
                "2024-06-29",
            ),
        ),
    ),
    Rule(
        name="week_of",
        pattern=rf"(?:the\s{{1,3}})?week\s{{1,3}}of\s{{1,3}}(?P<mon>{MONTH})\s{{0,3}}(?P<day>{DAY})(?:,?\s{{1,3}}(?P<y>{YEAR}))?",
        read=read_week_of,
        cues=(CueKind.MONTH,),
        literals=("week of",),
        window_hint=r"week\s{1,3}of\s",
        examples=(
            Example(
                "Shipments resume the week of October 7th, 2024.", "week of October 7th, 2024", "2024-W41"
            ),
            Example("Talks were held in the week of March 10.", "week of March 10", "2024-W10"),
        ),
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
        examples=(
            Example("Demand was weakest in the first week of 2015.", "first week of 2015", "2015-W01"),
            Example(
                "Prices peaked in the last week of September 2014.", "last week of September 2014", "2014-W39"
            ),
        ),
    ),
    Rule(
        name="week_number",
        pattern=rf"w(?<!\ww)eek\s{{1,3}}(?P<w>\d{{1,2}})(?![\w.,])(?:,?\s{{1,3}}(?:of\s{{1,3}})?(?P<y>{YEAR}))?",
        read=read_week_number,
        cues=(CueKind.RELATIVE,),
        literals=("week",),
        hint="week",
        examples=(
            Example("Flu cases peaked in week 41 and fell after.", "week 41", "2025-W41"),
            Example("Sales in week 3 of 2024 fell 2%.", "week 3 of 2024", "2024-W03"),
        ),
    ),
    Rule(
        name="relative_day",
        pattern=(
            # "the day after tomorrow", "today", "yesterday" ...: each branch opens with its letter and
            # the lookbehind after it ("t(?<![\w]t)" is "(?<![\w])t"), the branches of a letter in
            # their order, so that re skips to the letters that open one (Speed).
            r"(?:t(?<![\w]t)(?:he\s{1,3}day\s{1,3}(?:after\s{1,3}tomorrow|before\s{1,3}yesterday)|oday|onight|omorrows?"
            r"|he\s{1,3}day\s{1,3}(?:before|after)(?=\s{0,3}[.?!,;]|\s{0,3}$)|he\s{1,3}(?:previous|next|following)\s{1,3}day)"
            r"|d(?<![\w]d)ay\s{1,3}(?:after\s{1,3}tomorrow|before\s{1,3}yesterday)|y(?<![\w]y)esterday|o(?<![\w]o)td)(?![\w])"
        ),
        read=read_relative_day,
        cues=(CueKind.RELATIVE,),
        literals=("today", "tonight", "yesterday", "tomorrow", "otd", "day"),
        hint="day|tonight|tomorrow|otd",
        examples=(
            Example("The rouble fell yesterday against the dollar.", "yesterday", "2025-02-23"),
            Example("The ministry said today that exports fell.", "today", "2025-02-24"),
        ),
    ),
    Rule(
        name="offset",
        pattern=(
            rf"(?<![\w])(?:(?P<in>in)\s{{1,3}})?(?P<n>{CARDINAL})\s{{1,3}}(?P<unit>days?|weeks?|fortnights?|months?|years?)"
            # "a year earlier than planned" compares with a plan: no date
            r"(?:\s{1,3}(?P<dir>ago|(?:earlier|later)(?!\s{1,3}than\b)|back|prior|hence|from\s{1,3}(?:now|today)|after\s{1,3}today|before\s{1,3}today))?(?![\w-])"
        ),
        read=read_offset,
        cues=(CueKind.RELATIVE,),
        literals=("day", "week", "month", "year", "fortnight"),
        # The unit, after "in   twelve   "; a unit after no number is passed over.
        step=Step(
            r"(?:day|week|fortnight|month|year)",
            14,
            check=number_before_unit,  # after spaces, so at a word's start: a cue, but "fortnight"
            cue_words=frozenset({"day", "week", "month", "year"}),
            other_words=("fortnight",),
        ),
        examples=(
            Example("The deal was struck two years ago in Doha.", "two years ago", "2023"),
            Example("Rates will be cut in 3 weeks, the governor said.", "in 3 weeks", "2025-03-17"),
        ),
    ),
    Rule(
        name="relative_period",
        pattern=(
            r"(?<![\w])(?:the\s{1,3})?(?P<rel>this|last|next|past|previous|prior|preceding|current|coming|following|upcoming)\s{1,3}"
            r"(?P<fiscal>(?:calendar|fiscal|financial|budget)\s{1,3})?(?P<unit>week|month|year|yr|quarter|qtr)(?![\w-])"
        ),
        read=read_relative_period,
        cues=(CueKind.RELATIVE,),
        literals=(
            "this",
            "last",
            "next",
            "past",
            "previous",
            "prior",
            "preceding",
            "current",
            "coming",
            "following",
            "upcoming",
        ),
        step=Step(
            r"(?:this|last|next|past|previous|prior|preceding|current|coming|following|upcoming)\s{1,3}"
            r"(?:(?:calendar|fiscal|financial|budget)\s{1,3})?(?:week|month|year|yr|quarter|qtr)",
            6,  # after "the   "
        ),
        examples=(
            Example("Inflation slowed last year, the bank said.", "last year", "2024"),
            Example("Margins narrowed last quarter.", "last quarter", "2024-Q4"),
        ),
    ),
    Rule(
        name="same_period",
        pattern=(
            # Each branch opens with its letter, the lookbehind after it (Speed: see "relative_day").
            r"(?:s(?<![\w]s)ame\s{1,3}(?:[a-z]{1,8}-month\s{1,3})?(?P<unit>month|period|quarter|week|time|season|half)"
            rf"(?:\s{{1,3}}(?:of|in)\s{{1,3}}(?P<y>{YEAR})|\s{{1,3}}(?P<rel>last\s{{1,3}}(?:(?:fiscal|financial)\s{{1,3}})?year"
            r"|a\s{1,3}year\s{1,3}(?:ago|earlier|before)|(?:of\s{1,3})?the\s{1,3}(?:previous|prior|preceding)\s{1,3}year))"
            r"|y(?<![\w]y)ear-ago\s{1,3}(?P<unit2>period|month|quarter|level))(?![\w-])"
        ),
        read=read_same_period,
        cues=(CueKind.RELATIVE, CueKind.NUMBER),
        literals=("same", "year-ago"),
        examples=(
            Example("Sales in May rose 7% from the same month last year.", "same month last year", "2023-05"),
            Example("Output fell compared to the same period of 2016.", "same period of 2016", "2016"),
        ),
    ),
    Rule(
        name="the_period",
        pattern=(
            # "for the day", "of the year"; "the week ahead"
            r"t(?<!\wt)he\s{1,3}(?P<unit>day|week|month|year)(?:\s{1,3}(?P<ahead>ahead)(?![\w-])"
            r"|(?![\w-]|\s{0,3}\d|\s{1,3}(?:before|after|of|in|to|ahead|earlier|ago|on|and)\b))"
        ),
        read=read_the_period,
        cues=(CueKind.RELATIVE,),
        literals=("the day", "the week", "the month", "the year"),
        examples=(
            Example("The week ahead brings rate decisions in Jakarta and Bangkok.", "week ahead", "2025-W10"),
            Example("Stocks rose 2% for the day.", "the day", "2025-02-24"),
            Example("Gold is the best performer of the year.", "the year", "2025"),
        ),
    ),
    Rule(
        name="upcoming",
        pattern=rf"(?<![\w])(?:upcoming\s{{1,3}}(?P<n>{CARDINAL})\s{{1,3}}(?P<unit>days?|weeks?|months?|quarters?|years?)|(?P<n2>{CARDINAL})\s{{1,3}}upcoming\s{{1,3}}(?P<unit2>days?|weeks?|months?|quarters?|years?))(?![\w])",
        read=read_upcoming,
        cues=(CueKind.RELATIVE,),
        literals=("upcoming",),
        window_hint="upcoming",
        examples=(
            Example(
                "The bank expects growth in the upcoming two quarters.", "upcoming two quarters", "2025-Q3"
            ),
            Example("Prices will rise over the 2 upcoming weeks.", "2 upcoming weeks", "2025-W11"),
        ),
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
        examples=(
            Example("GDP grew in the third quarter of 2024.", "third quarter of 2024", "2024-Q3"),
            Example("Exports rose in the third quarter, the agency said.", "third quarter", "2024-Q3"),
        ),
    ),
    Rule(
        name="q_quarter",
        pattern=(
            # "Q2/Q3 2020": two quarters, one year
            r"q(?<!\wq)(?P<q>[1-4])(?:\s{0,2}[/-]\s{0,2}q(?P<q2>[1-4])(?=\s{0,3}[12]\d))?"
            rf"(?:\s{{0,3}}(?:[-/]|of(?=\s))?\s{{0,3}}(?P<y>{YEAR})|\s{{0,3}}(?P<y2>'\d\d))?(?![\w])(?P<yrel>)"
        ),
        read=read_quarter,
        cues=(CueKind.NUMBER,),
        literals=("q",),
        window_hint="q[1-4]",
        examples=(
            Example("Profit fell in Q3 2024 on weaker demand.", "Q3 2024", "2024-Q3"),
            Example("Q4 2023 revenue rose 12%.", "Q4 2023", "2023-Q4"),
            Example("Margins narrowed in Q3 of 2021.", "Q3 of 2021", "2021-Q3"),
            Example("The plan goes to the inspectorate in Q2/Q3 2020.", "Q2/Q3 2020", "2020-Q2/2020-Q3"),
        ),
    ),
    Rule(
        name="year_q_quarter",
        # "(?<![\w])(?P<y>{YEAR}|\d\d)" with the first digit taken first, the rest of each branch after it.
        pattern=r"(?P<y>\d(?<!\w\d)(?:(?<=1)[6-9]\d\d(?![\d])|(?<=2)0\d\d(?![\d])|\d))\s{0,3}-?\s{0,3}q(?P<q>[1-4])(?![\w])",
        read=read_compact_quarter,
        cues=(CueKind.NUMBER,),
        literals=("q",),
        window_hint="q[1-4]",
        examples=(
            Example("Sales rose in 2019 q1 and slipped after.", "2019 q1", "2019-Q1"),
            Example("Revenue rose in 2024-Q2, the company said.", "2024-Q2", "2024-Q2"),
        ),
    ),
    Rule(
        name="nq_quarter",
        pattern=rf"(?P<q>[1-4](?<!\w[1-4]))q\s{{0,3}}(?P<y>{YEAR}|'?\d\d)(?![\w])",
        read=read_compact_quarter,
        cues=(CueKind.NUMBER,),
        literals=("q",),
        # "q(?<=[1-4]q)" is "[1-4]q" opening with its letter; its lookbehind may see a digit
        # just before the window (it then passes, never fails). So "h(?<=[12]h)" below.
        window_hint="q(?<=[1-4]q)",
        examples=(
            Example("Earnings fell in 3Q 2024, the company said.", "3Q 2024", "2024-Q3"),
            Example("Profit doubled in 4Q24.", "4Q24", "2024-Q4"),
        ),
    ),
    Rule(
        name="month_quarter",
        pattern=(
            # "the just-completed September quarter", "the September 2023 quarter"
            rf"t(?<!\wt)he\s{{1,3}}(?:[a-z]{{2,12}}-[a-z]{{2,12}}\s{{1,3}})?(?P<mon>{MONTH})(?:\s{{1,3}}(?P<y0>{YEAR}))?"
            rf"(?:\s{{1,3}}(?:-\s{{0,3}})?)?quarter(?![\w])(?:\s{{1,3}}of\s{{1,3}}(?P<y>{YEAR}))?"
        ),
        read=read_month_quarter,
        cues=(CueKind.MONTH,),
        literals=("quarter",),
        window_hint="quarter",
        examples=(
            Example(
                "Gold output hit a record in the September 2023 quarter.", "September 2023 quarter", "2023-Q3"
            ),
            Example("The miner's sales rose in the September quarter.", "September quarter", "2024-Q3"),
            Example("Output fell in the June quarter of 2024.", "June quarter of 2024", "2024-Q2"),
        ),
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
        examples=(
            Example("Orders grew in the first half of 2023.", "first half of 2023", "2023-01/2023-06"),
            Example(
                "Sales slowed in the second half of last year.", "second half of last year", "2024-07/2024-12"
            ),
        ),
    ),
    Rule(
        name="h_half",
        pattern=rf"h(?<!\wh)(?P<h>[12])\s{{0,3}}[-/]?\s{{0,3}}(?P<y>{YEAR}|'\d\d)(?![\w])(?P<yrel>)",
        read=read_half,
        cues=(CueKind.NUMBER,),
        literals=("h",),
        window_hint="h[12]",
        examples=(
            Example("Revenue doubled in H1 2024 from a year before.", "H1 2024", "2024-01/2024-06"),
            Example("The company expects a recovery in H2 2025.", "H2 2025", "2025-07/2025-12"),
        ),
    ),
    Rule(
        name="nh_half",
        pattern=rf"(?P<h>[12](?<!\w[12]))h\s{{0,3}}(?P<y>{YEAR}|'?\d\d)(?![\w])(?P<yrel>)",
        read=read_half,
        cues=(CueKind.NUMBER,),
        literals=("h",),
        window_hint="h(?<=[12]h)",
        examples=(
            Example("Margins improved in 2H 2024.", "2H 2024", "2024-07/2024-12"),
            Example("Sales rose in 1H24, the company said.", "1H24", "2024-01/2024-06"),
        ),
    ),
    Rule(
        name="months_to",
        pattern=(
            rf"(?<![\w])(?:(?P<n>{CARDINAL})\s{{1,3}}months|(?P<fy>financial\s{{1,3}}|fiscal\s{{1,3}})?year)"
            rf"[\s-]{{1,3}}(?P<to>to|through|thru|ended|ending|until)[\s-]{{1,3}}(?:end[\s-]{{1,3}})?(?P<mon>{MONTH})"
            rf"(?:\s{{1,3}}(?:3[01]|[12]\d|0?[1-9])(?![\d]))?(?:,?\s{{1,3}}(?P<y>{YEAR}))?(?![\w])"
        ),
        read=read_months_to,
        cues=(CueKind.MONTH,),
        literals=("months", "year"),
        hint=r"(?:months|year)[\s-]{1,3}(?:to|through|thru|ended|ending|until)[\s-]",
        examples=(
            Example(
                "Borrowing in the nine months to December 2023 rose.",
                "nine months to December 2023",
                "2023-04/2023-12",
            ),
            Example(
                "India imported more crude in the year to March 2022.",
                "year to March 2022",
                "2021-04/2022-03",
            ),
        ),
    ),
    Rule(
        name="first_quarters",
        pattern=(
            rf"{THE_FIRST}\s{{1,3}}(?P<n>two|three|2|3)\s{{1,3}}quarters(?![\w])"
            rf"(?:(?:\s{{1,3}}of|,)?\s{{1,3}}(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s{{1,3}}year))?"
        ),
        read=read_first_quarters,
        cues=(CueKind.RELATIVE,),
        literals=("quarters",),
        examples=(
            Example(
                "China's GDP grew 4.8% in the first three quarters of 2024.",
                "first three quarters of 2024",
                "2024-01/2024-09",
            ),
            Example(
                "Output rose in the first two quarters, the ministry said.",
                "first two quarters",
                "2024-01/2024-06",
            ),
        ),
    ),
    Rule(
        name="first_months",
        pattern=(
            rf"{THE_FIRST}\s{{1,3}}(?P<n>{CARDINAL})\s{{1,3}}months(?![\w])"
            rf"(?:(?:\s{{1,3}}of|,)?\s{{1,3}}(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s{{1,3}}year))?"
        ),
        read=read_first_months,
        cues=(CueKind.RELATIVE,),
        literals=("first",),
        window_hint="first",
        examples=(
            Example(
                "Exports rose in the first nine months of 2024.",
                "first nine months of 2024",
                "2024-01/2024-09",
            ),
            Example(
                "Output fell in the first six months of last year.",
                "first six months of last year",
                "2024-01/2024-06",
            ),
        ),
    ),
    *FISCAL_RULES,
    Rule(
        name="fiscal_year",
        pattern=(
            rf"f(?<!\wf)(?:y|(?:iscal|inancial)(?:\s{{1,3}}years?)?)\s{{0,3}}(?P<y>{YEAR}|'?\d\d)(?![\d])(?:[-/](?P<y2>\d{{4}}|\d\d)(?![\d]))?"
            # a range of fiscal years: "FY 2026 through FY 2029", "fiscal 2025 to 2027"
            r"(?:\s{0,3}(?:to|through|thru|until|-\s{0,3}(?=f))\s{0,3}(?:(?:fy|fiscal(?:\s{1,3}year)?)\s{0,3})?"
            rf"(?P<r2>{YEAR}|'?\d\d(?![\d])))?(?![\w%]|[.,]\d)"
        ),
        read=read_fiscal_year,
        cues=(CueKind.NUMBER,),
        literals=("fy", "fiscal", "financial"),
        examples=(
            Example("India's fiscal deficit for FY2024 was 5.6% of GDP.", "FY2024", "2023-04/2024-03"),
            Example("Japan's budget for fiscal 2025 is a record.", "fiscal 2025", "2025-04/2026-03"),
            Example(
                "Caps on U.S. discretionary funding run from FY 2026 through FY 2029.",
                "FY 2026 through FY 2029",
                "2025-10/2029-09",
            ),
            Example(
                "Japan plans bond sales in fiscal 2025 to 2027.", "fiscal 2025 to 2027", "2025-04/2028-03"
            ),
        ),
    ),
    Rule(
        name="decade",
        pattern=r"(?<![\w$])(?:(?P<apos>')?(?P<d>(?:1[89]|20)\d0|\d0)'?s|(?:the\s{1,3})(?:(?P<cent>19|20)\s{0,3})?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])",
        read=read_decade,
        cues=(CueKind.NUMBER, CueKind.RELATIVE),
        literals=("0s", "0's", "ties"),
        window_hint="0s|0's|ties",
        examples=(
            Example("Oil prices collapsed in the 1980s.", "1980s", "198X"),
            Example("It was a boom of the '90s.", "'90s", "199X"),
        ),
    ),
    Rule(
        name="year",
        # Without "AD", four digits, 19xx or 20xx in ASCII digits (``read_year`` reads other
        # digits): the conditional rules out in the engine what the reader refuses, so a
        # list of small numbers costs no reader call each.
        pattern=(
            r"(?P<y>\d(?<![\w$#@/.,:']\d)\d{0,3})(?:\s{1,3}(?P<ad>a\.?d\.?(?![\w])))?"
            r"(?(ad)|(?:(?<=(?:19|20)\d\d)|(?<=\d{4})(?<![0-9]{4})))(?![\w%]|[.,:/]\d|-\d)"
        ),
        read=read_year,
        cues=(CueKind.NUMBER,),
        examples=(
            Example("Russia began to occupy the regions in 2014.", "2014", "2014"),
            Example("Exports have shrunk since 2022, officials said.", "2022", "2022"),
        ),
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
        examples=(
            Example("Tariffs rose from 2017 to 2024, the report says.", "2017 to 2024", "2017/2024"),
            Example("Output fell between 2019 and 2021, data showed.", "2019 and 2021", "2019/2021"),
        ),
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
