"""The digits and words passes, opened by a character class: against the plain patterns.

``numerals._NUMBER_FAST`` (and its ASCII twin ``_NUMBER_ASCII``) read the first character
of a number before its lookbehinds and branches, so that the engine skips in C to the
characters that can open one; ``_WORD_STARTS_ASCII`` is ``_WORD_STARTS`` for ASCII text.
Each must find what the plain form finds, with the plain form's groups read back.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geoecon import numerals

PARTS = [
    "5", "12", "123", "1234", "1,000", "1,00", "1,5", "12,3", "2.5", "1,72,000", "24 176", ".5", "-", "+", " ",
    "\t", "  ", "x", "a", "k", "m", "b", "tr", "t", "thousand", "million", "millions", "bn", "mln", "mn", "bln",
    "trn", "tn", "mil", "cr", "lac", "lakh", "crores", "billion", "p", ".", ",", "1-2-3-4", "-5-6", "\u00a0",
    "\u202f", "%", "$", ")", "(", "_", "a.", "\u0663", "\u00e9", "\n",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PARTS), max_size=14).map("".join)


def plain_groups(match: re.Match[str]) -> tuple[str | None, str | None, str | None, str | None]:
    """A fast match's groups as ``_NUMBER_LOWER`` has them: (chain, sign, digits, scale)."""
    chain, signed, signed_scale, rest, scale = match.groups()
    first = match.string[match.start()]
    if chain is not None:
        return first + chain, None, None, None
    if signed is not None:
        return None, first, signed, signed_scale
    return None, None, first + rest, scale


def plain(text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in numerals._NUMBER_LOWER.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
def test_fast_digits_pass_finds_the_plain_matches(text: str) -> None:
    assert [(m.span(), plain_groups(m)) for m in numerals._NUMBER_FAST.finditer(text)] == plain(text)


@settings(max_examples=3000, deadline=None)
@given(TEXTS.filter(str.isascii))
def test_ascii_digits_pass_finds_the_plain_matches_on_ascii_text(text: str) -> None:
    assert [(m.span(), plain_groups(m)) for m in numerals._NUMBER_ASCII.finditer(text)] == plain(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789.,+- \t\u00a0ax%"), max_size=30))
def test_digits_pass_on_any_mix_of_digits_and_separators(text: str) -> None:
    assert [(m.span(), plain_groups(m)) for m in numerals._NUMBER_FAST.finditer(text)] == plain(text)
    if text.isascii():
        assert [(m.span(), plain_groups(m)) for m in numerals._NUMBER_ASCII.finditer(text)] == plain(text)


def test_fast_patterns_open_with_a_character_class() -> None:
    """The point of the rewrite: a class first, so that the engine skips to it in C."""
    assert numerals._NUMBER_FAST.pattern.lstrip().startswith(r"[\d.+-]")
    assert numerals._NUMBER_ASCII.pattern.lstrip().startswith("[0-9.+-]")
    assert numerals._NUMBER_FAST.groupindex == {
        "chain": 1,
        "signed": 2,
        "signed_scale": 3,
        "rest": 4,
        "scale": 5,
    }


WORD_PARTS = [
    "one", "two", "ten", "tens", "a", "an", "a few", "half", "dozen", "million", "hundred", "thousand", "of",
    "several", "twenty", "-", " ", "\t", "\n", "(", "_", "x", "5", "often", "money", "at", "and",
    "quarter", "third", "couple", "few", "billion", "trillion", "total", "thirds", "a quarter of a", "an hundred",
    "a couple of", "a third of an", "a half", "dozens", "q", "t", "c",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(WORD_PARTS), max_size=14).map("".join))
def test_ascii_word_starts_are_the_plain_ones(text: str) -> None:
    assert [m.span() for m in numerals._WORD_STARTS_ASCII.finditer(text)] == [
        m.span() for m in numerals._WORD_STARTS.finditer(text)
    ]
    assert [m.span() for m in numerals._word_matches(text)] == [
        m.span() for m in numerals._WORDS_LOWER.finditer(text)
    ]
