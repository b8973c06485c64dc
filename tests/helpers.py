"""Shared helpers for the test tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geoecon import Mention

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
