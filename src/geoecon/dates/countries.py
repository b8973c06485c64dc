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

__all__ = ["COUNTRY_CUES", "country_mentions", "nearest_country", "nearest_cue"]

#: Cue words by country (regex sources, case as written), for the conventions of ``FISCAL_YEARS``.
COUNTRY_CUES: Final = {
    "IN": r"India|Indian|New Delhi|Mumbai|RBI|rupees?",
    "JP": r"Japan|Japanese|Tokyo|BOJ|yen",
    "PK": r"Pakistan|Pakistani|Islamabad|Karachi",
    "AU": r"Australia|Australian|Canberra|Sydney|RBA",
    "US": r"U\.S\.|US|United States|Congress|Pentagon|White House|federal",
    "BD": r"Bangladesh|Bangladeshi|Dhaka|taka",
    "EG": r"Egypt|Egyptian|Cairo",
    "KE": r"Kenya|Kenyan|Nairobi",
    "UG": r"Uganda|Ugandan|Kampala",
    "TZ": r"Tanzania|Tanzanian|Dodoma",
    "NZ": r"New Zealand|Wellington",
    "GB": r"Britain|British|U\.K\.|UK|United Kingdom|London|ONS|HM Treasury|sterling",
    "CA": r"Canada|Canadian|Ottawa",
    "HK": r"Hong Kong",
    "SG": r"Singapore|Singaporean",
    "ZA": r"South Africa|South African|Pretoria",
    "KW": r"Kuwait|Kuwaiti",
    "TH": r"Thailand|Thai|Bangkok",
    "RW": r"Rwanda|Rwandan|Kigali",
    "CN": r"China|Chinese|Beijing",
    "RU": r"Russia|Russian|Moscow|Kremlin",
    "BR": r"Brazil|Brazilian|Brasilia",
    "AR": r"Argentina|Argentine|Argentinian|Buenos Aires",
    "MX": r"Mexico|Mexican",
    "DE": r"Germany|German|Berlin",
    "FR": r"France|French|Paris",
    "IT": r"Italy|Italian|Rome",
    "KR": r"South Korea|South Korean|Seoul",
    "ID": r"Indonesia|Indonesian|Jakarta",
    "TR": r"Turkey|Turkish|Ankara",
    "SA": r"Saudi Arabia|Saudi|Riyadh",
    "EU": r"European Union|EU|Brussels",
    "NG": r"Nigeria|Nigerian|Abuja|Lagos",
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


# A dateline's city in capitals ("NAIROBI, Feb. 7 (Xinhua)", "LAGOS–", "NEW DELHI (Reuters)"):
# the country of the whole story.
_DATELINE: Final = re.compile(
    r"[ \t\n]{0,3}([A-Z][A-Z.'\- ]{1,22}[A-Z.])(?=[ \t]{0,2}(?:,|\(|[-\u2013\u2014]))"
)


def country_mentions(cased: str) -> list[tuple[int, str, int]]:
    """Where each country cue of the (case-kept) text starts, its country, where it ends, in order.

    A dateline city in capitals ("NAIROBI, Feb. 7") counts as a cue of its country.

    >>> country_mentions("Japan's budget and the U.S. deficit")
    [(0, 'JP', 5), (23, 'US', 27)]
    >>> country_mentions("NAIROBI, Feb. 7 (Xinhua) -- The Treasury said")
    [(0, 'KE', 7)]
    """
    found = [(m.start(), _country_of(m.group(0)), m.end()) for m in _COUNTRY_SPANS_RE.finditer(cased)]
    line = _DATELINE.match(cased)
    if line is not None and (not found or found[0][0] >= line.end(1)):
        code = _country_of(line.group(1).title().replace("U.S.", "U.S."))
        if code:
            found.insert(0, (line.start(1), code, line.end(1)))
    return found


def nearest_cue(found: list[tuple[int, str, int]], pos: int) -> tuple[int, str, int] | None:
    """The cue in ``found`` nearest to ``pos`` (the earlier one on a tie), if any.

    >>> nearest_cue([(0, "JP", 5), (23, "US", 27)], 10), nearest_cue([], 10)
    ((0, 'JP', 5), None)
    """
    i = bisect.bisect_left(found, (pos, ""))
    near = [found[j] for j in (i - 1, i) if 0 <= j < len(found)]
    if not near:
        return None
    return min(near, key=lambda item: abs(item[0] - pos))


def nearest_country(found: list[tuple[int, str, int]], pos: int) -> str | None:
    """The country of the cue in ``found`` nearest to ``pos`` (the earlier one on a tie), if any.

    >>> nearest_country([(0, "JP", 5), (23, "US", 27)], 10), nearest_country([], 10)
    ('JP', None)
    """
    cue = nearest_cue(found, pos)
    return None if cue is None else cue[1]
