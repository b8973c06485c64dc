"""Hypothesis at a high example count over every public function (issue #7's fuzz campaign).

The atheris harness (``make fuzz``) explores further for a bounded time; these properties
run in every ``make test``: any ``str`` returns (a ``find_*`` never raises, a ``parse_*``
raises only ``ParseError``), offsets are valid, and the output is deterministic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geoecon

WORDS = [
    "$", "€", "US$", "Rs", "crore", "bn", "mln", "million", "tonnes", "t", "Mt", "kt", "bpd", "bcm", "%",
    "pct", "basis points", "per", "a year", "about", "between", "and", "to", "-", "(", ")", "Q3",
    "fiscal", "2024", "1990s", "Monday", "last", "mid-", "Kyiv", "U.S.", "Russian", "KINSHASA", "\n",
    ",", ".", "half a", "of gold", "1,5", "3.5", "12", "1/2", "9" * 31, "1" * 20 + ".5", "hundred hundred",
]  # fmt: skip
WORD_MIX = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=40).map(" ".join)
# Letters that Unicode case folding equates with ASCII ones ("ſ" with "s", "ı" with "i"): a
# case-insensitive pattern matches them, a lower-cased table key does not.
FOLDS = {"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130", "a": "\u00e5"}
TEXTS = st.one_of(
    st.text(max_size=300),
    WORD_MIX,
    st.tuples(WORD_MIX, st.sampled_from(sorted(FOLDS))).map(lambda p: p[0].replace(p[1], FOLDS[p[1]])),
)
FINDERS: list[Callable[[str], Iterable[geoecon.Mention]]] = [
    geoecon.find_money,
    geoecon.find_percentages,
    geoecon.find_tonnages,
    geoecon.find_quantities,
    geoecon.find_dates,
    geoecon.find_places,
]
PARSERS: list[Callable[[str], Any]] = [
    geoecon.parse_money,
    geoecon.parse_percentage,
    geoecon.parse_tonnage,
    geoecon.parse_quantity,
    geoecon.parse_date,
    geoecon.parse_place,
    geoecon.parse_number,
]
MANY = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("find", FINDERS, ids=lambda f: f.__name__)
@MANY
@given(text=TEXTS)
def test_finders_return_valid_deterministic_mentions(
    find: Callable[[str], Iterable[geoecon.Mention]], text: str
) -> None:
    mentions = list(find(text))
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end] == m.text
    assert list(find(text)) == mentions


@pytest.mark.parametrize("parse", PARSERS, ids=lambda f: f.__name__)
@MANY
@given(text=TEXTS)
def test_parsers_raise_only_parse_error(parse: Callable[[str], Any], text: str) -> None:
    try:
        first = parse(text)
    except geoecon.ParseError:
        return
    assert parse(text) == first


@MANY
@given(
    text=TEXTS,
    ref=st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    prefer=st.sampled_from(["past", "future"]),
    ton=st.sampled_from(["metric", "short"]),
)
def test_extract_with_any_options(text: str, ref: dt.date | None, prefer: str, ton: str) -> None:
    options = geoecon.Options(reference_date=ref, prefer_dates_from=prefer, ton=ton)  # type: ignore[arg-type]
    found = geoecon.extract(text, options=options)
    last = 0
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end
    assert geoecon.extract(text, options=options) == found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    items=st.lists(
        st.one_of(
            TEXTS,
            st.tuples(
                TEXTS, st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))
            ),
        ),
        max_size=40,
    ),
    ref=st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
)
def test_extract_many_equals_extract(
    items: list[str | tuple[str, dt.date | None]], ref: dt.date | None
) -> None:
    """Batches over any texts and dates give what one ``extract`` per text gives."""
    expected = [
        geoecon.extract(item, reference_date=ref)
        if isinstance(item, str)
        else geoecon.extract(item[0], reference_date=item[1])
        for item in items
    ]
    assert list(geoecon.extract_many(items, reference_date=ref)) == expected
