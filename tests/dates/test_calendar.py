"""Calendar arithmetic of the date kind: periods, quarters, ISO weeks, two-digit years, fiscal years."""

from __future__ import annotations

import datetime as dt

import pytest

from geoecon import Granularity
from geoecon._tables.fiscal_years import FISCAL_YEARS, FiscalYear
from geoecon.dates.calendar import (
    Period,
    add_months,
    fiscal_year,
    fiscal_year_starting,
    safe_date,
    shift,
    two_digit_year,
)

D = dt.date


@pytest.mark.parametrize(
    ("period", "value", "granularity", "start", "end"),
    [
        (Period.day(D(2024, 2, 29)), "2024-02-29", "day", D(2024, 2, 29), D(2024, 2, 29)),
        (Period.month(2023, 2), "2023-02", "month", D(2023, 2, 1), D(2023, 2, 28)),
        (Period.year(1987), "1987", "year", D(1987, 1, 1), D(1987, 12, 31)),
        (Period.quarter(2024, 4), "2024-Q4", "quarter", D(2024, 10, 1), D(2024, 12, 31)),
        (Period.week(D(2024, 12, 31)), "2025-W01", "week", D(2024, 12, 30), D(2025, 1, 5)),
        (Period.week(D(2021, 1, 3)), "2020-W53", "week", D(2020, 12, 28), D(2021, 1, 3)),
        (Period.months(2024, 11, 2024, 2), "2024-11/2025-02", "month", D(2024, 11, 1), D(2025, 2, 28)),
        (Period.years(2017, 2024), "2017/2024", "year", D(2017, 1, 1), D(2024, 12, 31)),
        (Period.decade(1990), "199X", "decade", D(1990, 1, 1), D(1999, 12, 31)),
    ],
)
def test_periods(period: Period, value: str, granularity: str, start: D, end: D) -> None:
    assert (period.value, period.granularity, period.start, period.end) == (
        value,
        Granularity(granularity),
        start,
        end,
    )
    assert not period.relative


def test_an_unresolved_period_has_no_days() -> None:
    assert Period.unresolved(Granularity.WEEK) == (None, Granularity.WEEK, None, None, True)


@pytest.mark.parametrize("granularity", list(Granularity))
def test_the_unresolved_periods_made_once_are_the_plain_ones(granularity: Granularity) -> None:
    """Speed: ``Period.unresolved`` hands out one period per granularity, equal to a new one."""
    plain = Period(None, granularity, None, None, relative=True)
    assert Period.unresolved(granularity) == plain
    assert type(Period.unresolved(granularity)) is Period


@pytest.mark.parametrize(
    ("ref", "yy", "year"),
    [(D(2025, 2, 24), 87, 1987), (D(2025, 2, 24), 35, 2035), (D(2025, 2, 24), 36, 1936), (None, 24, 2024)],
)
def test_two_digit_years_take_the_reference_century_unless_over_ten_years_ahead(
    ref: D | None, yy: int, year: int
) -> None:
    assert two_digit_year(yy, ref) == year


def test_month_arithmetic_cuts_to_the_last_day() -> None:
    assert add_months(D(2024, 3, 31), -1) == D(2024, 2, 29)
    assert add_months(D(2024, 12, 15), 1) == D(2025, 1, 15)
    assert safe_date(2025, 2, 29) is None
    assert safe_date(10000, 1, 1) is None


@pytest.mark.parametrize(
    ("unit", "k", "value"),
    [
        ("day", -1, "2025-01-01"),
        ("week", 0, "2025-W01"),
        ("month", -1, "2024-12"),
        ("quarter", -1, "2024-Q4"),
        ("quarter", 4, "2026-Q1"),
        ("year", 1, "2026"),
    ],
)
def test_shift_moves_whole_units_across_the_year(unit: str, k: int, value: str) -> None:
    period = shift(D(2025, 1, 2), unit, k)
    assert period.value == value
    assert period.relative


@pytest.mark.parametrize(
    ("country", "year", "start_named", "value"),
    [
        ("IN", 2024, False, "2023-04/2024-03"),  # FY2024 ends in March 2024
        ("JP", 2025, False, "2025-04/2026-03"),  # fiscal 2025 begins in April 2025
        ("PK", 2024, True, "2024-07/2025-06"),  # 2024-25
        ("AU", 2023, False, "2022-07/2023-06"),
        ("US", 2024, False, "2023-10/2024-09"),
        (None, 2025, False, "2025"),  # no country: the calendar year
        (None, 2024, True, "2024/2025"),  # a split year without a country: both calendar years
    ],
)
def test_fiscal_years_under_each_convention(
    country: str | None, year: int, start_named: bool, value: str
) -> None:
    convention = None if country is None else FISCAL_YEARS[country]
    period = fiscal_year(year, convention, start_named=start_named)
    assert period.value == value
    assert period.granularity is Granularity.YEAR


def test_a_january_convention_gives_calendar_years() -> None:
    assert fiscal_year(2024, FiscalYear(country="XX", first_month=1, named_by="start")).value == "2024"


def test_the_fiscal_year_holding_a_day() -> None:
    assert fiscal_year_starting(D(2025, 2, 24), FISCAL_YEARS["US"]) == 2024
    assert fiscal_year_starting(D(2025, 10, 1), FISCAL_YEARS["US"]) == 2025


def test_every_convention_is_keyed_by_its_country() -> None:
    assert all(code == convention.country for code, convention in FISCAL_YEARS.items())
    assert all(1 <= convention.first_month <= 12 for convention in FISCAL_YEARS.values())
