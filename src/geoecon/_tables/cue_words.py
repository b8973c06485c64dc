"""Cue words: lists that belong to the language of economics news, not to one kind.

Hand-written from newswire usage, lower-case, one word per entry (a phrase holds single
spaces). Each list says what it is for and which rooms read it; the kinds build their
patterns from these lists, word-bounded and ignoring case. Where two kinds read slightly
different lists, both lists are here under their own names, so that each kind keeps its
behaviour (``tests/test_cue_words.py`` holds the patterns they replaced as oracles).

>>> "debt" in MONEY_NOUNS, "capital" in MONEY_NOUNS, "capital" in MORE_MONEY_NOUNS
(True, False, True)
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "CHANGE_VERBS",
    "CHANGE_WORDS",
    "INDEX_WORDS",
    "MONEY_NOUNS",
    "MORE_MONEY_NOUNS",
    "PRECIOUS_METALS",
    "RATE_WORDS",
]

#: What is paid for, not weighed: after "pounds of", one of these makes the pounds
#: money ("100 pounds of debt", "of funding"); any other noun makes them a mass ("100
#: pounds of beef"). Money reads this list before it takes "pounds" as a currency.
MONEY_NOUNS: Final = (
    "debt", "funding", "aid", "investment", "spending", "loan", "loans", "cash", "revenue", "profit",
    "profits", "sales",
)  # fmt: skip

#: More nouns of money, read by tonnage only (with ``MONEY_NOUNS``): when what a
#: "pounds" mention measures opens with one ("20 million pounds of capital"), the pounds
#: are money, not a mass. Money does not read these (its list is the shorter one).
MORE_MONEY_NOUNS: Final = (
    "capital", "savings", "money", "taxpayers", "public", "subsidies", "damages", "compensation", "assets",
)  # fmt: skip

#: Verbs of change: one before "X to Y" makes two amounts, not a range ("rose from 1.2
#: million to 1.5 million tonnes", "up 5 to 34,500 t"). Read by the measures
#: (``geoecon._measure``), optionally followed by "by".
CHANGE_VERBS: Final = (
    "rose", "fell", "rising", "falling", "rises", "falls", "increased", "decreased", "climbed", "dropped",
    "jumped", "grew", "declined", "slipped", "slumped", "surged", "soared", "gained", "lost", "cut", "raised",
    "lowered", "expanded", "shrank", "up", "down", "revised",
)  # fmt: skip

#: Words of change that make "from X to Y" a change, not a range, when one stands in the
#: clause before "from" ("the deficit widened sharply from $5 billion to $7 billion"): the
#: verbs above and more verbs and nouns of movement. Read by ``geoecon._ranges``.
CHANGE_WORDS: Final = (
    *CHANGE_VERBS,
    "widened", "narrowed", "swelled", "doubled", "tripled", "halved", "rise", "fall", "increase",
    "decrease", "increases", "decreases", "climb", "drop", "jump", "raise", "lower", "boost", "boosted",
    "reduce", "reduced", "grow", "growth", "moved", "went", "changed", "hiked", "trimmed", "slashed",
    "plunged", "tumbled", "eased", "edged", "advanced", "improved", "widening", "narrowing", "increasing",
    "decreasing", "dropping", "climbing", "jumping", "growing", "plummeted", "sank", "spiked", "rebounded",
)  # fmt: skip

#: Precious metals: ounces in a sentence about one of them are troy ounces ("120,000
#: ounces of gold"). Read by tonnage (today as its own pattern, ``tonnage._PRECIOUS``).
PRECIOUS_METALS: Final = ("gold", "silver", "platinum", "palladium", "rhodium", "bullion", "precious")

#: Words of a rate: "points" near one is percentage points ("the yield rose 25 points").
#: Read by percentages (today as its own pattern, ``percentages._RATE_CONTEXT``, with "%").
RATE_WORDS: Final = (
    "rate", "rates", "yield", "yields", "inflation", "unemployment", "percent", "per cent", "pct", "interest",
    "spread", "margin", "share",
)  # fmt: skip

#: Words of an index or a score: "points" near one is not a percentage ("the Dow fell
#: 30 points", "scored 3 points"), even near a word of ``RATE_WORDS``. Read by percentages
#: (today as its own pattern, ``percentages._INDEX_CONTEXT``).
INDEX_WORDS: Final = (
    "index", "indices", "dow", "nasdaq", "s&p", "ftse", "nikkei", "dax", "stock", "stocks", "shares", "game",
    "score", "scored", "lead",
)  # fmt: skip
