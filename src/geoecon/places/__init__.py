"""Place references: countries, regions, cities, continents and demonyms.

Candidates are runs of capitalised words ("United States", "Bank of China",
"KINSHASA"), a few lowercase forms ("stateside", "sub-Saharan Africa") and the
parts of hyphenated compounds ("U.S.-Ukraine", "Melbourne-based"). Each run is
read left to right with a longest-match dictionary lookup over up to six words
in the bundled gazetteer (``_tables/places.tsv``, built from GeoNames and ISO
data by ``scripts/build_places.py``). Context then decides what a match means:

* a place word inside a proper name is not a place ("Air China", "Bank of
  China", "London Metal Exchange", "Australian dollar", "Michael Jordan"),
  while a free modifier of a generic institution is ("the US Federal Reserve");
* ordinary words that are also towns ("Reading", "Nice", "Split") count only in
  a locative context ("in Nice");
* ambiguous names pick the reading the document supports ("Georgia" the US
  state beside "Atlanta", "London" beside "Ontario");
* ALL-CAPS words are read in datelines and headlines ("MOSCOW, Feb 24").

The table is read on first use, never at import time. The package's rooms: ``gazetteer``
(the table and its lookups), ``scanner`` (runs, longest match, the rules that accept a match;
its words are in ``geoecon._tables.place_words``) and ``homonyms`` (which reading the document
means); this face holds ``find_places``, ``parse_place`` and the pipeline's hook.

>>> [(p.text, p.name, p.country) for p in find_places("U.S. and Russian officials met in Riyadh.")]
[('U.S.', 'United States', 'US'), ('Russian', 'Russia', 'RU'), ('Riyadh', 'Riyadh', 'SA')]
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final, Literal

from geoecon._contract import find_all, options_from
from geoecon._doc import Doc
from geoecon._mention import Mention, Place
from geoecon._strict import Policy, parse_whole
from geoecon.places.gazetteer import gazetteer
from geoecon.places.homonyms import choose_readings
from geoecon.places.scanner import Candidate, Scanner

if TYPE_CHECKING:
    from collections.abc import Iterator

    from geoecon.options import Options

__all__ = ["find_places", "parse_place"]


def _to_place(doc: Doc, c: Candidate) -> Place:
    e = c.readings[c.reading]
    geo = e.geo
    return Place(
        start=c.start,
        end=c.end,
        text=doc.raw[c.start : c.end],
        name=e.name,
        country=e.country,
        type=e.type,
        demonym=e.demonym,
        disputed=e.disputed,
        historical=e.historical,
        basis=c.basis,
        geonames_id=None if geo is None else geo.geonames_id,
        lat=None if geo is None else geo.lat,
        lon=None if geo is None else geo.lon,
        admin1=None if geo is None else geo.admin1,
        admin1_name=None if geo is None else geo.admin1_name,
    )


def _candidates(doc: Doc) -> list[Candidate]:
    """The scanner's candidates, each homonym read as the document means it, in order."""
    found = choose_readings(doc.norm, Scanner(doc).scan())
    found.sort(key=lambda c: c.start)
    return found


def _places_in(doc: Doc) -> list[Place]:
    """Every place in the document, in order."""
    return [_to_place(doc, c) for c in _candidates(doc)]


def _scan(doc: Doc) -> list[Mention]:
    """Propose every place mention in ``doc`` (the pipeline's hook)."""
    return list(_places_in(doc))


def _whole(doc: Doc) -> Place | None:
    """The whole string (stripped) as one gazetteer entry ("Russian Federation", "KYIV"), or ``None``."""
    stripped = doc.raw.strip()
    if not stripped:
        return None
    readings = gazetteer().readings_of(Doc(stripped, doc.options).norm)
    if readings is None:
        return None
    offset = doc.raw.index(stripped)
    return _to_place(doc, Candidate(offset, offset + len(stripped), readings))


#: ``parse_place``: the whole string looked up first, then read as running text; no hedge.
_POLICY: Final[Policy[Place]] = Policy(
    kind="place", noun="place", plural="places", missing="no place found", hedge=False, whole=_whole
)


def find_places(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Iterator[Place]:
    """Yield every place mention in ``text``, in order.

    Never raises on content; mentions do not overlap (the same arbitration as ``extract``).

    Args:
        text: Any text.
        reference_date: As for ``extract`` (accepted by every ``find_*``; places read none).
        prefer_dates_from: As for ``extract``.
        ton: As for ``extract``.
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Returns:
        An iterator over ``Place`` mentions with exact spans (``text[m.start:m.end] == m.text``).

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type (at the call).
        ValueError: An option is outside its accepted values.

    >>> [(p.text, p.name, p.type.value) for p in find_places("KINSHASA (Reuters) - Congolese miners")]
    [('KINSHASA', 'Kinshasa', 'city'), ('Congolese', 'Democratic Republic of the Congo', 'country')]
    >>> [p.text for p in find_places("Air China flew to Nice from the Bank of China branch.")]
    ['Nice']
    """
    return find_all(
        text,
        _places_in,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
    )


def parse_place(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Place:
    """Read a whole string as one place.

    The string is looked up whole first ("Russian Federation", "KYIV"), then read as running
    text, which must hold exactly one place covering it.

    Args:
        text: The place alone ("U.S.", "Kyiv", "Russian"); surrounding spaces are allowed.
        reference_date: As for ``extract`` (accepted by every ``parse_*``; places read none).
        prefer_dates_from: As for ``extract``.
        ton: As for ``extract``.
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Returns:
        The ``Place``, its offsets into ``text``.

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type.
        ValueError: An option is outside its accepted values.
        ParseError: ``text`` is not exactly one place.

    >>> parse_place("the Russian Federation").name
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read 'the Russian Federation' as place: read ... besides the place: ...
    >>> parse_place("Russian Federation").name
    'Russia'
    """
    return parse_whole(
        text,
        _places_in,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
        _POLICY,
    )
