"""geoecon: money, tonnages, percentages, dates and places from news, with exact spans.

>>> import geoecon
>>> found = geoecon.extract("Output rose 15% to $2.3 million.")
>>> [(m.kind, m.text) for m in found]
[('percentage', '15%'), ('money', '$2.3 million')]
"""

from __future__ import annotations

from geoecon._mention import (
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
from geoecon.dates import find_dates, parse_date
from geoecon.errors import GeoeconError, ParseError
from geoecon.extraction import KINDS, Extraction, extract
from geoecon.money import find_money, parse_money
from geoecon.numerals import parse_number
from geoecon.options import Options
from geoecon.percentages import find_percentages, parse_percentage
from geoecon.places import find_places, parse_place

__version__ = "0.1.0"

__all__ = [
    "KINDS",
    "Date",
    "Extraction",
    "GeoeconError",
    "Granularity",
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
    "find_dates",
    "find_money",
    "find_percentages",
    "find_places",
    "parse_date",
    "parse_money",
    "parse_number",
    "parse_percentage",
    "parse_place",
]
