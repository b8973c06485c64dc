"""The notebook view of facts: the text with its mentions highlighted, and the facts joined.

``geoecon.facts.view(found)`` is what a notebook cell shows for an article's facts: the
rendering of ``Extraction._repr_html_`` where each value's tooltip also lists its fact
("export of aluminum · where RU · partner US · when 2024 · level, down · base $1.7 billion"),
and under the text one row per fact, its links included (a change's level and base, the value
a conversion restates). ``Extraction._repr_html_`` itself stays the plain rendering and never
reads the facts, so that showing a result costs what it costs without them.

>>> from geoecon import extract
>>> shown = view(extract("Chile's copper exports rose 4% to $2 billion in 2024."))
>>> html = shown._repr_html_()
>>> html.count("<mark"), html.count("<tr>")
(4, 3)
>>> "export of copper · where CL · when 2024 · change, up · level $2 billion" in html
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from geoecon.render import to_grid, to_html

if TYPE_CHECKING:
    from geoecon.extraction import Extraction
    from geoecon.facts._fact import Fact

__all__ = ["HEADER", "FactsView", "view"]

#: The columns of the fact table under the text.
HEADER: Final = (
    "value",
    "measure",
    "commodity",
    "where",
    "partner",
    "when",
    "role",
    "direction",
    "linked to",
)


def _links(fact: Fact) -> str:
    links = [
        (name, value.text)
        for name, value in (
            ("level", fact.level),
            ("base", fact.base),
            ("change", fact.change),
            ("same as", fact.equivalent_of),
        )
        if value is not None
    ]
    return "; ".join(f"{name} {text}" for name, text in links)


def _note(fact: Fact) -> str:
    """One line for a value's tooltip: its fact's fields, the empty ones left out."""
    what = fact.measure.head if fact.measure is not None else "(no measure)"
    if fact.commodity:
        what = f"{what} of {fact.commodity}"
    parts = [what]
    if fact.where:
        parts.append("where " + ",".join(fact.where))
    if fact.partner:
        parts.append("partner " + ",".join(fact.partner))
    if fact.when is not None and fact.when.value is not None:
        parts.append(f"when {fact.when.value}")
    parts.append(fact.role if fact.direction is None else f"{fact.role}, {fact.direction}")
    if links := _links(fact):
        parts.append(links)
    return " · ".join(parts)


def _row(fact: Fact) -> tuple[str | None, ...]:
    return (
        fact.value.text,
        None if fact.measure is None else fact.measure.head,
        fact.commodity,
        ",".join(fact.where) or None,
        ",".join(fact.partner) or None,
        None if fact.when is None else fact.when.value,
        fact.role,
        fact.direction,
        _links(fact) or None,
    )


@attrs.frozen
class FactsView:
    """An extraction shown with its facts (a notebook displays it through ``_repr_html_``).

    Attributes:
        found: The extraction whose facts are shown (they are computed on the first display).
    """

    found: Extraction

    def _repr_html_(self) -> str:
        """The text with each value's fact in its tooltip, then the fact table (no JavaScript)."""
        facts = self.found.facts
        notes = {fact.value.start: _note(fact) for fact in facts}
        text = to_html(self.found.text, self.found.mentions, notes)
        return text + to_grid(HEADER, [_row(fact) for fact in facts]) if facts else text


def view(found: Extraction) -> FactsView:
    """Show ``found`` with its facts in a notebook: each value's tooltip lists its fact.

    Args:
        found: The result of ``geoecon.extract``.

    Returns:
        An object a notebook displays as the highlighted text and, under it, the fact table.

    >>> from geoecon import extract
    >>> "fell" in view(extract("Exports fell 4% to $2 million."))._repr_html_()
    True
    """
    return FactsView(found)
