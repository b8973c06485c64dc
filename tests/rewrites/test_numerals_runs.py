"""Numbers deep in long runs of plain characters are left out of ``Doc.numbers``.

The rule is a speed rule only (issue #7: a list of scores or a table of bare figures
read at the speed of news): every mention must come out exactly as when the scanners
see every number. Each case is read twice, once with the reader as shipped and once
with it told to keep every number, and the two results must be equal.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geoecon
from geoecon import numerals

REF = dt.date(2024, 1, 1)


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    live = [repr(m) for m in geoecon.extract(text, reference_date=REF)]
    shipped = numerals._scan

    def keep_all(text: str, scanned: str, *, drop_inert: bool) -> list[numerals.Number]:  # noqa: ARG001
        return shipped(text, scanned, drop_inert=False)

    with monkeypatch.context() as patch:
        patch.setattr(numerals, "_scan", keep_all)
        every = [repr(m) for m in geoecon.extract(text, reference_date=REF)]
    return live, every


RUN = "1-1 2-0 " * 120  # 960 plain characters
CASES = [
    RUN,
    "$" + RUN,
    RUN + "dollars",
    "twenty dollars " + " " * 100 + RUN,  # a cents reading reaches over spaces to the next number
    "US$" + "9" * 20 + "-1 " + RUN,  # a long first end of a range
    RUN + "5 1/2 tonnes",
    RUN + "1 1/2 tonnes of steel " + RUN,
    RUN + "between 3 and 4 percent " + RUN + "up 5%",
    "Scores: " + RUN + "and 5 dollars, " + RUN + "twenty-one tons",
    "\n".join(["1,000  2,000  3,000  4,000"] * 40) + "\nTotal 10,000 tonnes",
    RUN + "(" + RUN + ") 43 cents",
]


@pytest.mark.parametrize("text", CASES, ids=range(len(CASES)))
def test_same_mentions_as_with_every_number(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    live, every = _both(text, monkeypatch)
    assert live == every


def test_numbers_deep_in_a_run_are_dropped() -> None:
    text = "Scores: " + RUN + "and 5 dollars"
    every = numerals.scan_numbers(text)
    live = numerals.scan_live_numbers(text, text.lower())
    assert len(live) < len(every) // 2
    # the numbers near the words keep both their neighbours
    assert [n.text for n in live[:4]] == [n.text for n in every[:4]]
    assert [n.text for n in live[-5:]] == [n.text for n in every[-5:]]


def test_short_runs_keep_every_number() -> None:
    text = "Net 1,234 vs 5,678; revs 12.3 mln vs 11.1 mln. " * 50
    assert numerals.scan_live_numbers(text, text.lower()) == numerals.scan_numbers(text)


PLAIN = st.sampled_from(
    ["1", "12", "1,000", "2.5", "-", " - ", " ", "\n", "/", "1/2", "(", ")", "+", ":", "1987"]
)
CUES = st.sampled_from([
    "$", " dollars", " cents", "%", " percent", " tonnes", " tons of", " kg", " mln dlrs", "US$",
    "EUR ", "c", "p", " and ", " between ", " from ", "twenty", " million", "±", "°C", " per tonne",
    " a year", " May ", "'", " to 5 tonnes", " 43 cents",
])  # fmt: skip
TEXTS = st.lists(
    st.tuples(
        st.lists(PLAIN, min_size=0, max_size=400).map("".join), st.lists(CUES, max_size=3).map("".join)
    ),
    min_size=1,
    max_size=4,
).map(lambda parts: "".join(a + b for a, b in parts))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(text=TEXTS)
def test_same_mentions_on_generated_runs(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        live, every = _both(text, monkeypatch)
    assert live == every


def plain_dense(matches: list[re.Match[str]], text: str) -> bool:
    """``numerals._dense`` as plainly written: every streak tried, its stretch read whole."""
    streak, span = numerals._STREAK, numerals._STREAK_SPAN
    return any(
        b.start() - a.end() <= span
        and re.fullmatch(rf"[{numerals._PLAIN_CHARS}]*", text[a.start() : b.end()])
        for a, b in zip(matches, matches[streak - 1 :], strict=False)
    )


STREAK_PARTS = st.sampled_from(
    ["1", "22", "1,000", " ", "  ", "\n", "-", "x", "$", " mln ", ", ", "5%", "a" * 40]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(STREAK_PARTS, max_size=60).map("".join))
def test_dense_streaks_as_plainly_read(text: str) -> None:
    """The streak test skips past the last character that is not plain; it finds what every streak finds."""
    matches = list(numerals._NUMBER_FAST.finditer(text))
    assert numerals._dense(matches, text) == plain_dense(matches, text)


def test_dense_streaks_on_real_texts() -> None:
    table = "\n".join(["    Wheat prev 1,655.8, Feb 872.0, March 164.6, total 2,692.4"] * 6)
    scores = "Results: " + "1-1 2-0 3-1 " * 10
    edges = [
        "1 2 3 4 5 6 7 x 8",
        "1 2 3 4 5 6 7 8",
        "x1 2 3 4 5 6 7 8",
        "1 x2 3 4 5 6 7 8 9",
        "x 1 2 3 4 5 6 7 8",
    ]
    for text in (table, scores, RUN, *edges):
        matches = list(numerals._NUMBER_FAST.finditer(text))
        assert numerals._dense(matches, text) == plain_dense(matches, text)
    assert not numerals._dense(list(numerals._NUMBER_FAST.finditer(table)), table)
    assert numerals._dense(list(numerals._NUMBER_FAST.finditer(scores)), scores)
