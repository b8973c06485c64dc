"""Shared helpers for the test tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from hypothesis import strategies as st

if TYPE_CHECKING:
    from geoecon import Mention
    from geoecon._doc import Doc

WRAPPERS: Sequence[tuple[str, str]] = (
    ("", ""),
    ("(", ")"),
    ("On Monday, officials said ", "."),
    ("Figures — ", ", they said"),
)


def record_of(mention: Mention) -> dict[str, Any]:
    return mention.to_record()


def check_offsets(text: str, mentions: Sequence[Mention]) -> None:
    last_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "mentions must be sorted and must not overlap"
        last_end = m.end


SEPARATORS = st.sampled_from(["", " ", "  ", "\t", "\n", "-", "/", ".", "'", "x"])


def texts_of(words: list[str]) -> st.SearchStrategy[str]:
    """Texts of the given words joined by separators (spaces, dashes, a letter), for rewrite tests."""
    return st.lists(st.tuples(st.sampled_from(words), SEPARATORS), max_size=14).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


def fixed_density(dense: bool) -> property:
    """A ``Doc.dense`` that answers ``dense`` for every text, to force one path of a gate."""

    def get(_doc: Doc) -> bool:
        return dense

    return property(get)
