"""Unit tables for tonnages (mass) and other commodity quantities (volume, energy, power).

Hand-kept, typed. Each table maps a unit as written to a :class:`UnitInfo`.
``EXACT`` tables are looked up case-sensitively (abbreviations: ``Mt`` is a
megatonne, ``mt`` a metric tonne, ``t`` a tonne but ``T`` is not); ``WORDS``
tables are looked up lower-cased (``Tonnes``, ``KILOGRAMS``). A key may hold
several words separated by single spaces ("metric tons", "million british
thermal units"); the reader joins the words it sees with single spaces.

Why hand-kept: quantulum3's catalogue (``quantulum3.load``) was checked at
development time and does not serve commodity news. It has no ``bpd``,
``b/d``, ``mb/d``, ``bcm``, ``Tcf``/``bcf``, ``GWh`` or ``TWh``, and it files
the bushel under mass. Nothing here is generated from it.

Sources of the factors:

* Mass: NIST Handbook 44, Appendix C, and NIST SP 811 (2008), Appendix B.8.
  1 lb = 0.45359237 kg exactly (international yard and pound agreement, 1959);
  the avoirdupois ounce is 1/16 lb; the troy ounce is 31.1034768 g; the short
  ton is 2,000 lb (0.90718474 t); the long ton is 2,240 lb (1.0160469088 t).
* Volume: NIST SP 811 B.8. The US gallon is 3.785411784 L; the oil barrel is
  42 US gallons (158.987294928 L). The bushel is kept as its own unit (its mass
  depends on the grain).
* Oil and gas abbreviations: U.S. EIA glossary and the IEA Oil Market Report
  (``mb/d`` = million barrels per day, ``kb/d`` = thousand); oilfield Roman
  prefixes (``M`` = thousand, ``MM`` = million in ``Mcf``, ``MMcf``, ``MMbbl``,
  ``MMBtu``, ``MMst``).
* Energy and power: SI prefixes (kilo, mega, giga, tera) on watt and watt hour, and the
  watt itself ("a 50-watt bulb"); volume: litres, millilitres ("ml") and hectolitres.

Canonical units of quantities: ``barrel``, ``cubic_metre``, ``cubic_foot``,
``gallon``, ``litre``, ``bushel`` (volume); ``megawatt_hour``, ``mmbtu``,
``tonne_oil_equivalent``, ``barrel_oil_equivalent`` (energy); ``megawatt``
(power). A value is converted to its canonical unit by ``factor`` (``5 GW`` is
5,000 megawatts), but never across families (MMBtu stay MMBtu).

``PER_UNITS`` holds the units of a unit price ("$2,655 per ton", "85 cents a
kilo"): money reads them after an amount, lower-cased, into ``Money.per`` as a
short symbol (``t``, ``bbl``, ``oz``); it includes what is priced but never
measured here ("per share", "an hour", "a head").

>>> MASS_EXACT["Mt"].factor
Decimal('1000000')
>>> MASS_WORDS["short tons"].unit
'short_ton'
>>> QUANTITY_EXACT["bcm"].unit, QUANTITY_EXACT["bcm"].factor
('cubic_metre', Decimal('1000000000'))
>>> PER_UNITS["metric tons"], PER_UNITS["barrel"]
('t', 'bbl')
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

import attrs

__all__ = [
    "LB",
    "LONG_TON",
    "MASS_EXACT",
    "MASS_WORDS",
    "OZ",
    "PER_UNITS",
    "QUANTITY_EXACT",
    "QUANTITY_WORDS",
    "SHORT_TON",
    "TROY_OZ",
    "UnitInfo",
]

#: Exact tonnes in one unit.
LB: Final = Decimal("0.00045359237")
OZ: Final = LB / 16
TROY_OZ: Final = Decimal("0.0000311034768")
SHORT_TON: Final = Decimal("0.90718474")
LONG_TON: Final = Decimal("1.0160469088")

_K: Final = Decimal(10) ** 3
_M: Final = Decimal(10) ** 6
_G: Final = Decimal(10) ** 9
_T: Final = Decimal(10) ** 12


@attrs.frozen
class UnitInfo:
    """What a unit as written means.

    Attributes:
        unit: The unit reported (``"tonne"``, ``"lb"``, ``"barrel"`` ...).
        factor: Multiplier to the base: tonnes for mass, the canonical unit for
            quantities. ``None`` for the bare "ton", whose factor is the caller's
            convention (metric or short).
        dimension: ``"mass"``, ``"volume"``, ``"energy"`` or ``"power"``.
        per: The rate built into the unit (``"Mtpa"`` -> ``"year"``), else ``None``.
        of_what: What the unit itself says is measured (``"tU"`` -> uranium).
        short: A short abbreviation that a number in words must not precede
            ("one t") and that never follows an article ("a g").
        article: May follow "a"/"an" with no number ("a kilogram", "half a tonne").
        troy: An ounce that is troy when the sentence is about precious metals.
        weapon: A kilo/mega-ton unit that is explosive yield in a weapons story.
    """

    unit: str
    factor: Decimal | None
    dimension: str = "mass"
    per: str | None = None
    of_what: str | None = None
    short: bool = False
    article: bool = False
    troy: bool = False
    weapon: bool = False


def _mass(unit: str, factor: Decimal | None, **kw: object) -> UnitInfo:
    return UnitInfo(unit, factor, "mass", **kw)  # type: ignore[arg-type]


_ONE: Final = Decimal(1)
_TONNE: Final = _mass("tonne", _ONE)
_TONNE_ART: Final = _mass("tonne", _ONE, article=True)
_TON: Final = _mass("ton", None)
_KG: Final = _mass("kg", Decimal("0.001"), article=True)
_KG_ABBR: Final = _mass("kg", Decimal("0.001"), article=True, short=False)
_G_WORD: Final = _mass("g", Decimal("0.000001"), article=True)
_G_ABBR: Final = _mass("g", Decimal("0.000001"), short=True)
_LB_WORD: Final = _mass("lb", LB, article=True)
_LB_ABBR: Final = _mass("lb", LB, article=True)
_OZ_WORD: Final = _mass("oz", OZ, article=True, troy=True)
_OZ_ABBR: Final = _mass("oz", OZ, troy=True)
_TROY: Final = _mass("troy_oz", TROY_OZ, article=True)

#: Mass units looked up case-sensitively (abbreviations).
MASS_EXACT: Final[dict[str, UnitInfo]] = {
    "t": _mass("tonne", _ONE, short=True),
    "mt": _TONNE,
    "MT": _TONNE,
    "Mt": _mass("tonne", _M, weapon=True),
    "MMT": _mass("tonne", _M),
    "mmt": _mass("tonne", _M),
    "TMT": _mass("tonne", _K),
    "kt": _mass("tonne", _K, weapon=True),
    "Gt": _mass("tonne", _G),
    "dmt": _TONNE,
    "wmt": _TONNE,
    "tpa": _mass("tonne", _ONE, per="year"),
    "tpy": _mass("tonne", _ONE, per="year"),
    "ktpa": _mass("tonne", _K, per="year"),
    "kta": _mass("tonne", _K, per="year"),
    "ktpy": _mass("tonne", _K, per="year"),
    "Mtpa": _mass("tonne", _M, per="year"),
    "mtpa": _mass("tonne", _M, per="year"),
    "MTPA": _mass("tonne", _M, per="year"),
    "Mtpy": _mass("tonne", _M, per="year"),
    "Mta": _mass("tonne", _M, per="year"),
    "tpd": _mass("ton", None, per="day"),
    "TPD": _mass("ton", None, per="day"),
    "MMst": _mass("short_ton", SHORT_TON * _M),
    "tU": _mass("tonne", _ONE, of_what="uranium"),
    "MtU": _mass("tonne", _ONE, of_what="uranium"),
    "MTU": _mass("tonne", _ONE, of_what="uranium"),
    "tHM": _mass("tonne", _ONE, of_what="heavy metal"),
    "MTHM": _mass("tonne", _ONE, of_what="heavy metal"),
    "kgU": _mass("kg", Decimal("0.001"), of_what="uranium"),
    "kg": _KG_ABBR,
    "kgs": _KG_ABBR,
    "Kg": _KG_ABBR,
    "KG": _KG_ABBR,
    "k.g.": _KG_ABBR,
    "k.gs": _KG_ABBR,
    "k.g": _KG_ABBR,
    "g": _G_ABBR,
    "gs": _G_ABBR,
    "lb": _LB_ABBR,
    "lbs": _LB_ABBR,
    "Lb": _LB_ABBR,
    "Lbs": _LB_ABBR,
    "LB": _LB_ABBR,
    "LBS": _LB_ABBR,
    "Mlb": _mass("lb", LB * _M),
    "Mlbs": _mass("lb", LB * _M),
    "oz": _OZ_ABBR,
    "Oz": _OZ_ABBR,
    "ozt": _mass("troy_oz", TROY_OZ),
    "toz": _mass("troy_oz", TROY_OZ),
    "Moz": _mass("troy_oz", TROY_OZ * _M),
    "moz": _mass("troy_oz", TROY_OZ * _M),
    "koz": _mass("troy_oz", TROY_OZ * _K),
}

#: Mass units looked up lower-cased (words and spelled-out forms).
MASS_WORDS: Final[dict[str, UnitInfo]] = {
    "tonne": _TONNE_ART,
    "tonnes": _TONNE,
    "metric ton": _TONNE_ART,
    "metric tons": _TONNE,
    "metric tonne": _TONNE_ART,
    "metric tonnes": _TONNE,
    "dry metric tonnes": _TONNE,
    "dry metric tons": _TONNE,
    "wet metric tonnes": _TONNE,
    "wet metric tons": _TONNE,
    "kilotonne": _mass("tonne", _K),
    "kilotonnes": _mass("tonne", _K),
    "kiloton": _mass("tonne", _K, weapon=True),
    "kilotons": _mass("tonne", _K, weapon=True),
    "megatonne": _mass("tonne", _M, weapon=True),
    "megatonnes": _mass("tonne", _M, weapon=True),
    "megaton": _mass("tonne", _M, weapon=True),
    "megatons": _mass("tonne", _M, weapon=True),
    "gigatonne": _mass("tonne", _G),
    "gigatonnes": _mass("tonne", _G),
    "gigaton": _mass("tonne", _G),
    "gigatons": _mass("tonne", _G),
    "ton": _TON,
    "tons": _TON,
    "short ton": _mass("short_ton", SHORT_TON, article=True),
    "short tons": _mass("short_ton", SHORT_TON),
    "net ton": _mass("short_ton", SHORT_TON),
    "net tons": _mass("short_ton", SHORT_TON),
    "long ton": _mass("long_ton", LONG_TON, article=True),
    "long tons": _mass("long_ton", LONG_TON),
    "kilogram": _KG,
    "kilograms": _KG,
    "kilogramme": _KG,
    "kilogrammes": _KG,
    "kilo": _KG,
    "kilos": _KG,
    "gram": _G_WORD,
    "grams": _G_WORD,
    "gramme": _G_WORD,
    "grammes": _G_WORD,
    "pound": _LB_WORD,
    "pounds": _LB_WORD,
    "ounce": _OZ_WORD,
    "ounces": _OZ_WORD,
    "troy ounce": _TROY,
    "troy ounces": _TROY,
    "troy oz": _TROY,
}


def _q(unit: str, dimension: str, factor: Decimal = _ONE, per: str | None = None) -> UnitInfo:
    return UnitInfo(unit, factor, dimension, per=per)


_BBL: Final = _q("barrel", "volume")
_BPD: Final = _q("barrel", "volume", per="day")
_M3: Final = _q("cubic_metre", "volume")
_CF: Final = _q("cubic_foot", "volume")
_GAL: Final = _q("gallon", "volume")
_L: Final = _q("litre", "volume")
_BU: Final = _q("bushel", "volume")
_MWH: Final = _q("megawatt_hour", "energy")
_MW: Final = _q("megawatt", "power")
_BTU: Final = _q("mmbtu", "energy")
_TOE: Final = _q("tonne_oil_equivalent", "energy")
_BOE: Final = _q("barrel_oil_equivalent", "energy")

#: Quantity units looked up case-sensitively (abbreviations).
QUANTITY_EXACT: Final[dict[str, UnitInfo]] = {
    "bbl": _BBL,
    "bbls": _BBL,
    "Bbl": _BBL,
    "MMbbl": _q("barrel", "volume", _M),
    "mmbbl": _q("barrel", "volume", _M),
    "Mbbl": _q("barrel", "volume", _K),
    "bpd": _BPD,
    "BPD": _BPD,
    "bopd": _BPD,
    "b/d": _BPD,
    "bbl/d": _BPD,
    "mb/d": _q("barrel", "volume", _M, per="day"),
    "mbd": _q("barrel", "volume", _M, per="day"),
    "kb/d": _q("barrel", "volume", _K, per="day"),
    "MMb/d": _q("barrel", "volume", _M, per="day"),
    "MMbbl/d": _q("barrel", "volume", _M, per="day"),
    "Mbbl/d": _q("barrel", "volume", _K, per="day"),
    "boe": _BOE,
    "Mboe": _q("barrel_oil_equivalent", "energy", _K),
    "MMboe": _q("barrel_oil_equivalent", "energy", _M),
    "boe/d": _q("barrel_oil_equivalent", "energy", per="day"),
    "boepd": _q("barrel_oil_equivalent", "energy", per="day"),
    "m3": _M3,
    "m³": _M3,
    "cu m": _M3,
    "bcm": _q("cubic_metre", "volume", _G),
    "Bcm": _q("cubic_metre", "volume", _G),
    "BCM": _q("cubic_metre", "volume", _G),
    "mcm": _q("cubic_metre", "volume", _M),
    "cu ft": _CF,
    "Tcf": _q("cubic_foot", "volume", _T),
    "tcf": _q("cubic_foot", "volume", _T),
    "TCF": _q("cubic_foot", "volume", _T),
    "Bcf": _q("cubic_foot", "volume", _G),
    "bcf": _q("cubic_foot", "volume", _G),
    "Bcf/d": _q("cubic_foot", "volume", _G, per="day"),
    "bcf/d": _q("cubic_foot", "volume", _G, per="day"),
    "MMcf": _q("cubic_foot", "volume", _M),
    "MMscf": _q("cubic_foot", "volume", _M),
    "MMcf/d": _q("cubic_foot", "volume", _M, per="day"),
    "MMscf/d": _q("cubic_foot", "volume", _M, per="day"),
    "MMscfd": _q("cubic_foot", "volume", _M, per="day"),
    "Mcf": _q("cubic_foot", "volume", _K),
    "gal": _GAL,
    "hl": _q("litre", "volume", Decimal(100)),
    "ml": _q("litre", "volume", Decimal("0.001")),
    "mL": _q("litre", "volume", Decimal("0.001")),
    "bu": _BU,
    "kWh": _q("megawatt_hour", "energy", Decimal("0.001")),
    "MWh": _MWH,
    "GWh": _q("megawatt_hour", "energy", _K),
    "TWh": _q("megawatt_hour", "energy", _M),
    "kW": _q("megawatt", "power", Decimal("0.001")),
    "MW": _MW,
    "MWe": _MW,
    "GW": _q("megawatt", "power", _K),
    "GWe": _q("megawatt", "power", _K),
    "TW": _q("megawatt", "power", _M),
    "MMBtu": _BTU,
    "mmBtu": _BTU,
    "mmbtu": _BTU,
    "MMBTU": _BTU,
    "mmBTU": _BTU,
    "Btu": _q("mmbtu", "energy", Decimal("0.000001")),
    "toe": _TOE,
    "ktoe": _q("tonne_oil_equivalent", "energy", _K),
    "Mtoe": _q("tonne_oil_equivalent", "energy", _M),
}

#: Quantity units looked up lower-cased (words).
QUANTITY_WORDS: Final[dict[str, UnitInfo]] = {
    "barrel": _BBL,
    "barrels": _BBL,
    "barrels per day": _BPD,
    "barrels a day": _BPD,
    "barrels of oil equivalent": _BOE,
    "barrels of oil equivalent per day": _q("barrel_oil_equivalent", "energy", per="day"),
    "cubic metre": _M3,
    "cubic metres": _M3,
    "cubic meter": _M3,
    "cubic meters": _M3,
    "cubic foot": _CF,
    "cubic feet": _CF,
    "gallon": _GAL,
    "gallons": _GAL,
    "litre": _L,
    "litres": _L,
    "liter": _L,
    "liters": _L,
    "hectolitre": _q("litre", "volume", Decimal(100)),
    "hectolitres": _q("litre", "volume", Decimal(100)),
    "hectoliter": _q("litre", "volume", Decimal(100)),
    "hectoliters": _q("litre", "volume", Decimal(100)),
    "millilitre": _q("litre", "volume", Decimal("0.001")),
    "millilitres": _q("litre", "volume", Decimal("0.001")),
    "milliliter": _q("litre", "volume", Decimal("0.001")),
    "milliliters": _q("litre", "volume", Decimal("0.001")),
    "bushel": _BU,
    "bushels": _BU,
    "kilowatt hour": _q("megawatt_hour", "energy", Decimal("0.001")),
    "kilowatt hours": _q("megawatt_hour", "energy", Decimal("0.001")),
    "megawatt hour": _MWH,
    "megawatt hours": _MWH,
    "gigawatt hour": _q("megawatt_hour", "energy", _K),
    "gigawatt hours": _q("megawatt_hour", "energy", _K),
    "terawatt hour": _q("megawatt_hour", "energy", _M),
    "terawatt hours": _q("megawatt_hour", "energy", _M),
    "watt hour": _q("megawatt_hour", "energy", Decimal("0.000001")),
    "watt hours": _q("megawatt_hour", "energy", Decimal("0.000001")),
    "watt": _q("megawatt", "power", Decimal("0.000001")),
    "watts": _q("megawatt", "power", Decimal("0.000001")),
    "kilowatt": _q("megawatt", "power", Decimal("0.001")),
    "kilowatts": _q("megawatt", "power", Decimal("0.001")),
    "megawatt": _MW,
    "megawatts": _MW,
    "gigawatt": _q("megawatt", "power", _K),
    "gigawatts": _q("megawatt", "power", _K),
    "terawatt": _q("megawatt", "power", _M),
    "terawatts": _q("megawatt", "power", _M),
    "million british thermal units": _BTU,
    "british thermal units": _q("mmbtu", "energy", Decimal("0.000001")),
    "tonnes of oil equivalent": _TOE,
    "tons of oil equivalent": _TOE,
    "tonne of oil equivalent": _TOE,
}

#: The unit of a unit price as written (lower-cased, spaces single) -> ``Money.per``.
PER_UNITS: Final[dict[str, str]] = {
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "t": "t", "mt": "t",
    "metric ton": "t", "metric tons": "t", "metric tonne": "t", "short ton": "short_ton",
    "barrel": "bbl", "barrels": "bbl", "bbl": "bbl", "bbls": "bbl",
    "ounce": "oz", "ounces": "oz", "oz": "oz", "troy ounce": "oz", "troy ounces": "oz", "ozt": "oz",
    "pound": "lb", "lb": "lb", "lbs": "lb", "kilogram": "kg", "kilogramme": "kg", "kilo": "kg", "kg": "kg",
    "gram": "g", "g": "g", "mmbtu": "mmbtu", "million british thermal units": "mmbtu",
    "gallon": "gal", "gal": "gal", "litre": "l", "liter": "l", "bushel": "bu", "bu": "bu",
    "megawatt hour": "mwh", "megawatt-hour": "mwh", "mwh": "mwh", "kwh": "kwh", "kilowatt hour": "kwh",
    "share": "share", "hour": "hour", "hr": "hour", "head": "head", "cubic metre": "m3",
    "cubic meter": "m3", "carat": "ct", "dmtu": "dmtu", "dry metric tonne unit": "dmtu",
}  # fmt: skip
