"""Comparisons anchor on the period under discussion; deictic forms on the reference date.

Each row is a news passage written in the style of the dev sets' phenomena (not copied from
them), its reference date, the date read and its value, and the anchor it used: the span of
the period under discussion (``date.anchor.previous``), or ``None`` for the reference date
(``date.anchor.reference``).
"""

from __future__ import annotations

import datetime as dt

import pytest

import geoecon
from geoecon.dates import find_dates

D = dt.date

# passage, reference date, surface, value, the anchor's text (None: the reference date)
ANAPHORIC: list[tuple[str, dt.date, str, str, str | None]] = [
    ("Consumer prices rose 5% in May from the same month a year ago.", D(2021, 6, 10), "same month a year ago", "2020-05", "May"),
    ("In April, CPI rose 4.2% from the same month a year ago.", D(2021, 6, 10), "same month a year ago", "2020-04", "April"),
    ("CPI was up 0.6% in May from the previous month.", D(2021, 6, 10), "previous month", "2021-04", "May"),
    ("Retail sales rose 2% in March from a year earlier.", D(2024, 4, 15), "a year earlier", "2023-03", "March"),
    ("Imports in January-August 2023 fell 9% from the same period last year.", D(2023, 9, 20), "same period last year", "2022-01/2022-08", "January-August 2023"),
    ("GDP grew 0.3% in the third quarter, after 1.1% growth in the three months prior.", D(2022, 11, 15), "three months prior", "2022-Q2", "third quarter"),
    ("The economy shrank in the third quarter of 2022 after growing in the previous quarter.", D(2022, 11, 15), "previous quarter", "2022-Q2", "third quarter of 2022"),
    ("Sales fell 0.7% in December compared to the same month in 2017.", D(2019, 1, 10), "same month in 2017", "2017-12", "December"),
    ("Sales fell in December from the same month in 2017, when they had risen from the preceding year.", D(2019, 1, 10), "preceding year", "2016-12", "same month in 2017"),
    ("Trading was flat in 2018 compared to a 1.4% rise the previous year.", D(2019, 1, 10), "previous year", "2017", "2018"),
    ("The field was found in 2008 and Total bought a stake two years later.", D(2013, 3, 13), "two years later", "2010", "2008"),
    ("Fuel receipts fell to 671 billion roubles in August, 3.4% lower than a year ago.", D(2022, 9, 14), "a year ago", "2021-08", "August"),
    ("Crude imports in the year to March 31, 2022, rose 5% from the previous year.", D(2022, 6, 1), "previous year", "2020-04/2021-03", "year to March 31, 2022"),
    ("Expenditure in the seven months through October was 51% of the target, against 53% in the year-ago period.", D(2024, 11, 29), "year-ago period", "2023-04/2023-10", "seven months through October"),
    ("GDP grew 4.8% in the first three quarters of 2024, slower than in the same period of 2023.", D(2024, 10, 18), "same period of 2023", "2023-01/2023-09", "first three quarters of 2024"),
    ("Receipts fell in August to the lowest since June 2021. This is 13% less than the previous month.", D(2022, 9, 14), "previous month", "2022-07", "August"),
    ("Tax receipts for fiscal 2024 rose 8% from the prior fiscal year.", D(2024, 11, 20), "prior fiscal year", "2023", "fiscal 2024"),
]  # fmt: skip

DEICTIC: list[tuple[str, dt.date, str, str]] = [
    ("The company was founded 42 years ago in Doha.", D(2013, 3, 13), "42 years ago", "1971"),
    ("Inflation slowed last year, the bank said.", D(2025, 2, 24), "last year", "2024"),
    ("The pact was signed two years ago.", D(2025, 2, 24), "two years ago", "2023"),
    ("Output in 2024 rose; the plant opened a year ago.", D(2025, 2, 24), "a year ago", "2024"),
    ("Sales are up 7% compared to the same period last year.", D(2018, 7, 20), "same period last year", "2017"),
    ("Margins narrowed in the previous quarter, the bank said.", D(2025, 2, 24), "previous quarter", "2024-Q4"),
]  # fmt: skip


def _the(text: str, ref: dt.date, surface: str) -> geoecon.Date:
    found = [d for d in find_dates(text, reference_date=ref) if d.text == surface]
    assert len(found) == 1, list(find_dates(text, reference_date=ref))
    return found[0]


@pytest.mark.parametrize(("text", "ref", "surface", "value", "anchor"), ANAPHORIC)
def test_a_comparison_reads_the_period_under_discussion(
    text: str, ref: dt.date, surface: str, value: str, anchor: str | None
) -> None:
    date = _the(text, ref, surface)
    assert date.value == value
    assert [b.rule for b in date.basis] == ["date.anchor.previous"]
    span = date.basis[0].evidence
    assert span is not None
    assert text[span[0] : span[1]] == anchor


@pytest.mark.parametrize(("text", "ref", "surface", "value"), DEICTIC)
def test_a_deictic_form_reads_the_reference_date(text: str, ref: dt.date, surface: str, value: str) -> None:
    date = _the(text, ref, surface)
    assert date.value == value
    assert [b.rule for b in date.basis] == ["date.anchor.reference"]


def test_an_absolute_date_records_no_anchor() -> None:
    assert _the("Exports rose in March 2024.", D(2025, 2, 24), "March 2024").basis == ()


def test_find_dates_and_extract_agree() -> None:
    text = "Exports rose 5% in May from a year earlier, the ministry said on Tuesday."
    ref = D(2021, 6, 10)
    assert list(find_dates(text, reference_date=ref)) == list(
        geoecon.extract(text, kinds={"date"}, reference_date=ref).dates
    )


def test_the_anchor_is_explained() -> None:
    text = "Exports rose 5% in May from a year earlier."
    records = geoecon.extract(text, reference_date=D(2021, 6, 10)).to_records(explain=True)
    dates = [r for r in records if r["kind"] == "date"]
    assert dates[1]["basis"] == [{"rule": "date.anchor.previous", "evidence": [19, 22]}]


def test_a_composite_period_is_the_period_under_discussion() -> None:
    text = "In the nine months to December 2023, income rose 4% from the same period a year ago."
    assert _the(text, D(2024, 1, 23), "same period a year ago").value == "2022-04/2022-12"


# passage, reference date, surface, value, the future cue (None: read backward, the reference date)
TENSE: list[tuple[str, dt.date, str, str, str | None]] = [
    ("The central bank's policy committee will meet on Tuesday.", D(2025, 2, 23), "Tuesday", "2025-02-25", "will"),
    ("Kenya began a buyback of Eurobonds which mature in June.", D(2024, 2, 7), "June", "2024-06", "mature"),
    ("Investors await the Fed's two-day meeting set for June 15.", D(2021, 6, 10), "June 15", "2021-06-15", "set for"),
    ("On March 15, the certificates will be mailed.", D(1987, 3, 3), "March 15", "1987-03-15", "will"),
    ("The minister said on Monday the bank will cut rates.", D(2025, 2, 26), "Monday", "2025-02-24", None),
    ("The decision was made Monday, but payments will be delayed.", D(1987, 3, 3), "Monday", "1987-03-02", None),
    ("The plan to curb exports, agreed in January, is aimed at cutting stocks.", D(1987, 3, 2), "January", "1987-01", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "surface", "value", "cue"), TENSE)
def test_a_future_clause_reads_forward(
    text: str, ref: dt.date, surface: str, value: str, cue: str | None
) -> None:
    date = _the(text, ref, surface)
    assert date.value == value
    if cue is None:
        assert [b.rule for b in date.basis] == ["date.anchor.reference"]
    else:
        assert [b.rule for b in date.basis] == ["date.anchor.future"]
        span = date.basis[0].evidence
        assert span is not None
        assert text[span[0] : span[1]] == cue
