"""The readers' view of the text: a lower-cased copy, and the words before and after a place.

A reader decides from a few words around its match: "in 2014" is a year and "2014 tonnes" an
amount; "May said" is a person and "in May" a month; "the end of 2025" carries a modifier.
``Around`` holds the three forms of one text that readers slice (the source, the normalised
text with its case, and a lower-cased copy, all of one length so that offsets hold in each)
and answers those questions; the functions below are its speed-minded parts.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from geoecon.dates.countries import country_mentions, nearest_country, nearest_cue
from geoecon.dates.vocabulary import MONTH_CONTEXT, UNIT_WORDS

__all__ = [
    "ASCII_LOWER",
    "SPACE_OR_COMMA",
    "Around",
    "after_digit",
    "modifier_before",
    "month_allowed",
    "prev_word_span",
]

# Lower-casing only ASCII keeps every offset (str.lower can lengthen "İ").
ASCII_LOWER: Final = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

_MODIFIER_RE: Final = re.compile(
    r"(?<![a-z])(?:the\s{1,3})?(early|beginning|start|mid|middle|late|end|close)"
    r"(?:\s{1,3}of(?:\s{1,3}the)?\s{1,3}|\s{0,2}-\s{0,2}|\s{1,3})$",
    re.IGNORECASE,
)
# A piece of each modifier word that every match of ``_MODIFIER_RE`` holds in lower-cased
# text (under IGNORECASE only "i" and "s" match other characters: "ı", "İ", "ſ").
_MODIFIER_PIECES: Final = ("early", "beg", "tart", "mid", "m\u0131d", "m\u0130d", "late", "end", "clo")
# Where one of them is in a stretch of text (no piece looks around it: a search in the
# stretch finds what a search of the slice finds).
_PIECE_RE: Final = re.compile("|".join(map(re.escape, _MODIFIER_PIECES)))


def modifier_before(norm: str, pos: int) -> re.Match[str] | None:
    """The modifier written just before ``pos`` ("mid-", "the end of "); its group 1 is the word.

    It is ``_MODIFIER_RE.search(norm, max(0, pos - 24), pos)``.

    Speed: the regex (tried at each of the 24 places) runs only when a piece of a
    modifier word lies there, as it does in every match.

    >>> modifier_before("at the end of 2025", 14).group(1)
    'end'
    """
    lo = pos - 24 if pos > 24 else 0  # Speed: not max() (it parses keywords); so below
    # Speed: one search for the pieces, not a test of each in ``norm[lo:pos]``.
    if _PIECE_RE.search(norm, lo, pos) is None:
        return None
    return _MODIFIER_RE.search(norm, lo, pos)


# Every character that ``\s`` matches (those of str.isspace: the tests check), and the comma.
SPACE_OR_COMMA: Final = (
    ",\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
    + "".join(map(chr, range(0x2000, 0x200B)))
)
# From the last character that is not ``[\w.']`` (committed to: no earlier one is tried),
# the first ASCII letter. The lookahead and its backreference hold the text up to that
# character as an atomic group would (``(?>...)`` needs Python 3.11; a lookahead, once
# matched, is never re-entered).
_WORD_FROM: Final = re.compile(r"(?=((?:.*[^\w.'])?))\1[^A-Za-z]*([A-Za-z])", re.DOTALL)


def prev_word_span(norm: str, lo: int, pos: int) -> tuple[int, int] | None:
    r"""The span of the word before ``pos`` (``0 <= lo``, ``pos <= len(norm)``).

    It is group 1 of ``([A-Za-z][\w.']{0,20})[\s,]{0,3}$`` searched in ``norm[lo:pos]``;
    the test writes that search out.

    Speed: that search tries the pattern at every place from ``lo`` on (each letter
    of the words before the last one runs ``[\w.']`` to its end and back). A match
    ends with every space and comma before ``pos`` (three at most, or four of which
    the last is a newline, for ``$``), and its word (at most 21 characters, all
    ``[\w.']``) opens with the first ASCII letter after the last other character.

    >>> prev_word_span("since U.S. 2014", 0, 11)
    (6, 10)
    """
    body = norm[lo:pos].rstrip(SPACE_OR_COMMA)
    end = lo + len(body)
    trail = pos - end
    if trail > 3 and (trail > 4 or norm[pos - 1] != "\n"):
        return None
    m = _WORD_FROM.match(norm, end - 21 if end - 21 > lo else lo, end)  # noqa: FURB136 - Speed: not max()
    return None if m is None else (m.start(2), end)


def after_digit(norm: str, pos: int) -> bool:
    """True when the last character before ``pos``, past spaces and commas, is a digit.

    No word of letters ends there: ``prev_word`` reads a word that ends in that digit,
    or none. Speed: a list of scores ("1-1 2-0 ...") is ruled out without reading words.
    """
    return norm[pos - 8 if pos > 8 else 0 : pos].rstrip(SPACE_OR_COMMA)[-1:].isdigit()


_NEXT_WORD_RE: Final = re.compile(r"\s{0,3}(%|[A-Za-z]{1,15})")


_DATELINE_REACH: Final = 8  # a dateline's city opens the text
_SENTENCE_END: Final = re.compile(r"[.!?;]\s|\n[ \t]*\n")


class Around:
    """One text as readers see it: ``raw`` (the source), ``cased`` (normalised), ``norm`` (lower-cased).

    The three have one length, so a match's offsets hold in each.

    >>> at = Around("Output was 2000 tonnes in 2014.", "Output was 2000 tonnes in 2014.")
    >>> at.prev_word(26), at.unit_follows(15), at.unit_follows(30)
    ('in', True, False)
    """

    __slots__ = ("_countries", "cased", "found", "hint", "norm", "raw")

    def __init__(self, raw: str, norm: str, hint: str | None = None) -> None:
        self.raw = raw
        self.cased = norm
        # Speed: str.lower is as good on ASCII text, and several times faster.
        self.norm = norm.lower() if norm.isascii() else norm.translate(ASCII_LOWER)
        self.hint = hint  #: the caller's ``country=`` (ISO alpha-2), below the text's own cues
        self._countries: list[tuple[int, str, int]] | None = None
        #: Whole-text searches a reader made once, by pattern (``first_before``).
        self.found: dict[re.Pattern[str], re.Match[str] | None] = {}

    def prev_word(self, pos: int) -> str:
        """The word before ``pos`` (skipping spaces and commas), lower-cased."""
        span = prev_word_span(self.norm, pos - 24 if pos > 24 else 0, pos)
        return self.norm[span[0] : span[1]].lower().rstrip(".") if span else ""

    def next_word(self, pos: int) -> str:
        """The word (or "%") from ``pos``, past up to three spaces, lower-cased."""
        m = _NEXT_WORD_RE.match(self.norm, pos)
        return m.group(1).lower() if m else ""

    def unit_follows(self, pos: int) -> bool:
        """Whether a unit, currency or percent follows ``pos`` ("2000 tonnes": an amount)."""
        word = self.next_word(pos)  # Speed: read once.
        return word in UNIT_WORDS or word == "%"

    def first_before(self, pattern: re.Pattern[str], pos: int) -> re.Match[str] | None:
        """The first match of ``pattern`` in the text if it ends by ``pos`` (searched once per text).

        Speed: a reader that asks this for every date of a long text pays for one search.
        """
        if pattern not in self.found:
            self.found[pattern] = pattern.search(self.norm)
        m = self.found[pattern]
        return m if m is not None and m.end() <= pos else None

    def country_near(self, pos: int) -> str | None:
        """The country named nearest to ``pos`` (see ``countries``), found in the text on first use."""
        if self._countries is None:
            self._countries = country_mentions(self.cased)
        return nearest_country(self._countries, pos)

    def country_cue(self, pos: int) -> tuple[str, tuple[int, int]] | None:
        """The country whose fiscal year a date at ``pos`` is in, and the span of its cue, if any.

        A country named in the date's own sentence (before it first, then after it); else the
        country of the dateline ("MOSCOW, Feb 24"); else the country named nearest to it.
        """
        if self._countries is None:
            self._countries = country_mentions(self.cased)
        found = self._countries
        if not found:
            return None
        i = bisect.bisect_left(found, (pos, ""))
        cue = None
        if i > 0 and _SENTENCE_END.search(self.norm, found[i - 1][2], pos) is None:
            cue = found[i - 1]
        elif i < len(found) and _SENTENCE_END.search(self.norm, pos, found[i][0]) is None:
            cue = found[i]
        elif found[0][0] < _DATELINE_REACH and self.cased[found[0][0] : found[0][2]].isupper():
            cue = found[0]  # a dateline's city: the story's country
        else:
            cue = nearest_cue(found, pos)
        return None if cue is None else (cue[1], (cue[0], cue[2]))


def month_allowed(m: re.Match[str], at: Around, group: str, *, bare: bool) -> bool:
    """Whether a month word reads as a month: "May" the person, "may" the verb, "march" the noun.

    ``bare`` is true when nothing else in the match (a day, a year) makes it a date.
    """
    start = m.start(group)
    raw = at.raw[start : m.end(group)]
    word = raw.lower().rstrip(".")
    if word == "may" and not raw[0].isupper():
        return False
    if not bare:
        return True
    if not (raw[0].isupper() and (len(raw) < 2 or not raw[1:].rstrip(".").isupper())):
        return False
    prev = at.prev_word(m.start())
    if prev in MONTH_CONTEXT or modifier_before(at.norm, m.start()):
        return True
    if at.raw.startswith(("'s ", "\u2019s "), m.end(group)) and word != "may":
        return True  # "less than March's monthly record": a month's own figure
    if word in {"may", "march", "jan", "june", "april", "august", "sat", "sun", "mar", "dec", "jun", "aug"}:
        return False
    nxt = at.raw[m.end() : m.end() + 3].lstrip()
    return not nxt[:1].isupper() and not nxt[:1].isdigit()
