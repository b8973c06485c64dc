"""Quick start: read a short news article and print what geoecon finds in it.

Run it with ``make demo`` (or ``python examples/quickstart.py``). The article is
built in, so the example needs nothing but geoecon.
"""

from __future__ import annotations

import datetime as dt

import geoecon

ARTICLE = (
    "MOSCOW, Feb 24 - Russian President Vladimir Putin on Monday offered the United States "
    "a deal on rare-earth minerals, including deposits in occupied regions of eastern Ukraine. "
    "He said Russia could ship around 2 million tons of aluminum a year to the U.S. market. "
    "Russian aluminum exports to the United States fell to just $2.3 million in 2024, down "
    "from a high of $1.7 billion in 2017 - about 15% of all U.S. aluminum imports. Since then "
    "the price has jumped 43% to $2,655 per ton, and the central bank cut rates by 50 basis points "
    "in the third quarter of 2024."
)


def main() -> None:
    """Extract every mention and print one line per mention (``found.table()``)."""
    found = geoecon.extract(ARTICLE, reference_date=dt.date(2025, 2, 24))
    print(found.table())


if __name__ == "__main__":
    main()
