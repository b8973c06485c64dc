"""Hedges and bounds written before a number: "about", "more than", "up to".

Shared by every numeric kind. The hedge stays outside the mention's span (news
gold convention) and is reported as a ``Qualifier``; the words are in
``_tables/qualifiers.py``.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import regex

from geoecon._mention import Qualifier
from geoecon._regex import alternation, by_last_char
from geoecon._tables.qualifiers import PARTICLE_VERBS, QUALIFIERS
from geoecon._text import fold_spaces

__all__ = ["qualifier_before"]


#: Last character -> last words of the qualifiers ending in it ("than", "to", "about").
_LAST_WORDS: Final = by_last_char(phrase.split()[-1] for phrase in QUALIFIERS)
#: Last character -> the qualifiers ending in it, whole ("up to", "in excess of").
_PHRASES: Final = by_last_char(QUALIFIERS)


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
    >>> qualifier_before("it took over $5", 13)
    <Qualifier.EXACT: 'exact'>
    """
    # Most amounts have no hedge: the word right before them ends no qualifier, which a
    # dict lookup of its last letter and a short str.endswith tell before the pattern runs.
    before = text[max(0, start - 24) : start].rstrip(" \t").lower()
    if not before.endswith(_LAST_WORDS.get(before[-1:], ())):
        return Qualifier.EXACT
    # Speed: in ASCII, where the pattern folds case as ``str.lower`` does, the phrase must end
    # the stretch whole, its spaces and tabs folded ("a loss of", "rose to" end none; the
    # pattern, from the ``regex`` engine, costs several times more).
    if before.isascii() and not " ".join(before.split()).endswith(_PHRASES.get(before[-1:], ())):
        return Qualifier.EXACT
    match = _pattern().match(text, max(0, start - 24), start)
    if match is None:
        return Qualifier.EXACT
    phrase = fold_spaces(match.group("q")).casefold()
    if phrase == "over" and _verb_before(text, match.start()) in PARTICLE_VERBS:
        return Qualifier.EXACT  # "took over $2 billion of debt": the verb's particle
    return QUALIFIERS.get(phrase, Qualifier.EXACT)


def _verb_before(text: str, end: int) -> str:
    """The word ending (after spaces) right before ``end``, lower-cased."""
    words = text[max(0, end - 16) : end].rstrip(" \t").rsplit(None, 1)
    return words[-1].lower() if words and text[max(0, end - 1) : end] in {" ", "\t"} else ""
