"""The shared number reader."""

from __future__ import annotations

import decimal
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoecon
from geoecon import ParseError, numerals, parse_number
from geoecon.numerals import combine_range, scan_numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,655.8", "1655.8"),
        ("24 176", "24176"),
        ("1,72,000", "172000"),
        ("6,5 million", "6500000"),
        ("-4.2", "-4.2"),
        ("2.3 million", "2300000"),
        ("1.7bn", "1700000000"),
        ("34.6m", "34600000"),
        ("5 mln", "5000000"),
        ("5k", "5000"),
        ("3.5tn", "3500000000000"),
        ("2 trn", "2000000000000"),
        ("4,500 crore", "45000000000"),
        ("2 lakh", "200000"),
        ("two", "2"),
        ("twenty-one", "21"),
        ("a dozen", "12"),
        ("half a million", "500000"),
        ("a quarter of a million", "250000"),
        ("two thousand ten", "2010"),
        ("one hundred and five", "105"),
        ("1.5-million", "1500000"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["tens of billions", "hundreds of millions", "several billion", "billions"])
def test_vague_magnitudes_are_never_exact(text: str) -> None:
    (number,) = scan_numbers(text)
    assert number.vague
    assert number.value is None
    with pytest.raises(ParseError, match="vague"):
        parse_number(text)


@pytest.mark.parametrize("text", ["", "abc", "5 and 6", "COVID"])
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_number(text)


def test_glued_unit_is_not_a_scale() -> None:
    # "500kt" is 500 kilotonnes, not 500 thousand; "5 m" may be metres.
    assert [n.text for n in scan_numbers("500kt and 5 m long")] == ["500", "5"]


def test_identifiers_have_no_sign() -> None:
    assert [n.value for n in scan_numbers("COVID-19")] == [Decimal(19)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("3-5 billion", "3000000000", "5000000000"), ("500,000 to 1 million", "500000", "1000000")],
)
def test_combine_range(text: str, low: str, high: str) -> None:
    first, second = scan_numbers(text)
    assert combine_range(first, second) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Call 1-800-555-0199 for details", []),
        ("ISBN 978-3-16-148410-0 was cited", []),
        ("1-1-1-1-1-1-1-1", []),
        ("Shares rose 3-5% to 2024-05-01", ["3", "5", "2024", "05", "01"]),  # three groups stay
        ("a 3-5 billion dollar range", ["3", "5 billion"]),
        ("6-4 6-3 7-5", ["6", "4", "6", "3", "7", "5"]),
    ],
)
def test_hyphenated_identifiers_are_not_numbers(text: str, numbers: list[str]) -> None:
    """Four or more digit groups joined by hyphens are an identifier, read as one dropped token."""
    assert [n.text for n in scan_numbers(text)] == numbers


_NUMBER_WORDS = [
    "a", "an", "half", "quarter", "third", "of", "one", "two", "twenty", "ten", "tens", "thousand",
    "million", "millions", "billion", "dozen", "dozens", "several", "few", "couple", "many", "and",
    "lakh", "crore", "hundred", "hundreds", "trillions", "seventy", "nineteen", "fifteen", "fourth",
    "x", "5", "ı",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_NUMBER_WORDS),
            st.sampled_from([" ", "", "-", "\t", "  ", "\n", "(", ",", "_", "é"]),
        )
    )
)
def test_word_starts_prefilter_finds_every_match(parts: list[tuple[str, str]]) -> None:
    """The words pass tries only where ``_WORD_STARTS`` points: it must miss no match."""
    text = "".join(word + gap for word, gap in parts)
    expected = [m.span() for m in numerals._WORDS_LOWER.finditer(text)]
    assert [m.span() for m in numerals._word_matches(text)] == expected


def test_article_before_a_number_word() -> None:
    # "a t..." must leave "ten" a candidate of its own
    assert [n.text for n in scan_numbers("a ten fifteen and a few million")] == [
        "ten fifteen",
        "a few million",
    ]


LONG = "9" * 31


@pytest.mark.parametrize(
    "text",
    [
        "$" + LONG,
        "$" + LONG + "-1",
        LONG + "%",
        LONG + " tonnes",
        LONG + "-1 tonnes",
        LONG + " million dollars",
        "$" + "9" * 20 + "." + "9" * 20 + " million",
        "$1 and " + LONG + " cents",
        "$" + LONG + " per tonne",
        "1/" + LONG + " tonnes",
        "US$" + "9" * 120 + "-1 ",
        "hundred " * 20_000 + "dollars",
        "one hundred " * 1000 + "tonnes",
        "1" * 10_000 + " dollars",
    ],
    ids=lambda t: t[:14],
)
def test_long_numbers_never_raise(text: str) -> None:
    """More than 28 digits raised decimal.InvalidOperation (a Decimal of more digits than its context)."""
    found = geoecon.extract(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert not found.money or all(m.amount is None or m.amount.adjusted() < 60 for m in found.money)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("9" * 28, ["9" * 28]),  # the most an amount may have
        ("9" * 29, []),  # an identifier
        ("1," + "000," * 8 + "000", ["1," + "000," * 8 + "000"]),  # 28 digits, grouped
        ("4111111111111111111111111111111 million", []),  # the scale word is the identifier's
        ("hundred " * 40 + "dollars", []),  # no number
    ],
    ids=["28 digits", "29 digits", "grouped", "scaled identifier", "hundred chain"],
)
def test_identifiers_of_many_digits(text: str, numbers: list[str]) -> None:
    assert [n.text for n in scan_numbers(text)] == numbers


def test_scaled_amounts_keep_every_digit() -> None:
    assert parse_number("9" * 28 + " trillion trillion") == Decimal("9" * 28 + "0" * 24)


def test_caller_decimal_context_is_not_used() -> None:
    """A caller's ``getcontext().prec = 4`` rounded 2,345,678 million to 2.346E+12."""
    with decimal.localcontext(decimal.Context(prec=4)):
        found = geoecon.extract("$2,345,678 million, 1,234,567.5 tonnes, 12.3456% and 10-12.75 million tons")
        assert [m.amount for m in found.money] == [Decimal(2345678000000)]
        assert found.tonnages[0].tonnes == Decimal("1234567.5")
        assert found.percentages[0].value == Decimal("12.3456")
        assert (found.tonnages[1].low, found.tonnages[1].high) == (Decimal(10000000), Decimal(12750000))
        assert next(geoecon.find_money("$2,345,678 million")).amount == Decimal(2345678000000)
        assert geoecon.parse_number("2,345,678 million") == Decimal(2345678000000)
        assert geoecon.parse_tonnage("1,234,567.5 tonnes").tonnes == Decimal("1234567.5")
