"""The one range reader (``geoecon._ranges``) against the range loops each kind had before it.

Each oracle below is the kind's scanner as it was before its ranges moved to ``_ranges``,
kept verbatim (with its own separator pattern and its own ``_BETWEEN``); hypothesis draws
texts from the words ranges are made of, and the kind must find exactly what its oracle
finds. The three separator sets differ on purpose; each oracle keeps its own. Issue 19 changed
one rule on purpose, written into the money and percentage oracles: "to" between two ends that
each hold their currency or unit joins them unless it states a change (``_ranges.is_change``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, cast

import regex
from hypothesis import example, given, settings

from geoecon import _measure, money, percentages, quantities, tonnage
from geoecon._doc import Doc
from geoecon._mention import Money, Percentage, PercentUnit
from geoecon._qualifiers import qualifier_before
from geoecon._ranges import Join, RangeSyntax, Separator, is_change
from geoecon._text import fold_spaces, match_near
from geoecon.numerals import combine_range, plain_decimal, scan_numbers
from helpers import texts_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from geoecon._measure import Hit, Unit, UnitTables
    from geoecon.numerals import Number

RANGE_WORDS = [
    "5", "2.5", "10", "1,000", "-3", "+4", "-", " - ", "--", "to", "TO", "and", "And", "through", "or", "between",
    "Between", "from", "FROM", "rose", "fell", "up", "by", "about", "some", "~", "x", "billion", "million", "ten",
    "half a", "minus", "\u017f", "\u00e9",
]  # fmt: skip

# ----------------------------------------------------------------------------- the reader itself

MEASURES: Final = RangeSyntax(("-", "to", "and", "through"), hedges=("about", "~"), signed_hyphen=True)


def test_the_reader_of_joins() -> None:
    assert MEASURES.opens == "-ATat"
    assert MEASURES.separator("from 3 to about 5 t", 6) == Separator("to", 16)  # with the hedge after "to"
    assert MEASURES.join("from 3 to about 5 t", "to", 5) == Join("to", 0, 0)  # "from" opens the span
    assert MEASURES.join("between 2 and 7 g", "and", 8) == Join("and", 0, 0)
    assert MEASURES.join("2 and 7 g", "and", 0) is None  # "and" needs "between" or "from"
    assert MEASURES.join("from 5 through 7 t", "through", 5) == Join(
        "through", 0, 5
    )  # the span keeps its start
    assert MEASURES.join("5 through 7 t", "through", 0) == Join("through", None, 0)
    two, minus_seven = scan_numbers("2 -7 g")
    assert MEASURES.separator_before("2 -7 g", two.end, minus_seven) == "-"
    assert MEASURES.separator_before("2 -7 g", two.end, minus_seven, signed=False) is None
    assert RangeSyntax(("-", "to", "and")).separator_before("2 -7 g", two.end, minus_seven) is None
    assert RangeSyntax(("and",), between=False).join("between 2 and 7", "and", 8) is None


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
                # issue 19: "to" after a first end with its unit joins unless it is a change
                change = Join("to", lead.start() if lead else None, lead.start() if lead else number.start)
                if (
                    bounds is not None
                    and (word != "and" or lead is not None)
                    and (word != "to" or unit is None or not is_change(doc.norm, change))
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
                if word == "and" and lead is None and unit is None and percentages._shares_unit(doc, number):
                    unit = (second[0], number.end, ())  # issue 19: "1.8 and 4.2 percent" are two
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


# ----------------------------------------------------------------------------- measures: tonnages, quantities

_MEASURE_RANGE_SEP: Final = regex.compile(
    r"[ \t]*(?P<w>-|to|and|through)[ \t]*(?:(?:about|around|approximately|roughly|some|~)[ \t]*)?",
    regex.IGNORECASE,
)
_CHANGE: Final = regex.compile(
    r"(?<![\w])(?:rose|fell|rising|falling|rises|falls|increased|decreased|climbed|dropped|jumped|grew|declined"
    r"|slipped|slumped|surged|soared|gained|lost|cut|raised|lowered|expanded|shrank|up|down|revised)"
    r"[ \t]+(?:by[ \t]+)?",
    regex.IGNORECASE | regex.REVERSE,
)


def old_scan_hits(
    doc: Doc, tables: UnitTables, accept: Callable[[Doc, Hit], bool]
) -> list[Hit]:  # the oracle, verbatim
    """``_measure.scan_hits`` before ``_ranges``."""
    text = doc.norm
    numbers = doc.numbers
    hits: list[Hit] = []
    # Speed: the stem after each position does not depend on the tables: read once per
    # document for both scanners (tonnage, then quantities).
    stems = cast("dict[int, str]", doc.memo.setdefault(_measure._STEMS_MEMO, {}))

    def unit(pos: int, number: Number | None) -> Unit | None:
        found = _measure.unit_at(text, pos, tables, stems)
        if found is not None and number is not None and number.words and found.info.short:
            return None  # "one t", "two g"
        return found

    def add(hit: Hit | None) -> bool:
        if hit is None or not accept(doc, hit):
            return False
        hits.append(hit)
        return True

    # Speed: a number with no unit after it nor after the next number, and not vague,
    # can be read by none of the branches below: it is passed over at once.
    opens = _measure._opens(doc, tables, stems)
    opens.append(False)
    i = 0
    while i < len(numbers):
        number = numbers[i]
        if (
            not (opens[i] or opens[i + 1] or number.vague)
            or _measure._glued_before(text, number)
            or doc.in_url(number.start)
        ):
            i += 1
            continue
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        first = unit(number.end, number) if not number.vague else None
        # Speed: a fraction, a tolerance and a range all need a unit after the next
        # number; where none can open there, none of them is read.
        if (
            nxt is not None
            and number.value is not None
            and nxt.value is not None
            and not nxt.vague
            and opens[i + 1]
        ):
            # "2/1000 kilograms": a fraction.
            if (
                text[number.end : nxt.start] == "/"
                and first is None
                and number.scale == nxt.scale == 1
                and nxt.value != 0
                and not number.words
            ):
                u = unit(nxt.end, nxt)
                start, value = number.start, number.value / nxt.value
                prev = numbers[i - 1] if i else None
                if (
                    prev is not None
                    and prev.value is not None
                    and text[prev.end : number.start] == " "
                    and prev.scale == 1
                    and prev.value == prev.value.to_integral_value()
                    and value < 1
                ):
                    start, value = prev.start, prev.value + value  # "1 1/2 tonnes"
                if u is not None and add(_measure._finish(doc, start, u.end, u, value=value, number=number)):
                    i += 2
                    continue
            # "2,000.45±0.01 pounds": a stated tolerance keeps the central value.
            tol = match_near(_measure._TOLERANCE, text, number.end, opens="±+")
            if first is None and tol is not None and tol.end() == nxt.start:
                u = unit(nxt.end, nxt)
                if u is not None and add(
                    _measure._finish(doc, number.start, u.end, u, value=number.value, number=number)
                ):
                    i += 2
                    continue
            # Ranges: "3-5 million tonnes", "between 2.0 g and about 7.0 g", "2 -7 g".
            pos = first.end if first is not None else number.end
            sep = match_near(_MEASURE_RANGE_SEP, text, pos, opens="-tTaA")
            word = ""
            if sep is not None and sep.end() == nxt.start:
                word = sep.group("w").lower()
            elif nxt.sign == "-" and not text[pos : nxt.start].strip() and first is None:
                word = "-"
            second = unit(nxt.end, nxt) if word else None
            if (
                second is not None
                and (first is None or first.info == second.info)
                and (nxt.sign != "-" or word == "-")
            ):
                lead = _BETWEEN.match(text, max(0, number.start - 12), number.start)
                bounds = combine_range(number, _measure._abs(nxt))
                change = _CHANGE.match(
                    text, max(0, number.start - 40), lead.start() if lead else number.start
                )
                if change is not None and word == "to" and bounds is not None:
                    # "rose from 1.2 million to 1.5 million tonnes": two amounts, not a range.
                    if (
                        first is None
                        and lead is not None
                        and add(
                            _measure._finish(
                                doc, number.start, number.end, second, value=number.value, number=number
                            )
                        )
                    ):
                        i += 1
                        continue
                    bounds = None
                if (
                    bounds is not None
                    and (word != "and" or lead is not None)
                    and (lead is not None or first is not None or bounds[1] <= bounds[0] * 100)
                ):
                    start = lead.start() if lead is not None and word in {"and", "to"} else number.start
                    low, high = bounds
                    if add(
                        _measure._finish(
                            doc, start, second.end, second, value=None, low=low, high=high, number=number
                        )
                    ):
                        i += 2
                        continue
        if first is None and number.vague:
            of = match_near(_measure._VAGUE_OF, text, number.end)
            if of is not None:
                first = unit(of.end(), number)
        if first is not None:
            add(
                _measure._finish(
                    doc, number.start, first.end, first, value=number.value, vague=number.vague, number=number
                )
            )
        i += 1
    for start, end, frac in _measure._articles(doc):
        u = _measure.unit_at(text, end, tables)
        if u is None or not u.info.article:
            continue
        value = _measure._ARTICLE_FRACTIONS[_measure._fold(frac)] if frac else Decimal(1)
        add(_measure._finish(doc, start, u.end, u, value=value, number=None))
    hits.sort(key=lambda h: (h.start, h.start - h.end))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


MEASURE_WORDS = [
    *RANGE_WORDS, "t", "tonnes", "Mt", "kt", "kg", "g", "lb", "pounds", "oz", "ounces", "tons", "barrels", "bpd",
    "b/d", "bcm", "MW", "a", "of", "of gold", "a year", "\u00b1", "+/-", "/", "increased", "cut", "declined",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(texts_of(MEASURE_WORDS))
@example("rose from 1.2 million to 1.5 million tonnes; fell 5 to 7 t; between 2.0 g and about 7.0 g; 2 -7 g")
@example(
    "3 and 400 tonnes, 3-400 t, 3 t-400 t, from 5 through 7 kg, 5 to some 7 barrels, 5 to ~7 t, 1 to 2 Mt"
)
def test_measure_ranges_as_before(text: str) -> None:
    kinds: list[tuple[UnitTables, Callable[[Doc, Hit], bool]]] = [
        (tonnage._MASS, tonnage._is_mass),
        (quantities._QUANTITIES, quantities._accept),
        (tonnage._MASS, lambda _doc, _hit: True),
        (quantities._QUANTITIES, lambda _doc, hit: hit.number is None or hit.number.value != 7),
    ]
    for tables, accept in kinds:
        assert _measure.scan_hits(Doc(text), tables, accept) == old_scan_hits(Doc(text), tables, accept)


# ----------------------------------------------------------------------------- money

_MONEY_RANGE_SEP: Final = regex.compile(r"[ \t]*(?:-|to|and|or)[ \t]*", regex.IGNORECASE)


def old_money(doc: Doc) -> Iterator[Money]:  # the oracle, verbatim
    """``money._find`` before ``_ranges``."""
    numbers = doc.numbers
    names = money._names()
    # Each number's atom is read once: the one read as the second end of a possible
    # range is carried to the next turn of the loop.
    carried: tuple[int, money._Atom | None] | None = None
    gates = money._money_gates(doc, numbers, names)
    gates.append(0)

    def read(index: int) -> money._Atom | None:
        number = numbers[index]
        gate = gates[index]
        if not gate:
            return money._Atom(number.start, number.end, number, None, False, False)
        return money._atom(doc, number, gate)

    i = 0
    while i < len(numbers):
        if not (gates[i] or gates[i + 1]):
            # Speed: a bare number before a bare number (or none) is neither an amount nor
            # the first end of a range with a currency: passed over at once.
            i += 1
            continue
        number = numbers[i]
        atom = carried[1] if carried is not None and carried[0] == i else read(i)
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        # Ranges: "$3-5 billion", "between $6 billion and $9 billion", "10-20 dollars".
        if atom is not None and nxt is not None:
            pos = atom.end if atom.has_currency else number.end
            sep = match_near(_MONEY_RANGE_SEP, doc.norm, pos, opens="-tTaAoO")
            second = None
            if sep is not None:
                following = read(i + 1)
                carried = (i + 1, following)
                second = money._after_separator(following, nxt)
            if (
                sep is not None
                and second is not None
                and second.start == sep.end()
                and (atom.has_currency or second.has_currency)
                and atom.minor is None
                and second.minor is None
            ):
                word = sep.group().strip().lower()
                between = _BETWEEN.match(doc.norm, max(0, atom.start - 12), atom.start)
                has_between = between is not None
                first_bare = not atom.has_currency
                change = Join(
                    "to", between.start() if between else None, between.start() if between else atom.start
                )
                ok = (
                    (word == "and" and has_between)
                    or (word == "-" and (first_bare or atom.code == second.code or not second.has_currency))
                    or (
                        word == "to"
                        and (
                            first_bare
                            or (second.has_currency and not is_change(doc.norm, change))  # issue 19
                            or (not second.has_currency and number.scale == 1 and nxt.scale != 1)
                        )
                    )
                )
                if word == "or":
                    ok = False
                bounds = combine_range(number, nxt) if ok else None
                if (
                    ok
                    and bounds is not None
                    and not (
                        atom.has_currency
                        and second.has_currency
                        and atom.code != second.code
                        and second.code is not None
                    )
                ):
                    code = atom.code if atom.has_currency else second.code
                    assumed = atom.assumed if atom.has_currency else second.assumed
                    low, high = bounds
                    qualifier = qualifier_before(doc.norm, atom.start)
                    start = atom.start
                    if word == "and" or (word == "to" and has_between):
                        b = _BETWEEN.match(doc.norm, max(0, atom.start - 12), atom.start)
                        if b is not None:
                            start = b.start()
                    yield money._build(
                        doc,
                        start,
                        second.end,
                        low=plain_decimal(low),
                        high=plain_decimal(high),
                        currency=code,
                        currency_assumed=assumed,
                        qualifier=qualifier,
                    )
                    i += 2
                    continue
        if atom is None or not atom.has_currency or doc.in_url(atom.start):
            i += 1
            continue
        number = atom.number
        value = number.value
        end = atom.end
        if atom.minor is not None and value is not None:
            value *= atom.minor
        cents = money._cents(doc, atom, numbers, i)
        if cents is not None and value is not None:
            end, extra, i = cents
            value += extra
        qualifier = qualifier_before(doc.norm, atom.start)
        yield money._build(
            doc, atom.start, end,
            amount=None if value is None else plain_decimal(value),
            currency=atom.code, currency_assumed=atom.assumed and atom.code is not None,
            qualifier=qualifier, vague=number.vague,
        )  # fmt: skip
        i += 1


MONEY_WORDS = [
    *RANGE_WORDS, "$", "US$", "\u20ac", "\u00a3", "C$", "A$", "dollars", "dlrs", "euros", "yen", "stg", "USD",
    "EUR", "cents", "c", "T", "mln", "a tonne", "per ton", "(", ")", "Australia", "U.S.", "30 C", "and 43c",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(texts_of(MONEY_WORDS))
@example(
    "$3-5 billion, between $6 billion and $9 billion, 10-20 dollars, $5 or $6, $5 to $6, $3 to 5 billion"
)
@example("from $3 billion to $5 billion, 5-$6, $5-$6, $5 - \u20ac6, 10 to 20 dollars, between $5 to $7 a ton")
@example("$2T-3 trillion, $5 - 10 cents, 5 and 6 dollars, 5 - 30 C, from 4 to 5 euros, US$5-A$6")
@example("about between $6 billion and $9 billion, between $5 and \u20ac6, from $5 to 6 billion euros")
def test_money_ranges_as_before(text: str) -> None:
    assert list(money._find(Doc(text))) == list(old_money(Doc(text)))
