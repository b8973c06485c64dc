"""Each speed rewrite of the money scanner finds exactly what the plain form it replaces finds.

The plain forms are written out here; hypothesis draws texts from the words they are
about, with separators, so that boundaries, case folding ("ſ" is "s") and odd spacing
are exercised. Each rewrite is checked on its own, and all of them together through
``find_money`` against the plain forms patched in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geoecon import _measure, money
from geoecon._doc import Doc
from geoecon._measure import along
from geoecon._mention import Basis, Money
from geoecon._tables import currencies
from geoecon._tables.units import PER_UNITS
from geoecon._text import NEAR, fold_spaces, match_near

if TYPE_CHECKING:
    import re
    from decimal import Decimal

    import regex

    from geoecon.numerals import Number

SEPARATORS = st.sampled_from(["", " ", "  ", "\t", "\n", "-", "/", ".", "'", "x", "\u00a0", " \t "])


def texts_of(words: list[str], max_size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(words), SEPARATORS), max_size=max_size).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


PREFIX_WORDS = [
    *currencies.SYMBOLS, *currencies.CODE_ALIASES, *sorted(currencies.ISO_CODES)[:12], "ringgit", "$", "$",
    "5", "12", "C", "c", "S", "s", "\u017f", "U.S", "u.s.", "US", "A", "a", ".", "(", "\u00e9", "\u212a",
    "U.S.", "u.\u017f", "USD", "usd", "1", "", "$US", "us $", "C  $", "RS.",
]  # fmt: skip


def plain_prefix(doc: Doc, start: int) -> tuple[str, str, int] | None:
    """The gate and the prefix pattern, with no fast path, read as ``_prefix`` reads them."""
    names, text = money._names(), doc.norm
    before = start - 1 if start and text[start - 1] in " \t" else start
    if not before or not (
        text.endswith(names.prefix_code_ends.get(text[before - 1], ()), max(0, before - 3), before)
        or doc.lower.endswith(
            names.prefix_word_ends.get(doc.lower[before - 1], ()), max(0, before - 8), before
        )
    ):
        return None
    pre = names.prefix.match(text, max(0, start - 12), start)
    if pre is None:
        return None
    for group in ("sym", "code"):
        if pre.group(group):
            return group, pre.group(group), pre.start()
    return "noun", pre.group("noun"), pre.start()


@settings(max_examples=2000, deadline=None)
@given(texts_of(PREFIX_WORDS))
@example("u.\u017f $5, U.S. $5, C\t$5, U.S.$5, US$5, (\u017f$5, $5 $5, 1$5 .$5")
def test_prefix_reads_a_bare_dollar_without_the_pattern(text: str) -> None:
    """The bare "$" fast path: at every offset, the answer of the gate and the pattern."""
    doc = Doc(text)
    for start in range(len(text) + 1):
        assert money._prefix(doc, start) == plain_prefix(doc, start), start


PER_WORDS = [
    *PER_UNITS, "per", "PER", "Per", "a", "A", "an", "each", "EACH", "/", "metric", "dry", "Metric",
    "\u017fhare", "\u017fhort ton", "\u212ag", "\u212awh", "SHARE", "Ton", "tonne\u0301", "\u00e9", "5", "_",
    "ton\u00e9", "\u0130", "\u0131", "$5",
]  # fmt: skip


def plain_per_match(doc: Doc, end: int) -> regex.Match[str] | None:
    return match_near(
        _measure._price_patterns().per, doc.norm, end, opens="pPaAeE/-\n"
    )  # "-" of "$60-per-barrel" (issue 19), a line end before "a tonne"


@settings(max_examples=2000, deadline=None)
@given(texts_of(PER_WORDS, max_size=8), st.integers(0, NEAR + 20))
def test_per_runs_on_lower_cased_ascii(text: str, pad: int) -> None:
    """The ``re`` twin on ``Doc.lower`` where the stretch is ASCII, the ``regex`` pattern elsewhere."""
    for padded in (text, " " * pad + text, text + "x" * pad + "\u00e9"):
        doc = Doc(padded)
        for end in range(len(padded) + 1):
            fast, plain = _measure._per_match(doc, end), plain_per_match(doc, end)
            assert (fast is None) == (plain is None), end
            if fast is not None and plain is not None:
                assert fast.span() == plain.span(), end
                assert (
                    fold_spaces(fast.group("unit")).casefold() == fold_spaces(plain.group("unit")).casefold()
                )
                assert fast.group().strip()[:1].lower() == plain.group().strip()[:1].lower()


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \t-\n\r\x0b\x0c\x1c\x1d\x1e\x1f0123456789aZ._$%", max_size=30))
def test_next_word_pattern_for_ascii(text: str) -> None:
    """The standard-engine twin of ``_NEXT_WORD`` on ASCII text (where ``re`` and ``regex`` disagree on ``\\s``)."""
    for pos in range(len(text) + 1):
        fast = money._NEXT_WORD_ASCII.match(text, pos, pos + NEAR)
        plain = money._NEXT_WORD.match(text, pos, pos + NEAR)
        assert (fast is None) == (plain is None), pos
        if fast is not None and plain is not None:
            assert (fast.span(), fast.group(1)) == (plain.span(), plain.group(1)), pos


def regex_only(
    pattern: regex.Pattern[str], _twin: re.Pattern[str], text: str, pos: int, *, opens: str = "", **_: object
) -> regex.Match[str] | None:
    """``match_near_ascii`` without its twin: the ``regex`` pattern everywhere."""
    return match_near(pattern, text, pos, opens)


def plain_suffix(text: str, end: int) -> tuple[regex.Match[str] | re.Match[str] | None, str | None]:
    """``_suffix`` reading the next word and the currency with the ``regex`` patterns only."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(money, "match_near_ascii", regex_only)
        return money._suffix(text, end)


SUFFIX_WORDS = [
    "dlrs", "DLRS", "Dlrs", "dollars", "dollar's", "usd", "USD", "Usd", "eur", "EUR", "yen", "stg", "of",
    "OF", "u.s.", "U.S.", "u.s", "canadian", "Canadian dlrs", "australian dollars", "rmb", "RMB", "$", "us$",
    "-", " - ", "cents", "x", "5", "pounds sterling", "swiss francs", "d-mark", "D-Marks", "l.e.", "ringgit",
    "Rs", "rs.", "kr", "sek", "SEK", "chf", "ALL", "all", "TOP", "top", "CUP",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(texts_of(SUFFIX_WORDS, max_size=6))
@example("5 Canadian dlrs 6 of USD 7 d-Marks 8 ALL 9 all 10 U.S. dollars")
def test_suffix_pattern_twin_on_ascii(text: str) -> None:
    """The standard-engine twin of the suffix pattern finds what the ``regex`` one finds on ASCII text."""
    names = money._names()
    if not text.isascii():
        return
    for pos in range(len(text) + 1):
        fast = names.suffix_ascii.match(text, pos, pos + NEAR)
        plain = names.suffix.match(text, pos, pos + NEAR)
        assert (fast is None) == (plain is None), pos
        if fast is not None and plain is not None:
            assert fast.span() == plain.span(), pos
            assert fast.group("noun", "code", "sym") == plain.group("noun", "code", "sym"), pos
            assert fast.lastgroup == plain.lastgroup, pos


def plain_symbol_code(
    symbol: str, table: dict[str, str | None], doc: Doc, position: int
) -> tuple[str | None, tuple[Basis, ...]]:
    key = fold_spaces(symbol).upper()
    code = table.get(key)
    if code is not None:
        return code, ()
    return money._resolve(money._SYMBOL_KEYS.get(key, key.lower()), None, doc, position)


def plain_cents(
    doc: Doc, atom: money._Atom, numbers: list[Number], index: int
) -> tuple[int, Decimal, int] | None:
    """The tests of ``_cents`` before its first return, in their first order (values first)."""
    value = atom.number.value
    if (
        value is None
        or atom.number.scale != 1
        or value != value.to_integral_value()
        or atom.minor is not None
    ):
        return None
    nxt = numbers[index + 1] if index + 1 < len(numbers) else None
    if nxt is None or nxt.value is None or nxt.scale != 1:
        return None
    between = doc.norm[atom.end : nxt.start]
    if between[:1] not in {" ", "\t"} or between.strip(" \t").lower() not in {"", "and"}:
        return None
    return FAST_CENTS(doc, atom, numbers, index)


FAST_CENTS = money._cents


def plain_build(doc: Doc, start: int, end: int, **fields: object) -> Money:
    per = _measure.per_unit(doc, end)
    if per is not None:
        fields["per"], end = per
    elif (before := _measure.unit_before_price(doc, start)) is not None:
        fields["per"] = before[0]  # "an ounce of caviar for $126" (issue 19)
    return Money(start=start, end=end, text=doc.raw[start:end], **fields)  # type: ignore[arg-type]


MONEY_WORDS = [
    *PREFIX_WORDS, *PER_WORDS, "5", "12", "1,000", "2.5", "0.5", "43", "twenty", "three", "and", "to", "or",
    "-", "between", "from", "million", "mln", "billion", "T", "cents", "cts", "c", "p", "pence", "cent\u017f",
    "dlrs", "dollars", "euros", "yuan", "stg", "pounds", "pound", "of", "rice", "debt", "(", ")", "about",
    "up to", "U.S.", "Australia", "Canadian", "\u20ac", "\u00a3", "\u20b9", "Rs",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(texts_of(MONEY_WORDS))
def test_money_rewrites_together(text: str) -> None:
    """``find_money`` with every rewrite against ``find_money`` with every plain form patched in."""
    fast = list(money.find_money(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(money, "_prefix", plain_prefix)
        patch.setattr(along, "_per_match", plain_per_match)
        patch.setattr(money, "match_near_ascii", regex_only)
        patch.setattr(money, "_symbol_code", plain_symbol_code)
        patch.setattr(money, "_cents", plain_cents)
        patch.setattr(money, "_build", plain_build)
        patch.setattr(money, "_money_gates", plain_gates)
        plain = list(money.find_money(text))
    assert fast == plain
    assert [m.per for m in fast] == [m.per for m in plain]


def plain_gates(_doc: Doc, numbers: list[Number], _names: object) -> list[int]:
    """No gate: every number's atom is read on both sides, none is passed over."""
    return [money._BEFORE | money._AFTER] * len(numbers)


GATE_WORDS = [
    *MONEY_WORDS, *currencies.MINOR_UNITS, *sorted(currencies.ISO_CODES)[::7], "dlrs.", "dlrs),", "DLRS",
    "dollar's", "u.s", "n.z.", "of", "off", "often", "pct", "per", "shares", "centsx", "c_", "\\", "\x1c",
    "\x7f", "--$", "- -", "$a", "us$a", "rs.", "dlrs.5", "\u00e9", "\r", "\x0b", "; ", ":", "?",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(texts_of(GATE_WORDS), st.integers(0, NEAR + 8))
@example("5 dlrs.5 $a5 us$a5 rs.5 5 of dollars 5c 5 -- $ 5\x1c 5\\ 5 cents_ 5 Cents", 0)
@example("x $5 y, x USD 5 y, x Rs.5 y, x DM5 y, x US$ 5 y, x ringgit 5 y", 0)
@example("5 million of dollars y, tens of millions of dollars y", 3)
def test_the_money_gate_changes_no_atom(text: str, pad: int) -> None:
    """``_atom`` reads what it reads without the gate; with neither bit, no currency, minor unit or veto."""
    for padded in (text, text.replace(" ", " " * pad, 1)):
        doc = Doc(padded)
        numbers = doc.numbers
        for number, gate in zip(numbers, money._money_gates(doc, numbers, money._names()), strict=True):
            assert money._atom(doc, number, gate) == money._atom(doc, number), number
            if not gate:
                assert money._atom(doc, number) == money._Atom(
                    number.start, number.end, number, None, False
                ), number


@settings(max_examples=500, deadline=None)
@given(texts_of(MONEY_WORDS, max_size=6), st.integers(0, 40))
def test_suffix_next_word_by_either_engine(text: str, at: int) -> None:
    text = "5" + text
    end = min(at, len(text))
    fast, token = money._suffix(text, end)
    plain, plain_token = plain_suffix(text, end)
    assert token == plain_token
    assert (fast is None) == (plain is None)
    if fast is not None and plain is not None:
        assert fast.span() == plain.span()


CENTS_WORDS = [
    "$", "5", "20", "2.5", "43", "0.5", "150", "and", "AND", "cents", "c", "p", "dollars", "dlrs", "twenty",
    "one", "million", "-5", "€", "stg",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(texts_of(CENTS_WORDS, max_size=8))
def test_cents_read_the_gap_before_the_values(text: str) -> None:
    fast = list(money.find_money(text))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(money, "_cents", plain_cents)
        plain = list(money.find_money(text))
    assert fast == plain
