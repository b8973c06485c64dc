"""The example notebook (jupytext percent format) runs cell by cell, as Jupyter would run it."""

from __future__ import annotations

import ast
import contextlib
import io
from pathlib import Path
from typing import Any

import pytest

import geoecon

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "notebook.py"

jupytext = pytest.importorskip("jupytext")
pytest.importorskip("pandas")


def run_cells(path: Path) -> list[Any]:
    """Execute the code cells in order in one namespace; return each cell's displayed value.

    Like IPython, a cell whose last statement is an expression displays that value.
    """
    notebook = jupytext.read(path)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    shown: list[Any] = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        last = tree.body[-1] if tree.body else None
        body = tree.body[:-1] if isinstance(last, ast.Expr) else tree.body
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(ast.Module(body=body, type_ignores=[]), str(path), "exec"), namespace)  # noqa: S102
            if isinstance(last, ast.Expr):
                shown.append(eval(compile(ast.Expression(last.value), str(path), "eval"), namespace))  # noqa: S307
    return shown


@pytest.fixture(scope="module")
def shown() -> list[Any]:
    return run_cells(NOTEBOOK)


def test_notebook_runs_and_renders_every_mention(shown: list[Any]) -> None:
    extractions = [value for value in shown if isinstance(value, geoecon.Extraction)]
    assert len(extractions) == 1
    found = extractions[0]
    html = found._repr_html_()
    assert html.count("<mark") == len(found.mentions) > 0
    for mention in found:
        assert f'class="geoecon-{mention.kind}"' in html
    assert "<script" not in html


def test_notebook_frame_has_a_row_per_mention(shown: list[Any]) -> None:
    import pandas as pd  # noqa: PLC0415

    frames = [value for value in shown if isinstance(value, pd.DataFrame)]
    assert len(frames) == 1
    assert list(frames[0].columns) == ["kind", "start", "end", "text"]
    assert len(frames[0]) == 17


def test_the_hover_says_why_a_contextual_value_is_what_it_is() -> None:
    """Each value the context settled is dotted, and its title gives the rule and the words."""
    text = "Australia's Qantas will spend $205m. Rates rose 4% a year earlier than in May."
    found = geoecon.extract(text, reference_date="2025-02-01")
    page = found._repr_html_()
    money = found.money[0]
    assert [b.rule for b in money.basis] == ["currency.country_cue"]
    assert "why: currency.country_cue, from &#x27;Australia&#x27; (0-9)" in page
    marks = page.split("<mark")[1:]
    assert len(marks) == len(found.mentions)
    for mention, mark in zip(found, marks, strict=True):
        assert ("underline dotted" in mark) == bool(mention.basis)
        assert mark.count("why: ") == len(mention.basis)
    assert "4%" in text  # a value the text states itself: no basis, no dots
    assert not found.percentages[0].basis
