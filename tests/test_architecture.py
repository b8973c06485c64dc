"""The layer contract: imports inside ``geoecon`` flow one way, from the face down to the tables.

Read from the source with ``ast`` (every import counts, including those under
``TYPE_CHECKING`` and inside functions), so a lazy import cannot hide an upward arrow.
From the bottom up:

0. plain values and data: ``_text``, ``errors``, ``options``, ``_mention``, ``_regex``,
   ``_tables``, ``_adapters``;
1. the one number reader, ``numerals``;
2. per-document state: ``_doc``, ``_evidence``;
3. what the kinds share: arbitration (``_arbitration``), the ``find_*``/``parse_*`` contract
   (``_contract``, ``_strict``), grammar (``_qualifiers``, ``_ranges``, ``_measure``);
4. the kinds: ``money``, ``percentages``, ``tonnage``, ``quantities``, ``dates``, ``places``;
   a kind never imports another kind;
5. ``pipeline``: the registry of kinds, one pass of the kinds over a text, batching;
6. the views of a result that need no result class: ``render``, ``_frame``, ``_arrow``;
7. ``context``: document-level decisions over the mentions of every kind;
8. ``extraction``: ``Extraction``, ``extract``, ``extract_many``;
9. ``facts``, then the integrations (``spacy``);
10. the package's face, ``geoecon/__init__.py``.

A module may import its own layer (and its own package), but the graph has no cycle.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "geoecon"

LAYERS: tuple[tuple[str, ...], ...] = (
    ("_text", "errors", "options", "_mention", "_regex", "_tables", "_adapters"),
    ("numerals",),
    ("_doc", "_evidence", "_dateline"),
    ("_arbitration", "_contract", "_qualifiers", "_ranges", "_measure", "_strict"),
    ("money", "percentages", "tonnage", "quantities", "dates", "places"),
    ("pipeline",),
    ("render", "_frame", "_arrow"),
    ("context",),
    ("extraction",),
    ("facts", "spacy"),
    ("__init__",),
)
KINDS = frozenset(LAYERS[4])

#: Known breaches of the contract, each to be removed by the change that mends it. The test
#: fails when a breach listed here no longer exists, so that this ledger stays true.
KNOWN: frozenset[tuple[str, str]] = frozenset()

#: Upward imports allowed because they never run at import time: ``Extraction.facts`` (layer
#: 8) reaches the linker (layer 9) by an import inside the property, run on first access,
#: and names ``Fact`` under ``TYPE_CHECKING``. A hook registered by ``geoecon.facts`` would
#: also work, but it would make ``.facts`` depend on which modules were imported first and
#: hide the arrow from this test; the lazy import keeps it visible here, checked by
#: ``test_allowed_upward_imports_never_run_at_import_time``.
LAZY_UPWARD: frozenset[tuple[str, str]] = frozenset({("extraction", "facts"), ("extraction", "facts.frame")})


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def _layer(module: str) -> int:
    top = _top(module)
    for rank, names in enumerate(LAYERS):
        if top in names:
            return rank
    msg = f"geoecon.{module} is in no layer of tests/test_architecture.py: add it to LAYERS"
    raise AssertionError(msg)


def _imports(path: Path) -> set[str]:
    """The ``geoecon`` modules that ``path`` imports, as names relative to the package."""
    name = _module_name(path)
    found = _imports_of(path.read_text(encoding="utf-8"), name, is_package=path.name == "__init__.py")
    found.discard(name)
    return found


def _imports_of(source: str, module: str, *, is_package: bool) -> set[str]:
    tree = ast.parse(source)
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(
                alias.name.removeprefix("geoecon.")
                for alias in node.names
                if alias.name.startswith("geoecon.")
            )
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".") if package else []
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif node.module and (node.module == "geoecon" or node.module.startswith("geoecon.")):
                target = node.module.removeprefix("geoecon").lstrip(".")
            else:
                continue
            if target:
                found.add(target)
            else:  # ``from geoecon import money``: the names are modules or the face's re-exports
                found.update(
                    alias.name
                    for alias in node.names
                    if (SRC / alias.name).exists() or (SRC / f"{alias.name}.py").exists()
                )
    return found


def _graph() -> dict[str, set[str]]:
    return {
        ("__init__" if path == SRC / "__init__.py" else _module_name(path)): _imports(path)
        for path in sorted(SRC.rglob("*.py"))
    }


def _breaches(graph: dict[str, set[str]] | None = None) -> set[tuple[str, str]]:
    breaches = set()
    for module, imported in (_graph() if graph is None else graph).items():
        for target in imported:
            upward = _layer(target) > _layer(module)
            across_kinds = _top(module) in KINDS and _top(target) in KINDS and _top(module) != _top(target)
            if upward or across_kinds:
                breaches.add((module, target))
    return breaches


def test_every_module_has_a_layer() -> None:
    for module in _graph():
        _layer(module)


@pytest.mark.parametrize("kind", ["money", "percentages", "tonnage", "quantities"])
def test_a_numeric_kind_defines_no_public_machinery(kind: str) -> None:
    """A public kind module exports its ``find_*``/``parse_*`` only; shared machinery lives in ``_`` rooms."""
    module = importlib.import_module(f"geoecon.{kind}")
    assert all(name.startswith(("find_", "parse_")) for name in module.__all__), module.__all__
    defined = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and getattr(value, "__module__", None) == module.__name__
    }
    assert defined <= set(module.__all__), sorted(defined - set(module.__all__))


def test_no_module_imports_upward_or_across_kinds() -> None:
    new = _breaches() - KNOWN - LAZY_UPWARD
    assert not new, "imports against the layer order (importer, imported): " + ", ".join(
        map(str, sorted(new))
    )


def test_the_ledger_of_known_breaches_is_true() -> None:
    mended = KNOWN - _breaches()
    assert not mended, f"no longer breached, remove from KNOWN: {sorted(mended)}"


def test_the_import_graph_has_no_cycle() -> None:
    graph = _graph()
    names = set(graph)
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            # a submodule import (geoecon.dates.grammar) counts as an import of the module itself
            near = target if target in names else _top(target)
            if near not in names or near == node or (node, near) in KNOWN or (node, target) in LAZY_UPWARD:
                continue
            if state.get(near) == 1:
                cycle = [*stack[stack.index(near) :], near]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if near not in state:
                visit(near)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def _module_level_imports(source: str) -> set[str]:
    """The modules imported by statements that run at import time (not in functions, not type-only)."""
    found: set[str] = set()

    def walk(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module.removeprefix("geoecon."))
            elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
                walk(node.body)
                walk(node.orelse)
            elif isinstance(node, ast.Try):
                walk(node.body)

    walk(ast.parse(source).body)
    return found


def test_allowed_upward_imports_never_run_at_import_time() -> None:
    for module, target in LAZY_UPWARD:
        assert target in _imports(SRC / f"{module}.py"), f"{module} no longer imports {target}: drop it"
        source = (SRC / f"{module}.py").read_text(encoding="utf-8")
        assert target not in _module_level_imports(source), f"{module} imports {target} at import time"


@pytest.mark.parametrize(
    ("source", "module", "is_package", "expected"),
    [
        ("from geoecon.numerals import read_number", "money", False, {"numerals"}),
        ("from geoecon import money, Options", "extraction", False, {"money"}),
        ("import geoecon.dates.grammar", "pipeline", False, {"dates.grammar"}),
        ("from .grammar import RULES", "dates.scanner", False, {"dates.grammar"}),
        ("from . import grammar", "dates", True, {"dates"}),
        ("from .._doc import Doc", "dates.scanner", False, {"_doc"}),
        ("def f():\n    from geoecon.extraction import Extraction", "_frame", False, {"extraction"}),
        ("import regex\nfrom collections import abc", "money", False, set()),
    ],
)
def test_the_reader_sees_every_form_of_import(
    source: str, module: str, is_package: bool, expected: set[str]
) -> None:
    assert _imports_of(source, module, is_package=is_package) == expected


def test_an_upward_import_is_a_breach() -> None:
    assert _layer("money") > _layer("numerals")
    assert _layer("extraction") > _layer("pipeline") > _layer("dates")
    assert _breaches({"_frame": {"extraction", "pipeline"}, "render": {"pipeline"}}) == {
        ("_frame", "extraction")
    }
    assert _breaches({"quantities": {"tonnage", "_doc"}}) == {("quantities", "tonnage")}
