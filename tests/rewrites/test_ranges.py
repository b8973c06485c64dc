"""The one range reader (``geoecon._ranges``) against the range loops each kind had before it.

Each oracle below is the kind's scanner as it was before its ranges moved to ``_ranges``,
kept verbatim (with its own separator pattern and its own ``_BETWEEN``); hypothesis draws
texts from the words ranges are made of, and the kind must find exactly what its oracle
finds. The three separator sets differ on purpose; each oracle keeps its own.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

import regex
from hypothesis import example, given, settings

from geoecon import percentages
from geoecon._doc import Doc
from geoecon._mention import Percentage, PercentUnit
from geoecon._qualifiers import qualifier_before
from geoecon._text import fold_spaces, match_near
from geoecon.numerals import combine_range, plain_decimal
from helpers import texts_of

if TYPE_CHECKING:
    from collections.abc import Iterator

RANGE_WORDS = [
    "5", "2.5", "10", "1,000", "-3", "+4", "-", " - ", "--", "to", "TO", "and", "And", "through", "or", "between",
    "Between", "from", "FROM", "rose", "fell", "up", "by", "about", "some", "~", "x", "billion", "million", "ten",
    "half a", "minus", "\u017f", "\u00e9",
]  # fmt: skip

# ----------------------------------------------------------------------------- percentages

_PERCENT_RANGE_SEP: Final = regex.compile(r"[ \t]*(?:-|to|and)[ \t]*", regex.IGNORECASE)
_BETWEEN: Final = regex.compile(r"(?<![\w])(?:between|from)[ \t]+", regex.IGNORECASE | regex.REVERSE)


def old_percentages(doc: Doc) -> Iterator[Percentage]:  # the oracle, verbatim
    """``percentages._find`` before ``_ranges``."""
    numbers = doc.numbers
    found: list[Percentage] = []
    opens = percentages._opens(doc)
    opens.append(False)
    i = 0
    while i < len(numbers):
        if not (opens[i] or opens[i + 1]):
            i += 1
            continue
        number = numbers[i]
        unit = percentages._unit_after(doc, number)
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt is not None and number.value is not None and nxt.value is not None:
            pos = unit[1] if unit else number.end
            sep = match_near(_PERCENT_RANGE_SEP, doc.norm, pos, opens="-tTaA")
            second = percentages._unit_after(doc, nxt) if sep is not None and sep.end() == nxt.start else None
            if (
                sep is not None
                and sep.end() == nxt.start
                and second is not None
                and (unit is None or unit[0] == second[0])
            ):
                word = sep.group().strip().lower()
                lead = _BETWEEN.match(doc.norm, max(0, number.start - 12), number.start)
                bounds = combine_range(number, nxt)
                if (
                    bounds is not None
                    and (word != "and" or lead is not None)
                    and (word != "to" or unit is None or lead)
                ):
                    start = lead.start() if lead is not None and word in {"and", "to"} else number.start
                    low, high = bounds
                    found.append(
                        Percentage(
                            start=start, end=second[1], text=doc.raw[start : second[1]], value=None,
                            low=plain_decimal(low), high=plain_decimal(high), unit=second[0],
                            qualifier=qualifier_before(doc.norm, start),
                        )
                    )  # fmt: skip
                    i += 2
                    continue
        if unit is not None and number.value is not None:
            start, value = number.start, number.value
            if number.sign == "+":
                value = abs(value)
            minus = percentages._MINUS.match(doc.norm, max(0, start - 8), start)
            if minus is not None:
                start, value = minus.start(), -value
            found.append(
                Percentage(
                    start=start, end=unit[1], text=doc.raw[start : unit[1]], value=plain_decimal(value),
                    unit=unit[0], qualifier=qualifier_before(doc.norm, start),
                )
            )  # fmt: skip
        i += 1
    for match in percentages._REVERSED.finditer(doc.lower):
        nums = [n for n in numbers if n.start == match.end() and n.value is not None]
        if nums and not any(p.start < nums[0].end and match.start() < p.end for p in found):
            n = nums[0]
            found.append(
                Percentage(
                    start=match.start(), end=n.end, text=doc.raw[match.start() : n.end],
                    value=plain_decimal(n.value), unit=PercentUnit.PERCENT,  # type: ignore[arg-type]
                )
            )  # fmt: skip
    for match in percentages._fraction_matches(doc.lower):
        if any(p.start < match.end() and match.start() < p.end for p in found):
            continue
        unit_kind = (
            PercentUnit.PERCENTAGE_POINT
            if match.group("pp")
            else PercentUnit.BASIS_POINT
            if match.group("bp")
            else PercentUnit.PERCENT
        )
        fraction = percentages._FRACTIONS.get(fold_spaces(match.group("f")), Decimal(1) / 3)
        found.append(
            Percentage(
                start=match.start(), end=match.end(), text=doc.raw[match.start() : match.end()],
                value=fraction, unit=unit_kind, qualifier=qualifier_before(doc.norm, match.start()),
            )
        )  # fmt: skip
    found.sort(key=lambda p: p.start)
    yield from found


PERCENT_WORDS = [
    *RANGE_WORDS, "%", "percent", "per cent", "PCT", "pct", "points", "point", "basis points", "bp", "bps",
    "percentage points", "pp", "rate", "index", "shares", "of", "percent of", "per-cent",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(texts_of(PERCENT_WORDS))
@example("rose 5% to 6%, from 5% to 6%, 5 to 6%, between 4 and 5 percent, 4 and 5%, 10%-25%, 5 or 6%")
@example("between  4% AND 5 pct, from 5 - 6 bp, 5 -6%, 5%-6 points in the rate, Between 1 to 2 percent")
def test_percentage_ranges_as_before(text: str) -> None:
    assert list(percentages._find(Doc(text))) == list(old_percentages(Doc(text)))
