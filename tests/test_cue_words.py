"""The shared cue words (``geoecon._tables.cue_words``) read exactly as the patterns they replaced.

Each oracle is the pattern a kind wrote out before its words moved to the table, kept
verbatim; the pattern built from the table must find the same matches at every offset.
Money and tonnage read slightly different lists of money nouns on purpose: both are kept.
"""

from __future__ import annotations

from typing import Final

import pytest
import regex
from hypothesis import example, given, settings

from geoecon import _measure, money, tonnage
from geoecon._tables import cue_words
from helpers import texts_of

NOISE: Final = ["", "x", "_", "1", "s", "d", "\u017f", "\u00e9", "of", "a", "by", "  ", "\t"]


def words_of(pattern: regex.Pattern[str]) -> list[str]:
    """The letters-and-signs runs of an oracle's source: its words, and stems such as "loans"."""
    return regex.findall(r"[a-z&]{2,}", pattern.pattern.replace(r"\b", " "))


def spans_at_every_offset(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    found = [pattern.match(text, pos) for pos in range(len(text) + 1)]
    return [None if m is None else m.span() for m in found]


# ----------------------------------------------------------------------------- read by the kinds today

OLD_POUNDS_OF_GOODS: Final = regex.compile(
    r"[ \t]+of[ \t]+(?!(?:debt|funding|aid|investment|spending|loans?|cash|revenue|profits?|sales)\b)[a-z]",
    regex.IGNORECASE,
)
OLD_MONEY_OF: Final = regex.compile(
    r"(?:debt|funding|aid|investment|spending|loans?|cash|revenue|profits?|sales|capital|savings|money"
    r"|taxpayers|public|subsidies|damages|compensation|assets)\b",
    regex.IGNORECASE,
)
OLD_CHANGE: Final = regex.compile(
    r"(?<![\w])(?:rose|fell|rising|falling|rises|falls|increased|decreased|climbed|dropped|jumped|grew|declined"
    r"|slipped|slumped|surged|soared|gained|lost|cut|raised|lowered|expanded|shrank|up|down|revised)"
    r"[ \t]+(?:by[ \t]+)?",
    regex.IGNORECASE | regex.REVERSE,
)
MONEY_NOUN_WORDS: Final = [
    *words_of(OLD_MONEY_OF), *NOISE, "loan", "profit", "DEBT", "Loans", "loanx", "beef", "pounds",
    "profit-taking", "sale", "salesman", "publicly", "money's",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(MONEY_NOUN_WORDS))
@example("100 pounds of debt, 5 pounds of beef, 6 pounds of capital, of loans of loan of loanx of Sales")
def test_money_nouns_as_before(text: str) -> None:
    assert spans_at_every_offset(money._POUNDS_OF_GOODS, text) == spans_at_every_offset(
        OLD_POUNDS_OF_GOODS, text
    )
    assert spans_at_every_offset(tonnage._MONEY_OF, text) == spans_at_every_offset(OLD_MONEY_OF, text)


CHANGE_WORDS: Final = [*words_of(OLD_CHANGE), *NOISE, "ROSE", "Up", "cutting", "setup", "5", "from", "to"]


@settings(max_examples=1500, deadline=None)
@given(texts_of(CHANGE_WORDS))
@example("rose by 5, up 5 to 7, setup 5, Fell  by\t5, cutting 5, x-rose 5")
def test_change_verbs_as_before(text: str) -> None:
    for end in range(len(text) + 1):
        start = max(0, end - 40)
        fast, old = _measure._CHANGE.match(text, start, end), OLD_CHANGE.match(text, start, end)
        assert (None if fast is None else fast.span()) == (None if old is None else old.span()), end


# ----------------------------------------------------------------------------- for the evidence index

OLD_PRECIOUS: Final = regex.compile(
    r"\b(?:gold|silver|platinum|palladium|rhodium|bullion|precious)\b", regex.IGNORECASE
)
OLD_RATE_CONTEXT: Final = regex.compile(
    r"\b(?:rates?|yields?|inflation|unemployment|percent|per cent|pct|interest|spread|margin|share)\b|%",
    regex.IGNORECASE,
)
OLD_INDEX_CONTEXT: Final = regex.compile(
    r"\b(?:index|indices|dow|nasdaq|s&p|ftse|nikkei|dax|stocks?|shares|game|scored?|lead)\b",
    regex.IGNORECASE,
)


def words_pattern(words: tuple[str, ...], *, also: str = "") -> regex.Pattern[str]:
    """The lists as a reader of the evidence index should build them: whole words, each as written.

    (``_regex.alternation`` would let the space of "per cent" match a run of spaces.)
    """
    source = rf"\b(?:{'|'.join(regex.escape(w) for w in words)})\b" + (f"|{also}" if also else "")
    return regex.compile(source, regex.IGNORECASE)


CONTEXT_WORDS: Final = [
    *words_of(OLD_PRECIOUS), *words_of(OLD_RATE_CONTEXT), *words_of(OLD_INDEX_CONTEXT), *NOISE, "%", "Gold",
    "goldman", "rate", "yield", "stock", "score",
    "per  cent", "per\tcent", "PER CENT", "S&P", "s&p500", "scores", "rated", "leader", "Dow", "shares",
]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "also", "old"),
    [
        (cue_words.PRECIOUS_METALS, "", OLD_PRECIOUS),
        (cue_words.RATE_WORDS, "%", OLD_RATE_CONTEXT),
        (cue_words.INDEX_WORDS, "", OLD_INDEX_CONTEXT),
    ],
    ids=["precious", "rate", "index"],
)
@settings(max_examples=600, deadline=None)
@given(text=texts_of(CONTEXT_WORDS))
@example(text="gold per  cent S&P, per cent rates share scored s&p500 Dow goldman 5%")
def test_context_words_as_before(
    words: tuple[str, ...], also: str, old: regex.Pattern[str], text: str
) -> None:
    built = words_pattern(words, also=also)
    assert [m.span() for m in built.finditer(text)] == [m.span() for m in old.finditer(text)]
