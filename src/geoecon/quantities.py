"""Other commodity quantities: oil, gas, grain volumes, energy and power.

The sixth kind, ``"quantity"``: barrels (``bbl``, ``bpd``, ``b/d``, ``mb/d``),
cubic metres (``bcm``, ``m3``), cubic feet (``Tcf``, ``Bcf``, ``MMcf``),
gallons, litres, bushels, energy (``MWh``, ``GWh``, ``TWh``, ``MMBtu``,
tonnes of oil equivalent) and power (``MW``, ``GW``). Each is read by the same
engine as tonnages (``geoecon._measure``): a number, a unit found by a small
anchored match and a table lookup (``geoecon._tables.units``), then a rate,
``of_what`` and a qualifier. ``value`` is in the canonical unit of the family
("5 bcm" is 5,000,000,000 ``cubic_metre``; "2 GW" is 2,000 ``megawatt``).

Masses are not quantities (they are tonnages), nor are lengths, areas, file
sizes ("100 MB") or temperatures.

>>> [(q.text, q.value, q.unit, q.per) for q in find_quantities("Output hit 1.2 mb/d, exports 40 bcm a year.")]
[('1.2 mb/d', Decimal('1200000'), 'barrel', 'day'),
 ('40 bcm a year', Decimal('40000000000'), 'cubic_metre', 'year')]
>>> q = parse_quantity("1,200 MW")
>>> q.value, q.unit, q.dimension
(Decimal('1200'), 'megawatt', 'power')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

from geoecon._contract import find_all, options_from
from geoecon._measure import Hit, UnitTables, carried_of_what, scan_hits
from geoecon._mention import Mention, Quantity
from geoecon._strict import Policy, of_what_after, parse_whole
from geoecon._tables.units import QUANTITY_EXACT, QUANTITY_WORDS
from geoecon.numerals import plain_decimal

if TYPE_CHECKING:
    from geoecon._doc import Doc
    from geoecon.options import Options

__all__ = ["find_quantities", "parse_quantity"]

_QUANTITIES: Final = UnitTables(QUANTITY_EXACT, QUANTITY_WORDS)


def _accept(doc: Doc, hit: Hit) -> bool:
    """Veto candidates that are not commodity quantities."""
    del doc
    # "a 10-gallon cooler" is fine; "5 toe" needs digits (a spelled number is toes).
    return not (hit.unit.written == "toe" and hit.number is not None and hit.number.words)


def _quantity(doc: Doc, hit: Hit) -> Quantity:
    info = hit.unit.info
    factor = info.factor if info.factor is not None else Decimal(1)

    def scaled(value: Decimal | None) -> Decimal | None:
        return None if value is None else plain_decimal(value * factor)

    return Quantity(
        start=hit.start, end=hit.end, text=doc.raw[hit.start : hit.end], value=scaled(hit.value),
        low=scaled(hit.low), high=scaled(hit.high), unit=info.unit, dimension=info.dimension,
        per=hit.per, of_what=hit.of_what, qualifier=hit.qualifier, vague=hit.vague,
    )  # fmt: skip


def _find(doc: Doc) -> Iterator[Quantity]:
    yield from carried_of_what(doc, [_quantity(doc, hit) for hit in scan_hits(doc, _QUANTITIES, _accept)])


def _scan(doc: Doc) -> list[Mention]:
    """Pipeline hook: every quantity mention in the document."""
    return list(_find(doc))


def find_quantities(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Iterator[Quantity]:
    """Yield every commodity quantity in ``text``, in order.

    Never raises on content; mentions do not overlap (the same arbitration as ``extract``).

    Args:
        text: Any text.
        reference_date: As for ``extract`` (accepted by every ``find_*``; quantities read none).
        prefer_dates_from: As for ``extract``.
        ton: As for ``extract`` (a bare "ton" is a tonnage, not a quantity).
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type (at the call).
        ValueError: An option is outside its accepted values.

    >>> [(q.text, q.value, q.unit, q.of_what) for q in find_quantities("about 500,000 barrels of oil")]
    [('500,000 barrels', Decimal('500000'), 'barrel', 'oil')]
    >>> list(find_quantities("The file is 100 MB, 2,500 miles away."))
    []
    """
    return find_all(
        text,
        _find,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
    )


#: ``parse_quantity``: a hedge before, an "of X" tail (its ``of_what``) after.
_POLICY: Final[Policy[Quantity]] = Policy(
    kind="quantity", noun="quantity", plural="quantities", missing="no quantity found", tail=of_what_after
)


def parse_quantity(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Quantity:
    """Read a whole string as one commodity quantity.

    Only a hedge may stand before the quantity ("about 600,000 bpd"); after it, only what is
    measured ("500,000 barrels of oil", its ``of_what``).

    Args:
        text: For example ``"0.9 trillion cubic feet"`` or ``"600,000 bpd"``.
        reference_date: As for ``extract`` (accepted by every ``parse_*``; quantities read none).
        prefer_dates_from: As for ``extract``.
        ton: As for ``extract``.
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Returns:
        The ``Quantity`` it denotes (offsets relative to ``text``).

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type.
        ValueError: An option is outside its accepted values.
        ParseError: ``text`` is not exactly one quantity.

    >>> parse_quantity("0.9 trillion cubic feet").value
    Decimal('900000000000')
    >>> parse_quantity("2 million tonnes")
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read '2 million tonnes' as quantity: no quantity found
    """
    return parse_whole(
        text,
        _find,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
        _POLICY,
    )
