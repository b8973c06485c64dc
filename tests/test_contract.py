"""The contract of every kind's public functions, written once in ``geoecon._contract`` and ``_strict``.

* ``find_*`` checks its arguments at the call (not at the first ``next()``), takes ``options=``
  or the keywords of ``extract``, and gives what ``extract(text, kinds={X})`` gives of its kind;
* ``parse_*`` checks its arguments at the call and takes ``options=`` or the keywords too.

Kinds not yet on the contract are strict xfails, so that wiring them flips the mark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoecon
from geoecon import Options, extract
from geoecon.pipeline import BY_NAME, KINDS

# ----------------------------------------------------------------------------- the functions


def _not_yet(kind: str, what: str) -> Any:
    return pytest.param(
        kind, marks=pytest.mark.xfail(strict=True, reason=f"{what} is not on the contract yet")
    )


#: The kinds whose find_* is on the contract; the others are strict xfails.
FIND_ON_CONTRACT = ("money", "percentage", "tonnage", "quantity")
FIND_KINDS = [
    kind if kind in FIND_ON_CONTRACT else _not_yet(kind, f"find_{BY_NAME[kind].view}") for kind in KINDS
]


def finder(kind: str) -> Callable[..., Any]:
    function: Callable[..., Any] = getattr(geoecon, BY_NAME[kind].finder)
    return function


# ----------------------------------------------------------------------------- texts

EVERY_KIND = (
    "KINSHASA, March 3 - Congolese cobalt exports rose about 15% on Monday to $2.3 million in the "
    "third quarter of 2024, or 2 million tons of ore a year, and 1.2 million barrels per day of oil."
)
#: Options that each change something: a reference date, a preference and the ton.
OPTIONS = Options(reference_date=dt.date(2025, 3, 5), prefer_dates_from="future", ton="short")
KEYWORDS: dict[str, Any] = {
    "reference_date": dt.date(2025, 3, 5),
    "prefer_dates_from": "future",
    "ton": "short",
}

_WORDS = st.sampled_from([
    "$", "€", "1", "2.3", ",", "000", " ", "million", "bn", "%", "per", "ton", "-", "to", "between", "and",
    "about", "2024", "Q3", "Monday", "last", "year", "Russia", "U.S.", "(", ")", "\n", "dollars", "A$", "Rs",
    "percentage points", "tens of", "billions",
])  # fmt: skip
_PHRASES = st.sampled_from([
    " tonnes", " bpd", " barrels per day", " oz of gold", " fiscal 2024", " in March", " Georgia", ". ",
    " a year earlier", " Kyiv", " 50 basis points", " 1.2 million tons of wheat", " bcm",
])  # fmt: skip
#: Newsy text: runs of words and whole phrases of every kind.
TEXTS = st.lists(st.one_of(st.lists(_WORDS, max_size=40).map("".join), _PHRASES), max_size=8).map("".join)


# ----------------------------------------------------------------------------- find_*


@pytest.mark.parametrize("kind", FIND_KINDS)
def test_find_refuses_bytes_at_the_call(kind: str) -> None:
    with pytest.raises(TypeError, match="decode it first"):
        finder(kind)(b"$5 million in 2024")


@pytest.mark.parametrize("kind", FIND_KINDS)
def test_find_checks_options_at_the_call(kind: str) -> None:
    find = finder(kind)
    with pytest.raises(ValueError, match="ton must be one of"):
        find("2 tons", ton="long")
    with pytest.raises(TypeError, match=r"options must be a geoecon\.Options"):
        find("2 tons", options="short")


@pytest.mark.parametrize("kind", FIND_KINDS)
def test_find_takes_options_or_the_keywords_of_extract(kind: str) -> None:
    find = finder(kind)
    expected = getattr(extract(EVERY_KIND, options=OPTIONS, kinds={kind}), BY_NAME[kind].view)
    assert expected
    assert tuple(find(EVERY_KIND, options=OPTIONS)) == expected
    assert tuple(find(EVERY_KIND, **KEYWORDS)) == expected


def test_the_options_reach_the_kinds_that_read_them() -> None:
    (short,) = geoecon.find_tonnages("2 tons", options=Options(ton="short"))
    (metric,) = geoecon.find_tonnages("2 tons")
    assert short.tonnes != metric.tonnes


@settings(max_examples=200, deadline=None)
@given(TEXTS)
@pytest.mark.parametrize("kind", KINDS)
def test_find_x_equals_extract_of_that_kind(kind: str, text: str) -> None:
    assert tuple(finder(kind)(text)) == getattr(extract(text, kinds={kind}), BY_NAME[kind].view)
