"""Fiscal years by country (issue #18 item 5) and years taken from the text (item 4).

Each row is a news sentence written in the style of the dev sets' phenomena (not copied from
them): its reference date, the date read, its value, the basis rule and the words it relied
on (``None``: no evidence span; a rule of ``None``: no basis at all).
"""

from __future__ import annotations

import datetime as dt

import pytest

import geoecon
from geoecon._tables.fiscal_years import FISCAL_YEARS
from geoecon.dates import find_dates
from geoecon.dates.countries import COUNTRY_CUES, country_mentions

D = dt.date

# sentence, reference date, surface, value, basis rule, evidence words
FISCAL: list[tuple[str, dt.date, str, str, str | None, str | None]] = [
    # the first months of a fiscal year run from its first month
    ("The U.S. federal deficit was $1.3 trillion in the first nine months of fiscal year 2025.", D(2025, 7, 9), "first nine months of fiscal year 2025", "2024-10/2025-06", "date.fiscal.country", "federal"),
    ("India's fiscal deficit in the first seven months of the current financial year 2024-25 came in at 46.5% of the target.", D(2024, 11, 29), "first seven months of the current financial year 2024-25", "2024-04/2024-10", "date.fiscal.country", "India"),
    ("Indian net tax revenue for the first seven months of 2024-25 was about half the estimate.", D(2024, 11, 29), "first seven months of 2024-25", "2024-04/2024-10", "date.fiscal.country", "Indian"),
    ("The U.S. budget deficit through the first three months of this budget year rose 12%.", D(2020, 1, 13), "first three months of this budget year", "2019-10/2019-12", "date.fiscal.country", "U.S."),
    # budget years, the bare "current fiscal", ranges and lists of fiscal years
    ("The CBO expects the U.S. deficit for the current 2020 budget year to hit $1 trillion.", D(2020, 1, 13), "current 2020 budget year", "2019-10/2020-09", "date.fiscal.country", "U.S."),
    ("India aims to hold the deficit at 4.9% of GDP during the current fiscal.", D(2024, 11, 29), "current fiscal", "2024-04/2025-03", "date.fiscal.country", "India"),
    ("The U.S. law caps discretionary funding from FY 2026 through FY 2029.", D(2023, 6, 2), "FY 2026 through FY 2029", "2025-10/2029-09", "date.fiscal.country", "U.S."),
    ("Congress set U.S. caps for fiscal years (FYs) 2024 and 2025.", D(2023, 6, 2), "2024", "2023-10/2024-09", "date.fiscal.country", "U.S."),
    ("Congress set U.S. caps for fiscal years (FYs) 2024 and 2025.", D(2023, 6, 2), "2025", "2024-10/2025-09", "date.fiscal.country", "U.S."),
    # the UK and Canada: April-March
    ("UK borrowing in the financial year-to-December 2023 was £119.1 billion, the ONS said.", D(2024, 1, 23), "financial year-to-December 2023", "2023-04/2023-12", "date.fiscal.country", "UK"),
    ("Canada's deficit for fiscal 2024 was C$61.9 billion.", D(2024, 10, 1), "fiscal 2024", "2023-04/2024-03", "date.fiscal.country", "Canada"),
    ("British public borrowing in 2023-24 overshot the forecast.", D(2024, 4, 25), "2023-24", "2023-04/2024-03", "date.fiscal.country", "British"),
    # a dateline names the country of the whole story
    ("NAIROBI, Feb. 7 (Xinhua) -- The Treasury expects revenue to rise in fiscal 2025.", D(2024, 2, 7), "fiscal 2025", "2024-07/2025-06", "date.fiscal.country", "NAIROBI"),
    # no country in the date's sentence: the dateline's, not a nearer one in another sentence
    ("MOSCOW, Feb 24 - Exports to the United States fell. Rusal reported a loss for fiscal 2024.", D(2025, 2, 24), "fiscal 2024", "2024", "date.fiscal.country", "MOSCOW"),
    # a calendar-year country keeps calendar years
    ("China's fiscal 2025 budget widened the deficit target to 4%.", D(2025, 3, 5), "fiscal 2025", "2025", "date.fiscal.country", "China"),
    # the text's own bounds win over the country's convention
    ("Pakistan's wheat imports in 2021/22 (July-June) doubled.", D(2022, 8, 1), "2021/22", "2021-07/2022-06", "date.fiscal.gloss", "July-June"),
    ("The Indian miner's output for fiscal 2024 (January-December) rose.", D(2025, 2, 1), "fiscal 2024", "2024", "date.fiscal.gloss", "January-December"),
    # crop marketing years: the commodity's season, the season word, the text's own bounds again
    ("Brazil's coffee exports in the 2016/17 season fell 5%.", D(2017, 3, 1), "2016/17", "2016-10/2017-09", "date.marketing.commodity", "coffee"),
    ("France sold 250,000 tonnes of soft wheat to China in 1985/86, customs said.", D(1987, 3, 3), "1985/86", "1985-07/1986-06", "date.marketing.commodity", "wheat"),
    ("Rains cut yields in the 2021/22 season, the ministry said.", D(2022, 5, 1), "2021/22", "2021-07/2022-06", "date.marketing.season", "season"),
    ("Exports may dip in 1987/88 (April-March). Output in 1986/87 would be 5.8 mln bags.", D(1987, 3, 2), "1986/87", "1986-04/1987-03", "date.fiscal.gloss", "April-March"),
    # no country, no hint: calendar years, no basis
    ("The company's fiscal 2025 results beat forecasts.", D(2025, 2, 24), "fiscal 2025", "2025", None, None),
]  # fmt: skip

# sentence, reference date, surface, value, the words of the stated period it took its year from
YEARS: list[tuple[str, dt.date, str, str, str | None]] = [
    ("The act suspends the debt limit through January 1, 2025; on January 2, a new limit will be set.", D(2023, 6, 2), "January 2", "2025-01-02", "January 1, 2025"),
    ("The plant closes for good in December 2025; in January, its staff move to Perth.", D(2025, 2, 24), "January", "2026-01", "December 2025"),
    ("The fund expects inflows in the fourth quarter of 2025 and outflows in the first quarter.", D(2025, 2, 24), "first quarter", "2026-Q1", "fourth quarter of 2025"),
    # looking back keeps the reference date's reading
    ("GDP grew 0.6% in the second quarter of 2024 after a recession in the second half of 2023.\nIn June alone output was flat.", D(2024, 8, 15), "June", "2024-06", None),
    # a base of comparison is not the period discussed
    ("Exports rose 7% from June 2025 and in May they fell.", D(2025, 2, 24), "May", "2024-05", None),
    # too far from the stated period: the reference date's reading
    ("The bond matures in September 2027. In March, the ministry said it would buy it back.", D(2025, 2, 24), "March", "2024-03", None),
]  # fmt: skip


def _the(text: str, ref: dt.date, surface: str, country: str | None = None) -> geoecon.Date:
    found = [d for d in find_dates(text, reference_date=ref, country=country) if d.text == surface]
    assert len(found) == 1, list(find_dates(text, reference_date=ref, country=country))
    return found[0]


def _evidence(text: str, date: geoecon.Date, *prefixes: str) -> tuple[str | None, str | None]:
    for b in date.basis:
        if b.rule.startswith(prefixes):
            return b.rule, None if b.evidence is None else text[b.evidence[0] : b.evidence[1]]
    return None, None


@pytest.mark.parametrize(("text", "ref", "surface", "value", "rule", "evidence"), FISCAL)
def test_a_fiscal_year_follows_its_country(
    text: str, ref: dt.date, surface: str, value: str, rule: str | None, evidence: str | None
) -> None:
    date = _the(text, ref, surface)
    assert date.value == value
    assert _evidence(text, date, "date.fiscal", "date.marketing") == (rule, evidence)


@pytest.mark.parametrize(("text", "ref", "surface", "value", "anchor"), YEARS)
def test_a_bare_date_takes_its_year_from_the_period_discussed(
    text: str, ref: dt.date, surface: str, value: str, anchor: str | None
) -> None:
    date = _the(text, ref, surface)
    assert date.value == value
    rule, words = _evidence(text, date, "date.anchor.period")
    assert words == anchor
    assert (rule is None) == (anchor is None)


def test_the_country_hint_counts_below_the_text() -> None:
    """``country=`` decides a fiscal year only where the text names no country."""
    text = "Tax receipts for fiscal 2024 rose 8%."
    date = _the(text, D(2024, 11, 20), "fiscal 2024", country="JP")
    assert date.value == "2024-04/2025-03"
    assert [b.rule for b in date.basis] == ["date.fiscal.hint"]
    named = "Canada's tax receipts for fiscal 2024 rose 8%."
    assert _the(named, D(2024, 11, 20), "fiscal 2024", country="JP").value == "2023-04/2024-03"
    assert geoecon.extract(text, kinds={"date"}, reference_date=D(2024, 11, 20), country="JP").dates == tuple(
        find_dates(text, reference_date=D(2024, 11, 20), country="JP")
    )


@pytest.mark.parametrize(
    ("text", "ref", "surface", "value"),
    [
        # "the prior fiscal year" after a day: the fiscal year before the one holding that day
        ("U.S. payments due on October 1, 2023 were shifted into the prior fiscal year.", D(2025, 7, 9), "prior fiscal year", "2022-10/2023-09"),
        # "X of Y": X stays the period discussed
        ("Pakistan's accounts for the first nine months (July-March) of the current fiscal year showed debt service up Rs921 billion from the same period last year.", D(2025, 5, 8), "same period last year", "2023-07/2024-03"),
        ("UK borrowing in the financial year-to-December 2023 was £11 billion more than in the same nine-month period the previous year.", D(2024, 1, 23), "same nine-month period the previous year", "2022-04/2022-12"),
    ],
)  # fmt: skip
def test_comparisons_within_fiscal_years(text: str, ref: dt.date, surface: str, value: str) -> None:
    assert _the(text, ref, surface).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The fourth-highest financial year-to-December borrowing on record, the ONS said.",
        "Pakistan's accounts for the first nine months (July-March) were released.",
        "The government eased this fiscal policy stance, India's RBI said.",
    ],
)
def test_not_a_date_of_its_own(text: str) -> None:
    """A figure's kind ("year-to-December borrowing"), a glossed span, an adjective: no date there."""
    found = [d.text for d in find_dates(text, reference_date=D(2024, 1, 23))]
    assert not any(t.startswith(("financial", "December", "first nine", "this fiscal")) for t in found), found


def test_every_country_with_cues_has_a_convention() -> None:
    """The country cues and the table agree, and the G20 members are all in the table."""
    assert set(COUNTRY_CUES) <= set(FISCAL_YEARS)
    g20 = "AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US EU".split()
    assert set(g20) <= set(FISCAL_YEARS)
    assert country_mentions("in New Delhi and Hong Kong") == [(3, "IN", 12), (17, "HK", 26)]


# One expression, one mention (item 2): sentence, reference date, surfaces and values of all its dates
ONE_EXPRESSION: list[tuple[str, dt.date, list[tuple[str, str]]]] = [
    ("The Fed's two-day meeting set for June 15-16 will be watched.", D(2021, 6, 10), [("June 15-16", "2021-06-15/2021-06-16")]),
    ("Trading over the five weeks from 25 November to 29 December was flat.", D(2019, 1, 10), [("25 November to 29 December", "2018-11-25/2018-12-29")]),
    ("The summit runs 15-16 June in Brussels.", D(2024, 5, 1), [("15-16 June", "2023-06-15/2023-06-16")]),
    ("The application goes to the inspectorate in Q2/Q3 2020.", D(2020, 5, 28), [("Q2/Q3 2020", "2020-Q2/2020-Q3")]),
    ("Output may take years to reach the heights of the September quarter last year.", D(2024, 10, 15), [("September quarter last year", "2023-Q3")]),
    ("Rates were cut in September last year, the bank said.", D(2025, 2, 24), [("September last year", "2024-09")]),
    ("The ministry reported revenues for January-August this year.", D(2022, 9, 14), [("January-August this year", "2022-01/2022-08")]),
    # a month in the year just named stays its own mention, in that year
    ("According to the bureau, last year during April, inflation stood at 11.1%.", D(2022, 5, 2), [("last year", "2021"), ("April", "2021-04")]),
    # what only restates a date before it is no mention: an apposed weekday, "the month" after a month
    ("Payments due on October 1, 2023, a Sunday, were shifted.", D(2025, 7, 9), [("October 1, 2023", "2023-10-01")]),
    ("Inflation rose in April, when Ramazan was partly observed in the month.", D(2022, 5, 2), [("April", "2022-04"), ("Ramazan", "2022-04")]),
    ("Revenue fell 35% in January 2023. That's the last month before the war began.", D(2023, 2, 6), [("January 2023", "2023-01")]),
    ("Gold output hit a record in the September 2023 quarter.", D(2024, 10, 15), [("September 2023 quarter", "2023-Q3")]),
    ("Sales rose in the just-completed September quarter.", D(2024, 10, 15), [("September quarter", "2024-Q3")]),
    ("LNG feedgas was slightly less than March's monthly record.", D(2022, 4, 20), [("March", "2022-03")]),
    ("Japan's tax take in fiscal 2023 rose. Revenues for the year that ended in March were revised.", D(2024, 7, 3), [("fiscal 2023", "2023-04/2024-03"), ("March", "2024-03")]),
    # not a span: a score, a percentage, a count
    ("The vote on June 15 was 15-16 against, and rates rose 3-4% in May.", D(2024, 7, 1), [("June 15", "2024-06-15"), ("May", "2024-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), ONE_EXPRESSION)
def test_one_expression_one_mention(text: str, ref: dt.date, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, reference_date=ref)] == expected


def test_the_year_of_the_period_just_named_is_recorded() -> None:
    text = "According to the bureau, last year during April, inflation stood at 11.1%."
    april = _the(text, D(2022, 5, 2), "April")
    assert [(b.rule, text[b.evidence[0] : b.evidence[1]]) for b in april.basis if b.evidence] == [
        ("date.anchor.period", "last year")
    ]


def test_recognizers_style_periods_stay_dates() -> None:
    """Alone in a sentence, "for the month" and "in the year" are the current ones."""
    assert [d.value for d in find_dates("I'm away for the month.", reference_date=D(2018, 5, 22))] == [
        "2018-05"
    ]


def test_a_maturity_gives_no_year() -> None:
    text = "Funds came from the sale of bonds due 2017 in February."
    assert [(d.text, d.value) for d in find_dates(text, reference_date=D(1987, 3, 4))][-1] == (
        "February",
        "1987-02",
    )


# Glue and layout (item 7): sentence, reference date, the dates read
LAYOUT: list[tuple[str, dt.date, list[tuple[str, str]]]] = [
    ("Crude exports rose 4% in April2022, the ministry said.", D(2022, 6, 1), [("April2022", "2022-04")]),
    ("The deal, signed March 3,2024, takes effect at once.", D(2024, 5, 20), [("March 3,2024", "2024-03-03")]),
    ("Jan-Apr imports up 9% on year", D(2024, 5, 20), [("Jan-Apr", "2024-01/2024-04")]),
    ("* Jan-Mar steel output up 3%", D(2024, 5, 20), [("Jan-Mar", "2024-01/2024-03")]),
    ("Sales in the first\nquarter of 2024 rose, and were flat in the same\nperiod last year.", D(2024, 5, 20), [("first\nquarter of 2024", "2024-Q1"), ("same\nperiod last year", "2023-Q1")]),
    ("Cargo arrived from\nFebruary 21 to\n28, the port said.", D(2024, 5, 20), [("February 21 to\n28", "2024-02-21/2024-02-28")]),
    # not glued dates: a count after a day, a lower-case verb
    ("On March 3,000 tonnes were loaded.", D(2024, 5, 20), [("March", "2024-03")]),
    ("Workers march-May be the month of strikes.", D(2024, 5, 20), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), LAYOUT)
def test_glue_and_layout(text: str, ref: dt.date, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in find_dates(text, reference_date=ref)] == expected


def test_a_dateline_glued_to_its_dash_names_the_country() -> None:
    text = "LAGOS– The central bank expects inflation to ease in 2024/25 (January-December) and fiscal 2025."
    assert country_mentions("LAGOS– The central bank")[0][1] == "NG"
    assert _the(text, D(2024, 5, 20), "fiscal 2025").value == "2025"


# A schedule in the present tense reads forward; "the week ahead", "the past week" on a Sunday
SCHEDULE: list[tuple[str, dt.date, str, str]] = [
    ("Iceland's central bank meets on Wednesday; the SNB publishes its assessment on Thursday.", D(2012, 6, 10), "Wednesday", "2012-06-13"),
    ("Iceland's central bank meets on Wednesday; the SNB publishes its assessment on Thursday.", D(2012, 6, 10), "Thursday", "2012-06-14"),
    ("The one-week buyback offer ends on Feb. 14, the treasury said.", D(2024, 2, 7), "Feb. 14", "2024-02-14"),
    ("Looking at the calendar, the week ahead brings three rate decisions.", D(2012, 6, 10), "week ahead", "2012-W24"),
    ("The past week saw rate decisions by 11 central banks.", D(2012, 6, 10), "past week", "2012-W23"),
    ("The past week saw rate decisions by 11 central banks.", D(2013, 2, 12), "past week", "2013-W06"),
    # a table's heading is no schedule
    ("Qtr ends Dec 31\n    Shr profit three cts vs loss three cts", D(1987, 3, 2), "Dec 31", "1986-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "surface", "value"), SCHEDULE)
def test_schedules_and_weeks(text: str, ref: dt.date, surface: str, value: str) -> None:
    assert _the(text, ref, surface).value == value
