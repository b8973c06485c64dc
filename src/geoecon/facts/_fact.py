"""The fact: one value mention with what it measures, whose, when, and how it moved."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from geoecon._mention import Basis, Date, Money, Percentage, Quantity, Tonnage

__all__ = ["Direction", "Fact", "Measure", "Role", "Value"]

Value = Money | Percentage | Tonnage | Quantity
Role = Literal["level", "change", "base"]
Direction = Literal["up", "down"]


@attrs.frozen
class Measure:
    """The words naming what a value measures, as a span, with its head noun.

    Attributes:
        start: Offset of the words in the source (the earlier sentence's, when carried over).
        end: End offset, exclusive.
        text: The words as written ("exports", "shipped").
        head: The head noun, lower case and singular ("export", "shipment").
    """

    start: int
    end: int
    text: str
    head: str


@attrs.frozen
class Fact:
    """What one value mention (money, percentage, tonnage, quantity) is about.

    Attributes:
        value: The value mention.
        measure: What it measures, or ``None`` when the text does not say.
        commodity: The good it is of ("aluminum"), or ``None``.
        where: ISO 3166-1 alpha-2 codes ("EU" for the European Union) of whose measure it is.
        partner: Codes of the counterpart of a flow (the destination of exports...).
        when: The date mention of the period it holds for, or ``None``.
        role: ``"level"``, ``"change"`` or ``"base"``.
        direction: ``"up"``, ``"down"``, or ``None`` when its clause states no change.
        level: For a change or a base: the value mention of the level reached, if stated.
        base: For a change or a level: the value mention of the base, if stated.
        change: For a level or a base: the value mention of the change, if stated.
        equivalent_of: For a conversion ("4.2 trillion rubles ($46 billion)"): the value it
            converts; a frame counts it once.
        modality: ``"reported"``, or ``"expected"`` when its clause says so.
        sentence: The bounds of its sentence.
        basis: The rules (``fact.*``) that set its fields, with their evidence spans.
    """

    value: Value
    measure: Measure | None = None
    commodity: str | None = None
    where: tuple[str, ...] = ()
    partner: tuple[str, ...] = ()
    when: Date | None = None
    role: Role = "level"
    direction: Direction | None = None
    level: Value | None = attrs.field(default=None, repr=False)
    base: Value | None = attrs.field(default=None, repr=False)
    change: Value | None = attrs.field(default=None, repr=False)
    equivalent_of: Value | None = attrs.field(default=None, repr=False)
    modality: Literal["reported", "expected"] = "reported"
    sentence: tuple[int, int] = attrs.field(default=(0, 0), repr=False)
    basis: tuple[Basis, ...] = attrs.field(default=(), eq=False, repr=False)

    def to_record(self) -> dict[str, Any]:
        """Return the fact as the gold schema's fact object (``SCHEMA.md``, "Facts").

        >>> from geoecon import extract
        >>> record = extract("Chile's copper exports rose 4% in 2024.").facts[0].to_record()
        >>> record["start"], record["end"], record["kind"], record["measure"], record["commodity"]
        (28, 30, 'percentage', ['export'], 'copper')
        >>> record["where"], record["partner"], record["when"], record["role"], record["direction"]
        (['CL'], [], '2024', 'change', 'up')
        """
        return {
            "start": self.value.start,
            "end": self.value.end,
            "kind": self.value.kind,
            "measure": None if self.measure is None else [self.measure.head],
            "commodity": self.commodity,
            "where": list(self.where),
            "partner": list(self.partner),
            "when": None if self.when is None else self.when.value,
            "role": self.role,
            "direction": self.direction,
        }
