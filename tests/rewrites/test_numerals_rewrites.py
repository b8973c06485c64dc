"""The number reader: speed rewrites against the plain forms they replace."""

from __future__ import annotations

import decimal
import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from geoecon import numerals


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from(["", "+", "-"]),
    st.from_regex(r"\A(?:[0-9]{1,12}(?:\.[0-9]{1,16})?|\.[0-9]{1,20})\Z", fullmatch=True),
)
def test_a_number_with_no_scale_word_is_its_digits_exactly(sign: str, digits: str) -> None:
    """No product by 1: the value keeps the digits' exponent ("2.50" stays 2.50), as the product did."""
    with decimal.localcontext(numerals.CONTEXT):
        (number,) = numerals.scan_numbers(f"x {sign}{digits} y")
        expected = Decimal(digits) * Decimal(1)
    assert number.scale == 1
    assert repr(number.value) == repr(-expected if sign == "-" else expected)


NUMBER_PARTS = [
    "5", "12", "1,000", "2.5", "1,72,000", "24 176", ".5", "-", "+", " ", "\t", "  ", "-", "x", "k", "m", "b",
    "tr", "t", "thousand", "million", "millions", "bn", "mln", "mn", "bln", "trn", "tn", "mil", "cr", "lac",
    "lakh", "crores", "billion", "trillion", "p", "per", ".", ",", "1-2-3-4", "\u00a0", "%", "$",
]  # fmt: skip
PLAIN_NUMBER_LOWER = re.compile(
    numerals._NUMBER_LOWER.pattern.replace(numerals._SCALE_GUARD, ""), numerals._NUMBER_LOWER.flags
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_PARTS), max_size=12).map("".join))
def test_scale_guard_rules_out_no_scale_word(text: str) -> None:
    """The guard before the scale words (one of their first letters must be near) changes no match."""
    assert numerals._SCALE_GUARD in numerals._NUMBER_LOWER.pattern
    assert [(m.span(), m.groups()) for m in numerals._NUMBER_LOWER.finditer(text)] == [
        (m.span(), m.groups()) for m in PLAIN_NUMBER_LOWER.finditer(text)
    ]


def test_number_groups_in_the_order_the_reader_unpacks() -> None:
    assert numerals._NUMBER_LOWER.groupindex == {"chain": 1, "sign": 2, "digits": 3, "scale": 4}


NUMBER_WORDS = [
    "one", "two", "three", "ten", "twelve", "twenty", "ninety", "hundred", "thousand", "million",
    "billion", "trillion", "lakh", "crore", "dozen", "dozens", "half", "a", "an", "quarter", "third",
    "of", "and", "tens", "millions", "several", "few", "-", " ", " ", "x", ",",
]  # fmt: skip


def plain_words_numbers(text: str) -> list[numerals.Number]:
    """The words pass's numbers as read before the memo: ``_read_words`` and the named tuple's keywords."""
    found = []
    for match in numerals._word_matches(text):
        start, end = match.span()
        words = text[start:end]
        if match.group("vague") is not None:
            vague = numerals._words_number(match, text)
            assert vague is not None
            found.append(vague)
            continue
        value, scale = numerals._read_words(words)
        if value is None and words.lower().startswith("dozen"):
            found.append(
                numerals.Number(start=start, end=end, text=words, value=None, vague=True, words=True)
            )
        elif value is not None:
            found.append(
                numerals.Number(start=start, end=end, text=words, value=value, scale=scale, words=True)
            )
    return found


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_WORDS), max_size=14).map(" ".join), st.sampled_from([28, 4, 2]))
def test_words_read_through_the_memo_as_read_afresh(text: str, prec: int) -> None:
    """The memo of ``_read_words`` (keyed by precision and rounding) gives the plain numbers, reprs and all."""
    with decimal.localcontext(numerals.CONTEXT) as context:
        context.prec = prec
        for _ in range(2):  # the second pass reads the memo
            got = [
                n for m in numerals._word_matches(text) if (n := numerals._words_number(m, text)) is not None
            ]
            assert [(repr(n), type(n)) for n in got] == [
                (repr(n), type(n)) for n in plain_words_numbers(text)
            ]


def test_words_memo_on_real_sentences() -> None:
    sentences = [
        "one billion dlrs and two thousand ten tonnes", "twenty-one, a dozen eggs, dozens of ships",
        "half a million people; a quarter of a billion", "nine hundred and ninety nine", "tens of billions",
        "twenty thousand three hundred forty five",
    ]  # fmt: skip
    for prec in (28, 3):
        with decimal.localcontext(numerals.CONTEXT) as context:
            context.prec = prec
            for text in sentences * 2:
                got = [
                    n
                    for m in numerals._word_matches(text)
                    if (n := numerals._words_number(m, text)) is not None
                ]
                assert [repr(n) for n in got] == [repr(n) for n in plain_words_numbers(text)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*NUMBER_PARTS, "2.50", "007", "1,5", "0.0"]), max_size=12).map("".join))
def test_digit_values_from_the_memo_are_read_afresh(text: str) -> None:
    """A value kept in ``_DIGIT_VALUES`` is the one ``Decimal`` reads anew (its exponent too)."""
    with decimal.localcontext(numerals.CONTEXT):
        numerals._DIGIT_VALUES.clear()
        fresh = [repr(n) for n in numerals.scan_numbers(text)]
        again = [repr(n) for n in numerals.scan_numbers(text)]  # every value from the memo
    assert again == fresh
    for digits, value in numerals._DIGIT_VALUES.items():
        assert repr(value) == repr(Decimal(digits) if digits.isdecimal() else numerals._read_digits(digits))


def test_digit_values_memo_stays_bounded() -> None:
    numerals._DIGIT_VALUES.clear()
    numerals.scan_numbers(" ".join(str(k) for k in range(numerals._DIGIT_VALUES_MAX + 10)))
    assert 0 < len(numerals._DIGIT_VALUES) <= numerals._DIGIT_VALUES_MAX
