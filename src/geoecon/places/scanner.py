"""The place scanner: capitalised runs read against the gazetteer, and the rules that accept a match.

A run of capitalised words ("Bank of China", "KINSHASA") is read left to right, longest key
first (up to six words), with the parts of hyphenated compounds ("U.S.-Ukraine",
"Melbourne-based") and a few lowercase forms ("stateside") beside the runs. A match is kept when
its context allows: not inside a proper name ("Air China", "Bank of China", "Mr. Jordan"), an
ordinary word only in a locative context ("in Nice"), an ALL-CAPS word only in a dateline or a
caps headline. Then what is never a place is left out: organisations ("OPEC", "Swiss National
Bank"), the names of bylines and credit lines ("By Jordan Hill", "Photo: Georgia Banks"), and page
chrome ("Home | World | Russia"). The words these rules read are in
``geoecon._tables.place_words``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

import attrs
import regex

from geoecon._mention import Basis, PlaceType
from geoecon._tables.place_words import (
    BIRD_AFTER,
    BIRD_HOMONYMS,
    CHROME_SEPARATORS,
    COMPASS_WORDS,
    CONNECTORS,
    CREDIT_LEADS,
    CURRENCY_WORDS,
    DC_SUFFIXES,
    GENERIC_FOLLOWERS,
    HEADLINE_SMALL_WORDS,
    LANGUAGE_AFTER,
    LOCATIVES,
    NEEDS_THE,
    NOT_PLACES,
    OK_BEFORE,
    ORG_HEADS,
    ORG_PREFIXES,
    ORG_TAILS,
    PERSON_TITLES,
    REGIONAL_DEMONYMS,
    RUN_CONNECTORS,
    SAFE_ABBREVIATIONS,
    SPLIT_PREFIXES,
)
from geoecon._text import match_near
from geoecon.places.gazetteer import Entry, gazetteer

if TYPE_CHECKING:
    from geoecon._doc import Doc

__all__ = ["Candidate", "Scanner"]

#: Longest gazetteer key, in words.
_MAX_WORDS: Final = 6
#: Most words read after a place for an organisation's last word ("Abu Dhabi National Oil Co.").
_MAX_TAIL: Final = 4

# A run of capitalised words, joined by single spaces and at most three short
# lowercase connectors ("Bank of China", "Trinidad and Tobago"). Every
# repetition starts with a space, then a fixed connector set or an uppercase
# letter, so there is one way to match and the scan is linear.
_RUN_CONNECTORS: Final = "|".join(RUN_CONNECTORS)
_RUN: Final = regex.compile(
    r"(?<![\w.'])\p{Lu}[\w'.-]*"
    rf"(?:[ ](?:(?:{_RUN_CONNECTORS})[ ]){{0,3}}(?:d')?\p{{Lu}}[\w'.-]*)*"
)
# Speed: ``_RUN`` for ASCII text (the usual newswire), run by ``re`` in about half the
# instructions. On ASCII, ``\p{Lu}`` is ``[A-Z]`` and ``\w`` is ``[A-Za-z0-9_]`` in both
# engines, and both backtrack alike, so the matches are the same. The pattern opens
# with the letter, not the look-behind, so that ``re`` skips in C to the next capital;
# the look-behind, moved after the letter, then tests the same character before it.
_RUN_ASCII: Final = re.compile(
    r"[A-Z](?<![\w.'][A-Z])[\w'.-]*"
    rf"(?:[ ](?:(?:{_RUN_CONNECTORS})[ ]){{0,3}}(?:d')?[A-Z][\w'.-]*)*",
    re.ASCII,
)
_WORD: Final = regex.compile(r"[\w'.-]+")
_ASCII_LETTERS: Final = re.compile("[A-Za-z]+")
_BYLINE_LEAD: Final = re.compile("By ")
_BY: Final = re.compile("by")
# A credit line's names: capitalised words joined by spaces, "and", "&", commas or slashes, after
# a credit lead ("Reporting by Chad Bray and Georgia Paris"; "Photo: Jordan Kenya/Reuters"). Each
# repetition starts with a fixed separator then an uppercase letter: one way to match, linear.
# Matched only where ``str.find`` has found a lead (a pattern scanning for the leads costs more).
_NAME: Final = r"\p{Lu}(?:[\w'-]*|\.)"  # a word, or an initial ("J."): a period ends the names
_CREDIT_NAMES: Final = regex.compile(rf"[ \t]+{_NAME}(?:(?:[ \t]+|[ \t]*(?:,|/|&|\band\b)[ \t]*){_NAME})*")
# A byline: "By" opening a line, then names to the line's end or to a dash, comma, bar or
# bracket ("By Elena Kosolapova – Trend:"); "By Friday Germany had ..." is no byline.
_BYLINE_NAMES: Final = regex.compile(
    rf"[ \t]+{_NAME}(?:(?:[ \t]+|[ \t]*(?:,|&|\band\b)[ \t]*){_NAME})*(?=[ \t]*(?:$|[-–—|(,\n]))"
)
#: A demonym after "in" and before a closing mark names a language ("link in Chinese)").
_LANGUAGE_CLOSE: Final = tuple(").,;:]")


def _never() -> bool:
    return False


def _always() -> bool:
    return True


@attrs.frozen
class Candidate:
    """A matched surface and its readings (best first); ``reading`` is the one the text means.

    The scanner leaves ``reading`` at 0; ``homonyms.choose_readings`` may pick another, and
    records why in ``basis``.
    """

    start: int
    end: int
    readings: tuple[Entry, ...]
    reading: int = 0
    basis: tuple[Basis, ...] = ()


class Scanner:
    """One pass over one text: ``Scanner(doc).scan()`` proposes its place candidates.

    ``persons`` collects the surfaces read as a person's name ("Mr. Jordan"), which are then
    not places anywhere in the text.
    """

    __slots__ = ("_ascii", "_caps", "_headline", "_line", "doc", "found", "gaz", "persons", "text")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.norm
        self._ascii = self.text.isascii()
        self.gaz = gazetteer()
        self.found: list[Candidate] = []
        self.persons: set[str] = set()
        self._headline: dict[int, bool] = {}
        self._caps: dict[int, bool] = {}
        self._line: tuple[int, int] = (1, 0)  # the last line found; empty at first

    # -- context helpers --------------------------------------------------------------------
    def _line_bounds(self, pos: int) -> tuple[int, int]:
        # Speed: the last line found is kept; the scan asks about positions left to right,
        # so a long line is searched once rather than once per question (quadratic before).
        # A line [start, end) holds no newline, so it is the answer for any start <= pos <= end.
        line = self._line
        if line[0] <= pos <= line[1]:
            return line
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        line = self._line = (start, len(self.text) if end < 0 else end)
        return line

    def _headline_mode(self, pos: int) -> bool:
        """True when the line is in Title Case or ALL CAPS (a headline)."""
        start, end = self._line_bounds(pos)
        cached = self._headline.get(start)
        if cached is None:
            words = [w for w in _WORD.findall(self.text, start, end) if w[0].isalpha()]
            caps = sum(1 for w in words if w[0].isupper())
            small = sum(1 for w in words if w in HEADLINE_SMALL_WORDS)
            ends_sentence = self.text[start:end].rstrip(" \"'").endswith((".", "?", "!"))
            cached = not ends_sentence and len(words) >= 4 and caps >= 0.8 * (len(words) - small)
            self._headline[start] = cached
        return cached

    def _sentence_initial(self, pos: int) -> bool:
        before = self.text[max(0, pos - 40) : pos].rstrip(" \t\"'([-")
        return not before or before[-1] in ".!?:;\n"

    def _word_before(self, pos: int) -> str:
        """The word right before ``pos`` (lowercase words included), else ""."""
        i = pos
        while i > 0 and self.text[i - 1] == " ":
            i -= 1
        j = i
        while j > 0 and (self.text[j - 1].isalnum() or self.text[j - 1] in ".'"):
            j -= 1
        return self.text[j:i]

    def _word_after(self, pos: int) -> str:
        """The letters right after ``pos``, past one space or hyphen ("" when none)."""
        text = self.text
        i = pos
        if i < len(text) and text[i] in " -":
            i += 1
        if self._ascii:
            # Speed: on ASCII text a letter is ``[A-Za-z]`` (what ``str.isalpha`` accepts there),
            # matched in C rather than a character at a time.
            m = _ASCII_LETTERS.match(text, i)
            return m.group() if m is not None else ""
        j = i
        while j < len(text) and text[j].isalpha():
            j += 1
        return text[i:j]

    # -- scanning ----------------------------------------------------------------------------
    def scan(self) -> list[Candidate]:
        """Every place candidate of the text, in the order found; each reads as its best reading.

        Which reading of a homonym the text means is left to ``homonyms.choose_readings``.
        """
        first_words = self.gaz.first_words
        entries = self.gaz.entries
        scan_run = self._scan_run
        text = self.text
        for run in _RUN_ASCII.finditer(text) if self._ascii else _RUN.finditer(text):
            word = run.group()
            if " " not in word and "-" not in word and not word.isupper():
                # Speed: one word without a hyphen is read only by a lookup of that word, and,
                # as it is not ALL CAPS, only a form in the table ("The") can match it.
                readings = entries.get(word)
                if readings is not None:
                    # Speed: ``_scan_run`` would find the word itself as the key (``Gazetteer.lookup``
                    # tries it first; no caps test), so its match is read here as
                    # ``_scan_tokens`` reads it, without the calls that find it. That loop
                    # skips a word whose first letter ``str.isupper`` denies, so this does too.
                    if word[:1].isupper():
                        start = run.start()
                        self._take([word], [start], 0, (0, start + len(word), readings))
                    continue
                if not word.endswith(("'s", "s'", ".")):
                    continue  # the common case: one capitalised word that names no place
                plain = word.rstrip(".").removesuffix("'s").rstrip("'")
                if word not in first_words and plain not in first_words:
                    continue
            scan_run(run.start(), word)
        return self._settle()

    def _settle(self) -> list[Candidate]:
        """After the runs: lowercase forms, then persons left out (found anywhere in the text).

        Then what is not a place wherever it stands: organisations (``NOT_PLACES``), the names
        of credit lines and bylines, and page chrome (menus, tickers).
        """
        self._add_lowercase()
        text = self.text
        excluded = self.persons | NOT_PLACES
        found = [c for c in self.found if text[c.start : c.end] not in excluded]
        blocked = self._credits() + self._chrome()
        if blocked:
            blocked.sort()
            ends = list(itertools.accumulate((e for _, e in blocked), max))
            firsts = [s for s, _ in blocked]
            kept = []
            for c in found:
                k = bisect.bisect_right(firsts, c.start)  # blocked[:k] start at or before c
                if not (k and ends[k - 1] >= c.end):
                    kept.append(c)
            found = kept
        self.found = found
        return found

    def _credits(self) -> list[tuple[int, int]]:
        """The spans of the names in credit lines and bylines: persons, not places."""
        text = self.text
        spans: list[tuple[int, int]] = []
        # Speed: ``re`` finds a literal faster than ``str.find`` does (its prefix search).
        for by in _BYLINE_LEAD.finditer(text):
            i = by.start()
            line_start = text.rfind("\n", 0, i) + 1
            if not text[line_start:i].strip(" \t"):
                m = _BYLINE_NAMES.match(text, i + 2)
                if m is not None:
                    spans.append(m.span())
        # Speed: every lead ends in "by" or ":", so only those are searched for (two passes, not
        # one per lead), and the words before each are compared with the leads.
        colons: list[int] = []
        i = text.find(":")  # Speed: one character, found by ``memchr``
        while i >= 0:
            colons.append(i + 1)
            i = text.find(":", i + 1)
        for end in itertools.chain((by.end() for by in _BY.finditer(text)), colons):
            # Speed: names open with a blank then a capital; "by the", "by 1.5" are passed
            # over before the leads are compared (a lowercase letter or a digit is no capital).
            after = text[end + 1 : end + 2]
            if ("a" <= after <= "z" or "0" <= after <= "9") and text[end : end + 1] in " \t":
                continue
            if text.endswith(CREDIT_LEADS, 0, end):
                m = _CREDIT_NAMES.match(text, end)
                if m is not None:
                    spans.append(m.span())
        return spans

    def _chrome(self) -> list[tuple[int, int]]:
        """The lines of page chrome: three or more short items between separators ("Home | World")."""
        text = self.text
        # Speed: ASCII text (the usual newswire) can hold only the bar; a scan with a character
        # class costs far more than a few ``in`` tests.
        if "|" not in text and (text.isascii() or not any(sep in text for sep in CHROME_SEPARATORS)):
            return []
        spans: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            items = [line]
            for sep in CHROME_SEPARATORS:
                if sep in line:
                    items = [part for item in items for part in item.split(sep)]
            items = [item.strip() for item in items if item.strip()]
            if len(items) >= 3 and all(len(item.split()) <= 4 for item in items):
                spans.append((start, start + len(line)))
        return spans

    def _add_lowercase(self) -> None:
        """Add the lowercase forms ("stateside") that overlap no candidate found so far.

        Speed: the overlap test is a binary search, not a pass over every candidate
        (quadratic on "the States " * 50_000). The matches never overlap one another, so
        only the candidates of the runs, found before, can overlap one: those starting
        before the match's end, the furthest end among which must pass its start.
        """
        ordered: list[Candidate] | None = None
        starts: list[int] = []
        reach: list[int] = []  # reach[k]: the furthest end among ordered[: k + 1]
        for m in self.gaz.lowercase_matches(self.text):
            if ordered is None:
                ordered = sorted(self.found, key=lambda c: c.start)
                starts = [c.start for c in ordered]
                reach = list(itertools.accumulate((c.end for c in ordered), max))
            k = bisect.bisect_left(starts, m.end())  # ordered[:k] start before the match ends
            if not (k and reach[k - 1] > m.start()):
                self.found.append(Candidate(m.start(), m.end(), self.gaz.entries[m.group()]))

    def _caps_ok(self, start: int, end: int, words: list[str]) -> bool:
        """ALL-CAPS words are read in datelines and in caps headlines."""
        text = self.text
        line_start, _ = self._line_bounds(start)
        # Speed: the line's start is copied and stripped only when its first and last
        # characters are blank, as they are when all of it is (mid-line words rarely are).
        at_line_start = start == line_start or (
            text[line_start] in " -" and text[start - 1] in " -" and not text[line_start:start].strip(" -")
        )
        if at_line_start and (text.startswith((",", " (", " -", "\n", ":"), end) or end == len(text)):
            return True
        if len(words) >= 2 and all(w.isupper() for w in words):
            return True
        return self._caps_line(start)

    def _caps_line(self, pos: int) -> bool:
        start, end = self._line_bounds(pos)
        cached = self._caps.get(start)
        if cached is None:
            line = self.text[start:end]
            # Speed: counted in C with map (True == 1); once per line, cached.
            upper = sum(map(str.isupper, line))
            lower = sum(map(str.islower, line))
            cached = upper >= 12 and upper >= 9 * lower
            self._caps[start] = cached
        return cached

    def _scan_run(self, start: int, run: str) -> None:
        # Speed: a run is words joined by single spaces (see _RUN), so splitting its text on
        # " " gives the tokens without a regex pass; ``starts`` holds their offsets.
        words = run.split(" ")
        if len(words) == 1:
            self._scan_tokens(words, [start])
            return
        starts = []
        for word in words:
            starts.append(start)
            start += len(word) + 1
        # A word ending a sentence ends the run ("in Africa. The book"), unless the
        # period belongs to it ("U.S.", "St.", "Mr.").
        cut = 0
        for k in range(len(words) - 1):
            word = words[k]
            if word.endswith(".") and not self._keeps_period(word):
                self._scan_tokens(words[cut : k + 1], starts[cut : k + 1])
                cut = k + 1
        if cut:
            self._scan_tokens(words[cut:], starts[cut:])
        else:
            self._scan_tokens(words, starts)

    def _keeps_period(self, word: str) -> bool:
        """True for abbreviations whose period is part of the word ("U.S.", "Gov.")."""
        return word in self.gaz.entries or (
            len(word) <= 5
            and word[:-1].replace(".", "").isalpha()
            and (word.count(".") > 1 or word in PERSON_TITLES or word in OK_BEFORE or word in ORG_PREFIXES)
        )

    def _scan_tokens(self, words: list[str], starts: list[int]) -> None:
        """Read the words of one run (``starts`` are their offsets) left to right."""
        n = len(words)
        memo: list[bool] = []

        def caps_ok() -> bool:
            # Speed: worked out on first use (a pure function of the text), as most runs never ask.
            if not memo:
                end = starts[-1] + len(words[-1])
                memo.append(any(w.isupper() for w in words) and self._caps_ok(starts[0], end, words))
            return memo[0]

        first_words = self.gaz.first_words
        i = 0
        while i < n:
            word = words[i]
            if word in CONNECTORS or not word[:1].isupper():  # "d'Ivoire" never starts a name
                i += 1
                continue
            # Speed: ``_may_open`` asked here, before the call (most words open no key).
            if word in first_words or self._may_open(word, caps_ok):
                match = self._longest(words, starts, i, caps_ok)
            else:
                match = None
            if match is None:
                if "-" in word:
                    self._scan_hyphenated(starts[i], starts[i] + len(word), caps_ok)
                i += 1
                continue
            self._take(words, starts, i, match)
            i = match[0] + 1

    def _take(
        self, words: list[str], starts: list[int], i: int, match: tuple[int, int, tuple[Entry, ...]]
    ) -> None:
        """Keep the place that ``match`` reads from ``words[i]`` on, when ``_accept`` allows it."""
        if i and words[i] in REGIONAL_DEMONYMS and words[i - 1].capitalize() in COMPASS_WORDS:
            region = self._regional(words[i - 1], words[i])
            if region is not None and not self._org_tail(words, i):
                self.found.append(Candidate(starts[i - 1], match[1], (region,)))
                return
        if self._accept(words, starts, i, match):
            _, key_end, readings = match
            self.found.append(Candidate(starts[i], self._extend_dc(key_end, readings), readings))

    def _regional(self, compass: str, demonym: str) -> Entry | None:
        """The region "West African" names ("West Africa"), as a demonym; ``None`` when none is known."""
        readings = self.gaz.entries.get(f"{compass.capitalize()} {REGIONAL_DEMONYMS[demonym]}")
        if readings is None or readings[0].type not in (PlaceType.REGION, PlaceType.CONTINENT):
            return None
        return attrs.evolve(readings[0], demonym=True)

    def _longest(
        self, words: list[str], starts: list[int], i: int, caps_ok: Callable[[], bool]
    ) -> tuple[int, int, tuple[Entry, ...]] | None:
        """The longest key read from ``words[i]`` on (which ``_may_open``): its last word, end, readings."""
        first = words[i]
        # Speed: only as many words as the longest key starting with ``first`` are tried.
        # A key of words i..j starts with ``first`` verbatim when j > i, and its forms
        # ("'s" or a period dropped) keep its word count, so longer keys cannot match.
        last = min(len(words), i + min(_MAX_WORDS, self.gaz.max_words.get(first, 1))) - 1
        start = starts[i]
        for j in range(last, i - 1, -1):
            if j > i and words[j] in CONNECTORS:
                continue
            if j > i and "-" in words[j]:
                # "San Jose-based": the key may end at the hyphen of a compound's last word.
                head = words[j].split("-", 1)[0]
                hit = self.gaz.lookup(self.text[start : starts[j] + len(head)], caps_ok)
                if hit is not None:
                    form, readings = hit
                    return j, start + len(form), readings
            hit = self.gaz.lookup(self.text[start : starts[j] + len(words[j])], caps_ok)
            if hit is not None:
                form, readings = hit
                return j, start + len(form), readings
        return None

    def _may_open(self, first: str, caps_ok: Callable[[], bool]) -> bool:
        """Whether a key may open at ``first``: it bare (no period, no "'s") opens one, or caps allow."""
        return first.rstrip(".").removesuffix("'s").rstrip("'") in self.gaz.first_words or (
            first.isupper() and self._caps_may_match(first) and caps_ok()
        )

    def _caps_may_match(self, first: str) -> bool:
        """False when no key starting with ALL-CAPS ``first`` can match, however caps are read.

        Speed: ``caps_ok()`` is then never worked out ("I", "NOTE", "SEC"). This is asked
        only of a ``first`` that starts no key of the table, so a longer key can only be
        one of ``upper`` (its first word is then in ``max_words``), and ``first`` alone
        only what ``Gazetteer.lookup`` finds when caps are allowed.
        """
        return first in self.gaz.max_words or self.gaz.lookup(first, _always) is not None

    def _scan_hyphenated(self, start: int, end: int, caps_ok: Callable[[], bool]) -> None:
        """Read the parts of "U.S.-Ukraine" or "Melbourne-based"."""
        pos = start
        parts = self.text[start:end].split("-")
        for k, part in enumerate(parts):
            p_start, p_end = pos, pos + len(part)
            pos = p_end + 1
            if not part[:1].isupper() or (k and parts[k - 1] in SPLIT_PREFIXES):
                continue
            if k + 1 < len(parts) and parts[k + 1].lower() in CURRENCY_WORDS:
                continue  # "a 2-billion-U.S.-dollar facility": the currency's name
            hit = self.gaz.lookup(part, caps_ok)
            if hit is None:
                continue
            form, readings = hit
            if readings[0].word or readings[0].abbr:
                continue
            self.found.append(Candidate(p_start, p_start + len(form), readings))

    def _extend_dc(self, end: int, readings: tuple[Entry, ...]) -> int:
        if readings[0].name == "Washington, D.C.":
            for suffix in DC_SUFFIXES:
                if self.text.startswith(suffix, end):
                    return end + len(suffix)
        return end

    def _accept(
        self,
        words: list[str],
        starts: list[int],
        i: int,
        match: tuple[int, int, tuple[Entry, ...]],
    ) -> bool:
        j, key_end, readings = match
        best = readings[0]
        start = starts[i]
        surface = self.text[start:key_end]
        prev = words[i - 1] if i > 0 else ""
        nxt = words[j + 1] if j + 1 < len(words) else ""
        end_j = starts[j] + len(words[j])
        if key_end < end_j and self.text[key_end] == "-":
            nxt = ""  # "San Jose-based Adobe": the compound modifies the next word
        if best.abbr:
            comma = self.text[max(0, start - 2) : start] == ", "
            return comma or surface in SAFE_ABBREVIATIONS
        if best.word:
            locative = self._word_before(start) in LOCATIVES and not prev
            comma_region = self.text.startswith(", ", key_end) and self._region_follows(key_end + 2)
            if not (locative or comma_region):
                return False
        if key_end == end_j or self.text[key_end] in ".'":
            after_word = self._word_after(end_j)
            if after_word in CURRENCY_WORDS:
                return False
            if best.demonym and after_word in LANGUAGE_AFTER:
                return False
            if (
                best.demonym
                and not prev
                and self.text.startswith(_LANGUAGE_CLOSE, key_end)
                and self._word_before(start) == "in"
            ):
                return False  # "(link in Chinese)": the language
            if surface in BIRD_HOMONYMS and after_word in BIRD_AFTER:
                return False
        # Speed: the word before is read only where it is needed (a pure function of the text).
        if surface in NEEDS_THE and not (self._word_before(start).lower() == "the" and not prev):
            return False
        # Words before the match, inside the run.
        if prev:
            if prev in CONNECTORS:
                if prev == "of" and any(w.rstrip(".,") in ORG_HEADS for w in words[:i]):
                    return False
            elif prev in PERSON_TITLES:
                self.persons.add(surface)
                return False
            elif prev in ORG_PREFIXES:
                return False
            elif (
                prev not in OK_BEFORE
                and prev.rstrip(".") not in OK_BEFORE
                and not self.gaz.is_place_word(prev)
                and not prev.isupper()
                and not self._headline_mode(start)
            ):
                if (
                    i == j
                    and j == len(words) - 1
                    and not best.demonym
                    and prev.isalpha()
                    and best.type is not PlaceType.COUNTRY
                ):
                    self.persons.add(surface)
                return False
        # Words after the match, inside the run.
        # "India's Tata Steel": whose, a place; not in a quoted title ("... Federation's Harmful Acts").
        possessive = self.text.startswith("'", key_end) and not self.text.startswith(
            '"', starts[-1] + len(words[-1])
        )
        if nxt and not possessive and self._org_tail(words, j) and not (surface.isupper() or "." in surface):
            return False  # "Swiss National Bank", "Caspian Energy News": a name's first word
        if nxt and nxt not in CONNECTORS and not possessive:
            bare = nxt.split("-")[0].removesuffix("'s").rstrip(".,'")
            if (
                bare not in GENERIC_FOLLOWERS
                and bare not in OK_BEFORE
                and not self.gaz.is_place_word(nxt)
                and not nxt.isupper()
                and not self._headline_mode(start)
            ):
                return False
        # Speed: the flag first; the sentence test reads the text (both are pure).
        return not (best.word and self._sentence_initial(start))

    @staticmethod
    def _org_tail(words: list[str], j: int) -> bool:
        """True when the words after ``words[j]``, to a connector or a comma, end an organisation's name."""
        last = ""
        for word in words[j + 1 : j + 1 + _MAX_TAIL]:  # bounded: linear on a long run of names
            if word in CONNECTORS:
                break
            last = word.rstrip(",")
            if word.endswith(","):
                break
        return last in ORG_TAILS

    def _region_follows(self, pos: int) -> bool:
        m = match_near(_RUN, self.text, pos)
        if m is None:
            return False
        first = m.group().split(" ")[0].rstrip(".,")
        return (
            self.gaz.lookup(first, caps_ok=_never) is not None or m.group().rstrip(".,") in self.gaz.entries
        )
