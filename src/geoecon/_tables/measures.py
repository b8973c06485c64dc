"""Measure words, commodity words and change words: what the facts linker reads.

Hand-written from newswire usage in economics and commodity news (Reuters, Bloomberg,
the Financial Times and the statistical agencies' release headlines: "exports", "output",
"current account deficit", "consumer price index"), and from the heads that the dev gold
facts name (``../shared/eval/SCHEMA.md``, "Facts"). Lower case; a phrase holds single
spaces; each entry maps the surface form to the head noun a fact records (singular).

>>> MEASURE_WORDS["exports"], MEASURE_WORDS["shipped"], MEASURE_WORDS["gross domestic product"]
('export', 'shipment', 'gdp')
>>> "iron ore" in COMMODITIES, UP_WORDS["jumped"], DOWN_WORDS["cut"]
(True, 'up', 'down')
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BASE_CUES",
    "CHANGE_NOUNS",
    "COMMODITIES",
    "COMMODITY_SPELLINGS",
    "DOWN_WORDS",
    "EXPECTED_CUES",
    "FLOW_MEASURES",
    "GOOD_MEASURES",
    "MEASURE_WORDS",
    "PARTNER_PREPOSITIONS",
    "UP_WORDS",
    "WORLD_MARKET_COMMODITIES",
]


def _forms(head: str, *forms: str) -> dict[str, str]:
    return dict.fromkeys((head, *forms), head)


#: Surface form -> head noun of the measure. Nouns with their plural, verbs with their
#: tenses mapped to their noun ("shipped" -> "shipment", "produced" -> "production").
#: Longer phrases win over their parts ("budget deficit" over "deficit").
MEASURE_WORDS: Final[dict[str, str]] = {
    **_forms("export", "exports", "exported", "exporting", "exporter", "exporters"),
    **_forms("import", "imports", "imported", "importing", "importer", "importers"),
    **_forms("shipment", "shipments", "shipped", "ships", "shipping", "ship"),
    **_forms("delivery", "deliveries", "delivered"),
    **_forms("purchase", "purchases", "purchased", "bought", "buying"),
    **_forms("production", "produced", "produces", "produce", "producing"),
    **_forms("output", "outputs"),
    **_forms("sale", "sales", "sold", "retail sales", "online sales"),
    **_forms("revenue", "revenues", "tax revenue", "tax revenues"),
    **_forms("receipt", "receipts"),
    **_forms("income"),
    **_forms("profit", "profits", "net profit", "earnings"),
    **_forms("spending", "spend", "spent", "defence spending", "defense spending", "military spending"),
    **_forms("expenditure", "expenditures", "capital expenditure", "capex"),
    **_forms("outlay", "outlays"),
    **_forms("investment", "investments", "invested", "invest"),
    **_forms("budget", "budgets"),
    **_forms(
        "deficit", "deficits", "budget deficit", "fiscal deficit", "trade deficit", "current account deficit"
    ),
    **_forms(
        "surplus",
        "surpluses",
        "budget surplus",
        "trade surplus",
        "primary surplus",
        "current account surplus",
    ),
    **_forms("debt", "debts", "public debt", "national debt"),
    **_forms("borrowing", "borrowings", "borrowed", "borrow"),
    **_forms("reserve", "reserves", "foreign exchange reserves", "forex reserves"),
    **_forms("aid"),
    **_forms("assistance"),
    **_forms("loan", "loans", "lent", "lending", "lend", "lends"),
    **_forms("bond", "bonds", "eurobond", "eurobonds"),
    **_forms("tariff", "tariffs", "duty", "duties"),
    **_forms("tax", "taxes"),
    **_forms("price", "prices", "priced", "market price", "spot price"),
    **_forms("cost", "costs", "cost of production"),
    **_forms("inflation"),
    **_forms("index", "consumer price index", "consumer prices index", "cpi", "indices"),
    **_forms("growth", "grew", "grow", "grows"),
    **_forms("gdp", "gross domestic product", "economy"),
    **_forms(
        "rate", "rates", "interest rate", "interest rates", "policy rate", "unemployment rate", "jobless rate"
    ),
    **_forms("share", "shares", "market share"),
    **_forms("stake", "stakes"),
    **_forms("capacity", "capacities"),
    **_forms("supply", "supplies", "supplied"),
    **_forms("demand"),
    **_forms("consumption", "private consumption"),
    **_forms("stock", "stocks", "stockpile", "stockpiles", "inventories", "inventory"),
    **_forms("volume", "volumes"),
    **_forms("deal", "deals", "contract", "contracts"),
    **_forms("commitment", "commitments", "pledge", "pledged", "pledges"),
    **_forms("fund", "funds", "funding"),
    **_forms("wage", "wages"),
    **_forms("subsidy", "subsidies"),
    **_forms("trade", "traded"),
    # heads of compounds ("debt servicing", "price cap", "budget estimate": the last noun heads)
    **_forms("servicing", "debt service"),
    **_forms("interest", "interest payable", "interest payments"),
    **_forms("limit", "limits", "ceiling"),
    **_forms("estimate", "estimates"),
    **_forms("cap", "caps"),
    **_forms("yield", "yields"),
    **_forms("maturity", "maturities"),
    **_forms("emission", "emissions"),
    **_forms("bailout", "bailouts"),
    **_forms("claim", "claims"),
    **_forms("appropriation", "appropriations", "appropriated"),
    **_forms("weight", "weighing", "weighs", "weighed"),
    **_forms("value", "worth", "valued"),
    **_forms("deposit", "deposits"),
    **_forms("recycling"),
    **_forms("generation"),
}

#: Measures of a good's flow between two parties: these take a partner ("to", "from").
FLOW_MEASURES: Final = frozenset(
    "export import shipment delivery purchase sale trade aid assistance loan deficit surplus deal supply "
    "tariff commitment fund investment".split()
)

#: Measures that are of a good (a commodity carries over to them from earlier sentences).
GOOD_MEASURES: Final = frozenset(
    "export import shipment delivery purchase production output sale price cost capacity supply demand stock "
    "volume reserve share".split()
)

#: Prepositions that introduce the counterpart of a flow, and which side they name.
PARTNER_PREPOSITIONS: Final[tuple[str, ...]] = ("to", "from", "with", "into", "for")

#: Commodity words, as the text names them (lower case, singular; longer first when read).
COMMODITIES: Final[tuple[str, ...]] = (
    "aluminum", "aluminium", "copper", "zinc", "nickel", "lead", "tin", "cobalt", "lithium", "molybdenum",
    "iron ore", "steel", "gold", "silver", "platinum", "palladium", "rhodium", "uranium", "rare earth",
    "rare earths", "crude oil", "crude", "oil", "natural gas", "gas", "lng", "coal", "thermal coal",
    "coking coal", "wheat", "corn", "maize", "soybean", "soybeans", "rice", "sugar", "coffee", "cocoa",
    "cotton", "palm oil", "beef", "pork", "pig meat",
    "liquefied natural gas", "red meat", "caviar", "truffle", "truffles", "white truffle",
    "white truffles", "fertiliser", "fertilizer", "potash", "diesel", "gasoline", "petrol", "jet fuel",
    "electricity", "power", "solar", "fossil fuel", "fossil fuels", "timber", "rubber", "sulphur", "sulfur",
)  # fmt: skip

#: Commodities priced on a world exchange (the LME's base metals, COMEX and the LBMA's precious
#: metals, ICE Brent and NYMEX WTI crude): their price is no country's, and an earlier sentence's
#: place does not own it. A regional price (gas at Henry Hub, consumer prices, truffles at Alba) is.
WORLD_MARKET_COMMODITIES: Final = frozenset(
    {"aluminum", "copper", "zinc", "nickel", "lead", "tin", "cobalt", "gold", "silver", "platinum",
     "palladium", "rhodium", "crude oil", "iron ore"}
)  # fmt: skip

#: Spelling variants folded to one commodity (as the scorer does).
COMMODITY_SPELLINGS: Final[dict[str, str]] = {
    "aluminium": "aluminum", "sulphur": "sulfur", "rare earths": "rare earth", "soybeans": "soybean",
    "truffles": "truffle", "white truffles": "white truffle", "fossil fuels": "fossil fuel",
    "fertiliser": "fertilizer", "crude": "crude oil", "liquefied natural gas": "lng",
}  # fmt: skip

#: Words of change going up, with their direction (verbs in their tenses, adverbs, nouns).
UP_WORDS: Final[dict[str, str]] = dict.fromkeys(
    (
        "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing",
        "climbed", "climb", "climbs", "jumped", "jump", "jumps", "grew", "grow", "grows", "growing", "grown",
        "surged",
        "surge", "surges", "soared", "soar", "soars", "gained", "gain", "gains", "raised", "raise", "raises",
        "raising", "expanded", "expand", "expands", "up", "higher", "added", "additional", "boosted", "boost",
        "hiked", "hike", "advanced", "rebounded", "doubled", "tripled", "more than", "growth", "expansion",
        "recovery", "widened", "soaring", "climbing", "jumping", "surging", "topped",
        "exceeded", "widening",
    ),
    "up",
)  # fmt: skip
DOWN_WORDS: Final[dict[str, str]] = dict.fromkeys(
    (
        "fell", "fall", "falls", "falling", "fallen", "decreased", "decrease", "decreases", "declined",
        "decline", "declines", "declining", "dropped", "drop", "drops", "slipped", "slip", "slumped", "slump",
        "plunged", "plunge", "tumbled", "shrank", "shrink", "shrinks", "contracted", "cut", "cuts", "cutting",
        "lowered", "lower", "reduced", "reduce", "down", "lost", "eased", "slid", "sank", "halved",
        "contraction",
        "narrowed", "dip", "dipped", "easing", "decreasing", "plunging", "tumbling", "narrowing",
        "slumping", "dropping",
        "less than",
    ),
    "down",
)  # fmt: skip

#: Nouns of change right after a value: "a 5% rise", "a 2.5% drop" (the value is the change).
CHANGE_NOUNS: Final = frozenset(
    "rise increase gain jump surge growth drop decline fall cut reduction hike decrease expansion recovery "
    "contraction dip".split()
)

#: Words right before a value that make it the base of a change ("down from $1.7 billion").
BASE_CUES: Final[tuple[str, ...]] = (
    "from", "compared with", "compared to", "versus", "vs", "vs.", "against", "than", "up from", "down from",
)  # fmt: skip

#: Words in a clause that mark a value as expected or planned, not reported.
EXPECTED_CUES: Final = frozenset(
    "expected expects expect forecast forecasts projected projects plans planned plan will would target "
    "targets estimated estimate could may might".split()
)
