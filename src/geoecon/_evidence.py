r"""The evidence index of one document: sentences, paragraphs and cue words, found once.

A kind that settles a value from the text around a mention (which currency a bare "$" is,
whether ounces are troy) asks this index rather than scanning the text itself. It is
reached as ``Doc.evidence``, built on the first ask, and each of its parts is built on
the first ask of that part: a call whose kinds ask nothing pays nothing.

It holds:

* **sentence and paragraph bounds** (``sentences``, ``paragraphs``), by newswire
  conventions: a blank line or an indented line (Reuters) opens a paragraph; a sentence
  ends at ".", "!" or "?" before a capital or a digit, except after an abbreviation
  ("U.S.", "Feb.", "Mr.", "J.") and never inside a number ("2.5"). A line end alone (a
  wrapped line) ends nothing.
* **cues**, each class found by one scan of the whole text (``CueClass``): country cues
  (``COUNTRIES``: "Australia", "yuan", "U.S." -> ISO 3166-1 alpha-2), commodity cues
  (``PRECIOUS_METALS``), the article's British or South African words (``BRITISH``,
  ``SOUTH_AFRICA``: "45 p" is pence, "12 R" rand) and classes of cue words (``MONEY_CUES``/``MASS_CUES`` for
  "pounds", ``RATE_CUES``/``INDEX_CUES`` for "points").

There is one query: ``within(cue_class, start, end)``, the cues lying inside a stretch.
With ``clipped=True`` it answers as a search of ``text[start:end]`` alone would: a word cut
by an edge of the stretch counts as its visible part ("marigold" cut to "gold" is a
metal). The windows of the kinds' decisions were such searches, and their answers must not
change; a new reader wants the plain query.

How far each decision looks is written here once (``Reach``):

| reach | decision | stretch read |
|---|---|---|
| ``CURRENCY_REACH`` | an ambiguous currency | cues within 200 characters of the number |
| ``TROY_REACH`` | troy ounces | the clause (at most 160 back) and 60 after |
| ``POUNDS_REACH`` | "pounds" as a weight | 60 before to 40 after: the nearest cue word |
| ``POINTS_REACH`` | "points" as percentage points | 160 before the number to 80 after the unit |

The rules that these decisions record on a mention are listed with ``Basis``.

>>> ev = Evidence.of("Australia's budget. In the U.S. American prices rose.\n\nGold fell.")
>>> ev.sentences
((0, 19), (20, 53), (55, 65))
>>> ev.paragraphs
((0, 53), (55, 65))
>>> [(c.word, c.value) for c in ev.within(COUNTRIES, 0, 53)]
[('australia', 'AU'), ('american', 'US')]
"""

from __future__ import annotations

import bisect
import re
from typing import Final, NamedTuple, cast

import attrs
import regex

from geoecon._regex import alternation, led_by_non_word, letter_first, word_alternation, word_start_spans
from geoecon._tables.currencies import COUNTRY_CUES, US_CUES
from geoecon._tables.place_words import CHROME_SEPARATORS
from geoecon._text import fold_spaces, lower_same_length, normalise

__all__ = [
    "BRITISH",
    "COUNTRIES",
    "CURRENCY_REACH",
    "INDEX_CUES",
    "MASS_CUES",
    "MONEY_CUES",
    "POINTS_REACH",
    "POUNDS_REACH",
    "PRECIOUS_METALS",
    "RATE_CUES",
    "SOUTH_AFRICA",
    "TROY_REACH",
    "Cue",
    "CueClass",
    "Evidence",
    "Reach",
    "Texts",
    "may_hold_chrome",
]


# ----------------------------------------------------------------------------- reaches


@attrs.frozen
class Reach:
    """How far a decision reads around a mention: ``before`` its start, ``after`` its end."""

    before: int
    after: int

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The stretch read around ``start``-``end`` (not clipped to the text).

        >>> Reach(60, 40).around(100, 110)
        (40, 150)
        """
        return start - self.before, end + self.after


#: An ambiguous currency ("$", "Rs", "franc"): the country cues lying whole within 200
#: characters either side of its number ("Australia's budget of $20 billion" is AUD).
CURRENCY_REACH: Final = Reach(200, 200)
#: Ounces: a precious metal from the start of the clause (after the last ". " or line end
#: at most 160 characters back; see ``Evidence.clause_start``) to 60 characters after them.
TROY_REACH: Final = Reach(160, 60)
#: "Pounds": the money or mass word nearest to the amount, 60 characters before to 40 after.
POUNDS_REACH: Final = Reach(60, 40)
#: "Points" alone: a rate word and no index word, 160 before the number to 80 after "points".
POINTS_REACH: Final = Reach(160, 80)


# ----------------------------------------------------------------------------- cue classes


@attrs.frozen(eq=False)
class CueClass:
    """A named class of cues, found by one scan of the whole text on first ask.

    Attributes:
        name: What the cues are ("country", "money words").
        sources: Pattern sources whose matches, merged by position, are the cues.
        lower: True when the patterns are lower case and read the lower-cased text
            (``Texts.lower``) in the standard engine; else they read the normalised text
            (``Texts.norm``) in ``regex``, ignoring case.
        values: Cue word -> what it names (a country's alpha-2 code); without it, a cue
            names its own word.
        span_words: The most runs of non-space characters one cue can hold ("per cent": 2).
        ascii_source: For a class read in ``regex`` (not ``lower``): the same pattern for
            ASCII text, lower case, read on the lower-cased text in the standard engine.
            Speed: each branch opens with its letter (``letter_first``), which lets ``re``
            skip in C to the letters that open a cue; twice as fast over a document.
        led: Speed: for a class read on the lower-cased text, each source's twin led by the
            character before the cue (``led_by_non_word``; ``None`` for a source that has
            none). ``re`` then tries only the characters that are not word characters, not
            every letter that opens a cue; ``word_start_spans`` finds the same cues.
        patterns: ``sources`` compiled with the class (at import, as the kinds' own patterns
            were, so that no document pays for it).
        ascii_pattern: ``ascii_source`` compiled, or ``None``.
        led_patterns: ``led`` compiled.
    """

    name: str
    sources: tuple[str, ...]
    lower: bool = False
    values: dict[str, str] = attrs.field(factory=dict)
    span_words: int = 1
    ascii_source: str | None = None
    patterns: tuple[re.Pattern[str] | regex.Pattern[str], ...] = attrs.field(
        init=False,
        default=attrs.Factory(lambda self: _compile(self.sources, lower=self.lower), takes_self=True),
    )
    led: tuple[str | None, ...] = ()
    ascii_pattern: re.Pattern[str] | None = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda self: None if self.ascii_source is None else re.compile(self.ascii_source), takes_self=True
        ),
    )
    led_patterns: tuple[re.Pattern[str] | None, ...] = attrs.field(
        init=False,
        default=attrs.Factory(
            lambda self: tuple(None if source is None else re.compile(source) for source in self.led),
            takes_self=True,
        ),
    )

    def __attrs_post_init__(self) -> None:
        if self.led and (not self.lower or len(self.led) != len(self.sources)):
            msg = f"cue class {self.name!r}: one led twin per source, for a class read on lower-cased text"
            raise ValueError(msg)

    def found_in(self, phrase: str) -> bool:
        """True when ``phrase`` (a few words, not the document) holds a cue of this class.

        >>> PRECIOUS_METALS.found_in("refined gold"), PRECIOUS_METALS.found_in("goldfish")
        (True, False)
        """
        return any(pattern.search(phrase) is not None for pattern in self.patterns)


def _compile(sources: tuple[str, ...], *, lower: bool) -> tuple[re.Pattern[str] | regex.Pattern[str], ...]:
    if lower:
        return tuple(re.compile(source) for source in sources)
    return tuple(regex.compile(source, regex.IGNORECASE) for source in sources)


def _ascii_twin(branches: str, signs: str = "") -> str:
    r"""``\b(?:branches)\b|signs`` with each branch opening with its letter (``letter_first``).

    ``branches`` are pattern sources split on white space, in the order of the pattern they
    twin (an underscore stands for a space: "per_cent"); ``signs`` is a last branch.
    """
    twin = letter_first([b.replace("_", " ") for b in branches.split()], not_after=r"\w", then=r"\b")
    return f"{twin}|{signs}" if signs else twin


def _us_cue() -> list[str]:
    r"""The branches of ``\b(?:u\.s\.|united states|american|washington|us)\b``.

    The spaces are literal (``alternation`` would allow a run of spaces and tabs): see
    ``currencies.US_CUES``.
    """
    return [re.escape(w) for w in sorted(US_CUES, key=lambda w: (-len(w), w))]


_OTHER_COUNTRY_CUES: Final = sorted(set(COUNTRY_CUES) - set(US_CUES))
#: Country cues, read on the lower-cased text: the cues of ``currencies.AMBIGUOUS`` (one
#: pattern, each branch opening with its letter) and those of the United States.
COUNTRIES: Final = CueClass(
    "country",
    (
        word_alternation(_OTHER_COUNTRY_CUES),
        letter_first(_us_cue(), not_after=r"\w", then=r"\b"),
    ),
    lower=True,
    values=COUNTRY_CUES,
    span_words=2,
    # The US cues open with three letters only: letter-first, they are tried less often than led.
    led=(led_by_non_word(alternation(_OTHER_COUNTRY_CUES).split("|"), then=r"\b"), None),
)
#: The article is British: anywhere in it, a "p" apart from its number is pence ("45 p").
BRITISH: Final = CueClass(
    "british",
    (r"\b(?:britain|british|uk|england|scotland|wales|london|sterling|pence)\b|u\.k\.|£",),
    lower=True,
)
#: The article is South African: anywhere in it, an "R" apart from its number is rand ("12 R").
SOUTH_AFRICA: Final = CueClass(
    "south african",
    (r"\b(?:south[ \t]+african?|johannesburg|pretoria|cape[ \t]+town|durban|rand)\b",),
    lower=True,
    span_words=2,
)
#: Precious metals: near them, ounces are troy ounces.
PRECIOUS_METALS: Final = CueClass(
    "precious metal",
    (r"\b(?:gold|silver|platinum|palladium|rhodium|bullion|precious)\b",),
    ascii_source=_ascii_twin("gold silver platinum palladium rhodium bullion precious"),
)
#: Words of money: "pounds" near them are sterling ("spent 20 million pounds").
MONEY_CUES: Final = CueClass(
    "money words",
    (
        (
            r"\b(?:spen[dt]s?|spending|paid|pays?|paying|costs?|costing|worth|prices?|priced|fund\w*|budgets?"
            r"|salar\w*|wages?|fined?|fines|loans?|debts?|bids?|deals?|sold|bought|invest\w*|profits?|revenues?"
            r"|sales|tax\w*|banks?|sterling|cash|contracts?|fees?|compensation|grants?|bonus\w*|awarded|raised?"
            r"|donat\w*|bills?|deficit|surplus|expenditure|subsid\w*|reserves?|pence|shares?|dividends?|earn\w*"
            r"|income|losses)\b|[£€$]"
        ),
    ),
    ascii_source=_ascii_twin(
        r"""spen[dt]s? spending paid pays? paying costs? costing worth prices? priced fund\w* budgets?
        salar\w* wages? fined? fines loans? debts? bids? deals? sold bought invest\w* profits? revenues?
        sales tax\w* banks? sterling cash contracts? fees? compensation grants? bonus\w* awarded raised?
        donat\w* bills? deficit surplus expenditure subsid\w* reserves? pence shares? dividends? earn\w*
        income losses""",
        signs="[£€$]",
    ),
)
#: Words of weight and weighed goods: "pounds" near them weigh ("200 pounds of beef").
MASS_CUES: Final = CueClass(
    "mass words",
    (
        (
            r"\b(?:weigh\w*|weight|heav\w*|light\w*|drop|gain\w*|lbs?|kg|kilos?|ounces?|tonnes?|tons?|bags?"
            r"|baby|body|meat|beef|pork|poultry|chicken|fish|catch|harvest|crop|capacity|production|produc\w*"
            r"|output|plants?|facility|shipments?|shipping|mined?|copper|zinc|nickel|lead|uranium|cotton"
            r"|tobacco|cheese|butter|milk|fib(?:er|re)|resin|plastics?|poly\w+|thrust|payload|cargo|freight)\b"
        ),
    ),
    ascii_source=_ascii_twin(
        r"""weigh\w* weight heav\w* light\w* drop gain\w* lbs? kg kilos? ounces? tonnes? tons? bags? baby body
        meat beef pork poultry chicken fish catch harvest crop capacity production produc\w* output plants?
        facility shipments? shipping mined? copper zinc nickel lead uranium cotton tobacco cheese butter milk
        fib(?:er|re) resin plastics? poly\w+ thrust payload cargo freight"""
    ),
)
#: Words of rates: "points" near them are percentage points ("yields rose 5 points").
RATE_CUES: Final = CueClass(
    "rate words",
    (
        (
            r"\b(?:rates?|yields?|inflation|unemployment|percent|per cent|pct|interest|spread|margin|share)\b"
            r"|%"
        ),
    ),
    span_words=2,
    ascii_source=_ascii_twin(
        "rates? yields? inflation unemployment percent per_cent pct interest spread margin share", signs="%"
    ),
)
#: Words of stock indices and games: "points" near them are not percentages.
INDEX_CUES: Final = CueClass(
    "index words",
    (r"\b(?:index|indices|dow|nasdaq|s&p|ftse|nikkei|dax|stocks?|shares|game|scored?|lead)\b",),
    ascii_source=_ascii_twin("index indices dow nasdaq s&p ftse nikkei dax stocks? shares game scored? lead"),
)


class Cue(NamedTuple):
    """One cue found in the text.

    Attributes:
        start: Offset of its first character.
        end: Offset one past its last character.
        word: The cue as written, lower-cased, runs of spaces folded to one ("hong kong").
        value: What it names: a country's alpha-2 code for ``COUNTRIES``, else ``word``.
    """

    start: int
    end: int
    word: str
    value: str


class Texts(NamedTuple):
    """What the index reads of a document: its normalised text and that text lower-cased.

    The index keeps these two strings, not the ``Doc``: a ``Doc`` keeps its index, and an
    index that kept its ``Doc`` would make the two a cycle, which only the garbage collector
    frees (with every number of the text). Freed by reference counting, a call leaves no
    garbage behind.
    """

    norm: str  #: The normalised text (same length as the source).
    lower: str  #: The normalised text lower-cased, same length.

    @classmethod
    def of(cls, text: str) -> Texts:
        """The texts of a bare string, normalised as ``Doc`` does."""
        norm = normalise(text)
        return cls(norm, lower_same_length(norm))


# ----------------------------------------------------------------------------- sentences

# A paragraph opens after a blank line or at an indented line (Reuters indents each one).
_PARAGRAPH_BREAK: Final = re.compile(r"\n[^\S\n]*\n\s*|\n(?=[ \t]+\S)")
# A sentence may end at its final stop (and closing quotes) before a space and a capital or digit.
_SENTENCE_END: Final = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# Before a lone "." these do not end a sentence: titles, months, "No.", "St.", "vs.".
_ABBREVIATIONS: Final = frozenset(
    """Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt Adm Maj Cmdr Rev Hon Pres Supt Det Insp
    St Mt Ft Jr Sr No Nos vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Dept Univ approx""".split()
)
# "U.S.", "U.K.", "a.m.", "J.": dotted initials (the last dot is the candidate stop).
_INITIALS: Final = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]")
_OPENERS: Final = "\"'“‘(["


def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in (*_PARAGRAPH_BREAK.finditer(text), None):
        end = len(text) if brk is None else brk.start()
        span = _strip(text, start, end)
        if span is not None:
            spans.append(span)
        if brk is not None:
            start = brk.end()
    return tuple(spans)


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start``-``end`` without the white space at either end; ``None`` when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _ends_sentence(text: str, paragraph_start: int, stop: int, stops: str) -> bool:
    """Whether the stop at ``stop`` ("." "!" "?" runs) ends a sentence (not "U.S." or "Feb.")."""
    if stops != ".":
        return True
    word_start = max(text.rfind(" ", paragraph_start, stop), text.rfind("\n", paragraph_start, stop)) + 1
    word = text[word_start:stop].lstrip(_OPENERS)
    return word not in _ABBREVIATIONS and _INITIALS.fullmatch(word) is None


def _sentences(text: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for para_start, para_end in paragraphs:
        start = para_start
        for end in _SENTENCE_END.finditer(text, para_start, para_end):
            stops = end.group().rstrip("\"'”’)]")
            if _ends_sentence(text, para_start, end.start(), stops):
                span = _strip(text, start, end.end())
                if span is not None:
                    spans.append(span)
                start = end.end()
        span = _strip(text, start, para_end)
        if span is not None:
            spans.append(span)
    return tuple(spans)


# One item of a rates ticker: a currency code (or pair) or sign, a rate, and perhaps a change.
_TICKER_ITEM: Final = regex.compile(
    r"(?:[A-Z]{3}(?:/[A-Z]{3})?|[$€£¥₽])[ \t]*\d[\d.,]*"
    # the change is set off by a space or its sign, so the two numbers cannot split one run
    r"(?:(?:[ \t]+[▲▼↑↓+\-−]?|[▲▼↑↓+\-−])[ \t]*\d[\d.,]*%?)?"
)


def may_hold_chrome(text: str) -> bool:
    """Whether ``text`` holds a chrome separator: without one it has no ticker, and no index is built.

    >>> may_hold_chrome("• USD 91.20"), may_hold_chrome("USD 91.20")
    (True, False)
    """
    return any(sep in text for sep in CHROME_SEPARATORS)


def _tickers(text: str) -> tuple[tuple[int, int], ...]:
    """The ticker lines of ``text`` (``Evidence.tickers``)."""
    if not may_hold_chrome(text):
        return ()
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not any(sep in line for sep in CHROME_SEPARATORS):
            continue
        items = [line]
        for sep in CHROME_SEPARATORS:
            items = [part for item in items for part in item.split(sep)]
        items = [item.strip() for item in items if item.strip()]
        if len(items) >= 2 and all(_TICKER_ITEM.fullmatch(item) for item in items):
            spans.append((start, start + len(line)))
    return tuple(spans)


def _containing(spans: tuple[tuple[int, int], ...], position: int) -> tuple[int, int] | None:
    """The span holding ``position``, else the last one before it; ``None`` before the first."""
    i = bisect.bisect_left(spans, (position + 1, -1)) - 1
    return spans[i] if i >= 0 else None


# ----------------------------------------------------------------------------- the index

_WORD: Final = (re.compile(r"\w"), regex.compile(r"\w"))


def _cuts(pattern: re.Pattern[str] | regex.Pattern[str], text: str, at: int) -> bool:
    """True when ``at`` falls inside a word by ``pattern``'s engine (a word character either side)."""
    word = _WORD[0] if isinstance(pattern, re.Pattern) else _WORD[1]
    return 0 < at < len(text) and word.match(text, at - 1) is not None and word.match(text, at) is not None


class Evidence:
    """The evidence index of one document, each part built on first ask.

    Args:
        texts: The document's texts (``Doc.texts``, or ``Texts.of`` a string).
    """

    __slots__ = ("_ascii", "_firsts", "_found", "_paragraphs", "_sentences", "_texts", "_tickers")

    def __init__(self, texts: Texts) -> None:
        self._texts = texts
        self._ascii: bool | None = None
        self._found: dict[CueClass, tuple[list[int], list[int]]] = {}
        self._firsts: dict[CueClass, dict[str, Cue]] = {}
        self._paragraphs: tuple[tuple[int, int], ...] | None = None
        self._sentences: tuple[tuple[int, int], ...] | None = None
        self._tickers: tuple[tuple[int, int], ...] | None = None

    @classmethod
    def of(cls, text: str) -> Evidence:
        """The index of a plain string (normalised as ``Doc`` does).

        >>> [c.word for c in Evidence.of("Gold and silver rose.").within(PRECIOUS_METALS, 0, 21)]
        ['gold', 'silver']
        """
        return cls(Texts.of(text))

    # -- sentences and paragraphs

    @property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each paragraph, white space at either end left out."""
        if self._paragraphs is None:
            self._paragraphs = _paragraphs(self._texts.norm)
        return self._paragraphs

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each sentence, in order; no sentence crosses a paragraph.

        >>> text = "Exports to the U.S. rose 2.5 pct in Feb. from Jan., Acme Inc. said. It was a record."
        >>> [text[s:e] for s, e in Evidence.of(text).sentences]
        ['Exports to the U.S. rose 2.5 pct in Feb. from Jan., Acme Inc. said.', 'It was a record.']
        """
        if self._sentences is None:
            self._sentences = _sentences(self._texts.norm, self.paragraphs)
        return self._sentences

    def sentence(self, position: int) -> tuple[int, int] | None:
        """The sentence holding ``position`` (or the last one before it, between two)."""
        return _containing(self.sentences, position)

    def paragraph(self, position: int) -> tuple[int, int] | None:
        """The paragraph holding ``position`` (or the last one before it, between two)."""
        return _containing(self.paragraphs, position)

    @property
    def tickers(self) -> tuple[tuple[int, int], ...]:
        r"""``(start, end)`` of each line of page chrome that is a rates ticker.

        A line of two or more items between chrome separators ("•", "|", "·" ...: the
        places' ``CHROME_SEPARATORS``), each a currency code or sign and a rate, perhaps
        with its change ("• USD 91.20 • EUR 98.75 ▲0.3"): a site's header, not the article;
        the amounts in it are no mentions.

        >>> text = "• USD 91.20 • EUR 98.75\nThe rouble fell to 92 per dollar."
        >>> [text[s:e] for s, e in Evidence.of(text).tickers]
        ['• USD 91.20 • EUR 98.75']
        """
        if self._tickers is None:
            self._tickers = _tickers(self._texts.norm)
        return self._tickers

    def in_ticker(self, position: int) -> bool:
        """Whether ``position`` lies on a ticker line (``tickers``)."""
        span = _containing(self.tickers, position) if self.tickers else None
        return span is not None and span[0] <= position < span[1]

    def lede_end(self) -> int:
        """Where the article's lede ends: its first two sentences, within its first paragraph.

        What the article is about is named there ("Pakistan's Ministry of Finance ...",
        "Gold production increased ..."); the article-wide decisions read it.

        >>> Evidence.of("Gold rose. Silver fell. Copper was flat.").lede_end()
        23
        """
        sentences = self.sentences
        if not sentences:
            return 0
        return min(sentences[min(1, len(sentences) - 1)][1], self.paragraphs[0][1])

    def clause_start(self, position: int, reach: int) -> int:
        """Where the stretch after the last ". " or line end before ``position`` starts.

        Looks at most ``reach`` characters back (then the stretch starts there). The troy
        decision's idea of its sentence, kept as it was: cruder than ``sentence`` (it stops
        at "U.S. " and at Reuters' wrapped lines), and the output depends on it.

        >>> Evidence.of("In the U.S. gold rose 5 oz").clause_start(22, 160)
        11
        """
        text = self._texts.norm
        low = max(0, position - reach)
        stop = max(text.rfind(". ", low, position), text.rfind("\n", low, position))
        return low if stop < 0 else stop + 1

    # -- cues

    def _reading(self, cue_class: CueClass) -> tuple[str, tuple[re.Pattern[str] | regex.Pattern[str], ...]]:
        """The text a class's patterns read, and the patterns (the ASCII twin where it serves)."""
        if cue_class.lower:
            return self._texts.lower, cue_class.patterns
        if cue_class.ascii_pattern is not None:
            if self._ascii is None:
                self._ascii = self._texts.norm.isascii()
            if self._ascii:
                return self._texts.lower, (cue_class.ascii_pattern,)
        return self._texts.norm, cue_class.patterns

    def _cues(self, cue_class: CueClass) -> tuple[list[int], list[int]]:
        found = self._found.get(cue_class)
        if found is None:
            text, patterns = self._reading(cue_class)
            if cue_class.led_patterns:  # Speed: see ``CueClass.led``
                spans = [
                    span
                    for pattern, led in zip(patterns, cue_class.led_patterns, strict=True)
                    for span in (
                        [m.span() for m in pattern.finditer(text)]
                        if led is None
                        else word_start_spans(cast("re.Pattern[str]", pattern), led, text)
                    )
                ]
            else:
                spans = [m.span() for pattern in patterns for m in pattern.finditer(text)]
            if len(patterns) > 1:
                spans.sort()
            self._found[cue_class] = found = ([s for s, _ in spans], [e for _, e in spans])
        return found

    def within(self, cue_class: CueClass, start: int, end: int, *, clipped: bool = False) -> tuple[Cue, ...]:
        """The cues of ``cue_class`` lying whole within ``start``-``end``, in order.

        Args:
            cue_class: Which cues (``COUNTRIES``, ``PRECIOUS_METALS`` ...).
            start: First offset of the stretch (clipped to the text).
            end: Offset one past its end (clipped to the text).
            clipped: Answer as the class's patterns searching ``text[start:end]`` alone
                would: a word cut by an edge counts as its visible part ("marigold" cut to
                "gold", "golden" cut to "gold"). The kinds' windows were such searches. Only
                for a class of one pattern.

        >>> ev = Evidence.of("a marigold and golden gold")
        >>> [c.word for c in ev.within(PRECIOUS_METALS, 0, 26)]
        ['gold']
        >>> [c.word for c in ev.within(PRECIOUS_METALS, 6, 19, clipped=True)]
        ['gold', 'gold']
        """
        text, patterns = self._reading(cue_class)
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            return ()
        starts, ends = self._cues(cue_class)
        found: list[tuple[int, int]] = []
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                found.append((starts[i], ends[i]))
            i += 1
        if clipped:
            if len(patterns) != 1:
                msg = f"a clipped stretch is read by one pattern, not the {len(patterns)} of {cue_class.name}"
                raise ValueError(msg)
            found = _clipped_edges(patterns[0], text, start, end, found, span_words=cue_class.span_words)
        return tuple(self._cue(cue_class, text, s, e) for s, e in found)

    def first_cues(self, cue_class: CueClass) -> dict[str, Cue]:
        """Each cue word of ``cue_class`` found anywhere in the document -> its first occurrence.

        The article's own evidence, for a decision that nothing near the mention settles
        (the country a budget story is about). Built once per class; a lookup per word.

        >>> ev = Evidence.of("Pakistan's budget. Later, Pakistan and Nepal.")
        >>> sorted((w, c.start) for w, c in ev.first_cues(COUNTRIES).items())
        [('nepal', 39), ('pakistan', 0)]
        """
        firsts = self._firsts.get(cue_class)
        if firsts is None:
            text, _ = self._reading(cue_class)
            starts, ends = self._cues(cue_class)
            firsts = {}
            for s, e in zip(starts, ends, strict=True):
                cue = self._cue(cue_class, text, s, e)
                firsts.setdefault(cue.word, cue)
            self._firsts[cue_class] = firsts
        return firsts

    def _cue(self, cue_class: CueClass, text: str, start: int, end: int) -> Cue:
        word = fold_spaces(text[start:end])
        return Cue(start, end, word, cue_class.values.get(word, word))


def _clipped_edges(
    pattern: re.Pattern[str] | regex.Pattern[str],
    text: str,
    start: int,
    end: int,
    found: list[tuple[int, int]],
    *,
    span_words: int,
) -> list[tuple[int, int]]:
    """Add the cues that only ``text[start:end]`` alone holds: those an edge makes by cutting a word.

    Every cue opens and closes at a word boundary (or is a sign such as "%" or "$"), so a
    search of the stretch alone finds what the whole text holds within it, and more only
    where an edge cuts a word: a cue may then open at ``start`` (the rest of the cut word)
    or close at ``end`` (its first part, with at most ``span_words`` runs of non-space
    characters).
    """
    head = _cuts(pattern, text, start)
    tail = _cuts(pattern, text, end)
    if not (head or tail):
        return found
    window = text[start:end]
    if head:
        opening = pattern.match(window)
        if opening is not None and opening.end() > 0:
            found.insert(0, (start, start + opening.end()))
    if tail:
        floor = max(start + _runs_back(window, span_words), found[-1][1] if found else start)
        closing = next((m for m in pattern.finditer(window, floor - start) if m.end() == len(window)), None)
        if closing is not None:
            found.append((start + closing.start(), end))
    return found


def _runs_back(window: str, runs: int) -> int:
    """Where the last ``runs`` runs of non-space characters of ``window`` start."""
    i = len(window)
    for n in range(runs):
        while i and not window[i - 1].isspace():
            i -= 1
        if n + 1 < runs:
            while i and window[i - 1].isspace():
                i -= 1
    return i
