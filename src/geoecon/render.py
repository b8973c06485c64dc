"""Rendering: a text with its mentions highlighted, as HTML for a notebook, and as a listing.

``Extraction._repr_html_`` is ``to_html(found.text, found.mentions)``: each mention is a
``<mark>`` in its kind's colour (from ``geoecon.pipeline.REGISTRY``), with the kind as a
superscript and its normalised fields as a tooltip. Plain HTML and CSS: no JavaScript, and
every piece of the text is escaped.

``to_html(text, mentions, notes)`` adds a note per mention (by its start) to its tooltip, and
``to_grid`` draws a plain HTML table: the facts view (``geoecon.facts.view``) uses both, so that
each value's tooltip lists its fact and the fact table sits under the text.

``Extraction.table()`` (and ``str(found)``) is ``to_table(found.mentions)``: one aligned line per
mention, its kind, its offsets, its text and its normalised fields; ``Extraction.__repr__`` is
``summary(found.text, found.mentions)``: the counts by kind and the first words of the text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

from geoecon.pipeline import REGISTRY, Kind

if TYPE_CHECKING:
    from geoecon._mention import Mention

__all__ = ["colours", "summary", "to_grid", "to_html", "to_table"]

#: A mention of a kind that has no colour of its own.
_NO_COLOUR: Final = "#ddd"
#: Record fields the mark itself shows (its place and text) or its class names (its kind).
_SHOWN: Final = frozenset({"start", "end", "text", "kind"})
#: How many characters of the text ``summary`` shows at most.
_LEAD: Final = 48


def colours(kinds: Iterable[Kind] = REGISTRY) -> dict[str, str]:
    """Each kind's highlight colour by name.

    >>> colours()["money"]
    '#c6f0c2'
    """
    return {kind.name: kind.colour for kind in kinds}


_COLOURS: Final = colours()


def to_html(text: str, mentions: Iterable[Mention], notes: Mapping[int, str] | None = None) -> str:
    """Render ``text`` with each of ``mentions`` (sorted, non-overlapping) highlighted.

    Args:
        text: The source text.
        mentions: Mentions of ``text``, sorted by offset, no two overlapping.
        notes: More lines for a mention's tooltip, by the mention's start (the facts view's
            "export of aluminum, RU → US, 2024, level, down").

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
        lines = [", ".join(f"{k}={v}" for k, v in fields.items()), *_why(text, m)]
        if notes and m.start in notes:
            lines.append(notes[m.start])
        title = html.escape("\n".join(lines), quote=True).replace("\n", "&#10;")
        colour = _COLOURS.get(m.kind, _NO_COLOUR)
        # A value the context settled is underlined with dots: its title says why.
        dotted = ";text-decoration:underline dotted" if m.basis else ""
        parts.append(
            f'<mark class="geoecon-{m.kind}" title="{title}" '
            f'style="background:{colour};padding:0 .2em;border-radius:.3em{dotted}">'
            f"{html.escape(m.text)}"
            f'<sup style="font-size:.6em;margin-left:.2em">{m.kind}</sup></mark>'
        )
        cursor = m.end
    parts.append(html.escape(text[cursor:]))
    parts.append("</div>")
    return "".join(parts)


def _why(text: str, mention: Mention) -> list[str]:
    """One line per ``Basis`` of ``mention``: the rule, and the words it relied on.

    >>> from geoecon import extract
    >>> found = extract("Australia's Qantas will spend $205m.")
    >>> _why(found.text, found.money[0])
    ["why: currency.country_cue, from 'Australia' (0-9)"]
    """
    lines = []
    for basis in mention.basis:
        if basis.evidence is None:
            lines.append(f"why: {basis.rule}")
        else:
            start, end = basis.evidence
            lines.append(f"why: {basis.rule}, from {text[start:end]!r} ({start}-{end})")
    return lines


def to_grid(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain HTML table (every cell escaped; ``None`` drawn empty) for a notebook.

    >>> print(to_grid(["value", "measure"], [["$2 <bn>", None]]))  # doctest: +NORMALIZE_WHITESPACE
    <table class="geoecon-grid" style="border-collapse:collapse;font-size:.85em;margin-top:.6em"><tr><th
    style="text-align:left;padding:.1em .6em;border-bottom:1px solid #999">value</th><th
    style="text-align:left;padding:.1em .6em;border-bottom:1px solid #999">measure</th></tr><tr><td
    style="padding:.1em .6em;border-bottom:1px solid #eee">$2 &lt;bn&gt;</td><td
    style="padding:.1em .6em;border-bottom:1px solid #eee"></td></tr></table>
    """
    th = '<th style="text-align:left;padding:.1em .6em;border-bottom:1px solid #999">'
    td = '<td style="padding:.1em .6em;border-bottom:1px solid #eee">'
    parts = [
        '<table class="geoecon-grid" style="border-collapse:collapse;font-size:.85em;margin-top:.6em"><tr>'
    ]
    parts += [f"{th}{html.escape(h)}</th>" for h in header]
    parts.append("</tr>")
    for row in rows:
        cells = "".join(f"{td}{'' if c is None else html.escape(str(c))}</td>" for c in row)
        parts.append(f"<tr>{cells}</tr>")
    parts.append("</table>")
    return "".join(parts)


def to_table(mentions: Iterable[Mention]) -> str:
    """One aligned line per mention: kind, ``start-end``, text and the fields it has.

    >>> from decimal import Decimal
    >>> from geoecon import Money, Percentage
    >>> print(to_table([Percentage(start=4, end=6, text="4%", value=Decimal(4)),
    ...                 Money(start=10, end=14, text="$2bn", amount=Decimal("2E9"), currency="USD")]))
    percentage    4-6    '4%'                         value=4, unit=percent
    money        10-14   '$2bn'                       amount=2000000000, currency=USD
    >>> to_table([])
    'no mentions'
    """
    records = [m.to_record() for m in mentions]
    if not records:
        return "no mentions"
    width = max(4, *(len(str(r["end"])) for r in records))
    lines = []
    for r in records:
        fields = ", ".join(f"{k}={v}" for k, v in r.items() if k not in _SHOWN and v is not None)
        offsets = f"{r['start']:>{width}}-{r['end']:<{width}}"
        lines.append(f"{r['kind']:<10} {offsets} {r['text']!r:<28} {fields}".rstrip())
    return "\n".join(lines)


def summary(text: str, mentions: Iterable[Mention]) -> str:
    """What ``repr`` shows of a result: the counts by kind, then the first words of the text.

    >>> from geoecon import Percentage
    >>> summary("Prices rose 4% in March across the whole euro zone, the agency said.",
    ...         [Percentage(start=12, end=14, text="4%")])
    "<Extraction of 1 mention (percentage 1): 'Prices rose 4% in March across the whole euro…', 68 chars>"
    """
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    total = sum(counts.values())
    by_kind = ", ".join(f"{kind} {counts[kind]}" for kind in _COLOURS if kind in counts)
    lead = " ".join(text.split())
    if len(lead) > _LEAD:
        cut = lead[: _LEAD + 1].rsplit(" ", 1)[0] if " " in lead[: _LEAD + 1] else lead[:_LEAD]
        lead = cut.rstrip(" ,.;:-") + "…"
    noun = "mention" if total == 1 else "mentions"
    counted = f"{total} {noun} ({by_kind})" if by_kind else f"{total} {noun}"
    return f"<Extraction of {counted}: {lead!r}, {len(text)} chars>"
