"""Each rule of the date grammar reads its own examples: the sentence, the surface, the value, the rule.

The examples are real news phrasings kept with their rule in ``geoecon.dates.grammar``;
relative ones are read against ``EXAMPLE_REFERENCE`` (Monday 24 February 2025, past
preference). The scanner's test hook names the rule that read each date, so an example
read by another rule (one listed earlier, or one whose longer match wins) fails here.
"""

from __future__ import annotations

import pytest

from geoecon._text import normalise
from geoecon.dates import find_dates
from geoecon.dates.grammar import RULES
from geoecon.dates.rule import EXAMPLE_REFERENCE, Example, Rule
from geoecon.dates.scanner import scan_with_rules

CASES = [(rule.name, example) for rule in RULES for example in rule.examples]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_every_rule_has_two_examples_or_more(rule: Rule) -> None:
    assert len(rule.examples) >= 2
    assert len({example.text for example in rule.examples}) == len(rule.examples)


@pytest.mark.parametrize(("name", "example"), CASES, ids=[f"{name}: {ex.text}" for name, ex in CASES])
def test_example_is_found_with_its_surface_value_and_rule(name: str, example: Example) -> None:
    found = list(find_dates(example.text, reference_date=EXAMPLE_REFERENCE))
    [date] = [d for d in found if d.text == example.surface]
    assert example.text[date.start : date.end] == example.surface
    if example.value is not None:
        assert date.value == example.value
    read = scan_with_rules(example.text, normalise(example.text), EXAMPLE_REFERENCE, False)
    assert [d for d, _ in read] == found
    assert [rule for d, rule in read if d == date] == [name]


def test_the_hook_names_the_date_rule_of_a_joined_weekday() -> None:
    text = "The summit opens on Thursday, 24 February 2025 in Kyiv."
    [(date, rule)] = scan_with_rules(text, normalise(text), None, False)
    assert (date.text, rule) == ("Thursday, 24 February 2025", "day_month")
