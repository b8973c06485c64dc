"""The number-plus-unit engine (tonnage and quantities): speed rewrites against their plain forms."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import geoecon
from geoecon import _measure, quantities, tonnage
from geoecon._doc import Doc
from geoecon._text import NEAR
from helpers import texts_of

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
        patch.setattr(_measure, "may_open_unit", lambda *_args: True)
        patch.setattr(_measure, "_opens", lambda doc, _tables, _stems: [True] * len(doc.numbers))
        plain = [geoecon.extract(text, kinds=kinds).mentions for kinds in kind_sets]
    assert fast == plain
    for dense in (False, True):  # every text read as sparse, then as dense (when ASCII)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Doc, "number_every", lambda _doc, _spacing, dense=dense: dense)
            doc = Doc(text)
            stems: dict[int, str] = {}
            for tables in (tonnage._MASS, quantities._QUANTITIES):
                opens = _measure._opens(doc, tables, stems)  # the second reads the memo the first filled
                for number, gate in zip(doc.numbers, opens, strict=True):
                    assert gate == _measure.may_open_unit(doc.norm, number.end, tables), (dense, number)


def test_dense_unit_gate_assumptions() -> None:
    """What ``_measure._dense_opens`` relies on: no stem opens inside another, none is long."""
    for tables in (tonnage._MASS, quantities._QUANTITIES):
        for stem in tables.stems:
            assert not re.search(r"[0-9\u00b3][A-Za-z]", stem), stem
            # a line end, then 128 or more spaces: the long gaps read at each number
            assert len(stem) < NEAR - 128 - 5, stem


UNIT_WORD_PARTS = [
    "t", "kt", "Mt", "m.t.", "k.g.", "b/d", "Mt/y", "m3", "m\u00b3", "tonnes", "of", "oil", " ", "  ", "   ", "\t",
    "-", "\n", "\r\n", "(", "[", "<", ")", "5", ".", "/", "\u00e9", "\u017f", "\u212a", "x", "_", "\u00a0",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(UNIT_WORD_PARTS), max_size=12).map("".join))
def test_unit_words_read_alike_by_both_engines(text: str) -> None:
    """``_measure._UNIT_WORDS`` runs in ``re``; the ``regex`` engine reads its source the same on any text."""
    plain = regex.compile(_measure._UNIT_WORDS_SRC, regex.VERBOSE)
    for pos in range(len(text) + 1):
        fast, slow = _measure._UNIT_WORDS.match(text, pos, pos + NEAR), plain.match(text, pos, pos + NEAR)
        assert (fast is None) == (slow is None), pos
        if fast is not None and slow is not None:
            groups = ("gap", "open", "w1", "w2", "w3", "w4")
            assert (fast.span(), fast.group(*groups)) == (slow.span(), slow.group(*groups)), pos
