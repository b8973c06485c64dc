"""The evidence index answers what the scans it replaced answered.

Money's country cues were one pattern per ambiguous currency (plus one for the United
States), and tonnage's and percentages' cue words were searched in windows cut from the
text. The index finds each class once in the whole text; these tests hold it to the plain
forms, written out here: a search of each window alone (``within(..., clipped=True)``), each
currency's own pattern, and the old troy, pounds and currency decisions patched back in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geoecon import money, percentages, tonnage
from geoecon._evidence import (
    COUNTRIES,
    INDEX_CUES,
    MASS_CUES,
    MONEY_CUES,
    PRECIOUS_METALS,
    RATE_CUES,
    Cue,
    CueClass,
    Evidence,
)
from geoecon._mention import Basis
from geoecon._regex import alternation, led_by_non_word, word_alternation, word_start_spans
from geoecon._tables.currencies import AMBIGUOUS, COUNTRY_CUES, US_CUES
from geoecon._text import fold_spaces, lower_same_length, normalise
from helpers import texts_of

if TYPE_CHECKING:
    from geoecon._doc import Doc
    from geoecon._measure import Hit

US_PLAIN = re.compile(r"\b(?:u\.s\.|united states|american|washington|us)\b")
CUE_WORDS = [
    *COUNTRY_CUES, "united  states", "hong\tkong", "Australia", "AUSTRALIAN", "u.s", "a", "\u00e9", "_", "1",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(CUE_WORDS))
def test_the_us_cues_open_with_their_letter(text: str) -> None:
    assert [m.span() for m in COUNTRIES.patterns[1].finditer(text)] == [
        m.span() for m in US_PLAIN.finditer(text)
    ]


def plain_cues(lower: str, key: str) -> list[tuple[int, int, str]]:
    """One currency's cues as money found them: its own pattern, and for "$" the US cues."""
    table = AMBIGUOUS[key][1]
    words = [w for w in table if w not in US_CUES]
    own = re.compile(rf"\b(?:{alternation(words)})\b") if words else re.compile("(?!)")
    hits = [(m.start(), m.end(), table[fold_spaces(m.group())]) for m in own.finditer(lower)]
    if key == "$":
        hits += [(m.start(), m.end(), "USD") for m in US_PLAIN.finditer(lower)]
        hits.sort()
    return hits


@settings(max_examples=1500, deadline=None)
@given(texts_of(CUE_WORDS))
@example("hong kong sri lankan swiss francs in u.s.-based paris, united  states")
def test_each_currencys_cues_are_its_own_patterns(text: str) -> None:
    """The one index of country cues, filtered by a currency's cue words, is what its own pattern found."""
    lower = lower_same_length(normalise(text))
    cues = Evidence.of(text).within(COUNTRIES, 0, len(text))
    for key, (_, table) in AMBIGUOUS.items():
        found = [(c.start, c.end, table[c.word]) for c in cues if c.word in table]
        assert found == plain_cues(lower, key), key


def test_no_country_cue_holds_another() -> None:
    """What makes one pattern for every currency safe: no cue is a word-bounded part of another.

    Matches of one alternation do not overlap; were "kong" a cue, "hong kong" would hide it.
    """
    for cue in COUNTRY_CUES:
        for other in COUNTRY_CUES:
            if cue != other:
                assert re.search(rf"\b{re.escape(cue)}\b", other) is None, (cue, other)


CLIPPED = (PRECIOUS_METALS, MONEY_CUES, MASS_CUES, RATE_CUES, INDEX_CUES)
WORDS = [
    "gold", "Gold", "GOLD", "marigold", "golden", "silver", "bullion", "precious", "per", "cent", "per cent",
    "super", "rates", "rate", "yield", "%", "$", "\u00a3", "s&p", "s&p500", "500", "funding", "fund",
    "overpaid", "paid", "earning", "yearning", "shares", "share", "\u017fhares", "tons", "ton", "poly",
    "polymer", "weighed", "beef", "index", "ftse", "lead", "misleading", "\u00e9", "_", "1", "x",
]  # fmt: skip


def plain_window(cues: CueClass, norm: str, low: int, high: int) -> list[tuple[int, int]]:
    """What the kinds did: the class's pattern run over the window cut from the text."""
    return [(low + m.start(), low + m.end()) for m in cues.patterns[0].finditer(norm[low:high])]


@settings(max_examples=3000, deadline=None)
@given(texts_of(WORDS), st.integers(0, 160), st.integers(0, 160), st.sampled_from(CLIPPED))
@example("marigold and golden gold", 6, 19, PRECIOUS_METALS)
@example("super cent rates", 2, 16, RATE_CUES)
@example("the s&p500 index", 4, 7, INDEX_CUES)
@example("rose per cents", 0, 13, RATE_CUES)
def test_a_clipped_stretch_reads_as_a_search_of_it_alone(text: str, a: int, b: int, cues: CueClass) -> None:
    norm = normalise(text)
    low, high = sorted((min(a, len(text)), min(b, len(text))))
    evidence = Evidence.of(text)
    found = [(c.start, c.end) for c in evidence.within(cues, low, high, clipped=True)]
    assert found == plain_window(cues, norm, low, high)
    whole = [m.span() for m in cues.patterns[0].finditer(norm) if low <= m.start() and m.end() <= high]
    assert [(c.start, c.end) for c in evidence.within(cues, low, high)] == whole


def class_words(cues: CueClass) -> list[str]:
    """Words that open a branch of the class's pattern, as written and in capitals."""
    words = re.findall(r"[a-z&]+", cues.patterns[0].pattern.replace(r"\b", " ").replace(r"\w", " "))
    return [*words, *(w.upper() for w in words[::3]), *(w.title() for w in words[1::3])]


TWIN_WORDS = [
    *sorted({w for cues in CLIPPED for w in class_words(cues)}),
    "per cent",
    "%",
    "$",
    "\u00a3",
    "_",
    "1",
]


@pytest.mark.parametrize("cues", CLIPPED, ids=lambda cues: cues.name)
def test_the_ascii_twins_hold_every_branch(cues: CueClass) -> None:
    assert cues.ascii_pattern is not None
    for word in TWIN_WORDS:
        for text in (f"a {word} b", f"{word}s", f"x{word}", f"{word}-{word}"):
            lower = text.lower()
            assert [m.span() for m in cues.ascii_pattern.finditer(lower)] == [
                m.span() for m in cues.patterns[0].finditer(text)
            ], text


@settings(max_examples=2000, deadline=None)
@given(texts_of(TWIN_WORDS), st.sampled_from(CLIPPED))
@example("S&P per cent Fibre POLYMER ſhares", RATE_CUES)
def test_the_ascii_twins_find_what_the_patterns_find(text: str, cues: CueClass) -> None:
    """On ASCII text, each class's letter-first twin on the lower-cased text is its pattern ignoring case."""
    assert cues.ascii_pattern is not None
    if not text.isascii():
        return
    norm = normalise(text)
    lower = lower_same_length(norm)
    assert [m.span() for m in cues.ascii_pattern.finditer(lower)] == [
        m.span() for m in cues.patterns[0].finditer(norm)
    ]


LED_WORDS = [*CUE_WORDS, "u.s.", "u.s.us", "frenchman", "xfrance", "france_", "\u00e9france", "-", ".", "\n"]


@settings(max_examples=3000, deadline=None)
@given(texts_of(LED_WORDS))
@example("france")  # a cue opening the text: no character leads it
@example("u.s.us france-france")  # cues back to back
@example("frenchman \u00e9france france_ xfrance")  # no cue: letters, Unicode and "_" are word characters
def test_the_led_twins_find_what_the_letter_first_patterns_find(text: str) -> None:
    """Country cues, searched from the character before each (``word_start_spans``), are ``finditer``'s."""
    lower = lower_same_length(normalise(text))
    for pattern, led in zip(COUNTRIES.patterns, COUNTRIES.led_patterns, strict=True):
        if led is not None:
            assert isinstance(pattern, re.Pattern)
            assert word_start_spans(pattern, led, lower) == [m.span() for m in pattern.finditer(lower)]


BRANCHES = ["gold", "go", "u.s.", "s.a.", "sa", "united states", "\u00e9t\u00e9"]


@settings(max_examples=2000, deadline=None)
@given(texts_of([*BRANCHES, "x", "_", "1", ".", "-", "\u00e9"]))
@example("u.s.gold s.a.sa")  # cues ending with a non-word character, and the cue right after
def test_word_start_spans_is_finditer_of_the_letter_first_pattern(text: str) -> None:
    """The general property, on branches that end with a non-word character too."""
    branches = alternation(BRANCHES).split("|")
    first = re.compile(word_alternation(BRANCHES))
    led = re.compile(led_by_non_word(branches, then=r"\b"))
    assert word_start_spans(first, led, text) == [m.span() for m in first.finditer(text)]


# ----------------------------------------------------------------------------- the decisions

PRECIOUS_PLAIN = regex.compile(
    r"\b(?:gold|silver|platinum|palladium|rhodium|bullion|precious)\b", regex.IGNORECASE
)


def plain_troy(doc: Doc, hit: Hit) -> tuple[bool, tuple[Basis, ...]]:
    """Tonnage's troy decision as it was: the clause before and 60 characters after, one string."""
    if not hit.unit.info.troy:
        return False, ()
    if hit.of_what is not None:
        return PRECIOUS_PLAIN.search(hit.of_what) is not None, ()
    text = doc.norm
    before = text[max(0, hit.start - 160) : hit.start]
    sentence = max(before.rfind(". "), before.rfind("\n"))
    if PRECIOUS_PLAIN.search(before[sentence + 1 :] + text[hit.end : hit.end + 60]) is not None:
        return True, ()
    # issue 19: then the metal earlier in the paragraph or in the lede (a rule added since)
    return tonnage._article_metal(doc, hit.start) is not None, ()


TONNAGE_WORDS = [
    "5", "120,000", "20 million", "ounces", "oz", "pounds", "pound", "gold", "silver", "marigold", "golden",
    "of", "beef", "debt", "spent", "weighed", "sold", "shipments", "a year", "per", "sterling", "U.S.",
    ". ", "\n", "-", "twenty", "the", "mine", "produced",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(texts_of(TONNAGE_WORDS))
@example("gold5 ounces; marigold 120,000 ounces; 5 ounces golden")
@example("the mine spent 20 million pounds; it weighed 5 pounds")
def test_troy_and_pounds_decide_as_before(text: str) -> None:
    fast = list(tonnage.find_tonnages(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tonnage, "_troy", plain_troy)
        plain = list(tonnage.find_tonnages(text))
    assert fast == plain
    assert [t.unit for t in fast] == [t.unit for t in plain]


def plain_within(
    self: Evidence, cues: CueClass, start: int, end: int, *, clipped: bool = False
) -> tuple[Cue, ...]:
    """``Evidence.within`` without the index: the window searched alone, or the whole text filtered."""
    text = self._texts.lower if cues.lower else self._texts.norm
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        return ()
    if clipped:
        spans = plain_window(cues, text, start, end)
    else:
        spans = sorted(m.span() for pattern in cues.patterns for m in pattern.finditer(text))
        spans = [(s, e) for s, e in spans if start <= s and e <= end]
    return tuple(
        Cue(s, e, fold_spaces(text[s:e]), cues.values.get(fold_spaces(text[s:e]), fold_spaces(text[s:e])))
        for s, e in spans
    )


KIND_WORDS = [
    *TONNAGE_WORDS, "points", "rates", "yields", "index", "shares", "%", "rose", "1.5", "$5", "Rs 4",
    "Australia", "Canadian", "francs", "marigold",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(texts_of(KIND_WORDS))
@example("yields rose 5 points; the index rose 5 points; bond spreads 20 points")
def test_the_kinds_read_the_index_as_they_read_the_text(text: str) -> None:
    """Money, tonnage and percentages with the index, and with plain searches patched in its place."""
    kinds = (money.find_money, tonnage.find_tonnages, percentages.find_percentages)
    fast = [list(find(text)) for find in kinds]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Evidence, "within", plain_within)
        plain = [list(find(text)) for find in kinds]
    assert fast == plain
    assert [[m.basis for m in found] for found in fast] == [[m.basis for m in found] for found in plain]


def plain_resolve(
    key: str, default: str | None, doc: Doc, position: int
) -> tuple[str | None, tuple[Basis, ...]]:
    """Money's resolution by plain searches: each currency's own cues, 200 characters either side.

    When no cue is near, the article's currency (#19, not what this test compares) is asked as
    the code does.
    """
    entry = AMBIGUOUS.get(key)
    default_code = default if entry is None else entry[0]
    hits = plain_cues(doc.lower, key) if entry is not None else []
    found = {code for start, end, code in hits if start >= position - 200 and end <= position + 200}
    if not found and entry is not None and entry[1]:
        article = money._article_currency(entry[1], doc)
        if article is not None:
            return article[0], (Basis("any"),)
    return (found.pop() if len(found) == 1 else default_code), (Basis("any"),)


MONEY_WORDS = [
    "$5", "$", "5", "Rs 4", "kr 3", "\u00a510", "francs", "dinars", "30 cents", "dlrs", "Australia", "Canadian",
    "U.S.", "American", "china", "yuan", "Pakistan", "swiss", "paris", "euro", "x" * 60, "and", "-", "to",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(MONEY_WORDS))
@example("Australia " + "x" * 190 + " $5 " + "y" * 185 + " Canada")
@example("Australia " + "x" * 190 + "$5$5" + "x" * 60 + "$5$5$5$5")  # the article's currency, past the window
def test_ambiguous_currencies_settle_as_before(text: str) -> None:
    fast = list(money.find_money(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(money, "_resolve", plain_resolve)
        plain = list(money.find_money(text))
    assert fast == plain
    assert [m.currency_assumed for m in fast] == [m.currency_assumed for m in plain]


WORD = regex.compile(r"\w")


@settings(max_examples=1500, deadline=None)
@given(texts_of([*TONNAGE_WORDS, "x", "_", "5ounces", "ounces5", "gold5", "\u00e9"]))
@example("gold5 ounces; 5 ouncesx; x5 oz")
def test_no_word_runs_across_ounces(text: str) -> None:
    """What lets ``_troy`` read the clause before the ounces and the stretch after them apart.

    Once they were searched as one string (the clause, then what follows the ounces): a
    word running across that join would have been found there alone. No ounces start
    right after a word character and end right before one, so there is none.
    """
    for found in tonnage.find_tonnages(text):
        if found.unit in {"oz", "troy_oz"} and found.start > 0 and found.end < len(text):
            assert not (WORD.match(text, found.start - 1) and WORD.match(text, found.end)), found
