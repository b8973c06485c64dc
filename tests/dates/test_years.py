"""Years that are dates even as modifiers; names, identifiers and counts stay out (issue #18 item 6).

Sentences written in the style of the dev sets' phenomena (not copied from them).
"""

from __future__ import annotations

import pytest

from geoecon.dates import find_dates

YEARS: list[tuple[str, str]] = [
    ("Jobs were lost after the 2008 financial crisis.", "2008"),
    ("It owes the IMF $44 billion under a 2018 loan agreement.", "2018"),
    ("The company sold 6.87 percent notes due 2024.", "2024"),
    ("This is six times greater than 2014, when three allies met the target.", "2014"),
    ("The levy will bring in 41.6 billion pounds up until 2028.", "2028"),
    ("The 2024 deficit will be smaller than last year's.", "2024"),
    ("The deficit will be smaller than 2023's 878,000 ounces.", "2023"),
    ("Exports rose 78% compared to 2021.", "2021"),
    ("Costs are projected to rise 20% over 2020.", "2020"),
    ("Demand weakened after a record 2023.", "2023"),
    ("Sales jumped 90 pct in 1986 versus 1985.", "1985"),
]

NOT_YEARS: list[str] = [
    "The plant hired the 2000 workers it needed.",
    "Saudi Vision 2030 aims to diversify the economy.",
    "The Trade Act of 1974 applies to the case.",
    "Output reached 2024 tonnes last month.",
    "COVID-19 hit trade.",
]


@pytest.mark.parametrize(("text", "year"), YEARS)
def test_a_year_as_a_modifier_is_a_date(text: str, year: str) -> None:
    assert year in [d.value for d in find_dates(text) if d.text == year]


@pytest.mark.parametrize("text", NOT_YEARS)
def test_names_identifiers_and_counts_are_not_years(text: str) -> None:
    assert [d.text for d in find_dates(text) if d.granularity.value == "year"] == []
