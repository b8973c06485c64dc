"""The whole-string policy of every ``parse_*``, written once.

A ``parse_*`` reads a whole string as exactly one mention of its kind:

* the kind's scanner, arbitrated as ``find_*`` arbitrates it, finds exactly one mention;
* before it stands nothing, or only a hedge ("about $5 billion", kept as the ``qualifier``)
  when the kind reads hedges;
* after it stands nothing, or a tail the kind allows ("2 million tons of aluminum": the
  ``of_what`` of a tonnage or a quantity, outside the span);
* else a ``ParseError`` says what was read: "no tonnage found", "2 percentages found,
  expected one", "read '$5 billion' as 5000000000 USD, then found text besides the amount:
  'was spent' after it".

A kind with more to say has three hooks in its ``Policy``: ``whole`` is asked first (a place:
the whole string looked up in the gazetteer), ``around`` replaces the hedge-and-tail rule (a
date: a few leading words such as "in" or "the end of", see ``words_around``), and
``fallback`` is asked when the reading fails (a date: dateparser).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import localcontext
from typing import TYPE_CHECKING, Final, Generic, Protocol, TypeVar

import attrs

from geoecon._arbitration import resolve_overlaps
from geoecon._doc import Doc
from geoecon._mention import Mention, Qualifier
from geoecon._qualifiers import qualifier_before
from geoecon._tables.qualifiers import QUALIFIERS
from geoecon._text import check_text, fold_spaces
from geoecon.errors import ParseError
from geoecon.numerals import CONTEXT

if TYPE_CHECKING:
    import re

    import regex

    from geoecon.options import Options

__all__ = ["Policy", "nothing_after", "of_what_after", "parse_whole", "reading", "words_around"]

M = TypeVar("M", bound=Mention)


class _Measured(Protocol):
    @property
    def of_what(self) -> str | None: ...


def nothing_after(tail: str, mention: Mention) -> bool:
    """No tail is allowed: the string ends with the mention.

    >>> nothing_after("was spent", None)
    False
    """
    del tail, mention
    return False


def of_what_after(tail: str, mention: _Measured) -> bool:
    """The tail may say what is measured: "of aluminum" after "2 million tons" (its ``of_what``).

    >>> from geoecon import Tonnage
    >>> tons = Tonnage(start=0, end=6, text="2 tons", of_what="aluminum")
    >>> of_what_after("of  Aluminum", tons), of_what_after("of copper", tons)
    (True, False)
    """
    return mention.of_what is not None and " ".join(tail.split()).lower() == f"of {mention.of_what.lower()}"


@attrs.frozen(kw_only=True)
class Policy(Generic[M]):
    """How ``parse_whole`` reads a whole string as one mention of a kind, and its words.

    Attributes:
        kind: The kind, as ``ParseError.kind`` gives it (``"money"``).
        noun: One mention, for "text besides the amount".
        plural: Several, for "2 amounts found, expected one".
        missing: The reason when the string holds none ("no amount of money found").
        hedge: Whether a hedge ("about", "more than") may stand before the mention.
        tail: Whether a tail (stripped, never empty) may follow the mention; none by default.
        around: Instead of ``hedge`` and ``tail``: given the ``Doc`` and the mention, why the
            text around it is not allowed, or ``None`` when it is.
        whole: Asked before the scanner, with the ``Doc`` of the string: a mention that is
            the whole string, or ``None`` to read it the usual way.
        fallback: Asked when the usual reading fails, with the ``Doc``: a mention, or
            ``None`` to raise the usual ``ParseError``.
    """

    kind: str
    noun: str
    plural: str
    missing: str
    hedge: bool = True
    tail: Callable[[str, M], bool] = nothing_after
    around: Callable[[Doc, M], str | None] | None = None
    whole: Callable[[Doc], M | None] | None = None
    fallback: Callable[[Doc], M | None] | None = None


def _only_a_hedge(norm: str, start: int) -> bool:
    """True when ``norm[:start]`` is a hedge and nothing else ("about ", "More than ")."""
    lead = fold_spaces(norm[:start].strip()).casefold()
    return lead in QUALIFIERS and qualifier_before(norm, start) is not Qualifier.EXACT


#: The fields of a record that say what a mention is worth, and what unit it is in.
_VALUE: Final = ("amount", "value", "tonnes", "name")
_UNIT: Final = ("currency", "unit")


def reading(mention: Mention) -> str:
    """What a mention was read as, in a few words, for a ``ParseError``'s reason.

    >>> from decimal import Decimal
    >>> from geoecon import Money, Percentage, Place, PlaceType
    >>> reading(Money(start=0, end=5, text="Rs.14", amount=Decimal("0.14"), currency="INR"))
    "read 'Rs.14' as 0.14 INR"
    >>> reading(Percentage(start=0, end=4, text="4-5%", low=Decimal(4), high=Decimal(5)))
    "read '4-5%' as 4 to 5 percent"
    >>> us = Place(start=0, end=4, text="U.S.", name="United States", country="US", type=PlaceType.COUNTRY)
    >>> reading(us)
    "read 'U.S.' as United States (US)"
    """
    record = mention.to_record()
    value = next((record[k] for k in _VALUE if record.get(k) is not None), None)
    if value is None and record.get("low") is not None:
        value = f"{record['low']} to {record['high']}"
    unit = next((record[k] for k in _UNIT if record.get(k) is not None), None)
    if "tonnes" in record:
        unit = "tonnes"
    elif record.get("country") is not None:
        unit = f"({record['country']})"
    if value is None:
        return f"read {mention.text!r} as a {mention.kind} with no single value"
    words = " ".join(str(part) for part in (value, unit) if part is not None)
    return f"read {mention.text!r} as {words}"


def _besides(doc: Doc, mention: M, policy: Policy[M]) -> str | None:
    """Why the text around ``mention`` is not allowed by ``policy``, or ``None``."""
    if policy.around is not None:
        why = policy.around(doc, mention)
        return None if why is None else f"{reading(mention)}, then found {why}"
    parts = []
    lead = doc.raw[: mention.start].strip()
    if lead and not (policy.hedge and _only_a_hedge(doc.norm, mention.start)):
        parts.append(f"{lead!r} before it")
    tail = doc.raw[mention.end :].strip()
    if tail and not policy.tail(tail, mention):
        parts.append(f"{tail!r} after it")
    if not parts:
        return None
    return f"{reading(mention)}, then found text besides the {policy.noun}: {' and '.join(parts)}"


def _why_not_one(doc: Doc, found: tuple[M, ...], policy: Policy[M]) -> str | None:
    """Why ``found`` is not one mention that is the whole text, or ``None`` when it is."""
    if not found:
        return policy.missing
    if len(found) > 1:
        return f"{len(found)} {policy.plural} found, expected one"
    return _besides(doc, found[0], policy)


def parse_whole(text: str, scan: Callable[[Doc], Iterable[M]], options: Options, policy: Policy[M]) -> M:
    """Read the whole of ``text`` as one mention that ``scan`` finds, by ``policy``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ParseError: ``text`` is not one mention of the kind, with the reason in words.

    >>> from geoecon import Options, Percentage
    >>> def scan(doc):
    ...     at = doc.raw.find("5%")
    ...     return [] if at < 0 else [Percentage(start=at, end=at + 2, text="5%")]
    >>> policy = Policy(kind="percentage", noun="percentage", plural="percentages", missing="no percentage found")
    >>> parse_whole("About 5% ", scan, Options(), policy).text
    '5%'
    >>> parse_whole("5% or 5%", scan, Options(), policy)
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read '5% or 5%' as percentage: read '5%' as a percentage with no single value, then found text besides the percentage: 'or 5%' after it
    >>> parse_whole("it rose 5% today", scan, Options(), policy)
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read 'it rose 5% today' as percentage: read '5%' as a percentage with no single value, then found text besides the percentage: 'it rose' before it and 'today' after it
    """  # noqa: E501 - a doctest's output is one line
    check_text(text)
    doc = Doc(text, options)
    with localcontext(CONTEXT):
        if policy.whole is not None:
            whole = policy.whole(doc)
            if whole is not None:
                return whole
        found = resolve_overlaps(list(scan(doc)))
        reason = _why_not_one(doc, found, policy)
        if reason is None:
            return found[0]
        if policy.fallback is not None:
            fallback = policy.fallback(doc)
            if fallback is not None:
                return fallback
    raise ParseError(text, kind=policy.kind, reason=reason)


def words_around(
    allowed: re.Pattern[str] | regex.Pattern[str], noun: str, strip: str = " \t\n.,"
) -> Callable[[Doc, Mention], str | None]:
    r"""An ``around`` hook: the text around the mention, lower-cased, must be ``allowed`` words.

    Both sides are read together (``"in the end of"`` before, ``"."`` after), stripped of
    ``strip``; the reason names what was read.

    >>> import re
    >>> from geoecon import Percentage
    >>> around = words_around(re.compile(r"(?:on|in)\s*"), "percentage")
    >>> around(Doc("In 5%."), Percentage(start=3, end=5, text="5%")) is None
    True
    >>> around(Doc("up 5%"), Percentage(start=3, end=5, text="5%"))
    "text besides the percentage: 'up'"
    """

    def around(doc: Doc, mention: Mention) -> str | None:
        rest = (doc.norm[: mention.start] + " " + doc.norm[mention.end :]).strip(strip).lower()
        if rest and not allowed.fullmatch(rest):
            return f"text besides the {noun}: {rest!r}"
        return None

    return around
