"""Money: amounts with an ISO 4217 currency, ranges, qualifiers and unit prices.

An amount is a number from the shared reader (``geoecon.numerals``) with a
currency written before it (``$``, ``US$``, ``€``, ``USD``, ``Rs``) or after it
(``dollars``, ``euros``, ``mln dlrs``, ``stg``, ``yuan``, ``EUR``). Ambiguous
symbols and nouns (``$``, ``¥``, ``Rs``, ``kr``, ``franc``, ``dinar``) are
settled from country cues near the amount ("Australia's ... $") and otherwise
by a documented default (``$`` is USD, ``¥`` JPY, ``Rs`` INR); either way
``currency_assumed`` is set, because the text did not say it.

Hedges before the amount ("about", "more than", "up to") are kept as a
``Qualifier``, outside the span. Ranges share their magnitude and
currency ("$3-5 billion", "between $6 billion and $9 billion"). A unit price
keeps its unit in the span and in ``per`` ("$2,655 per ton" -> ``per="t"``).
A parenthesised conversion ("€50 billion ($54 billion)") is two positive amounts.

>>> [(m.text, m.amount, m.currency) for m in find_money("€50 billion ($54 billion) in aid")]
[('€50 billion', Decimal('50000000000'), 'EUR'), ('$54 billion', Decimal('54000000000'), 'USD')]
>>> m = parse_money("between $6 billion and $9 billion")
>>> m.low, m.high, m.amount
(Decimal('6000000000'), Decimal('9000000000'), None)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

import attrs
import regex

from geoecon._contract import find_all, options_from
from geoecon._evidence import BRITISH, COUNTRIES, CURRENCY_REACH, SOUTH_AFRICA, may_hold_chrome
from geoecon._measure import (
    carried_currencies,
    carried_prices,
    mass_before_bracket,
    per_unit,
    unit_before_price,
    unit_prices,
)
from geoecon._mention import Basis, Mention, Money, Qualifier
from geoecon._qualifiers import qualifier_before
from geoecon._ranges import RangeSyntax, is_change
from geoecon._regex import alternation as _alternation
from geoecon._regex import by_last_char, trie_alternation
from geoecon._strict import Policy, parse_whole
from geoecon._tables import currencies as _cur
from geoecon._tables.cue_words import MONEY_NOUNS
from geoecon._text import NEAR, fold_spaces, match_near, match_near_ascii, next_char
from geoecon.numerals import Number, combine_range, plain_decimal

if TYPE_CHECKING:
    from geoecon._doc import Doc
    from geoecon.options import Options

__all__ = ["find_money", "parse_money"]


@attrs.frozen
class _Names:
    """Lookup tables compiled on first use."""

    nouns: dict[str, tuple[str | None, str]]  # phrase -> (code or None, ambiguity key)
    prefix: regex.Pattern[str]
    suffix: regex.Pattern[str]
    suffix_ascii: re.Pattern[str]  # ``suffix`` in the standard engine, for ASCII stretches
    suffix_starts: frozenset[str]  # lower-cased first words of every suffix
    prefix_code_ends: dict[str, tuple[str, ...]]  # last character -> ISO codes ending in it
    prefix_word_ends: dict[str, tuple[str, ...]]  # last character -> other prefixes' last words, lower-cased
    minor_initials: frozenset[str]  # first letters of the minor-unit words, both cases
    after_gate: re.Pattern[str]  # on ``Doc.lower`` of ASCII text: a suffix or minor unit may follow
    minor: regex.Pattern[str]
    minor_ascii: re.Pattern[str]  # ``minor`` in the standard engine, for ASCII stretches


# "100 pounds of beef" weighs; "100 pounds of debt" or "of funding" is money.
_POUNDS_OF_GOODS: Final = regex.compile(
    rf"[ \t]+of[ \t]+(?!(?:{_alternation(list(MONEY_NOUNS))})\b)[a-z]", regex.IGNORECASE
)
# "a twenty pound bag of rice": a singular "pound" before a noun is a weight.
_POUND_AS_ADJECTIVE: Final = regex.compile(r"[ \t]+(?!sterling\b|of\b|note\b|coin\b)[a-z]")


@cache
def _names() -> _Names:
    nouns: dict[str, tuple[str | None, str]] = {}
    for forms, adjectives in _cur.FAMILIES.items():
        key = forms[0]
        for adjective, code in adjectives.items():
            for form in forms:
                phrase = f"{adjective} {form}" if adjective else form
                nouns[phrase] = (code, key if not adjective else "")
                if adjective.endswith("."):  # "2-billion-U.S.-dollar": the hyphen of a compound
                    nouns[f"{adjective}-{form}"] = (code, "")
    codes = sorted(_cur.ISO_CODES - _cur.CODE_WORDS)
    aliases = sorted(_cur.CODE_ALIASES)
    prefix_symbols = sorted(_cur.SYMBOLS)
    suffix_symbols = sorted(_cur.SUFFIX_SYMBOLS)
    prefix = regex.compile(
        rf"""(?<![A-Za-z])(?:
              (?P<sym>(?i:{_alternation(prefix_symbols)}))
            | (?P<code>{"|".join(codes)}|(?i:{_alternation(aliases)}))
            | (?P<noun>(?i:ringgit))
            )[ \t]?""",
        regex.VERBOSE | regex.REVERSE,
    )
    suffix_source = rf"""(?:[ \t]?-[ \t]?|[ \t]*(?:of[ \t]+)?|[ \t]*)
            (?:
              (?P<noun>(?i:{trie_alternation(nouns)}))(?![\w])
            | (?P<code>(?:{trie_alternation(codes, lower=False)})(?![A-Za-z])
                |(?i:{trie_alternation(aliases)})(?![A-Za-z]))
            | (?P<sym>(?i:{trie_alternation(suffix_symbols)})(?![A-Za-z]))
            )"""
    suffix = regex.compile(suffix_source, regex.VERBOSE)
    minor_words = _alternation(list(_cur.MINOR_UNITS))
    suffix_starts = frozenset(
        {phrase.split()[0].lower() for phrase in [*nouns, *codes, *aliases, *suffix_symbols, "of"]}
    )
    minor = regex.compile(rf"[ \t]?-?[ \t]?(?P<minor>(?i:{minor_words}))(?![\w])")
    return _Names(
        nouns={k.lower(): v for k, v in nouns.items()},
        prefix=prefix,
        suffix=suffix,
        # Speed: the same pattern in the standard engine, for ASCII stretches (its scoped
        # flags ignore case as ``regex`` does there); about four times cheaper per call.
        suffix_ascii=re.compile(suffix_source, re.VERBOSE),
        suffix_starts=suffix_starts,
        prefix_code_ends=by_last_char(codes),
        prefix_word_ends=by_last_char(
            [p.lower().split()[-1] for p in [*prefix_symbols, *aliases, "ringgit"]]
        ),
        minor_initials=frozenset(c for w in _cur.MINOR_UNITS for c in (w[0].lower(), w[0].upper())),
        after_gate=_after_gate(suffix_starts),
        minor=minor,
        minor_ascii=re.compile(minor.pattern),
    )


_GLUED_TRILLION: Final = regex.compile(r"T(?![\w])")
_NEXT_WORD: Final = regex.compile(r"[ \t]?-?[ \t]*([^\s\d]+)")
# Speed: ``_NEXT_WORD`` for ASCII text, in the standard engine (cheaper per call); its
# classes spelled out, as the engines' ``\s`` differ on ASCII (re counts \x1c-\x1f).
_NEXT_WORD_ASCII: Final = re.compile(r"[ \t]?-?[ \t]*([^\t\n\x0b\x0c\r 0-9]+)")
_TRAILING: Final = ".,;:)!?\"'"
# Characters that start no currency symbol or name: the suffix pattern need not run.
_NOT_SYMBOL: Final = frozenset(".,;:)(!?\"'-/<>[]{}=+*&%#@|_~^`")


def _suffix(text: str, end: int) -> tuple[regex.Match[str] | re.Match[str] | None, str | None]:
    """Match the currency words after a number; a set lookup of the next word first.

    The suffix pattern is a long alternation, so it only runs when the next word
    could start one ("dlrs", "Australian", "of", "$"); "pct" or "shares" skip it.
    Returns the match and the next word, lower-cased (``None`` when none was read).
    """
    names = _names()
    # a digit or a line end next (tables: "1,000  2,000"): no word follows, no suffix
    after = next_char(text, end)
    if not after or after.isdecimal() or after in "\r\n":
        return None, None
    word = match_near_ascii(_NEXT_WORD, _NEXT_WORD_ASCII, text, end)
    if word is None:
        return None, None
    token = word.group(1).lower()
    if token not in names.suffix_starts and token.rstrip(_TRAILING) not in names.suffix_starts:
        first = token.lstrip("-")[:1]
        # a letter that starts no currency word, or only punctuation ("1-2", "1,-"): no suffix
        if (first.isalpha() and first.isascii()) or not first or first in _NOT_SYMBOL:
            return None, token
    return match_near_ascii(names.suffix, names.suffix_ascii, text, end), token


_LEAD_LETTERS: Final = re.compile(r"[^\W\d]*")


def _after_gate(suffix_starts: frozenset[str]) -> re.Pattern[str]:
    r"""What must open the next word for ``_suffix`` or the minor-unit branch of ``_atom`` to read one.

    For lower-cased ASCII text: after the next-word gap, a first word of a currency
    (``suffix_starts``) with only trailing punctuation after it, a minor-unit word
    with no letter after it, or a character that can open a currency symbol. Where
    it does not match, neither of them reads a word (``_money_gates``); it may
    match where they read none ("of the").
    """
    word_end = r"[\t\n\x0b\x0c\r 0-9]|\Z"  # where ``_NEXT_WORD_ASCII``'s word ends
    trailing = re.escape(_TRAILING)
    no_symbol = re.escape("".join(sorted(_NOT_SYMBOL)))
    return re.compile(
        rf"[ \t]?-?[ \t]*(?:"
        rf"(?:{trie_alternation(suffix_starts)})(?=[{trailing}]*(?:{word_end}))"
        rf"|(?:{trie_alternation(_cur.MINOR_UNITS)})(?![a-z_])"
        rf"|r(?=[{trailing}]*(?:{word_end}))"  # "12 R": rand where South Africa is settled
        rf"|-*[^a-z0-9 \t\n\x0b\x0c\r{no_symbol}])"
    )


def _minor_may_be(token: str | None) -> bool:
    """False when the next word (from ``_suffix``) can be no minor unit ("pct", "per", "cts.").

    The minor pattern and the next-word pattern skip the same spaces and hyphen, so
    a minor word is the letters that open the next word, whole. Only ASCII letters are
    ruled out this way (the pattern folds case as Unicode does: "centſ").
    """
    if token is None:
        return True
    lead = _LEAD_LETTERS.match(token)
    letters = "" if lead is None else lead.group()
    return not letters.isascii() or letters in _cur.MINOR_UNITS


def _minor_may_follow(text: str, end: int, names: _Names) -> bool:
    """False when no minor-unit word can start within the optional " - " after ``end``.

    The minor pattern allows only spaces, tabs and a hyphen (three characters at most)
    before the word, so its first letter is the first other character there.
    """
    return next_char(text, end, " \t-", 4) in names.minor_initials


class _Atom(NamedTuple):
    """A number with the currency words around it, before ranges are formed.

    A named tuple, not an attrs class: one is made for every number of the text.
    """

    start: int
    end: int
    number: Number
    code: str | None
    has_currency: bool
    minor: Decimal | None = None  # "cents": the number is a fraction of the unit
    basis: tuple[Basis, ...] = ()  # why the currency is assumed; empty when the text says it

    @property
    def assumed(self) -> bool:
        """Whether the currency was read from context rather than written (it has a basis)."""
        return bool(self.basis)


_CENTS_GAP: Final = regex.compile(r"[ \t]+(?:and[ \t]+)?", regex.IGNORECASE)

# The bases of a currency settled without a country cue: constants, as most amounts have none.
_DEFAULT: Final = (Basis("currency.default"),)
_UNKNOWN: Final = (Basis("currency.unknown"),)
_CONFLICT: Final = (Basis("currency.conflicting_cues"),)


def _resolve(key: str, default: str | None, doc: Doc, position: int) -> tuple[str | None, tuple[Basis, ...]]:
    """Settle an ambiguous currency: (code, basis); the text's evidence first, then the caller's.

    In order: the cues of ``currencies.AMBIGUOUS[key]`` lying whole within
    ``CURRENCY_REACH`` of ``position`` (for "$", the US cues count for USD): one currency
    among them settles it (``currency.country_cue``, the nearest such cue as evidence),
    two leave it to the caller's hint if it names one of them, else to the default
    (``currency.conflicting_cues``); then the country the article is about
    (``_article_currency``); then the caller's hints (``_hinted``); then the documented
    default. Either way the code is assumed: the basis is never empty. The document's cues
    are found once (``Doc.evidence``); a currency with no cues in the table asks for none.
    """
    entry = _cur.AMBIGUOUS.get(key)
    default_code, cues = (default, {}) if entry is None else entry
    if cues:
        near = doc.evidence.within(COUNTRIES, *CURRENCY_REACH.around(position, position))
        found = {cues[cue.word] for cue in near if cue.word in cues}
        if len(found) == 1:
            code = found.pop()
            cue = min(
                (c for c in near if cues.get(c.word) == code),
                key=lambda c: c.start - position if c.start >= position else position - c.end,
            )
            return code, (Basis("currency.country_cue", (cue.start, cue.end)),)
        if found:
            hinted = _hinted(key, doc)
            return hinted if hinted is not None and hinted[0] in found else (default_code, _CONFLICT)
        article = _article_currency(cues, doc)
        if article is not None:
            return article
    hinted = _hinted(key, doc)
    if hinted is not None:
        return hinted
    return default_code, _DEFAULT if default_code is not None else _UNKNOWN


_HINT: Final = (Basis("currency.hint"),)
_COUNTRY_HINT: Final = (Basis("currency.country_hint"),)


def _hinted(key: str, doc: Doc) -> tuple[str, tuple[Basis, ...]] | None:
    """The caller's hints, when the text settles nothing: ``currency=``, then ``country=``.

    Each counts only for a currency the sign or noun can denote (``currencies.CANDIDATES``):
    ``currency="AUD"`` makes "$" AUD (``currency.hint``) but leaves "Rs" alone;
    ``country="PK"`` makes "Rs" PKR (``currency.country_hint``: the candidate of that
    country, ``currencies.currency_of``).
    """
    options = doc.options
    if options.currency is None and options.country is None:
        return None
    candidates = _cur.CANDIDATES.get(key, frozenset())
    if options.currency in candidates:
        return options.currency, _HINT
    if options.country is not None:
        code = _cur.currency_of(options.country, candidates)
        if code is not None:
            return code, _COUNTRY_HINT
    return None


def _article_currency(cues: dict[str, str], doc: Doc) -> tuple[str, tuple[Basis, ...]] | None:
    """The currency of the country the whole article is about, when nothing near settles it.

    The cues of one currency only, anywhere in the document, one of them in the lede (its
    first two sentences): "Pakistan's Ministry of Finance ..." then "Rs2,700 billion" four
    sentences on is PKR. Cues of two currencies in the document settle nothing; the
    pronoun "us" is no cue here. Evidence: the first cue of that currency.
    """
    firsts = doc.evidence.first_cues(COUNTRIES)
    found = [firsts[word] for word in cues if word != "us" and word in firsts]
    if not found:
        return None
    codes = {cues[cue.word] for cue in found}
    if len(codes) != 1:
        return None
    first = min(found, key=lambda c: c.start)
    if first.start >= doc.evidence.lede_end():
        return None
    return codes.pop(), (Basis("currency.article_country", (first.start, first.end)),)


# Symbols whose ambiguity table key is not their lower-cased form.
_SYMBOL_KEYS: Final = {"RS.": "rs", "RS": "rs", "₨": "rs", "KR": "kr", "FR.": "fr."}


@lru_cache(maxsize=1024)
def _symbol_keys(symbol: str) -> tuple[str, str]:
    """A symbol as written ("$", "us$", "U.S.  $") -> its symbol table key and its ambiguity key.

    Speed: memoised, as the same few symbols recur; bounded, as spaces inside make them many.
    """
    key = fold_spaces(symbol).upper()
    return key, _SYMBOL_KEYS.get(key, key.lower())


def _symbol_code(
    symbol: str, table: dict[str, str | None], doc: Doc, position: int
) -> tuple[str | None, tuple[Basis, ...]]:
    """A currency sign's code and why it is assumed (empty: the sign says it)."""
    key, ambiguity_key = _symbol_keys(symbol)
    code = table.get(key)
    if code is not None:
        return code, ()
    return _resolve(ambiguity_key, None, doc, position)


def _noun_code(noun: str, doc: Doc, position: int) -> tuple[str | None, tuple[Basis, ...]]:
    """A currency noun's code and why it is assumed (empty: the noun says it, or names none)."""
    phrase = fold_spaces(noun)
    code, key = _names().nouns.get(phrase, (None, ""))
    if code is not None:
        return code, ()
    if key:
        return _resolve(key, None, doc, position)
    return None, ()


def _prefix_may_end(doc: Doc, before: int, names: _Names) -> bool:
    """False when no currency sign, code or word ends at ``before`` (the prefix pattern then finds none).

    The prefix pattern runs only where one ends right before the number (or one space
    before it): a dict lookup of that last character and a short ``str.endswith`` rule
    out nearly every number first (3 of 11,621 numbers in 1 MB of Reuters have a
    prefix). Codes are case-sensitive, the rest is not.
    """
    if not before:
        return False
    text = doc.norm
    lower = doc.lower
    return text.endswith(
        names.prefix_code_ends.get(text[before - 1], ()), max(0, before - 3), before
    ) or lower.endswith(names.prefix_word_ends.get(lower[before - 1], ()), max(0, before - 8), before)


#: ``_money_gates`` bits: a currency may be written before the number, after it.
_BEFORE: Final = 1
_AFTER: Final = 2


def _money_gates(doc: Doc, numbers: list[Number], names: _Names) -> list[int]:
    """Per number, where ``_atom`` may read a currency: ``_BEFORE``, ``_AFTER``, both or neither.

    Before the number a currency is ruled out as ``_prefix`` rules it out
    (``_prefix_may_end``); after it, ``after_gate`` rules out the currency
    words and minor units of ``_suffix`` and ``_atom``. That pattern reads ``Doc.lower``
    as the ASCII twins do, so text that is not ASCII is not gated. With neither bit the
    number's bare atom is the answer. Speed: three numbers in four of Reuters copy have
    no currency; the gate costs about a third of ``_atom`` (1.1 against 3.0 us).
    """
    text = doc.norm
    if not text.isascii():
        return [_BEFORE | _AFTER] * len(numbers)
    lower = doc.lower
    after = names.after_gate.match
    codes, words = names.prefix_code_ends, names.prefix_word_ends
    gates: list[int] = []
    for number in numbers:
        start, end = number.start, number.end
        gate = _AFTER if after(lower, end, end + NEAR) is not None else 0
        before = start - 1 if start and text[start - 1] in " \t" else start
        # Speed: "$" first, then ``_prefix_may_end`` written out (no call; no entry, no endswith)
        if before and (
            (last := text[before - 1]) == "$"
            or ((ends := codes.get(last)) and text.endswith(ends, max(0, before - 3), before))
            or ((ends := words.get(lower[before - 1])) and lower.endswith(ends, max(0, before - 8), before))
        ):
            gate |= _BEFORE
        gates.append(gate)
    return gates


def _prefix(doc: Doc, start: int) -> tuple[str, str, int] | None:
    """The currency written right before offset ``start``: (its group, its text, its start).

    ``names.prefix.match(doc.norm, max(0, start - 12), start)`` behind a cheap gate,
    read as the group that took part ("sym", "code" or "noun"), that group's text and
    where the match starts; ``None`` when the gate or the pattern finds none.
    """
    names = _names()
    text = doc.norm
    before = start - 1 if start and text[start - 1] in " \t" else start
    # Speed: a "$" that no letter, dot or spaced "C" / "U.S" / "HK" / "NZ" / "AU" / "NT"
    # comes before is the bare sign, the one branch of the pattern that can match there
    # (its other branches ending in "$" need one of those; ignoring case, "s" is also "ſ", so only ASCII
    # characters before it are read this way).
    if before and text[before - 1] == "$":
        sign = before - 1
        char = text[sign - 1] if sign else ""
        if char in {" ", "\t"}:
            char = text[max(0, sign - 12) : sign].rstrip(" \t")[-1:]
            if char and char.isascii() and char not in "SsCcKkZzUuTt.":
                return "sym", "$", sign
        elif not char or (char.isascii() and not char.isalpha() and char != "."):
            return "sym", "$", sign
    if _prefix_may_end(doc, before, names):
        pre = names.prefix.match(text, max(0, start - 12), start)
        if pre is not None:
            if sym := pre.group("sym"):
                return "sym", sym, pre.start()
            if written := pre.group("code"):
                return "code", written, pre.start()
            return "noun", pre.group("noun"), pre.start()
    return None


def _atom(doc: Doc, number: Number, gate: int = _BEFORE | _AFTER) -> _Atom | None:
    """Read the currency words around one number; None when there are none.

    ``gate`` (from ``_money_gates``) says where to look: before the number, after it.
    """
    names = _names()
    text = doc.norm
    start, end = number.start, number.end
    code: str | None = None
    basis: tuple[Basis, ...] = ()  # why the currency is assumed; empty when the text says it
    found = False
    minor: Decimal | None = None
    pre = _prefix(doc, start) if gate & _BEFORE else None
    if pre is not None and not number.vague:
        group, written, pre_start = pre
        if group == "sym":
            code, basis = _symbol_code(written, _cur.SYMBOLS, doc, start)
        elif group == "code":
            raw = written.upper()
            code = _cur.CODE_ALIASES.get(raw, raw)
        else:
            code, basis = _noun_code(written, doc, start)
        found = True
        start = pre_start
        # "c $ 16.4 million", "u.s $ 100": a letter prefix before a spaced symbol
    suf, token = _suffix(text, end) if gate & _AFTER else (None, None)
    if suf is not None and (suf.group("noun") or suf.group("code") or suf.group("sym")):
        of_used = "of" in text[end : suf.start(suf.lastgroup or 0)].lower().split()
        if not of_used or number.vague or number.scale != 1:
            if suf.group("noun"):
                noun = suf.group("noun").lower()
                if (
                    noun.startswith("pound")
                    and (
                        match_near(_POUNDS_OF_GOODS, text, suf.end())
                        or mass_before_bracket(text, number.start) is not None  # "850 grammes (1.9 pounds)"
                        or (noun == "pound" and match_near(_POUND_AS_ADJECTIVE, text, suf.end()))
                        or text[max(0, start - 1) : start] == "±"
                    )
                ):
                    return _Atom(number.start, number.end, number, None, False)  # a mass
                c2, b2 = _noun_code(suf.group("noun"), doc, start)
            elif suf.group("code"):
                raw = suf.group("code").upper()
                c2, b2 = _cur.CODE_ALIASES.get(raw, raw), ()
            else:
                c2, b2 = _symbol_code(suf.group("sym"), _cur.SUFFIX_SYMBOLS, doc, start)
            if not found or code is None or (basis and not b2):
                code, basis = c2, b2
            found = True
            end = suf.end()
    if (
        not found
        and gate & _AFTER
        and not number.vague
        and number.value is not None
        and _minor_may_follow(text, end, names)
        and (end != number.end or _minor_may_be(token))
    ):
        m = match_near_ascii(names.minor, names.minor_ascii, text, end)
        # casefold: the pattern ignores case as Unicode folds it ("centſ" is "cents")
        entry = None if m is None else _cur.MINOR_UNITS.get(m.group("minor").casefold())
        if m is not None and entry is not None:
            word = m.group("minor").casefold()
            fraction, minor_code = entry
            if word == "c" and (number.words or m.group("minor") != "c"):
                return None  # "30 C" is Celsius
            if word == "p" and m.group().startswith((" ", "\t")) and not _spaced_pence(doc, m.end()):
                return None
            code = minor_code
            if code is None:
                code, basis = _resolve("cent", "USD", doc, number.start)
            minor = Decimal(fraction)
            return _Atom(number.start, m.end(), number, code, True, minor, basis)
    if not found and gate & _AFTER and not number.vague and number.value is not None:
        rand = _spaced_rand(doc, end)
        if rand is not None:
            return _Atom(number.start, rand[0], number, "ZAR", True, basis=rand[1])
    if not found:
        return _Atom(number.start, number.end, number, None, False)
    if pre is not None and end == number.end and number.scale == 1 and number.value is not None:
        # "$2.174T": a glued capital T after a currency symbol is trillions.
        glued = (
            match_near(_GLUED_TRILLION, text, number.end)
            if text[number.end : number.end + 1] == "T"
            else None
        )
        if glued is not None:
            trillion = Decimal(10) ** 12
            end = glued.end()
            number = number._replace(
                end=end, text=text[number.start : end], value=number.value * trillion, scale=trillion
            )
    return _Atom(start, end, number, code, True, basis=basis)


_SPACED_RAND: Final = re.compile(r"[ \t]R(?![\w.$])")


def _spaced_pence(doc: Doc, end: int) -> bool:
    """Whether a "p" apart from its number ("45 p") is pence: the article is British, no "p.m." follows."""
    return doc.norm[end : end + 1] != "." and bool(doc.evidence.first_cues(BRITISH) or _hinted("gbp", doc))


def _spaced_rand(doc: Doc, end: int) -> tuple[int, tuple[Basis, ...]] | None:
    """A rand sign apart ("12 R"), its end and basis: South African cue in the article, or a hint."""
    m = _SPACED_RAND.match(doc.norm, end)
    if m is None:
        return None
    cues = doc.evidence.first_cues(SOUTH_AFRICA)
    if cues:
        first = min(cues.values(), key=lambda c: c.start)
        return m.end(), (Basis("currency.article_country", (first.start, first.end)),)
    hinted = _hinted("rand", doc)
    return None if hinted is None else (m.end(), hinted[1])


def _after_separator(atom: _Atom | None, number: Number) -> _Atom:
    """The atom of a range's second number, from its own atom.

    After a range separator a minor unit is not read ("$5 - 10 cents" is no range of
    dollars): where the number's own atom read one ("10 cents") or refused one ("30 C"),
    the second end is the bare number.
    """
    if atom is None or atom.minor is not None:
        return _Atom(number.start, number.end, number, None, False)
    return atom


def _cents(doc: Doc, atom: _Atom, numbers: list[Number], index: int) -> tuple[int, Decimal, int] | None:
    """A minor-unit tail: "$20 and 43c", "twenty dollar 43 cents", "3 GBP and one"."""
    if atom.minor is not None or index + 1 >= len(numbers):
        return None
    nxt = numbers[index + 1]
    between = doc.norm[atom.end : nxt.start]
    # Speed: spaces, tabs and at most an "and" between, tested before the numbers' values;
    # most amounts fail the first test.
    if between[:1] not in {" ", "\t"} or between.strip(" \t").lower() not in {"", "and"}:
        return None
    value = atom.number.value
    if value is None or atom.number.scale != 1 or value != value.to_integral_value():
        return None
    if nxt.value is None or nxt.scale != 1:
        return None
    if not _CENTS_GAP.fullmatch(between):
        return None
    cents = nxt.value
    if cents != cents.to_integral_value() or not 0 < cents < 100 or nxt.sign:
        return None
    names = _names()
    tail = match_near_ascii(names.minor, names.minor_ascii, doc.norm, nxt.end)
    end = nxt.end
    if tail is not None:
        end = tail.end()
    else:
        # "50 dollar 50 dollar": a currency after the second number makes it an amount
        suf, _ = _suffix(doc.norm, nxt.end)
        if suf is not None and (suf.group("noun") or suf.group("code") or suf.group("sym")):
            return None
        if "and" not in between.lower() and not nxt.words and atom.start < atom.number.start:
            return None  # "$4.25 32": no and, no minor word, symbol-prefixed
        if "and" in between.lower() and atom.start < atom.number.start and not nxt.words:
            return None  # "$20 and 32 is the quantity"
    return end, cents / 100, index + 1


def _build(
    doc: Doc,
    start: int,
    end: int,
    *,
    amount: Decimal | None = None,
    low: Decimal | None = None,
    high: Decimal | None = None,
    currency: str | None,
    currency_assumed: bool,
    qualifier: Qualifier,
    vague: bool = False,
    basis: tuple[Basis, ...] = (),
) -> Money:
    # Speed: the fields are named, not packed into a dict of keyword arguments and out again.
    unit = None
    per = per_unit(doc, end)
    if per is not None:
        unit, end = per
    else:
        before = unit_before_price(doc, start)  # "an ounce of caviar for $126"
        if before is not None:
            unit = before[0]
            basis = (*basis, Basis("unit.per.before", before[1]))
    return Money(
        start=start, end=end, text=doc.raw[start:end], qualifier=qualifier, vague=vague, amount=amount,
        low=low, high=high, currency=currency, currency_assumed=currency_assumed, per=unit, basis=basis,
    )  # fmt: skip


_BETWEEN_PAREN: Final = regex.compile(r"[ \t]*\([ \t]*")


def _conversions(doc: Doc, found: Iterator[Money]) -> Iterator[Money]:
    """A bare "$" in brackets after an amount stated in another currency is US dollars.

    "75,000 euros ($87,500)", "C$80 billion ($58 billion)": the bracket converts for an
    international reader, in US dollars, whatever country the article is about
    (``currency.bracketed_conversion``, the stated amount as evidence).
    """
    previous: Money | None = None
    for money in found:
        if (
            previous is not None
            and money.currency_assumed
            and money.text.startswith("$")
            and previous.currency is not None
            and previous.currency != "USD"
            and not previous.currency_assumed
        ):
            opened = match_near(_BETWEEN_PAREN, doc.norm, previous.end, opens="(")
            if opened is not None and opened.end() == money.start and "(" in opened.group():
                basis = (Basis("currency.bracketed_conversion", (previous.start, previous.end)),)
                previous = attrs.evolve(money, currency="USD", basis=basis)
                yield previous
                continue
        previous = money
        yield money


def _money_in(doc: Doc) -> list[Money]:
    """Every amount of money in the document, in order."""
    # Speed: a text with no parenthesis holds no conversion; one scan of it saves a
    # generator step per amount.
    found = list(_find(doc) if "(" not in doc.norm else _conversions(doc, unit_prices(doc, _find(doc))))
    if found and may_hold_chrome(doc.norm) and doc.evidence.tickers:  # a site's header
        found = [money for money in found if not doc.evidence.in_ticker(money.start)]
    if any(money.per is not None for money in found):
        found = carried_prices(doc, found)
    return carried_currencies(doc, found)  # "1.5 trillion rubles, then ... 482 billion"


def _scan(doc: Doc) -> list[Mention]:
    """Pipeline hook: every money mention in the document."""
    return list(_money_in(doc))


#: "$3-5 billion", "10 to 20 dollars", "between $6 billion and $9 billion"; not "or" ("$5 or $6"
#: are two amounts), no "through", no hedge after the separator.
_RANGES: Final = RangeSyntax(("-", "to", "and"))


def _joins(first: _Atom, second: _Atom, word: str, number: Number, nxt: Number) -> bool:
    """Whether two atoms joined by ``word`` make one range by money's rules (``_ranges`` reads the rest).

    ``number`` and ``nxt`` are the two numbers as read, before a glued "T" made one trillions.
    One end must hold the currency, neither a minor unit, and two currencies must be
    one ("$5-6", "5-$6", "$5-$6": one range; "$5 - €6": two amounts). "to" joins a bare
    first end ("10 to 20 dollars"), two ends with their currency ("$3 billion to $5
    billion"; not a change: ``is_change``) or a first end whose magnitude the second
    gives ("$3 to 5 billion").
    """
    if not (first.has_currency or second.has_currency) or first.minor is not None or second.minor is not None:
        return False
    if first.has_currency and second.has_currency and first.code != second.code and second.code is not None:
        return False
    if word == "-":
        return not first.has_currency or first.code == second.code or not second.has_currency
    if word == "to":
        if not first.has_currency:
            return True
        if not second.has_currency:
            return number.scale == 1 and nxt.scale != 1  # "$3 to 5 billion"
        return True  # "$4 billion to $5 billion"; a change is two amounts (``is_change``)
    return True  # "and": after "between" or "from" (``_ranges``)


def _find(doc: Doc) -> Iterator[Money]:
    numbers = doc.numbers
    names = _names()
    # Each number's atom is read once: the one read as the second end of a possible
    # range is carried to the next turn of the loop.
    carried: tuple[int, _Atom | None] | None = None
    gates = _money_gates(doc, numbers, names)
    gates.append(0)

    def read(index: int) -> _Atom | None:
        number = numbers[index]
        gate = gates[index]
        if not gate:
            return _Atom(number.start, number.end, number, None, False)
        return _atom(doc, number, gate)

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
            sep = _RANGES.separator(doc.norm, atom.end if atom.has_currency else number.end)
            if sep is not None:
                following = read(i + 1)
                carried = (i + 1, following)
                second = _after_separator(following, nxt)
                join = (
                    _RANGES.join(doc.norm, sep.word, atom.start)
                    if second.start == sep.end and _joins(atom, second, sep.word, number, nxt)
                    else None
                )
                if join is not None and atom.has_currency and is_change(doc.norm, join):
                    join = None  # "fell from $1.7 billion to $2.3 million": two amounts
                bounds = None if join is None else combine_range(number, nxt)
                if join is not None and bounds is not None:
                    low, high = bounds
                    yield _build(
                        doc, join.start, second.end, low=plain_decimal(low), high=plain_decimal(high),
                        currency=atom.code if atom.has_currency else second.code,
                        currency_assumed=atom.assumed if atom.has_currency else second.assumed,
                        # read before the first end, after "between" (the measures read it before "between")
                        qualifier=qualifier_before(doc.norm, atom.start),
                        basis=atom.basis if atom.has_currency else second.basis,
                    )  # fmt: skip
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
        cents = _cents(doc, atom, numbers, i)
        if cents is not None and value is not None:
            end, extra, i = cents
            value += extra
        qualifier = qualifier_before(doc.norm, atom.start)
        yield _build(
            doc, atom.start, end,
            amount=None if value is None else plain_decimal(value),
            currency=atom.code, currency_assumed=atom.assumed and atom.code is not None,
            qualifier=qualifier, vague=number.vague, basis=atom.basis,
        )  # fmt: skip
        i += 1


def find_money(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Iterator[Money]:
    """Yield every money mention in ``text``, in order.

    Never raises on content; mentions do not overlap (the same arbitration as ``extract``).

    Args:
        text: Any text.
        reference_date: As for ``extract`` (accepted by every ``find_*``; money reads none).
        prefer_dates_from: As for ``extract``.
        ton: As for ``extract``.
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type (at the call).
        ValueError: An option is outside its accepted values.

    >>> [(m.text, m.amount, m.currency, m.per) for m in find_money("rose 43% to $2,655 per ton")]
    [('$2,655 per ton', Decimal('2655'), 'USD', 't')]
    >>> [(m.text, m.amount, m.currency) for m in find_money("a loss of 5.3 mln dlrs and 10 mln stg")]
    [('5.3 mln dlrs', Decimal('5300000'), 'USD'), ('10 mln stg', Decimal('10000000'), 'GBP')]
    """
    return find_all(
        text,
        _money_in,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
    )


#: ``parse_money``: only a hedge before the amount, nothing after.
_POLICY: Final[Policy[Money]] = Policy(
    kind="money", noun="amount", plural="amounts", missing="no amount of money found"
)


def parse_money(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Money:
    """Read a whole string as one money mention.

    Only a hedge may stand before the amount ("about $5 billion"), and nothing after it.

    Args:
        text: For example ``"$1.7 billion"`` or ``"Rs 4,500 crore"``.
        reference_date: As for ``extract`` (accepted by every ``parse_*``; amounts read none).
        prefer_dates_from: As for ``extract``.
        ton: As for ``extract``.
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Returns:
        The ``Money`` it denotes (offsets relative to ``text``).

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type.
        ValueError: An option is outside its accepted values.
        ParseError: ``text`` is not exactly one amount of money.

    >>> parse_money("Rs 4,500 crore").amount
    Decimal('45000000000')
    >>> parse_money("about 15%")
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read 'about 15%' as money: no amount of money found
    >>> parse_money("$5 billion was spent")
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read '$5 billion was spent' as money: read '$5 billion' as 5000000000 USD, then found text besides the amount: 'was spent' after it
    """  # noqa: E501 - a doctest's output is one line
    return parse_whole(
        text,
        _money_in,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
        _POLICY,
    )
