"""The speed rewrites of ``dates.around`` (the words before a place) against their plain forms."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from geoecon.dates import around

SEPARATORS = st.sampled_from(["", " ", "  ", ",", ", ", "\t", "\n", " \n", "-", "/", ".", "'", "_", "x"])


def texts_of(words: list[str], size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(words), SEPARATORS), max_size=size).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


def test_space_or_comma_is_what_backslash_s_matches_and_the_comma() -> None:
    spaces = {c for c in map(chr, range(sys.maxunicode + 1)) if re.match(r"[\s,]", c)}
    assert set(around.SPACE_OR_COMMA) == spaces


PREV_WORD_RE = re.compile(r"([A-Za-z][\w.']{0,20})[\s,]{0,3}$")  # the search prev_word_span replaces
PREV_WORDS = [
    "said", "on", "in", "U.S.", "it's", "a", "x1_y", "1987", "é", "İ", "\u2003", "\x85", ",", "of",
    "abcdefghijklmnopqrstuvwxyz", "Mid", "the", "9a", "_b", ".",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(texts_of(PREV_WORDS, 10), st.integers(0, 60), st.integers(0, 60))
def test_prev_word_span_is_the_regex_search(text: str, back: int, at: int) -> None:
    pos = min(at, len(text))
    lo = max(0, pos - back)
    m = PREV_WORD_RE.search(text, lo, pos)
    assert around.prev_word_span(text, lo, pos) == (m.span(1) if m else None)


@settings(max_examples=3000, deadline=None)
@given(texts_of([*PREV_WORDS, "1", "3-1", "\u0663", "on1", "2."], 10), st.integers(0, 60))
def test_after_digit_means_no_word_of_letters_before(text: str, at: int) -> None:
    """``after_digit`` rules a position out only where ``prev_word`` reads no word ending in a letter."""
    pos = min(at, len(text))
    view = around.Around(text, text)
    if around.after_digit(view.norm, pos):
        assert not view.prev_word(pos)[-1:].isalpha()


MODIFIER_WORDS = [
    "early", "beginning", "start", "mid", "middle", "late", "end", "close", "the", "of", "-", "mıd", "MİD",
    "ſtart", "2024", "x", "in", "endless",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(texts_of(MODIFIER_WORDS, 8), st.integers(0, 80))
def test_modifier_before_is_the_regex_search(text: str, at: int) -> None:
    """In lower-cased text (as readers see it) the pieces checked first pass over no match of the pattern."""
    text = around.Around(text, text).norm
    pos = min(at, len(text))
    plain = around._MODIFIER_RE.search(text, max(0, pos - 24), pos)
    fast = around.modifier_before(text, pos)
    assert (fast and fast.span(), fast and fast.group(1)) == (
        plain and plain.span(),
        plain and plain.group(1),
    )
