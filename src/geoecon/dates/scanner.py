"""The scanner: every rule of the grammar run over a text, quickly, and the candidates settled.

All the speed machinery of the date kind lives here, so that the rules read as grammar:

* cue windows: a date needs a cue (a month or weekday name, digits in a date-like shape, a
  relative or period word, "on the"); one pass finds every cue, and each rule is run only on
  the windows of text around the cues of its kinds (``windows``);
* per rule, cheap tests before its pattern: a literal the text must hold, a gate shared by
  several rules, a hint its windows must hold, and a stepped search near the places every
  match passes through (``Rule.step``; the month names of a window are listed once);
* in-kind overlap: of overlapping candidates the longer wins, then the earlier; a weekday
  right before a full date joins it ("Thursday, 24 February 2025"); a leading "the" and
  trailing spaces, commas and a sentence's full stop are trimmed off.

Each speed rewrite has an equivalence test against its plain form in
``tests/rewrites/test_dates_scanner.py``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeAlias

from geoecon._mention import Basis, Date, Granularity
from geoecon.dates.anchor import Anchor
from geoecon.dates.around import Around, modifier_before
from geoecon.dates.calendar import Period
from geoecon.dates.context import (
    YEARLESS_RULES,
    anchor_comparisons,
    anchor_years,
    date_basis,
    future_cue_near,
    restated,
)
from geoecon.dates.grammar import RULES
from geoecon.dates.holidays import find_holidays
from geoecon.dates.vocabulary import CUE_WORDS, MODIFIERS, MONTH_STEP, MONTHS, WEEKDAY, WEEKDAY_CUES, CueKind

if TYPE_CHECKING:
    from geoecon.dates.rule import Check, Reader, Rule

__all__ = [
    "COMPILED",
    "CUE_RE_ANY_DIGIT",
    "CUE_TEXT_KIND",
    "LEFT",
    "MONTH_STEP_RE",
    "OTHER_DIGIT",
    "RIGHT",
    "Compiled",
    "compile_rule",
    "cue_list",
    "cue_pattern",
    "join_weekdays",
    "month_names",
    "scan",
    "scan_with_rules",
    "step_nears",
    "stepped",
    "stepped_at",
    "trim",
    "windows",
]

G = Granularity

# --------------------------------------------------------------------------- the rules, compiled


class Compiled(NamedTuple):
    """A rule as the scanner runs it: its patterns compiled, what it skips left out."""

    cues: tuple[CueKind, ...]
    literals: tuple[str, ...]  #: the text must hold one (none where a hint or step holds one)
    gate: Check | None
    hint: Check | None  #: the hint or window hint, compiled
    pattern: re.Pattern[str]
    read: Reader
    step: tuple[Check | None, int, Check | None] | None  #: search (None: month names), reach, check
    name: str
    step_cues: tuple[frozenset[str], tuple[str, ...]] | None = None  #: the step's cue words, other words
    lead: Check | None = None  #: the step's lead (``Step``)


def compile_rule(rule: Rule) -> Compiled:
    """``rule`` compiled for the scan.

    A hint or a step holds one of the rule's literals, so a window that passes it means
    that the text passes the literal check: that check is skipped. A window hint keeps it
    (a text-wide check, once per text: its literal is in most texts but in few windows).
    """
    hint = rule.hint or rule.window_hint
    step = None
    if rule.step is not None:
        search = None if rule.step.pattern == MONTH_STEP else re.compile(rule.step.pattern).search
        step = (search, rule.step.reach, rule.month_check if search is None else rule.step.check)
    return Compiled(
        cues=rule.cues,
        literals=() if rule.hint is not None or rule.step is not None else rule.literals,
        gate=rule.gate,
        hint=None if hint is None else re.compile(hint).search,
        pattern=re.compile(rule.pattern),
        read=rule.read,
        step=step,
        name=rule.name,
        step_cues=(rule.step.cue_words, rule.step.other_words) if rule.step and rule.step.cue_words else None,
        lead=rule.step.lead if rule.step else None,
    )


COMPILED: Final = tuple(compile_rule(rule) for rule in RULES)


#: What a scan asks of a text for a rule's literals: a key (a literal, or the pattern of
#: those that open with one character) and the search of that pattern (``None`` for a literal).
Probe: TypeAlias = "tuple[str, Callable[[str], re.Match[str] | None] | None]"


def literal_probes(literals: tuple[str, ...]) -> tuple[Probe, ...]:
    """The literals as probes: those that open with one character searched for at once.

    The search of ``a|b|c`` (each escaped) finds a match in a text exactly when one of the
    literals is in it; a literal alone is looked for with ``in``. Speed: ``re`` looks for
    the character they share and tries them there, where ``in`` scanned the whole text once
    per literal ("the day", "the week", "the month", "the year": 2.1 -> 1.0 ms over the
    first MB of Reuters, "quarter"/"qtr" 1.4 -> 0.4, "0s"/"0's" of "decade").
    """
    groups: dict[str, list[str]] = {}
    for lit in literals:
        groups.setdefault(lit[0], []).append(lit)
    probes: list[Probe] = []
    for group in groups.values():
        if len(group) == 1:
            probes.append((group[0], None))
        else:
            pattern = re.compile("|".join(map(re.escape, group)))
            probes.append((pattern.pattern, pattern.search))
    return tuple(probes)


_Plain: TypeAlias = tuple[
    int,
    "CueKind | None",
    "tuple[Probe, ...]",
    "Check | None",
    "Check | None",
    re.Pattern[str],
    "Reader",
    "tuple[Check | None, int, Check | None] | None",
    str,
    "tuple[frozenset[str], tuple[str, ...]] | None",
    "Check | None",
]
# Speed: ``COMPILED`` as plain tuples for the scan loop, which unpacks one per rule and text:
# a plain tuple unpacks in one step, a NamedTuple through its iterator (0.7% of the scan).
# Each opens with the rule's index and its one kind of cue (None for a rule of several).
_PLAIN: Final[tuple[_Plain, ...]] = tuple(
    (
        i,
        c.cues[0] if len(c.cues) == 1 else None,
        literal_probes(c.literals),
        c.gate,
        c.hint,
        c.pattern,
        c.read,
        c.step,
        c.name,
        c.step_cues,
        c.lead,
    )
    for i, c in enumerate(COMPILED)
)
# A probe's key is asked once per text (``present``): a pattern must not be a literal's key.
if {p for c in _PLAIN for p, search in c[2] if search is not None} & {
    lit for c in COMPILED for lit in c.literals
}:
    msg = "a literal of the date grammar is spelt as the pattern of others: their probes would share a key"
    raise ValueError(msg)
# The scan keeps the gate's result per window, for every rule that has it: one gate serves all.
if len({c.gate for c in COMPILED if c.gate is not None}) > 1:
    msg = "the rules of the date grammar have two gates; the scanner keeps the results of one"
    raise ValueError(msg)
# Where the month names of a window start (see ``MONTH_STEP``): listed once per window for
# every rule stepped by them.
MONTH_STEP_RE: Final = re.compile(MONTH_STEP)


@cache
def _plan(kinds: frozenset[CueKind]) -> tuple[_Plain, ...]:
    """The rules (``_PLAIN``) that need one of these kinds of window, in the grammar's order.

    Speed: most texts have windows of one or two kinds; the other rules are not
    visited at all (a loop over all of them cost about 3% of ``extract`` on Reuters);
    the rules themselves, not their indexes, so the scan does not look them up.
    """
    return tuple(_PLAIN[i] for i, rule in enumerate(COMPILED) if any(k in kinds for k in rule.cues))


# --------------------------------------------------------------------------- stepped search


def stepped(
    pattern: re.Pattern[str],
    step: Check,
    reach: int,
    check: Check | None = None,
    *,
    norm: str,
    ws: int,
    we: int,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(norm, ws, we)``, searched for only near ``step`` matches (see ``Step``).

    A step match that fails ``check`` is passed over (the next one is looked for): the
    step matches that matches hold pass it, and the first match from ``pos`` holds one at
    or after every step match passed over, at most ``reach`` after its start.
    """
    pos = ws
    at = ws  # where the next step match is looked for
    while (near := step(norm, at, we)) is not None:
        if check is not None and check(norm, near.start(), we) is None:
            at = near.start() + 1
            continue
        start = near.start() - reach
        m = pattern.search(norm, start if start > pos else pos, we)  # noqa: FURB136 - Speed: not max()
        if m is None:
            return
        yield m
        pos = at = m.end()


def stepped_at(
    pattern: re.Pattern[str],
    nears: list[int],
    reach: int,
    check: Check | None,
    *,
    norm: str,
    ws: int,
    we: int,
    lead: Check | None = None,
) -> Iterator[re.Match[str]]:
    """``stepped`` given where every step match of the window starts, in order.

    With ``reach`` 0 every match starts at one of them: the pattern is only matched there.
    A ``check`` (a rule's ``month_check``) passes over those that no match holds. Where
    ``lead`` fails no match opens before the step match (``Step``), so the search from
    ``reach`` before it is the pattern matched there, else searched for after it.
    """
    pos = ws
    for near in nears:
        if near >= pos:
            if check is not None and check(norm, near, we) is None:
                continue
            if reach:
                if lead is not None and lead(norm, near, we) is None:
                    m = pattern.match(norm, near, we) or pattern.search(norm, near + 1, we)
                else:
                    start = near - reach
                    m = pattern.search(norm, start if start > pos else pos, we)  # noqa: FURB136 - as above
                if m is None:
                    return
            else:
                m = pattern.match(norm, near, we)
                if m is None:
                    continue
            yield m
            pos = m.end()


def step_nears(
    norm: str, found: list[tuple[int, int, CueKind]], words: frozenset[str], check: Check | None
) -> list[int]:
    """Where the cues of ``words`` among ``found`` start that pass ``check`` (asked with the text's end).

    The words are relative cues (``Step``): the others are not looked at.
    """
    n = len(norm)
    return [
        s
        for s, e, kind in found
        if kind is _RELATIVE and norm[s:e] in words and (check is None or check(norm, s, n) is not None)
    ]


# --------------------------------------------------------------------------- cue windows


# Cheap prefilter: a date needs one of these cues; text far from every cue is skipped.
# Each word branch starts with its literal first letter (then checks the word boundary),
# so that the regex engine can skip ahead over text that holds no cue.
_CUE_KIND: Final = {w: kind for kind, words in CUE_WORDS.items() for w in words.split()}
# The kind of a word cue, by its text (the three vocabularies are disjoint); any other cue
# is "on the" or digits.
CUE_TEXT_KIND: Final = {
    **dict.fromkeys(MONTHS, CueKind.MONTH),
    **dict.fromkeys(WEEKDAY_CUES, CueKind.WEEKDAY),
    **_CUE_KIND,
}
# A step taken from the cues (``Step.cue_words``) is taken from the relative ones (``step_nears``).
if any(CUE_TEXT_KIND.get(w) is not CueKind.RELATIVE for c in COMPILED if c.step_cues for w in c.step_cues[0]):
    msg = "a rule of the date grammar is stepped by cue words that are not relative cues"
    raise ValueError(msg)
_ON_THE: Final = CueKind.ON_THE
_MONTH: Final = CueKind.MONTH
_RELATIVE: Final = CueKind.RELATIVE
_NUMBER: Final = CueKind.NUMBER


def _cue_tree(node: dict[str, Any]) -> str:
    """The words below ``node`` of a prefix tree as one pattern, the longer word tried first.

    Speed: one tree for the three vocabularies (month names, weekday names, cue words): at
    each character ``re`` tries only the words that share the text read so far, where three
    longest-first alternations per letter tried every word of each (the holiday cues put many
    words under most letters).
    """
    branches = [re.escape(char) + _cue_tree(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append(node[""])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _cue_branches(digit: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    r"""Every cue as (the characters it may open with, the rest of its pattern), first cue first.

    ``digit`` spells the opening of the cues that open with any digit (``\d``).
    """
    # Month and weekday names are cues only as whole words: "market", "decline" and "money"
    # open no window (they opened one in five characters of Reuters copy); the other cue
    # words open one also at the start of a longer word.
    whole = {
        **dict.fromkeys(MONTHS, True),
        **dict.fromkeys(WEEKDAY_CUES, True),
        **dict.fromkeys(_CUE_KIND, False),
    }
    tree: dict[str, Any] = {}
    for word, is_whole in whole.items():
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = "(?![a-z])" if is_whole else ""
    for c, node in sorted(tree.items()):
        yield (c,), f"(?<![a-z]{c}){_cue_tree(node)}"
    yield ("1", "2"), r"(?<!\d[12])\d\d\d(?!\d)"
    yield ("1", "2"), r"(?<!\d[12])\d{7}(?!\d)"
    yield digit, r"(?:[-/]\s?\d|\s[-/]|\.\d\d?\.\d|\d?'?s\b|\s?a\.?d\b|[qh]|(?:st|nd|rd|th)\b)"
    yield ("q", "h"), "[1-4]"
    yield ("'",), r"\d\d"
    yield ("o",), r"n\s{1,3}the\s"


def cue_pattern(digit: tuple[str, ...]) -> str:
    r"""One alternative per opening character, each opening with that literal character.

    Then ``re`` knows the set of characters a cue can open with and skips every other
    character in C; with a named group per kind it tried the whole pattern at every
    position (three times slower). The cues sharing an opening character keep their
    order, and two cues opening with different characters never both match at one
    position, so ``finditer`` finds exactly the matches the grouped pattern found. With
    ``digit=("\d",)`` the "1" and "2" branches come before the "\d" one, so a "1" still
    tries the cues in their first order.
    """
    rests: dict[str, list[str]] = {}
    for openers, rest in _cue_branches(digit):
        for c in openers:
            rests.setdefault(c, []).append(rest)
    return _by_opener(rests)


def _by_opener(rests: dict[str, list[str]]) -> str:
    """One branch per opening character: the character, then the rests of its cues in order."""
    return "|".join(c + (r[0] if len(r) == 1 else "(?:" + "|".join(r) + ")") for c, r in rests.items())


# ``cue_pattern(tuple("0123456789"))`` is what ``cue_list`` finds in ASCII digits (the
# tests compare them). It misses the other digits ("٣") that "\d" matches: a text holding
# one is read with this pattern instead.
CUE_RE_ANY_DIGIT: Final = re.compile(cue_pattern((r"\d",)))
OTHER_DIGIT: Final = re.compile(r"[^\D0-9]")
LEFT: Final = 36  # no date starts further than this before its first cue
RIGHT: Final = 32  # nor ends further than this after its last cue


def _word_cue_parts() -> tuple[str, str]:
    r"""The word cues (opening with a letter at a word start) and the other cues, as two patterns.

    The word cues open with ``[^a-z]``, the character before the word: ``re`` skips in
    C to the few characters that are not letters, rather than trying the letters that
    open a cue word (every other letter of the text). The others are the cues that
    open with a digit, an apostrophe, "on the", "q1" or "h1".
    """
    words: dict[str, list[str]] = {}
    others: dict[str, list[str]] = {}
    for openers, rest in _cue_branches(tuple("0123456789")):
        c = openers[0]
        start = f"(?<![a-z]{c})"
        if len(openers) == 1 and c.isalpha() and rest.startswith(start):
            words.setdefault(c, []).append(rest[len(start) :])
        else:
            for opener in openers:
                others.setdefault(opener, []).append(rest)
    return _by_opener(words), _by_opener(others)


_WORD_CUE_SRC, _OTHER_CUE_SRC = _word_cue_parts()
_WORD_CUE_RE: Final = re.compile(f"[^a-z](?:{_WORD_CUE_SRC})")
_WORD_CUE_AT_START: Final = re.compile(_WORD_CUE_SRC)
_OTHER_CUE_RE: Final = re.compile(_OTHER_CUE_SRC)


def _next_word_cue(norm: str, pos: int) -> tuple[int, int] | None:
    """The first word cue opening at or after ``pos`` (the character before may be before ``pos``)."""
    if pos == 0:
        m = _WORD_CUE_AT_START.match(norm)
        if m is not None:
            return m.span()
        pos = 1
    m = _WORD_CUE_RE.search(norm, pos - 1)
    return None if m is None else (m.start() + 1, m.end())


def cue_list(norm: str) -> list[tuple[int, int, CueKind]]:
    """The cues of ``cue_pattern`` (ASCII digits) in ``norm``, each with its kind, by two cheaper patterns.

    That pattern opens each branch with its letter, so ``re`` tries it at every letter
    that opens a cue word; the word cues open instead with the character before the
    word (``_WORD_CUE_RE``), the rest is ``_OTHER_CUE_RE``. The two are merged as
    ``finditer`` would find them: leftmost first, none overlapping the one before. A
    word cue and another cue never both match at one position (they differ by their
    first or second character). With a non-ASCII digit ("٣"), ``CUE_RE_ANY_DIGIT``.

    A cue's kind is that of its word (``CUE_TEXT_KIND``), else "on the" or a number.
    Speed: a list, not a generator, the word cues searched for inline (not by
    ``_next_word_cue``), and the kind of a cue known by the pattern that found it: a
    word cue is a word of ``CUE_TEXT_KIND``, no other cue is (none is made of letters
    alone), so only word cues are looked up.
    """
    found: list[tuple[int, int, CueKind]] = []
    if not (norm.isascii() or OTHER_DIGIT.search(norm) is None):
        for m in CUE_RE_ANY_DIGIT.finditer(norm):
            cue = m.group()
            found.append((*m.span(), CUE_TEXT_KIND.get(cue) or (_ON_THE if cue[0] == "o" else _NUMBER)))
        return found
    word_search = _WORD_CUE_RE.search
    other_search = _OTHER_CUE_RE.search
    word = _next_word_cue(norm, 0)
    other = other_search(norm)
    while word is not None or other is not None:
        if other is None or (word is not None and word[0] < other.start()):
            assert word is not None  # noqa: S101 - for the type checker
            start, pos = word
            found.append((start, pos, CUE_TEXT_KIND[norm[start:pos]]))
        else:
            start, pos = other.span()
            found.append((start, pos, _ON_THE if norm[start] == "o" else _NUMBER))
        if pos == start:  # an empty match cannot occur; never loop on one
            pos += 1
        if word is not None and word[0] < pos:
            # ``_next_word_cue(norm, pos)``, with pos > 0
            next_word = word_search(norm, pos - 1)
            word = None if next_word is None else (next_word.start() + 1, next_word.end())
        if other is not None and other.start() < pos:
            other = other_search(norm, pos)
    return found


_SPACE_OR_NEWLINE: Final = re.compile("[ \n]")
_THROUGH_LAST_SPACE: Final = re.compile(".*[ \n]", re.DOTALL)


def windows(
    norm: str, found: list[tuple[int, int, CueKind]] | None = None
) -> dict[CueKind, list[tuple[int, int]]]:
    """For each kind of cue, the stretches of lower-cased text near one, merged.

    ``found`` is ``cue_list(norm)``, if the caller has it.

    A stretch reaches ``LEFT`` characters before its cue and ``RIGHT`` after it,
    snapped to spaces so that no word is cut in two: its start just after the last
    space or newline of the 24 characters before, its end just before the first of
    the 24 after (``_snap_end``).

    Speed: conditional expressions, not ``max`` and ``min`` (each parses its arguments
    as a call with keywords); one regex where two ``find`` calls were; and a stretch's
    end is snapped only when it is needed (``_snap_end`` never moves an end back and
    keeps the order of ends, so the snapped end of merged stretches is the snapped
    furthest end, and a cue that starts before the furthest end joins whatever it
    snaps to). Cues in a row ("1-1 2-0 ...") then cost no regex each.
    """
    n = len(norm)
    # Per kind: the merged stretches, and the last one's start, furthest end (not yet
    # snapped) and snapped end (once asked for: -1 before).
    done: dict[CueKind, list[tuple[int, int]]] = {}
    last: dict[CueKind, list[int]] = {}
    for start, end, kind in cue_list(norm) if found is None else found:
        s = start - LEFT if start > LEFT else 0
        e = end + RIGHT if end + RIGHT < n else n  # noqa: FURB136 - Speed: see the docstring
        run = last.get(kind)
        if run is not None:
            if s <= run[1]:  # joins (run[2] >= run[1])
                if e > run[1]:
                    run[1], run[2] = e, -1
                continue
            if run[2] < 0:
                run[2] = _snap_end(norm, run[1], n)
            if s > 0 and s > run[2]:
                s = _snap_start(norm, s)
            if s <= run[2]:
                if e > run[1]:
                    run[1], run[2] = e, -1
                continue
            done.setdefault(kind, []).append((run[0], run[2]))
        elif s > 0:
            s = _snap_start(norm, s)
        last[kind] = [s, e, -1]
    for kind, run in last.items():
        done.setdefault(kind, []).append((run[0], run[2] if run[2] >= 0 else _snap_end(norm, run[1], n)))
    return done


def _snap_start(norm: str, s: int) -> int:
    """Just after the last space or newline of the 24 characters before ``s`` (else ``s``)."""
    found = _THROUGH_LAST_SPACE.match(norm, s - 24 if s > 24 else 0, s)
    return s if found is None else found.end()


def _snap_end(norm: str, e: int, n: int) -> int:
    """Just before the first space or newline of the 24 characters from ``e`` (else 24 on, or ``n``).

    It never moves an end back, and of two ends it keeps the order (ends closer than a
    space share it).
    """
    if e >= n:
        return e
    found = _SPACE_OR_NEWLINE.search(norm, e, e + 24)
    if found is not None:
        return found.start()
    return min(n, e + 24)


_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


def month_names(norm: str, month_cues: list[int], ws: int, we: int) -> list[int]:
    """Where the month names of a window of month cues start: ``MONTH_STEP_RE.finditer(norm, ws, we)``.

    ``month_cues`` are where the month cues of the text start (``cue_list``), in order.

    Speed: the month names were searched for again in each window; they are its month
    cues. A month name is a cue word, whole as a cue is (not after or before ``[a-z]``),
    and no other cue covers the start of a word (a cue ends with its word, a digit or a
    space); the window holds all of its cues, whole. One more name is found where the
    window ends inside a word that opens with one ("marching" cut after "march"): the
    lookahead of ``MONTH_STEP`` sees the window's end there, not the next letter.
    """
    names = month_cues[bisect.bisect_left(month_cues, ws) : bisect.bisect_left(month_cues, we)]
    if we < len(norm) and norm[we] in _LOWER:
        start = we
        while start > ws and we - start < 10 and norm[start - 1] in _LOWER:
            start -= 1
        if norm[start:we] in MONTHS and (start == 0 or norm[start - 1] not in _LOWER):
            names.append(start)
    return names


# --------------------------------------------------------------------------- candidates


# The rules whose dates can be comparisons ("a year earlier", "the previous month"): see context.
_COMPARING: Final = frozenset({"same_period", "relative_period", "offset"})
_RULE_OF: Final = operator.attrgetter("rule")
_START: Final = operator.itemgetter(0)  # a candidate's start (Speed: not a lambda)
# The rules whose dates may only restate one before them (``context.restated``).
_RESTATING: Final = frozenset({"weekday", "the_period"})


class _Cand(NamedTuple):
    start: int
    end: int
    res: Period
    rule: str  #: the name of the rule that read it
    basis: Basis | None = None  #: which anchor it was read against (``context``)
    tense: tuple[int, int] | None = None  #: the future cue it was read forward for
    given: Basis | None = None  #: the basis its reader gave (a fiscal year's country)


_TRIMMED: Final = frozenset(" ,\t\n.")  # what ``trim`` takes off the end of a span
_NEW_TUPLE: Final = tuple.__new__  # makes a candidate (``_candidate``)


def _candidate(m: re.Match[str], at: Around, anchor: Anchor, read: Reader, rule: str) -> _Cand | None:
    try:
        out = read(m, at, anchor)
    except (ValueError, OverflowError, KeyError, StopIteration):
        return None
    if out is None:
        return None
    if isinstance(out, Period):
        res, s, e = out, m.start(), m.end()
        given = None
    else:  # Speed: not unpacked (a NamedTuple unpacks through its iterator)
        res, s, e, given = out.period, out.start, out.end, out.basis
    norm = at.norm
    # Speed: ``trim`` changes a span only where it opens with "the" or ends with one of
    # ``_TRIMMED`` (most spans do neither), and the candidate is made without keywords.
    if norm.startswith("the", s, e) or norm[e - 1 : e] in _TRIMMED:
        s, e = trim(norm, s, e)
    # Speed: the tuple made as ``_Cand(...)`` makes it, without its ``__new__`` (a Python call).
    return _NEW_TUPLE(_Cand, (s, e, res, rule, None, None, given)) if e > s else None


def _tensed_candidate(m: re.Match[str], at: Around, anchor: Anchor, read: Reader, rule: str) -> _Cand | None:
    """``_candidate`` with a reference date and the past preference: a future clause reads forward.

    A relative date in a future clause ("will meet on Tuesday") is read again, forward; the
    clause is looked at only for relative dates, and only around them.
    """
    cand = _candidate(m, at, anchor, read, rule)
    if cand is None or not cand.res.relative:
        return cand
    tense = future_cue_near(at.norm, m.start(), m.end())
    if tense is None:
        return cand
    again = _candidate(m, at, Anchor(anchor.ref, future=True), read, rule)
    return None if again is None else again._replace(tense=tense)


def _candidates(
    raw: str, norm: str, ref: dt.date | None, future: bool, country: str | None = None
) -> tuple[str, list[_Cand]]:
    """The lower-cased text, and the candidates kept, in order (none overlapping)."""
    at = Around(raw, norm, country)
    anchor = Anchor(ref, future)
    make = _candidate if ref is None or future else _tensed_candidate
    norm = at.norm
    cands: list[_Cand] = []
    found_cues = cue_list(norm)
    found_windows = windows(norm, found_cues)
    # Speed: the month names of the text are its month cues (``month_names``).
    month_cues = [start for start, _, kind in found_cues if kind is _MONTH]
    seen: set[tuple[int, int, int]] = set()
    gated: dict[int, bool] = {}  # whether a window (by its start) passed the gate (see _GATE)
    months: dict[int, list[int]] = {}  # where month names start, by window start ("M" only)
    present: dict[str, bool] = {}  # whether a probe (by its key) found a literal, asked once per probe
    for (
        index,
        kind,
        probes,
        gate,
        hint,
        pattern,
        read,
        step,
        name,
        step_cues,
        lead,
    ) in _plan(frozenset(found_windows)):
        for probe, search in probes:  # Speed: a loop, not any() over a generator.
            found_lit = present.get(probe)
            if found_lit is None:
                found_lit = present[probe] = search(norm) is not None if search is not None else probe in norm
            if found_lit:
                break
        else:
            if probes:
                continue
        # A rule of one kind of cue is planned only where that kind has windows (a list
        # with at least one); a rule of several, where one of them has. Speed: the list
        # of a rule of several is made once its literals are found.
        multi = kind is None
        if kind is None:
            runs = [w for k in COMPILED[index].cues for w in found_windows.get(k, ())]
        else:
            runs = found_windows[kind]
        if step_cues is not None:
            # Speed: the step matches of the text, from its cues (see ``Step``); a text with
            # none, and none of the other words, is not looked at further.
            cued = step_nears(norm, found_cues, step_cues[0], step[2] if step is not None else None)
            others = step_cues[1] if any(map(norm.__contains__, step_cues[1])) else ()  # Speed: no generator
            if not cued and not others:
                continue
        for ws, we in runs:
            if gate is not None:
                passed = gated.get(ws)
                if passed is None:
                    passed = gated[ws] = gate(norm, ws, we) is not None
                if not passed:
                    continue
            if hint is None or hint(norm, ws, we) is not None:
                if step is None:
                    found: Iterable[re.Match[str]] = pattern.finditer(norm, ws, we)
                elif step[0] is None:  # the month names
                    nears = months.get(ws)
                    if nears is None:
                        nears = months[ws] = month_names(norm, month_cues, ws, we)
                    if len(nears) * 16 > we - ws:  # so many ("may may may") that re is quicker
                        found = pattern.finditer(norm, ws, we)
                    else:
                        found = stepped_at(
                            pattern, nears, step[1], step[2], norm=norm, ws=ws, we=we, lead=lead
                        )
                elif step_cues is not None and not (
                    others and any(norm.find(w, ws, we) >= 0 for w in others)
                ):
                    nears = cued[bisect.bisect_left(cued, ws) : bisect.bisect_left(cued, we)]
                    if not nears:
                        continue
                    found = stepped_at(pattern, nears, step[1], None, norm=norm, ws=ws, we=we)
                else:
                    found = stepped(pattern, step[0], step[1], step[2], norm=norm, ws=ws, we=we)
                for m in found:
                    if m.end() > m.start():
                        # Speed: the windows of one kind are disjoint, so only a pattern
                        # run on two kinds can find a match twice.
                        if multi:
                            key = (index, m.start(), m.end())
                            if key in seen:
                                continue
                            seen.add(key)
                        cand = make(m, at, anchor, read, name)
                        if cand is not None:
                            cands.append(cand)
    # Named days ("Christmas 2013", "Diwali"): one regex pass over the text (``holidays``).
    # Speed: only near a holiday cue, or in a text that holds "new year".
    near = found_windows.get(CueKind.HOLIDAY)
    if near is not None or "new year" in norm:
        found_days = find_holidays(norm, anchor, country, None if "new year" in norm else near)
        cands.extend(_Cand(h.start, h.end, h.period, "holiday", h.basis, h.tense) for h in found_days)
    if not cands:  # Speed: nothing to settle (a third of Reuters texts)
        return norm, cands
    # Within dates, the longer candidate wins, then the earlier one.
    cands.sort(key=lambda c: (c.start - c.end, c.start))
    taken: list[_Cand] = []
    used = bytearray(len(norm))
    for c in cands:
        if used.find(1, c.start, c.end) >= 0:
            continue
        used[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=_START)
    taken = join_weekdays(norm, taken)
    # Speed: only the rules that read comparisons call for the pass (a C-level test).
    rules = set(map(_RULE_OF, taken))
    if not _COMPARING.isdisjoint(rules):
        for index, d in anchor_comparisons(norm, taken, ref).items():
            taken[index] = taken[index]._replace(start=d.start, res=d.res, basis=d.basis)
    # Speed: the year pass only where a yearless date was read against the reference date.
    if ref is not None and not YEARLESS_RULES.isdisjoint(rules):
        for index, d in anchor_years(norm, taken).items():
            taken[index] = taken[index]._replace(res=d.res, basis=d.basis, tense=None)
    if not _RESTATING.isdisjoint(rules):
        drop = restated(norm, taken)
        taken = [c for i, c in enumerate(taken) if i not in drop]
    return norm, taken


def _dates(raw: str, norm: str, taken: list[_Cand]) -> list[Date]:
    dates = []
    # Speed: each candidate and its period unpacked once, not read field by field.
    for start, end, r, _, basis, tense, given in taken:
        mod = modifier_before(norm, start)
        # .get: the pattern ignores case as Unicode folds it, so "mıd" (dotless i) matches
        modifier = MODIFIERS.get(mod.group(1).lower()) if mod else None
        value, granularity, start_date, end_date, relative = r
        dates.append(
            Date(
                start=start,
                end=end,
                text=raw[start:end],
                value=value,
                granularity=granularity,
                start_date=start_date,
                end_date=end_date,
                relative=relative,
                modifier=modifier,
                basis=(
                    ((basis,) if basis is not None else date_basis(r, tense) if relative else ())
                    + ((given,) if given is not None else ())
                ),
            )
        )
    return dates


def scan(raw: str, norm: str, ref: dt.date | None, future: bool, country: str | None = None) -> list[Date]:
    """Every date of a text (``norm`` its same-length normalised form), in order, none overlapping.

    ``country`` is the caller's hint (ISO alpha-2) for fiscal years where the text names none.

    >>> [(d.text, d.value) for d in scan("Sales rose in Q3 2024.", "Sales rose in Q3 2024.", None, False)]
    [('Q3 2024', '2024-Q3')]
    """
    lower, taken = _candidates(raw, norm, ref, future, country)
    return _dates(raw, lower, taken)


def scan_with_rules(
    raw: str, norm: str, ref: dt.date | None, future: bool, country: str | None = None
) -> list[tuple[Date, str]]:
    """``scan``, each date with the name of the rule that read it (for the grammar's tests).

    A weekday joined to the date after it is reported with that date's rule.

    >>> [(d.text, rule) for d, rule in scan_with_rules("in 2014", "in 2014", None, False)]
    [('2014', 'year')]
    """
    lower, taken = _candidates(raw, norm, ref, future, country)
    return list(zip(_dates(raw, lower, taken), [c.rule for c in taken], strict=True))


_WEEKDAY_ONLY: Final = re.compile(WEEKDAY)


def join_weekdays(norm: str, taken: list[_Cand]) -> list[_Cand]:
    """Join a weekday to the full date right after it ("Thursday, 24 February 2025")."""
    out: list[_Cand] = []
    for c in taken:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.res.granularity is G.DAY
            and c.start - prev.end <= 3
            and not norm[prev.end : c.start].strip(" ,")
            and _WEEKDAY_ONLY.fullmatch(norm, prev.start, prev.end)
        ):
            out[-1] = _Cand(prev.start, c.end, c.res, c.rule, None, c.tense, c.given)
            continue
        out.append(c)
    return out


_SHORT_MONTHS: Final = frozenset({"may", "june", "july"})  # full names, not abbreviations: "in June."
_LEAD_THE: Final = re.compile(r"the\s{1,3}")
_LAST_WORD_RE: Final = re.compile(r"[a-z]{1,12}$")


def trim(norm: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading "the" (kept when the rest would not stand alone) and trailing spaces/commas."""
    # Speed: the regex only where "the" opens the span.
    m = _LEAD_THE.match(norm, s, e) if norm.startswith("the", s, e) else None
    if m is not None:
        rest = norm[m.end() : e]
        keep = rest.startswith(("day", "year", "month", "week", "following", "previous", "next", "current"))
        if not keep or len(rest.split()) > 2:
            s = m.end()
    while e > s and norm[e - 1] in " ,\t\n":
        e -= 1
    if norm.endswith(".", s, e):
        # A full stop after a full word ("in December.") ends the sentence; after an
        # abbreviation ("Dec.", "a.d.") it belongs to the date.
        word = _LAST_WORD_RE.search(norm, s, e - 1)
        if word is not None and (len(word.group(0)) > 4 or word.group(0) in _SHORT_MONTHS):
            e -= 1
    return s, e
