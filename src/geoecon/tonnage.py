"""Tonnages: masses in every unit news uses, normalised exactly to metric tonnes.

A tonnage is a number from the shared reader (``geoecon.numerals``) followed
by a mass unit: tonnes, metric tons, ``t``, ``mt``, ``kt``, ``Mt``, ``Mtpa``,
short and long tons, ``MMst``, bare "tons", kg, g, lb/pounds, oz and troy
ounces, ``tU``. The unit after each number is read by the engine that
tonnages share with quantities (``geoecon._measure``: one small anchored pattern
and a dictionary lookup in ``geoecon._tables.units``, never a scan of the whole
text); this room holds the mass rules: what is not a mass, troy ounces, and the
conversion to tonnes.

A bare "ton" is ambiguous: ``unit`` stays ``"ton"`` and it converts as a metric
tonne unless the caller asks for the US short ton (``ton="short"``). Ounces in
a sentence about gold, silver, platinum or palladium are troy ounces.

Rates ("a year", "per annum", ``Mtpa``, "tonnes per day", ``tpd``) go to
``per``; ranges ("3-5 million tonnes", "between 1.32 million and 1.39 million
metric tons") to ``low``/``high``; hedges ("about", "up to") to the qualifier,
outside the span; "of aluminum" after the unit to ``of_what``, also outside the
span.

Not tonnages: ``kt`` as knots ("a speed of 30 kt"), ``Mt`` as a mountain ("Mt
Everest") or as megatons in a weapons story ("a 50 Mt warhead"), pounds that
are money ("spent 20 million pounds"), masses per area or per hour ("3 t/ha").

>>> [(t.text, t.tonnes, t.unit) for t in find_tonnages("It can ship around 2 million tons of aluminum.")]
[('2 million tons', Decimal('2000000'), 'ton')]
>>> parse_tonnage("2 million tons", ton="short").tonnes
Decimal('1814369.48')
>>> t = parse_tonnage("3-5 million tonnes a year")
>>> t.low, t.high, t.per
(Decimal('3000000'), Decimal('5000000'), 'year')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

import regex

from geoecon._contract import find_all, options_from
from geoecon._mention import Mention, Tonnage
from geoecon._strict import Policy, of_what_after, parse_whole
from geoecon._tables.units import MASS_EXACT, MASS_WORDS, SHORT_TON, TROY_OZ
from geoecon._text import match_near
from geoecon.numerals import plain_decimal

if TYPE_CHECKING:
    from geoecon._doc import Doc
    from geoecon.options import Options
from geoecon._evidence import MASS_CUES, MONEY_CUES, POUNDS_REACH, PRECIOUS_METALS, TROY_REACH, Cue
from geoecon._measure import Hit, UnitTables, carried_of_what, mass_before_bracket, scan_hits
from geoecon._mention import Basis
from geoecon._regex import alternation
from geoecon._tables.cue_words import MONEY_NOUNS, MORE_MONEY_NOUNS
from geoecon._text import NEAR

__all__ = ["find_tonnages", "parse_tonnage"]

_MASS: Final = UnitTables(MASS_EXACT, MASS_WORDS)


# ----------------------------------------------------------------------------- tonnage rules

_WINDOW: Final = 80
_SPEED: Final = regex.compile(
    r"\b(?:speeds?|knots?|winds?|gusts?|sail\w*|cruis\w*|steam\w*|mph|km/h|kph|nautical|airspeed|sustained)\b",
    regex.IGNORECASE,
)
_WEAPONS: Final = regex.compile(
    r"\b(?:nuclear|TNT|warheads?|bombs?|weapons?|yields?|explosi\w*|blast|detonat\w*|missiles?"
    r"|thermonuclear|atomic|Tsar|Hiroshima|Nagasaki)\b",
    regex.IGNORECASE,
)
_MOUNTAIN_AFTER: Final = regex.compile(r"(?P<dot>\.)?[ \t]+[A-Z][a-z]")
_STERLING_AFTER: Final = regex.compile(r"[ \t]+(?:sterling|stg|notes?|coins?|banknotes?)\b", regex.IGNORECASE)
# "20 million pounds of capital": pounds that measure money are money.
_MONEY_OF: Final = regex.compile(
    rf"(?:{alternation([*MONEY_NOUNS, *MORE_MONEY_NOUNS])})\b",
    regex.IGNORECASE,
)
# "1.36 pounds to the dollar", "200 pounds per tonne": an exchange rate or a price.
_POUND_PRICE_AFTER: Final = regex.compile(
    r"[ \t]+(?:to|per|against|a|an)[ \t]+(?:the[ \t]+)?(?:dollars?|euros?|marks?|yen|francs?|tonnes?|tons?"
    r"|kilos?|kg|barrels?|ounces?|shares?|head|hours?)\b",
    regex.IGNORECASE,
)
_YEAR: Final = regex.compile(r"(?:1[89]|20)\d\d")


def _window(text: str, start: int, end: int, before: int = _WINDOW, after: int = _WINDOW // 2) -> str:
    return text[max(0, start - before) : end + after]


# The bases of the readings of pounds and ounces that rest on no cue word: constants.
_POUND_OF_GOODS: Final = (Basis("unit.pound.of_goods"),)
_POUND_ADJECTIVE: Final = (Basis("unit.pound.adjective"),)
_POUND_RATE: Final = (Basis("unit.pound.rate"),)
_POUND_UNSCALED: Final = (Basis("unit.pound.unscaled"),)
_OUNCE_OF_WHAT: Final = (Basis("unit.ounce.of_what"),)
_OUNCE_NO_COMMODITY: Final = (Basis("unit.ounce.no_commodity"),)


def _pounds_as_mass(doc: Doc, hit: Hit) -> tuple[Basis, ...] | None:
    """Why "pounds" after a number is a weight; ``None`` when it is sterling (then no tonnage)."""
    text = doc.norm
    written = hit.unit.written.lower()
    if match_near(_STERLING_AFTER, text, hit.unit.end):
        return None
    converted = mass_before_bracket(text, hit.start)
    if converted is not None:
        return (Basis("unit.pound.conversion", converted),)  # "850 grammes (1.9 pounds)"
    if hit.of_what is not None:
        return None if _MONEY_OF.match(hit.of_what) is not None else _POUND_OF_GOODS
    if text[hit.unit.start - 1 : hit.unit.start] == "-" or (
        written == "pound" and (hit.number is None or hit.number.value != 1)
    ):
        return _POUND_ADJECTIVE  # "a twenty-pound bag", "a twenty pound bag"
    if match_near(_POUND_PRICE_AFTER, text, hit.unit.end):
        return None
    if hit.per is not None:
        return _POUND_RATE  # "600 mln pounds per year": a production rate
    # The nearest cue word wins (a money word on a tie); with none, a scaled amount
    # ("20 million pounds") is money.
    low, high = POUNDS_REACH.around(hit.start, hit.end)
    best: tuple[int, bool, Cue] | None = None
    for cues, money in ((MONEY_CUES, True), (MASS_CUES, False)):
        for cue in doc.evidence.within(cues, low, high, clipped=True):
            if cue.end <= hit.start:
                distance = hit.start - cue.end
            elif cue.start >= hit.end:
                distance = cue.start - hit.end
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, money, cue)
    if best is not None:
        _, money, cue = best
        return None if money else (Basis("unit.pound.mass_cue", (cue.start, cue.end)),)
    return None if hit.number is not None and hit.number.scale >= 10**6 else _POUND_UNSCALED


def _is_mass(doc: Doc, hit: Hit) -> bool:
    text = doc.norm
    info = hit.unit.info
    written = hit.unit.written
    if hit.of_what is not None and hit.of_what.lower().startswith(("oil equivalent", "coal equivalent")):
        return False  # an energy unit, read as a quantity
    # "5 kt of uranium" near "nuclear plant" is a mass; "15 kt of TNT" or "a 15 kt bomb" is a yield
    material = hit.of_what is not None and _WEAPONS.search(hit.of_what) is None
    if info.weapon and not material and _WEAPONS.search(_window(text, hit.start, hit.end, 120, 80)):
        return False
    if written in {"kt", "KT"} and _SPEED.search(_window(text, hit.start, hit.end, 60, 30)):
        return False
    if written == "Mt":
        after = match_near(_MOUNTAIN_AFTER, text, hit.unit.end)
        if after is not None and (
            not after.group("dot")
            or (hit.number is not None and hit.number.scale == 1 and _YEAR.fullmatch(hit.number.text))
        ):
            return False  # "Mt Everest", "in 1953 Mt. Everest"
    if written.lower().startswith("pound") and _pounds_as_mass(doc, hit) is None:
        return False
    return not (written == "t" and hit.number is not None and _YEAR.fullmatch(hit.number.text))


def _article_metal(doc: Doc, position: int) -> Cue | None:
    """The precious metal the paragraph or the article is about, for ounces named without one.

    The last one named earlier in the paragraph ("Gold production rose ... This compared
    with 62,535oz"), else the first one in the article's lede (a platinum story's "7.089
    million ounces" five paragraphs on).
    """
    ev = doc.evidence
    paragraph = ev.paragraph(position)
    if paragraph is not None:
        earlier = ev.within(PRECIOUS_METALS, paragraph[0], position)
        if earlier:
            return earlier[-1]
    lede = ev.within(PRECIOUS_METALS, 0, ev.lede_end())
    return lede[0] if lede else None


def _troy(doc: Doc, hit: Hit) -> tuple[bool, tuple[Basis, ...]]:
    """Whether ounces are troy ounces, and why; ``(False, ())`` for a unit that is no ounce.

    "Ounces of gold" are troy; so are ounces with a precious metal in their clause (the
    stretch after the last ". " or line end, ``TROY_REACH.before`` back at most) or just
    after them ("120,000 ounces last year, gold ..."), else with one named earlier in their
    paragraph or in the article's lede (``_article_metal``). The two stretches were once searched
    as one string; read apart they answer the same, as no hit starts after a word character
    and ends before one (no word runs across their join).
    """
    if not hit.unit.info.troy:
        return False, ()
    if hit.of_what is not None:
        if not PRECIOUS_METALS.found_in(hit.of_what):
            return False, _OUNCE_OF_WHAT
        named = doc.evidence.within(PRECIOUS_METALS, hit.end, hit.end + NEAR)[:1]
        return True, tuple(Basis("unit.troy.of_what", (m.start, m.end)) for m in named) or (
            Basis("unit.troy.of_what"),
        )
    clause = doc.evidence.clause_start(hit.start, TROY_REACH.before)
    before = doc.evidence.within(PRECIOUS_METALS, clause, hit.start, clipped=True)
    after = doc.evidence.within(PRECIOUS_METALS, hit.end, hit.end + TROY_REACH.after, clipped=True)
    if not (before or after):
        metal = _article_metal(doc, hit.start)
        if metal is None:
            return False, _OUNCE_NO_COMMODITY
        return True, (Basis("unit.troy.article", (metal.start, metal.end)),)
    metal = (
        before[-1]
        if before and (not after or hit.start - before[-1].end <= after[0].start - hit.end)
        else after[0]
    )
    return True, (Basis("unit.troy.commodity", (metal.start, metal.end)),)


def _tonnage(doc: Doc, hit: Hit) -> Tonnage:
    info = hit.unit.info
    unit, factor = info.unit, info.factor
    troy, basis = _troy(doc, hit)
    if troy:
        unit, factor = "troy_oz", TROY_OZ
    elif hit.unit.written.lower().startswith("pound"):
        basis = _pounds_as_mass(doc, hit) or ()
    if factor is None:  # bare "ton": the caller's convention
        factor = SHORT_TON if doc.options.ton == "short" else Decimal(1)

    def tonnes(value: Decimal | None) -> Decimal | None:
        return None if value is None else plain_decimal(value * factor)

    return Tonnage(
        start=hit.start, end=hit.end, text=doc.raw[hit.start : hit.end], tonnes=tonnes(hit.value),
        low=tonnes(hit.low), high=tonnes(hit.high), unit=unit, per=hit.per, of_what=hit.of_what,
        qualifier=hit.qualifier, vague=hit.vague, basis=basis,
    )  # fmt: skip


def _find(doc: Doc) -> Iterator[Tonnage]:
    yield from carried_of_what(doc, [_tonnage(doc, hit) for hit in scan_hits(doc, _MASS, _is_mass)])


def _scan(doc: Doc) -> list[Mention]:
    """Pipeline hook: every tonnage mention in the document."""
    return list(_find(doc))


def find_tonnages(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Iterator[Tonnage]:
    """Yield every tonnage mention in ``text``, in order.

    Never raises on content; mentions do not overlap (the same arbitration as ``extract``).

    Args:
        text: Any text.
        reference_date: As for ``extract`` (accepted by every ``find_*``; tonnages read none).
        prefer_dates_from: As for ``extract``.
        ton: How a bare "ton" converts: ``"metric"`` (1 t) or ``"short"`` (0.90718474 t).
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type (at the call).
        ValueError: ``ton`` is neither ``"metric"`` nor ``"short"``, or another option is
            outside its accepted values.

    >>> [(t.text, t.tonnes, t.per) for t in find_tonnages("a 5 Mtpa smelter; 300,000 t of copper a year")]
    [('5 Mtpa', Decimal('5000000'), 'year'), ('300,000 t', Decimal('300000'), 'year')]
    >>> [(t.text, t.unit, t.tonnes) for t in find_tonnages("It produced 120,000 ounces of gold.")]
    [('120,000 ounces', 'troy_oz', Decimal('3.732417216'))]
    >>> list(find_tonnages("a speed of 30 kt near Mt Everest"))
    []
    """
    return find_all(
        text,
        _find,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
    )


#: ``parse_tonnage``: a hedge before, an "of X" tail (its ``of_what``) after.
_POLICY: Final[Policy[Tonnage]] = Policy(
    kind="tonnage", noun="tonnage", plural="tonnages", missing="no tonnage found", tail=of_what_after
)


def parse_tonnage(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Tonnage:
    """Read a whole string as one tonnage.

    Only a hedge may stand before the tonnage ("about 4,500 tpd"); after it, only what is
    measured ("2 million tons of aluminum", its ``of_what``).

    Args:
        text: For example ``"698 million tonnes"`` or ``"about 4,500 tpd"``.
        reference_date: As for ``extract`` (accepted by every ``parse_*``; tonnages read none).
        prefer_dates_from: As for ``extract``.
        ton: How a bare "ton" converts (``"metric"`` or ``"short"``).
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Returns:
        The ``Tonnage`` it denotes (offsets relative to ``text``).

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type.
        ValueError: ``ton`` is not a valid convention, or another option is outside its
            accepted values.
        ParseError: ``text`` is not exactly one tonnage.

    >>> parse_tonnage("half a million tonnes").tonnes
    Decimal('500000')
    >>> parse_tonnage("1 short ton").tonnes
    Decimal('0.90718474')
    >>> parse_tonnage("2,500 miles")
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read '2,500 miles' as tonnage: no tonnage found
    """
    return parse_whole(
        text,
        _find,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
        _POLICY,
    )
