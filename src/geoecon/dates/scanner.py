"""The scanner: runs the rules of the grammar over a text, fast.

(Being filled in: for now, the rules compiled for the scan.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple

from geoecon.dates.grammar import RULES
from geoecon.dates.vocabulary import MONTH_STEP, CueKind

if TYPE_CHECKING:
    from geoecon.dates.rule import Check, Reader, Rule

__all__ = ["COMPILED", "Compiled", "compile_rule"]


class Compiled(NamedTuple):
    """A rule as the scanner runs it (unpacked once per rule and text, hence a tuple)."""

    cues: tuple[CueKind, ...]
    literals: tuple[str, ...]  #: the text must hold one (none where a hint or step holds one)
    gate: Check | None
    hint: Check | None  #: the hint or window hint, compiled
    pattern: re.Pattern[str]
    read: Reader
    step: tuple[Check | None, int, Check | None] | None  #: search (None: month names), reach, check
    name: str


def compile_rule(rule: Rule) -> Compiled:
    """``rule`` compiled for the scan."""
    hint = rule.hint or rule.window_hint
    step = None
    if rule.step is not None:
        search = None if rule.step.pattern == MONTH_STEP else re.compile(rule.step.pattern).search
        step = (search, rule.step.reach, rule.month_check)
    return Compiled(
        cues=rule.cues,
        literals=() if rule.hint is not None or rule.step is not None else rule.literals,
        gate=rule.gate,
        hint=None if hint is None else re.compile(hint).search,
        pattern=re.compile(rule.pattern),
        read=rule.read,
        step=step,
        name=rule.name,
    )


COMPILED: Final = tuple(compile_rule(rule) for rule in RULES)
