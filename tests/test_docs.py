"""Every code block of README.md and docs/ is executed, and what the docs show is true.

pytest runs the Markdown files as doctests (``--doctest-glob=*.md``), which executes every
``>>>`` example. This module makes sure nothing escapes that: a ``python`` block must be a
doctest, shell blocks may only name the documented commands, and output shown as text must
be output the code really prints.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
FENCE = re.compile(r"^```(?P<lang>[\w-]*)\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)
# Shell lines the docs may show without running them: the README's two commands and their
# relatives, installs, and the benchmark and example scripts (each run elsewhere).
SHELL_OK = re.compile(
    r"^(make (demo|test|docs|fuzz)\b|\S*pip install |python3? -m venv |\.venv/bin/python "
    r"(benchmarks|examples|scripts)/|python (benchmarks|examples|scripts)/|cd |git clone |#)"
)


def blocks(page: Path) -> list[tuple[str, str]]:
    return [(m["lang"], m["body"]) for m in FENCE.finditer(page.read_text(encoding="utf-8"))]


def test_pages_found() -> None:
    assert len(PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_python_blocks_are_doctests(page: Path) -> None:
    for lang, body in blocks(page):
        if lang in {"python", "py", "pycon"}:
            assert body.lstrip().startswith(">>>"), f"{page.name}: python block is not a doctest:\n{body}"
            assert body.endswith("\n\n"), f"{page.name}: end the doctest with a blank line:\n{body}"
        else:
            assert lang in {"sh", "text", "yaml", "toml", ""}, f"{page.name}: unexpected fence {lang!r}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_shell_blocks_run_only_documented_commands(page: Path) -> None:
    for lang, body in blocks(page):
        if lang != "sh":
            continue
        for line in body.splitlines():
            command = line.strip()
            if command:
                assert SHELL_OK.match(command), f"{page.name}: undocumented shell command {command!r}"


def test_readme_demo_output_is_what_make_demo_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    demo = [body for lang, body in blocks(ROOT / "README.md") if lang == "text"]
    assert demo, "README shows no output of make demo"
    printed = (ROOT / "examples" / "quickstart.out").read_text(encoding="utf-8").splitlines()
    shown = [line for line in demo[0].splitlines() if line.strip()]
    assert len(shown) >= 5
    for line in shown:
        # a line cut short with "..." must be the start of a printed line
        found = any(p.startswith(line[:-3]) for p in printed) if line.endswith("...") else line in printed
        assert found, f"README line not printed by make demo: {line!r}"
    assert "make demo" in readme
    assert "make test" in readme


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_relative_links_resolve(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for target in re.findall(r"\]\((?!https?://|#|mailto:)([^)#\s]+)", text):
        assert (page.parent / target).exists(), f"{page.name}: broken link {target}"


def test_every_docs_page_is_in_the_site_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        assert f" {page.name}" in nav, f"{page.name} is missing from mkdocs.yml nav"


def test_docstring_doctests_are_fenced_for_the_site() -> None:
    spec = importlib.util.spec_from_file_location("griffe_doctests", ROOT / "scripts" / "griffe_doctests.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "Intro.\n\n>>> 1 + 1\n2\n\nAfter.\n    >>> x\n    1"
    assert module.fence_doctests(text).splitlines() == [
        "Intro.", "", "```pycon", ">>> 1 + 1", "2", "```", "", "After.",
        "    ```pycon", "    >>> x", "    1", "    ```",
    ]  # fmt: skip
