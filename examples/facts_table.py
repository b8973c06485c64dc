"""An article -> its facts table: each number with what it measures, whose, when, and how it moved.

``extract(...).facts`` joins every value mention (money, percentage, tonnage, quantity) to
the words naming its measure, the commodity, the places whose measure it is and its
counterpart, the period it holds for, and its role in a change. ``facts_frame()`` gives one
tidy row per fact (pandas, ``geoecon[pandas]``); a conversion in brackets is counted once.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

import geoecon

FILED = dt.date(2025, 2, 24)

ARTICLE = (
    "Russian aluminum exports to the United States fell to just $2.3 million in 2024, down from a "
    "high of $1.7 billion in 2017 — about 15% of all U.S. aluminum imports. "
    "Since then, the price of aluminum has jumped 43% to $2,655 per ton.\n\n"
    "Chile's copper output rose 4% to 5.3 million tonnes in 2024, while its exports to China "
    "climbed to 3.1 million tonnes. Russia plans to spend 4.2 trillion rubles ($46 billion) on "
    "defence in 2025."
)


def main() -> None:
    """Print the article's facts, one row each."""
    found = geoecon.extract(ARTICLE, reference_date=FILED)
    frame = found.facts_frame(decimals="str")
    columns = ["text", "measure", "commodity", "where", "partner", "period", "role", "direction"]
    with pd.option_context("display.width", 120, "display.max_columns", 20):
        print(frame[columns].to_string(index=False))


if __name__ == "__main__":
    main()
