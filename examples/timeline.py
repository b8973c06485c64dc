"""A timeline of the dates in an article, each at the granularity the text gives.

geoecon never pads a date to a fake day: "2017" is a year and "the third quarter
of 2024" a quarter, each with the first and last day it covers. Sorting by
``(start_date, end_date)`` puts them on one timeline; relative dates ("on
Monday", "last year") are resolved against the day the story was filed.
"""

from __future__ import annotations

import datetime as dt

import geoecon

FILED = dt.date(2025, 2, 24)  # a Monday

ARTICLE = (
    "MOSCOW, Feb 24 - Russia on Monday offered the United States access to rare-earth deposits. "
    "Russian aluminum exports to the United States peaked in 2017 and fell to $2.3 million in 2024, "
    "after Washington imposed tariffs in March 2018 and a 200% duty in February 2023. "
    "Shipments collapsed in the third quarter of 2024 and were flat last week, traders said. "
    "Rusal, which expanded in the 1990s, reported a loss for fiscal 2024 in April and expects a "
    "recovery by mid-2026. Talks that began two years ago stalled on Friday."
)


def main() -> None:
    """Print the article's dates in time order, with granularity and covered days."""
    found = geoecon.extract(ARTICLE, reference_date=FILED, kinds={"date"})
    resolved = [d for d in found.dates if d.start_date is not None and d.end_date is not None]
    unresolved = [d for d in found.dates if d.start_date is None]
    print(f"Filed {FILED:%A %d %B %Y}; {len(found.dates)} dates, oldest first:")
    for d in sorted(resolved, key=lambda d: (d.start_date, d.end_date, d.start)):
        flags = " ".join(f for f in ("relative" if d.relative else "", d.modifier or "") if f)
        print(
            f"  {d.start_date} .. {d.end_date}  {d.granularity.value:<8} {d.value:<10} "
            f"{d.text!r:<26} {flags}".rstrip()
        )
    for d in unresolved:
        print(f"  unresolved: {d.text!r}")


if __name__ == "__main__":
    main()
