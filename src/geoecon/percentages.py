"""Percentages: percent, percentage points and basis points.

A percentage is a number from the shared reader followed by ``%``, ``percent``,
``per cent`` or ``pct``; ``percentage points``, ``pct points``, ``ppt`` or
``points`` (when the sentence is about a rate) give percentage points;
``basis points``, ``bps`` or ``bp`` give basis points. Ranges share their unit
("10%-25%", "4.5 to 4.75 per cent"), hedges are kept as a qualifier outside the
span, and "half a percent" is 0.5. "Doubled" or "half" alone are not percentages.

>>> [(p.text, p.value, p.unit.value) for p in find_percentages("rates rose 1.5 percentage points to 4%")]
[('1.5 percentage points', Decimal('1.5'), 'percentage_point'), ('4%', Decimal('4'), 'percent')]
>>> p = parse_percentage("10%-25%")
>>> p.low, p.high
(Decimal('10'), Decimal('25'))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal

import regex

from geoecon._contract import find_all, options_from
from geoecon._doc import Doc
from geoecon._evidence import INDEX_CUES, POINTS_REACH, RATE_CUES, may_hold_chrome
from geoecon._mention import Basis, Mention, Percentage, PercentUnit
from geoecon._qualifiers import qualifier_before
from geoecon._strict import Policy, parse_whole
from geoecon._text import fold_spaces, match_near_ascii, next_char
from geoecon.numerals import Number, combine_range, plain_decimal

if TYPE_CHECKING:
    from geoecon._doc import Doc
    from geoecon.options import Options
from geoecon._ranges import RangeSyntax, is_change

__all__ = ["find_percentages", "parse_percentage"]

_UNIT: Final = regex.compile(
    r"""(?:[ \t]?-?[ \t]?|[ \t]?\n(?=percent|per[ \t-]?cent|pct))(?:
        (?P<pp>percentage[ \t-]+points?|(?:pct|%|per[ \t-]?cent|percent)[ \t]+points?|ppts?|pp)(?![\w])
      | (?P<bp>basis[ \t-]+points?|bps|bp|bpts)(?![\w])
      | (?P<pc>%(?![0-9A-Fa-f]{2})
             |(?:percents?|percentage|per[ \t-]?cent|pct|pc)(?![\w]))
      | (?P<points>points?)(?![\w])
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Speed: ``_UNIT`` in the standard engine, for ASCII stretches (cheaper per call); there
# both engines ignore case alike.
_UNIT_ASCII: Final = re.compile(_UNIT.pattern, re.VERBOSE | re.IGNORECASE)
_UNIT_INITIALS: Final = frozenset("%pPbB")
# What a match of ``_UNIT`` opens with after its gap, lower-cased (pct, ppt, bps: prefixes).
_UNIT_OPENINGS: Final = (
    "%",
    "pc",
    "pp",
    "percent",
    "per cent",
    "per-cent",
    "per\tcent",
    "basis",
    "bp",
    "point",
)
# Run on the lower-cased text. Each branch opens with its literal letter and checks the
# word boundary after it, so that the engine skips ahead to an "h", "a" or "t".
_FRACTION: Final = re.compile(
    r"(?P<f>h(?<![\w]h)alf|a(?<![\w]a)[ \t]quarter|t(?<![\w]t)hree[ \t]quarters|a(?<![\w]a)[ \t]third)"
    r"[ \t](?:of[ \t])?(?:a|one)[ \t]"
    r"(?:(?P<pp>percentage[ \t]point)|(?P<bp>basis[ \t]point)|(?P<pc>percent|per[ \t]cent))(?![\w])"
)
# On the lower-cased text, literal first (see ``_FRACTION``).
_REVERSED: Final = re.compile(r"p(?<![\w]p)er(?:cents?|[ \t]cent)[ \t]+of[ \t]+")
_FRACTIONS: Final = {"half": Decimal("0.5"), "a quarter": Decimal("0.25"), "three quarters": Decimal("0.75")}
#: "10%-25%", "4.5 to 4.75 per cent", "between 4% and 5%" (no "through", no hedge after "to").
_RANGES: Final = RangeSyntax(("-", "to", "and"))
_MINUS: Final = regex.compile(r"(?<![\w])minus[ \t]+", regex.IGNORECASE | regex.REVERSE)


def _may_open_unit(doc: Doc, end: int) -> bool:
    """False when no percent unit can open at ``end``: ``_unit_after`` is then None.

    The unit opens with "%", "p" or "b" after at most " - ": one look rules out most
    numbers. Then an ASCII word that opens no unit ("5 per share", "5 billion pesos") is
    ruled out by its first letters (the pattern folds case as Unicode does; other text
    runs it).
    """
    if next_char(doc.norm, end, _GAP_CHARS, 12) not in _UNIT_INITIALS:
        return False
    head = doc.lower[end : end + 28].lstrip(_GAP_CHARS)
    return not head.isascii() or head.startswith(_UNIT_OPENINGS)


def _opening_at() -> re.Pattern[str]:
    """The first character of each ``_UNIT_OPENINGS`` word, with the rest as a lookahead.

    A match is one character long, so ``finditer`` finds every place an opening
    starts, overlapping ones included.
    """
    rests: dict[str, list[str]] = {}
    for opening in _UNIT_OPENINGS:
        rests.setdefault(opening[0], []).append(re.escape(opening[1:]))
    return re.compile(
        "|".join(re.escape(c) if "" in r else f"{re.escape(c)}(?={'|'.join(r)})" for c, r in rests.items())
    )


_OPENING_AT: Final = _opening_at()
# A unit may open after " - " or on the next line ("rose 21\npercent": a wrapped line), but not
# on an indented one, where a paragraph opens (as in ``_measure._GAP``).
_GAP_CHARS: Final = " \t-\n"


def _opens(doc: Doc) -> list[bool]:
    """``_may_open_unit`` after each number of ``doc.numbers``.

    Speed: in ASCII text dense with numbers (``Doc.dense``), the offsets where a unit
    may open (each opening found in one scan of ``Doc.lower``, and the up to three
    spaces, tabs or hyphens before it) are a set: one lookup per number. In other text
    the character right after most numbers is no space, tab or hyphen, and is the one
    ``next_char`` would return: it is read in place. (The scan costs more than that on
    newswire.)
    """
    norm = doc.norm
    numbers = doc.numbers
    if norm.isascii() and doc.dense:
        lower = doc.lower
        gates: set[int] = set()
        for opening in _OPENING_AT.finditer(lower):
            at = opening.start()
            gates.add(at)
            for before in range(at - 1, max(-1, at - 12), -1):
                if lower[before] not in _GAP_CHARS:
                    break
                gates.add(before)
        return [number.end in gates for number in numbers] if gates else [False] * len(numbers)
    opens: list[bool] = []
    for number in numbers:
        end = number.end
        after = norm[end : end + 1]
        if after == " ":
            # Speed: past one space, the character that ``next_char`` would read next
            after = norm[end + 1 : end + 2]
        if after and after not in _GAP_CHARS and after not in _UNIT_INITIALS:
            opens.append(False)
        else:
            opens.append(_may_open_unit(doc, end))
    return opens


_SHARED_UNIT_LEAD: Final = re.compile(r"(?:between|from)\s+$")


def _shares_unit(doc: Doc, number: Number) -> bool:
    """Whether a bare number before "and N percent" is a percentage of its own ("1.8 and 4.2 percent").

    Not a number in words, a year ("in 1987 and two per cent"), a part of a name ("M-1 and
    five pct") or the first end of a range whose "between" a line end parts from it.
    """
    if number.words or number.value is None or number.sign:
        return False
    before = doc.lower[max(0, number.start - 12) : number.start]
    if before[-1:] in {"-", "/", "."} or before[-1:].isalnum() or _SHARED_UNIT_LEAD.search(before):
        return False
    return not (len(number.text) == 4 and number.text.isdigit() and 1800 <= number.value <= 2100)


def _basis_points_before(doc: Doc, position: int) -> tuple[int, int] | None:
    """The span of "basis point(s)" earlier in the sentence holding ``position``, if any.

    Read at most ``POINTS_REACH.before`` characters back, so that a long run of "points"
    stays linear.
    """
    sentence = doc.evidence.sentence(position)
    if sentence is None:
        return None
    at = doc.lower.rfind("basis point", max(sentence[0], position - POINTS_REACH.before), position)
    if at < 0:
        return None
    end = at + len("basis point")
    return at, end + 1 if doc.lower[end : end + 1] == "s" else end


def _unit_after(doc: Doc, number: Number) -> tuple[PercentUnit, int, tuple[Basis, ...]] | None:
    """The percent unit right after a number, the offset where it ends, and why (when from context)."""
    if not _may_open_unit(doc, number.end):
        return None
    match = match_near_ascii(_UNIT, _UNIT_ASCII, doc.norm, number.end)
    if match is None or number.vague or number.value is None:
        return None
    if match.group("pc") and match.group("pc").lower() == "pc" and number.words:
        return None
    if doc.in_url(number.start):
        return None
    if match.group("pp"):
        return PercentUnit.PERCENTAGE_POINT, match.end(), ()
    if match.group("bp"):
        return PercentUnit.BASIS_POINT, match.end(), ()
    if match.group("pc"):
        return PercentUnit.PERCENT, match.end(), ()
    # "points" alone: a change of a rate, not of a stock index or a score.
    if (
        number.words
        and doc.lower[match.end() - 5 : match.end()] == "point"
        and (doc.lower.endswith("at ", 0, number.start) or "-" in doc.lower[number.end : match.end()])
    ):
        return None  # "at one point", "a three-point shot"; not "a wage rise one point above"
    basis_points = _basis_points_before(doc, number.start)
    if basis_points is not None:
        # "by 25 basis points to 6.31%, Australia, by 25 points to 3.5%": the same unit
        return (
            PercentUnit.BASIS_POINT,
            match.end(),
            (Basis("percentage.points.basis_points_before", basis_points),),
        )
    low, high = POINTS_REACH.around(number.start, match.end())
    rates = doc.evidence.within(RATE_CUES, low, high, clipped=True)
    if rates and not doc.evidence.within(INDEX_CUES, low, high, clipped=True):
        cue = min(
            rates, key=lambda c: c.start - number.end if c.start >= number.end else number.start - c.end
        )
        return (
            PercentUnit.PERCENTAGE_POINT,
            match.end(),
            (Basis("percentage.points.rate_context", (cue.start, cue.end)),),
        )
    return None


# Every match of ``_FRACTION`` holds "cent" (percent, per cent, percentage point) or "basis",
# at most ``_FRACTION_LEAD`` characters after its start ("three quarters of one ") and
# ends within ``_FRACTION_TAIL`` after it (with the character its lookahead reads).
_FRACTION_CUES: Final = ("cent", "basis")
_FRACTION_LEAD: Final = 32
_FRACTION_TAIL: Final = 24


def _fraction_matches(lower: str) -> Iterator[re.Match[str]]:
    """``_FRACTION.finditer(lower)``, run only around the words that every match holds.

    The windows around each "cent" and "basis" are merged; a match lies whole within
    the window of the word it holds, so the matches are the same (the pattern opens
    with "a", "h" or "t", letters that ``re`` cannot skip, and the words are rare).
    """
    spots = sorted(i for cue in _FRACTION_CUES for i in _occurrences(lower, cue))
    start = end = -1
    for i in spots:
        if i - _FRACTION_LEAD > end:
            if end >= 0:
                yield from _FRACTION.finditer(lower, start, end)
            start = max(0, i - _FRACTION_LEAD)
        end = i + _FRACTION_TAIL
    if end >= 0:
        yield from _FRACTION.finditer(lower, start, end)


def _worded_matches(lower: str) -> tuple[Iterable[re.Match[str]], Iterable[re.Match[str]]]:
    """``_REVERSED.finditer(lower)`` and ``_FRACTION.finditer(lower)`` (as ``_fraction_matches``).

    Speed: every match of ``_REVERSED`` holds "cent", every match of ``_FRACTION`` "cent" or
    "basis" (``_FRACTION_CUES``): a text with neither word (most newswire writes "pct") is
    searched for them by ``str.__contains__``, not by the patterns.
    """
    cent = "cent" in lower
    return (
        _REVERSED.finditer(lower) if cent else (),
        _fraction_matches(lower) if cent or "basis" in lower else (),
    )


def _occurrences(text: str, word: str) -> Iterator[int]:
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _find(doc: Doc) -> Iterator[Percentage]:
    numbers = doc.numbers
    found: list[Percentage] = []
    # Speed: a number with no unit opening after it nor after the next number (the first
    # test of ``_unit_after``) is no percentage and opens no range: passed over at once.
    opens = _opens(doc)
    opens.append(False)
    i = 0
    while i < len(numbers):
        if not (opens[i] or opens[i + 1]):
            i += 1
            continue
        number = numbers[i]
        unit = _unit_after(doc, number)
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        # Ranges: "10%-25%", "10-25%", "4.5 to 4.75 per cent", "between 4% and 5%".
        if nxt is not None and number.value is not None and nxt.value is not None:
            word = _RANGES.separator_before(doc.norm, unit[1] if unit else number.end, nxt)
            second = _unit_after(doc, nxt) if word is not None else None
            if word is not None and second is not None and (unit is None or unit[0] == second[0]):
                join = _RANGES.join(doc.norm, word, number.start)
                bounds = combine_range(number, nxt)
                # "rose 5% to 6%", "rose from 3% to 3.25%": a change, two percentages;
                # "from 5% to 6%", "3% to 8%", "down 5 to 6%": one range.
                if (
                    join is not None
                    and bounds is not None
                    and (unit is None or not is_change(doc.norm, join))
                ):
                    start = join.start
                    low, high = bounds
                    found.append(
                        Percentage(
                            start=start, end=second[1], text=doc.raw[start : second[1]], value=None,
                            low=plain_decimal(low), high=plain_decimal(high), unit=second[0],
                            qualifier=qualifier_before(doc.norm, start), basis=second[2],
                        )
                    )  # fmt: skip
                    i += 2
                    continue
                if unit is None and word == "and" and join is None and _shares_unit(doc, number):
                    # "shipments and orders rose 1.8 and 4.2 percent": two, the unit written once
                    unit = (second[0], number.end, (Basis("percentage.unit.shared", (nxt.end, second[1])),))
        if unit is not None and number.value is not None:
            start, value = number.start, number.value
            if number.sign == "+":
                value = abs(value)
            minus = _MINUS.match(doc.norm, max(0, start - 8), start)
            if minus is not None:
                start, value = minus.start(), -value
            found.append(
                Percentage(
                    start=start, end=unit[1], text=doc.raw[start : unit[1]], value=plain_decimal(value),
                    unit=unit[0], qualifier=qualifier_before(doc.norm, start), basis=unit[2],
                )
            )  # fmt: skip
        i += 1
    reversed_matches, fraction_matches = _worded_matches(doc.lower)
    # "percent of 10", "per cent of twenty-two": the reversed order of some specs.
    for match in reversed_matches:
        nums = [n for n in numbers if n.start == match.end() and n.value is not None]
        if nums and not any(p.start < nums[0].end and match.start() < p.end for p in found):
            n = nums[0]
            found.append(
                Percentage(
                    start=match.start(), end=n.end, text=doc.raw[match.start() : n.end],
                    value=plain_decimal(n.value), unit=PercentUnit.PERCENT,  # type: ignore[arg-type]
                )
            )  # fmt: skip
    for match in fraction_matches:
        if any(p.start < match.end() and match.start() < p.end for p in found):
            continue
        unit_kind = (
            PercentUnit.PERCENTAGE_POINT
            if match.group("pp")
            else PercentUnit.BASIS_POINT
            if match.group("bp")
            else PercentUnit.PERCENT
        )
        fraction = _FRACTIONS.get(fold_spaces(match.group("f")), Decimal(1) / 3)
        found.append(
            Percentage(
                start=match.start(), end=match.end(), text=doc.raw[match.start() : match.end()],
                value=fraction, unit=unit_kind, qualifier=qualifier_before(doc.norm, match.start()),
            )
        )  # fmt: skip
    found.sort(key=lambda p: p.start)
    if found and may_hold_chrome(doc.norm) and doc.evidence.tickers:  # a site's header
        found = [p for p in found if not doc.evidence.in_ticker(p.start)]
    yield from found


def _scan(doc: Doc) -> list[Mention]:
    """Pipeline hook: every percentage mention in the document."""
    return list(_find(doc))


def find_percentages(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Iterator[Percentage]:
    """Yield every percentage, percentage-point and basis-point mention in ``text``, in order.

    Never raises on content; mentions do not overlap (the same arbitration as ``extract``).

    Args:
        text: Any text.
        reference_date: As for ``extract`` (accepted by every ``find_*``; percentages read none).
        prefer_dates_from: As for ``extract``.
        ton: As for ``extract``.
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type (at the call).
        ValueError: An option is outside its accepted values.

    >>> [(p.text, p.value, p.approx) for p in find_percentages("about 15% of imports, +11.9 percent")]
    [('15%', Decimal('15'), True), ('+11.9 percent', Decimal('11.9'), False)]
    >>> [(p.text, p.unit.value) for p in find_percentages("a cut of 50 basis points (50bps)")]
    [('50 basis points', 'basis_point'), ('50bps', 'basis_point')]
    >>> list(find_percentages("exports doubled; half the output"))
    []
    """
    return find_all(
        text,
        _find,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
    )


#: ``parse_percentage``: only a hedge before the percentage, nothing after.
_POLICY: Final[Policy[Percentage]] = Policy(
    kind="percentage", noun="percentage", plural="percentages", missing="no percentage found"
)


def parse_percentage(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Percentage:
    """Read a whole string as one percentage.

    Only a hedge may stand before the percentage ("about 15%"), and nothing after it.

    Args:
        text: For example ``"15%"``, ``"10%-25%"`` or ``"50 basis points"``.
        reference_date: As for ``extract`` (accepted by every ``parse_*``; percentages read none).
        prefer_dates_from: As for ``extract``.
        ton: As for ``extract``.
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Returns:
        The ``Percentage`` it denotes (offsets relative to ``text``).

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type.
        ValueError: An option is outside its accepted values.
        ParseError: ``text`` is not exactly one percentage.

    >>> parse_percentage("half a percent").value
    Decimal('0.5')
    >>> parse_percentage("up 4% and 5%")
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read 'up 4% and 5%' as percentage: 2 percentages found, expected one
    """
    return parse_whole(
        text,
        _find,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
        _POLICY,
    )
