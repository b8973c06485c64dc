"""What a rule of the date grammar is made of, and the checks each rule must pass.

A ``Rule`` is one date form: its pattern, the reader that turns a match into a ``Period``,
the kinds of cue near which it can match, real sentences it reads (``examples``), and the
speed hints the scanner may use to run the pattern less often. A reader is given the match,
the text around it (``Around``) and what relative dates are read against (``Anchor``); one
that reads a date over a span other than the match's returns a ``Spanned`` period.

A rule is checked when it is made: a rule without cues, a hint with a lookaround, a window
hint without literals, a month check without the month-name step, or a pattern that does
not compile fails at import with a message that names the rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeAlias

import attrs

from geoecon.dates.anchor import Anchor
from geoecon.dates.around import Around
from geoecon.dates.vocabulary import MONTH_STEP, CueKind

if TYPE_CHECKING:
    from geoecon._mention import Basis
    from geoecon.dates.calendar import Period

__all__ = ["EXAMPLE_REFERENCE", "Check", "Example", "Reader", "Rule", "Spanned", "Step"]


class Spanned(NamedTuple):
    """A period read over ``start:end`` of the text, not over the whole match."""

    period: Period
    start: int
    end: int
    basis: Basis | None = None  #: why its value is what it is (a fiscal year's country cue)


#: A reader: ``(match, around, anchor) -> Period | Spanned | None``.
Reader: TypeAlias = Callable[[re.Match[str], Around, Anchor], "Period | Spanned | None"]
#: A cheap test on the lower-cased text: ``(norm, start, end) -> match or None``.
Check: TypeAlias = Callable[[str, int, int], "re.Match[str] | None"]

#: The day examples are read against: Monday 24 February 2025, with the past preference.
EXAMPLE_REFERENCE: Final = dt.date(2025, 2, 24)


@attrs.frozen
class Example:
    """A sentence the rule reads: the date's surface in it, and its value if the example gives one.

    Values of relative dates are read against ``EXAMPLE_REFERENCE``.
    """

    text: str
    surface: str
    value: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.surface not in self.text:
            msg = f"example {self.text!r} does not hold its surface {self.surface!r}"
            raise ValueError(msg)


@attrs.frozen
class Step:
    """Where to look for a match: a pattern found in every match, at most ``reach`` after its start.

    With ``pattern=MONTH_STEP`` (a month name) the month names of a window are listed once
    for every rule that steps by them (their check is the rule's ``month_check``). ``check``
    (Speed) is what must stand at a step match that a match holds: a step match that fails
    it is passed over, so that the search from ``reach`` before it does not run on through
    the window. ``cue_words`` (Speed): the step matches that pass ``check`` are where cues
    of these relative words start (``vocabulary.CUE_WORDS``), or hold one of ``other_words``: the
    scanner checks the cues once per text (with the text's end: such a check must not look
    at the window's) and searches only the windows that hold one of the others. ``lead``
    (Speed) is what must stand before a step match for a match to open before it: where it
    fails, the pattern is matched at the step match rather than searched for from ``reach``
    before it.
    """

    pattern: str
    reach: int = attrs.field(validator=attrs.validators.ge(0))
    check: Check | None = None
    cue_words: frozenset[str] = frozenset()
    other_words: tuple[str, ...] = ()
    lead: Check | None = None


# A lookaround, a word boundary or an anchor: what a hint must not hold ("[^a]" is no anchor).
_LOOKAROUND: Final = re.compile(r"\(\?<?[=!]|\\[bBAZ]|(?<!\[)\^|(?<!\\)\$")


def _cues(rule: Rule, _attribute: Any, cues: tuple[CueKind, ...]) -> None:
    if not cues:
        msg = (
            f"rule {rule.name!r} has no cues: name the kinds of cue (CueKind) near which it can "
            "match; the scanner runs it only in windows of text around them"
        )
        raise ValueError(msg)
    if not all(isinstance(cue, CueKind) for cue in cues):
        msg = f"rule {rule.name!r}: its cues must be CueKind members, not {cues!r}"
        raise ValueError(msg)


def _compiles(rule: Rule, _attribute: Any, pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error as error:
        msg = f"rule {rule.name!r}: its pattern does not compile ({error})"
        raise ValueError(msg) from error


@attrs.frozen
class Rule:
    """One date form of the grammar.

    Attributes:
        name: What the rule reads, unique in the grammar ("month_day": "March 3").
        pattern: A regular-expression source run on lower-cased text, every quantifier bounded.
        read: Its reader.
        cues: The kinds of cue (``CueKind``) near which it can match: it is run only on the
            windows of text around them (``scanner``).
        literals: Strings of which the text must hold one for the rule to run at all (cheap).
        hint: Speed: a cheaper pattern, without lookarounds, that matches some part of every
            match and holds one of ``literals``; a window where it is not found is skipped.
        window_hint: Speed: the same, for a rule that keeps its ``literals`` check (its
            literal is in most texts but in few windows); it may look behind.
        step: Speed: a pattern found in every match at most ``reach`` characters after its
            start; the rule's pattern is only searched for near it.
        month_check: Speed: for a rule stepped by month names, what must stand at (or before)
            a month name for a match to hold it; names that fail are passed over.
        gate: Speed: a hint shared by several rules, run once per window.
        examples: Real news phrasings the rule reads (``tests/dates/test_rules.py`` runs them).
    """

    name: str
    pattern: str = attrs.field(validator=_compiles)
    read: Reader
    cues: tuple[CueKind, ...] = attrs.field(validator=_cues)
    literals: tuple[str, ...] = ()
    hint: str | None = None
    window_hint: str | None = None
    step: Step | None = None
    month_check: Check | None = None
    gate: Check | None = None
    examples: tuple[Example, ...] = ()

    def __attrs_post_init__(self) -> None:
        problem = None
        if self.hint is not None and self.window_hint is not None:
            problem = "has both a hint and a window hint"
        elif self.hint is not None and _LOOKAROUND.search(self.hint):
            problem = f"has a hint with a lookaround or anchor ({self.hint!r}): it must match inside a window"
        elif self.window_hint is not None and not self.literals:
            problem = "has a window hint but no literals"
        elif self.month_check is not None and (self.step is None or self.step.pattern != MONTH_STEP):
            problem = "has a month check but is not stepped by month names"
        if problem is not None:
            msg = f"rule {self.name!r} {problem}"
            raise ValueError(msg)
