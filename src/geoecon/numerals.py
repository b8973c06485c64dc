"""The one number reader shared by every numeric kind.

It reads digits with grouping (``1,655.8``, ``24 176``, Indian ``1,72,000``),
decimal commas where a scale word makes them unambiguous (``6,5 million``),
signs, scale words and wire abbreviations (thousand, million, billion,
trillion, k, m, mn, mln, bn, b, tn, trn, lakh, crore), numbers in words
(``two``, ``twenty-one``, ``a dozen``, ``half a million``, ``two thousand
ten``) and vague magnitudes (``tens of billions``: approximate, no single value).

What it cannot read exactly it does not report as exact: a vague magnitude has
``value=None`` and ``vague=True``.

>>> parse_number("1.7 billion")
Decimal('1700000000')
>>> parse_number("Rs 4,500 crore".split(" ", 1)[1])
Decimal('45000000000')
>>> parse_number("half a million")
Decimal('500000')
>>> [(n.text, n.value) for n in scan_numbers("up 6,5 million or 24 176 units")]
[('6,5 million', Decimal('6500000')), ('24 176', Decimal('24176'))]
"""

from __future__ import annotations

import bisect
import decimal
import operator
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final, NamedTuple

import regex

from geoecon._text import check_text, lower_same_length, normalise
from geoecon.errors import ParseError

__all__ = [
    "CONTEXT",
    "MAX_DIGITS",
    "Number",
    "combine_range",
    "parse_number",
    "plain_decimal",
    "scan_live_numbers",
    "scan_numbers",
]

#: The decimal context of all of geoecon's arithmetic (the ``decimal`` defaults: 28
#: significant digits), entered by every public function, so that the caller's own
#: context (``getcontext().prec = 4``) never rounds an amount that geoecon reads.
CONTEXT: Final = decimal.Context(
    prec=28,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)
#: A run of more digits than this is an identifier (an account, card or hash), not an
#: amount: it is no number, and nothing read from it is rounded.
MAX_DIGITS: Final = 28
# Wide enough to write any amount without an exponent (28 digits times two scale words).
_WIDE: Final = decimal.Context(
    prec=100,
    Emin=-999_999,
    Emax=999_999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


def plain_decimal(value: Decimal) -> Decimal:
    """A whole number with exponent 0 (``2.3E+6`` as ``2300000``), any other normalised.

    >>> plain_decimal(Decimal("2.3E+6")), plain_decimal(Decimal("0.150")), plain_decimal(Decimal("1E+40"))
    (Decimal('2300000'), Decimal('0.15'), Decimal('10000000000000000000000000000000000000000'))
    """
    # Speed: arguments by position (rounding None: the context's); by keyword each call
    # costs as much again (0.43 -> 0.16 us), and every mention reads its value here.
    if value == value.to_integral_value(None, _WIDE):
        return value.quantize(_ONE, None, _WIDE)
    return value.normalize(_WIDE)


#: Scale words and abbreviations, lower-cased, with their multipliers.
SCALES: Final[dict[str, Decimal]] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "millions": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "billions": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "trillions": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "tr": Decimal(10) ** 12,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "lac": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "cr": Decimal(10) ** 7,
}

_UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_FRACTIONS: Final[dict[str, Decimal]] = {
    "half": Decimal("0.5"),
    "quarter": Decimal("0.25"),
    "third": Decimal(1) / Decimal(3),
    "a": Decimal(1),
    "an": Decimal(1),
}
_WORD_SCALES: Final = ("hundred", "thousand", "million", "billion", "trillion", "lakh", "crore")

# Long words first so that the alternation never stops at a prefix ("m" of "mln").
_SPELLED_SCALE: Final = r"(?:thousand|millions?|billions?|trillions?|lakhs?|crores?)"
_ABBR_SCALE: Final = r"(?:mln|mn|bln|bn|trn|tn|mil|cr|lac)"
_GLUED_ONLY: Final = r"(?:k|m|b|tr)"
_SCALE_TAIL: Final = (
    rf"(?:[ \t]?-?[ \t]?{_SPELLED_SCALE}(?:[ \t]{_SPELLED_SCALE})?\b"
    rf"|[ \t]?{_ABBR_SCALE}\b\.?"
    rf"|{_GLUED_ONLY}\b(?![.,]?\d))"
)
# Every scale word opens with one of these letters, after the gap the tail allows: a number
# with none of them near is read without trying the tail's words one by one.
_SCALE_GUARD: Final = r"(?=[ \t]?-?[ \t]?[tmblck])"
_DIGITS: Final = (
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,]\d)"  # Indian grouping 1,72,000 and 14,25,100.50
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"  # 1,655.8
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?![ \u00a0\u202f]?\d)"  # 24 176
    r"|\d+(?:\.\d+)?"  # 1655.8, 2.3
    r"|(?<![a-z])\.\d+)"  # .5, not after a word ("Rs.14" is 14)
)
_DECIMAL_COMMA: Final = (
    rf"(?:\d{{1,3}},\d{{1,2}}(?=[ \t]?{_SPELLED_SCALE}|[ \t]?{_ABBR_SCALE}\b|{_GLUED_ONLY}\b))"
)

_WORD: Final = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|trillion|lakh|crore)"
)
_WORD_NUMBER: Final = (
    rf"(?:(?:(?:half|a[ \t]quarter|a[ \t]third)(?:[ \t]of)?[ \t]an?[ \t]"
    rf"|an?[ \t](?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"{_WORD}(?:(?:[ \t]|-|[ \t]and[ \t]){_WORD})*\b"
    rf"|an?[ \t]dozen\b|dozens?\b)"
)
_VAGUE: Final = (
    r"(?:(?:tens|hundreds|thousands|millions|billions|dozens)[ \t]of[ \t]"
    r"(?:thousands|millions|billions|trillions)\b"
    r"|(?:several|a[ \t]few|a[ \t]couple[ \t]of|many)[ \t](?:hundred[ \t])?"
    r"(?:thousand|million|billion|trillion)\b"
    r"|(?:millions|billions|trillions)\b)"
)

# Two passes, each with a cheap first-character guard so that the engine skips
# most positions at once: digits (with sign and scale) and words (with vague forms).
# Four or more digit groups joined by hyphens ("1-800-555-0199", an ISBN, "1-1-1-1...")
# are an identifier, never amounts: the digits pass takes the chain whole and drops it,
# so that a long chain costs one match rather than a number (and a range) per group.
# Both run on the lower-cased text, case-sensitive: the standard-library engine runs
# them 4-5 times faster than ``regex`` with IGNORECASE runs them on the text as written
# (measured on Reuters copy: the words pass went from 2.4 to 12 MB/s).
# ``_NUMBER_LOWER`` is the digits pass in its plain form; the pass runs ``_NUMBER_FAST``.
_NUMBER_LOWER: Final = re.compile(
    rf"""
    (?=[\d.+-])
    (?<![\d,])(?:(?<!\.)|(?<=[a-z]\.))(?<![\d][.,])
    (?:
      (?P<chain>\d+(?:-\d+){{3,}})(?![\d])
    | (?P<sign>(?<![\w%)-])[+-](?=[\d.]))?
      (?P<digits>{_DECIMAL_COMMA}|{_DIGITS})
      (?P<scale>{_SCALE_GUARD}{_SCALE_TAIL})?
    )
    """,
    re.VERBOSE,
)
# The digits alternatives (``_DECIMAL_COMMA``, then ``_DIGITS``) with their first character
# already read: a digit (every alternative but the last; quantifiers one shorter), or the
# dot of ".5" (its lookbehind one character further back). Speed: each lookahead is what
# the branches after it need (a comma, or a space and three digits, after at most two more
# digits), so that a plain number ("1987") skips them after one test.
_DIGITS_REST: Final = (
    r"(?:(?<=\d)(?:(?=\d{0,2},\d)"
    rf"(?:\d{{0,2}},\d{{1,2}}(?=[ \t]?{_SPELLED_SCALE}|[ \t]?{_ABBR_SCALE}\b|{_GLUED_ONLY}\b)"
    r"|\d?(?:,\d\d)+,\d{3}(?:\.\d+)?(?![\d,]\d)"
    r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d))"
    r"|(?=\d{0,2}[ \u00a0\u202f]\d{3})\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?![ \u00a0\u202f]?\d)"
    r"|\d*(?:\.\d+)?)"
    r"|(?<=\.)(?<![a-z].)\d+)"
)
# Speed: ``_NUMBER_LOWER`` as the digits pass runs it, with its first character read first.
# A pattern that opens with a lookahead is tried at every position of the text (the engine
# calls its matcher 200,000 times for 200 KB); one that opens with a character class is
# tried only where that class matches, skipped to in C (about one character in twenty):
# 76 M instructions for the pass on 200 KB of Reuters, now about 20 M. Each lookbehind is
# the plain one a character further back, each branch the plain one after its first
# character ("chain" and "rest" lack it; a signed number has "signed" and its own scale),
# behind a lookahead for what the branch needs ("chain": a hyphen and a digit after the digits).
# ``_number_parts`` reads the plain groups back; tests/rewrites/test_numerals_rewrites.py
# compares the two patterns.
_NUMBER_FAST: Final = re.compile(
    rf"""
    [\d.+-]
    (?<![\d,].)(?:(?<!\..)|(?<=[a-z]\..))(?<![\d][.,].)
    (?:
      (?<=\d)(?=\d*-\d)(?P<chain>\d*(?:-\d+){{3,}})(?![\d])
    | (?<=[+-])(?<![\w%)-].)(?=[\d.])
      (?P<signed>{_DECIMAL_COMMA}|{_DIGITS})
      (?P<signed_scale>{_SCALE_GUARD}{_SCALE_TAIL})?
    | (?P<rest>{_DIGITS_REST})
      (?P<scale>{_SCALE_GUARD}{_SCALE_TAIL})?
    )
    """,
    re.VERBOSE,
)
# Speed: ``_NUMBER_FAST`` for ASCII text, where ``\d`` is ``[0-9]`` (and ``re.ASCII`` changes
# no class): the engine tests a bitmap where ``\d`` asks the Unicode tables, twice as fast.
_NUMBER_ASCII: Final = re.compile(
    _NUMBER_FAST.pattern.replace(r"[\d.+-]", "[0-9.+-]", 1), re.VERBOSE | re.ASCII
)
_WORDS_LOWER: Final = re.compile(rf"\b(?=[a-z])(?<![\w-])(?:(?P<vague>{_VAGUE})|(?P<words>{_WORD_NUMBER}))")


def _start_pattern() -> str:
    """Where a match of ``_WORDS_LOWER`` can start: one of its first words (at a word start).

    Each branch opens with its literal letter; "a" and "an" count only before "quarter",
    "third", "hundred", ..., "few" or "couple" (the words ``_WORDS_LOWER`` reads after
    them). Speed: the words whole, not their first letters: "a total", "a barrel" and
    "a share" are then no candidates (a thousand a megabyte of newswire, each a failed match).
    The word start is checked by the patterns built from this one (``_WORD_STARTS``,
    ``_WORD_STARTS_AT``).
    """
    words = {*_UNITS, *_WORD_SCALES, "tens", "hundreds", "thousands", "millions", "billions", "trillions"}
    words |= {"dozen", "dozens", "several", "many", "half"}
    # a word needs no branch of its own when a shorter one is its prefix ("ten" opens "tens")
    words = {w for w in words if not any(w != v and w.startswith(v) for v in words)}
    by_first: dict[str, list[str]] = {}
    for word in sorted(words):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = [f"{c}(?:{'|'.join(rests)})" for c, rests in by_first.items() if c != "a"]
    # a lookahead, so that the word after "a" stays a candidate of its own ("a ten-year")
    after_a = "quarter|third|hundred|thousand|million|billion|trillion|dozen|few|couple"
    return "|".join([*branches, rf"a(?=n?[ \t](?:{after_a}))"])


# The character before the word opens the pattern: ``re`` skips in C to the characters
# that are neither word characters nor hyphens (about one in six), instead of trying
# every letter that opens a number word (most letters). A word at the very start of the
# text has no character before it: ``_WORD_STARTS_AT`` tries it there.
_WORD_STARTS: Final = re.compile(rf"[^\w-](?:{_start_pattern()})")
_WORD_STARTS_AT: Final = re.compile(_start_pattern())
# Speed: ``_WORD_STARTS`` for ASCII text, where ``[^\w-]`` is the class below: the engine
# tests a bitmap where ``\w`` asks the Unicode tables (the pass costs two thirds).
_WORD_STARTS_ASCII: Final = re.compile(rf"[^a-zA-Z0-9_-](?:{_start_pattern()})")


_LETTERS: Final = regex.compile(r"[A-Za-z]+")
_START: Final = operator.attrgetter("start")  # the sort key of numbers, read in C (no lambda)
_ONE: Final = Decimal(1)
_DECIMAL_COMMA_ONLY: Final = re.compile(r"\d{1,3},\d{1,2}")


class Number(NamedTuple):
    """A number found in text (one of the tokens every scanner reads; not part of the public API).

    A named tuple, not an attrs class: one is made for every number of every text, and
    a named tuple is built in a third of the time of a frozen attrs instance.

    Attributes:
        start: Offset of the first character (including a sign).
        end: Offset one past the last character (including a scale word).
        text: The number as written.
        value: Its value, scale applied; ``None`` for a vague magnitude.
        scale: The multiplier of its scale word (``1`` when there is none).
        vague: True for vague magnitudes ("tens of billions").
        words: True when spelled out in words.
        sign: ``"+"``, ``"-"`` or ``""``.
    """

    start: int
    end: int
    text: str
    value: Decimal | None
    scale: Decimal = _ONE
    vague: bool = False
    words: bool = False
    sign: str = ""

    @property
    def base(self) -> Decimal | None:
        """The value before its scale word: 2.3 for "2.3 million"."""
        return None if self.value is None else self.value / self.scale


@lru_cache(maxsize=256)
def _scale_of(tail: str) -> Decimal:
    scale = Decimal(1)
    for word in _LETTERS.findall(tail):
        scale *= SCALES[word.lower()]
    return scale


def _read_digits(digits: str) -> Decimal:
    if "," in digits:
        if _DECIMAL_COMMA_ONLY.fullmatch(digits):  # decimal comma, guarded by a scale word
            return Decimal(digits.replace(",", "."))
        digits = digits.replace(",", "")
    if " " in digits or "\u00a0" in digits or "\u202f" in digits:  # "24 176"
        digits = digits.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    return Decimal(digits)


def _read_words(text: str) -> tuple[Decimal | None, Decimal]:
    """Evaluate a run of number words; return (value, scale of the last scale word)."""
    words = _LETTERS.findall(text.lower())
    if not words:
        return None, Decimal(1)
    factor = Decimal(1)
    if words[0] in {"half", "quarter", "third"}:
        factor = _FRACTIONS[words[0]]
        words = [w for w in words[1:] if w not in {"of", "a", "an"}]
    elif words[0] == "a" and len(words) > 1 and words[1] in {"quarter", "third"}:
        factor = _FRACTIONS[words[1]]
        words = [w for w in words[2:] if w not in {"of", "a", "an"}]
    elif words[0] in {"a", "an"}:
        words = ["one", *words[1:]]
    if words in (["dozen"], ["one", "dozen"]):
        return Decimal(12), Decimal(1)
    if words == ["dozens"]:
        return None, Decimal(1)
    total = Decimal(0)
    current = Decimal(0)
    last_scale = Decimal(1)
    seen_digit = False
    for word in words:
        if total.adjusted() > 2 * MAX_DIGITS or current.adjusted() > 2 * MAX_DIGITS:
            return None, Decimal(1)  # "hundred hundred hundred ...": no number
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
            seen_digit = True
        elif word == "hundred":
            current = (current or Decimal(1)) * 100
            seen_digit = True
            last_scale = Decimal(100)
        elif word in SCALES:
            scale = SCALES[word]
            total += (current or Decimal(1)) * scale
            current = Decimal(0)
            last_scale = scale
            seen_digit = True
    if not seen_digit:
        return None, Decimal(1)
    value = (total + current) * factor
    if value == value.to_integral_value():
        value = plain_decimal(value)
    return value, last_scale


# Speed: a ``Number`` of all eight fields built by ``tuple.__new__`` in C, without the
# named tuple's ``__new__`` (a Python function that calls it): one per number of the text.
_new_number: Final = tuple.__new__


# Speed: the value of each digits string read lately (a third of a newswire text's numbers
# are new: "1", "1987", "10" recur). ``Decimal`` reads a string exactly, whatever the
# context, and a value is immutable, so a value kept is the one a new reading gives; the
# memo is emptied when full, so that it stays small however many numbers a corpus holds.
_DIGIT_VALUES: Final[dict[str, Decimal]] = {}
_DIGIT_VALUES_MAX: Final = 4096


def _digits_numbers(matches: list[re.Match[str]], source: str, found: list[Number]) -> None:
    """Append the numbers of digits-pass matches to ``found``: a chain or an identifier is none.

    Speed: one loop over the matches, not a call per number (one per number of the text).
    """
    append = found.append
    known = _DIGIT_VALUES.get
    for match in matches:
        chain, digits, tail, rest, scale_tail = match.groups()  # Speed: by position, not by name
        if chain is not None:  # a chain of hyphenated digit groups
            continue
        start, end = match.span()
        sign: str | None = None
        if digits is None:  # the plain groups back (``_NUMBER_FAST``): no sign
            digits, tail = match.string[start] + rest, scale_tail
        else:
            sign = match.string[start]
        if len(digits) > MAX_DIGITS and _too_long(digits):  # an identifier
            continue
        base = known(digits)
        if base is None:
            try:
                # Speed: most numbers are whole digits, read without the separators' tests
                base = Decimal(digits) if digits.isdecimal() else _read_digits(digits)
            except InvalidOperation:
                continue
            if len(_DIGIT_VALUES) >= _DIGIT_VALUES_MAX:
                _DIGIT_VALUES.clear()
            _DIGIT_VALUES[digits] = base
        if not tail and not sign:
            append(_new_number(Number, (start, end, source[start:end], base, _ONE, False, False, "")))
            continue
        scale = _scale_of(tail) if tail else _ONE
        value = base * scale if tail else base  # Speed: no product by 1 (it changes no digit)
        if sign == "-":
            value = -value
        if scale != 1:
            value = plain_decimal(value)
        append(_new_number(Number, (start, end, source[start:end], value, scale, False, False, sign or "")))


@lru_cache(maxsize=1024)
def _read_words_in(text: str, prec: int, rounding: str | None) -> tuple[Decimal | None, Decimal]:  # noqa: ARG001 (the memo's key)
    """``_read_words(text)`` under a context of precision ``prec`` and rounding ``rounding``.

    Speed: the same few words ("one", "two billion") recur from text to text. Their reading
    (a dozen ``Decimal`` operations) depends on the words and on the context's precision
    and rounding: the values stay far inside any exponent range, and the library reads
    numbers only under ``CONTEXT`` (no rounding trapped). A value is an immutable
    ``Decimal``, so the reading kept is the one a new reading would give.
    """
    return _read_words(text)


def _words_number(match: re.Match[str], source: str) -> Number | None:
    """The number of a words-pass match, or None ("hundred hundred ...")."""
    start, end = match.span()
    text = source[start:end]
    if match.group("vague") is not None:
        scale = Decimal(1)
        for word in _LETTERS.findall(text.lower()):
            stem = word.rstrip("s")
            if stem in SCALES:
                scale = SCALES[stem]
        return Number(start=start, end=end, text=text, value=None, scale=scale, vague=True)
    context = decimal.getcontext()
    word_value, word_scale = _read_words_in(text, context.prec, context.rounding)
    if word_value is None and text.lower().startswith("dozen"):
        return Number(start=start, end=end, text=text, value=None, vague=True, words=True)
    if word_value is None:
        return None
    # Speed: the named tuple's fields in order, built in C (``_new_number``).
    return _new_number(Number, (start, end, text, word_value, word_scale, False, True, ""))


def _word_matches(lower: str) -> Iterator[re.Match[str]]:
    """``_WORDS_LOWER.finditer(lower)``, tried only where a number word can start.

    ``finditer`` tries every position from the end of its last match; a match can only
    start where ``_WORD_STARTS_AT`` matches at 0 or one character after a match of
    ``_WORD_STARTS``, so trying those in order finds the same matches at a third of
    the cost (the words pass ran at 12-14 MB/s, most of it failing; now about 50).
    """
    end = 0
    if _WORD_STARTS_AT.match(lower) is not None:
        match = _WORDS_LOWER.match(lower, 0)
        if match is not None:
            end = match.end()
            yield match
    for before in (_WORD_STARTS_ASCII if lower.isascii() else _WORD_STARTS).finditer(lower):
        start = before.start() + 1
        if start >= end:
            match = _WORDS_LOWER.match(lower, start)
            if match is not None:
                end = match.end()
                yield match


# Numbers deep inside a long stretch of plain characters (ASCII digits, whitespace and the
# punctuation below: a table of figures, a list of scores, a dump of digits) can be no
# part of any mention: a money amount, percentage, tonnage or quantity needs a currency,
# a unit or a sign, which holds some other character, and the scanners look for one at
# most ``_REACH_BEFORE`` characters before a number and ``_REACH_AFTER`` after the number
# that follows it (``NEAR``, with room to spare). ``Doc.numbers`` leaves such numbers out
# when both their neighbours are such numbers too, so that no scanner ever meets one, as
# the number at hand or as the one next to it.
_REACH_BEFORE: Final = 80
_REACH_AFTER: Final = 300
_PLAIN_CHARS: Final = r"0-9 \t\n\r,.:;/()+\-"
# A run opens with a plain character not preceded by one (the class first, so that the
# engine skips other characters in C): each run is read once, from its start.
_PLAIN_RUN: Final = re.compile(
    rf"[{_PLAIN_CHARS}](?<![{_PLAIN_CHARS}].)[{_PLAIN_CHARS}]{{{_REACH_BEFORE + _REACH_AFTER - 1},}}"
)


def _digits_of(match: re.Match[str]) -> str:
    """The digits of a match of ``_NUMBER_FAST`` that is no chain, as ``_NUMBER_LOWER`` groups them."""
    signed, rest = match.group("signed", "rest")
    return signed if signed is not None else match.string[match.start()] + rest


def _too_long(digits: str) -> bool:
    """More than ``MAX_DIGITS`` digits: an identifier."""
    return len(digits) > MAX_DIGITS and sum(c.isdigit() for c in digits) > MAX_DIGITS


# Speed: the plain runs are looked for only in a text where some _STREAK numbers in a row
# lie within _STREAK_SPAN characters with nothing but plain characters from the first to the
# last (a list of scores, a table of bare figures); they cost a scan of the text, and most news
# has no such streak (a number is left out only inside a plain run). Which texts are scanned
# changes no mention (a number left out is one no scanner can use), only the time: newswire
# tables, with a word on every row, are no longer scanned for runs they never hold.
_STREAK: Final = 8
_STREAK_SPAN: Final = 320
# The last character in a stretch that is not plain, if any (``match`` with its end bound).
_LAST_NOT_PLAIN: Final = re.compile(rf"(?s:.*)[^{_PLAIN_CHARS}]")


def _dense(matches: list[re.Match[str]], text: str) -> bool:
    """True when some ``_STREAK`` matches in a row lie close, with only plain characters among them.

    A stretch that holds a character that is not plain rules out every streak that
    starts before that character: the search goes on from the first match after the last such one.
    """
    last = len(matches) - _STREAK
    k = 0
    while k <= last:
        first, final = matches[k], matches[k + _STREAK - 1]
        if final.start() - first.end() > _STREAK_SPAN:
            k += 1
            continue
        bad = _LAST_NOT_PLAIN.match(text, first.start(), final.end())
        if bad is None:
            return True
        at = bad.end() - 1
        k += 1
        while k <= last and matches[k].start() <= at:
            k += 1
    return False


def _dropped(matches: list[re.Match[str]], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The index ranges of the digits matches that no scanner can use, in order.

    A match is inert when it lies deep in a plain run with the match after it: at least
    ``_REACH_BEFORE`` characters after the run's start, the next match ending at least
    ``_REACH_AFTER`` characters before the run's end (no next match: the match itself).
    A match is dropped when it and both its neighbours are inert, so that a number a
    scanner reads keeps both its neighbours. Per run the inert matches are one range
    (two binary searches), and the dropped ones that range without its two ends.
    """
    n = len(matches)
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    dropped: list[tuple[int, int]] = []
    for run_start, run_end in runs:
        first = bisect.bisect_left(starts, run_start + _REACH_BEFORE)
        fits = bisect.bisect_right(ends, run_end - _REACH_AFTER)  # ends[:fits] end early enough
        stop = n if fits == n else fits - 1  # inert: first <= i < stop
        low, high = max(first + 1, 1), min(stop - 1, n - 1)
        if low < high:
            dropped.append((low, high))
    return dropped


def _scan_digits(text: str, scanned: str, drop_inert: bool) -> tuple[list[Number], list[re.Match[str]]]:
    """The digits pass: its numbers, and all its matches (for their spans).

    A chain or an identifier is no number, but its span is taken: "million" after one
    is no number of its own. With ``drop_inert``, the numbers no scanner can use are
    left out.
    """
    found: list[Number] = []
    all_matches = list((_NUMBER_ASCII if scanned.isascii() else _NUMBER_FAST).finditer(scanned))
    runs = [m.span() for m in _PLAIN_RUN.finditer(text)] if drop_inert and _dense(all_matches, text) else []
    if not runs:
        _digits_numbers(all_matches, text, found)
        return found, all_matches
    # A chain or an identifier is no number: it is no one's neighbour either.
    matches = [m for m in all_matches if m.lastgroup != "chain" and not _too_long(_digits_of(m))]
    kept = 0
    for low, high in [*_dropped(matches, runs), (len(matches), len(matches))]:
        _digits_numbers(matches[kept:low], text, found)
        kept = high
    return found, all_matches


def scan_numbers(text: str, lower: str | None = None) -> list[Number]:
    """Return every number in ``text``, in order (``text`` should be normalised).

    ``lower`` is ``text`` lower-cased by ``lower_same_length``, when the caller has it.

    >>> [(n.text, n.value) for n in scan_numbers("$34bn, 1,72,000 and two thousand ten")]
    [('34bn', Decimal('34000000000')), ('1,72,000', Decimal('172000')), ('two thousand ten', Decimal('2010'))]
    >>> [(n.text, n.vague) for n in scan_numbers("tens of billions of dollars")]
    [('tens of billions', True)]
    """
    return _scan(text, lower_same_length(text) if lower is None else lower, drop_inert=False)


def scan_live_numbers(text: str, lower: str) -> list[Number]:
    """``scan_numbers`` without the numbers that no scanner can use.

    Those are the numbers deep inside a long run of plain characters (digits, spaces,
    ``,.:;/()+-``) whose neighbours are such numbers too: a list of scores or a table
    of bare figures costs a few regex matches, not a ``Number`` and a look for
    currencies and units per figure, and yields the same mentions.

    >>> text = "Scores: " + "1-1 2-0 " * 200 + "and 5 dollars"
    >>> len(scan_numbers(text)), [n.text for n in scan_live_numbers(text, text.lower())][-3:]
    (801, ['2', '0', '5'])
    """
    return _scan(text, lower, drop_inert=True)


def _scan(text: str, scanned: str, *, drop_inert: bool) -> list[Number]:
    # Speed: the digits matches' spans are read only where a number word is found.
    found, claimed = _scan_digits(text, scanned, drop_inert)
    words: list[Number] = []
    index = 0
    for match in _word_matches(scanned):
        start, end = match.span()
        while index < len(claimed) and claimed[index].end() <= start:
            index += 1
        if index < len(claimed) and claimed[index].start() < end:
            continue  # "million" of "5 million" belongs to the digits
        number = _words_number(match, text)
        if number is not None:
            words.append(number)
    if words:
        found = sorted(found + words, key=_START)
    return found


def parse_number(text: str) -> Decimal:
    """Read a whole string as one exact number.

    Args:
        text: The number, e.g. ``"1,655.8"``, ``"2.3bn"``, ``"twenty-one"``.

    Returns:
        Its exact value.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ParseError: ``text`` is not exactly one number, or is vague.

    >>> parse_number("twenty-one")
    Decimal('21')
    >>> parse_number("tens of billions")
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read 'tens of billions' as number: vague magnitude, no single value
    """
    check_text(text)
    stripped = text.strip()
    with decimal.localcontext(CONTEXT):
        numbers = scan_numbers(normalise(stripped))
    if len(numbers) != 1 or numbers[0].text != stripped:
        raise ParseError(text, kind="number", reason="not exactly one number")
    if numbers[0].value is None:
        raise ParseError(text, kind="number", reason="vague magnitude, no single value")
    return numbers[0].value


def combine_range(low: Number, high: Number) -> tuple[Decimal, Decimal] | None:
    """Return (low, high) of a range, sharing the right end's scale word if needed.

    "3-5 billion" reads as 3 billion to 5 billion; "500,000 to 1 million" keeps
    500,000. ``None`` when either end is vague or the range runs backwards.

    >>> combine_range(*scan_numbers("3-5 billion"))
    (Decimal('3000000000'), Decimal('5000000000'))
    """
    if low.value is None or high.value is None:
        return None
    lo, hi = low.value, high.value
    if low.scale == 1 and high.scale != 1 and not low.words:
        scaled = lo * high.scale
        if scaled <= hi:
            lo = plain_decimal(scaled) if scaled == scaled.to_integral_value() else scaled
    if lo > hi:
        return None
    return lo, hi
