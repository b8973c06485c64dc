"""Homonyms: which reading of an ambiguous place name the document means.

"Georgia" is the country or the US state, "London" the English city or the one in Ontario,
"Paris" the French capital or the town in Texas. The scanner proposes every reading of a
surface, best first by weight; this room picks one, from the text around the name and then from
the other places the whole document names:

* a US state institution after the name ("Georgia National Guard") picks the US state;
* a place after a comma ("Paris, Texas") or before one ("Atlanta, Georgia") picks the reading
  in that place's country;
* otherwise the default reading stands when another place of its country is named, and a
  lighter reading (not over ``_MAX_WEIGHT_RATIO`` times lighter) wins when more places below
  the country level of its country are named.

It reads candidates and never changes a span, only which reading a candidate has: the decision
a document-level context layer can take over.

>>> from geoecon._doc import Doc
>>> from geoecon.places.scanner import Scanner
>>> text = "Gov. Kemp said Georgia would expand the port of Savannah."
>>> found = choose_readings(text, Scanner(Doc(text)).scan())
>>> [(text[c.start : c.end], c.readings[c.reading].country) for c in found]
[('Georgia', 'US'), ('Savannah', 'US')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs
import regex

from geoecon._mention import PlaceType
from geoecon._tables.place_words import US_STATE_INSTITUTIONS
from geoecon._text import match_near

if TYPE_CHECKING:
    from geoecon.places.scanner import Candidate

__all__ = ["choose_readings"]

#: A reading this many times lighter than the default is never preferred on document evidence.
_MAX_WEIGHT_RATIO: Final = 1000
# Institutions that only a US state has: "Georgia National Guard", "Georgia State Senate".
_US_STATE_TAIL: Final = regex.compile(
    r"[ \t]+(?:" + "|".join(t.replace(" ", r"[ \t]+") for t in US_STATE_INSTITUTIONS) + r")\b"
)


def choose_readings(text: str, found: list[Candidate]) -> list[Candidate]:
    """Pick among the readings of ambiguous surfaces by what else the text names.

    Args:
        text: The text the candidates were found in (``Doc.norm``).
        found: The scanner's candidates, in the order it found them (of two that share a
            start or an end, the later one is the neighbour a comma rule reads).

    Returns:
        The same candidates in the same order, each with its ``reading`` chosen.
    """
    countries: dict[str, set[str]] = {}
    subnational: dict[str, set[str]] = {}
    for c in found:
        top = c.readings[0]
        if top.country is None or top.word:
            continue
        surface = text[c.start : c.end]
        countries.setdefault(top.country, set()).add(surface)
        if top.type is not PlaceType.COUNTRY:
            subnational.setdefault(top.country, set()).add(surface)
    by_start = {c.start: c for c in found}
    by_end = {c.end: c for c in found}
    resolved: list[Candidate] = []
    for c in found:
        choice = 0
        if len(c.readings) > 1:
            surface = text[c.start : c.end]
            choice = _choose(
                text,
                c,
                surface,
                by_start=by_start,
                by_end=by_end,
                countries=countries,
                subnational=subnational,
            )
        # Speed: an unchanged candidate is kept (it is frozen) rather than copied.
        resolved.append(c if choice == c.reading else attrs.evolve(c, reading=choice))
    return resolved


def _choose(
    text: str,
    c: Candidate,
    surface: str,
    *,
    by_start: dict[int, Candidate],
    by_end: dict[int, Candidate],
    countries: dict[str, set[str]],
    subnational: dict[str, set[str]],
) -> int:
    readings = c.readings
    if match_near(_US_STATE_TAIL, text, c.end) is not None:
        for k, r in enumerate(readings):
            if r.country == "US" and r.type is PlaceType.REGION:
                return k
    # "Paris, Texas": the next place's country decides.
    if text.startswith(", ", c.end):
        nxt = by_start.get(c.end + 2)
        if nxt is not None:
            code = nxt.readings[0].country
            for k, r in enumerate(readings):
                if r.country == code and r.type is not PlaceType.COUNTRY:
                    return k
    # "Atlanta, Georgia": the previous place's country decides.
    if text[max(0, c.start - 2) : c.start] == ", ":
        other = by_end.get(c.start - 2)
        if other is not None and other.readings[0].type is not PlaceType.COUNTRY:
            code = other.readings[0].country
            for k, r in enumerate(readings):
                if r.country == code and r.type is PlaceType.REGION:
                    return k

    def support(code: str | None, table: dict[str, set[str]]) -> int:
        return 0 if code is None else len(table.get(code, set()) - {surface})

    default = readings[0]
    if support(default.country, countries) > 0:
        return 0
    best_k, best_n = 0, 0
    for k, r in enumerate(readings[1:], start=1):
        if r.weight * _MAX_WEIGHT_RATIO < default.weight:
            break  # readings are sorted: the rest are smaller still
        n = support(r.country, subnational)
        if n > best_n:
            best_k, best_n = k, n
    return best_k
