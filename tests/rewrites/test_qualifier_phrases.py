"""``qualifier_before`` tests the whole phrase before its pattern: against the form it replaced."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geoecon import _qualifiers
from geoecon._mention import Qualifier
from geoecon._tables.qualifiers import PARTICLE_VERBS, QUALIFIERS
from geoecon._text import fold_spaces


def plain_qualifier_before(text: str, start: int) -> Qualifier:
    """The function before the rewrite: only the last word is tested before the pattern."""
    before = text[max(0, start - 24) : start].rstrip(" \t").lower()
    if not before.endswith(_qualifiers._LAST_WORDS.get(before[-1:], ())):
        return Qualifier.EXACT
    match = _qualifiers._pattern().match(text, max(0, start - 24), start)
    if match is None:
        return Qualifier.EXACT
    phrase = fold_spaces(match.group("q")).casefold()
    if phrase == "over" and _qualifiers._verb_before(text, match.start()) in PARTICLE_VERBS:
        return Qualifier.EXACT
    return QUALIFIERS.get(phrase, Qualifier.EXACT)


WORDS = [
    *QUALIFIERS, *[w.upper() for w in QUALIFIERS][::3], "up", "to", "of", "a", "loss", "rose", "than", "more",
    "less", "no", "not", "in", "excess", "took", "over", "x", "\u017fome", "U\u017f", "\u00e9", "5",
]  # fmt: skip
GAPS = st.sampled_from([" ", "  ", "\t", " \t", "\n", "", "-", " \n "])


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), GAPS), max_size=8), st.sampled_from(["", " ", "\t", "  "]))
@example([("up", "  "), ("to", "")], " ")
@example([("in", "\t"), ("excess", " "), ("of", "")], "")
def test_qualifier_before_as_before(parts: list[tuple[str, str]], gap: str) -> None:
    text = "".join(w + g for w, g in parts) + gap + "$5"
    start = len(text) - 2
    assert _qualifiers.qualifier_before(text, start) == plain_qualifier_before(text, start)
