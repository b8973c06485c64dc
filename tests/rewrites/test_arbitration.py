"""Arbitration between overlapping candidates: the fast path against the full resolution."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import geoecon
from geoecon._arbitration import resolve_overlaps


@st.composite
def candidate_lists(draw: st.DrawFn) -> list[geoecon.Mention]:
    """Money, percentages and places with random (possibly empty, nested or equal) spans."""
    out: list[geoecon.Mention] = []
    for _ in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, 40))
        end = start + draw(st.integers(0, 8))
        text = "x" * (end - start)
        kind = draw(st.sampled_from(["money", "percentage", "place"]))
        if kind == "place":
            place_type = geoecon.PlaceType.OTHER
            out.append(
                geoecon.Place(start=start, end=end, text=text, name="X", country=None, type=place_type)
            )
        elif kind == "money":
            out.append(geoecon.Money(start=start, end=end, text=text))
        else:
            out.append(geoecon.Percentage(start=start, end=end, text=text))
    return out


@settings(max_examples=3000, deadline=None)
@given(candidate_lists())
def test_overlap_resolution_without_overlaps_keeps_all_in_order(candidates: list[geoecon.Mention]) -> None:
    """The fast path (no two candidates overlap) against the full resolution.

    A zero-length candidate is dropped by both paths and sends the list down the full one.
    """
    empty = geoecon.Percentage(start=0, end=0, text="")
    ranks = {"percentage": 0}
    assert resolve_overlaps(candidates, ranks) == resolve_overlaps([*candidates, empty], ranks)
