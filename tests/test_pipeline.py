"""The registry of kinds: every table about kinds is derived from it; the pass over a text and batching."""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import attrs
import pytest

import geoecon
from geoecon import Extraction, Mention, Options, Percentage, _frame, pipeline, render
from geoecon._doc import Doc
from geoecon.pipeline import BY_NAME, KINDS, RANKS, REGISTRY, Kind, claim_order

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "geoecon"

EVERY_KIND = (
    "KINSHASA, March 3 - Congolese cobalt exports rose about 15% to $2.3 million in the third "
    "quarter of 2024, or 2 million tons of ore a year, and 1.2 million barrels per day of oil."
)


@attrs.frozen(kw_only=True)
class Storm(Mention):
    """A seventh kind, made up for the tests: what adding a kind takes."""

    kind: ClassVar[str] = "storm"

    force: str | None = None


def _storm_scan(doc: Doc) -> list[Mention]:
    return [
        Storm(start=i, end=i + 5, text="storm") for i in range(len(doc.raw)) if doc.raw.startswith("storm", i)
    ]


STORM = Kind(
    name="storm",
    mention=Storm,
    view="storms",
    module="tests.storms",
    load=lambda: _storm_scan,
    rank=6,
    colour="#abcdef",
    flags=frozenset({"approx", "severe"}),
    amounts=frozenset({"force"}),
)
EXTENDED = (*REGISTRY, STORM)


def test_kinds_are_the_registry_in_claim_order() -> None:
    assert KINDS == ("money", "percentage", "tonnage", "quantity", "date", "place")
    assert geoecon.KINDS == KINDS
    assert [RANKS[name] for name in KINDS] == sorted(RANKS.values())
    assert all(BY_NAME[kind.name] == kind and kind.mention.kind == kind.name for kind in REGISTRY)
    assert [kind.name for kind in claim_order(reversed(EXTENDED))] == [*KINDS, "storm"]


def test_every_table_derives_from_the_registry() -> None:
    # what a new record brings, table by table
    assert _frame.flags(EXTENDED)["severe"] == {"storm"}
    assert _frame.flags(EXTENDED)["approx"] == {"money", "percentage", "tonnage", "quantity", "storm"}
    assert _frame.amounts(EXTENDED)["storm"] == {"force"}
    assert render.colours(EXTENDED)["storm"] == "#abcdef"
    lazy = geoecon._lazy_names(EXTENDED)
    assert (lazy["find_storms"], lazy["parse_storm"]) == ("tests.storms", "tests.storms")
    # and the tables in use are those derived from REGISTRY, not copies of them
    assert _frame.flags(REGISTRY) == _frame._FLAGS
    assert _frame.amounts(REGISTRY) == _frame._AMOUNTS
    assert render.colours(REGISTRY) == render._COLOURS
    assert geoecon._lazy_names(REGISTRY) == geoecon._LAZY
    assert set(geoecon._LAZY) == {"parse_number"} | {k.finder for k in REGISTRY} | {
        k.parser for k in REGISTRY
    }


def test_a_new_kind_runs_through_the_pass_and_arbitration() -> None:
    doc = Doc("a storm of 15% in 2024")
    scans = (*pipeline.scanners(KINDS), STORM.load())
    found = pipeline.mentions_in(doc, scans)
    assert [(m.kind, m.text) for m in found] == [("storm", "storm"), ("percentage", "15%"), ("date", "2024")]


def test_a_record_must_be_consistent() -> None:
    with pytest.raises(ValueError, match="mention class Percentage"):
        attrs.evolve(STORM, mention=Percentage)
    with pytest.raises(ValueError, match="two kinds share a rank"):
        claim_order([*REGISTRY, attrs.evolve(STORM, rank=0)])
    with pytest.raises(ValueError, match="two kinds share a view"):
        claim_order([*REGISTRY, attrs.evolve(STORM, view="money")])


def test_the_loaders_are_static_imports_of_each_kinds_module() -> None:
    for kind in REGISTRY:
        scan = kind.load()
        assert scan.__module__ == kind.module or scan.__module__.startswith(f"{kind.module}.")
        assert [type(m) for m in scan(Doc(EVERY_KIND))] != []
    tree = ast.parse((SRC / "pipeline.py").read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module is not None
    }
    assert {kind.module for kind in REGISTRY} <= imported
    assert "importlib" not in imported
    assert not any(
        isinstance(node, ast.Import) and node.names[0].name == "importlib" for node in ast.walk(tree)
    )


def _type_checking_imports() -> set[tuple[str, str]]:
    tree = ast.parse((SRC / "__init__.py").read_text(encoding="utf-8"))
    found: set[tuple[str, str]] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom) and statement.module:
                    found.update((statement.module, alias.name) for alias in statement.names)
    return found


def test_the_face_types_and_exports_every_lazy_name() -> None:
    # mypy sees a lazy name only through its TYPE_CHECKING import, and __all__ must list it
    typed = _type_checking_imports()
    for name, module in geoecon._LAZY.items():
        assert (module, name) in typed, (
            f"geoecon/__init__.py: import {name} from {module} under TYPE_CHECKING"
        )
        assert name in geoecon.__all__
        assert getattr(geoecon, name).__module__ == module


def test_the_api_page_documents_every_kinds_functions() -> None:
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for kind in REGISTRY:
        assert f"::: {kind.module}.{kind.finder}\n" in page
        assert f"::: {kind.module}.{kind.parser}\n" in page


def test_each_view_of_an_extraction_is_its_kinds_mentions() -> None:
    found = geoecon.extract(EVERY_KIND, reference_date=dt.date(2025, 3, 3))
    for kind in REGISTRY:
        assert isinstance(getattr(Extraction, kind.view), property)
        view = getattr(found, kind.view)
        assert view == found.of_type(kind.mention) != ()


def test_each_kind_is_drawn_in_its_colour() -> None:
    found = geoecon.extract(EVERY_KIND, reference_date=dt.date(2025, 3, 3))
    html = found._repr_html_()
    assert html == render.to_html(found.text, found.mentions)
    for kind in REGISTRY:
        assert f'class="geoecon-{kind.name}" ' in html
        assert f"background:{kind.colour};" in html
    storm = render.to_html("a storm", [Storm(start=2, end=7, text="storm")])
    assert "background:#ddd;" in storm  # a kind unknown to the registry is drawn grey


def test_the_pass_equals_extract() -> None:
    options = Options(reference_date=dt.date(2025, 3, 3))
    found = pipeline.mentions_in(Doc(EVERY_KIND, options), pipeline.scanners(KINDS))
    assert found == geoecon.extract(EVERY_KIND, options=options).mentions


def test_stream_reads_a_batch_at_a_time_and_keeps_order() -> None:
    texts = [f"Up {i}% in {2000 + i}." for i in range(pipeline.BATCH + 3)]
    taken: list[str] = []

    def feed() -> Iterator[str]:
        for text in texts:
            taken.append(text)
            yield text

    pairs = pipeline.stream(feed(), Options(), pipeline.scanners(("percentage",)))
    doc, first = next(pairs)
    assert len(taken) == pipeline.BATCH
    assert (doc.raw, [m.text for m in first]) == (texts[0], ["0%"])
    rest = list(pairs)
    assert [d.raw for d, _ in rest] == texts[1:]
    assert [m.text for _, found in rest for m in found] == [f"{i}%" for i in range(1, len(texts))]
