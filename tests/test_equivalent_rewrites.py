"""Each speed rewrite finds exactly what the plain form it replaces finds (issue #7).

The plain forms are written out here; hypothesis draws texts from the words they are
about, with separators, so that boundaries, overlaps and odd spacing are exercised.
"""

from __future__ import annotations

import decimal
import re
from decimal import Decimal

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import geoecon
from geoecon import dates, money, numerals, percentages, quantities, tonnage
from geoecon._arbitration import resolve_overlaps
from geoecon._doc import Doc
from geoecon._regex import alternation
from geoecon._tables import currencies
from geoecon._text import _SAME_LENGTH, NEAR, match_near, next_char

CUE_RE = re.compile(dates._cue_pattern(tuple("0123456789")))  # the one pattern the two replace
SEPARATORS = st.sampled_from(["", " ", "  ", "\t", "\n", "-", "/", ".", "'", "x"])


def texts_of(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(words), SEPARATORS), max_size=14).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


DATE_WORDS = [
    *dates._CUE_TEXT_KIND, "on the ", "on  the\n", "q1", "h2", "1987", "'87", "1st", "5th", "3q", "1h",
    "1-2", "1/ 2", " - ", "2 a.d", "1980s", "1990's", "a", "on", "the", "19", "2", "mon the ", "1quarter",
    "ay", "fy87", "\u0663",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(DATE_WORDS))
def test_date_cues_split_in_two_patterns(text: str) -> None:
    plain = CUE_RE if text.isascii() or not dates._OTHER_DIGIT.search(text) else dates._CUE_RE_ANY_DIGIT
    assert list(dates._cue_spans(text)) == [m.span() for m in plain.finditer(text)]


FRACTION_WORDS = [
    "half", "a", "quarter", "three", "quarters", "third", "of", "one", "an", "percent", "per", "cent",
    "percentage", "point", "basis", "cents", "pct", "1", "a quarter of a", "three quarters of one",
    "half a", "a third of a", "percentage point", "basis point", "per cent", "three\tquarters of an",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(FRACTION_WORDS))
def test_fraction_percentages_near_their_words(text: str) -> None:
    assert [m.span() for m in percentages._fraction_matches(text)] == [
        m.span() for m in percentages._FRACTION.finditer(text)
    ]


CUE_WORDS = [w for _, cues in currencies.AMBIGUOUS.values() for w in cues]
CUE_WORDS += [
    "us",
    "u.s.",
    "united states",
    "united  states",
    "american",
    "washington",
    "a",
    "\u00e9",
    "_",
    "1",
]


@settings(max_examples=1500, deadline=None)
@given(texts_of(CUE_WORDS))
def test_currency_cues_open_with_their_letter(text: str) -> None:
    us = re.compile(r"\b(?:u\.s\.|united states|american|washington|us)\b")
    assert [m.span() for m in money._US_CUE.finditer(text)] == [m.span() for m in us.finditer(text)]
    for key, (_, cues) in currencies.AMBIGUOUS.items():
        if cues:
            plain = re.compile(rf"\b(?:{alternation(list(cues))})\b")
            found = [m.span() for m in money._cue_pattern(key).finditer(text)]
            assert found == [m.span() for m in plain.finditer(text)], key


@settings(max_examples=1500, deadline=None)
@given(
    st.text(alphabet=" \t-x1", max_size=40),
    st.integers(0, 45),
    st.sampled_from([" \t", " \t-", " ", ""]),
    st.sampled_from([0, 1, 2, 3, 4, 8, 9, NEAR]),
)
def test_next_char_looks_at_two_characters_first(text: str, pos: int, skip: str, within: int) -> None:
    assert next_char(text, pos, skip, within) == text[pos : pos + within].lstrip(skip)[:1]


AFTER_NUMBER = [
    " ", "  ", "\t", "-", " - ", "c", "C", "p", "P", "cents", "cts", "cts.", "ct", "pct", "per", "pence",
    "penny", "p.", "c$", "cents)", "cent\u017f", "\u017f", "$", "kopeks", "fen", "sen", "dime", "x", "_",
    "%", "pc", "cent", "percent", "percentage", "point", "points", "basis", "bps", "bp", "ppt", "pp", "PCT",
    "Per Cent", "per-cent", "per\tcent", "ba\u017fis", "\u212a", "\n", "1",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(AFTER_NUMBER), max_size=6).map("".join))
def test_unit_gates_never_rule_out_a_match(after: str) -> None:
    """The word gates before the minor-unit and percent patterns: a match is never ruled out."""
    text = "5" + after
    names = money._names()
    _, token = money._suffix(text, 1)
    if match_near(names.minor, text, 1) is not None:
        assert money._minor_may_be(token)
    if percentages._UNIT.match(text, 1) is not None:
        head = text.lower()[1:21].lstrip(" \t-")
        assert not head.isascii() or head.startswith(percentages._UNIT_OPENINGS)


def fixed_density(dense: bool) -> property:
    """A ``Doc.dense`` that answers ``dense`` for every text, to force one path of a gate."""

    def get(_doc: Doc) -> bool:
        return dense

    return property(get)


UNIT_TEXT_WORDS = [
    "5", "2.5", "1,000", "-7", "+3", "0", "two", "hundreds", "million", "t", "tonnes", "tons", "kg", "kt",
    "barrels", "bpd", "b/d", "oz", "mt", "lb", "g", "m3", "km", "MW", "a", "an", "of", "to", "and", "-",
    "/", "\u00b1", "between", "from", "rose", "metric", "short", "per", "year", "$", "CO2", "http://x.org/",
    "Kg", "TONNES", "Mt", "MT", "Bpd", "5kg", "5 (t)", "5\n t", "\r\n", "[", "<", "tonnesx", "\u212a",
    " " * 130, "\n" + " " * 240, "m\u00b3", "5t5", "x" * 260,
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(UNIT_TEXT_WORDS))
@example("5\n" + " " * 250 + "tonnesxxxx 6\r\n" + " " * 249 + "kgs 7")  # NEAR cuts the run to a stem
@example("5kg 6 (t) 7 - Mt 8\tTONNES 9 [ kg] 10-\nt 11m3 12 m\u00b3 13 \u212at")
def test_unit_scans_share_stems_and_skip_unitless_pairs(text: str) -> None:
    """Tonnages and quantities: the shared stem memo and the skip of pairs with no unit after.

    The plain form reads every pair (``may_open_unit`` always true, so that ``unit_at``
    runs its full pattern too). Each kind alone and both together (one shared memo).
    """
    kind_sets = (["tonnage"], ["quantity"], ["tonnage", "quantity"])
    fast = [geoecon.extract(text, kinds=kinds).mentions for kinds in kind_sets]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tonnage, "may_open_unit", lambda *_args: True)
        patch.setattr(tonnage, "_opens", lambda doc, _tables, _stems: [True] * len(doc.numbers))
        plain = [geoecon.extract(text, kinds=kinds).mentions for kinds in kind_sets]
    assert fast == plain
    for dense in (False, True):  # every text read as sparse, then as dense (when ASCII)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Doc, "dense", fixed_density(dense))
            doc = Doc(text)
            stems: dict[int, str] = {}
            for tables in (tonnage.MASS, quantities._QUANTITIES):
                opens = tonnage._opens(doc, tables, stems)  # the second reads the memo the first filled
                for number, gate in zip(doc.numbers, opens, strict=True):
                    assert gate == tonnage.may_open_unit(doc.norm, number.end, tables), (dense, number)


def test_dense_unit_gate_assumptions() -> None:
    """What ``tonnage._dense_opens`` relies on: no stem opens inside another, none is long."""
    for tables in (tonnage.MASS, quantities._QUANTITIES):
        for stem in tables.stems:
            assert not re.search(r"[0-9\u00b3][A-Za-z]", stem), stem
            # a line end, then 128 or more spaces: the long gaps read at each number
            assert len(stem) < NEAR - 128 - 5, stem


PERCENT_TEXT_WORDS = [
    "5", "2.5", "-3", "+4", "ten", "%", "percent", "per cent", "pct", "pc", "points", "basis points", "bp",
    "percentage points", "to", "and", "-", " - ", "between", "from", "rate", "index", "p", "b", "x",
    "per", "Per", "PER CENT", "per\tcent", "per-cent", "share", "pesos", "\u017fhare", "PCT", "Bps", "\u00e9",
    "$5 per", "billion", "ba\u017fis points", "point\u017f",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(PERCENT_TEXT_WORDS))
@example("rose 5-10% and between 4 and 5 percent, 3 to 7 pct")
@example("5 ba\u017fis points, 6 per share")
@example("5 - %, 5  - %, 5 \t-pct, 5---bp, 5----bp, -5%p")
def test_percentages_pass_over_numbers_with_no_unit_near(text: str) -> None:
    """The pass over numbers with no unit after them or the next one: the plain form reads all."""
    fast = geoecon.extract(text, kinds=["percentage"]).mentions
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(percentages, "may_open_unit", lambda *_args: True)
        patch.setattr(percentages, "_opens", lambda doc: [True] * len(doc.numbers))
        plain = geoecon.extract(text, kinds=["percentage"]).mentions
    assert fast == plain
    doc = Doc(text)
    expected = [percentages.may_open_unit(doc, n.end) for n in doc.numbers]
    for dense in (False, True):  # every text read as sparse, then as dense
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Doc, "dense", fixed_density(dense))
            assert percentages._opens(doc) == expected, dense


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


def test_normalise_folds_no_ascii_character() -> None:
    """``normalise`` returns ASCII text as it is: every character it folds is outside ASCII."""
    assert all(code > 127 for code in _SAME_LENGTH)
    ascii_text = "".join(map(chr, range(128)))
    assert ascii_text.translate(_SAME_LENGTH) == ascii_text


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


UNIT_WORD_PARTS = [
    "t", "kt", "Mt", "m.t.", "k.g.", "b/d", "Mt/y", "m3", "m\u00b3", "tonnes", "of", "oil", " ", "  ", "   ", "\t",
    "-", "\n", "\r\n", "(", "[", "<", ")", "5", ".", "/", "\u00e9", "\u017f", "\u212a", "x", "_", "\u00a0",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(UNIT_WORD_PARTS), max_size=12).map("".join))
def test_unit_words_read_alike_by_both_engines(text: str) -> None:
    """``tonnage._UNIT_WORDS`` runs in ``re``; the ``regex`` engine reads its source the same on any text."""
    plain = regex.compile(tonnage._UNIT_WORDS_SRC, regex.VERBOSE)
    for pos in range(len(text) + 1):
        fast, slow = tonnage._UNIT_WORDS.match(text, pos, pos + NEAR), plain.match(text, pos, pos + NEAR)
        assert (fast is None) == (slow is None), pos
        if fast is not None and slow is not None:
            groups = ("gap", "open", "w1", "w2", "w3", "w4")
            assert (fast.span(), fast.group(*groups)) == (slow.span(), slow.group(*groups)), pos


TWIN_PARTS = [
    *AFTER_NUMBER, "Percentage Points", "BASIS-points", "Pct", "%2F", "%20", "% ", "per-cent", "cents",
    "Cents", "CTS", "p", "P", "pence", "Pennies", "kopeks", "dimes", "c.", "5", "x", "-", " ",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(TWIN_PARTS), max_size=8).map("".join))
def test_standard_engine_twins_read_ascii_alike(text: str) -> None:
    """The percent-unit and minor-unit patterns and their ``re`` twins, on ASCII text."""
    if not text.isascii():
        return
    names = money._names()
    pairs = [(percentages._UNIT, percentages._UNIT_ASCII), (names.minor, names.minor_ascii)]
    for pattern, twin in pairs:
        for pos in range(len(text) + 1):
            slow, fast = pattern.match(text, pos, pos + NEAR), twin.match(text, pos, pos + NEAR)
            assert (fast is None) == (slow is None), (twin.pattern[:30], pos)
            if fast is not None and slow is not None:
                assert fast.span() == slow.span(), pos
                assert fast.groupdict() == slow.groupdict(), pos
