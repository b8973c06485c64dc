"""The speed hints of the date grammar pass over no match; "year" rules out only what its reader refuses.

A hint is searched for in a window before the pattern itself; the pattern is run
only where the hint is found. That finds what ``pattern.finditer`` over every
window finds when each match of the pattern inside a window holds a match of its
hint inside the same window. Hypothesis draws texts from the words the patterns
are about and cuts windows out of them at random.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geoecon.dates import scanner
from geoecon.dates.grammar import RULES
from geoecon.dates.scanner import COMPILED

SEPARATORS = st.sampled_from(["", " ", "  ", "   ", ",", ", ", "\t", "\n", "-", "/", "'", "x", "\u2003"])
WORDS = [
    "q1", "q3", "3q", "1q", "q", "h1", "h2", "1h", "2h", "h", "1", "2", "3", "4", "87", "1987", "2024", "'87",
    "first", "second", "1st", "2nd", "third", "fourth", "final", "last", "the", "fiscal", "calendar",
    "quarter", "qtr", "half", "six", "two", "months", "month", "of", "in", "this", "next", "year",
    "week", "day", "days", "fridays", "monday", "tuesday", "from", "now", "ago", "march", "september",
    "upcoming", "weeks", "x1", "a", "\u0663",
]  # fmt: skip
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), SEPARATORS), max_size=10).map(
    lambda parts: "".join(w + s for w, s in parts)
)
NAMES = [rule.name for rule in RULES]
HINTED = sorted(rule.name for rule in RULES if rule.window_hint is not None)


@settings(max_examples=4000, deadline=None)
@example("the first  half of 1987", 0, 100, "half")
@example("2q 1987", 0, 100, "nq_quarter")
@example("2h 1987", 0, 100, "nh_half")
@example("the last monday in march", 0, 100, "nth_weekday")
@example("three fridays from now", 0, 100, "weekdays_away")
@example("two fridays\tago", 0, 100, "weekdays_away")
@example("2q1987", 0, 100, "nq_quarter")
@example("1987q2", 0, 100, "year_q_quarter")
@example("q3-87", 0, 100, "q_quarter")
@example("h2'87", 0, 100, "h_half")
@example("the final qtr", 0, 100, "quarter")
@example("the june quarter", 0, 100, "month_quarter")
@example("first six months", 0, 100, "first_months")
@example("last week's friday", 0, 100, "relative_week_weekday")
@example("last day\nin march", 0, 100, "day_of_named_month")
@example("week\tof march 3", 0, 100, "week_of")
@example("2nd week\u2003in 2024", 0, 100, "nth_week")
@example("upcoming two weeks", 0, 100, "upcoming")
@given(TEXTS, st.integers(0, 80), st.integers(0, 80), st.sampled_from(HINTED))
def test_window_hint_holds_every_match(text: str, a: int, b: int, name: str) -> None:
    """Where the pattern matches in a window, its window hint is found there."""
    ws, we = min(a, b, len(text)), min(max(a, b), len(text))
    compiled = COMPILED[NAMES.index(name)]
    hint, pattern = compiled.hint, compiled.pattern
    assert hint is not None
    if any(m.end() > m.start() for m in pattern.finditer(text, ws, we)):
        assert hint(text, ws, we) is not None
    # Where the plain form ("[1-4]q" for "q(?<=[1-4]q)") is found, so is the hint (its
    # lookbehind may also see a digit before the window: it passes more, never fewer).
    window_hint = RULES[NAMES.index(name)].window_hint
    assert window_hint is not None
    plain = window_hint.replace("q(?<=[1-4]q)", "[1-4]q").replace("h(?<=[12]h)", "[12]h")
    if re.search(plain, text[ws:we]) is not None:
        assert hint(text, ws, we) is not None


@settings(max_examples=1500, deadline=None)
@given(TEXTS, st.sampled_from(HINTED))
def test_window_hint_keeps_the_literals(text: str, name: str) -> None:
    """A pattern with a window hint still has its text-wide literals checked first."""
    compiled = COMPILED[NAMES.index(name)]
    assert compiled.literals == RULES[NAMES.index(name)].literals
    if any(m.end() > m.start() for m in compiled.pattern.finditer(text)):
        assert any(lit in text for lit in compiled.literals)


# The "year" pattern before its conditional; ``read_year`` refused what the conditional now rules out.
YEAR_PLAIN = re.compile(
    r"(?P<y>\d(?<![\w$#@/.,:']\d)\d{0,3})(?:\s{1,3}(?P<ad>a\.?d\.?(?![\w])))?(?![\w%]|[.,:/]\d|-\d)"
)
YEAR_PARTS = st.sampled_from(
    ["1", "19", "20", "86", "1986", "2024", "2099", "2100", "1899", "500", "0", "9", "\u0661\u0669\u0668\u0666",
     "\u0662\u0660\u0662\u0664", "\u0661\u0662", "1\u0669", " ", "  ", "    ", "\n", "ad", "a.d.", "a.d", "adx", "-",
     ".", ",", "/", ":", "'", "$", "%", "x", "(", "1-1", "19861"]
)  # fmt: skip


def year_kept(m: re.Match[str]) -> bool:
    """What ``read_year`` keeps: a year with "AD", or 1900-2099 (``int`` reads any digits)."""
    return bool(m["ad"]) or 1900 <= int(m["y"]) <= 2099


@settings(max_examples=4000, deadline=None)
@example("1-1 1-1 in 1986 and 2150, 500 ad, \u0661\u0669\u0668\u0666 and 19861, \u0661\u066219")
@given(st.lists(YEAR_PARTS, max_size=12).map("".join))
def test_year_pattern_rules_out_only_what_the_handler_refuses(text: str) -> None:
    """The conditional of "year": the matches the handler keeps, with their spans and groups.

    In ASCII digits it rules out exactly what the handler refuses; a year in other
    digits is left to the handler.
    """
    pattern = COMPILED[NAMES.index("year")].pattern
    fast = [(m.span(), m["y"], m["ad"]) for m in pattern.finditer(text) if year_kept(m)]
    plain = [(m.span(), m["y"], m["ad"]) for m in YEAR_PLAIN.finditer(text) if year_kept(m)]
    assert fast == plain
    if text.isascii():
        assert all(year_kept(m) for m in pattern.finditer(text))


# --------------------------------------------------------------------------- every rule's hints and steps

EXAMPLE_TEXTS = [example.text.lower() for rule in RULES for example in rule.examples]
EXAMPLE_WORDS = sorted({word for text in EXAMPLE_TEXTS for word in text.split()})
ANY_TEXT = st.one_of(
    st.sampled_from(EXAMPLE_TEXTS),
    st.lists(st.tuples(st.sampled_from([*EXAMPLE_WORDS, *WORDS]), SEPARATORS), max_size=10).map(
        lambda parts: "".join(w + s for w, s in parts)
    ),
)
HINTS = [rule.name for rule in RULES if rule.hint is not None]
GATED = [rule.name for rule in RULES if rule.gate is not None]
STEPPED = [rule.name for rule in RULES if rule.step is not None]


def matches(name: str, text: str) -> list[re.Match[str]]:
    return [m for m in COMPILED[NAMES.index(name)].pattern.finditer(text) if m.end() > m.start()]


@settings(max_examples=3000, deadline=None)
@given(ANY_TEXT, st.sampled_from(HINTS))
def test_hint_is_in_every_match_and_holds_a_literal(text: str, name: str) -> None:
    """A hint (no lookaround) matches inside every match; each of its matches holds a literal."""
    rule = RULES[NAMES.index(name)]
    assert rule.hint is not None
    hint = re.compile(rule.hint)
    for m in matches(name, text):
        assert hint.search(text, m.start(), m.end()) is not None
    if rule.literals:
        for h in hint.finditer(text):
            assert any(literal in h.group() for literal in rule.literals), (h.group(), rule.literals)


@settings(max_examples=1500, deadline=None)
@given(ANY_TEXT, st.sampled_from(GATED))
def test_gate_holds_every_hint_of_its_rules(text: str, name: str) -> None:
    rule = RULES[NAMES.index(name)]
    assert rule.gate is not None
    assert rule.hint is not None
    for h in re.finditer(rule.hint, text):
        assert rule.gate(text, h.start(), h.end()) is not None


@settings(max_examples=3000, deadline=None)
@example("a in   twelve   years", "offset", 0, 80)  # each rule's longest reach
@example("x the   following   calendar  year", "relative_period", 0, 80)
@example("a wednesday.,   march   the   twenty   seventh", "month_day", 0, 80)
@example("a the   twenty   seventh   day   of   march", "day_month", 0, 80)
@example("a previous   march", "month", 0, 80)
@given(ANY_TEXT, st.sampled_from(STEPPED), st.integers(0, 80), st.integers(0, 80))
def test_stepped_search_finds_what_finditer_finds(text: str, name: str, a: int, b: int) -> None:
    """Searched for only near its step (and month check), a pattern finds every match of the window."""
    ws, we = min(a, b, len(text)), min(max(a, b), len(text))
    compiled = COMPILED[NAMES.index(name)]
    assert compiled.step is not None
    search, reach, check = compiled.step
    if search is None:
        nears = [m.start() for m in scanner.MONTH_STEP_RE.finditer(text, ws, we)]
        found = scanner.stepped_at(compiled.pattern, nears, reach, check, norm=text, ws=ws, we=we)
    else:
        found = scanner.stepped(compiled.pattern, search, reach, check, norm=text, ws=ws, we=we)
    plain = compiled.pattern.finditer(text, ws, we)
    assert [m.span() for m in found] == [m.span() for m in plain if m.end() > m.start()]
