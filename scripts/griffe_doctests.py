"""A griffe extension for the docs build: show docstring doctests as Python console blocks.

geoecon's docstrings carry doctests (run by pytest) directly in their text. Read as
Markdown, a ``>>>`` line is an ordinary paragraph, and output such as
``[('money', '$2.3 million')]`` even looks like a link. This extension wraps every
run of doctest lines (a ``>>>`` line up to the next blank line) in a ``pycon`` fence
when mkdocstrings loads the package. It is used by ``mkdocs.yml`` only.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap each doctest run of ``text`` in a ``pycon`` fence (see ``tests/test_docs.py``)."""
    out: list[str] = []
    indent: str | None = None
    for line in text.splitlines():
        stripped = line.lstrip()
        if indent is None and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
        elif indent is not None and not stripped:
            out.append(f"{indent}```")
            indent = None
        out.append(line)
    if indent is not None:
        out.append(f"{indent}```")
    return "\n".join(out)


class FenceDoctests(griffe.Extension):
    """Fence the doctests of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:  # noqa: ARG002
        """Rewrite the object's docstring, if it has one."""
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
