"""Dates in news text, each resolved at the granularity the text gives it.

News rarely writes a full calendar date. It writes "in 2014", "February 2022",
"the third quarter", "fiscal 2025", "on Monday", "last year", "mid-2023" or
"the 1990s". ``find_dates`` reads each as a ``Date`` with its
ISO value, granularity and the first and last day it covers, never padded to a
fake day:

>>> import datetime as dt
>>> [(d.text, d.value, d.granularity.value) for d in find_dates("Russia began to occupy it in 2014.")]
[('2014', '2014', 'year')]
>>> d = parse_date("July 2018")
>>> d.value, d.start_date, d.end_date
('2018-07', datetime.date(2018, 7, 1), datetime.date(2018, 7, 31))

Relative expressions ("on Monday", "last year") need a ``reference_date``;
without one they are reported unresolved (``value is None``, ``relative=True``):

>>> parse_date("last year").value is None
True
>>> parse_date("last year", reference_date=dt.date(2025, 2, 24)).value
'2024'

Everything is read by geoecon's own grammar (compiled regular expressions whose
quantifiers are all bounded, so any text is scanned in linear time); dateparser
is not needed. See ``docs/dates.md`` for every supported form.

This module is the kind's face: ``find_dates``, ``parse_date``, the pipeline's hook
and the glue of the optional dateparser fallback. The grammar lives in its rooms:
``vocabulary`` (words and pattern pieces), ``calendar`` (``Period`` and its arithmetic),
``around`` (the words around a match), ``anchor`` (the reference date and preference),
``countries`` (whose fiscal year), ``days`` and ``periods`` (the readers), ``rule`` and
``grammar`` (one ``Rule`` per form), ``gates`` and ``scanner`` (the speed machinery).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final, Literal

import attrs

from geoecon._contract import find_all, options_from
from geoecon._mention import Basis, Date, Mention
from geoecon._strict import Policy, parse_whole, words_around
from geoecon.dates.around import ASCII_LOWER
from geoecon.dates.calendar import Period
from geoecon.dates.context import REFERENCE_BASIS
from geoecon.dates.scanner import scan
from geoecon.dates.vocabulary import MONTH_NAME, WEEKDAY

if TYPE_CHECKING:
    from geoecon._doc import Doc
    from geoecon.options import Options

__all__ = ["find_dates", "parse_date"]


# --------------------------------------------------------------------------- public API


def _dates_in(doc: Doc) -> list[Date]:
    """Every date of the document, in order, none overlapping."""
    found = scan(
        doc.raw, doc.norm, doc.reference_date, doc.options.prefer_dates_from == "future", doc.options.country
    )
    span = doc.reference_span
    if span is None:
        return found
    # The reference date came from the dateline: a date read against it says so, and where.
    dateline = (Basis("date.anchor.dateline", span),)
    return [attrs.evolve(d, basis=dateline) if d.basis == REFERENCE_BASIS else d for d in found]


def _scan(doc: Doc) -> list[Mention]:
    """The pipeline's hook: every date candidate in ``doc``."""
    return list(_dates_in(doc))


def find_dates(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Iterator[Date]:
    """Find every date in ``text``, in order.

    Never raises on content; dates do not overlap (the same arbitration as ``extract``).

    Args:
        text: Any ``str``; its content never raises.
        reference_date: The day the text was written, for relative dates. Without it,
            relative dates come back unresolved (``value``, ``start_date`` and
            ``end_date`` are ``None``, ``relative`` is true).
        prefer_dates_from: ``"past"`` (news: a bare weekday or month is the most recent
            one up to the reference date) or ``"future"`` (the next one).
        ton: As for ``extract`` (accepted by every ``find_*``; dates read none).
        country: As for ``extract``.
        currency: As for ``extract``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Returns:
        An iterator over the ``Date`` mentions, sorted by offset, never overlapping.

    Raises:
        TypeError: ``text`` is not a ``str``, or an option has the wrong type (at the call).
        ValueError: ``prefer_dates_from`` is not ``"past"`` or ``"future"``.

    >>> import datetime as dt
    >>> text = "Putin on Monday offered a deal; exports fell to $2.3 million in 2024."
    >>> for d in find_dates(text, reference_date=dt.date(2025, 2, 24)):
    ...     print(d.text, d.value, d.granularity.value, d.relative)
    Monday 2025-02-24 day True
    2024 2024 year False
    >>> [d.modifier for d in find_dates("Rates peaked in mid-2023.")]
    ['mid']
    """
    return find_all(
        text,
        _dates_in,
        options_from(options, reference_date, prefer_dates_from, ton, country=country, currency=currency),
    )


def parse_date(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Date:
    """Read the whole of ``text`` as one date.

    Leading and trailing spaces and a leading preposition or modifier ("in 2014", "the end of
    2024") are allowed. A string the grammar does not read as one date, but which names a month
    or a weekday, is tried with dateparser when it is installed.

    Args:
        text: The string to read.
        reference_date: The day the text was written, for relative dates.
        prefer_dates_from: ``"past"`` or ``"future"``, as in ``find_dates``.
        ton: As for ``extract`` (accepted by every ``parse_*``; dates read none).
        country: As for ``extract``.
        currency: As for ``extract``.
        options: The options as one ``Options`` (instead of the keywords).

    Returns:
        The ``Date``, its offsets into ``text``.

    Raises:
        ParseError: ``text`` is not exactly one date.
        TypeError: ``text`` is not a ``str``, or an option has the wrong type.
        ValueError: ``prefer_dates_from`` is not ``"past"`` or ``"future"``.

    >>> parse_date("Q3 2024").value
    '2024-Q3'
    >>> parse_date("the 1990s").value
    '199X'
    >>> parse_date("$85 a barrel")
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read '$85 a barrel' as date: no date found
    >>> parse_date("output in 2024")
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read 'output in 2024' as date: read '2024' as 2024, then ... 'output in'
    """
    read_with = options_from(
        options, reference_date, prefer_dates_from, ton, country=country, currency=currency
    )
    return parse_whole(text, _dates_in, read_with, _POLICY)


def _dateparser_fallback(text: str, norm: str, options: Options) -> Date | None:
    """Ask dateparser (if installed) about a whole string that names a month or weekday.

    Only strings with a month or weekday word and no amount sign are tried, so that
    dateparser never reads "$85" or "74%" as a year. Without a reference date, only strings
    that write a year are tried: dateparser would take a missing year or a weekday from the
    clock, and a geoecon date never depends on the day it is read. The date records the basis
    ``date.fallback.dateparser``.
    """
    low = norm.translate(ASCII_LOWER)
    if "$" in low or "%" in low or not re.search(rf"{MONTH_NAME}|{WEEKDAY}", low):
        return None
    if options.reference_date is None and not _WRITTEN_YEAR.search(low):
        return None
    from geoecon._adapters.dateparser_adapter import parse_period  # noqa: PLC0415 - optional, slow

    key = " ".join(low.split())
    got = parse_period(key, options.reference_date, options.prefer_dates_from)
    if got is None:
        return None
    period, day = got
    if period == "year":
        res = Period.year(day.year)
    elif period == "month":
        res = Period.month(day.year, day.month)
    elif period == "week":
        res = Period.week(day)
    else:
        res = Period.day(day)
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return Date(
        start=start,
        end=end,
        text=text[start:end],
        value=res.value,
        granularity=res.granularity,
        start_date=res.start,
        end_date=res.end,
        basis=_FALLBACK_BASIS,
    )


_WRITTEN_YEAR: Final = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_FALLBACK_BASIS: Final = (Basis("date.fallback.dateparser"),)

_ALLOWED_REST: Final = re.compile(
    r"(?:on|in|at|of|during|since|by|the|from|(?:the\s{1,3})?(?:early|mid|late|end|beginning|start|middle)"
    r"(?:\s{1,3}of)?(?:\s{1,3}the)?-?)\s{0,3}",
    re.IGNORECASE,
)

#: ``parse_date``: a few leading words allowed around the date; dateparser when the grammar fails.
_POLICY: Final[Policy[Date]] = Policy(
    kind="date",
    noun="date",
    plural="dates",
    missing="no date found",
    around=words_around(_ALLOWED_REST, "date"),
    fallback=lambda doc: _dateparser_fallback(doc.raw, doc.norm, doc.options),
)
