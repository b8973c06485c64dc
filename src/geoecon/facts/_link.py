"""The linker: each value mention of an ``Extraction`` joined to its measure, places and period.

Every rule reads one stretch of the document, found once per document by ``_Scan``: the
sentence and paragraph bounds of the evidence index, the clauses inside a sentence, and one
scan each for measure words, commodity words and change words (``_tables.measures``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

import attrs

from geoecon._evidence import Evidence
from geoecon._mention import Basis, Date, Money, Percentage, PercentUnit, Place, Quantity, Tonnage
from geoecon._regex import letter_first
from geoecon._tables.measures import (
    CHANGE_NOUNS,
    COMMODITIES,
    COMMODITY_SPELLINGS,
    DOWN_WORDS,
    EXPECTED_CUES,
    FLOW_MEASURES,
    GOOD_MEASURES,
    MEASURE_WORDS,
    UP_WORDS,
    WORLD_MARKET_COMMODITIES,
)
from geoecon._text import lower_same_length
from geoecon.facts._fact import Direction, Fact, Measure, Role, Value

if TYPE_CHECKING:
    from geoecon.extraction import Extraction

__all__ = ["link"]


def _words(words: list[str]) -> re.Pattern[str]:
    """The words, whole (not inside a hyphenated word), each branch opening with its letter.

    Speed: ``letter_first`` lets ``re`` skip in C to the letters that open a word.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile(letter_first([re.escape(w) for w in ordered], not_after=r"[\w-]", then=r"(?![\w-])"))


_MEASURES: Final = _words(list(MEASURE_WORDS))
_COMMODITIES: Final = _words(list(COMMODITIES))
_CHANGES: Final = _words([*UP_WORDS, *DOWN_WORDS])
#: Comparatives that qualify a value ("a much higher $28.96") and verbs of passing a mark ("topped 50
#: million tonnes"): the value after them is a level, not a change.
_NOT_CHANGE_BEFORE: Final = frozenset({"higher", "lower", "more than", "less than", "topped", "exceeded"})
_DIRECTIONS: Final[dict[str, Direction]] = {**UP_WORDS, **DOWN_WORDS}  # type: ignore[dict-item]
#: Clause bounds inside a sentence: a semicolon, a dash between words, a contrasting conjunction.
_CLAUSE_BOUNDS: Final = re.compile(
    r";|\s[\u2014\u2013-]\s|\s--\s|\u2014|,\s+(?:while|but|whereas|although|with)\b"
)
#: The value is the base of a change: "from", "compared with", "versus" before it, with no
#: "to"/"by"/"at" between ("down from a high of $1.7 billion").
_BASE_BEFORE: Final = re.compile(
    r"(?:\bfrom|\bcompared (?:with|to)|\bcompares? with|\bversus|\bvs\.?|\bagainst"
    r"|\b(?:higher|lower|bigger|smaller|larger|greater|weaker|stronger|deeper)\s+than)"
    r"(?:\s+(?:a|an|the|its|their|high|low|record|peak|revised|previous|initial|original|about|around|nearly"
    r"|just|some|roughly|almost|estimated|of|last|year's|month's|year-earlier|level|levels|as|much"
    r"|\d{4}(?:'s|\u2019s))){0,5}\s*$"
)
#: After a value, a comparative makes it a change: "0.7% higher", "$65 billion more than".
_COMPARATIVE_AFTER: Final = re.compile(
    r"\s+(?:(more|higher|above|bigger|greater)|(less|lower|below|smaller))\b"
)
#: A value in brackets after another ("by 3.4 million tons (52%)", "$254 billion (or 7 percent)").
_BRACKET_GAP: Final = re.compile(r"\s*\(\s*(?:or\s+|about\s+|around\s+|roughly\s+|nearly\s+|~)?")
#: The next item of a list of bases: "compared with 8.9% in 2018 and 14.6% in 2017".
_LIST_GAP: Final = re.compile(
    r"(?:\s+in\s+[\w-]+(?:\s+[\w-]+)?)?\s*,?\s+(?:and|or)\s+(?:about\s+|around\s+|nearly\s+)?"
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
#: A date after these is the period of a base, not of the value: "up 7% from June 2019",
#: "compared to the same period of 2016", "more than in December 2022", "over 2020".
_COMPARED_CUE: Final = re.compile(
    r"(?:\bfrom|\bcompared(?:\s+(?:with|to))?|\bthan|\bversus|\bvs\.?|\bagainst|\bover|\brelative to)"
    r"(?:\s+(?:in|during|for|at|on|of|the|a|an|its|their|that|this|same|corresponding|comparable|year-ago"
    r"|year-earlier|previous|prior|preceding|[a-z]+-month|period|month|months|quarter|week|year|day|time"
    r"|level|levels|figure|figures|holiday|festival|season)){0,5}\s+$"
)
#: "over" opens a base only before a year or a previous period ("up 20% over 2020"), not a span
#: ("over the past 12 months").
_OVER_BASE: Final = re.compile(r"(?:\d|the same|same|a year|the previous|the prior|last year)")
#: "from January to May" is one period, not a base.
_RANGE_TEXT: Final = re.compile(r"\b(?:to|through|until|till)\b|[-\u2013]")
#: A date named as a previous period: "the previous month", "the same period last year".
_COMPARED_TEXT: Final = re.compile(
    r"(?:the\s+)?(?:previous|prior|preceding|same|year-ago|year-earlier|corresponding)\b.*"
    r"|.*\b(?:prior|earlier|ago|before)"
)
#: A superlative's bound is no period of the value: "its highest since April 2022".
_BOUND_SINCE: Final = re.compile(
    r"\b(?:[a-z]+est|first|most|least|record|ever)\b(?:\s+[\w-]+){0,3}\s+since\s+$"
)
#: A maturity is a term of the debt, no period of its amount: "notes due 2024", "which mature in June".
_MATURITY: Final = re.compile(r"\b(?:due|matur(?:e|es|ing|ed)|expir(?:e|es|ing))(?:\s+(?:in|on|by))?\s+$")
#: The day a statement was made is no period: "said on Thursday", "on Wednesday reported".
_STATED_BEFORE: Final = re.compile(
    r"\b(?:said|says|announced|announces|reported|reports|stated|told\s+[\w.]+|added|estimated|showed)"
    r"(?:\s+(?:late|early|on|late on|early on)|(?:\s+[\w.\'\u2019-]+){0,5}\s+on)?\s+$"
)
_STATED_AFTER: Final = re.compile(r",?\s+(?:said|reported|announced|told|stated|released|published)\b")
#: A dateline: "LONDON, March 6 (Reuters) -", "Cairo, July 19 (EFE).-", "Baku, Azerbaijan, June 30",
#: "MOSCOW (AP) —", "BEIJING:", "London, England —". Its date is the story's, no period; its place
#: is where the story was written, not whose its numbers are.
_PLACE_WORDS: Final = r"[A-Z][A-Za-z.'\u2019 -]{1,25}(?:,\s*[A-Z][A-Za-z.'\u2019 -]{1,25}){0,2}"
_DATELINE: Final = re.compile(
    r"\s*(?:"
    # places and a day, then an agency and a dash, or a new line
    rf"(?:{_PLACE_WORDS})?,\s*(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}})\b"
    r"\s*(?:\(\s*[A-Za-z][\w .&-]{0,20}\)\s*\.?\s*(?:-+|[\u2013\u2014])|\n)"
    # places, then an agency and a dash
    rf"|(?:{_PLACE_WORDS})?\s*\(\s*[A-Za-z][\w .&-]{{0,20}}\)\s*\.?\s*(?:-+|[\u2013\u2014])"
    # a place in capitals and a colon or a dash; a town and its country and a dash
    r"|[A-Z]{3,}(?:\s[A-Z]{3,})?\s*(?::|--|[\u2013\u2014])|[A-Z][a-z]+,\s*[A-Z][a-z]+\s*[\u2013\u2014]"
    r")"
)
#: Between the dates of one period: "the first nine months (July–March) of the current fiscal year".
_CHAIN_GAP: Final = re.compile(r"\s*\(\s*|\s*\)\s*(?:of\s+(?:the\s+)?)?|\s+of\s+(?:the\s+)?")
#: Two bases' periods: "up 6% from June 2019 and May 2020".
_AND_GAP: Final = re.compile(r"\s*,?\s*(?:and|or)\s+(?:in\s+|from\s+)?(?:the\s+)?")
#: An international institution's name, whose values are its own and no country's ("the World
#: Bank", "the International Monetary Fund", "the World Platinum Investment Council"). A central
#: bank's rate is its country's ("the Bank of England raised rates to 5.25%").
_INSTITUTION: Final = re.compile(
    r"\b(?:World\s+Bank|(?:[A-Z][\w&'.-]*\s+){0,4}(?:Fund|Council|Commission|Organi[sz]ation))\b"
    r"(?:\s+of(?:\s+(?:the\s+)?[A-Z][\w'.-]*){1,3})?"
)
_POSSESSIVE_BEFORE: Final = re.compile(r"[A-Za-z]+(?:'s|\u2019s)\s+$")
#: The measure words that are verbs but do not end in "-ed" ("China's economy grew": no compound).
_VERB_FORMS: Final = frozenset(
    "grew grow grows sold bought spent spend lent produce produces invest borrow ships".split()
)
#: Measures that only a value of these kinds can have.
_KIND_OF_MEASURE: Final[dict[str, tuple[type, ...]]] = {
    "weight": (Tonnage, Quantity),
    "value": (Money,),
    "emission": (Tonnage, Quantity, Percentage),
}
#: An aside between commas, whose measure words are not the sentence's ("Demand for platinum,
#: used in catalytic converters to reduce harmful emissions, is expected to fall by 6%").
_ASIDE: Final = re.compile(
    r",\s+(?:used|which|who|whose|including|known|based|once|where|a|an)\b[^,;()]{0,160},"
)
#: Between two values of one fact or change: "6% to 7.507 million ounces", "62,535oz at $2441/oz".
_JOINED_GAP: Final = re.compile(r"\s+(?:to|at|or)\s+|\s*\(\s*")
#: A sentence that opens on an anaphor speaks of the value before ("That missed expectations").
_ANAPHOR: Final = re.compile(r"(?:That|This|It|These|Those)\b")
#: Units of power: the value is a capacity.
_POWER_UNITS: Final = frozenset({"kilowatt", "megawatt", "gigawatt", "terawatt"})
#: Between a date and the value it owns as a possessive: "2023's 878,000 ounces".
_POSSESSIVE_GAP: Final = re.compile(r"(?:'s|\u2019s)\s+")
#: Nouns that a measure word before them only modifies ("the budget year", "trade talks").
_MODIFIER_OF: Final = re.compile(
    r"\s+(?:year|years|month|months|period|office|report|reports|data|meeting|talks|committee|bill|plan"
    r"|proposal|negotiations|session|cycle|process|statement|minister|ministry|officials?|season)\b"
)
#: Between a value and its own period: "410 tonnes in 2023", "8.7% in the previous month", "a 4.6
#: percent expansion in the previous quarter".
_OWN_GAP: Final = re.compile(
    r"(?:\s+[a-z]+(?=\s+(?:in|during|for)\s))?"
    r"\s*,?\s*(?:(?:in|during|for|at|of|on|by|through|as of)\s+)?(?:the\s+)?"
)
#: "Since then": the value holds for now, not for the period of the sentence before.
_SINCE_THEN: Final = re.compile(r"\bsince then\b")
#: Measures that an earlier sentence's place does not own (a world market's price).
_UNOWNED: Final = frozenset({"price"})
#: Verbs that name a measure only when no noun does ("China's GDP grew 4.8%": GDP).
_WEAK_MEASURES: Final = frozenset({"grew", "grow", "grows"})
#: The measures of a unit price ("$2,551/oz"): other measure words do not name it.
_PRICE_MEASURES: Final = frozenset({"price", "cost", "tariff", "tax", "value"})
#: At most one word between a value and the noun after it ("a 20% stake", "a $46.2 billion claim").
_NEXT_WORD: Final = re.compile(r"\s+(?:[a-z-]+\s+)?")
_WORD_BEFORE: Final = re.compile(r"([A-Za-z][\w.-]*)\s+$")
_WORD_AFTER: Final = re.compile(r"\s+([A-Za-z][\w-]*)")
#: Measures that hold until they change, whose period an earlier sentence does not set: a
#: capacity, a reserve, a stake, a rate of flow ("27.6 million tonnes per annum").
_TIMELESS: Final = frozenset({"capacity", "reserve", "stake", "share"})
#: A comparison after the value, past a second value: "£119.1 billion, £11.1 billion more than".
_COMPARED_LATER: Final = re.compile(r"\b(?:(more|higher|bigger|greater)|(less|lower|smaller))\s+than\b")
#: "up" in a phrasal verb is no change: "made up for", "up until", "set up".
_PHRASAL_BEFORE: Final = re.compile(
    r"\b(?:made|make|makes|set|sets|took|take|takes|picked|ended|end|ends|signed|sign|drawn|draw|drew|came|come|shored|propped|snapped|snap)\s+$"
)
_PHRASAL_AFTER: Final = re.compile(r"\s+(?:until|for|with|on)\b")
_QUALIFIERS: Final = frozenset({"more than", "less than"})
_EQUIVALENT_GAP: Final = re.compile(
    r"\s*(?:\(\s*|,\s*or\s+|\bor\s+)(?:about|around|roughly|some|approximately|nearly|~)?\s*"
)

_VALUES: Final = (Money, Percentage, Tonnage, Quantity)


class _Hit(NamedTuple):
    start: int
    end: int
    word: str


def _scan(
    pattern: re.Pattern[str], lower: str, spans: Iterable[tuple[int, int]] | None = None
) -> tuple[list[int], list[_Hit]]:
    """The words of ``pattern`` in ``lower``, or in its ``spans`` only (sorted, disjoint)."""
    stretches = ((0, len(lower)),) if spans is None else spans
    hits = [_Hit(m.start(), m.end(), m.group()) for s, e in stretches for m in pattern.finditer(lower, s, e)]
    return [h.start for h in hits], hits


def _between(index: tuple[list[int], list[_Hit]], start: int, end: int) -> list[_Hit]:
    starts, hits = index
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [h for h in hits[lo:hi] if h.end <= end]


def _containing(
    spans: tuple[tuple[int, int], ...], starts: list[int], position: int, length: int
) -> tuple[int, int]:
    """The span holding ``position``; else the gap between the spans around it."""
    i = bisect.bisect_right(starts, position) - 1
    if i >= 0 and spans[i][0] <= position < spans[i][1]:
        return spans[i]
    return (spans[i][1] if i >= 0 else 0, starts[i + 1] if i + 1 < len(starts) else length)


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


def _last_before(index: tuple[list[int], list[_Hit]], start: int, end: int) -> _Hit | None:
    """The last hit lying inside ``start``-``end``."""
    starts, hits = index
    i = bisect.bisect_left(starts, end) - 1
    while i >= 0 and hits[i].end > end:
        i -= 1
    return hits[i] if i >= 0 and hits[i].start >= start else None


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` inside ``start``-``end``."""
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007 - the loop keeps the last
        pass
    return last


def _heads(lower: str, hits: list[_Hit]) -> list[_Hit]:
    """The measure words that head their phrase.

    A measure word before another is its modifier ("budget receipts", "export revenue": the
    second is the head), and one before a noun of another kind names no measure ("this budget
    year", "the debt office").
    """
    heads = []
    for i, hit in enumerate(hits):
        following = hits[i + 1] if i + 1 < len(hits) else None
        if (
            following is not None
            and lower[hit.end : following.start] == " "
            and not following.word.endswith("ed")
            and following.word not in _VERB_FORMS
        ):
            continue
        if _MODIFIER_OF.match(lower, hit.end):
            continue
        heads.append(hit)
    return heads


def _measure(text: str, hit: _Hit) -> Measure:
    return Measure(hit.start, hit.end, text[hit.start : hit.end], MEASURE_WORDS[hit.word])


def _code(place: Place) -> str | None:
    if place.country is not None:
        return place.country
    return "EU" if place.name == "European Union" else None


def _commodity(word: str) -> str:
    return COMMODITY_SPELLINGS.get(word, word)


class _Doc:
    """What the rules read in one document, each part found once."""

    def __init__(self, found: Extraction) -> None:
        self.text = found.text
        self.lower = lower_same_length(found.text)
        evidence = Evidence.of(found.text)
        self.sentences = evidence.sentences
        self.paragraphs = evidence.paragraphs
        self.sentence_starts = [s for s, _ in self.sentences]
        self.paragraph_starts = [s for s, _ in self.paragraphs]
        self.sentence_start_set = frozenset(self.sentence_starts)
        # measure and change words are read only in the sentences that hold a value
        starts = self.sentence_starts
        values = [m for m in found.mentions if isinstance(m, _VALUES)]
        read = sorted({_containing(self.sentences, starts, v.start, len(self.text)) for v in values})
        named = _heads(self.lower, [h for h in _scan(_MEASURES, self.lower, read)[1] if not self._in_name(h)])
        self.measures = ([h.start for h in named], named)
        self._asides = [m.span() for s, e in read for m in _ASIDE.finditer(self.lower, s, e)]
        self._aside_starts = [a for a, _ in self._asides]
        self.commodities = _scan(_COMMODITIES, self.lower)
        # each commodity (spellings folded): the starts of its words and the words
        self._commodity_index: dict[str, tuple[list[int], list[_Hit]]] = {}
        for hit in self.commodities[1]:
            starts, hits = self._commodity_index.setdefault(_commodity(hit.word), ([], []))
            starts.append(hit.start)
            hits.append(hit)
        self.changes = _scan(_CHANGES, self.lower, read)
        self.dates = [d for d in found.mentions if isinstance(d, Date) and d.value is not None]
        # a dateline's place is where the story was written, not whose its numbers are
        dateline = _DATELINE.match(self.text)
        self.dateline_end = 0 if dateline is None else dateline.end()
        self.places = [
            p
            for p in found.mentions
            if isinstance(p, Place) and _code(p) is not None and p.start >= self.dateline_end
        ]
        self._date_starts = [d.start for d in self.dates]
        # each date once: a superlative's bound ("highest since 2022"), a base's period ("from
        # June 2019", by the words before it), or a previous period by its own words
        self.bounds = frozenset(
            d.start for d in self.dates if self._bound(d) or self._stated(d) or d.end <= self.dateline_end
        )
        self.restated = self._restated()
        # a date right after a value is that value's own ("an 18% drop in 2023"), by value start
        self.owner: dict[int, int] = {}
        for mention in found.mentions:
            if isinstance(mention, _VALUES):
                i = bisect.bisect_left(self._date_starts, mention.end)
                if i < len(self.dates) and _OWN_GAP.fullmatch(self.lower, mention.end, self.dates[i].start):
                    self.owner.setdefault(self.dates[i].start, mention.start)
        self.base_own: set[int] = set()  # a base value's own period ("from $1.7 billion in 2017")
        self.compared = self._compared(found)
        self.previous = frozenset(
            d.start for d in self.dates if _COMPARED_TEXT.fullmatch(self.lower, d.start, d.end)
        )
        self._place_starts = [p.start for p in self.places]
        self._value_starts = [m.start for m in found.mentions if isinstance(m, _VALUES)]
        self._possessives = [p for p in self.places if self.text.startswith(("'s", "\u2019s"), p.end)]
        self._possessive_ends = [p.end for p in self._possessives]

    def next_value_start(self, position: int, end: int) -> int:
        """The start of the first value mention at or after ``position``, or ``end``."""
        i = bisect.bisect_left(self._value_starts, position)
        return min(end, self._value_starts[i]) if i < len(self._value_starts) else end

    def aside(self, position: int) -> tuple[int, int] | None:
        """The aside between commas holding ``position`` (see ``_ASIDE``), if any."""
        i = bisect.bisect_right(self._aside_starts, position) - 1
        return self._asides[i] if i >= 0 and position < self._asides[i][1] else None

    def measures_in(self, start: int, end: int) -> list[_Hit]:
        """The measure words inside ``start``-``end``, but those in a proper name ("Federal Reserve")."""
        return _between(self.measures, start, end)

    def commodities_before(self, start: int, end: int) -> bool:
        """True when a commodity word lies inside ``start``-``end``."""
        return bool(_between(self.commodities, start, end))

    def _in_name(self, hit: _Hit) -> bool:
        if not self.text[hit.start].isupper() or hit.start in self.sentence_start_set:
            return False
        word_before = _WORD_BEFORE.search(self.text, max(0, hit.start - 30), hit.start)
        word_after = _WORD_AFTER.match(self.text, hit.end)
        return bool(
            (word_before and word_before.group(1)[0].isupper())
            or (word_after and word_after.group(1)[0].isupper())
        )

    def dates_in(self, start: int, end: int) -> list[Date]:
        """The dates opening inside ``start``-``end``."""
        lo, hi = bisect.bisect_left(self._date_starts, start), bisect.bisect_left(self._date_starts, end)
        return self.dates[lo:hi]

    def places_in(self, start: int, end: int) -> list[Place]:
        """The places (with a code) opening inside ``start``-``end``."""
        lo, hi = bisect.bisect_left(self._place_starts, start), bisect.bisect_left(self._place_starts, end)
        return self.places[lo:hi]

    def _bound(self, date: Date) -> bool:
        return bool(
            _BOUND_SINCE.search(self.lower, max(0, date.start - 40), date.start)
            or _MATURITY.search(self.lower, max(0, date.start - 20), date.start)
        )

    def _compared(self, found: Extraction) -> frozenset[int]:
        """The starts of the dates that are a base's period.

        By the words before them ("from June 2019"), by a base value just before them ("from
        $1.7 billion in 2017"), or joined to one of these ("from June 2019 and May 2020").
        """
        compared = {d.start for d in self.dates if self._compared_cue(d)}
        for value in found.mentions:
            if isinstance(value, _VALUES) and _BASE_BEFORE.search(
                self.lower, max(0, value.start - 60), value.start
            ):
                i = bisect.bisect_left(self._date_starts, value.end)
                if i < len(self.dates) and _OWN_GAP.fullmatch(self.lower, value.end, self.dates[i].start):
                    compared.add(self.dates[i].start)
                    self.base_own.add(self.dates[i].start)
        for before, date in zip(self.dates, self.dates[1:], strict=False):
            if before.start in compared and _AND_GAP.fullmatch(self.lower, before.end, date.start):
                compared.add(date.start)
        return frozenset(compared)

    def _restated(self) -> dict[int, Date]:
        """One period named by a chain of dates, read as its date in brackets, else its first.

        "the first nine months (July–March) of the current fiscal year" is July–March: each date
        of the chain (by its start) maps to that one.
        """
        restated: dict[int, Date] = {}
        chain: list[Date] = []
        for date in [*self.dates, None]:
            gap = (
                None
                if date is None or not chain
                else _CHAIN_GAP.fullmatch(self.lower, chain[-1].end, date.start)
            )
            if date is not None and gap is not None:
                chain.append(date)
                continue
            if len(chain) > 1:
                bracketed = [
                    d for d in chain if self.text[max(0, d.start - 4) : d.start].rstrip().endswith("(")
                ]
                head = (bracketed or chain)[0]
                restated.update((d.start, head) for d in chain)
            chain = [] if date is None else [date]
        return restated

    def _stated(self, date: Date) -> bool:
        """True for the day a statement was made ("said on Thursday")."""
        if date.value is None or len(date.value) != 10:
            return False
        return bool(
            _STATED_BEFORE.search(self.lower, max(0, date.start - 60), date.start)
            or _STATED_AFTER.match(self.lower, date.end)
        )

    def _compared_cue(self, date: Date) -> bool:
        cue = _COMPARED_CUE.search(self.lower, max(0, date.start - 60), date.start)
        if cue is None:
            return False
        word = cue.group().split(None, 1)[0]
        if word == "from" and _RANGE_TEXT.search(self.lower, date.start, date.end):
            return False
        return word != "over" or bool(_OVER_BASE.match(self.lower, cue.end()))

    def leading_commodity(self, start: int, end: int) -> _Hit | None:
        """Of the commodities named inside ``start``-``end``, the one the text before ``end`` names most.

        Its last word there is returned; ties go to the latest; ``None`` when the stretch names
        none. One look-up per distinct commodity of the text, whatever its length.
        """
        best: tuple[int, int] | None = None
        chosen: _Hit | None = None
        for starts, hits in self._commodity_index.values():
            i = bisect.bisect_left(starts, end)
            if i == 0 or starts[i - 1] < start:
                continue
            if best is None or (i, starts[i - 1]) > best:
                best, chosen = (i, starts[i - 1]), hits[i - 1]
        return chosen

    def may_take(self, value: Value, date: Date) -> bool:
        """False when ``date`` is the own period of another value not joined to ``value``.

        "stocks will fall by 10%, after an 18% drop in 2023": 2023 is the 18%'s; but "fall by 6%
        to 7.507 million ounces this year": this year is the 6%'s too (a change and its level).
        """
        owner = self.owner.get(date.start)
        if owner is None or owner <= value.start:
            return True
        return bool(_JOINED_GAP.fullmatch(self.lower, value.end, owner))

    def own(self, date: Date) -> bool:
        """True when ``date`` may be the period of a level or a change (not a base's, nor a bound)."""
        return (
            date.start not in self.bounds
            and date.start not in self.compared
            and date.start not in self.previous
        )

    def period_before(self, position: int) -> Date | None:
        """The last period ending before ``position``, not a base's ("from 2019") nor a previous one."""
        i = bisect.bisect_left(self._date_starts, position) - 1
        stop = i - 20  # a bound on the dates passed over
        while i > stop and i >= 0 and (self.dates[i].end > position or not self.own(self.dates[i])):
            i -= 1
        return self.dates[i] if i > stop and i >= 0 else None

    def possessive_before(self, position: int) -> Place | None:
        """The last place before ``position`` written as a possessive ("China's")."""
        i = bisect.bisect_left(self._possessive_ends, position + 1) - 1
        return self._possessives[i] if i >= 0 else None

    def place_before(self, position: int) -> Place | None:
        """The last place (with a code) that ends before ``position``."""
        i = bisect.bisect_left(self._place_starts, position) - 1
        while i >= 0 and self.places[i].end > position:
            i -= 1
        return self.places[i] if i >= 0 else None

    def clause(self, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
        s0, s1 = sentence
        c0, c1 = s0, s1
        for m in _CLAUSE_BOUNDS.finditer(self.lower, s0, s1):
            if m.end() <= start:
                c0 = m.end()
            elif m.start() >= end:
                c1 = m.start()
                break
        return c0, c1


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

    # a conversion: "4.2 trillion rubles ($46 billion)" is the rouble amount again
    if earlier and isinstance(value, Money) and isinstance(earlier[-1].value, Money):
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
    if earlier and earlier[-1].value.end <= value.start and earlier[-1].equivalent_of is None:
        first = earlier[-1]
        if _BRACKET_GAP.fullmatch(text[first.value.end : value.start]):
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
        if hit is not None and _NEXT_WORD.fullmatch(lower, value.end, hit.start) and not unit_price:
            measure = _measure(text, hit)
            basis.append(Basis("fact.measure.after", (hit.start, hit.end)))
    if measure is None:
        before = measures(c0, value.start) or measures(sentence[0], value.start)
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
    for place in doc.places_in(*sentence):
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
    if head in FLOW_MEASURES and partners:
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
            next((p for p in owners if value.end <= p.start < measure.start), None)
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
    ):
        role = "base"
    elif (
        _CHANGE_BEFORE.search(tail)
        or _CHANGE_AFTER.match(lower, value.end, c1)
        or (isinstance(value, Percentage) and value.unit is not PercentUnit.PERCENT)
    ):
        role = "change"
    if role == "change" and re.search(r"\bto\s*$", tail):
        role = "level"
    changes = [
        h
        for h in _between(doc.changes, c0, min(c1, value.end + 30))
        if h.word not in _QUALIFIERS and not _phrasal_up(lower, h)
    ]
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
    basis.append(Basis(f"fact.role.{role}", (max(c0, value.start - 60), value.start)))

    # when: a period of its own right after the value ("8.7% in the previous month"); for a base,
    # the period after it ("from $1.7 billion in 2017"); else the nearest period of the clause
    # (after the value first), of the sentence, or carried over. A base's period ("from June
    # 2019", "than in December 2022") and a superlative's bound ("highest since 2022") are no
    # level's or change's period.
    when = _when(doc, value, role, (c0, c1), sentence)
    if when is not None:
        basis.append(Basis("fact.when.date", (when.start, when.end)))
    elif (
        _SINCE_THEN.search(lower, sentence[0], value.start)
        or head in _TIMELESS
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
