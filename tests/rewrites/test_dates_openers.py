"""Date patterns rewritten so that each opens with a letter or a class: the plain forms they replace.

A pattern that opens with a lookbehind (``(?<![\\w])(?:today|...)``) gives ``re`` nothing to
skip ahead to: it is tried at every character of a window. Opened with its letter, the
lookbehind just after it (``t(?<![\\w]t)oday``: the letter is the one just read, so the
lookbehind asks what the plain one asked), ``re`` skips in C to the letters that open a
match. The branches of one letter keep their order, and branches of different letters
never match at one place, so each finds the same matches, with the same groups, from any
place and to any end.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geoecon.dates.fiscal import FISCAL_TAIL
from geoecon.dates.grammar import RULES
from geoecon.dates.vocabulary import CARDINAL, YEAR

PLAIN = {
    "relative_day": (
        r"(?<![\w])(?:(?:the\s{1,3})?day\s{1,3}(?:after\s{1,3}tomorrow|before\s{1,3}yesterday)|today|tonight|yesterday|tomorrows?|otd"
        r"|the\s{1,3}day\s{1,3}(?:before|after)(?=\s{0,3}[.?!,;]|\s{0,3}$)|the\s{1,3}(?:previous|next|following)\s{1,3}day)(?![\w])"
    ),
    "same_period": (
        r"(?<![\w])(?:same\s{1,3}(?:[a-z]{1,8}-month\s{1,3})?(?P<unit>month|period|quarter|week|time|season|half)"
        rf"(?:\s{{1,3}}(?:of|in)\s{{1,3}}(?P<y>{YEAR})|\s{{1,3}}(?P<rel>last\s{{1,3}}(?:(?:fiscal|financial)\s{{1,3}})?year"
        r"|a\s{1,3}year\s{1,3}(?:ago|earlier|before)|(?:of\s{1,3})?the\s{1,3}(?:previous|prior|preceding)\s{1,3}year))"
        r"|year-ago\s{1,3}(?P<unit2>period|month|quarter|level))(?![\w-])"
    ),
}
NOT_AFTER_NUM = r"(?![\w%]|[.,:/-]\d)"
TAIL = rf"(?:(?:\s{{1,3}}of|,)?\s{{1,3}}(?:(?P<y>{YEAR})|(?P<yrel>this|last|next)\s{{1,3}}year))?"
PLAIN |= {
    "numeric_date": r"(?<![\w.,$/:-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    + NOT_AFTER_NUM,
    "month_slash_day": r"(?<![\w.,$/:-])(?P<a>0?[1-9]|1[0-2]) ?(?P<sep>[/-]) ?(?P<b>3[01]|[12]\d|0?[1-9])"
    + NOT_AFTER_NUM,
    "numeric_month_year": rf"(?<![\w.,$/:-])(?P<m>0?[1-9]|1[0-2])[-/](?P<y>{YEAR})" + NOT_AFTER_NUM,
    "first_quarters": r"(?<![\w])(?:the\s{1,3})?first\s{1,3}(?P<n>two|three|2|3)\s{1,3}quarters(?![\w])"
    + TAIL,
    "first_months": rf"(?<![\w])(?:the\s{{1,3}})?first\s{{1,3}}(?P<n>{CARDINAL})\s{{1,3}}months(?![\w])"
    + TAIL,
    "first_months_fiscal": (
        rf"(?<![\w])(?:the\s{{1,3}})?first\s{{1,3}}(?P<n>{CARDINAL})\s{{1,3}}months\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?"
        + FISCAL_TAIL
    ),
}
FAST = {rule.name: rule.pattern for rule in RULES if rule.name in PLAIN}

WORDS = [
    "the", "day", "after", "before", "tomorrow", "tomorrows", "yesterday", "today", "tonight", "otd",
    "previous", "next", "following", "same", "month", "period", "quarter", "week", "time", "season",
    "half", "of", "in", "2016", "1987", "last", "fiscal", "financial", "year", "a", "ago", "earlier",
    "prior", "preceding", "year-ago", "level", "six-month", "x", "xtoday", "todayx", "\u00e9", "1",
    "0", "01", "09", "10", "12", "13", "2", "3", "31", "1987", "87", "/", "-", "$", ":", "first", "two",
    "three", "quarters", "months", "nine", "fiscal 2024", "fy", "current", "\u0663", "1/2", "3-12",
]  # fmt: skip
SEPARATORS = st.sampled_from(["", " ", "  ", "   ", "    ", "\n", ".", ",", "-", "_", "!", "x"])
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), SEPARATORS), max_size=12).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def found(
    pattern: re.Pattern[str], text: str, ws: int, we: int
) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, ws, we)]


@settings(max_examples=4000, deadline=None)
@example("the day after tomorrow", 0, 100, "relative_day")
@example("the  day before.", 0, 100, "relative_day")
@example("the day before", 0, 14, "relative_day")
@example("xthe next day, today", 0, 100, "relative_day")
@example("same six-month period a year ago", 0, 100, "same_period")
@example("the year-ago quarter", 4, 100, "same_period")
@example("same month of 2016", 0, 100, "same_period")
@example("on 1/12 and 10-3, 01/2/1987", 0, 100, "month_slash_day")
@example("12/3/87 x1/2/87", 0, 100, "numeric_date")
@example("10/2022 $1/2022", 0, 100, "numeric_month_year")
@example("the first two quarters of 2024", 0, 100, "first_quarters")
@example("in the  first nine months of fiscal 2024", 0, 100, "first_months_fiscal")
@given(TEXTS, st.integers(0, 90), st.integers(0, 90), st.sampled_from(sorted(PLAIN)))
def test_opened_by_letter_as_by_lookbehind(text: str, a: int, b: int, name: str) -> None:
    ws, we = min(a, b, len(text)), min(max(a, b), len(text))
    plain, fast = re.compile(PLAIN[name]), re.compile(FAST[name])
    assert found(fast, text, ws, we) == found(plain, text, ws, we)
    for pos in range(ws, we + 1):
        m, p = fast.match(text, pos, we), plain.match(text, pos, we)
        assert (m and (m.span(), m.groupdict())) == (p and (p.span(), p.groupdict()))
