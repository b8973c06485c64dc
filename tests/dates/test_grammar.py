"""The rule records check themselves when they are made, and the grammar's table holds together."""

from __future__ import annotations

from typing import Any

import pytest

from geoecon.dates import grammar
from geoecon.dates.days import read_iso_date
from geoecon.dates.gates import DAY_AFTER_MONTH
from geoecon.dates.grammar import RULES
from geoecon.dates.rule import Example, Rule, Step
from geoecon.dates.vocabulary import MONTH_STEP, CueKind


def make(**fields: Any) -> Rule:
    rule: dict[str, Any] = {
        "name": "year_before_last",
        "pattern": r"the\s{1,3}year\s{1,3}before\s{1,3}last",
        "read": read_iso_date,
        "cues": (CueKind.RELATIVE,),
    }
    return Rule(**{**rule, **fields})


def test_a_well_made_rule_is_accepted() -> None:
    rule = make(
        literals=("before last",), examples=(Example("It fell the year before last.", "year before last"),)
    )
    assert rule.cues == (CueKind.RELATIVE,)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"cues": ()}, "rule 'year_before_last' has no cues"),
        ({"cues": ("R",)}, "its cues must be CueKind members"),
        ({"pattern": "(unclosed"}, "its pattern does not compile"),
        ({"hint": "year", "window_hint": "year", "literals": ("year",)}, "has both a hint and a window hint"),
        ({"hint": r"(?<!\w)year"}, "has a hint with a lookaround"),
        ({"hint": r"\byear"}, "has a hint with a lookaround"),
        ({"window_hint": "year"}, "has a window hint but no literals"),
        ({"month_check": DAY_AFTER_MONTH}, "has a month check but is not stepped by month names"),
        ({"month_check": DAY_AFTER_MONTH, "step": Step("year", 4)}, "is not stepped by month names"),
    ],
)
def test_a_badly_made_rule_fails_with_its_name(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make(**fields)


def test_a_hint_may_hold_a_negated_class() -> None:
    assert make(hint=r"[^a-z]year", literals=("year",)).hint == r"[^a-z]year"


def test_a_step_reaches_forward_only() -> None:
    with pytest.raises(ValueError, match="reach"):
        Step(MONTH_STEP, -1)


def test_an_example_holds_its_surface() -> None:
    with pytest.raises(ValueError, match="does not hold its surface"):
        Example("Exports fell in 2014.", "2015")


def test_two_rules_of_one_name_are_refused() -> None:
    with pytest.raises(ValueError, match="have one name: year"):
        grammar._unique((*RULES, make(name="year")))


def test_rule_names_say_what_they_read() -> None:
    names = [rule.name for rule in RULES]
    assert len(set(names)) == len(names)
    assert all(name.isidentifier() and name.islower() for name in names)


def test_every_rule_is_run_near_a_cue_of_its_kind() -> None:
    assert all(rule.cues for rule in RULES)
    # the holiday cues open windows for the named days (``dates.holidays``), read by no rule
    assert {cue for rule in RULES for cue in rule.cues} == set(CueKind) - {CueKind.HOLIDAY}
