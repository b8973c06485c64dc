"""Percentages: percent, percentage points and basis points."""

from __future__ import annotations

from decimal import Decimal

import pytest

from geoecon import ParseError, PercentUnit, Qualifier, find_percentages, parse_percentage
from helpers import WRAPPERS

P, PP, BP = PercentUnit.PERCENT, PercentUnit.PERCENTAGE_POINT, PercentUnit.BASIS_POINT

POSITIVES: list[tuple[str, str, str, PercentUnit]] = [
    ("Prices jumped 43% to a record.", "43%", "43", P),
    ("Output rose 15 percent in March.", "15 percent", "15", P),
    ("Inflation was 2.5 per cent last year.", "2.5 per cent", "2.5", P),
    ("Exports rose 11.9 pct in January.", "11.9 pct", "11.9", P),
    ("Sales grew +11.9 percent on the year.", "+11.9 percent", "11.9", P),
    ("The index fell 5pc on the day.", "5pc", "5", P),
    ("Imports fell twenty percent.", "twenty percent", "20", P),
    ("Growth slowed by half a percent.", "half a percent", "0.5", P),
    ("Yields rose 1.5 percentage points.", "1.5 percentage points", "1.5", PP),
    ("The jobless rate rose 0.3 pct point.", "0.3 pct point", "0.3", PP),
    ("Margins widened 2 ppt in 2024.", "2 ppt", "2", PP),
    ("The bank cut rates by 50 basis points.", "50 basis points", "50", BP),
    ("Spreads narrowed 25bps this week.", "25bps", "25", BP),
    ("The rate rose by a quarter of a percentage point.", "a quarter of a percentage point", "0.25", PP),
    ("Unemployment rose 2 points to 7% in the crisis.", "2 points", "2", PP),
    # a unit on the next line of a wrapped text (issue 19, item 5)
    ("Exports rose 21\npercent in May.", "21\npercent", "21", P),
    ("Output fell 4.5\npct from a year earlier.", "4.5\npct", "4.5", P),
]

RANGES: list[tuple[str, str, str, str, PercentUnit]] = [
    ("Tariffs of 10%-25% apply.", "10%-25%", "10", "25", P),
    ("Tariffs of 10-25% apply.", "10-25%", "10", "25", P),
    ("rates of 4.5 to 4.75 per cent", "4.5 to 4.75 per cent", "4.5", "4.75", P),
    ("growth between 4% and 5% this year", "between 4% and 5%", "4", "5", P),
    ("a cut of 25-50 basis points", "25-50 basis points", "25", "50", BP),
    # a range stays one, a change is two (issue 19, item 6)
    ("recovery of 95 pct to 96 pct of the gold", "95 pct to 96 pct", "95", "96", P),
    ("Tariffs will range from 3% to 8% on steel.", "from 3% to 8%", "3", "8", P),
    ("plantings were down 29.9 to 36.3 pct from last year", "29.9 to 36.3 pct", "29.9", "36.3", P),
]

# A change from one value to another: the base and the level reached, two percentages.
CHANGES: list[tuple[str, list[str]]] = [
    ("The central bank rose its rate from 3% to 3.25% on Tuesday.", ["3%", "3.25%"]),
    ("The load factor decreased\n1.6 pct to 54.3 pct from 55.9 pct.", ["1.6 pct", "54.3 pct", "55.9 pct"]),
    ("Taxes will decrease by five pct to 31 pct of income.", ["five pct", "31 pct"]),
    ("Inflation eased sharply from 9.1% to 3.2% over the year.", ["9.1%", "3.2%"]),
    # two numbers sharing one unit: two percentages (issue 19, item 5)
    ("Shipments and orders rose 1.8 and 4.2 percent in May.", ["1.8", "4.2 percent"]),
    ("Traffic rose 18 pct versus 12 and 13 pct respectively.", ["18 pct", "12", "13 pct"]),
    # negatives: a year, a name, a range whose "between" a line end parts
    ("Prices could rise 1.5 per cent in 1987 and two per cent in 1988.", ["1.5 per cent", "two per cent"]),
    ("Growth of 10 pct in M-1 and five pct in M-2.", ["10 pct", "five pct"]),
    ("The forecast is between\n2.4 and 2.5 pct.", ["2.5 pct"]),
]


@pytest.mark.parametrize(("sentence", "surfaces"), CHANGES)
def test_a_change_is_two_percentages(sentence: str, surfaces: list[str]) -> None:
    assert [p.text for p in find_percentages(sentence)] == surfaces


NEGATIVES = [
    "Exports doubled in 2024.",
    "Half the output was lost.",
    "The Dow fell 200 points on Friday.",
    "He scored 30 points in the game.",
    # points that are no percentage points (issue 19, item 7)
    "Bond yields, which had topped records at one point, fell back.",
    "Rates rose; he hit a three-point shot.",
    "Rates were in table 21\npoints of order follow.",
    "• USD 91.20 -0.2% • EUR 98.75 +0.1%\nMoscow, Dec 7",
    "In a year when interest rates rose, the guard scored 12 points.",
    "Sales more than doubled in the year, the share of exports rose.",
    "See https://example.com/search?q=30%25%2020 for data.",
    "Boeing 737 deliveries resumed.",
]


@pytest.mark.parametrize(("sentence", "surface", "value", "unit"), POSITIVES)
@pytest.mark.parametrize(("before", "after"), WRAPPERS)
def test_percentages(
    sentence: str, surface: str, value: str, unit: PercentUnit, before: str, after: str
) -> None:
    text = before + sentence + after
    found = [p for p in find_percentages(text) if p.text == surface]
    assert found, list(find_percentages(text))
    assert found[0].start == text.index(surface)
    assert found[0].value == Decimal(value)
    assert found[0].unit is unit


@pytest.mark.parametrize(("sentence", "surface", "low", "high", "unit"), RANGES)
def test_ranges(sentence: str, surface: str, low: str, high: str, unit: PercentUnit) -> None:
    (pct,) = find_percentages(sentence)
    assert (pct.text, pct.value, pct.low, pct.high, pct.unit) == (
        surface,
        None,
        Decimal(low),
        Decimal(high),
        unit,
    )


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives(sentence: str) -> None:
    assert list(find_percentages(sentence)) == []


def test_qualifier() -> None:
    (pct,) = find_percentages("about 15% of all U.S. aluminum imports")
    assert (pct.text, pct.qualifier, pct.approx) == ("15%", Qualifier.APPROX, True)


def test_minus_is_negative() -> None:
    (pct,) = find_percentages("output fell -3.5% on the year")
    assert pct.value == Decimal("-3.5")


def test_parse_percentage() -> None:
    assert parse_percentage("50 bps").unit is BP
    with pytest.raises(ParseError):
        parse_percentage("$5")
    with pytest.raises(TypeError, match="text"):
        parse_percentage(None)  # type: ignore[arg-type]
