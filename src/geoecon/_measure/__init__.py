"""The number-plus-unit engine shared by tonnages and quantities.

A measured amount is a number from the shared reader (``geoecon.numerals``)
followed by a unit of one family of ``geoecon._tables.units``. This room reads
the unit after a number (one small anchored pattern and a table lookup, never a
scan of the whole text), and around it what every measured kind shares: rates
("a year", "per day", "t/y") into ``per``, "of aluminum" into ``of_what``,
fractions ("2/1000 kilograms"), tolerances ("2,000.45±0.01 pounds"), ranges
("3-5 million tonnes"), vague amounts ("tens of thousands of tonnes") and
articles ("a tonne", "half a barrel"). ``scan_hits`` returns the candidates as
``Hit`` records; each kind vetoes what is not its own (``accept``) and turns the
rest into its mention (``geoecon.tonnage``: knots, mountains and pounds that are
money are vetoed, ounces may be troy; ``geoecon.quantities``).

It also reads the unit of a unit price after an amount of money ("$2,655 per
ton", "85 cents a kilo": ``per_unit``), from ``PER_UNITS`` of the same table module,
so that money and the measures read their units from one place; that and what a later
amount inherits from an earlier one are in ``geoecon._measure.along``.

>>> from geoecon._doc import Doc
>>> from geoecon._tables.units import MASS_EXACT, MASS_WORDS
>>> mass = UnitTables(MASS_EXACT, MASS_WORDS)
>>> [(h.value, h.unit.written, h.per) for h in scan_hits(Doc("3,000 tonnes a day"), mass, lambda *_: True)]
[(Decimal('3000'), 'tonnes', 'day')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Final, cast

import attrs
import regex

from geoecon._measure.along import (
    _per_match as _per_match,
)
from geoecon._measure.along import (
    _price_patterns as _price_patterns,
)
from geoecon._measure.along import (
    carried_currencies,
    carried_of_what,
    carried_prices,
    per_unit,
    price_follows_article,
    unit_before_price,
    unit_prices,
)
from geoecon._qualifiers import qualifier_before
from geoecon._ranges import RangeSyntax
from geoecon._regex import alternation, trie_alternation
from geoecon._tables.cue_words import CHANGE_VERBS
from geoecon._text import NEAR, match_near
from geoecon.numerals import Number, combine_range

if TYPE_CHECKING:
    from geoecon._doc import Doc
    from geoecon._mention import Qualifier
    from geoecon._tables.units import UnitInfo

__all__ = [
    "Hit",
    "Unit",
    "UnitTables",
    "carried_currencies",
    "carried_of_what",
    "carried_prices",
    "mass_before_bracket",
    "may_open_unit",
    "per_unit",
    "scan_hits",
    "unit_at",
    "unit_before_price",
    "unit_prices",
]

# ----------------------------------------------------------------------------- the unit reader

# One unit token: letters, then optional ".x" or "/x" parts ("k.g.", "b/d", "Mt/y").
# The parts are separated by literal "." or "/", so the pattern cannot backtrack badly.
# The letters and digits a unit word opens with ("m" of "m.t.", "m3" of "m3/d").
_STEM_SRC: Final = r"[A-Za-z][A-Za-z0-9\u00b3]*"
_TOKEN: Final = _STEM_SRC + r"(?:[./][A-Za-z0-9\u00b3]+)*\.?"
# A unit may wrap to the next line, but not to an indented one, where a paragraph opens
# (Reuters indents each; ``_evidence``): "300.99 mln\n    Tonnes milled" is two lines of a table.
_GAP: Final = r"(?P<gap>[ \t]{0,3}(?:\r?\n(?![ \t]))?|[ \t]?-[ \t]?)(?P<open>[(\[{<][ \t]?)?"
# The gap, the bracket and the first word's opening letters and digits, exactly as
# ``_UNIT_WORDS`` reads them: its ``w1`` starts with this group's text.
_UNIT_LEAD: Final = re.compile(_GAP + rf"(?P<stem>{_STEM_SRC})")
# Speed: in the standard engine (cheaper per call than ``regex``): the pattern spells out
# every class it uses (no ``\w``, ``\s``, no case folding), so both engines read it alike.
_UNIT_WORDS_SRC: Final = (
    _GAP
    + rf"""(?P<w1>{_TOKEN})
    (?:(?:[ \t]+|-)(?P<w2>{_TOKEN})
      (?:[ \t]+(?P<w3>{_TOKEN})
        (?:[ \t]+(?P<w4>{_TOKEN}))?)?)?"""
)
_UNIT_WORDS: Final = re.compile(_UNIT_WORDS_SRC, re.VERBOSE)
_CLOSE: Final = {"(": ")", "[": "]", "{": "}", "<": ">"}
_CLOSE_AT: Final = regex.compile(r"[ \t]?(?P<c>[)\]}>])")
#: Rates written glued after a slash: "t/y", "Mt/yr", "t/d".
_SLASH_RATES: Final[dict[str, str]] = {
    "y": "year", "yr": "year", "year": "year", "a": "year", "annum": "year", "pa": "year",
    "d": "day", "day": "day", "month": "month", "mo": "month", "m": "month",
}  # fmt: skip
_RATE: Final = regex.compile(
    r"""[ \t]*(?:
        (?:a|an|per|each|every)[ \t]+(?P<w>year|annum|month|day)
      | (?P<adv>annually|yearly|monthly|daily|p\.a\.|pa)
    )(?![\w])
    (?![ \t]+(?:earlier|ago|before|later|previously|prior|on|from|and|or)\b)
    # "a year to March", "a year to 2030" is a period; "a year to the U.S. market" is a rate
    (?![ \t]+to[ \t]+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|mid)\w*)""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: A rate hyphenated to its unit: "barrel-a-day", "tonnes-per-year".
_HYPHEN_RATE: Final = re.compile(r"-(?:[Aa]n?|[Pp]er)-(?P<w>[Dd]ay|[Yy]ear|[Mm]onth)(?![\w-])")
_RATE_WORDS: Final = {
    "year": "year", "annum": "year", "month": "month", "day": "day", "annually": "year",
    "yearly": "year", "monthly": "month", "daily": "day", "p.a.": "year", "pa": "year",
}  # fmt: skip
# "per hectare", "/ha", "an hour": an intensity or a flow, not an amount.
_PER_OTHER: Final = regex.compile(
    r"[ \t]*(?:per|an?|/)[ \t]*"
    r"(?:hectares?|ha|acres?|hours?|hr|h|sq|square|cubic|cm|km|kilomet\w*|litres?|liters?)\b",
    regex.IGNORECASE,
)
_OF: Final = regex.compile(
    r"[ \t]+of[ \t]+(?P<what>[A-Za-z][A-Za-z0-9-]*(?:[ \t][A-Za-z][A-Za-z0-9-]*){0,3})",
    regex.IGNORECASE,
)
_OF_STOP: Final = frozenset(
    """a an the this that these those its their his her our your my which whom what whose it them
    in on at by for from to with and or but per was were is are be been being will would has have had
    last next each every as than into onto over under about around some all any more less other
    between against versus
    year years month months day days week weeks annually per while when where who since until
    said says say cost costs rose fell rise falls rises increased decreased jumped climbed dropped
    declined grew totalled totaled reached hit went came remained stood exported imported produced
    shipped sold bought valued worth compared capacity output production
    can could may might should must shall do does did""".split()
)
#: "3-5 million tonnes", "5 through 7 t", "between 2.0 g and about 7.0 g", "2 -7 g".
_RANGES: Final = RangeSyntax(
    ("-", "to", "and", "through"),
    hedges=("about", "around", "approximately", "roughly", "some", "~"),
    signed_hyphen=True,
)
_TOLERANCE: Final = regex.compile(r"[ \t]*(?:±|\+/-|\+-)[ \t]*")
# A change verb before "X to Y" makes two amounts ("rose from 5 to 7 tonnes", "up 5 to 34,500 t").
_CHANGE: Final = regex.compile(
    rf"(?<![\w])(?:{alternation(list(CHANGE_VERBS))})[ \t]+(?:by[ \t]+)?", regex.IGNORECASE | regex.REVERSE
)
_VAGUE_OF: Final = regex.compile(r"[ \t]+of(?=[ \t])")
_CURRENCY_SIGNS: Final = frozenset("$€£¥₹")


@attrs.frozen
class Unit:
    """A unit found after a number."""

    info: UnitInfo
    start: int  # first character of the unit words (after gap and bracket)
    end: int  # end of the mention so far (after a closing bracket)
    written: str
    per: str | None = None


def _heads(tables: UnitTables) -> frozenset[str]:
    keys = [k for k in [*tables.exact, *tables.words] if k.strip()]
    firsts = [k.split()[0] for k in keys]
    return frozenset(firsts) | frozenset(f.rstrip(".").partition("/")[0] for f in firsts)


_STEM: Final = re.compile(_STEM_SRC)


def _stems(tables: UnitTables) -> frozenset[str]:
    """The letters-and-digits starts of the heads ("m" of "m.t."), as written and lower-cased."""
    stems: set[str] = set()
    for head in tables.heads:
        match = _STEM.match(head)
        if match is not None:
            stems.update((match.group(), match.group().lower()))
    return frozenset(stems)


@attrs.frozen
class UnitTables:
    """The two unit tables of one family, and the first words of all their keys.

    ``exact`` is looked up as written, ``words`` lower-cased; ``heads`` lets a
    number's next word be ruled out by one set lookup ("shares", "in").
    """

    exact: Mapping[str, UnitInfo]
    words: Mapping[str, UnitInfo]
    heads: frozenset[str] = attrs.field(init=False, default=attrs.Factory(_heads, takes_self=True))
    stems: frozenset[str] = attrs.field(init=False, default=attrs.Factory(_stems, takes_self=True))

    def lookup(self, key: str) -> UnitInfo | None:
        """The unit a key names, as written first, then lower-cased."""
        found = self.exact.get(key)
        if found is None:
            found = self.words.get(key.lower())
        return found


def _stem_at(text: str, pos: int) -> str:
    """The letters and digits that open the word at ``pos`` (after ``_GAP``), lower-cased, or "".

    ``UnitTables.stems`` holds each stem lower-cased too, so a stem is in it, as written
    or lower-cased, exactly when its lower-cased form is.
    """
    lead = _UNIT_LEAD.match(text, pos, pos + NEAR)
    return "" if lead is None else lead.group("stem").lower()


def may_open_unit(text: str, pos: int, tables: UnitTables, stems: dict[int, str] | None = None) -> bool:
    """False when the word at ``pos`` opens no unit of ``tables``: ``unit_at`` is then None.

    Most numbers are followed by a word that starts no unit ("shares", "in"): the
    letters-and-digits start of that word, read by a short pattern with the same gap
    as the unit pattern, rules them out with one set lookup. ``stems`` memoises that
    start by position (one per document, shared by the tonnage and quantity scanners).
    """
    stem = None if stems is None else stems.get(pos)
    if stem is None:
        stem = _stem_at(text, pos)
        if stems is not None:
            stems[pos] = stem
    return stem in tables.stems  # holds no "": a stem has a letter


def unit_at(text: str, pos: int, tables: UnitTables, stems: dict[int, str] | None = None) -> Unit | None:
    """Read the unit written at ``pos`` (right after a number), or None.

    One anchored match takes up to four words; the longest run of them that is a
    key of one of the tables wins (``stems``: see ``may_open_unit``).
    """
    if not may_open_unit(text, pos, tables, stems):
        return None
    match = _UNIT_WORDS.match(text, pos, pos + NEAR)
    if match is None:
        return None
    if match.group("gap").strip() == "-" and match.group("open"):
        return None
    # Most numbers are followed by a word that starts no unit ("shares", "in"): one set
    # lookup rules them out before the joins and table lookups below.
    first = match.group("w1")
    heads = tables.heads
    bare = first.rstrip(".").partition("/")[0]
    if not ({first, bare} & heads or {first.lower(), bare.lower()} & heads):
        return None
    tokens = [(match.group(g), match.span(g)) for g in ("w1", "w2", "w3", "w4") if match.group(g)]
    for n in range(len(tokens), 0, -1):
        key = " ".join(t for t, _ in tokens[:n])
        end = tokens[n - 1][1][1]
        info = tables.lookup(key)
        if info is None and key.endswith("."):
            key = key[:-1]
            end -= 1
            info = tables.lookup(key)
        per: str | None = None
        if info is None and n == 1 and "/" in key:
            head, _, tail = key.partition("/")
            head_info = tables.lookup(head)
            if head_info is not None:
                if tail.lower() not in _SLASH_RATES or head_info.per is not None:
                    return None  # "t/ha", "kg/cm": not an amount
                info, per = head_info, _SLASH_RATES[tail.lower()]
        if info is None:
            continue
        start, word_end = tokens[0][1][0], end
        if match.group("open"):
            close = match_near(_CLOSE_AT, text, end)
            if close is None or close.group("c") != _CLOSE[match.group("open")[0]]:
                return None
            end = close.end()
        elif n == 1 and "/" not in key and text[end : end + 1] == "/":
            return None  # an unknown rate after a slash
        if end < len(text) and text[end] in "-'" and text[end + 1 : end + 2].isalpha():
            rate = _HYPHEN_RATE.match(text, end) if per is None and info.per is None else None
            if rate is None:
                return None  # "tonne-km", "t-shirts", "t's"
            # "a 200,000-barrel-a-day refinery": the rate is hyphenated to the unit
            return Unit(info, start, rate.end(), text[start:word_end], _RATE_WORDS[rate.group("w").lower()])
        return Unit(info, start, end, text[start:word_end], per)
    return None


# ----------------------------------------------------------------------------- the shared engine


@attrs.frozen
class Hit:
    """A measured amount before it becomes a ``Tonnage`` or a quantity."""

    start: int
    end: int
    value: Decimal | None  # in units of ``unit`` (its factor not yet applied)
    low: Decimal | None
    high: Decimal | None
    unit: Unit
    per: str | None
    of_what: str | None
    qualifier: Qualifier
    vague: bool
    number: Number | None  # the (first) number, None after an article ("a kilogram")


# An article before a unit ("a tonne", "half a barrel"), found on the lower-cased text:
# the pattern opens with a literal, so the engine skips ahead at over 100 MB/s; the
# word boundary and a fraction before it are checked at each (rare) hit. The article
# is the match up to its "gap" group. Speed: the gap and the unit's opening are matched,
# not looked ahead to (a lookahead costs the engine as much again at each of the many
# "a"s: 37 M instructions on 200 KB of Reuters, now 12 M). Every article that the plain
# lookahead form finds is found: no article opens inside a gap or those openings
# (the one "a" of "gram", "barrel", "gallon" is followed by neither an "n" nor a gap).
_ARTICLE: Final = re.compile(
    r"an?(?P<gap>[ \t]+|[ \t]*\n(?![ \t]))(?:kilo|kg|pound|lb|ounce|oz|tonne|metric|gram|short|long|troy"
    r"|barrel|gallon|litre|liter|bushel|cubic)"
)
_WORD_START: Final = re.compile(r"(?<![\w-])")
_FRACTION_BEFORE: Final = re.compile(
    r"(?<![\w-])(?P<frac>half|a[ \t]+quarter|three[ \t]+quarters|a[ \t]+third)[ \t]+(?:of[ \t]+)?\Z"
)
_ARTICLE_FRACTIONS: Final = {
    "half": Decimal("0.5"), "a quarter": Decimal("0.25"), "three quarters": Decimal("0.75"),
    "a third": Decimal(1) / Decimal(3),
}  # fmt: skip
# "$3 a pound", "85 cents a kilo": the article is "per", and the amount is a price.
_PRICE_BEFORE: Final = regex.compile(
    r"(?:\d[\d.,]*\)?[ \t]*(?:[A-Za-z]{1,8}[ \t]+)?|(?:cents?|pence|dollars?|dlrs|euros?|yen|yuan|rupees?"
    r"|roubles?|rubles?|ringgit|pesos?|reais|francs?)[ \t]+)$",
    regex.IGNORECASE,
)


def _fold(text: str) -> str:
    return " ".join(text.split()).lower()


def _of_what(text: str, end: int) -> tuple[str | None, int]:
    """What is measured ("of aluminum"), and where the phrase ends."""
    match = match_near(_OF, text, end)
    if match is None:
        return None, end
    words: list[str] = []
    stop = match.start("what")
    for word in match.group("what").split():
        if word.lower() in _OF_STOP or (words and word[:1].isupper() and not words[-1][:1].isupper()):
            break
        words.append(word)
        stop = text.find(word, stop) + len(word)
    if not words:
        return None, end
    return " ".join(words), stop


def _rate(text: str, end: int) -> tuple[str | None, int]:
    match = match_near(_RATE, text, end)
    if match is None:
        return None, end
    word = match.group("w") or match.group("adv")
    return _RATE_WORDS[word.lower()], match.end()


# What may stand between an amount (and its "of" phrase) and its rate: a bracketed acronym,
# "or more", "or less", "or so" (at most two).
_ASIDE: Final = re.compile(r"(?:[ \t]*(?:\([A-Za-z0-9&.+-]{1,12}\)|,?[ \t]*or[ \t]+(?:more|less|so)))+")


def _aside(text: str, end: int) -> int:
    """Where the rate may start after ``end``: past a bracketed acronym or "or more"."""
    match = _ASIDE.match(text, end, end + 40)
    return end if match is None else match.end()


def _scaled_of(text: str, number: Number) -> bool:
    """A number with a magnitude and " of " after it: "18 million of metric tons" may follow."""
    return number.scale != 1 and text.startswith(" of ", number.end)


def _abs(number: Number) -> Number:
    if number.value is None or number.sign != "-":
        return number
    return number._replace(value=-number.value, sign="")


def _glued_before(text: str, number: Number) -> bool:
    """A letter or a currency sign right before the number: "CO2", "A380", "$5"."""
    before = text[number.start - 1 : number.start] if number.start else ""
    if before.isalpha() or before in {"_", "/"}:
        return True
    # a currency sign right before, or one space or tab before ("$5", "$ 5")
    return before in _CURRENCY_SIGNS or (
        before in {" ", "\t"} and text[number.start - 2 : number.start - 1] in _CURRENCY_SIGNS
    )


def _finish(
    doc: Doc,
    start: int,
    end: int,
    unit: Unit,
    *,
    value: Decimal | None,
    low: Decimal | None = None,
    high: Decimal | None = None,
    vague: bool = False,
    number: Number | None,
) -> Hit | None:
    text = doc.norm
    if match_near(_PER_OTHER, text, end):
        return None
    per = unit.per or unit.info.per
    if per is None:
        per, end = _rate(text, end)
    of_what, after = _of_what(text, end)
    if per is None:
        # at a distance: "of Liquefied Natural Gas (LNG) per year", "of coal or more annually"
        rate_at = _aside(text, after)
        if rate_at != end:
            per, _ = _rate(text, rate_at)
    return Hit(
        start=start, end=end, value=value, low=low, high=high, unit=unit, per=per,
        of_what=of_what or unit.info.of_what, qualifier=qualifier_before(text, start),
        vague=vague, number=number,
    )  # fmt: skip


def _articles(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, fraction) of every article before a unit word that no price comes before.

    Read once per document for both scanners. "$18 a barrel" is a unit price, not an
    amount of oil: the price before the article rules it out for every kind, so it is
    tested here, once, before any unit is read.
    """
    found = doc.memo.get("articles")
    if found is None:
        lower = doc.lower
        text = doc.norm
        articles: list[tuple[int, int, str]] = []
        for match in _ARTICLE.finditer(lower):
            start, end = match.start(), match.start("gap")
            frac = _FRACTION_BEFORE.search(lower, max(0, start - 32), start)
            if frac is not None:
                start, fraction = frac.start(), frac.group("frac")
            elif _WORD_START.match(lower, start):
                fraction = ""
            else:
                continue
            if _PRICE_BEFORE.search(text, max(0, start - 40), start) or doc.in_url(start):
                continue
            if fraction == "" and price_follows_article(lower, start):
                continue  # "an ounce of caviar for $126": the unit of a price
            articles.append((start, end, fraction))
        doc.memo["articles"] = found = articles
    return found  # type: ignore[return-value]


_STEMS_MEMO: Final = "measure.stems"


# What lies between a number and its unit's stem: the gap and an opening bracket (``_GAP``).
_LEAD_CHARS: Final = frozenset(" \t\r\n-([{<")
#: Spaces and tabs after a line end from which ``NEAR`` could cut a unit's stem short.
_LONG_GAP: Final = re.compile(r"\n[ \t]{128,}")


@cache
def _stem_runs(stems: frozenset[str]) -> re.Pattern[str]:
    """A stem of ``stems`` in lower-cased ASCII text, after no letter and before no letter or digit.

    Each match opens with the character before the stem. No stem has a letter after a
    digit, so no stem can open inside another's match.
    """
    return re.compile(rf"[^a-z](?:{trie_alternation(stems)})(?![a-z0-9\u00b3])")


#: An ASCII text with a number every ``_DENSE_SPACING`` characters or fewer has its unit gates
#: read by ``_dense_opens``. Speed: the scan for the stems pays only there ("$5 per ": 3.6
#: against 7.8 ms per 100 KB); at ``Doc.dense``'s wider spacing the memoised look after each
#: number costs less (Reuters' tables, 9 to 48 characters a number: 3.3 against 6.2 ms per MB;
#: "<td>1,000</td>" 2.9 against 4.3, "$5 a barrel " 4.8 against 5.9, "5 tonnes " 6.6 against
#: 20 ms per 100 KB). Both give the same gates.
_DENSE_SPACING: Final = 8


def _opens(doc: Doc, tables: UnitTables, stems: dict[int, str]) -> list[bool]:
    """``may_open_unit`` after each number of ``doc.numbers``, with the document's ``stems`` memo.

    Speed: written out, without a call per number; the first scanner (tonnage) fills
    the memo, the second (quantities) only looks the stems up. An ASCII text very dense
    with numbers (``Doc.number_every(_DENSE_SPACING)``) is read by ``_dense_opens``.
    """
    text = doc.norm
    numbers = doc.numbers
    if doc.number_every(_DENSE_SPACING) and text.isascii():
        return _dense_opens(doc, tables, stems)
    table_stems = tables.stems
    opens: list[bool] = []
    for number in numbers:
        stem = stems.get(number.end)
        if stem is None:
            stem = stems[number.end] = _stem_at(text, number.end)
        opens.append(stem in table_stems)
    return opens


def _dense_opens(doc: Doc, tables: UnitTables, stems: dict[int, str]) -> list[bool]:
    """``_opens`` of an ASCII text by one scan for the stems of ``tables``, not one match per number.

    A number's stem is read (``_stem_at``, memoised) only at the number ends from which
    ``_UNIT_LEAD`` could reach a stem that ``_stem_runs`` finds, across gap and bracket
    characters before it, and before a line end followed by a long run of spaces
    (where ``NEAR`` can cut a longer run of letters down to a stem).
    """
    text = doc.norm
    numbers = doc.numbers
    ends = {number.end for number in numbers}
    reached: set[int] = set()  # number ends from which a stem may be reached
    for found in _stem_runs(tables.stems).finditer(doc.lower):
        pos = found.start() + 1
        floor = max(0, pos - NEAR)
        while True:
            if pos in ends:
                reached.add(pos)
            if pos <= floor or text[pos - 1] not in _LEAD_CHARS:
                break
            pos -= 1
    for gap in _LONG_GAP.finditer(text):
        reached.update(ends.intersection(range(max(0, gap.start() - 4), gap.start() + 1)))  # "   \r\n"
    gated = {pos for pos in reached if may_open_unit(text, pos, tables, stems)}
    return [number.end in gated for number in numbers]


def _range_hit(
    doc: Doc, number: Number, nxt: Number, *, word: str, first: Unit | None, second: Unit
) -> tuple[Hit | None, int]:
    """The hit two numbers joined by ``word`` make, and how many numbers it takes (None, 0: none).

    ``first`` is the unit after the first number, if any; ``second`` the unit after the other.
    """
    text = doc.norm
    join = _RANGES.join(text, word, number.start)
    bounds = None if join is None else combine_range(number, _abs(nxt))
    if join is None or bounds is None:
        return None, 0
    lead = join.lead
    if word == "to" and _CHANGE.match(
        text, max(0, number.start - 40), number.start if lead is None else lead
    ):
        # "rose from 1.2 million to 1.5 million tonnes": two amounts, not a range.
        if first is None and lead is not None:
            return _finish(doc, number.start, number.end, second, value=number.value, number=number), 1
        return None, 0
    if lead is None and first is None and bounds[1] > bounds[0] * 100:
        return None, 0  # no "between" and no unit after the first number: a spread this wide is no range
    low, high = bounds
    return _finish(doc, join.start, second.end, second, value=None, low=low, high=high, number=number), 2


def scan_hits(doc: Doc, tables: UnitTables, accept: Callable[[Doc, Hit], bool]) -> list[Hit]:
    """Every number-with-unit of the tables in ``doc``, ranges and articles included.

    ``accept`` vetoes a candidate (knots, mountains, pounds that are money).
    """
    text = doc.norm
    numbers = doc.numbers
    hits: list[Hit] = []
    # Speed: the stem after each position does not depend on the tables: read once per
    # document for both scanners (tonnage, then quantities).
    stems = cast("dict[int, str]", doc.memo.setdefault(_STEMS_MEMO, {}))

    def unit(pos: int, number: Number | None) -> Unit | None:
        found = unit_at(text, pos, tables, stems)
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
    opens = _opens(doc, tables, stems)
    opens.append(False)
    i = 0
    while i < len(numbers):
        number = numbers[i]
        if (
            # Speed: ``_scaled_of`` written out (a call per number of the text saved)
            not (
                opens[i]
                or opens[i + 1]
                or number.vague
                or (number.scale != 1 and text.startswith(" of ", number.end))
            )
            or _glued_before(text, number)
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
                if u is not None and add(_finish(doc, start, u.end, u, value=value, number=number)):
                    i += 2
                    continue
            # "2,000.45±0.01 pounds": a stated tolerance keeps the central value.
            tol = match_near(_TOLERANCE, text, number.end, opens="±+")
            if first is None and tol is not None and tol.end() == nxt.start:
                u = unit(nxt.end, nxt)
                if u is not None and add(
                    _finish(doc, number.start, u.end, u, value=number.value, number=number)
                ):
                    i += 2
                    continue
            # Ranges: "3-5 million tonnes", "between 2.0 g and about 7.0 g", "2 -7 g".
            pos = first.end if first is not None else number.end
            word = _RANGES.separator_before(text, pos, nxt, signed=first is None)
            second = unit(nxt.end, nxt) if word is not None else None
            if (
                word is not None
                and second is not None
                and (first is None or first.info == second.info)
                and (nxt.sign != "-" or word == "-")
            ):
                hit, taken = _range_hit(doc, number, nxt, word=word, first=first, second=second)
                if add(hit):
                    i += taken
                    continue
        if first is None and (number.vague or _scaled_of(text, number)):  # "18 million of metric tons"
            of = match_near(_VAGUE_OF, text, number.end)
            if of is not None:
                first = unit(of.end(), number)
        if first is not None:
            add(
                _finish(
                    doc, number.start, first.end, first, value=number.value, vague=number.vague, number=number
                )
            )
        i += 1
    for start, end, frac in _articles(doc):
        u = unit_at(text, end, tables)
        if u is None or not u.info.article:
            continue
        value = _ARTICLE_FRACTIONS[_fold(frac)] if frac else Decimal(1)
        add(_finish(doc, start, u.end, u, value=value, number=None))
    hits.sort(key=lambda h: (h.start, h.start - h.end))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


_MASS_BRACKET: Final = regex.compile(
    r"(?<![\w])(?P<unit>grammes?|grams?|g|kg|kilos?|kilogram(?:me)?s?|tonnes?|t)[ \t]*\([ \t]*",
    regex.IGNORECASE | regex.REVERSE,
)


def mass_before_bracket(text: str, start: int) -> tuple[int, int] | None:
    """The metric mass unit a bracketed number converts, if one stands right before it.

    "850 grammes (1.9 pounds)": the pounds weigh what the grammes do, whatever money
    words stand near. ``None`` when no mass unit and opening bracket precede ``start``.

    >>> text = "850 grammes (1.9 pounds)"
    >>> span = mass_before_bracket(text, 13)
    >>> text[span[0] : span[1]] if span else None
    'grammes'
    """
    if "(" not in text[max(0, start - 3) : start]:
        return None
    m = _MASS_BRACKET.match(text, max(0, start - 24), start)
    return None if m is None else m.span("unit")
