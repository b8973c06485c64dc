"""The linker: each value mention of an ``Extraction`` joined to its measure, places and period.

Every rule reads one stretch of the document, found once per document by ``_Doc``
(``geoecon.facts._doc``): the sentence and paragraph bounds of the evidence index, the clauses
inside a sentence, one scan each for measure, commodity and change words (``_tables.measures``),
and what each date is (a period, a base's, a bound).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Literal

import attrs

from geoecon._mention import Basis, Date, Money, Percentage, PercentUnit, Place, Quantity, Tonnage
from geoecon._tables.measures import (
    CHANGE_NOUNS,
    DOWN_WORDS,
    EXPECTED_CUES,
    FLOW_MEASURES,
    GOOD_MEASURES,
    MEASURE_WORDS,
    UP_WORDS,
    WORLD_MARKET_COMMODITIES,
)
from geoecon.facts._doc import (
    _BASE_BEFORE,
    _COMMODITIES,
    _OWN_GAP,
    _VALUES,
    _between,
    _code,
    _commodity,
    _containing,
    _Doc,
    _Hit,
)
from geoecon.facts._fact import Direction, Fact, Measure, Role, Value

if TYPE_CHECKING:
    from geoecon.extraction import Extraction

__all__ = ["link"]
#: Comparatives that qualify a value ("a much higher $28.96") and verbs of passing a mark ("topped 50
#: million tonnes"): the value after them is a level, not a change.
_NOT_CHANGE_BEFORE: Final = frozenset({"higher", "lower", "more than", "less than", "topped", "exceeded"})
_DIRECTIONS: Final[dict[str, Direction]] = {**UP_WORDS, **DOWN_WORDS}  # type: ignore[dict-item]
#: After a value, a comparative makes it a change: "0.7% higher", "$65 billion more than", also
#: past the value's bracketed other form: "$7 billion (or 1 percent) less than".
_COMPARATIVE_AFTER: Final = re.compile(
    r"\)?(?:\s*\([^()]{0,40}\))?\s+(?:(more|higher|above|bigger|greater)|(less|lower|below|smaller))\b"
)
#: A value in brackets after another ("by 3.4 million tons (52%)", "$254 billion (or 7 percent)").
_BRACKET_GAP: Final = re.compile(
    r"\s*\(\s*(?:or\s+|about\s+|around\s+|roughly\s+|nearly\s+|~|(?:originally|initially|previously)\s+)?"
)
#: The first estimate of the value before, in brackets after its phrase: "the upwardly revised 4.6
#: percent expansion in the previous quarter (originally 3.5 percent)".
_FIRST_ESTIMATE: Final = re.compile(r"[^()\d;]{0,80}\(\s*(?:originally|initially|previously)\s+")
#: The next item of a list of bases: "compared with 8.9% in 2018 and 14.6% in 2017".
_LIST_GAP: Final = re.compile(
    r"(?:\s+in\s+[\w-]+(?:\s+[\w-]+)?)?\s*,?\s+(?:and|or)\s+(?:about\s+|around\s+|nearly\s+)?"
)
#: A longer gap to a second base of the same unit, its own words first: "higher than 909,403 bpd
#: India imported from Russia in November and 935,556 bpd in October" (no clause bound).
_LONG_LIST_GAP: Final = re.compile(
    r"[^.;:!?\n()\u2014\u2013]{0,70}?\s(?:and|or)\s+(?:about\s+|around\s+|nearly\s+)?"
)
#: A base's price or rate joined to it: "compared with 62,535oz at $2,441/oz".
_AT_GAP: Final = re.compile(r"\s+at\s+")
#: The value is the change: "by", a change word, or "an increase of" right before it.
_CHANGE_BEFORE: Final = re.compile(
    r"(?:\bby|(?<![\w-])(?:"
    + "|".join(
        re.escape(w) for w in sorted({*UP_WORDS, *DOWN_WORDS} - _NOT_CHANGE_BEFORE, key=len, reverse=True)
    )
    + r")|\b(?:"
    + "|".join(sorted(CHANGE_NOUNS))
    + r")\s+of)"
    r"(?:\s+(?:about|around|nearly|roughly|some|just|almost|another|an?|a further|annuali[sz]ed))*\s*$"
)
#: The same change said again after "or": "up 13.5 million or 11.7%", "fell $2 billion, or 4
#: percent" (the first number need not be a mention of its own: its unit may be elided).
_CHANGE_OR: Final = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(w) for w in sorted({*UP_WORDS, *DOWN_WORDS} - _NOT_CHANGE_BEFORE, key=len, reverse=True)
    )
    + r")\s+(?:by\s+)?\S{0,3}\d[\d.,]{0,20}"
    r"(?:\s?(?:million|billion|trillion|thousand|mln|bln|%|pct|percent))?(?:\s+[a-z]{1,12})?,?\s+or\s*$"
)
_CHANGE_AFTER: Final = re.compile(
    r"\s*(?:-?\s*(?:on[- ]year|year[- ]on[- ]year|y/y|quarter[- ]on[- ]quarter|month[- ]on[- ]month"
    r"|annual(?:ised|ized)?|annual|rapid|sharp|steep|modest|slight)\s+)?(?:"
    + "|".join(sorted(CHANGE_NOUNS))
    + r")\b"
)
_SHARE_AFTER: Final = re.compile(r"\s+of\b")
_PARTNER_BEFORE: Final = re.compile(r"\b(to|from|with|into)\s+(?:the\s+)?$")
#: Flows whose "from" place is their owner, the origin ("exports from Uzbekistan to the USA").
_OUTBOUND: Final = frozenset(
    "export shipment supply delivery sale aid assistance loan investment commitment fund".split()
)
#: Flows whose "to" place is their owner, the destination ("imports to China from Australia").
_INBOUND: Final = frozenset({"import", "purchase"})
#: Measures whose "with" place is a counterpart ("a deal with Qatar", "a trade deficit with China");
#: for others "with" opens an aside ("with China remaining the key market").
_WITH_PARTNER: Final = frozenset({"deal", "trade", "deficit", "surplus", "commitment", "loan"})
#: An international institution's name, whose values are its own and no country's ("the World
#: Bank", "the International Monetary Fund", "the World Platinum Investment Council"). A central
#: bank's rate is its country's ("the Bank of England raised rates to 5.25%").
_INSTITUTION: Final = re.compile(
    r"\b(?:World\s+Bank|(?:[A-Z][\w&'.-]*\s+){0,4}(?:Fund|Council|Commission|Organi[sz]ation))\b"
    r"(?:\s+of(?:\s+(?:the\s+)?[A-Z][\w'.-]*){1,3})?"
)
#: A bank or a company named by its own name ("the Bank of Korea", "the Reserve Bank of New
#: Zealand", "Indian Oil Corp."): when no place of the clause owns the value, it does, and is no
#: place, so no earlier place is carried to it ("... the Bank of Korea at 3.25%").
_ORGANISATION: Final = re.compile(
    r"\b(?:(?!The\b)[A-Z][\w&'.-]*\s+){1,3}(?:Bank|Corp\.?|Corporation|Inc\.?|Ltd\.?|Company|Authority)\b"
    r"|\bBank\s+of(?:\s+[A-Z][\w'.-]*){1,3}"
)
#: The agent of a flow named by its verb: "oil imported by India".
_BY_BEFORE: Final = re.compile(r"\s+by\s+(?:the\s+)?")
#: A place that seats an organisation: "the Washington-based lender".
_SEAT_AFTER: Final = re.compile(r"-based\b")
#: A place that names a buyer: "a Hong Kong buyer", "a Macau casino owner".
_BUYER_AFTER: Final = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?:buyers?|purchasers?|bidders?|owners?|collectors?|investors?)\b"
)
#: Measures of a sale, whose buyer is its counterpart.
_SOLD: Final = frozenset({"price", "sale", "value", "purchase"})
_POSSESSIVE_BEFORE: Final = re.compile(r"[A-Za-z]+(?:'s|\u2019s)\s+$")
#: Measures that only a value of these kinds can have.
_KIND_OF_MEASURE: Final[dict[str, tuple[type, ...]]] = {
    "weight": (Tonnage, Quantity),
    "value": (Money,),
    "emission": (Tonnage, Quantity, Percentage),
}
#: A sentence that opens on an anaphor speaks of the value before ("That missed expectations").
_ANAPHOR: Final = re.compile(r"(?:That|This|It|These|Those)\b")
#: Units of power: the value is a capacity.
_POWER_UNITS: Final = frozenset({"kilowatt", "megawatt", "gigawatt", "terawatt"})
#: Between a date and the value it owns as a possessive: "2023's 878,000 ounces".
_POSSESSIVE_GAP: Final = re.compile(r"(?:'s|\u2019s)\s+")
#: "Since then": the value holds for now, not for the period of the sentence before.
_SINCE_THEN: Final = re.compile(r"\bsince then\b")
#: Measures that an earlier sentence's place does not own (a world market's price).
_UNOWNED: Final = frozenset({"price"})
#: Verbs that name a measure only when no noun does ("China's GDP grew 4.8%": GDP).
_WEAK_MEASURES: Final = frozenset({"grew", "grow", "grows"})
#: The measures of a unit price ("$2,551/oz"): other measure words do not name it.
_PRICE_MEASURES: Final = frozenset({"price", "cost", "tariff", "tax", "value", "cap"})
#: At most one word between a value and the noun after it ("a 20% stake", "a $46.2 billion claim").
_NEXT_WORD: Final = re.compile(r"\s+(?:[a-z-]+\s+)?")
#: Measures that hold until they change, whose period an earlier sentence does not set: a
#: capacity, a reserve, a stake, a rate of flow ("27.6 million tonnes per annum").
_TIMELESS: Final = frozenset({"capacity", "reserve", "stake", "share"})
#: Instruments a value sizes when it stands before them ("a $42 billion bailout", "a 6% tariff",
#: "its $2 billion Eurobonds"): they hold until repaid or changed, and take no period from an
#: earlier sentence (a flow sized so, "a Rs441 billion surplus", still does).
_INSTRUMENTS: Final = frozenset(
    {"bailout", "bond", "claim", "deal", "loan", "tariff", "cap", "limit", "stake"}
)
#: A comparison after the value, past a second value: "£119.1 billion, £11.1 billion more than".
_COMPARED_LATER: Final = re.compile(
    r"\b(?:(more|higher|bigger|greater)|(less|lower|smaller))\s+than\b"
    # "the more than 4.4 million tonne total" qualifies a number, it compares nothing
    r"(?!\s*(?:[$\u00a3\u20ac\u00a5]|\d(?!\d{3}(?:'s|\u2019s))|about\b|around\b|some\b|(?:usd?|eur|rs|aed)\s*\d))"
)
#: "raised" right before an amount of money raises funds and changes nothing: "bonds which raised
#: $2.6 billion" (nor is "750 million dollars" after it in the clause a level reached).
_RAISED_FUNDS: Final = re.compile(
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:[$\u00a3\u20ac\u00a5\u20b9]|(?:us|usd|eur|rs|aed)\s?\d"
    r"|\d[\d.,]*\s+(?:million|billion|trillion|mln|bln)\s+(?:u\.s\.\s+)?"
    r"(?:dollars|dlrs|euros|pounds|yuan|rubles|roubles|yen))"
)
_RAISES: Final = frozenset({"raised", "raise", "raises", "raising"})
_RAISED_BEFORE: Final = re.compile(
    r"\b(?:raised|raise|raises|raising)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$"
)
#: "up" in a phrasal verb is no change: "made up for", "up until", "set up".
_PHRASAL_BEFORE: Final = re.compile(
    r"\b(?:made|make|makes|set|sets|took|take|takes|picked|ended|end|ends|signed|sign|drawn|draw|drew|came|come|shored|propped|snapped|snap)\s+$"
)
_PHRASAL_AFTER: Final = re.compile(r"\s+(?:until|for|with|on)\b")
_DASHES: Final = ("\u2014", "\u2013", "-")
#: A value's own period that is no date: "around 20% growth in recent years", "over $1 trillion for
#: the next decade".
_VAGUE_AFTER: Final = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:in|over|for|during)\s+(?:the\s+)?(?:recent|past\s+few|next\s+few|next|coming|many)"
    r"\s+(?:years|decades?|months)\b"
)
_QUALIFIERS: Final = frozenset({"more than", "less than"})
#: A standard a value is set as, which holds no period and states no change: "the target of 2%",
#: "a cap of $60", "a $60-per-barrel price cap", "the USD 60 per barrel cap agreed".
_STANDARD_BEFORE: Final = re.compile(
    r"\b(?:target|cap|ceiling|limit|threshold)\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$"
)
_STANDARD_AFTER: Final = re.compile(r"\s+(?:price\s+)?(?:target|cap|ceiling|limit|threshold)\b(?!\s+of\b)")
_FROM_BEFORE: Final = re.compile(r"\bfrom\s+(?:[a-z-]+\s+){0,3}$")
_REACHED: Final = re.compile(r"\bto\s+(?:(?:its|the|a|their|an)\s+)?$")
#: "now" or "currently" right before a value: it holds for the present, not for a period the
#: sentence names ("occupied in 2014 \u2014 now about 20% of the country").
_NOW_BEFORE: Final = re.compile(
    r"\b(?:now|currently)\s+(?:[a-z]+\s+){0,3}?(?:(?:at|about|around|roughly|some|nearly|almost|just)\s+)?$"
)
_EQUIVALENT_GAP: Final = re.compile(
    r"\s*(?:\(\s*|,\s*or\s+|\bor\s+)(?:about|around|roughly|some|approximately|nearly|~)?\s*"
)


def _same_unit(first: object, second: object) -> bool:
    """Whether two values are of one kind and one unit (and currency): a list of like values."""
    return (
        type(first) is type(second)
        and getattr(first, "unit", None) == getattr(second, "unit", None)
        and getattr(first, "currency", None) == getattr(second, "currency", None)
        and getattr(first, "per", None) == getattr(second, "per", None)
    )


def _phrasal_up(lower: str, hit: _Hit) -> bool:
    if hit.word != "up":
        return False
    return bool(
        _PHRASAL_BEFORE.search(lower, max(0, hit.start - 12), hit.start)
        or _PHRASAL_AFTER.match(lower, hit.end)
    )


#: How far a rule reads around a value inside its sentence (a run-on "sentence" of a table or a
#: list is read in this window, so that each value costs the same however long its sentence).
_REACH: Final = 400


def _window(sentence: tuple[int, int], value: Value) -> tuple[int, int]:
    return max(sentence[0], value.start - _REACH), min(sentence[1], value.end + _REACH)


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` inside ``start``-``end``."""
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 - the loop keeps the last
        pass
    return last


def _outside_dashes(text: str, hits: list[_Hit], clause_start: int) -> list[_Hit]:
    """``hits`` without those of an aside between dashes that ends where the clause starts.

    "the fiscal deficit—the gap between expenditures and revenue—was ₹7.51 lakh crore": the
    deficit, not the revenue.
    """
    end = clause_start
    while end > max(0, clause_start - 3) and text[end - 1].isspace():
        end -= 1
    if not hits or end == 0 or text[end - 1] not in _DASHES:
        return hits
    opening = max(text.rfind(dash, hits[0].start, end - 1) for dash in _DASHES)
    if opening < 0:
        return hits
    return [h for h in hits if h.end <= opening] or hits


def _measure(text: str, hit: _Hit) -> Measure:
    return Measure(hit.start, hit.end, text[hit.start : hit.end], MEASURE_WORDS[hit.word])


def _nearest(hits: list[_Hit], position: int) -> _Hit | None:
    return min(
        hits, key=lambda h: abs(position - h.end if h.end <= position else h.start - position), default=None
    )


def link(found: Extraction) -> tuple[Fact, ...]:
    """Return one fact per value mention of ``found``, in text order.

    >>> from geoecon import extract
    >>> [f.to_record()["role"] for f in extract("Exports rose 5% to $2 billion, up from $1.9 billion.").facts]
    ['change', 'level', 'base']
    """
    values = [m for m in found.mentions if isinstance(m, _VALUES)]
    if not values:
        return ()
    doc = _Doc(found)
    facts: list[Fact] = []
    last_of_kind: dict[str, Fact] = {}
    for value in values:
        fact = _fact(doc, value, facts, last_of_kind)
        facts.append(fact)
        last_of_kind[value.kind] = fact
    return tuple(_links(doc, facts))


def _fact(doc: _Doc, value: Value, earlier: list[Fact], last_of_kind: dict[str, Fact]) -> Fact:
    text, lower = doc.text, doc.lower
    whole = _containing(doc.sentences, doc.sentence_starts, value.start, len(text))
    sentence = _window(whole, value)
    paragraph = _containing(doc.paragraphs, doc.paragraph_starts, value.start, len(text))
    c0, c1 = doc.clause(sentence, value.start, value.end)
    basis: list[Basis] = []
    same_kind = last_of_kind.get(value.kind)  # the paragraph's previous value of the same kind
    if (
        same_kind is not None
        and same_kind.value.start < paragraph[0]
        and not _ANAPHOR.match(text, whole[0])  # "That missed expectations for 1.1 percent"
    ):
        same_kind = None

    # a conversion: "4.2 trillion rubles ($46 billion)" is the rouble amount again (never across a
    # sentence or paragraph bound: "... 5 lakh euros.\n    ($2 million ..." is a new sentence)
    if (
        earlier
        and isinstance(value, Money)
        and isinstance(earlier[-1].value, Money)
        and earlier[-1].sentence == whole
    ):
        gap = text[earlier[-1].value.end : value.start]
        if (_EQUIVALENT_GAP.fullmatch(gap) and "(" in gap) or (
            gap.strip().startswith("or") and len(gap) < 16
        ):
            first = earlier[-1]
            return attrs.evolve(
                first,
                value=value,
                equivalent_of=first.value,
                basis=(Basis("fact.equivalent", (first.value.start, value.end)),),
            )

    # a value in brackets restates the one before it: the same fact, in another unit
    if (
        earlier
        and earlier[-1].value.end <= value.start
        and earlier[-1].equivalent_of is None
        and earlier[-1].sentence == whole
    ):
        first = earlier[-1]
        if _BRACKET_GAP.fullmatch(text[first.value.end : value.start]) or (
            _FIRST_ESTIMATE.fullmatch(text, first.value.end, value.start)
        ):
            return attrs.evolve(
                first,
                value=value,
                level=None,
                base=None,
                change=None,
                basis=(Basis("fact.restated", (first.value.start, value.end)),),
            )

    # measure: a share names what it is a share of; a noun right after the value ("a 20% stake");
    # else the nearest measure word before it (a verb of change only when no noun precedes it)
    measure: Measure | None = None

    own_aside = doc.aside(value.start)
    attributive = False  # the value sizes the noun after it: "a $42 billion bailout", "a 6% tariff"

    def measures(start: int, end: int) -> list[_Hit]:
        # a weight measures a weight, a worth an amount; an aside names no measure of a value outside it
        return [
            h
            for h in doc.measures_in(start, end)
            if isinstance(value, _KIND_OF_MEASURE.get(MEASURE_WORDS[h.word], _VALUES))
            and doc.aside(h.start) in (None, own_aside)
        ]

    after = lower[value.end : c1]
    unit_price = isinstance(value, Money) and value.per is not None
    if isinstance(value, Percentage) and _SHARE_AFTER.match(after):
        hit = next(iter(measures(value.end, min(c1, value.end + 80))), None)
        if hit is not None:
            measure = _measure(text, hit)
            basis.append(Basis("fact.measure.share", (hit.start, hit.end)))
    if measure is None:
        hit = next(iter(measures(value.end, min(c1, value.end + 30))), None)
        if (
            hit is not None
            and _NEXT_WORD.fullmatch(lower, value.end, hit.start)
            and (not unit_price or MEASURE_WORDS[hit.word] in _PRICE_MEASURES)
        ):
            measure = _measure(text, hit)
            basis.append(Basis("fact.measure.after", (hit.start, hit.end)))
            attributive = True
    if measure is None:
        before = measures(c0, value.start) or _outside_dashes(text, measures(sentence[0], value.start), c0)
        nouns = [h for h in before if h.word not in _WEAK_MEASURES]
        if unit_price:
            nouns = [h for h in nouns if MEASURE_WORDS[h.word] in _PRICE_MEASURES]
            before = nouns
        if before:
            hit = nouns[-1] if nouns and nouns[-1].start >= c0 else before[-1]
            measure = _measure(text, hit)
            basis.append(Basis("fact.measure.before", (hit.start, hit.end)))
    # a power is a capacity ("a 34.7 MW solar farm"), whatever word is near
    if (
        isinstance(value, Quantity)
        and value.unit in _POWER_UNITS
        and value.per is None
        and not (basis and basis[-1].rule == "fact.measure.after")
    ):
        measure = Measure(value.start, value.end, value.text, "capacity")
        basis.append(Basis("fact.measure.unit", (value.start, value.end)))
    if measure is None and not unit_price:
        following = measures(value.end, min(c1, value.end + 40))
        if following:
            hit = following[0]
            measure = _measure(text, hit)
            basis.append(Basis("fact.measure.after", (hit.start, hit.end)))
    if (
        measure is None
        and same_kind is not None
        and same_kind.measure is not None
        and (not unit_price or same_kind.measure.head in _PRICE_MEASURES)
    ):
        measure = same_kind.measure
        basis.append(Basis("fact.measure.carried", (measure.start, measure.end)))
    # "Aluminium gained 1.7% to $3,261": a commodity that moves is its price
    if measure is None and (
        unit_price or (doc.commodities_before(c0, value.start) and _between(doc.changes, c0, value.start))
    ):
        measure = Measure(value.start, value.end, value.text, "price")
        basis.append(Basis("fact.measure.price", (value.start, value.end)))
    head = None if measure is None else measure.head

    # commodity: what the unit says it weighs, a commodity word of the sentence, or carried
    commodity: str | None = None
    of_what = getattr(value, "of_what", None)
    goods = (
        isinstance(value, (Tonnage, Quantity))
        or (isinstance(value, Money) and value.per is not None)
        or head in GOOD_MEASURES
    )
    inside = _COMMODITIES.search(of_what.lower()) if of_what else None
    if inside is not None:
        commodity = _commodity(inside.group())
        basis.append(Basis("fact.commodity.of_what", (value.start, value.end)))
    elif goods or head is None:
        near = _nearest(_between(doc.commodities, sentence[0], sentence[1]), value.start)
        if near is not None:
            commodity = _commodity(near.word)
            basis.append(Basis("fact.commodity.sentence", (near.start, near.end)))
        elif goods:
            # of the paragraph's commodities, else of the story's, the one the story names most
            # ("platinum" over a "substitution of platinum for palladium"), the latest of equals
            carried = doc.leading_commodity(paragraph[0], sentence[0]) or doc.leading_commodity(
                0, sentence[0]
            )
            if carried is not None:
                commodity = _commodity(carried.word)
                basis.append(Basis("fact.commodity.carried", (carried.start, carried.end)))
    if commodity is None and of_what:
        commodity = of_what.lower()
        basis.append(Basis("fact.commodity.of_what", (value.start, value.end)))

    # where and partner: places of the sentence; after to/from/with/into a place is the partner
    where: tuple[str, ...] = ()
    partner: tuple[str, ...] = ()
    owners: list[Place] = []
    partners: list[Place] = []
    seat: Place | None = None
    buyers: list[Place] = []
    for place in doc.places_in(*sentence):
        if _SEAT_AFTER.match(text, place.end):
            # "the Washington-based lender": the seat of an organisation, which owns the value
            seat = place
            continue
        if _BUYER_AFTER.match(lower, place.end) and head not in _INBOUND:
            # "went to a Hong Kong buyer for €105,000": the buyer's place is the counterpart of a
            # sale or a price, and owns nothing (but owns a purchase: "Japanese investors' purchases")
            buyers.append(place)
            continue
        if doc.aside(place.start) not in (None, own_aside):
            # a place in an aside is not the value's: "Russia, which made up 0.2% of the oil India
            # imported, supplied 1.19 million bpd"
            continue
        preposition = _PARTNER_BEFORE.search(lower, max(sentence[0], place.start - 12), place.start)
        side = None if preposition is None else preposition.group(1)
        if (
            side is None
            or (side == "from" and head in _OUTBOUND)
            or (side in ("to", "into") and head in _INBOUND)
        ):
            owners.append(place)
        elif side != "with" or head in _WITH_PARTNER:
            partners.append(place)
    if head in FLOW_MEASURES:
        partners = sorted([*partners, *buyers], key=lambda p: p.start)
    elif head in _SOLD:
        partners = buyers
    if partners and (head in FLOW_MEASURES or head in _SOLD):
        # the counterpart after the value, before the next value ("1.05 million bpd from Iraq and
        # 952,625 bpd from Saudi Arabia"), else the last one before it, else all of the sentence's
        next_value = doc.next_value_start(value.end, sentence[1])
        chosen = (
            [p for p in partners if value.end <= p.start < next_value][:1]
            or [p for p in partners if p.end <= value.start][-1:]
            or partners
        )
        codes = [c for p in chosen if (c := _code(p)) is not None]
        partner = tuple(dict.fromkeys(codes))
        basis.append(Basis("fact.partner.flow", (chosen[0].start, chosen[-1].end)))
    elif head in FLOW_MEASURES and not partners:
        # the same flow's counterpart, named for an earlier value ("exports to the USA rose 80%.
        # Exports from Uzbekistan amounted to 4.44 million pounds")
        same = next(
            (f for f in reversed(earlier[-5:]) if f.measure is not None and f.measure.head == head), None
        )
        if same is not None and same.partner:
            partner = same.partner
            basis.append(Basis("fact.partner.carried", (same.value.start, same.value.end)))
    share = measure is not None and basis and basis[0].rule == "fact.measure.share"
    # an institution named after the last place before the value owns it, and is no place: "the
    # World Bank will provide $2 billion" (not "Pakistan's Fund")
    institution = _last_match(_INSTITUTION, text, max(c0, value.start - 80), value.start)
    if institution is not None and (
        _POSSESSIVE_BEFORE.search(text, max(0, institution.start() - 20), institution.start())
        or any(institution.end() <= p.start < value.start for p in owners)
    ):
        institution = None
    owners = [] if institution is not None else owners
    owner = (
        (
            # a share's owner is the owner of what it is a share of: "15% of all U.S. imports", the
            # share of all oil imported by India
            next(
                (
                    p
                    for p in owners
                    if value.end <= p.start < measure.start
                    or (measure.end <= p.start < c1 and _BY_BEFORE.fullmatch(lower, measure.end, p.start))
                ),
                None,
            )
            if share and measure
            else None
        )
        or next((p for p in reversed(owners) if c0 <= p.start < value.start), None)
        or next((p for p in owners if p.start < value.start), None)
        or next((p for p in owners if value.end <= p.start < c1), None)
    )
    if owner is not None:
        code = _code(owner)
        where = () if code is None else (code,)
        basis.append(Basis("fact.where.place", (owner.start, owner.end)))
    elif institution is not None:
        basis.append(Basis("fact.where.institution", (institution.start(), institution.end())))
    elif head in _UNOWNED and commodity in WORLD_MARKET_COMMODITIES:
        pass
    elif (
        organisation := _last_match(_ORGANISATION, text, max(c0, value.start - 80), value.start)
    ) is not None:
        basis.append(Basis("fact.where.organisation", (organisation.start(), organisation.end())))
    elif seat is not None and seat.end <= value.start:
        basis.append(Basis("fact.where.organisation", (seat.start, seat.end)))
    elif earlier and earlier[-1].where and earlier[-1].value.start >= paragraph[0]:
        where = earlier[-1].where
        basis.append(Basis("fact.where.carried", None))
    elif (owned := doc.possessive_before(sentence[0])) is not None:
        # "China's second largest source of coal imports": a possessive names the story's owner
        code = _code(owned)
        where = () if code is None else (code,)
        basis.append(Basis("fact.where.possessive", (owned.start, owned.end)))
    elif earlier and earlier[-1].where:
        where = earlier[-1].where
        basis.append(Basis("fact.where.carried", None))
    else:
        last = doc.place_before(sentence[0])
        if last is not None:
            code = _code(last)
            where = () if code is None else (code,)
            basis.append(Basis("fact.where.carried", (last.start, last.end)))
    where = tuple(c for c in where if c not in partner) or where
    # a share of the converse flow: "exports to the U.S. ... 15% of all U.S. imports" (from Russia)
    flip = {"export": "import", "import": "export"}
    prior = earlier[-1] if earlier else None
    if (
        share
        and prior is not None
        and prior.measure is not None
        and flip.get(prior.measure.head) == head
        and prior.value.start >= sentence[0]
        and prior.partner
    ):
        where, partner = prior.partner, prior.where
        basis.append(Basis("fact.partner.converse", (prior.value.start, prior.value.end)))

    # role and direction
    role: Role = "level"
    tail = lower[max(c0, value.start - 60) : value.start]
    comparative = _COMPARATIVE_AFTER.match(lower, value.end, c1)
    listed = earlier and earlier[-1].role == "base" and earlier[-1].value.start >= c0
    if _BASE_BEFORE.search(tail):
        role = "base"
    elif comparative is not None:
        role = "change"
    elif listed and (
        _LIST_GAP.fullmatch(lower, earlier[-1].value.end, value.start)
        or _AT_GAP.fullmatch(lower, earlier[-1].value.end, value.start)
        or (
            _same_unit(earlier[-1].value, value)
            and _LONG_LIST_GAP.fullmatch(lower, earlier[-1].value.end, value.start)
            and not _between(doc.changes, earlier[-1].value.end, value.start)
        )
    ):
        role = "base"
    elif (
        _CHANGE_BEFORE.search(tail)
        or _CHANGE_OR.search(tail)
        or _CHANGE_AFTER.match(lower, value.end, c1)
        or (isinstance(value, Percentage) and value.unit is not PercentUnit.PERCENT)
    ):
        role = "change"
    if role == "change" and re.search(r"\bto\s*$", tail):
        role = "level"
    changes = [
        h
        for h in _between(doc.changes, c0, min(c1, value.end + 30))
        if h.word not in _QUALIFIERS
        and not _phrasal_up(lower, h)
        and not (h.word in _RAISES and _RAISED_FUNDS.match(lower, h.end))
    ]
    if (
        role == "change"
        and isinstance(value, Money)
        and _RAISED_BEFORE.search(lower, max(c0, value.start - 30), value.start)
    ):
        role = "level"  # "which raised 2.6 billion dollars": funds raised, no change
    direction: Direction | None = None
    word = next((h for h in reversed(changes) if h.end <= value.start), None) or _nearest(
        changes, value.start
    )
    if comparative is not None:
        direction = "up" if comparative.group(1) else "down"
        basis.append(Basis("fact.direction.word", (comparative.start(), comparative.end())))
    elif word is not None:
        direction = _DIRECTIONS[word.word]
        basis.append(Basis("fact.direction.word", (word.start, word.end)))
    elif (later := _COMPARED_LATER.search(lower, value.end, min(c1, value.end + 60))) is not None:
        # "was £119.1 billion, £11.1 billion more than a year earlier": the level went up
        direction = "up" if later.group(1) else "down"
        basis.append(Basis("fact.direction.word", (later.start(), later.end())))
    standard = (
        None  # a change from a standard: "cut its estimate to 2% from a 2.8 per cent target"
        if _FROM_BEFORE.search(tail)
        else _STANDARD_BEFORE.search(tail) or _STANDARD_AFTER.match(lower, value.end, c1)
    )
    if standard is not None:
        # a standard is set, not reached: "lower than the USD 60 per barrel cap" is no base, "above
        # the target of 2%" no rise; but a change may reach it ("bring inflation down to its 2% target")
        role = "level"
        if not _REACHED.search(tail):
            direction = None
            basis = [b for b in basis if b.rule != "fact.direction.word"]
        basis.append(Basis("fact.standard", (standard.start(), standard.end())))
    basis.append(Basis(f"fact.role.{role}", (max(c0, value.start - 60), value.start)))

    # when: a period of its own right after the value ("8.7% in the previous month"); for a base,
    # the period after it ("from $1.7 billion in 2017"); else the nearest period of the clause
    # (after the value first), of the sentence, or carried over. A base's period ("from June
    # 2019", "than in December 2022") and a superlative's bound ("highest since 2022") are no
    # level's or change's period.
    now = _NOW_BEFORE.search(lower, max(c0, value.start - 40), value.start)
    # a cap or a rate target stands until changed; an amount's target is a period's ("the IMF's
    # target of Rs2,700 billion" for the fiscal year)
    standing = standard is not None and ("target" not in standard.group() or isinstance(value, Percentage))
    when = None if standing else _when(doc, value, role, (c0, c1), sentence)
    vague = _VAGUE_AFTER.match(lower, value.end, c1)
    if vague is not None:
        when = None  # "20% growth in recent years": a period the text does not date
    if now and when is not None and when.start < value.end:
        when = None  # "now" is not the period named before it; one after it may be its own
    if when is not None:
        basis.append(Basis("fact.when.date", (when.start, when.end)))
    elif (
        standing
        or now
        or vague
        or _SINCE_THEN.search(lower, sentence[0], value.start)
        or head in _TIMELESS
        or (attributive and head in _INSTRUMENTS and role == "level" and direction is None)
        or (isinstance(value, (Tonnage, Quantity)) and value.per is not None)
    ):
        pass
    else:
        when = doc.period_before(sentence[0])
        when = None if when is None else doc.restated.get(when.start, when)
        when = when if when is not None and when.start >= paragraph[0] else None
        # the period of the fact before (past the bases' periods just before it)
        period = next((f.when for f in reversed(earlier[-5:]) if f.when is None or doc.own(f.when)), None)
        if period is not None and (when is None or period.start > when.start):
            when = period
        if when is not None:
            basis.append(Basis("fact.when.carried", (when.start, when.end)))

    clause_words = set(re.findall(r"[a-z]+", lower[c0 : value.start]))
    modality: Literal["reported", "expected"] = "expected" if clause_words & EXPECTED_CUES else "reported"
    return Fact(
        value=value,
        measure=measure,
        commodity=commodity,
        where=where,
        partner=partner,
        when=when,
        role=role,
        direction=direction,
        modality=modality,
        sentence=whole,
        basis=tuple(basis),
    )


def _when(
    doc: _Doc, value: Value, role: Role, clause: tuple[int, int], sentence: tuple[int, int]
) -> Date | None:
    """The period a value holds for, read in its clause, else its sentence (``None`` if neither says)."""
    when = _when_date(doc, value, role, clause, sentence)
    return None if when is None else doc.restated.get(when.start, when)


def _when_date(
    doc: _Doc, value: Value, role: Role, clause: tuple[int, int], sentence: tuple[int, int]
) -> Date | None:
    c0, c1 = clause
    dates = [d for d in doc.dates_in(c0, c1) if d.start not in doc.bounds]
    after = [d for d in dates if d.start >= value.end]
    # its own period as a possessive right before it: "smaller than 2023's 878,000 ounces"
    before = next((d for d in reversed(dates) if d.end <= value.start), None)
    if before is not None and _POSSESSIVE_GAP.fullmatch(doc.text, before.end, value.start):
        return before
    # its own period, right after it: "410 tonnes in 2023", "8.7% in the previous month"
    if (
        after
        and _OWN_GAP.fullmatch(doc.lower, value.end, after[0].start)
        and (role == "base" or after[0].start not in doc.compared)
    ):
        return after[0]
    if role == "base":
        # "from $1.7 billion a year earlier": the next date before another value
        own = next((d for d in after if d.start < doc.next_value_start(value.end, c1)), None)
        if own is not None:
            return own
    # a period after the value before the next value ("was £7.8 billion in December 2023, £8.4
    # billion less than in December 2022"), else before it, else after the next value
    periods = [d for d in dates if doc.own(d)]
    stop = doc.next_value_start(value.end, c1)
    when = (
        next((d for d in periods if value.end <= d.start < stop), None)
        or next((d for d in reversed(periods) if d.end <= value.start), None)
        or next(
            (d for d in periods if d.start >= value.end and doc.may_take(value, d)),
            None,
        )
    )
    if when is None:
        # another clause's period; a base's own period too, for a value set apart after it ("down
        # from $1.7 billion in 2017 — about 15% of all U.S. imports")
        in_sentence = [
            d
            for d in doc.dates_in(*sentence)
            if (doc.own(d) and doc.may_take(value, d))
            or (d.start in doc.base_own and d.end <= value.start and not c0 <= d.start < c1)
        ]
        when = min(in_sentence, key=lambda d: abs(d.start - value.start), default=None)
    return when


def _links(doc: _Doc, facts: list[Fact]) -> list[Fact]:
    """Join the facts of one change: in a clause, a change knows its level and base."""
    groups: dict[tuple[int, int], list[int]] = {}
    for i, fact in enumerate(facts):
        if fact.equivalent_of is None and fact.direction is not None:
            key = doc.clause(_window(fact.sentence, fact.value), fact.value.start, fact.value.end)
            groups.setdefault(key, []).append(i)
    out = list(facts)
    for members in groups.values():
        by_role = {facts[i].role: facts[i].value for i in reversed(members)}
        for i in members:
            role = facts[i].role
            out[i] = attrs.evolve(
                facts[i],
                level=by_role.get("level") if role != "level" else None,
                base=by_role.get("base") if role != "base" else None,
                change=by_role.get("change") if role != "change" else None,
            )
    return out
