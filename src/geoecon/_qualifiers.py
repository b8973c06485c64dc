"""Hedges and bounds written before a number: "about", "more than", "up to".

Shared by every numeric kind. The hedge stays outside the mention's span (news
gold convention) and is reported as a ``Qualifier``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, Final

import regex

from geoecon._mention import Qualifier
from geoecon._text import fold_spaces

__all__ = [
    "QUALIFIERS",
    "alternation",
    "by_last_char",
    "letter_first",
    "qualifier_before",
    "trie_alternation",
    "word_alternation",
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
    rests: dict[str, list[str]] = {}
    for branch in branches:
        first = branch[:1]
        if not (first.isalnum() or first == "_"):
            msg = f"letter_first needs branches that open with a word character, not {branch!r}"
            raise ValueError(msg)
        rests.setdefault(first, []).append(branch[1:])
    return "|".join(f"{c}(?<!{not_after}{c}){join(r)}{then}" for c, r in rests.items())


def word_alternation(words: list[str]) -> str:
    r"""``\b(?:alternation(words))\b`` with each branch opening with its literal letter (``letter_first``).

    >>> print(word_alternation(["us", "u.s.", "american"]))
    a(?<!\wa)(?:merican)\b|u(?<!\wu)(?:\.s\.|s)\b
    """
    return letter_first(alternation(words).split("|"), not_after=r"\w", then=r"\b")


def trie_alternation(words: Iterable[str], *, lower: bool = True) -> str:
    r"""The same language as ``alternation(words)``, factored into a prefix tree.

    With ``lower`` (the default) the words are lower-cased: use it under ``(?i:...)``.
    A flat alternation of hundreds of phrases costs the engine one attempt per phrase
    at every position (20 µs per match for the 647 currency nouns); the tree shares
    their prefixes. The preference is the same: two phrases can both match at one
    position only when one is a prefix of the other, and the tree, like the
    longest-first alternation, tries the longer one first.

    >>> trie_alternation(["up to", "up", "US"])
    'u(?:p(?:[ \t]+to)?|s)'
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word.lower() if lower else word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            ("[ \t]+" if char == " " else regex.escape(char)) + emit(child)
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


QUALIFIERS: Final[dict[str, Qualifier]] = {
    "about": Qualifier.APPROX, "around": Qualifier.APPROX, "approximately": Qualifier.APPROX,
    "approx.": Qualifier.APPROX, "roughly": Qualifier.APPROX, "some": Qualifier.APPROX,
    "nearly": Qualifier.APPROX, "almost": Qualifier.APPROX, "close to": Qualifier.APPROX,
    "an estimated": Qualifier.APPROX, "estimated": Qualifier.APPROX, "around about": Qualifier.APPROX,
    "~": Qualifier.APPROX, "circa": Qualifier.APPROX, "more or less": Qualifier.APPROX,
    "more than": Qualifier.MORE_THAN, "over": Qualifier.MORE_THAN, "above": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN, "upwards of": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST, "no less than": Qualifier.AT_LEAST, "not less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "less than": Qualifier.LESS_THAN, "under": Qualifier.LESS_THAN, "below": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "at most": Qualifier.AT_MOST, "no more than": Qualifier.AT_MOST, "not more than": Qualifier.AT_MOST,
    "a maximum of": Qualifier.AT_MOST,
    "up to": Qualifier.UP_TO, "as much as": Qualifier.UP_TO, "as many as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
}  # fmt: skip


def by_last_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Words grouped by their last character, for a dict lookup then a short ``str.endswith``.

    >>> by_last_char(["than", "to", "also"])
    {'n': ('than',), 'o': ('also', 'to')}
    """
    table: dict[str, set[str]] = {}
    for word in words:
        table.setdefault(word[-1], set()).add(word)
    return {char: tuple(sorted(group)) for char, group in table.items()}


#: Last character -> last words of the qualifiers ending in it ("than", "to", "about").
_LAST_WORDS: Final = by_last_char(phrase.split()[-1] for phrase in QUALIFIERS)


@cache
def _pattern() -> regex.Pattern[str]:
    """Hedge words ending right before an amount (matched backwards from the amount)."""
    return regex.compile(
        rf"(?<![\w])(?P<q>{alternation(list(QUALIFIERS))})[ \t]*",
        regex.IGNORECASE | regex.REVERSE,
    )


def qualifier_before(text: str, start: int) -> Qualifier:
    """Return the qualifier written right before offset ``start`` of ``text``.

    >>> qualifier_before("worth more than $5", 16)
    <Qualifier.MORE_THAN: 'more_than'>
    >>> qualifier_before("worth $5", 6)
    <Qualifier.EXACT: 'exact'>
    """
    # Most amounts have no hedge: the word right before them ends no qualifier, which a
    # dict lookup of its last letter and a short str.endswith tell before the pattern runs.
    before = text[max(0, start - 24) : start].rstrip(" \t").lower()
    if not before.endswith(_LAST_WORDS.get(before[-1:], ())):
        return Qualifier.EXACT
    match = _pattern().match(text, max(0, start - 24), start)
    if match is None:
        return Qualifier.EXACT
    return QUALIFIERS.get(fold_spaces(match.group("q")).casefold(), Qualifier.EXACT)
