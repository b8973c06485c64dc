"""How often geoecon finds the country that Reuters editors tagged on an article.

Usage: ``.venv/bin/python benchmarks/reuters_countries.py [--limit N] [--misses 15]``

For every article of Reuters-21578 (``../shared/corpora``) whose editors tagged
exactly one place, the tag is mapped to an ISO 3166-1 code (by ``parse_place`` on
the tag's words, with a few historical tags set by hand) and the script reports
the share of articles where ``extract`` finds a place in that country: in the
body alone, and in headline + dateline + body. It prints a sample of misses.
Skips cleanly when the corpus is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import Counter
from pathlib import Path

import geoecon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"
# Reuters tags whose words are not a current country name.
TAGS: dict[str, str] = {
    "usa": "US", "uk": "GB", "ussr": "RU", "west-germany": "DE", "east-germany": "DE",
    "south-korea": "KR", "north-korea": "KP", "uae": "AE", "hong-kong": "HK", "taiwan": "TW",
    "ivory-coast": "CI", "zaire": "CD", "burma": "MM", "czechoslovakia": "CZ", "yugoslavia": "RS",
    "south-africa": "ZA", "new-zealand": "NZ", "saudi-arabia": "SA", "sri-lanka": "LK",
    "north-yemen": "YE", "south-yemen": "YE", "yemen-arab-republic": "YE", "kampuchea": "KH",
    "trinidad-tobago": "TT",
}  # fmt: skip


def iso(tag: str) -> str | None:
    """The ISO code of a Reuters place tag, or None when it is not a country."""
    if tag in TAGS:
        return TAGS[tag]
    try:
        place = geoecon.parse_place(tag.replace("-", " ").title())
    except geoecon.ParseError:
        return None
    return place.country if place.type is geoecon.PlaceType.COUNTRY else None


def main() -> None:
    """Print the shares and a sample of misses."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="articles to read (0: all)")
    parser.add_argument("--misses", type=int, default=15)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found")
        return
    total = body_hits = full_hits = 0
    unmapped: Counter[str] = Counter()
    misses: list[tuple[str, str, str, list[str]]] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if args.limit and n >= args.limit:
                break
            article = json.loads(line)
            tags = article.get("places") or []
            if len(tags) != 1:
                continue
            code = iso(tags[0])
            if code is None:
                unmapped[tags[0]] += 1
                continue
            body = article.get("text") or ""
            head = f"{article.get('title') or ''}\n{article.get('dateline') or ''}\n"
            found_body = {p.country for p in geoecon.extract(body, kinds={"place"}).places}
            found_full = found_body | {p.country for p in geoecon.extract(head, kinds={"place"}).places}
            total += 1
            body_hits += code in found_body
            full_hits += code in found_full
            if code not in found_full:
                misses.append(
                    (article["id"], code, article.get("title") or "", sorted(filter(None, found_full)))
                )
    print(f"articles with exactly one country tag: {total:,}")
    print(f"  tagged country found in the body:                     {body_hits / total:.1%}")
    print(f"  tagged country found in headline + dateline + body:   {full_hits / total:.1%}")
    skipped = sum(unmapped.values())
    print(f"one-place tags that are not countries (skipped): {skipped} {dict(unmapped.most_common(5))}")
    print(f"sample of {min(args.misses, len(misses))} misses (id, tag, headline, countries found):")
    for miss in random.Random(0).sample(misses, min(args.misses, len(misses))):
        print(f"  {miss[0]:<14} {miss[1]}  {miss[2][:60]!r:<64} {miss[3]}")


if __name__ == "__main__":
    main()
