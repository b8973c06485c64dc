"""Whose fiscal year: the country a text names nearest to a date.

"Fiscal 2025" is April 2025 - March 2026 in a story about Japan and October 2024 - September
2025 in one about the US budget. The readers of fiscal years ask for the country named
nearest to the date (before or after it, anywhere in the text), from a few cue words per
country whose convention ``geoecon._tables.fiscal_years`` knows; a text naming none of them
keeps calendar years.

This is a document-level decision made inside the date kind; it is kept in this small room
until a shared index of the document's evidence takes it over.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from geoecon._regex import letter_first

__all__ = ["COUNTRY_CUES", "country_mentions", "nearest_country"]

#: Cue words by country (regex sources, case as written), for the conventions of ``FISCAL_YEARS``.
COUNTRY_CUES: Final = {
    "IN": r"India|Indian|New\s Delhi|Mumbai|RBI|rupees?",
    "JP": r"Japan|Japanese|Tokyo|BOJ|yen",
    "PK": r"Pakistan|Pakistani|Islamabad|Karachi",
    "AU": r"Australia|Australian|Canberra|Sydney|RBA",
    "US": r"U\.S\.|US|United\s States|Congress|Pentagon|White\s House|federal",
    "BD": r"Bangladesh|Bangladeshi|Dhaka|taka",
    "EG": r"Egypt|Egyptian|Cairo",
    "KE": r"Kenya|Kenyan|Nairobi",
    "UG": r"Uganda|Ugandan|Kampala",
    "TZ": r"Tanzania|Tanzanian|Dodoma",
    "NZ": r"New\s Zealand|Wellington",
}
_COUNTRY_RE: Final = re.compile(
    r"(?<![\w.])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in COUNTRY_CUES.items()) + r")(?![\w])"
)


# Speed: ``_COUNTRY_RE`` without its groups, each cue opening with its letter (the
# pattern opened with a lookbehind, tried at every character); ``_country_of`` names
# each span found (no two cues match at one place).
_COUNTRY_SPANS_RE: Final = re.compile(
    letter_first(
        (cue for cues in COUNTRY_CUES.values() for cue in cues.split("|")),
        not_after=r"[\w.]",
        then=r"(?![\w])",
    )
)


def _country_of(word: str) -> str:
    m = _COUNTRY_RE.fullmatch(word)
    return m.lastgroup if m is not None and m.lastgroup is not None else ""


def country_mentions(cased: str) -> list[tuple[int, str]]:
    """Where each country cue of the (case-kept) text starts, with its country, in order.

    >>> country_mentions("Japan's budget and the U.S. deficit")
    [(0, 'JP'), (23, 'US')]
    """
    return [(m.start(), _country_of(m.group(0))) for m in _COUNTRY_SPANS_RE.finditer(cased)]


def nearest_country(found: list[tuple[int, str]], pos: int) -> str | None:
    """The country of the cue in ``found`` nearest to ``pos`` (the earlier one on a tie), if any.

    >>> nearest_country([(0, "JP"), (23, "US")], 10), nearest_country([], 10)
    ('JP', None)
    """
    i = bisect.bisect_left(found, (pos, ""))
    near = [found[j] for j in (i - 1, i) if 0 <= j < len(found)]
    if not near:
        return None
    return min(near, key=lambda item: abs(item[0] - pos))[1]
