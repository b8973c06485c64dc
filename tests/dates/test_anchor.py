"""Which year, which month, which Monday: the anchor's answers for both preferences."""

from __future__ import annotations

import datetime as dt

import pytest

from geoecon.dates.anchor import Anchor

D = dt.date
PAST = Anchor(D(2025, 2, 24))  # a Monday
FUTURE = Anchor(D(2025, 2, 24), future=True)
NONE = Anchor(None)


@pytest.mark.parametrize(
    ("month", "day", "past", "future"),
    [
        (3, None, 2024, 2025),
        (2, None, 2025, 2025),
        (1, None, 2025, 2026),
        (2, 24, 2025, 2025),
        (2, 25, 2024, 2025),
    ],
)
def test_the_year_of_a_yearless_month(month: int, day: int | None, past: int, future: int) -> None:
    assert (PAST.year_of(month, day), FUTURE.year_of(month, day)) == (past, future)


@pytest.mark.parametrize(("rel", "year"), [("", 2024), ("this", 2025), ("last", 2024), ("next", 2025)])
def test_the_year_of_a_named_month(rel: str, year: int) -> None:
    assert PAST.year_of_month(3, rel) == year


@pytest.mark.parametrize(
    ("weekday", "rel", "past", "future"),
    [
        (0, "", D(2025, 2, 24), D(2025, 3, 3)),  # "on Monday", said on a Monday
        (4, "", D(2025, 2, 21), D(2025, 2, 28)),
        (4, "next", D(2025, 3, 7), D(2025, 3, 7)),  # Friday of next week
        (2, "last", D(2025, 2, 19), D(2025, 2, 19)),  # Wednesday of last week
        (0, "coming", D(2025, 3, 3), D(2025, 3, 3)),
        (3, "this", D(2025, 2, 27), D(2025, 2, 27)),
    ],
)
def test_which_weekday(weekday: int, rel: str, past: D, future: D) -> None:
    assert (PAST.weekday(weekday, rel), FUTURE.weekday(weekday, rel)) == (past, future)


def test_weekday_of_another_week_and_after_next() -> None:
    assert PAST.weekday_of_week(4, -1) == D(2025, 2, 21)
    assert PAST.weekday_after_next(4) == D(2025, 3, 7)


def test_the_month_of_a_day_or_a_weekday_and_day() -> None:
    assert PAST.month_with_day(15) == D(2025, 2, 15)
    assert FUTURE.month_with_day(15) == D(2025, 3, 15)
    assert PAST.month_with_day(31) == D(2025, 1, 31)  # no 31 February: the month before
    assert PAST.month_with_weekday(18, 1) == D(2025, 2, 18)  # "Tuesday the 18th"
    assert PAST.year_with_weekday(3, 3, 0) == D(2025, 3, 3)  # "Monday, March 3"


def test_without_a_reference_date_there_is_no_answer() -> None:
    assert NONE.year_of(3) is None
    assert NONE.year_of_months(7, 9) is None
    assert NONE.weekday(0) is None
    assert NONE.month_away(1) is None
    assert NONE.month_with_day(15) is None
