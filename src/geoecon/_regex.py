"""Regular-expression builders shared by the kinds' grammars.

Each builds a pattern source from a word list (alternations longest first, prefix trees,
letter-first branches that let the engine skip in C); none holds vocabulary of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import regex

__all__ = [
    "alternation",
    "by_last_char",
    "led_by_non_word",
    "letter_first",
    "trie_alternation",
    "word_alternation",
    "word_start_spans",
]


def alternation(words: list[str]) -> str:
    r"""Longest-first alternation of literal phrases; a space matches any run of spaces.

    >>> alternation(["up to", "up"])
    'up[ \t]+to|up'
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", "[ \t]+") for w in ordered)


def letter_first(
    branches: Iterable[str],
    *,
    not_after: str,
    then: str,
    join: Callable[[list[str]], str] = lambda rests: f"(?:{'|'.join(rests)})",
) -> str:
    r"""``(?<!not_after)(?:branches)then`` with each group of branches opening with its letter.

    A pattern that opens with a lookbehind (or ``\b``) is tried at every position of the
    text; opening with a literal, ``re`` skips in C to the characters the branches open
    with, and the lookbehind, moved after that character, tests the same place. The
    branches are regex sources, each opening with a literal word character; ``join``
    writes the rests of one group (an alternation by default).

    >>> print(letter_first(["us", "u\\.s\\.", "american"], not_after=r"\w", then=r"\b"))
    u(?<!\wu)(?:s|\.s\.)\b|a(?<!\wa)(?:merican)\b
    """
    rests = _by_first_letter(branches, "letter_first")
    return "|".join(f"{c}(?<!{not_after}{c}){join(r)}{then}" for c, r in rests.items())


def _by_first_letter(branches: Iterable[str], caller: str) -> dict[str, list[str]]:
    """The branches grouped by their opening character (in order), each without it."""
    rests: dict[str, list[str]] = {}
    for branch in branches:
        first = branch[:1]
        if not (first.isalnum() or first == "_"):
            msg = f"{caller} needs branches that open with a word character, not {branch!r}"
            raise ValueError(msg)
        rests.setdefault(first, []).append(branch[1:])
    return rests


def led_by_non_word(branches: Iterable[str], *, then: str) -> str:
    r"""``letter_first(branches, not_after=r"\w", then=then)`` led by the character before the match.

    ``\W(?:...)then``: ``re`` skips in C to the characters that are not word characters (a
    fifth of running text), where the letter-first pattern is tried at every letter that opens
    a branch (most letters, for a list of country names). Its matches open one character
    early and none opens the text: ``word_start_spans`` reads it as ``finditer`` reads the
    letter-first pattern. The branches of one letter keep their order, and ``then`` after the
    group is ``then`` after each branch, so the same branch wins at each place.

    >>> print(led_by_non_word(["us", "u\\.s\\.", "american"], then=r"\b"))
    \W(?:u(?:s|\.s\.)|a(?:merican))\b
    """
    rests = _by_first_letter(branches, "led_by_non_word")
    return r"\W(?:" + "|".join(f"{c}(?:{'|'.join(r)})" for c, r in rests.items()) + ")" + then


def word_start_spans(first: re.Pattern[str], led: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    r"""The spans of ``first.finditer(text)``, found by ``led`` (``led_by_non_word`` of its branches).

    A match of ``first`` (``letter_first`` with ``not_after=r"\w"``) at ``s`` is a match of
    ``led`` at ``s - 1``; at the start of the text, where no character leads, ``first``
    itself is tried. After a match ending at ``e``, ``finditer`` looks from ``e`` on, its
    look-behind reading the character before ``e``: ``led`` is searched from ``e - 1``.

    >>> first = re.compile(word_alternation(["gold", "u.s."]))
    >>> led = re.compile(led_by_non_word(alternation(["gold", "u.s."]).split("|"), then=r"\b"))
    >>> text = "gold, u.s.gold and marigold"
    >>> word_start_spans(first, led, text) == [m.span() for m in first.finditer(text)]
    True
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    m = first.match(text)
    if m is not None:
        spans.append(m.span())
        pos = m.end()
    search = led.search
    while (m := search(text, pos - 1 if pos else 0)) is not None:
        pos = m.end()
        spans.append((m.start() + 1, pos))
    return spans


def word_alternation(words: list[str]) -> str:
    r"""``\b(?:alternation(words))\b`` with each branch opening with its literal letter (``letter_first``).

    >>> print(word_alternation(["us", "u.s.", "american"]))
    a(?<!\wa)(?:merican)\b|u(?<!\wu)(?:\.s\.|s)\b
    """
    return letter_first(alternation(words).split("|"), not_after=r"\w", then=r"\b")


def trie_alternation(words: Iterable[str], *, lower: bool = True, space: str = "[ \t]+") -> str:
    r"""The same language as ``alternation(words)``, factored into a prefix tree.

    With ``lower`` (the default) the words are lower-cased: use it under ``(?i:...)``. A
    space inside a word matches ``space`` (by default any run of spaces and tabs).
    A flat alternation of hundreds of phrases costs the engine one attempt per phrase
    at every position (20 µs per match for the 647 currency nouns); the tree shares
    their prefixes. The preference is the same: two phrases can both match at one
    position only when one is a prefix of the other, and the tree, like the
    longest-first alternation, tries the longer one first.

    >>> trie_alternation(["up to", "up", "US"])
    'u(?:p(?:[ \t]+to)?|s)'
    >>> trie_alternation(["twenty first", "twenty-first"], space=r"\s{1,3}")
    'twenty(?:\\s{1,3}first|\\-first)'
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word.lower() if lower else word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (space if char == " " else regex.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
        return body

    return emit(tree)


def by_last_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Words grouped by their last character, for a dict lookup then a short ``str.endswith``.

    >>> by_last_char(["than", "to", "also"])
    {'n': ('than',), 'o': ('also', 'to')}
    """
    table: dict[str, set[str]] = {}
    for word in words:
        table.setdefault(word[-1], set()).add(word)
    return {char: tuple(sorted(group)) for char, group in table.items()}
