"""The words dates are written in, and the pattern pieces built from them.

Month and weekday names, ordinal and cardinal numbers, decade words; the words around a
number that make it a year, a month or an amount; modifier words ("early", "mid", "end of");
the phrase -> offset tables of relative forms ("the day before yesterday": -2 days,
"last": -1 period); and the words that open a cue window for the scanner (``CUE_WORDS``).
Every table is lower-case: the readers look words up in lower-cased text.

The pattern pieces (``MONTH``, ``WEEKDAY``, ``DAY``, ``YEAR`` ...) are regular-expression
sources with bounded quantifiers only, for the rules of ``grammar`` to compose.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Final

from geoecon._regex import letter_first, trie_alternation
from geoecon._tables import calendar_words
from geoecon._tables.holidays import CUES as HOLIDAY_CUES

__all__ = [
    "CARDINAL",
    "CARDINALS",
    "CUE_WORDS",
    "DAY",
    "DAY_NUMBER",
    "DAY_OFFSETS",
    "DECADE_WORDS",
    "DURATION_CUES",
    "FISCAL_YEARS_AWAY",
    "HALF_WORDS",
    "MODIFIERS",
    "MONTH",
    "MONTHS",
    "MONTHS_AWAY",
    "MONTH_CONTEXT",
    "MONTH_NAME",
    "MONTH_STEP",
    "NAME_BEFORE_OF",
    "ORDINAL",
    "ORDINALS",
    "PERIODS_AWAY",
    "QUARTER_WORDS",
    "RELATIVE",
    "THE_FIRST",
    "UNIT_NAMES",
    "UNIT_WORDS",
    "WEEKDAY",
    "WEEKDAYS",
    "WEEKDAY_CUES",
    "WEEKS_AWAY",
    "YEAR",
    "YEARS_AWAY",
    "YEAR_CONTEXT",
    "CueKind",
    "month_number",
    "number_of",
    "trie",
    "weekday_number",
]

# --------------------------------------------------------------------------- names and numbers


def _numbered(names: tuple[str, ...], abbreviations: dict[str, int], first: int) -> dict[str, int]:
    """Lower-cased names and their abbreviations -> number, each name before its abbreviations."""
    table: dict[str, int] = {}
    for number, name in enumerate(names, start=first):
        table[name.lower()] = number
        table.update((short.lower(), n) for short, n in abbreviations.items() if n == number)
    return table


#: Month words (lower case) -> month number, from the one calendar word list.
MONTHS: Final = _numbered(calendar_words.MONTHS, calendar_words.MONTH_ABBREVIATIONS, 1)
#: Weekday words (lower case) -> ``datetime.date.weekday()`` (Monday 0).
WEEKDAYS: Final = _numbered(calendar_words.WEEKDAYS, calendar_words.WEEKDAY_ABBREVIATIONS, 0)
ORDINALS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
for _unit, _n in list(ORDINALS.items())[:9]:
    ORDINALS[f"twenty-{_unit}"] = 20 + _n
    ORDINALS[f"twenty {_unit}"] = 20 + _n
ORDINALS["thirty-first"] = 31
ORDINALS["thirty first"] = 31
CARDINALS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
DECADE_WORDS: Final = {
    "twenties": 1920,
    "thirties": 1930,
    "forties": 1940,
    "fifties": 1950,
    "sixties": 1960,
    "seventies": 1970,
    "eighties": 1980,
    "nineties": 1990,
}


def trie(words: Iterable[str]) -> str:
    """``words`` as one group, a prefix tree in which a space matches one to three spaces.

    >>> trie(["may", "mar", "march"])
    '(?:ma(?:r(?:ch)?|y))'
    """
    return "(?:" + trie_alternation(words, lower=False, space=r"\s{1,3}") + ")"


def number_of(word: str) -> int | None:
    """The number a day or count is written as: "3", "3rd", "third", "twenty  first", "a".

    >>> number_of("3rd"), number_of("Twenty  first"), number_of("an"), number_of("few")
    (3, 21, 1, None)
    """
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    w = re.sub(r"(?<=\d)(st|nd|rd|th)$", "", w)
    if w.isdigit():
        return int(w)
    w = re.sub(r"\s+", " ", w)
    return ORDINALS.get(w, CARDINALS.get(w))


def month_number(word: str) -> int:
    """The month (1-12) a month name gives ("Sept." is 9); a ``KeyError`` for any other word."""
    return MONTHS[word.lower().rstrip(".").strip()]


def weekday_number(word: str) -> int:
    """The weekday (0 Monday ... 6 Sunday) a weekday name gives; a ``KeyError`` for any other word."""
    return WEEKDAYS[word.lower().rstrip(".").strip()]


MONTH_NAME: Final = r"(?<![a-z])" + trie(MONTHS) + r"(?![a-z])"
MONTH: Final = MONTH_NAME + r"\.?"
WEEKDAY: Final = r"(?<![a-z])" + trie(WEEKDAYS) + r"(?![a-z])\.?"
ORDINAL: Final = trie(ORDINALS) + r"(?![\w-])"
DAY_NUMBER: Final = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![\w])"
DAY: Final = rf"(?:{DAY_NUMBER}|{ORDINAL})"
YEAR: Final = r"(?:1[6-9]\d\d|20\d\d)(?![\d])"
CARDINAL: Final = r"(?:\d{1,2}|" + trie(CARDINALS) + r")(?![\w])"
RELATIVE: Final = r"(?:this|last|next|past|previous|current|coming|following|upcoming)"
#: "(?<![\w])(?:the\s{1,3})?first", each branch opening with its letter (Speed: ``re`` skips to
#: those letters; a pattern opening with a lookbehind is tried at every character).
THE_FIRST: Final = r"(?:t(?<![\w]t)he\s{1,3}first|f(?<![\w]f)irst)"
# Where a month name stands: ``MONTH_NAME``, each month opening with its letter (see
# ``letter_first``), so that ``re`` skips ahead to the letters that open one.
MONTH_STEP: Final = letter_first(MONTHS, not_after="[a-z]", then="(?![a-z])", join=trie)

# --------------------------------------------------------------------------- words around a number

# Words that turn a number into an amount, never a date ("2000 tonnes", "1990 dlrs").
UNIT_WORDS: Final = frozenset(
    """
    percent pct per cent tonnes tonne tons ton t mt kt barrels barrel bpd bbl bbls dlrs dlr dollars
    dollar usd eur euros euro yen yuan pounds pound marks francs rupees roubles rubles mln bln million
    millions billion billions trillion thousand thousands shares share people points point basis bps km
    kilometres kilometers miles mile kg kilograms lbs lb ounces ounce oz acres hectares ha units cars
    vehicles jobs workers mw gw kw mwh gwh twh troops soldiers cases deaths feet ft metres meters sq
    square cubic cu hours hrs minutes mins seconds times stg vs versus x
    """.split()
)
# Capitalised words before "of YEAR" that make the year part of a name ("Trade Act of 1974").
NAME_BEFORE_OF: Final = frozenset(
    """
    act acts law laws treaty agreement accord accords convention protocol class code resolution bill
    amendment amendments rule rules directive regulation charter declaration pact decree
    """.split()
)
# Words after which a number reads as a year ("in 2014"), and a month name as a month ("in May").
_CONTEXT: Final = frozenset(
    """
    in since by from until till before after during through throughout of between for around early mid
    late end beginning start middle close and or to
    """.split()
)
# Words after which a bare four-digit number reads as a year.
YEAR_CONTEXT: Final = _CONTEXT | frozenset("circa year calendar spring summer autumn fall winter".split())
# Words after which a capitalised month name reads as a month ("last May", "on June 3").
MONTH_CONTEXT: Final = _CONTEXT | frozenset("last next this on".split())
# Words before "in two years" that make it a duration ("the highest level in two years").
DURATION_CUES: Final = frozenset(
    "time times ever first most least once than level levels high low record".split()
)
# Modifier words, each to the modifier it gives ("the beginning of 2024": early).
MODIFIERS: Final = {
    "early": "early",
    "beginning": "early",
    "start": "early",
    "mid": "mid",
    "middle": "mid",
    "late": "late",
    "end": "end",
    "close": "end",
}

# --------------------------------------------------------------------------- relative forms

# Relative days, as days from the reference date.
DAY_OFFSETS: Final = {
    "today": 0,
    "tonight": 0,
    "otd": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "tomorrows": 1,
    "the day after tomorrow": 2,
    "the day before yesterday": -2,
    "day after tomorrow": 2,
    "day before yesterday": -2,
    "the day before": -1,
    "the day after": 1,
    "the previous day": -1,
    "the next day": 1,
    "the following day": 1,
}
# How many periods away a relative word puts a period ("last quarter": -1); others 0 ("this").
PERIODS_AWAY: Final = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "prior": -1,
    "preceding": -1,
    "next": 1,
    "coming": 1,
    "following": 1,
    "upcoming": 1,
}
# The same for a fiscal year, without "upcoming" (read as this fiscal year, as it always was).
FISCAL_YEARS_AWAY: Final = {word: n for word, n in PERIODS_AWAY.items() if word != "upcoming"}
# The month of "the second Monday of next month", "the 20th of last month"; others 0.
MONTHS_AWAY: Final = {"last": -1, "previous": -1, "next": 1, "following": 1}
# The year of "the first half of next year", "the first week of last year"; others 0.
YEARS_AWAY: Final = {"last": -1, "next": 1}
# The week of "Friday of last week", "this week's Monday"; others (next, coming ...) 1.
WEEKS_AWAY: Final = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0}
# Period words, each to its unit.
UNIT_NAMES: Final = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "quarter": "quarter",
    "quarters": "quarter",
    "qtr": "quarter",
    "year": "year",
    "years": "year",
    "yr": "year",
}
# Quarter and half words, each to its number ("the final quarter": 4).
QUARTER_WORDS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
}
HALF_WORDS: Final = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "1": 1, "2": 2}

# --------------------------------------------------------------------------- cues


class CueKind(str, enum.Enum):
    """The kinds of cue that open a window of text for the scanner; a rule names those it needs.

    A ``str`` enum, so that its members are the one-letter keys the scanner hashes.
    """

    MONTH = "M"  #: a month name ("March", "sept")
    WEEKDAY = "W"  #: a weekday name, or a plural one ("fridays")
    NUMBER = "N"  #: digits in a date-like shape ("1987", "3/4", "'87", "3rd", "Q1"), or "fy"
    RELATIVE = "R"  #: a relative or period word ("today", "week", "quarter", "fiscal" ...)
    ON_THE = "O"  #: "on the" ("on the 15th")
    HOLIDAY = "H"  #: a word of a named day ("christmas", "diwali": ``geoecon._tables.holidays``)


# Plural weekdays cue too: "3 fridays from now".
WEEKDAY_CUES: Final = (*WEEKDAYS, *(w + "s" for w in WEEKDAYS if w.endswith("day")))
# The words that open a window besides month and weekday names (these open one also at
# the start of a longer word: "weekly", "halfway").
CUE_WORDS: Final = {
    CueKind.RELATIVE: (
        "today tonight yesterday tomorrow otd week month year yr quarter qtr half fiscal financial ago hence "
        "upcoming twenties thirties forties fifties sixties seventies eighties nineties day"
    ),
    CueKind.NUMBER: "fy",
    CueKind.HOLIDAY: HOLIDAY_CUES,
}
