"""The data model shared by every kind: mentions, qualifiers and enums.

Every mention is a frozen, slotted attrs class with keyword-only fields. Its
``start``/``end`` are half-open Python ``str`` offsets into the source text and
``text`` is exactly ``source[start:end]`` (spaCy's ``Span`` convention). Numbers
are always ``decimal.Decimal``; dates keep their granularity.

``to_record()`` turns a mention into a plain dict in the gold schema
(``kind``, ``start``, ``end``, ``text`` and the kind's normalised fields), with
Decimals written as plain decimal strings and dates as ISO strings.

A mention's ``basis`` says why a value read from context is what it is (a ``Basis`` per
decision: the rule and the span of the evidence it relied on). It takes no part in
equality, ``repr`` or the gold records; ``to_record(explain=True)`` adds it.
``AnyMention`` is the union of the six kinds, for an exhaustive ``match``.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any, ClassVar, TypeAlias

import attrs

__all__ = [
    "AnyMention",
    "Basis",
    "Date",
    "Granularity",
    "Mention",
    "Money",
    "PercentUnit",
    "Percentage",
    "Place",
    "PlaceType",
    "Qualifier",
    "Quantity",
    "Tonnage",
]


class Qualifier(enum.Enum):
    """How the text hedges or bounds a number ("about", "more than", "up to")."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    UP_TO = "up_to"


class PercentUnit(enum.Enum):
    """The three units of a percentage mention."""

    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    BASIS_POINT = "basis_point"


class Granularity(enum.Enum):
    """The precision at which a date is stated."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"


class PlaceType(enum.Enum):
    """What kind of place a place mention names."""

    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    CONTINENT = "continent"
    OTHER = "other"


def _plain_number(value: Decimal | None) -> str | None:
    """Write a Decimal as a plain decimal string (never exponent notation)."""
    if value is None:
        return None
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in {"", "-0"} else text


def _when_set(
    low: Decimal | None, high: Decimal | None, per: str | None = None, of_what: str | None = None
) -> dict[str, Any]:
    """The record fields written only when set: a range's bounds, a rate's period, what is measured."""
    fields: dict[str, Any] = {}
    if low is not None or high is not None:
        fields["low"] = _plain_number(low)
        fields["high"] = _plain_number(high)
    if per is not None:
        fields["per"] = per
    if of_what is not None:
        fields["of_what"] = of_what
    return fields


@attrs.frozen
class Basis:
    """Why a value read from context is what it is: the rule that decided, and its evidence.

    Recorded by the kinds on each mention whose value they settled from the text around it
    (``Mention.basis``); no decision, no ``Basis``. The rules recorded today:

    | rule | kind | evidence | the value, and why |
    |---|---|---|---|
    | `currency.country_cue` | money | the cue | the currency of the one country cued near it |
    | `currency.article_country` | money | its first cue | none near: the one country the article cues |
    | `currency.bracketed_conversion` | money | the amount | "$" in brackets after another currency |
    | `currency.elided` | money | the amount | a bare "482 billion" compared with an amount before it |
    | `currency.hint` | money | none | the text settles none: the caller's `currency=` ("$" AUD) |
    | `currency.country_hint` | money | none | the text settles none: the currency of `country=` |
    | `currency.default` | money | none | no country cue near: the default (`$` USD, `Rs` INR) |
    | `currency.unknown` | money | none | no country cue near and no default ("francs"): none |
    | `currency.conflicting_cues` | money | none | cues of two currencies near: the default |
    | `unit.per.carried` | money | the priced amount | the unit of a price before it in the paragraph |
    | `unit.per.before` | money | the unit | a unit written before the price: "an ounce of caviar for $126" |
    | `commodity.carried` | tonnage, quantity | the amount naming it | goods named before in the paragraph |
    | `unit.troy.of_what` | tonnage | the metal | troy: "ounces of gold" |
    | `unit.troy.commodity` | tonnage | the metal | troy: a precious metal in the clause |
    | `unit.troy.article` | tonnage | the metal | troy: a metal earlier in the paragraph, or in the lede |
    | `unit.ounce.of_what` | tonnage | none | avoirdupois: "ounces of cheese" |
    | `unit.ounce.no_commodity` | tonnage | none | avoirdupois: no precious metal near, none in the article |
    | `unit.pound.of_goods` | tonnage | none | a weight: "pounds of beef" |
    | `unit.pound.adjective` | tonnage | none | a weight: "a twenty-pound bag" |
    | `unit.pound.rate` | tonnage | none | a weight: "600 mln pounds per year" |
    | `unit.pound.conversion` | tonnage | the metric unit | a weight: "850 grammes (1.9 pounds)" |
    | `unit.pound.mass_cue` | tonnage | the cue | a weight: the nearest cue word weighs ("beef") |
    | `unit.pound.unscaled` | tonnage | none | a weight: no cue word near, no "million" |
    | `percentage.points.basis_points_before` | percentage | "basis points" | basis points, as before it |
    | `percentage.unit.shared` | percentage | the unit | the next number's unit: "1.8 and 4.2 percent" |
    | `percentage.points.rate_context` | percentage | the rate word | percentage points |
    | `place.homonym.institution` | place | the institution | the US state: "Georgia National Guard" |
    | `place.homonym.next_place` | place | the next place | its country's reading: "Paris, Texas" |
    | `place.homonym.previous_place` | place | the previous place | its country's state: "Atlanta, Georgia" |
    | `place.homonym.document` | place | a place of that country | the reading whose country the text names |
    | `place.homonym.default` | place | none | no place of any reading's country: the most populous |
    | `date.anchor.previous` | date | the anchor period | a comparison: the period under discussion moved |
    | `date.anchor.reference` | date | none | a relative date read against the reference date |
    | `date.anchor.dateline` | date | the dateline's date | the same, read against the dateline's date |
    | `date.anchor.future` | date | the future cue | read forward from the reference date ("will") |
    | `date.anchor.period` | date | the stated period | a bare month: the year of the period discussed |
    | `date.fiscal.country` | date | the country cue | a fiscal year under that country's convention |
    | `date.fiscal.gloss` | date | the gloss | a fiscal year in the bounds the text gives ("July-June") |
    | `date.fiscal.hint` | date | none | a fiscal year under the caller's `country=` (no country cue) |
    | `date.marketing.commodity` | date | the commodity | a split year as its crop's season: coffee, October |
    | `date.marketing.season` | date | the season word | a split year as a season, no crop near: July-June |
    | `date.fallback.dateparser` | date | none | `parse_date` of a string the grammar cannot read |
    | `date.holiday.country` | date | the country cue | whose named day: "Independence Day" near "India" |

    The ambiguous currencies are `$`, `¥`, `Rs`, `kr`, the franc, dinar, riyal, peso, ... and
    "cents" (``geoecon._tables.currencies.AMBIGUOUS``). "Pounds" read as sterling and "points"
    near a stock index leave no tonnage or percentage, so no basis. How near "near" is, for
    each rule, is written once in ``geoecon._evidence`` (its ``*_REACH`` constants).

    Attributes:
        rule: The dotted name of the rule (above).
        evidence: ``(start, end)`` of the text relied on (a cue word), or ``None``.

    >>> Basis("currency.country_cue", (0, 9)).to_record()
    {'rule': 'currency.country_cue', 'evidence': [0, 9]}
    """

    rule: str
    evidence: tuple[int, int] | None = None

    def to_record(self) -> dict[str, Any]:
        """Return the basis as a plain dict: ``rule`` and ``evidence`` as ``[start, end]`` or ``None``."""
        return {"rule": self.rule, "evidence": None if self.evidence is None else list(self.evidence)}


@attrs.frozen(kw_only=True)
class Mention:
    """A stretch of source text and what it means.

    Attributes:
        start: Offset of the first character of the mention.
        end: Offset one past the last character (exclusive).
        text: The mention exactly as written: ``source[start:end]``.
        basis: Why the values read from context are what they are, one ``Basis`` per
            decision (empty when none was taken). Not compared, not in ``repr``, not in
            the gold records.
    """

    kind: ClassVar[str] = "mention"

    start: int
    end: int
    text: str
    basis: tuple[Basis, ...] = attrs.field(default=(), eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            msg = f"start and end must satisfy 0 <= start <= end, got {self.start}, {self.end}"
            raise ValueError(msg)
        if self.end - self.start != len(self.text):
            msg = f"text must be end - start = {self.end - self.start} characters long"
            raise ValueError(msg)

    def _fields(self) -> dict[str, Any]:
        return {}

    def to_record(self, *, explain: bool = False) -> dict[str, Any]:
        """Return the mention as a plain dict in the gold schema.

        Args:
            explain: Add ``"basis"``: a list of ``{"rule": ..., "evidence": [start, end] or None}``,
                one per decision taken from context (see ``Basis``).

        >>> Percentage(start=0, end=3, text="43%", value=Decimal("43")).to_record()
        {'kind': 'percentage', 'start': 0, 'end': 3, 'text': '43%', 'value': '43', 'unit': 'percent'}
        >>> m = Money(start=0, end=4, text="$5bn", amount=Decimal("5E9"), currency="USD",
        ...           currency_assumed=True, basis=(Basis("currency.default"),))
        >>> m.to_record(explain=True)["basis"]
        [{'rule': 'currency.default', 'evidence': None}]
        """
        record: dict[str, Any] = {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        record.update(self._fields())
        if explain:
            record["basis"] = [basis.to_record() for basis in self.basis]
        return record


@attrs.frozen(kw_only=True)
class _Numeric(Mention):
    """A mention with a qualifier; ``approx`` is true for hedged or vague values."""

    qualifier: Qualifier = Qualifier.EXACT
    vague: bool = False

    @property
    def approx(self) -> bool:
        """True when the text hedges or bounds the number, or gives no single value."""
        return self.vague or self.qualifier is not Qualifier.EXACT

    def _qualifier_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if self.approx:
            fields["approx"] = True
        if self.qualifier is not Qualifier.EXACT:
            fields["qualifier"] = self.qualifier.value
        return fields


@attrs.frozen(kw_only=True)
class Money(_Numeric):
    """An amount of money.

    Attributes:
        amount: Whole currency units; ``None`` for a range or a vague amount.
        low: Lower end of a range, else ``None``.
        high: Upper end of a range, else ``None``.
        currency: ISO 4217 code, ``None`` if the text does not allow one.
        currency_assumed: True when the code comes from a documented default
            (bare ``$`` read as USD) rather than from the text.
        per: The unit of a unit price (``"t"`` in "$2,655 per ton"), else ``None``.
    """

    kind: ClassVar[str] = "money"

    amount: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    currency: str | None = None
    currency_assumed: bool = False
    per: str | None = None

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "amount": _plain_number(self.amount),
            "currency": self.currency,
            **_when_set(self.low, self.high, self.per),
        }
        if self.currency_assumed:
            fields["currency_assumed"] = True
        fields.update(self._qualifier_fields())
        return fields


@attrs.frozen(kw_only=True)
class Percentage(_Numeric):
    """A percentage, percentage point or basis point figure.

    Attributes:
        value: The number as written (``"+11.9 percent"`` gives 11.9); ``None`` for a range.
        low: Lower end of a range, else ``None``.
        high: Upper end of a range, else ``None``.
        unit: Percent, percentage point or basis point.
    """

    kind: ClassVar[str] = "percentage"

    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: PercentUnit = PercentUnit.PERCENT

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "value": _plain_number(self.value),
            "unit": self.unit.value,
            **_when_set(self.low, self.high),
        }
        fields.update(self._qualifier_fields())
        return fields


@attrs.frozen(kw_only=True)
class Tonnage(_Numeric):
    """A mass, normalised to metric tonnes.

    Attributes:
        tonnes: Exact metric tonnes; ``None`` for a range or a vague amount.
        low: Lower end of a range in tonnes, else ``None``.
        high: Upper end of a range in tonnes, else ``None``.
        unit: The unit as the text gives it: ``"tonne"``, ``"ton"`` (bare, ambiguous),
            ``"short_ton"``, ``"long_ton"``, ``"kg"``, ``"g"``, ``"lb"``, ``"oz"``, ``"troy_oz"``.
        per: ``"year"``, ``"month"`` or ``"day"`` for a rate, else ``None``.
        of_what: What is measured, when the text says so ("aluminum"), or when an amount
            before it in the paragraph does (``commodity.carried`` in ``basis``), else ``None``.
    """

    kind: ClassVar[str] = "tonnage"

    tonnes: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str = "tonne"
    per: str | None = None
    of_what: str | None = None

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "tonnes": _plain_number(self.tonnes),
            "unit": self.unit,
            **_when_set(self.low, self.high, self.per, self.of_what),
        }
        fields.update(self._qualifier_fields())
        return fields


@attrs.frozen(kw_only=True)
class Quantity(_Numeric):
    """A commodity quantity that is not a mass: barrels, cubic metres, energy, power.

    Attributes:
        value: The amount in ``unit``; ``None`` for a range or a vague amount.
        low: Lower end of a range, else ``None``.
        high: Upper end of a range, else ``None``.
        unit: Canonical unit name (``"barrel"``, ``"cubic_metre"``, ``"megawatt"`` ...).
        dimension: ``"volume"``, ``"energy"``, ``"power"`` ...
        per: ``"year"``, ``"month"`` or ``"day"`` for a rate, else ``None``.
        of_what: What is measured, when the text says so ("of aluminum"), or when an amount
            before it in the paragraph does (``commodity.carried`` in ``basis``), else ``None``.
    """

    kind: ClassVar[str] = "quantity"

    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str
    dimension: str
    per: str | None = None
    of_what: str | None = None

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "value": _plain_number(self.value),
            "unit": self.unit,
            "dimension": self.dimension,
            **_when_set(self.low, self.high, self.per, self.of_what),
        }
        fields.update(self._qualifier_fields())
        return fields


@attrs.frozen(kw_only=True)
class Date(Mention):
    """A date at the granularity the text gives it.

    Attributes:
        value: ISO 8601 at the mention's granularity (``"2014"``, ``"2022-02"``,
            ``"2024-Q3"``, ``"2013-W07"``, ``"199X"``) or an ISO interval
            (``"2020-01/2020-02"``); ``None`` when unresolved.
        granularity: Day, week, month, quarter, year or decade.
        start_date: First day covered (inclusive); ``None`` when unresolved.
        end_date: Last day covered (inclusive); ``None`` when unresolved.
        relative: True when resolved against the reference date ("on Monday").
        modifier: ``"early"``, ``"mid"``, ``"late"`` or ``"end"`` when the text
            qualifies the date (kept outside the span), else ``None``.
    """

    kind: ClassVar[str] = "date"

    value: str | None
    granularity: Granularity
    start_date: dt.date | None
    end_date: dt.date | None
    relative: bool = False
    modifier: str | None = None

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "value": self.value,
            "granularity": self.granularity.value,
            "start_date": None if self.start_date is None else self.start_date.isoformat(),
            "end_date": None if self.end_date is None else self.end_date.isoformat(),
        }
        if self.relative:
            fields["relative"] = True
        if self.modifier is not None:
            fields["modifier"] = self.modifier
        return fields


@attrs.frozen(kw_only=True)
class Place(Mention):
    """A reference to a place.

    Attributes:
        name: Canonical English name ("United States" for "U.S.").
        country: ISO 3166-1 alpha-2 of the country it lies in; ``None`` for
            supranational regions, continents and dissolved states.
        type: Country, region, city, continent or other.
        demonym: True when the text uses an adjective or demonym ("Russian").
        disputed: True for disputed or occupied territories (see docs).
        historical: ISO 3166-3 code of a dissolved state ("SUHH"), else ``None``.
        geonames_id: The GeoNames id of the place the reading names (6252001 for the
            United States), ``None`` where the gazetteer has none.
        lat: Latitude in degrees (WGS 84, 4 decimals), ``None`` where unknown: a city's own
            point, a country's capital, a continent's GeoNames point; regions have none.
        lon: Longitude in degrees, as ``lat``.
        admin1: GeoNames first-level division code, country-qualified as GeoNames writes it
            ("US.GA" for a city in Georgia, "UA.12" for Kyiv), ``None`` where unknown.
        admin1_name: The English name of that division where the gazetteer knows it (the
            US states: "Georgia"), else ``None``.

    The five geographic fields come from the bundled gazetteer (GeoNames, read at build
    time: see ``scripts/build_places.py``). They follow from ``name``, ``country`` and
    ``type``, so they are not compared, and they are not in the gold records
    (``to_record``): the frames (``to_frame("place")``) and ``to_arrow`` carry them.
    Coordinates are floats, not ``Decimal``: they are positions to plot, not amounts.
    """

    kind: ClassVar[str] = "place"

    name: str
    country: str | None
    type: PlaceType
    demonym: bool = False
    disputed: bool = False
    historical: str | None = None
    geonames_id: int | None = attrs.field(default=None, eq=False)
    lat: float | None = attrs.field(default=None, eq=False)
    lon: float | None = attrs.field(default=None, eq=False)
    admin1: str | None = attrs.field(default=None, eq=False)
    admin1_name: str | None = attrs.field(default=None, eq=False)

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "name": self.name,
            "country": self.country,
            "type": self.type.value,
        }
        if self.demonym:
            fields["demonym"] = True
        if self.disputed:
            fields["disputed"] = True
        if self.historical is not None:
            fields["historical"] = self.historical
        return fields


#: Any mention of the six kinds: ``match`` on it is checked exhaustively.
AnyMention: TypeAlias = Money | Percentage | Tonnage | Quantity | Date | Place
