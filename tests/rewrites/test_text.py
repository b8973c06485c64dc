"""Text helpers: speed rewrites against the plain forms they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geoecon._text import _SAME_LENGTH, NEAR, next_char


@settings(max_examples=1500, deadline=None)
@given(
    st.text(alphabet=" \t-x1", max_size=40),
    st.integers(0, 45),
    st.sampled_from([" \t", " \t-", " ", ""]),
    st.sampled_from([0, 1, 2, 3, 4, 8, 9, NEAR]),
)
def test_next_char_looks_at_two_characters_first(text: str, pos: int, skip: str, within: int) -> None:
    assert next_char(text, pos, skip, within) == text[pos : pos + within].lstrip(skip)[:1]


def test_normalise_folds_no_ascii_character() -> None:
    """``normalise`` returns ASCII text as it is: every character it folds is outside ASCII."""
    assert all(code > 127 for code in _SAME_LENGTH)
    ascii_text = "".join(map(chr, range(128)))
    assert ascii_text.translate(_SAME_LENGTH) == ascii_text
