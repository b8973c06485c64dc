"""The speed rewrites of ``dates.scanner`` against the plain forms they replace.

The plain forms are written out here (as they were before the rewrite); hypothesis draws
texts from the words they are about, with separators, so that boundaries, odd spacing and
characters outside ASCII are exercised.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geoecon.dates import scanner
from geoecon.dates.vocabulary import CueKind

#: The compiled rules by name.
RULES = {rule.name: rule for rule in scanner.COMPILED}


SEPARATORS = st.sampled_from(["", " ", "  ", ",", ", ", "\t", "\n", " \n", "-", "/", ".", "'", "_", "x"])


def texts_of(
    words: list[str], size: int = 14, separators: st.SearchStrategy[str] = SEPARATORS
) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(words), separators), max_size=size).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


# --------------------------------------------------------------------------- cues


CUE_RE = re.compile(scanner.cue_pattern(tuple("0123456789")))  # the one pattern the two replace


DATE_WORDS = [
    *scanner.CUE_TEXT_KIND, "on the ", "on  the\n", "q1", "h2", "1987", "'87", "1st", "5th", "3q", "1h",
    "1-2", "1/ 2", " - ", "2 a.d", "1980s", "1990's", "a", "on", "the", "19", "2", "mon the ", "1quarter",
    "ay", "fy87", "\u0663",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(DATE_WORDS))
def test_date_cues_split_in_two_patterns(text: str) -> None:
    plain = CUE_RE if text.isascii() or not scanner.OTHER_DIGIT.search(text) else scanner.CUE_RE_ANY_DIGIT
    assert [(start, end) for start, end, _ in scanner.cue_list(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@settings(max_examples=1500, deadline=None)
@given(texts_of(DATE_WORDS))
def test_cue_kinds_known_by_their_pattern(text: str) -> None:
    """``cue_list`` gives each cue the kind its text was looked up as (word, "on the" or number)."""
    plain = CUE_RE if text.isascii() or not scanner.OTHER_DIGIT.search(text) else scanner.CUE_RE_ANY_DIGIT
    looked_up = [
        (
            m.start(),
            m.end(),
            scanner.CUE_TEXT_KIND.get(m.group())
            or (CueKind.ON_THE if m.group()[0] == "o" else CueKind.NUMBER),
        )
        for m in plain.finditer(text)
    ]
    assert scanner.cue_list(text) == looked_up


# --------------------------------------------------------------------------- trim


TRIM_WORDS = [
    "the",
    "the  ",
    "thee",
    "march",
    "dec.",
    "in june.",
    "2024",
    "day",
    " ",
    ",",
    ".",
    "\t",
    "\n",
    "a.d.",
]


@settings(max_examples=1500, deadline=None)
@given(texts_of(TRIM_WORDS, 6), st.integers(0, 60), st.integers(0, 60))
def test_trim_skipped_only_where_it_keeps_the_span(text: str, a: int, b: int) -> None:
    """``_candidate`` calls ``trim`` only where a span opens with "the" or ends with what it trims."""
    s, e = min(a, b, len(text)), min(max(a, b), len(text))
    if not (text.startswith("the", s, e) or text[e - 1 : e] in scanner._TRIMMED):
        assert scanner.trim(text, s, e) == (s, e)


# --------------------------------------------------------------------------- windows


def plain_windows(norm: str) -> dict[str, list[tuple[int, int]]]:
    """The windows as ``find`` and ``rfind`` snapped them."""
    spans: dict[str, list[tuple[int, int]]] = {}
    n = len(norm)
    for start, end, _ in scanner.cue_list(norm):
        cue = norm[start:end]
        kind = scanner.CUE_TEXT_KIND.get(cue) or ("O" if cue[0] == "o" else "N")
        s, e = max(0, start - scanner.LEFT), min(n, end + scanner.RIGHT)
        runs = spans.setdefault(kind, [])
        if s > 0 and not (runs and s <= runs[-1][1]):
            s = max(norm.rfind(" ", max(0, s - 24), s), norm.rfind("\n", max(0, s - 24), s)) + 1 or s
        if e < n:
            space, newline = norm.find(" ", e, e + 24), norm.find("\n", e, e + 24)
            if space < 0:
                e = newline if newline >= 0 else min(n, e + 24)
            else:
                e = space if newline < 0 or space < newline else newline
        if runs and s <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(e, runs[-1][1]))
        else:
            runs.append((s, e))
    return spans


WINDOW_WORDS = [
    "march", "monday", "year", "1987", "on the ", "q1", "said", "abcdefghijklmnopqrstuvwxyzabcdefghijkl",
    "x" * 30, " " * 25, "\n", "a",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(texts_of(WINDOW_WORDS, 20))
def test_windows_snap_as_find_and_rfind_did(text: str) -> None:
    assert scanner.windows(text) == plain_windows(text)


DAYS = [
    "3",
    "31",
    "1st",
    "3rd",
    "first",
    "twenty seventh",
    "twenty   seventh",
    "twenty-first",
    "end",
    "3rd.",
    "4.5",
    "x",
]
MONTH_WORDS = ["march", "mar.", "may", "May", "june", "sept.", "marchx"]
DAY_MONTH = st.tuples(
    st.sampled_from(["", "the ", "the   ", "on "]),
    st.sampled_from(DAYS),
    st.sampled_from(["", " day", "   day"]),
    st.sampled_from(["", " ", "   ", "\n", ","]),
    st.sampled_from(["", "of ", "of   ", "of"]),
    st.sampled_from(MONTH_WORDS),
    st.sampled_from(["", " 1987", ", 87", " '87", "-", ".5"]),
).map("".join)
MONTH_DAY = st.tuples(
    st.sampled_from(["", "monday ", "friday,  ", "in "]),
    st.sampled_from(MONTH_WORDS),
    st.sampled_from(["", " ", "  ", "   ", "\n"]),
    st.sampled_from(["", "the ", "the  "]),
    st.sampled_from(DAYS),
    st.sampled_from(["", " 1987", ", 1987", ".5", ",5", " monday"]),
).map("".join)
PHRASES = st.lists(
    st.tuples(st.one_of(DAY_MONTH, MONTH_DAY, st.sampled_from(["a", "said", "1987"])), SEPARATORS)
)


@settings(max_examples=3000, deadline=None)
@example("a the   twenty   seventh   day   of   march", "day_month")  # the longest reach
@example("a wednesday.,   march   the   twenty   seventh", "month_day")
@given(
    PHRASES.map(lambda parts: "".join(w + s for w, s in parts)), st.sampled_from(["month_day", "day_month"])
)
def test_month_checks_keep_every_match(text: str, name: str) -> None:
    rule = RULES[name]
    pattern, step = rule.pattern, rule.step
    assert step is not None
    _, reach, check = step
    nears = [m.start() for m in scanner.MONTH_STEP_RE.finditer(text)]
    found = scanner.stepped_at(pattern, nears, reach, check, norm=text, ws=0, we=len(text))
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]


# --------------------------------------------------------------------------- month names


MONTH_NAME_WORDS = [
    "march", "marching", "may", "mayor", "sept", "september", "dec", "decline", "x-mas", "xmas", "on the ",
    "1987", "5th", "3q", "'87", "monday", "year", "said", "abcdefghijklmnopqrstuvwxyz", "ajune", "junex",
    "x" * 30, " " * 25, "\n", "-", "\u0663",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@example("may " + "x" * 49 + "-marching", 0)  # the window ends inside "marching"
@example("may " + "x" * 49 + "amarching", 0)
@given(texts_of(MONTH_NAME_WORDS, 20), st.integers(0, 40))
def test_month_names_are_the_month_cues(text: str, cut: int) -> None:
    """Each window of month cues holds the month names ``MONTH_STEP`` finds there, and no more.

    Cutting the text's end exercises windows that end inside a word.
    """
    text = text[: len(text) - cut] if cut < len(text) else text
    found = scanner.cue_list(text)
    month_cues = [start for start, _, kind in found if kind is CueKind.MONTH]
    for ws, we in scanner.windows(text, found).get(CueKind.MONTH, ()):
        plain = [m.start() for m in scanner.MONTH_STEP_RE.finditer(text, ws, we)]
        assert scanner.month_names(text, month_cues, ws, we) == plain


# --------------------------------------------------------------------------- steps from cues


OFFSET_WORDS = [
    "in", "two", "2", "12", "123", "a", "an", "one", "twelve", "seven", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "yearly", "fortnight", "ago", "earlier", "from now", "the", "last", "next",
    "today", "holiday", "x", "_", "\u0663", "abcdefghijklmnopqrstuvwxyz", " " * 4,
]  # fmt: skip
STEP_SEPARATORS = st.sampled_from(["", " ", "  ", "   ", "    ", "\n", "-", ",", ".", "_"])


@settings(max_examples=3000, deadline=None)
@example("in   twelve   years ago", "offset")
@example("a in 2 days", "offset")
@given(
    texts_of(OFFSET_WORDS, 14, STEP_SEPARATORS),
    st.sampled_from([rule.name for rule in scanner.COMPILED if rule.step_cues is not None]),
)
def test_steps_from_cues_find_what_finditer_finds(text: str, name: str) -> None:
    """A rule stepped by cue words finds, from the text's cues, every match of each window."""
    rule = RULES[name]
    assert rule.step is not None
    assert rule.step_cues is not None
    _, reach, check = rule.step
    words, others = rule.step_cues
    found = scanner.cue_list(text)
    nears = scanner.step_nears(text, found, words, check)
    for kind in rule.cues:
        for ws, we in scanner.windows(text, found).get(kind, ()):
            if any(text.find(w, ws, we) >= 0 for w in others):
                continue  # searched as before (test_stepped_search_finds_what_finditer_finds)
            near = [n for n in nears if ws <= n < we]
            fast = scanner.stepped_at(rule.pattern, near, reach, None, norm=text, ws=ws, we=we)
            plain = [m.span() for m in rule.pattern.finditer(text, ws, we) if m.end() > m.start()]
            assert [m.span() for m in fast] == plain


# --------------------------------------------------------------------------- leads


LEAD_WORDS = [
    "march", "may", "june", "sept.", "last", "next", "this", "coming", "past", "previous", "xlast", "lastx",
    "quarter", "year", "after", "the", "in", "1987", "x", "\u2003", "abcdefghijklmnopqrstuvwxyz",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@example("a previous   march", "month")
@example("last\u2003 may-", "month")
@given(
    texts_of(LEAD_WORDS, 12, STEP_SEPARATORS),
    st.sampled_from([rule.name for rule in scanner.COMPILED if rule.lead is not None]),
)
def test_leads_keep_every_match(text: str, name: str) -> None:
    """Matched at a month name where its lead fails, a pattern finds every match of the text."""
    rule = RULES[name]
    assert rule.step is not None
    _, reach, check = rule.step
    nears = [m.start() for m in scanner.MONTH_STEP_RE.finditer(text)]
    found = scanner.stepped_at(
        rule.pattern, nears, reach, check, norm=text, ws=0, we=len(text), lead=rule.lead
    )
    assert [m.span() for m in found] == [m.span() for m in rule.pattern.finditer(text) if m.end() > m.start()]


# --------------------------------------------------------------------------- literals


# The literals of every rule, and pieces of them cut short or run together.
LITERAL_SETS = sorted({rule.literals for rule in scanner.COMPILED if rule.literals})
LITERAL_WORDS = sorted(
    {piece for lits in LITERAL_SETS for lit in lits for piece in (lit, lit[:-1], lit[1:], lit.upper())}
    | {"the", "week", "day", "q", "f", "y", " ", "\u0130", "x"}
)


@settings(max_examples=2000, deadline=None)
@example("the  day, the weeks", ("the day", "the week", "the month", "the year"))
@example("the dayquarte", ("quarter", "qtr"))
@example("fiscal", ("fy", "fiscal", "financial"))
@given(
    texts_of(LITERAL_WORDS, separators=st.sampled_from(["", " ", "  ", "x", ".", "\n"])),
    st.sampled_from(LITERAL_SETS),
)
def test_one_search_for_literals_is_any_literal_in_the_text(text: str, literals: tuple[str, ...]) -> None:
    """Where the scan searches once for a rule's literals, it finds one exactly where one is in the text."""
    probes = scanner.literal_probes(literals)
    firsts = list(dict.fromkeys(lit[0] for lit in literals))
    assert len(probes) == len(firsts)
    for first, (probe, search) in zip(firsts, probes, strict=True):
        group = [lit for lit in literals if lit[0] == first]
        if search is None:
            assert [probe] == group
            continue
        assert (search(text) is not None) == any(lit in text for lit in group)
        for lit in literals:
            assert (search(f"x{lit}x") is not None) == (lit in group)
