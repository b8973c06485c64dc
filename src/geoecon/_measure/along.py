r"""Prices and goods along the text: the unit of a unit price, and what a later amount inherits.

Part of the measure room (``geoecon._measure``), apart so that each file stays short:

* the unit of a unit price written after an amount of money ("$2,655 per ton", "85 cents
  a kilo", "$5 a\ntonne": ``per_unit``) or before it ("an ounce of caviar for $126":
  ``unit_before_price``), read from ``PER_UNITS`` as the measures read their units;
* what an amount inherits from one before it: the unit after a bracketed conversion
  (``unit_prices``), the unit of a price in the same paragraph (``carried_prices``,
  ``unit.per.carried``), the goods an amount names (``carried_of_what``,
  ``commodity.carried``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple, TypeVar

import attrs
import regex

from geoecon._mention import Basis, Money, Quantity, Tonnage
from geoecon._qualifiers import qualifier_before
from geoecon._regex import alternation
from geoecon._tables.qualifiers import QUALIFIERS
from geoecon._tables.units import PER_UNITS
from geoecon._text import fold_spaces, match_near, match_near_ascii
from geoecon.numerals import plain_decimal

if TYPE_CHECKING:
    from geoecon._doc import Doc

__all__ = [
    "carried_currencies",
    "carried_of_what",
    "carried_prices",
    "per_unit",
    "price_follows_article",
    "unit_before_price",
    "unit_prices",
]

# ----------------------------------------------------------------------------- unit prices


class _PricePatterns(NamedTuple):
    """The unit-price words after an amount, compiled on first use."""

    per: regex.Pattern[str]
    per_lower: re.Pattern[str]  # ``per`` without IGNORECASE, for ASCII stretches of ``Doc.lower``


@cache
def _price_patterns() -> _PricePatterns:
    per_units = alternation(list(PER_UNITS))
    per = regex.compile(
        rf"""(?:-(?=per-)|[ \t]*(?:\n(?![ \t]))?)(?:per|a|an|each|/)
            (?:(?<=per)-|[ \t]*(?:\n(?![ \t]))?)(?:(?i:metric|dry)[ \t]+)?
            (?P<unit>(?i:{per_units}))(?![\w])""",
        regex.VERBOSE | regex.IGNORECASE,
    )
    # Speed: the same pattern for lower-cased ASCII text, where ignoring case is lower-casing;
    # the standard engine runs it about four times faster.
    per_lower = re.compile(
        rf"""(?:-(?=per-)|[ \t]*(?:\n(?![ \t]))?)(?:per|a|an|each|/)
            (?:(?<=per)-|[ \t]*(?:\n(?![ \t]))?)(?:(?:metric|dry)[ \t]+)?
            (?P<unit>{per_units})(?![\w])""",
        re.VERBOSE,
    )
    return _PricePatterns(per, per_lower)


def _per_match(doc: Doc, end: int) -> re.Match[str] | regex.Match[str] | None:
    """The unit price words after an amount ("per tonne", "a barrel", "/oz").

    The pattern ignores case; where the stretch read is ASCII its case-sensitive twin
    runs on ``doc.lower`` instead (see ``match_near_ascii``). Speed: no first-character
    gate; the standard engine refuses a wrong first word as fast.
    """
    patterns = _price_patterns()
    return match_near_ascii(patterns.per, patterns.per_lower, doc.norm, end, twin_text=doc.lower)


def per_unit(doc: Doc, end: int) -> tuple[str, int] | None:
    """The unit of a unit price written after an amount, and where its words end.

    The unit is ``PER_UNITS``' symbol ("$2,655 per ton" -> ``"t"``); "a t" is no price.

    >>> from geoecon._doc import Doc
    >>> per_unit(Doc("$2,655 per metric ton"), 6)
    ('t', 21)
    """
    m = _per_match(doc, end)
    if m is None:
        return None
    unit = fold_spaces(m.group("unit")).casefold()  # "ſhare": the pattern folds case as Unicode does
    if unit not in PER_UNITS or (unit == "t" and m.group().strip()[:1].lower() == "a"):
        return None
    return PER_UNITS[unit], m.end()


# A metric mass and an opening bracket right before a number: "850 grammes (1.9 pounds)".

# ----------------------------------------------------------------------------- prices along the text

_BETWEEN_PAREN: Final = regex.compile(r"[ \t]*\([ \t]*")
_CLOSE_PAREN: Final = regex.compile(r"[ \t]*\)")


def unit_prices(doc: Doc, found: Iterator[Money]) -> Iterator[Money]:
    """Give a unit written after a parenthesised conversion to both amounts.

    In "100,000 yuan ($13,800) a tonne" the unit follows the closing parenthesis:
    both amounts are prices per tonne. The unit stays outside both spans, which
    cannot reach across the parenthesis.
    """
    pending: Money | None = None
    for money in found:
        if pending is not None:
            opened = match_near(_BETWEEN_PAREN, doc.norm, pending.end, opens="(")
            per = None
            if opened is not None and opened.end() == money.start and money.per is None:
                closed = match_near(_CLOSE_PAREN, doc.norm, money.end)
                per = per_unit(doc, closed.end()) if closed is not None else None
            if per is not None:
                yield attrs.evolve(pending, per=per[0])
                yield attrs.evolve(money, per=per[0])
                pending = None
                continue
            yield pending
        pending = money if money.per is None else None
        if pending is None:
            yield money
    if pending is not None:
        yield pending


#: Units a unit price carries to the bare prices after it; time and shares are not carried.
_CARRIED_UNITS: Final = frozenset({"t", "short_ton", "bbl", "oz", "lb", "kg", "g", "mmbtu", "gal", "l", "bu"})


def _value(money: Money) -> Decimal | None:
    return money.amount if money.amount is not None else money.high


def carried_prices(doc: Doc, found: list[Money]) -> list[Money]:
    """A bare amount after a unit price in the same paragraph is a price in that unit.

    "copper rose to $9,150 a tonne; zinc added 2% to $2,740", "$8.14 per mmBtu ... That
    compares with $2.91": the unit is written once and elided after. Carried to an amount of
    the same currency, with no unit, within ten times the priced amount either way ("$5
    billion" after "$9,150 a tonne" is no price), in the same paragraph (``unit.per.carried``,
    the priced amount as evidence).
    """
    priced: Money | None = None
    out: list[Money] = []
    for money in found:
        if money.per is not None:
            priced = money if money.per in _CARRIED_UNITS else None
            out.append(money)
            continue
        value, base = _value(money), None if priced is None else _value(priced)
        if (
            priced is not None
            and base is not None
            and value is not None
            and base > 0
            and money.currency == priced.currency
            and base / 10 <= value <= base * 10
            and doc.evidence.paragraph(money.start) == doc.evidence.paragraph(priced.start)
        ):
            basis = (*money.basis, Basis("unit.per.carried", (priced.start, priced.end)))
            out.append(attrs.evolve(money, per=priced.per, basis=basis))
            continue
        out.append(money)
    return out


#: The unit words that may open a price phrase written before the amount ("an ounce of
#: caviar for $126"): the carried units as words, singular (a price is per one unit).
_UNIT_FIRST: Final = sorted(
    (w for w, u in PER_UNITS.items() if u in _CARRIED_UNITS and len(w) > 3 and not w.endswith("s")),
    key=lambda w: (-len(w), w),
)
# "an ounce of farmed ossetra caviar for", "a tonne of copper costs", "a barrel of Brent at":
# the unit, "of" and at most four words of the goods, then a verb of price and a hedge.
_UNIT_FIRST_WORDS: Final = "|".join(re.escape(w) for w in _UNIT_FIRST)
_HEDGES: Final = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_PRICE_PHRASE: Final = (
    rf"(?<![\w-])(?:an?|one|per|each)[ \t]+(?P<unit>{_UNIT_FIRST_WORDS})"
    r"[ \t]+of[ \t]+(?:[a-z][a-z'-]*[ \t]+){1,4}"
    r"(?:(?:sells?|sold|goes|went|trades?|traded|is|was|priced|retails?|retailed)[ \t]+)?"
    r"(?:for|at|costs?|fetch(?:es|ed)?|worth)[ \t]+"
    rf"(?:(?:{_HEDGES}|between|from)[ \t]+)?"
)
_PRICE_BEFORE_AMOUNT: Final = re.compile(_PRICE_PHRASE + r"\Z")
# Every unit word of a price phrase holds one of these (the words holding no other word).
_UNIT_FIRST_CORES: Final = tuple(w for w in _UNIT_FIRST if not any(v != w and v in w for v in _UNIT_FIRST))
_PRICE_AFTER_ARTICLE: Final = re.compile(_PRICE_PHRASE + r"(?=[$\u20ac\u00a3\u00a5\u20b9]|[a-z]{1,3}\$)")


def unit_before_price(doc: Doc, start: int) -> tuple[str, tuple[int, int]] | None:
    """The unit of a price written before the amount, and where its word is.

    "Petrossian sells an ounce of farmed caviar for $126 to $170": the amount is per
    ounce though no unit follows it. Read on the lower-cased text, at most 120
    characters back from ``start`` (the amount, or its hedge).

    >>> from geoecon._doc import Doc
    >>> text = "It sells an ounce of farmed caviar for $126."
    >>> unit, span = unit_before_price(Doc(text), 39)
    >>> unit, text[span[0] : span[1]]
    ('oz', 'ounce')
    >>> unit_before_price(Doc("It bought a tonne of copper and paid $126."), 37) is None
    True
    """
    lower = doc.lower
    low = max(0, start - 120)
    stretch = lower[low:start]
    # Speed: no " of " before the amount, no price phrase: most amounts stop here; then no
    # unit word, none either (the pattern, which opens with a lookbehind, is tried at each
    # of the 120 positions: several times the cost of these tests).
    if " of " not in stretch:
        return None
    for core in _UNIT_FIRST_CORES:
        if core in stretch:
            break
    else:
        return None
    m = _PRICE_BEFORE_AMOUNT.search(lower, low, start)
    if m is None:
        return None
    return PER_UNITS[fold_spaces(m.group("unit"))], m.span("unit")


def price_follows_article(lower: str, start: int) -> bool:
    """Whether the article at ``start`` opens a price phrase ("an ounce of caviar for $126"): no amount."""
    return _PRICE_AFTER_ARTICLE.match(lower, start, start + 160) is not None


# ----------------------------------------------------------------------------- goods along a paragraph

_Measured = TypeVar("_Measured", Tonnage, Quantity)


def carried_of_what(doc: Doc, found: list[_Measured]) -> list[_Measured]:
    """An amount with no "of ..." after one with it, in the same paragraph, measures the same.

    "Gruyere produced 68,781 ounces of gold ... This compared with 62,535oz": the goods are
    named once and elided after. Carried from the last amount that names its goods, of the
    same kind (a quantity: of the same unit), in the same paragraph (``commodity.carried``, that amount as
    evidence); never from an amount that itself carried them.
    """
    if not any(m.of_what is not None for m in found[:-1]):
        return found
    ev = doc.evidence
    named: _Measured | None = None
    out: list[_Measured] = []
    for measured in found:
        if measured.of_what is not None:
            named = measured if _goods(measured.of_what) else None
        elif (
            named is not None
            and _dimension(named) == _dimension(measured)
            and ev.paragraph(measured.start) == ev.paragraph(named.start)
        ):
            out.append(_carry(measured, named))
            continue
        out.append(measured)
    return out


def _goods(of_what: str) -> bool:
    """Whether an "of" phrase names goods worth carrying: not a lone name ("of British", "of U")."""
    words = of_what.split()
    return len(of_what) >= 3 and not (len(words) == 1 and words[0][:1].isupper() and not words[0].isupper())


def _carry(measured: _Measured, named: Tonnage | Quantity) -> _Measured:
    basis = (*measured.basis, Basis("commodity.carried", (named.start, named.end)))
    return attrs.evolve(measured, of_what=named.of_what, basis=basis)


def _dimension(measured: Tonnage | Quantity) -> str:
    """What must match for goods to carry: any mass; a quantity's own unit (barrels, not gas's cubic feet)."""
    return measured.unit if isinstance(measured, Quantity) else "mass"


# ----------------------------------------------------------------------------- currencies along a sentence

# Words of a comparison between an amount and a bare one after it ("... then - already 482 billion").
_COMPARISON: Final = re.compile(
    r"\b(?:then|from|to|against|versus|vs|compared|already|after|before|while|whereas)\b", re.IGNORECASE
)
_MAGNITUDES: Final = frozenset({Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12})


def carried_currencies(doc: Doc, found: list[Money]) -> list[Money]:
    """A bare magnitude compared with an amount of money before it in the sentence is in its currency.

    "If in January-May it amounted to almost 1.5 trillion rubles, then in January-July -
    already 482 billion.": the currency is written once and elided after. Read for a
    number with a magnitude word ("482 billion", "4 bln") that ends its clause (a stop, a
    comma, a semicolon, a bracket or the end next), with a word of comparison ("then",
    "from", "to", "already", "compared" ...) between it and the last amount before it in
    its sentence (``currency.elided``, that amount as evidence).
    """
    if not found:
        return found
    text = doc.norm
    first = found[0].start
    out = list(found)
    j = 0
    for number in doc.numbers:
        if number.scale not in _MAGNITUDES or number.vague or number.value is None or number.start < first:
            continue
        if not number.text[:1].isdigit():  # "billion" alone: a number cut by a line end
            continue
        while j < len(found) and found[j].start <= number.start:
            j += 1
        last = found[j - 1]
        after = text[number.end : number.end + 2].lstrip(" \t")[:1]
        if (
            number.start < last.end
            or (after and after not in ".,;:)")
            or last.currency is None
            or _COMPARISON.search(text, last.end, number.start) is None
            or doc.evidence.sentence(number.start) != doc.evidence.sentence(last.start)
        ):
            continue
        out.append(
            Money(
                start=number.start, end=number.end, text=doc.raw[number.start : number.end],
                qualifier=qualifier_before(text, number.start), amount=plain_decimal(number.value),
                currency=last.currency, currency_assumed=True,
                basis=(Basis("currency.elided", (last.start, last.end)),),
            )
        )  # fmt: skip
    out.sort(key=lambda m: m.start)
    return out
