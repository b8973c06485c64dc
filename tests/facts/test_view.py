"""The notebook view of facts: each value's tooltip lists its fact, and the fact table follows."""

from __future__ import annotations

import datetime as dt

import pytest

import geoecon.facts
from geoecon import extract
from geoecon.facts import view
from geoecon.facts.view import HEADER

SEED = (
    "Russian aluminum exports to the United States fell to just $2.3 million in 2024, down from a high"
    " of $1.7 billion in 2017 — about 15% of all U.S. aluminum imports."
)


def test_each_value_tooltip_lists_its_fact_and_links() -> None:
    html = view(extract(SEED, reference_date=dt.date(2025, 2, 24)))._repr_html_()
    assert "export of aluminum · where RU · partner US · when 2024 · level, down · base $1.7 billion" in html
    assert "export of aluminum · where RU · partner US · when 2017 · base, down · level $2.3 million" in html


def test_the_fact_table_has_a_row_per_fact() -> None:
    found = extract(SEED, reference_date=dt.date(2025, 2, 24))
    html = view(found)._repr_html_()
    assert html.count("<tr>") == len(found.facts) + 1 == 4
    assert all(f">{column}</th>" in html for column in HEADER)


def test_the_view_escapes_and_has_no_script() -> None:
    html = view(extract("<b>Exports</b> rose 4% & more"))._repr_html_()
    assert "&lt;b&gt;" in html
    assert "<script" not in html


def test_no_facts_no_table() -> None:
    html = view(extract("Russia and Japan met in Tokyo."))._repr_html_()
    assert "<table" not in html


def test_the_plain_rendering_does_not_read_the_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_found: object) -> None:
        raise AssertionError

    monkeypatch.setattr(geoecon.facts, "link", refuse)
    found = extract(SEED)
    assert "<mark" in found._repr_html_()  # the facts were never linked
    with pytest.raises(AssertionError):
        view(found)._repr_html_()
