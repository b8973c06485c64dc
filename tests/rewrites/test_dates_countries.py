"""The country cues of the fiscal-year readers, found by a pattern that opens each cue with its letter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geoecon.dates import countries

SEPARATORS = st.sampled_from(["", " ", "  ", ",", ", ", "\t", "\n", " \n", "-", "/", ".", "'", "_", "x"])


def texts_of(words: list[str], size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(words), SEPARATORS), max_size=size).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


COUNTRY_WORDS = [
    *(cue.replace("\\s", " ").replace("\\.", ".").replace("?", "") for cues in countries.COUNTRY_CUES.values()
      for cue in cues.split("|")),
    "New\t Delhi", "Indiana", "U.S.A", "USA", "a", "x", "1", "_",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(COUNTRY_WORDS))
def test_country_spans_open_with_their_letter(text: str) -> None:
    assert [m.span() for m in countries._COUNTRY_SPANS_RE.finditer(text)] == [
        m.span() for m in countries._COUNTRY_RE.finditer(text)
    ]
