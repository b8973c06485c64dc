"""The per-call working state shared by every kind's scanner.

A ``Doc`` holds the source text, its same-length normalised form and the
options of one call. Scanners read ``doc.norm`` (look-alike characters folded)
and slice ``doc.raw`` for a mention's ``text``, so offsets hold in both. Work
that several kinds need (the number tokens, the evidence index of sentences and cue
words) is done once, on first use.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING, Final

import regex

from geoecon._text import lower_same_length, normalise
from geoecon.numerals import Number, scan_live_numbers
from geoecon.options import Options

if TYPE_CHECKING:
    from geoecon._evidence import Evidence

__all__ = ["Doc"]

# What marks a token as part of a URL ("://", "www.", "%20", "?q="), and how far a token
# may reach on either side of its marker.
_URL_MARKER: Final = regex.compile(r"://|www\.|%[0-9A-Fa-f]{2}|[?&][\w-]+=")
_URL_PARTS: Final = ("://", "www.", "%", "?", "&")  # one of them is in every marker
_URL_REACH: Final = 300
#: A text with a number every ``DENSE_SPACING`` characters or fewer is ``Doc.dense``.
DENSE_SPACING: Final = 48


class Doc:
    """Source text, normalised text, options, and lazily computed shared tokens."""

    __slots__ = (
        "_evidence",
        "_lower",
        "_numbers",
        "_reference",
        "_url_ends",
        "_url_starts",
        "memo",
        "norm",
        "options",
        "raw",
    )

    def __init__(self, raw: str, options: Options | None = None) -> None:
        self.raw = raw
        self.norm = normalise(raw)
        self.options = options if options is not None else Options()
        self._numbers: list[Number] | None = None
        self._lower: str | None = None
        #: Work that more than one scanner needs, keyed by the module that computes it.
        self.memo: dict[str, object] = {}
        self._url_starts: list[int] | None = None
        self._url_ends: list[int] = []
        self._evidence: Evidence | None = None
        self._reference: tuple[dt.date | None, tuple[int, int] | None] | None = None

    @property
    def lower(self) -> str:
        """The normalised text lower-cased, same length (see ``lower_same_length``)."""
        if self._lower is None:
            self._lower = lower_same_length(self.norm)
        return self._lower

    @property
    def numbers(self) -> list[Number]:
        """The numbers of the text that a scanner can use, read once by the shared number reader.

        Those deep in a long run of digits, spaces and plain punctuation are left out
        (see ``scan_live_numbers``).
        """
        if self._numbers is None:
            self._numbers = scan_live_numbers(self.norm, self.lower)
        return self._numbers

    @property
    def evidence(self) -> Evidence:
        """The document's evidence index (sentences, paragraphs, cue words), built on first use.

        >>> from geoecon._evidence import COUNTRIES
        >>> [c.value for c in Doc("Australia's $5 loan").evidence.within(COUNTRIES, 0, 19)]
        ['AU']
        """
        found = self._evidence
        if found is None:
            # The cue patterns compile when the index is first needed (a kind that reads it
            # imports it anyway), not at `import geoecon`.
            from geoecon._evidence import Evidence, Texts  # noqa: PLC0415

            # The two strings, not the ``Doc``: no cycle (see ``Texts``).
            self._evidence = found = Evidence(Texts(self.norm, self.lower))
        return found

    @property
    def reference_date(self) -> dt.date | None:
        """The reference date of the call, or, for ``reference_date="dateline"``, the dateline's.

        >>> doc = Doc("LIMA, Mar 3, 2011 (Reuters) - Rates rose.", Options(reference_date="dateline"))
        >>> doc.reference_date, doc.reference_span
        (datetime.date(2011, 3, 3), (6, 17))
        """
        return self._read_reference()[0]

    @property
    def reference_span(self) -> tuple[int, int] | None:
        """Where the text says its reference date (the dateline's date), or ``None``."""
        return self._read_reference()[1]

    def _read_reference(self) -> tuple[dt.date | None, tuple[int, int] | None]:
        found = self._reference
        if found is None:
            given = self.options.reference_date
            if given is None or isinstance(given, dt.date):
                found = (given, None)
            else:  # DATELINE
                from geoecon._dateline import dateline_date  # noqa: PLC0415 - only when asked for

                read = dateline_date(self.raw)
                found = (None, None) if read is None else read
            self._reference = found
        return found

    @property
    def dense(self) -> bool:
        """True when the text holds a number every ``DENSE_SPACING`` characters or fewer.

        A table or a list of prices: there a scanner's gates are cheaper as one scan of
        the text than as one test per number (newswire has a number every 90 characters).
        """
        return self.number_every(DENSE_SPACING)

    def number_every(self, spacing: int) -> bool:
        """True when the text holds a number every ``spacing`` characters or fewer, on average.

        ``dense`` is this at ``DENSE_SPACING``; a scanner whose scan pays off only at another
        density asks for its own spacing.

        >>> Doc("1 2 3 4").number_every(2), Doc("1 2 3 4").number_every(1)
        (True, False)
        """
        return len(self.numbers) * spacing >= len(self.norm)

    def in_url(self, position: int) -> bool:
        """Return True when ``position`` lies in a URL-like token (no spaces, ``://``, ``%20``).

        The URL-like tokens are found in one pass over the text, on first use, so
        each query costs a binary search however long the text and its tokens are.

        >>> doc = Doc("see http://x.org/a?q=30%25 now, rose 30% in May")
        >>> doc.in_url(22), doc.in_url(37)
        (True, False)
        """
        starts = self._url_starts
        if starts is None:
            starts, self._url_ends = self._url_spans()
            self._url_starts = starts
        if not starts:  # most texts have no URL
            return False
        i = bisect.bisect_right(starts, position) - 1
        return i >= 0 and position <= self._url_ends[i]

    def _url_spans(self) -> tuple[list[int], list[int]]:
        text = self.norm
        starts: list[int] = []
        ends: list[int] = []
        # Speed: every marker holds one of these; nearly all news holds none of them.
        if not any(part in text for part in _URL_PARTS):
            return starts, ends
        for marker in _URL_MARKER.finditer(text):
            at = marker.start()
            lookback = max(0, at - _URL_REACH)
            start = max(text.rfind(" ", lookback, at), text.rfind("\n", lookback, at)) + 1
            end = text.find(" ", marker.end(), marker.end() + _URL_REACH)
            if end == -1:
                end = min(len(text), marker.end() + _URL_REACH)
            if ends and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        return starts, ends
