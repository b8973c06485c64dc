"""Temporary: the rules of ``dates.grammar``, compiled, are the old ``_COMPILED`` table entry by entry."""

from __future__ import annotations

import pytest

from geoecon import dates
from geoecon.dates.scanner import COMPILED

OLD_NAMES = [name for name, _, _ in dates._PATTERNS]


def test_same_number_of_rules() -> None:
    assert len(COMPILED) == len(dates._COMPILED) == len(OLD_NAMES)


@pytest.mark.parametrize("index", range(len(OLD_NAMES)), ids=OLD_NAMES)
def test_rule_compiles_to_the_old_entry(index: int) -> None:
    needs, literals, gate, hint, pattern, handler, step = dates._COMPILED[index]
    new = COMPILED[index]
    assert "".join(new.cues) == needs
    assert new.literals == literals
    assert new.gate is gate
    assert (new.hint is None) == (hint is None)
    if hint is not None:
        assert new.hint is not None
        assert new.hint.__self__ is hint.__self__  # type: ignore[attr-defined]  # one compiled pattern (re's cache)
        assert new.hint.__name__ == hint.__name__ == "search"
    assert new.pattern is pattern  # re caches compiled patterns: the same source, the same object
    assert new.read is handler
    assert (new.step is None) == (step is None)
    if step is not None:
        assert new.step is not None
        search, reach, check = step
        new_search, new_reach, new_check = new.step
        assert (reach, check) == (new_reach, new_check)
        assert (search is None) == (new_search is None)
        if search is not None:
            assert new_search is not None
            assert new_search.__self__ is search.__self__  # type: ignore[attr-defined]
