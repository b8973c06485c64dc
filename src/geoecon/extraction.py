"""One call, every kind: ``extract`` and its result, ``Extraction``.

Each kind has a scanner that proposes candidate mentions over the same
``Doc`` (so the text is normalised and its numbers read
once). Candidates then compete for characters: a character belongs to one
mention. Numeric kinds claim first (money, then percentages, tonnages and other
quantities), then dates, then places, so that "$85 a barrel" is never also a
year and "Australian dollars" never also a place; within a kind the longer
candidate wins, then the earlier one.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib
from collections.abc import Callable, Collection, Iterable, Iterator
from decimal import localcontext
from functools import cache
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, overload

import attrs

from geoecon._arbitration import resolve_overlaps
from geoecon._contract import options_from
from geoecon._doc import Doc
from geoecon._mention import Date, Mention, Money, Percentage, Place, Quantity, Tonnage
from geoecon._text import check_text
from geoecon.numerals import CONTEXT

if TYPE_CHECKING:
    import pandas as pd

    from geoecon.options import Options

__all__ = ["BATCH", "KINDS", "Extraction", "extract", "extract_many"]

M = TypeVar("M", bound=Mention)

#: Every kind, in the order in which they claim characters.
KINDS: Final = ("money", "percentage", "tonnage", "quantity", "date", "place")

_CLASSES: Final[dict[str, type[Mention]]] = {
    "money": Money,
    "percentage": Percentage,
    "tonnage": Tonnage,
    "quantity": Quantity,
    "date": Date,
    "place": Place,
}
# Scanners are imported on first use, so that `import geoecon` stays cheap.
_SCANNERS: Final[dict[str, str]] = {
    "money": "geoecon.money",
    "percentage": "geoecon.percentages",
    "tonnage": "geoecon.tonnage",
    "quantity": "geoecon.quantities",
    "date": "geoecon.dates",
    "place": "geoecon.places",
}
_PRIORITY: Final = {kind: rank for rank, kind in enumerate(KINDS)}

Scanner = Callable[[Doc], list[Mention]]


@cache
def _scanner(kind: str) -> Scanner | None:
    module = _SCANNERS.get(kind)
    if module is None:
        return None
    scan: Scanner = importlib.import_module(module)._scan  # noqa: SLF001 - the pipeline's contract
    return scan


def _kind_names(kinds: Collection[str | type[Mention]] | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    if isinstance(kinds, (str, type)) or not isinstance(kinds, Collection):
        msg = f"kinds must be a collection of kind names or classes from {KINDS!r}, not {kinds!r}"
        raise TypeError(msg)
    names = set()
    for kind in kinds:
        name = kind.kind if isinstance(kind, type) and issubclass(kind, Mention) else kind
        if name not in _CLASSES:
            msg = f"kinds must name kinds from {KINDS!r}, got {kind!r}"
            raise ValueError(msg)
        names.add(name)
    return tuple(k for k in KINDS if k in names)


@attrs.frozen(kw_only=True)
class Extraction:
    """What ``extract`` found in one text (the analogue of spaCy's ``Doc``).

    Attributes:
        text: The source text.
        mentions: Every mention, sorted by offset; no two overlap.
        reference_date: The reference date the text was read with.
    """

    text: str
    mentions: tuple[Mention, ...]
    reference_date: dt.date | None = None

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    def of_type(self, cls: type[M]) -> tuple[M, ...]:
        """Return the mentions of one class, in text order."""
        return tuple(m for m in self.mentions if isinstance(m, cls))

    @property
    def money(self) -> tuple[Money, ...]:
        """Money mentions."""
        return self.of_type(Money)

    @property
    def percentages(self) -> tuple[Percentage, ...]:
        """Percentage mentions."""
        return self.of_type(Percentage)

    @property
    def tonnages(self) -> tuple[Tonnage, ...]:
        """Tonnage mentions."""
        return self.of_type(Tonnage)

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """Other commodity quantities (barrels, cubic metres, energy, power)."""
        return self.of_type(Quantity)

    @property
    def dates(self) -> tuple[Date, ...]:
        """Date mentions."""
        return self.of_type(Date)

    @property
    def places(self) -> tuple[Place, ...]:
        """Place mentions."""
        return self.of_type(Place)

    def to_records(self) -> list[dict[str, Any]]:
        """Return every mention as a plain dict in the gold schema (pandas-ready).

        >>> extract("Prices rose 4%.").to_records()
        [{'kind': 'percentage', 'start': 12, 'end': 14, 'text': '4%', 'value': '4', 'unit': 'percent'}]
        """
        return [m.to_record() for m in self.mentions]

    def to_frame(self, *, decimals: Literal["decimal", "float", "str"] = "decimal") -> pd.DataFrame:
        """Return the records as a pandas DataFrame with proper dtypes (``geoecon[pandas]``).

        One row per mention, the columns of ``to_records``. ``kind`` is
        categorical, offsets ``int64``, text fields pandas strings, flags nullable
        booleans, a date's ``start_date``/``end_date`` ``datetime64[s]``. Amounts
        stay exact ``Decimal`` objects unless ``decimals`` is ``"float"`` (``float64``)
        or ``"str"`` (decimal strings, as in the records).

        Raises:
            ImportError: pandas is not installed (``pip install "geoecon[pandas]"``).
            ValueError: ``decimals`` is not one of the three accepted values.

        >>> frame = extract("Exports fell 4% to $2.3 million in 2024.").to_frame()
        >>> frame[["kind", "text", "amount"]]
                 kind          text   amount
        0  percentage            4%     <NA>
        1       money  $2.3 million  2300000
        2        date          2024     <NA>
        >>> frame.loc[1, "amount"], str(frame["start_date"].dtype)
        (Decimal('2300000'), 'datetime64[s]')
        """
        from geoecon._frame import to_frame  # noqa: PLC0415 - pandas is optional

        return to_frame(self, decimals=decimals)

    def _repr_html_(self) -> str:
        """Render the text with each mention highlighted (for notebooks; no JavaScript)."""
        parts = ['<div class="geoecon" style="line-height:2;white-space:pre-wrap">']
        cursor = 0
        for m in self.mentions:
            parts.append(html.escape(self.text[cursor : m.start]))
            fields = {k: v for k, v in m.to_record().items() if k not in {"start", "end", "text", "kind"}}
            title = html.escape(", ".join(f"{k}={v}" for k, v in fields.items()), quote=True)
            colour = _COLOURS.get(m.kind, "#ddd")
            parts.append(
                f'<mark class="geoecon-{m.kind}" title="{title}" '
                f'style="background:{colour};padding:0 .2em;border-radius:.3em">'
                f"{html.escape(m.text)}"
                f'<sup style="font-size:.6em;margin-left:.2em">{m.kind}</sup></mark>'
            )
            cursor = m.end
        parts.append(html.escape(self.text[cursor:]))
        parts.append("</div>")
        return "".join(parts)


_COLOURS: Final = {
    "money": "#c6f0c2",
    "percentage": "#fde2a7",
    "tonnage": "#cfe3ff",
    "quantity": "#e0d4ff",
    "date": "#ffd1dc",
    "place": "#d7f5f5",
}


@overload
def extract(
    text: str,
    *,
    reference_date: dt.date | None = ...,
    kinds: Collection[str | type[Mention]] | None = ...,
    prefer_dates_from: Literal["past", "future"] = ...,
    ton: Literal["metric", "short"] = ...,
) -> Extraction: ...
@overload
def extract(
    text: str, *, options: Options, kinds: Collection[str | type[Mention]] | None = ...
) -> Extraction: ...
def extract(
    text: str,
    *,
    reference_date: dt.date | None = None,
    kinds: Collection[str | type[Mention]] | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    options: Options | None = None,
) -> Extraction:
    """Find every money amount, percentage, tonnage, quantity, date and place in ``text``.

    Args:
        text: The text to read. Any ``str`` is accepted; content never raises.
        reference_date: The day the text was written, for relative dates.
        kinds: Only these kinds (names such as ``"money"`` or classes such as
            ``Money``); all by default.
        prefer_dates_from: ``"past"`` (news convention) or ``"future"``.
        ton: How a bare "ton" converts, ``"metric"`` or ``"short"``.
        options: All of the above as one ``Options`` (instead of the keywords).

    Returns:
        Extraction: every mention found, sorted by offset and non-overlapping.

    Raises:
        TypeError: ``text`` is not a ``str`` (``bytes`` must be decoded first) or an
            option has the wrong type.
        ValueError: An option is outside its accepted values.

    >>> found = extract("Exports fell to $2.3 million, about 15% of the total.")
    >>> [(m.kind, m.text) for m in found]
    [('money', '$2.3 million'), ('percentage', '15%')]
    >>> found.money[0].amount, found.money[0].currency
    (Decimal('2300000'), 'USD')
    >>> found.percentages[0].approx
    True
    """
    check_text(text)
    options = options_from(options, reference_date, prefer_dates_from, ton)
    doc = Doc(text, options)
    candidates: list[Mention] = []
    with localcontext(CONTEXT):
        for kind in _kind_names(kinds):
            scan = _scanner(kind)
            if scan is not None:
                candidates.extend(scan(doc))
    return Extraction(
        text=text, mentions=resolve_overlaps(candidates, _PRIORITY), reference_date=options.reference_date
    )


#: How many texts ``extract_many`` reads together, kind by kind.
BATCH: Final = 32


@overload
def extract_many(
    texts: Iterable[str | tuple[str, dt.date | None]],
    *,
    reference_date: dt.date | None = ...,
    kinds: Collection[str | type[Mention]] | None = ...,
    prefer_dates_from: Literal["past", "future"] = ...,
    ton: Literal["metric", "short"] = ...,
) -> Iterator[Extraction]: ...
@overload
def extract_many(
    texts: Iterable[str | tuple[str, dt.date | None]],
    *,
    options: Options,
    kinds: Collection[str | type[Mention]] | None = ...,
) -> Iterator[Extraction]: ...
def extract_many(
    texts: Iterable[str | tuple[str, dt.date | None]],
    *,
    reference_date: dt.date | None = None,
    kinds: Collection[str | type[Mention]] | None = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    options: Options | None = None,
) -> Iterator[Extraction]:
    """``extract`` over many texts, in order: the same results, faster for a stream of articles.

    The texts are read ``BATCH`` at a time, each kind over the whole batch before the
    next kind (the way spaCy's ``nlp.pipe`` streams documents): about 10-15% faster
    than one ``extract`` call per text on Reuters newswire, with the same output. The
    texts are taken from ``texts`` as the results are asked for, so a generator over a
    large corpus is never held in memory.

    Args:
        texts: An iterable of ``str`` (a list, a generator, a pandas Series), or of
            ``(text, reference_date)`` pairs for a corpus whose articles each have
            their own date (the date of a pair wins over ``reference_date``).
        reference_date: As for ``extract``: the reference date of every text given
            without one.
        kinds: As for ``extract``.
        prefer_dates_from: As for ``extract``.
        ton: As for ``extract``.
        options: As for ``extract``.

    Returns:
        An iterator of one ``Extraction`` per text, in the order of ``texts``.

    Raises:
        TypeError: ``texts`` is a ``str`` or not iterable, an option has the wrong type
            (at the call), or an item is not a ``str`` (when that item is reached; the
            message gives its index).
        ValueError: An option is outside its accepted values.

    >>> found = list(extract_many(["Exports fell to $2.3 million.", "Up 15% on Monday."]))
    >>> [[m.text for m in f] for f in found]
    [['$2.3 million'], ['15%', 'Monday']]
    >>> dated = [("Talks resume on Monday.", dt.date(2024, 3, 6)), ("Talks resume on Monday.", None)]
    >>> [f.dates[0].value for f in extract_many(dated)]
    ['2024-03-04', None]
    """
    if isinstance(texts, (str, bytes, bytearray)) or not isinstance(texts, Iterable):
        msg = f"texts must be an iterable of str (a list of articles), not {type(texts).__name__}"
        raise TypeError(msg)
    options = options_from(options, reference_date, prefer_dates_from, ton)
    scans = [scan for scan in map(_scanner, _kind_names(kinds)) if scan is not None]
    return _stream(iter(texts), options, scans)


def _dated_doc(item: object, index: int, options: Options, dated: dict[dt.date | None, Options]) -> Doc:
    """The ``Doc`` of an item of ``extract_many`` (a pair); a ``TypeError`` naming a bad one.

    ``dated`` keeps one ``Options`` per reference date seen.
    """
    name = f"texts[{index}]"
    if not (isinstance(item, tuple) and len(item) == 2):
        return Doc(check_text(item, name), options)  # a str passes; anything else raises
    text: object = item[0]
    day: object = item[1]
    if isinstance(day, dt.datetime):  # as Options does: its date
        day = day.date()
    if day is not None and not isinstance(day, dt.date):
        msg = f"{name}[1], the reference date, must be a datetime.date or None, not {type(day).__name__}"
        raise TypeError(msg)
    if day not in dated:
        dated[day] = attrs.evolve(options, reference_date=day)
    return Doc(check_text(text, f"{name}[0]"), dated[day])


def _stream(
    texts: Iterator[str | tuple[str, dt.date | None]], options: Options, scans: list[Scanner]
) -> Iterator[Extraction]:
    index = 0
    dated: dict[dt.date | None, Options] = {options.reference_date: options}
    while True:
        batch: list[Doc] = []
        for item in texts:
            batch.append(
                Doc(item, options) if isinstance(item, str) else _dated_doc(item, index, options, dated)
            )
            index += 1
            if len(batch) == BATCH:
                break
        if not batch:
            return
        found: list[list[Mention]] = [[] for _ in batch]
        # The context is left before the results are yielded: it never leaks to the caller.
        with localcontext(CONTEXT):
            for scan in scans:
                for doc, candidates in zip(batch, found, strict=True):
                    candidates.extend(scan(doc))
        results = [
            Extraction(
                text=doc.raw,
                mentions=resolve_overlaps(candidates, _PRIORITY),
                reference_date=doc.options.reference_date,
            )
            for doc, candidates in zip(batch, found, strict=True)
        ]
        yield from results
