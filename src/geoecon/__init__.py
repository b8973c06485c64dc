"""geoecon: money, tonnages, percentages, dates and places from news, with exact spans.

>>> import geoecon
>>> found = geoecon.extract("Output rose 15% to $2.3 million.")
>>> [(m.kind, m.text) for m in found]
[('percentage', '15%'), ('money', '$2.3 million')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geoecon import pipeline
from geoecon._mention import (
    AnyMention,
    Basis,
    Date,
    Granularity,
    Mention,
    Money,
    Percentage,
    PercentUnit,
    Place,
    PlaceType,
    Qualifier,
    Quantity,
    Tonnage,
)
from geoecon.errors import GeoeconError, ParseError
from geoecon.extraction import Extraction, extract, extract_many, to_arrow
from geoecon.options import Options
from geoecon.pipeline import KINDS

if TYPE_CHECKING:  # imported on first use, so that `import geoecon` stays cheap
    from collections.abc import Iterable

    from geoecon.dates import find_dates, parse_date
    from geoecon.facts import Fact, Measure
    from geoecon.money import find_money, parse_money
    from geoecon.numerals import parse_number
    from geoecon.percentages import find_percentages, parse_percentage
    from geoecon.pipeline import Kind
    from geoecon.places import find_places, parse_place
    from geoecon.quantities import find_quantities, parse_quantity
    from geoecon.tonnage import find_tonnages, parse_tonnage


def _lazy_names(kinds: Iterable[Kind] = pipeline.REGISTRY) -> dict[str, str]:
    """Each lazily imported public name and its module: every kind's ``find_*`` and ``parse_*``."""
    names = {"parse_number": "geoecon.numerals"}
    for kind in kinds:
        names[kind.finder] = kind.module
        names[kind.parser] = kind.module
    return names


_LAZY = _lazy_names()
#: The facts' classes, imported on first use too (the linker compiles its word lists).
_LAZY_CLASSES = {"Fact": "geoecon.facts", "Measure": "geoecon.facts"}


def _lazy(name: str) -> object:
    """Import a kind's module on first use of one of its functions (PEP 562)."""
    module = _LAZY.get(name) or _LAZY_CLASSES.get(name)
    if module is None:
        msg = f"module 'geoecon' has no attribute {name!r}"
        raise AttributeError(msg)
    import importlib  # noqa: PLC0415

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


if not TYPE_CHECKING:
    # Hidden from type checkers, which see the imports above instead: a misspelt name
    # ("geoecon.find_monee") is then an error for mypy, not an ``object``.
    __getattr__ = _lazy


def preload() -> None:
    """Import every kind and load every table now rather than on first use.

    Useful before forking worker processes or before timing a first call.
    """
    from geoecon._doc import Doc  # noqa: PLC0415

    for name in _LAZY:
        _lazy(name)
    extract("Russia said on Monday that $5 million, 15%, 2 million tonnes", reference_date=None)
    (scan_places,) = pipeline.scanners(("place",))
    scan_places(Doc("Moscow"))


__version__ = "0.1.0"

__all__ = [
    "KINDS",
    "AnyMention",
    "Basis",
    "Date",
    "Extraction",
    "Fact",
    "GeoeconError",
    "Granularity",
    "Measure",
    "Mention",
    "Money",
    "Options",
    "ParseError",
    "PercentUnit",
    "Percentage",
    "Place",
    "PlaceType",
    "Qualifier",
    "Quantity",
    "Tonnage",
    "__version__",
    "extract",
    "extract_many",
    "find_dates",
    "find_money",
    "find_percentages",
    "find_places",
    "find_quantities",
    "find_tonnages",
    "parse_date",
    "parse_money",
    "parse_number",
    "parse_percentage",
    "parse_place",
    "parse_quantity",
    "parse_tonnage",
    "preload",
    "to_arrow",
]
