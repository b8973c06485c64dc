"""The contract of every kind's public functions, written once in ``geoecon._contract`` and ``_strict``.

* ``find_*`` checks its arguments at the call (not at the first ``next()``), takes ``options=``
  or the keywords of ``extract``, and gives what ``extract(text, kinds={X})`` gives of its kind;
* ``parse_*`` checks its arguments at the call and takes ``options=`` or the keywords too.

Kinds not yet on the contract are strict xfails, so that wiring them flips the mark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
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
FIND_ON_CONTRACT = ("money", "percentage", "tonnage", "quantity", "date", "place")
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
OPTIONS = Options(
    reference_date=dt.date(2025, 3, 5), prefer_dates_from="future", ton="short", country="AU", currency="AUD"
)
KEYWORDS: dict[str, Any] = {
    "reference_date": dt.date(2025, 3, 5),
    "prefer_dates_from": "future",
    "ton": "short",
    "country": "AU",
    "currency": "AUD",
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


# ----------------------------------------------------------------------------- parse_*

#: The kinds whose parse_* is on the contract; the others are strict xfails.
PARSE_ON_CONTRACT = ("money", "percentage", "tonnage", "quantity", "date", "place")
PARSE_KINDS = [
    kind if kind in PARSE_ON_CONTRACT else _not_yet(kind, f"parse_{BY_NAME[kind].name}") for kind in KINDS
]
#: One whole mention of each kind, read differently under OPTIONS where the kind reads options.
ONE = {
    "money": "$5 billion",
    "percentage": "about 15%",
    "tonnage": "2 million tons",
    "quantity": "600,000 bpd",
    "date": "on Monday",
    "place": "Kyiv",
}


def parser(kind: str) -> Callable[..., Any]:
    function: Callable[..., Any] = getattr(geoecon, BY_NAME[kind].parser)
    return function


@pytest.mark.parametrize("kind", KINDS)
def test_parse_refuses_bytes_at_the_call(kind: str) -> None:
    with pytest.raises(TypeError, match="decode it first"):
        parser(kind)(ONE[kind].encode())


@pytest.mark.parametrize("kind", PARSE_KINDS)
def test_parse_checks_options_at_the_call(kind: str) -> None:
    parse = parser(kind)
    with pytest.raises(ValueError, match="ton must be one of"):
        parse(ONE[kind], ton="long")
    with pytest.raises(TypeError, match=r"options must be a geoecon\.Options"):
        parse(ONE[kind], options="short")


@pytest.mark.parametrize("kind", PARSE_KINDS)
def test_parse_takes_options_or_the_keywords_of_extract(kind: str) -> None:
    parse = parser(kind)
    (expected,) = getattr(extract(ONE[kind], options=OPTIONS, kinds={kind}), BY_NAME[kind].view)
    assert parse(ONE[kind], options=OPTIONS) == expected
    assert parse(ONE[kind], **KEYWORDS) == expected


def test_the_options_reach_the_parsers_that_read_them() -> None:
    assert geoecon.parse_tonnage("2 tons", ton="short") != geoecon.parse_tonnage("2 tons")
    assert geoecon.parse_tonnage("2 tons", options=Options(ton="short")).tonnes == Decimal("1.81436948")


@pytest.mark.parametrize(
    ("kind", "text", "surface"),
    [
        ("money", " About $5 billion ", "$5 billion"),
        ("money", "more than\t$5 billion", "$5 billion"),
        ("percentage", "~15%", "15%"),
        ("tonnage", "about 2 million tons of  Aluminum ", "2 million tons"),
        ("quantity", "500,000 barrels of oil", "500,000 barrels"),
    ],
)
def test_parse_allows_a_hedge_before_and_the_tails_of_its_kind(kind: str, text: str, surface: str) -> None:
    assert parser(kind)(text).text == surface


@pytest.mark.parametrize(
    ("kind", "text", "reason"),
    [
        ("money", "15%", "no amount of money found"),
        ("percentage", "$5 billion", "no percentage found"),
        ("tonnage", "2,500 miles", "no tonnage found"),
        ("quantity", "2 million tonnes", "no quantity found"),
        ("money", "$5 and $6", "2 amounts found, expected one"),
        ("percentage", "4% and 5%", "2 percentages found, expected one"),
        ("tonnage", "2 tons and 3 tons", "2 tonnages found, expected one"),
        ("quantity", "600,000 bpd and 2 GW", "2 quantities found, expected one"),
        (
            "money",
            "$5 billion was spent",
            "read '$5 billion' as 5000000000 USD, then found text besides the amount: 'was spent' after it",
        ),
        (
            "tonnage",
            "we ship 2 tons",
            "read '2 tons' as 2 tonnes, then found text besides the tonnage: 'we ship' before it",
        ),
        # only a hedge may stand before: not a hedge after other words
        (
            "tonnage",
            "we ship about 2 tons",
            "read '2 tons' as 2 tonnes, then found text besides the tonnage: 'we ship about' before it",
        ),
        (
            "money",
            "just over $5 billion",
            "read '$5 billion' as 5000000000 USD, then found text besides the amount: 'just over' before it",
        ),
        (
            "quantity",
            "Some 5 GW, they said",
            "read '5 GW' as 5000 megawatt, then found text besides the quantity: ', they said' after it",
        ),
        (
            "percentage",
            "it was\nabout 5% of it",
            "read '5%' as 5 percent, then found text besides the percentage: 'it was\\nabout' before it and 'of it' after it",
        ),
        # the tail "of X" is what a tonnage or a quantity measures; a percentage has none
        (
            "percentage",
            "15% of output",
            "read '15%' as 15 percent, then found text besides the percentage: 'of output' after it",
        ),
        (
            "tonnage",
            "2 tons of copper, mostly",
            "read '2 tons' as 2 tonnes, then found text besides the tonnage: 'of copper, mostly' after it",
        ),
    ],
)
def test_parse_says_what_it_read(kind: str, text: str, reason: str) -> None:
    with pytest.raises(geoecon.ParseError) as info:
        parser(kind)(text)
    assert (info.value.kind, info.value.text, info.value.reason) == (kind, text, reason)


@settings(max_examples=200, deadline=None)
@given(st.one_of(TEXTS, st.sampled_from(list(ONE.values())), _PHRASES.map(str.strip)))
@pytest.mark.parametrize("kind", PARSE_ON_CONTRACT)
def test_a_parse_is_the_one_mention_that_find_finds(kind: str, text: str) -> None:
    found = tuple(finder(kind)(text))
    try:
        parsed = parser(kind)(text)
    except geoecon.ParseError:
        # what find_* finds as the whole text, parse_* reads
        assert not (len(found) == 1 and found[0].text == text.strip())
    else:
        # a string geoecon's grammar does not read as one date may be read by dateparser, and says so
        if not any(basis.rule == "date.fallback.dateparser" for basis in parsed.basis):
            assert found == (parsed,)
