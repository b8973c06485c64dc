"""Rendering: a text with its mentions highlighted, as HTML for a notebook.

``Extraction._repr_html_`` is ``to_html(found.text, found.mentions)``: each mention is a
``<mark>`` in its kind's colour (from ``geoecon.pipeline.REGISTRY``), with the kind as a
superscript and its normalised fields as a tooltip. Plain HTML and CSS: no JavaScript, and
every piece of the text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from geoecon.pipeline import REGISTRY, Kind

if TYPE_CHECKING:
    from geoecon._mention import Mention

__all__ = ["colours", "to_html"]

#: A mention of a kind that has no colour of its own.
_NO_COLOUR: Final = "#ddd"
#: Record fields the mark itself shows (its place and text) or its class names (its kind).
_SHOWN: Final = frozenset({"start", "end", "text", "kind"})


def colours(kinds: Iterable[Kind] = REGISTRY) -> dict[str, str]:
    """Each kind's highlight colour by name.

    >>> colours()["money"]
    '#c6f0c2'
    """
    return {kind.name: kind.colour for kind in kinds}


_COLOURS: Final = colours()


def to_html(text: str, mentions: Iterable[Mention]) -> str:
    """Render ``text`` with each of ``mentions`` (sorted, non-overlapping) highlighted.

    Args:
        text: The source text.
        mentions: Mentions of ``text``, sorted by offset, no two overlapping.

    Returns:
        One ``<div>`` of HTML.

    >>> from decimal import Decimal
    >>> from geoecon import Percentage
    >>> print(to_html("Up <4%>", [Percentage(start=4, end=6, text="4%", value=Decimal(4))]))
    ... # doctest: +NORMALIZE_WHITESPACE
    <div class="geoecon" style="line-height:2;white-space:pre-wrap">Up &lt;<mark
    class="geoecon-percentage" title="value=4, unit=percent"
    style="background:#fde2a7;padding:0 .2em;border-radius:.3em">4%<sup
    style="font-size:.6em;margin-left:.2em">percentage</sup></mark>&gt;</div>
    """
    parts = ['<div class="geoecon" style="line-height:2;white-space:pre-wrap">']
    cursor = 0
    for m in mentions:
        parts.append(html.escape(text[cursor : m.start]))
        fields = {k: v for k, v in m.to_record().items() if k not in _SHOWN}
        title = html.escape(", ".join(f"{k}={v}" for k, v in fields.items()), quote=True)
        colour = _COLOURS.get(m.kind, _NO_COLOUR)
        parts.append(
            f'<mark class="geoecon-{m.kind}" title="{title}" '
            f'style="background:{colour};padding:0 .2em;border-radius:.3em">'
            f"{html.escape(m.text)}"
            f'<sup style="font-size:.6em;margin-left:.2em">{m.kind}</sup></mark>'
        )
        cursor = m.end
    parts.append(html.escape(text[cursor:]))
    parts.append("</div>")
    return "".join(parts)
