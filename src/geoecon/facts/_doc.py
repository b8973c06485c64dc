"""The per-document scan the facts linker reads: bounds, word hits, and what each date is.

``_Doc`` finds, once per document, the sentence and paragraph bounds of the evidence index, the
clauses inside a sentence, the measure, commodity and change words (``_tables.measures``), the
places with a code (not a dateline's), and for each date whether it is a base's period, a bound,
a previous period, a statement's day, or part of a chain naming one period.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, NamedTuple

from geoecon._evidence import Evidence
from geoecon._mention import Date, Money, Percentage, Place, Quantity, Tonnage
from geoecon._regex import letter_first
from geoecon._tables.measures import COMMODITIES, COMMODITY_SPELLINGS, DOWN_WORDS, MEASURE_WORDS, UP_WORDS
from geoecon._text import lower_same_length

if TYPE_CHECKING:
    from geoecon.extraction import Extraction
    from geoecon.facts._fact import Value


def _words(words: list[str]) -> re.Pattern[str]:
    """The words, whole (not inside a hyphenated word), each branch opening with its letter.

    Speed: ``letter_first`` lets ``re`` skip in C to the letters that open a word.
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile(letter_first([re.escape(w) for w in ordered], not_after=r"[\w-]", then=r"(?![\w-])"))


_MEASURES: Final = _words(list(MEASURE_WORDS))
_COMMODITIES: Final = _words(list(COMMODITIES))
_CHANGES: Final = _words([*UP_WORDS, *DOWN_WORDS])
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
#: A date after these is the period of a base, not of the value: "up 7% from June 2019",
#: "compared to the same period of 2016", "more than in December 2022", "over 2020".
_COMPARED_CUE: Final = re.compile(
    r"(?:\bfrom|\bcompared(?:\s+(?:with|to))?|\bthan|\bversus|\bvs\.?|\bagainst|\bover|\brelative to"
    r"|\babove|\bbelow)"
    r"(?:\s+(?:in|during|for|at|on|of|the|a|an|its|their|that|this|same|corresponding|comparable|year-ago"
    r"|[a-z]+ed"
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
#: A level's bound is no period of the value: "at levels last seen in the early 1960s".
_BOUND_SEEN: Final = re.compile(
    r"\b(?:last|not|never|un)\s*seen\s+(?:since|in|for)"
    r"(?:\s+(?:the|early|late|mid|the early|the late|the mid))?\s+$"
)
#: Before a year that may name a thing ("a 2018 loan agreement", "its 2024 Eurobonds").
_ARTICLE_BEFORE: Final = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$")
_THING_AFTER: Final = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?:agreements?|accords?|deals?|pacts?|treaty|programm?e|law|bill|package|election"
    r"|summit|eurobonds?|bonds?|notes|contracts?|facility)\b"
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
#: The measure words that are verbs but do not end in "-ed" ("China's economy grew": no compound).
_VERB_FORMS: Final = frozenset(
    "grew grow grows sold bought spent spend lent produce produces invest borrow ships".split()
)
#: An aside between commas, whose measure words are not the sentence's ("Demand for platinum,
#: used in catalytic converters to reduce harmful emissions, is expected to fall by 6%").
_ASIDE: Final = re.compile(
    r",\s+(?:used|which|who|whose|including|known|based|once|where|a|an)\b[^,;()]{0,160},"
)
#: Between two values of one fact or change: "6% to 7.507 million ounces", "62,535oz at $2441/oz".
_JOINED_GAP: Final = re.compile(r"\s+(?:to|at|or)\s+|\s*\(\s*")
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
_WORD_BEFORE: Final = re.compile(r"([A-Za-z][\w.-]*)\s+$")
_WORD_AFTER: Final = re.compile(r"\s+([A-Za-z][\w-]*)")

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


def _last_before(index: tuple[list[int], list[_Hit]], start: int, end: int) -> _Hit | None:
    """The last hit lying inside ``start``-``end``."""
    starts, hits = index
    i = bisect.bisect_left(starts, end) - 1
    while i >= 0 and hits[i].end > end:
        i -= 1
    return hits[i] if i >= 0 and hits[i].start >= start else None


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
            or _BOUND_SEEN.search(self.lower, max(0, date.start - 40), date.start)
            or self._names_a_thing(date)
        )

    def _names_a_thing(self, date: Date) -> bool:
        """True for a year that names a thing, not a period: "under a 2018 loan agreement".

        Only before the name of an instrument or an agreement: a measure after it ("the 2024
        deficit of 418,000 ounces") or a span ("the 2020 budget year") keeps it a period.
        """
        if not _ARTICLE_BEFORE.search(self.lower, max(0, date.start - 8), date.start):
            return False
        return _THING_AFTER.match(self.lower, date.end) is not None

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
