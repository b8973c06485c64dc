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

It reads candidates and never changes a span, only which reading a candidate has, and it records
why as a ``Basis`` on the candidate (the rules ``place.homonym.*`` of ``Basis``'s table, with the
span of the words or the place that settled it), so ``to_record(explain=True)`` shows it.

>>> from geoecon._doc import Doc
>>> from geoecon.places.scanner import Scanner
>>> text = "Gov. Kemp said Georgia would expand the port of Savannah."
>>> found = choose_readings(text, Scanner(Doc(text)).scan())
>>> [(text[c.start : c.end], c.readings[c.reading].country) for c in found]
[('Georgia', 'US'), ('Savannah', 'US')]
>>> found[0].basis
(Basis(rule='place.homonym.document', evidence=(48, 56)),)
>>> text[48:56]
'Savannah'
"""

from __future__ import annotations

from typing import Final

import regex

from geoecon._mention import Basis, PlaceType
from geoecon._tables.place_words import US_STATE_INSTITUTIONS
from geoecon._text import match_near
from geoecon.places.scanner import Candidate

__all__ = ["choose_readings"]

#: A reading this many times lighter than the default is never preferred on document evidence.
_MAX_WEIGHT_RATIO: Final = 1000
# Institutions that only a US state has: "Georgia National Guard", "Georgia State Senate".
#: The letters that open ``US_STATE_INSTITUTIONS`` (the pattern is case-sensitive): a cheap gate.
_US_STATE_TAIL_OPENS: Final = "".join(sorted({t[0] for t in US_STATE_INSTITUTIONS}))
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
    # Speed: most texts hold no homonym; then nothing is chosen and the evidence is not indexed.
    if not [c for c in found if len(c.readings) > 1]:
        return found
    countries: dict[str, dict[str, Candidate]] = {}  # code -> surface -> its first candidate
    subnational: dict[str, dict[str, Candidate]] = {}
    for c in found:
        top = c.readings[0]
        if top.country is None or top.word:
            continue
        surface = text[c.start : c.end]
        countries.setdefault(top.country, {}).setdefault(surface, c)
        if top.type is not PlaceType.COUNTRY:
            subnational.setdefault(top.country, {}).setdefault(surface, c)
    by_start = {c.start: c for c in found}
    by_end = {c.end: c for c in found}
    resolved: list[Candidate] = []
    for c in found:
        if len(c.readings) > 1:
            surface = text[c.start : c.end]
            choice, basis = _choose(
                text,
                c,
                surface,
                by_start=by_start,
                by_end=by_end,
                countries=countries,
                subnational=subnational,
            )
            # Speed: built directly (``attrs.evolve`` costs several times more).
            resolved.append(Candidate(c.start, c.end, c.readings, choice, (basis,)))
        else:
            resolved.append(c)  # Speed: an unambiguous candidate is kept (it is frozen), not copied
    return resolved


def _choose(
    text: str,
    c: Candidate,
    surface: str,
    *,
    by_start: dict[int, Candidate],
    by_end: dict[int, Candidate],
    countries: dict[str, dict[str, Candidate]],
    subnational: dict[str, dict[str, Candidate]],
) -> tuple[int, Basis]:
    """The reading ``c`` has in ``text``, and the rule and evidence that chose it."""
    readings = c.readings
    tail = match_near(_US_STATE_TAIL, text, c.end, opens=_US_STATE_TAIL_OPENS)
    if tail is not None:
        for k, r in enumerate(readings):
            if r.country == "US" and r.type is PlaceType.REGION:
                at = tail.start() + len(tail.group()) - len(tail.group().lstrip())
                return k, Basis("place.homonym.institution", (at, tail.end()))
    # "Paris, Texas": the next place's country decides.
    if text.startswith(", ", c.end):
        nxt = by_start.get(c.end + 2)
        if nxt is not None:
            code = nxt.readings[0].country
            for k, r in enumerate(readings):
                if r.country == code and r.type is not PlaceType.COUNTRY:
                    return k, Basis("place.homonym.next_place", (nxt.start, nxt.end))
    # "Atlanta, Georgia": the previous place's country decides.
    if text[max(0, c.start - 2) : c.start] == ", ":
        other = by_end.get(c.start - 2)
        if other is not None and other.readings[0].type is not PlaceType.COUNTRY:
            code = other.readings[0].country
            for k, r in enumerate(readings):
                if r.country == code and r.type is PlaceType.REGION:
                    return k, Basis("place.homonym.previous_place", (other.start, other.end))

    def others(code: str | None, table: dict[str, dict[str, Candidate]]) -> list[Candidate]:
        """The first candidate of each other surface in country ``code``, in text order."""
        if code is None:
            return []
        return sorted((o for s, o in table.get(code, {}).items() if s != surface), key=lambda o: o.start)

    default = readings[0]
    support = others(default.country, countries)
    if support:
        return 0, Basis("place.homonym.document", (support[0].start, support[0].end))
    best_k = 0
    best: list[Candidate] = []
    for k, r in enumerate(readings[1:], start=1):
        if r.weight * _MAX_WEIGHT_RATIO < default.weight:
            break  # readings are sorted: the rest are smaller still
        n = others(r.country, subnational)
        if len(n) > len(best):
            best_k, best = k, n
    if best:
        return best_k, Basis("place.homonym.document", (best[0].start, best[0].end))
    return 0, Basis("place.homonym.default")
