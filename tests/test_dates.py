"""Tests of the date kind: every supported form, the preferences, and the negatives."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from geoecon import Date, Granularity, Options, ParseError, extract
from geoecon.dates import find_dates, parse_date

D = dt.date
REF = D(2025, 2, 24)  # a Monday

# Each case: the sentence, then the surface, value, granularity, first and last day expected.
POSITIVES: list[tuple[str, str, str, str, D, D]] = [
    # years, in a year-like context
    ("Russia began to occupy the regions in 2014.", "2014", "2014", "year", D(2014, 1, 1), D(2014, 12, 31)),
    (
        "Exports have shrunk since 2022, officials said.",
        "2022",
        "2022",
        "year",
        D(2022, 1, 1),
        D(2022, 12, 31),
    ),
    (
        "The fund should be ready by 2030 at the latest.",
        "2030",
        "2030",
        "year",
        D(2030, 1, 1),
        D(2030, 12, 31),
    ),
    ("Prices in 2007 were lower than before.", "2007", "2007", "year", D(2007, 1, 1), D(2007, 12, 31)),
    ("Output rose in the year 2000 alone.", "2000", "2000", "year", D(2000, 1, 1), D(2000, 12, 31)),
    ("Growth averaged 3% over 2017-2024.", "2017-2024", "2017/2024", "year", D(2017, 1, 1), D(2024, 12, 31)),
    (
        "Tariffs rose from 2017 to 2024, the report says.",
        "2017 to 2024",
        "2017/2024",
        "year",
        D(2017, 1, 1),
        D(2024, 12, 31),
    ),
    # decades
    ("Oil prices collapsed in the 1980s.", "1980s", "198X", "decade", D(1980, 1, 1), D(1989, 12, 31)),
    ("It was a boom of the '90s.", "'90s", "199X", "decade", D(1990, 1, 1), D(1999, 12, 31)),
    # months
    (
        "Russia's full-scale invasion in February 2022 changed trade.",
        "February 2022",
        "2022-02",
        "month",
        D(2022, 2, 1),
        D(2022, 2, 28),
    ),
    (
        "Exports peaked in July 2018, data show.",
        "July 2018",
        "2018-07",
        "month",
        D(2018, 7, 1),
        D(2018, 7, 31),
    ),
    (
        "Prices jumped in Dec. 2023 after the cut.",
        "Dec. 2023",
        "2023-12",
        "month",
        D(2023, 12, 1),
        D(2023, 12, 31),
    ),
    ("Sales were flat in 2015-3 overall.", "2015-3", "2015-03", "month", D(2015, 3, 1), D(2015, 3, 31)),
    (
        "Imports fell in January-August 2023, customs said.",
        "January-August 2023",
        "2023-01/2023-08",
        "month",
        D(2023, 1, 1),
        D(2023, 8, 31),
    ),
    # full dates
    (
        "The deal was signed on 2025-02-24 in Riyadh.",
        "2025-02-24",
        "2025-02-24",
        "day",
        D(2025, 2, 24),
        D(2025, 2, 24),
    ),
    ("The notice is dated 24/02/2025.", "24/02/2025", "2025-02-24", "day", D(2025, 2, 24), D(2025, 2, 24)),
    (
        "Talks resumed on Feb. 24, 2025, in Istanbul.",
        "Feb. 24, 2025",
        "2025-02-24",
        "day",
        D(2025, 2, 24),
        D(2025, 2, 24),
    ),
    (
        "The embargo began on 24 Feb 2025 at midnight.",
        "24 Feb 2025",
        "2025-02-24",
        "day",
        D(2025, 2, 24),
        D(2025, 2, 24),
    ),
    (
        "Eli Lilly sold the unit on Dec. 31, 1994.",
        "Dec. 31, 1994",
        "1994-12-31",
        "day",
        D(1994, 12, 31),
        D(1994, 12, 31),
    ),
    (
        "The cable was sent on the 4th of July 1995.",
        "4th of July 1995",
        "1995-07-04",
        "day",
        D(1995, 7, 4),
        D(1995, 7, 4),
    ),
    (
        "The bank met on Monday, Feb. 24, 2025 to decide.",
        "Monday, Feb. 24, 2025",
        "2025-02-24",
        "day",
        D(2025, 2, 24),
        D(2025, 2, 24),
    ),
    (
        "The tender closes 05-Aug-2016, the ministry said.",
        "05-Aug-2016",
        "2016-08-05",
        "day",
        D(2016, 8, 5),
        D(2016, 8, 5),
    ),
    # quarters and halves
    (
        "Profit fell in Q3 2024 on weaker demand.",
        "Q3 2024",
        "2024-Q3",
        "quarter",
        D(2024, 7, 1),
        D(2024, 9, 30),
    ),
    (
        "GDP grew in the third quarter of 2024.",
        "third quarter of 2024",
        "2024-Q3",
        "quarter",
        D(2024, 7, 1),
        D(2024, 9, 30),
    ),
    (
        "Sales rose in 2019 q1 and slipped after.",
        "2019 q1",
        "2019-Q1",
        "quarter",
        D(2019, 1, 1),
        D(2019, 3, 31),
    ),
    (
        "Margins shrank in the 4th quarter 2018.",
        "4th quarter 2018",
        "2018-Q4",
        "quarter",
        D(2018, 10, 1),
        D(2018, 12, 31),
    ),
    (
        "Revenue doubled in H1 2024 from a year before.",
        "H1 2024",
        "2024-01/2024-06",
        "month",
        D(2024, 1, 1),
        D(2024, 6, 30),
    ),
    (
        "Orders grew in the first half of 2023.",
        "first half of 2023",
        "2023-01/2023-06",
        "month",
        D(2023, 1, 1),
        D(2023, 6, 30),
    ),
    (
        "Exports rose in the first nine months of 2024.",
        "first nine months of 2024",
        "2024-01/2024-09",
        "month",
        D(2024, 1, 1),
        D(2024, 9, 30),
    ),
    # fiscal and split years
    (
        "India's fiscal deficit for FY2024 was 5.6% of GDP.",
        "FY2024",
        "2023-04/2024-03",
        "year",
        D(2023, 4, 1),
        D(2024, 3, 31),
    ),
    (
        "Japan's budget for fiscal 2025 is a record.",
        "fiscal 2025",
        "2025-04/2026-03",
        "year",
        D(2025, 4, 1),
        D(2026, 3, 31),
    ),
    (
        "Pakistan expects growth of 3% in 2024-25.",
        "2024-25",
        "2024-07/2025-06",
        "year",
        D(2024, 7, 1),
        D(2025, 6, 30),
    ),
    (
        "Australia's 2022/23 budget returned a surplus.",
        "2022/23",
        "2022-07/2023-06",
        "year",
        D(2022, 7, 1),
        D(2023, 6, 30),
    ),
    (
        "The World Bank will lend Bangladesh $2 billion in FY 2024-25.",
        "FY 2024-25",
        "2024-07/2025-06",
        "year",
        D(2024, 7, 1),
        D(2025, 6, 30),
    ),
    (
        "Kenya's Treasury cut spending in fiscal 2024.",
        "fiscal 2024",
        "2023-07/2024-06",
        "year",
        D(2023, 7, 1),
        D(2024, 6, 30),
    ),
    (
        "The U.S. federal deficit in fiscal 2024 was $1.8 trillion.",
        "fiscal 2024",
        "2023-10/2024-09",
        "year",
        D(2023, 10, 1),
        D(2024, 9, 30),
    ),
    (
        "The company's fiscal 2025 results beat forecasts.",
        "fiscal 2025",
        "2025",
        "year",
        D(2025, 1, 1),
        D(2025, 12, 31),
    ),
    # weeks
    (
        "Shipments resume the week of October 7th, 2024.",
        "week of October 7th, 2024",
        "2024-W41",
        "week",
        D(2024, 10, 7),
        D(2024, 10, 13),
    ),
    (
        "Demand was weakest in the first week of 2015.",
        "first week of 2015",
        "2015-W01",
        "week",
        D(2014, 12, 29),
        D(2015, 1, 4),
    ),
]

# Relative to REF (Monday 2025-02-24), news (past) preference.
RELATIVE: list[tuple[str, str, str, str, D, D]] = [
    # plural weekdays open a date window too (once lost when weekday cues became whole words)
    (
        "The deal closes 3 fridays from now.",
        "3 fridays from now",
        "2025-03-14",
        "day",
        D(2025, 3, 14),
        D(2025, 3, 14),
    ),
    ("It met two thursdays ago.", "two thursdays ago", "2025-02-13", "day", D(2025, 2, 13), D(2025, 2, 13)),
    ("Putin on Monday offered a rival deal.", "Monday", "2025-02-24", "day", D(2025, 2, 24), D(2025, 2, 24)),
    (
        "Trump said Monday that he hoped it would be signed.",
        "Monday",
        "2025-02-24",
        "day",
        D(2025, 2, 24),
        D(2025, 2, 24),
    ),
    (
        "Kyiv said on Friday that talks had stalled.",
        "Friday",
        "2025-02-21",
        "day",
        D(2025, 2, 21),
        D(2025, 2, 21),
    ),
    (
        "The ministry said today that exports fell.",
        "today",
        "2025-02-24",
        "day",
        D(2025, 2, 24),
        D(2025, 2, 24),
    ),
    (
        "The rouble fell yesterday against the dollar.",
        "yesterday",
        "2025-02-23",
        "day",
        D(2025, 2, 23),
        D(2025, 2, 23),
    ),
    (
        "Inflation slowed last year, the bank said.",
        "last year",
        "2024",
        "year",
        D(2024, 1, 1),
        D(2024, 12, 31),
    ),
    (
        "Output will rise next year, the ministry forecast.",
        "next year",
        "2026",
        "year",
        D(2026, 1, 1),
        D(2026, 12, 31),
    ),
    (
        "Sales rose this month on stronger demand.",
        "this month",
        "2025-02",
        "month",
        D(2025, 2, 1),
        D(2025, 2, 28),
    ),
    ("Prices fell last week, traders said.", "last week", "2025-W08", "week", D(2025, 2, 17), D(2025, 2, 23)),
    ("Margins narrowed last quarter.", "last quarter", "2024-Q4", "quarter", D(2024, 10, 1), D(2024, 12, 31)),
    (
        "The deal was struck two years ago in Doha.",
        "two years ago",
        "2023",  # a year, not a day (issue #18)
        "year",
        D(2023, 1, 1),
        D(2023, 12, 31),
    ),
    (
        "Talks began last March under pressure.",
        "last March",
        "2024-03",
        "month",
        D(2024, 3, 1),
        D(2024, 3, 31),
    ),
    (
        "Earlier this month the central bank held rates.",
        "this month",
        "2025-02",
        "month",
        D(2025, 2, 1),
        D(2025, 2, 28),
    ),
    (
        "Exports rose in the third quarter, the agency said.",
        "third quarter",
        "2024-Q3",
        "quarter",
        D(2024, 7, 1),
        D(2024, 9, 30),
    ),
    (
        "The tanker docked on Feb. 20 at Novorossiysk.",
        "Feb. 20",
        "2025-02-20",
        "day",
        D(2025, 2, 20),
        D(2025, 2, 20),
    ),
    ("The harvest began in July, farmers said.", "July", "2024-07", "month", D(2024, 7, 1), D(2024, 7, 31)),
]

# Not dates: amounts, durations, names, identifiers, homonyms, phone numbers.
NEGATIVES: list[str] = [
    # a comparison with a plan, not a period (#18 item 6)
    "The plant opened a year earlier than planned.",
    "The line will open two years later than expected.",
    "Brent crude traded at $85 a barrel on the spot market.",
    "About 74% of the output goes abroad.",
    "Ukraine signed a five-year supply contract.",
    "The conflict has lasted three decades.",
    "COVID-19 disrupted supply chains everywhere.",
    "Tariffs were set under the Trade Expansion Act of 1962.",
    "The Commerce Department opened docket BIS-2018-0006 for comments.",
    "May said the government would act.",
    "Prices may rise if the embargo holds.",
    "Thousands joined the march through the capital.",
    "Call the press office at 650-650-6500 for details.",
    "The plant produced 2000 tonnes of aluminium.",
    "Pay ABC 2000 in cash.",
    "The highest level in two years was reached.",
    "Exports rose 3/4 of a point.",
    "The index rose to 1,990.5 points.",
]


def _one(text: str, **kwargs: object) -> Date:
    found = list(find_dates(text, **kwargs))  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


Case = tuple[str, str, str, str, D, D]


def _check(date: Date, text: str, case: Case) -> None:
    _, surface, value, gran, start, end = case
    assert text[date.start : date.end] == date.text == surface
    assert date.value == value
    assert date.granularity is Granularity(gran)
    assert (date.start_date, date.end_date) == (start, end)


@pytest.mark.parametrize("case", POSITIVES, ids=lambda case: case[0])
def test_absolute_forms(case: Case) -> None:
    text = case[0]
    date = _one(text, reference_date=REF)
    _check(date, text, case)
    assert not date.relative


@pytest.mark.parametrize("case", POSITIVES + RELATIVE, ids=lambda case: case[0])
def test_found_again_inside_other_text(case: Case) -> None:
    text, surface = case[0], case[1]
    prefix = "Moscow (Reuters) - A senior official, speaking to reporters, added this. "
    wrapped = prefix + text + " Markets were calm."
    date = _one(wrapped, reference_date=REF)
    _check(date, wrapped, case)
    assert date.start == len(prefix) + text.index(surface)


@pytest.mark.parametrize("case", RELATIVE, ids=lambda case: case[0])
def test_relative_forms(case: Case) -> None:
    text = case[0]
    date = _one(text, reference_date=REF)
    _check(date, text, case)
    assert date.relative


@pytest.mark.parametrize(("text", "surface"), [(t, s) for t, s, *_ in RELATIVE])
def test_relative_without_reference_date_is_unresolved(text: str, surface: str) -> None:
    date = _one(text)
    assert date.text == surface
    assert date.relative
    assert (date.value, date.start_date, date.end_date) == (None, None, None)


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert list(find_dates(text, reference_date=REF)) == []


@pytest.mark.parametrize(
    ("text", "past", "future"),
    [
        ("The vote is on Wednesday.", "2025-02-19", "2025-02-26"),
        ("It happened on Monday.", "2025-02-24", "2025-03-03"),
        ("Prices peaked in March.", "2024-03", "2025-03"),
        ("Shipments resume March 3.", "2024-03-03", "2025-03-03"),
        ("Exports grew in the fourth quarter.", "2024-Q4", "2025-Q4"),
        ("The tanker left on 2/15.", "2025-02-15", "2026-02-15"),
    ],
)
def test_preference_both_ways(text: str, past: str, future: str) -> None:
    assert _one(text, reference_date=REF).value == past
    assert _one(text, reference_date=REF, prefer_dates_from="future").value == future


@pytest.mark.parametrize(
    ("text", "surface", "modifier", "value"),
    [
        ("Rates peaked in mid-2023 and fell.", "2023", "mid", "2023"),
        ("The plant opens in early March.", "March", "early", "2024-03"),
        ("Talks ended in late 2019 without a deal.", "2019", "late", "2019"),
        ("The sanctions expire at the end of 2025.", "2025", "end", "2025"),
        ("Imports surged in the mid-1990s.", "1990s", "mid", "199X"),
    ],
)
def test_modifiers_stay_outside_the_span(text: str, surface: str, modifier: str, value: str) -> None:
    date = _one(text, reference_date=REF)
    assert (date.text, date.modifier, date.value) == (surface, modifier, value)


def test_seed_article_paragraph() -> None:
    text = (
        "Russian aluminum exports to the United States fell to just $2.3 million in 2024, "
        "down from a high of $1.7 billion in 2017 - about 15% of all U.S. aluminum imports."
    )
    found = [(d.text, d.value) for d in find_dates(text, reference_date=REF)]
    assert found == [("2024", "2024"), ("2017", "2017")]


def test_records_follow_the_gold_schema() -> None:
    date = _one("in July 2018", reference_date=REF)
    assert date.to_record() == {
        "kind": "date",
        "start": 3,
        "end": 12,
        "text": "July 2018",
        "value": "2018-07",
        "granularity": "month",
        "start_date": "2018-07-01",
        "end_date": "2018-07-31",
    }


class TestParseDate:
    def test_whole_string(self) -> None:
        assert parse_date("Q3 2024").value == "2024-Q3"
        assert parse_date("  in February 2022 ").text == "February 2022"

    def test_relative_needs_reference(self) -> None:
        assert parse_date("yesterday").value is None
        assert parse_date("yesterday", reference_date=REF).value == "2025-02-23"

    @pytest.mark.parametrize("text", ["$85 a barrel", "74%", "", "2014 and 2015", "March 3 was a good day"])
    def test_rejects(self, text: str) -> None:
        with pytest.raises(ParseError) as info:
            parse_date(text)
        assert info.value.kind == "date"

    def test_dateparser_fallback_for_odd_forms(self) -> None:
        pytest.importorskip("dateparser")
        assert parse_date("Thursday 24th of February, 2025 at 10:00").value == "2025-02-24"


class TestArguments:
    def test_text_must_be_str_at_the_call(self) -> None:
        with pytest.raises(TypeError, match="text must be str, not bytes"):
            find_dates(b"in 2014")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="text must be str"):
            parse_date(2014)  # type: ignore[arg-type]

    def test_bad_options_at_the_call(self) -> None:
        with pytest.raises(ValueError, match="prefer_dates_from"):
            find_dates("in 2014", prefer_dates_from="soon")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="reference_date must be an ISO 8601 date"):
            find_dates("in 2014", reference_date="24.02.2025")
        with pytest.raises(TypeError, match=r"options must be a geoecon\.Options"):
            find_dates("in 2014", options="past")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="reference_date"):
            parse_date("in 2014", reference_date=20250224)  # type: ignore[arg-type]

    def test_options_stand_for_the_keywords(self) -> None:
        options = Options(reference_date=REF, prefer_dates_from="future")
        text = "Exports fell on Friday and will rise in March."
        assert list(find_dates(text, options=options)) == list(
            find_dates(text, reference_date=REF, prefer_dates_from="future")
        )
        assert [d.value for d in find_dates(text, options=options)] == ["2025-02-28", "2025-03"]
        assert parse_date("on Friday", options=options).value == "2025-02-28"

    def test_every_extract_keyword_is_accepted(self) -> None:
        assert [d.value for d in find_dates("in 2014", ton="short")] == ["2014"]

    def test_find_dates_is_what_extract_finds(self) -> None:
        text = "Putin on Monday offered a deal; exports fell in 2024 from $1.7 billion in 2017."
        assert (
            tuple(find_dates(text, reference_date=REF))
            == extract(text, reference_date=REF, kinds={"date"}).dates
        )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2" * 100_000,
        "in " * 50_000,
        "the first of " * 20_000,
        "Monday " * 20_000,
        "1/" * 50_000,
        "March 3, " * 20_000,
        "\u00a0\u2013" * 50_000,
    ],
)
def test_any_text_is_scanned_quickly(text: str) -> None:
    started = time.perf_counter()
    found = list(find_dates(text, reference_date=REF))
    assert time.perf_counter() - started < 5
    assert all(text[d.start : d.end] == d.text for d in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(
            "They left in nineteen ninety six.",
            "1996",
            marks=pytest.mark.xfail(strict=True, reason="years spelled out in words are not read"),
        ),
        pytest.param(
            "The report covers the closest Monday to Oct 5th.",
            "2024-10-07",
            marks=pytest.mark.xfail(strict=True, reason="'closest weekday to a date' is not read"),
        ),
    ],
)
def test_known_weaknesses(text: str, value: str) -> None:
    assert _one(text, reference_date=REF).value == value


def test_the_dateparser_fallback_never_reads_the_clock() -> None:
    # without a reference date, a string with no year is not given one from the day it is read
    with pytest.raises(ParseError):
        parse_date(" in March€")
    dated = parse_date(" in March€", reference_date=dt.date(2024, 5, 1))
    assert dated.value == "2024-03"
    assert [b.rule for b in dated.basis] == ["date.fallback.dateparser"]
    assert parse_date("Thursday 24th of February, 2025 at 10:00").value == "2025-02-24"
