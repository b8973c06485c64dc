"""The dates' word tries: ``_regex.trie_alternation`` emits what the dates' own builder did.

``dates`` had a second trie builder (``_alt``), written out here as it was; the shared one,
with ``space=r"\\s{1,3}"``, emits the same source for every word list of the dates, so the
compiled patterns are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from geoecon.dates import vocabulary


def plain_alt(words: Iterable[str]) -> str:
    """The trie builder of ``dates`` before it was folded into ``_regex.trie_alternation``."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        optional = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            atom = r"\s{1,3}" if ch == " " else re.escape(ch)
            branches.append(atom + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else body + "?"
        return body

    return "(?:" + emit(trie) + ")"


def month_rests() -> list[list[str]]:
    """The month names grouped by first letter, without it (what ``MONTH_STEP`` joins)."""
    groups: dict[str, list[str]] = {}
    for word in vocabulary.MONTHS:
        groups.setdefault(word[0], []).append(word[1:])
    return list(groups.values())


WORD_LISTS = [
    list(vocabulary.MONTHS),
    list(vocabulary.WEEKDAYS),
    list(vocabulary.ORDINALS),
    list(vocabulary.CARDINALS),
    list(vocabulary.DECADE_WORDS),
    *month_rests(),
]


@pytest.mark.parametrize("words", WORD_LISTS, ids=lambda words: words[0])
def test_shared_trie_emits_the_dates_own_source(words: list[str]) -> None:
    assert vocabulary.trie(words) == plain_alt(words)


def test_the_tries_hold_spaced_and_hyphenated_words() -> None:
    ordinal = re.compile(vocabulary.trie(vocabulary.ORDINALS) + r"\Z")
    assert ordinal.match("twenty   first")
    assert ordinal.match("twenty-first")
    assert not ordinal.match("twenty    first")  # at most three spaces
