"""Places mentioned in a set of stories, counted by country.

Each place comes with the ISO 3166-1 alpha-2 code of the country it lies in, so
cities ("Kyiv"), regions ("Siberia"), demonyms ("Russian") and aliases ("U.S.")
all count towards their country. Supranational places (the EU, "Europe") have no
country and are counted apart; disputed territories carry ``disputed=True``.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import geoecon

STORIES = (
    (
        "MOSCOW, Feb 24 - Russian President Vladimir Putin offered the United States a deal on "
        "rare-earth minerals, including deposits in occupied regions of eastern Ukraine."
    ),
    (
        "KYIV - Ukrainian officials said Washington had not consulted Kyiv on the minerals deal, "
        "which covers lithium in Donetsk and titanium near Zhytomyr."
    ),
    (
        "The EU and Britain agreed on Monday to extend sanctions on Russian aluminium; Siberia's "
        "smelters now ship most of their metal to China and Turkey."
    ),
    (
        "KINSHASA (Reuters) - Congolese cobalt exports to China rose 15% as U.S. buyers turned to "
        "Australia and Canada; Zambia's copper belt is next door."
    ),
    (
        "Crimea's ports and the Sea of Azov remain closed, Ukraine's navy said, while Turkish "
        "insurers raised premiums for ships bound for Odesa."
    ),
)


def main() -> None:
    """Count place mentions per country and list the distinct places behind each count."""
    counts: Counter[str] = Counter()
    names: defaultdict[str, set[str]] = defaultdict(set)
    disputed: set[str] = set()
    for story in STORIES:
        for place in geoecon.extract(story, kinds={"place"}).places:
            key = place.country or "(no country)"
            counts[key] += 1
            names[key].add(place.name)
            if place.disputed:
                disputed.add(place.name)
    print(f"{sum(counts.values())} place mentions in {len(STORIES)} stories")
    for country, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {country:<13} {count:>2}  {'; '.join(sorted(names[country]))}")
    print(f"disputed: {', '.join(sorted(disputed)) or 'none'}")


if __name__ == "__main__":
    main()
