"""One call, every kind: ``extract``, ``extract_many`` and their result, ``Extraction``.

The work is the pipeline's (``geoecon.pipeline``: every kind's scanner over one ``Doc``, then
arbitration, so that a character belongs to one mention); this module checks the arguments
and wraps what the pipeline found in an ``Extraction``, with its views by kind, its records,
its pandas frames (``geoecon._frame``), its listing and its notebook rendering
(``geoecon.render``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import attrs

from geoecon import pipeline
from geoecon._contract import options_from
from geoecon._doc import Doc
from geoecon._mention import Date, Mention, Money, Percentage, Place, Quantity, Tonnage
from geoecon._text import check_text
from geoecon.render import summary, to_html, to_table

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from geoecon.facts import Fact
    from geoecon.options import Options

__all__ = ["Extraction", "extract", "extract_many", "to_arrow"]

M = TypeVar("M", bound=Mention)


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

    def __repr__(self) -> str:
        """The counts by kind and the first words of the text (the whole text is ``.text``).

        >>> extract("Exports fell 4% to $2.3 million in 2024.")
        <Extraction of 3 mentions (money 1, percentage 1, date 1): 'Exports fell 4% to $2.3 million in 2024.', 40 chars>
        """  # noqa: E501 - a doctest's output is one line
        return summary(self.text, self.mentions)

    def __str__(self) -> str:
        """The listing of ``table()``."""
        return self.table()

    def table(self) -> str:
        """One aligned line per mention: its kind, offsets, text and normalised fields.

        ``str(found)`` is the same listing, so ``print(found)`` shows it.

        >>> print(extract("Exports fell 4% to $2.3 million in 2024.").table())
        percentage   13-15   '4%'                         value=4, unit=percent
        money        19-31   '$2.3 million'               amount=2300000, currency=USD, currency_assumed=True
        date         35-39   '2024'                       value=2024, granularity=year, start_date=2024-01-01, end_date=2024-12-31
        """  # noqa: E501 - a doctest's output is one line
        return to_table(self.mentions)

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

    def to_records(self, *, explain: bool = False) -> list[dict[str, Any]]:
        """Return every mention as a plain dict in the gold schema (pandas-ready).

        Args:
            explain: Add to each record a ``"basis"`` list saying which rule read a value
                from context, and the span of the evidence it used (``Mention.basis``).

        >>> extract("Prices rose 4%.").to_records()
        [{'kind': 'percentage', 'start': 12, 'end': 14, 'text': '4%', 'value': '4', 'unit': 'percent'}]
        >>> found = extract("Australia's budget is $20 billion.")
        >>> found.to_records(explain=True)[1]["basis"]
        [{'rule': 'currency.country_cue', 'evidence': [0, 9]}]
        """
        return [m.to_record(explain=explain) for m in self.mentions]

    def to_frame(
        self,
        kind: str | type[Mention] | None = None,
        *,
        decimals: Literal["decimal", "float", "str"] = "decimal",
    ) -> pd.DataFrame:
        """Return the mentions as a pandas DataFrame with proper dtypes (``geoecon[pandas]``).

        Without ``kind``, one row per mention of every kind, the columns of ``to_records``:
        ``kind`` is categorical, offsets ``int64``, text fields pandas strings, flags
        nullable booleans, a date's ``start_date``/``end_date`` ``datetime64[s]``. Amounts
        stay exact ``Decimal`` objects unless ``decimals`` is ``"float"`` (``float64``)
        or ``"str"`` (decimal strings, as in the records).

        With ``kind`` (``"money"``, ``"places"``, ``Money``), one row per mention of that
        kind and one column per field of its class, every one typed: numbers exact
        ``Decimal`` objects, or pandas' nullable ``Float64`` with ``decimals="float"``.

        Args:
            kind: One kind, by name, plural name or class; every kind when ``None``.
            decimals: ``"decimal"``, ``"float"`` or ``"str"``: how numbers are held.

        Raises:
            ImportError: pandas is not installed (``pip install "geoecon[pandas]"``).
            ValueError: ``decimals`` is not one of the three accepted values, or ``kind``
                names no kind.

        >>> found = extract("Exports fell 4% to $2.3 million in 2024, from $1.7 billion.")
        >>> frame = found.to_frame()
        >>> frame[["kind", "text", "amount"]]
                 kind          text      amount
        0  percentage            4%        <NA>
        1       money  $2.3 million     2300000
        2        date          2024        <NA>
        3       money  $1.7 billion  1700000000
        >>> frame.loc[1, "amount"], str(frame["start_date"].dtype)
        (Decimal('2300000'), 'datetime64[s]')
        >>> money = found.to_frame("money", decimals="float")
        >>> money[["text", "amount", "currency", "approx"]]
                   text        amount currency  approx
        0  $2.3 million     2300000.0      USD   False
        1  $1.7 billion  1700000000.0      USD   False
        >>> str(money["amount"].dtype), float(money["amount"].sum())
        ('Float64', 1702300000.0)
        """
        if kind is None:
            from geoecon._frame import to_frame  # noqa: PLC0415 - pandas is optional

            return to_frame(self.mentions, decimals=decimals)
        from geoecon._frame import kind_frame  # noqa: PLC0415 - pandas is optional

        return kind_frame(self.mentions, pipeline.kind_name(kind), decimals=decimals)

    def to_arrow(self) -> pa.Table:
        """Return the mentions as an Apache Arrow table (``geoecon[arrow]``), for Polars, DuckDB, Spark.

        One row per mention, ``to_arrow([self])``: exact ``decimal128`` numbers, ``date32``
        dates, a dictionary-encoded ``kind`` (the columns: ``geoecon._arrow``).

        Raises:
            ImportError: pyarrow is not installed (``pip install "geoecon[arrow]"``).

        >>> table = extract("Exports fell 4% to $2.3 million in 2024.").to_arrow()
        >>> table.column_names[:6], table.num_rows
        (['doc', 'kind', 'start', 'end', 'text', 'amount'], 3)
        >>> str(table.schema.field("amount").type), table.column("amount")[1].as_py()
        ('decimal128(38, 10)', Decimal('2300000.0000000000'))
        """
        return to_arrow([self])

    # ---- facts (issue #20): computed on first access, so that an unread ``facts`` costs nothing
    @functools.cached_property
    def facts(self) -> tuple[Fact, ...]:
        """One ``Fact`` per value mention: its measure, commodity, places, period, role, direction.

        Computed on the first access and kept (``geoecon.facts``).

        >>> fact = extract("China's coal imports rose 5% in March 2023.").facts[0]
        >>> fact.measure.head, fact.commodity, fact.where, fact.when.value, fact.role, fact.direction
        ('import', 'coal', ('CN',), '2023-03', 'change', 'up')
        """
        from geoecon.facts import link  # noqa: PLC0415 - facts is the layer above (tests/test_architecture.py)

        return link(self)

    def facts_frame(self, *, decimals: Literal["decimal", "float", "str"] = "decimal") -> pd.DataFrame:
        """Return one tidy row per fact (``geoecon[pandas]``), a conversion counted once.

        Columns: measure, commodity, where, partner, period start/end (``datetime64[s]``),
        value in its unit, unit, currency, direction, role, modality, the value's text and its
        sentence; dtypes as ``to_frame``'s.

        >>> frame = extract("Chile's copper exports rose 4% to $2 billion in 2024.").facts_frame()
        >>> frame[["measure", "commodity", "where", "value", "unit", "role", "direction"]]
          measure commodity where       value     unit   role direction
        0  export    copper    CL           4  percent  change        up
        1  export    copper    CL  2000000000      USD   level        up
        """
        from geoecon.facts.frame import facts_frame  # noqa: PLC0415 - pandas is optional

        return facts_frame(self.text, self.facts, decimals=decimals)

    def _repr_html_(self) -> str:
        """Render the text with each mention highlighted (for notebooks; no JavaScript)."""
        return to_html(self.text, self.mentions)


@overload
def extract(
    text: str,
    *,
    reference_date: dt.date | str | None = ...,
    kinds: pipeline.KindsArg = ...,
    prefer_dates_from: Literal["past", "future"] = ...,
    ton: Literal["metric", "short"] = ...,
    country: str | None = ...,
    currency: str | None = ...,
) -> Extraction: ...
@overload
def extract(text: str, *, options: Options, kinds: pipeline.KindsArg = ...) -> Extraction: ...
def extract(
    text: str,
    *,
    reference_date: dt.date | str | None = None,
    kinds: pipeline.KindsArg = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Extraction:
    """Find every money amount, percentage, tonnage, quantity, date and place in ``text``.

    Args:
        text: The text to read. Any ``str`` is accepted; content never raises.
        reference_date: The day the text was written, for relative dates: a date, a
            datetime, an ISO 8601 string, or ``"dateline"`` to read it from the text's own
            dateline ("LIMA, Mar 3, 2011 (Reuters) -").
        kinds: Only these kinds: one kind or a collection, each a name (``"place"``), a
            plural name (``"places"``) or a class (``Place``); all by default.
        prefer_dates_from: ``"past"`` (news convention) or ``"future"``.
        ton: How a bare "ton" converts, ``"metric"`` or ``"short"``.
        country: The country the text is about (ISO 3166-1 alpha-2, ``"PK"``) when the text
            may not say: a hint below the text's own evidence (ambiguous currencies, fiscal
            years).
        currency: The currency of bare amounts (ISO 4217, ``"INR"``) when the text may not
            say: a hint below the text's own evidence.
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
    options = options_from(
        options, reference_date, prefer_dates_from, ton, country=country, currency=currency
    )
    scans = pipeline.scanners(pipeline.kind_names(kinds))
    doc = Doc(text, options)
    mentions = pipeline.mentions_in(doc, scans)
    return Extraction(text=text, mentions=mentions, reference_date=doc.reference_date)


@overload
def extract_many(
    texts: Iterable[str | tuple[str, dt.date | str | None]],
    *,
    reference_date: dt.date | str | None = ...,
    kinds: pipeline.KindsArg = ...,
    prefer_dates_from: Literal["past", "future"] = ...,
    ton: Literal["metric", "short"] = ...,
    country: str | None = ...,
    currency: str | None = ...,
) -> Iterator[Extraction]: ...
@overload
def extract_many(
    texts: Iterable[str | tuple[str, dt.date | str | None]],
    *,
    options: Options,
    kinds: pipeline.KindsArg = ...,
) -> Iterator[Extraction]: ...
def extract_many(
    texts: Iterable[str | tuple[str, dt.date | str | None]],
    *,
    reference_date: dt.date | str | None = None,
    kinds: pipeline.KindsArg = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    country: str | None = None,
    currency: str | None = None,
    options: Options | None = None,
) -> Iterator[Extraction]:
    """``extract`` over many texts, in order: the same results, faster for a stream of articles.

    The texts are read ``geoecon.pipeline.BATCH`` at a time, each kind over the whole batch before the
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
        country: As for ``extract``.
        currency: As for ``extract``.
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
    options = options_from(
        options, reference_date, prefer_dates_from, ton, country=country, currency=currency
    )
    scans = pipeline.scanners(pipeline.kind_names(kinds))
    return (
        Extraction(text=doc.raw, mentions=mentions, reference_date=doc.reference_date)
        for doc, mentions in pipeline.stream(iter(texts), options, scans)
    )


def to_arrow(extractions: Iterable[Extraction]) -> pa.Table:
    """The mentions of many texts as one Apache Arrow table (``geoecon[arrow]``).

    One row per mention; ``doc`` is the index of its ``Extraction`` in ``extractions``, so a
    table of a whole corpus joins back to the corpus. Numbers are exact ``decimal128(38, 10)``
    (wider only if a value needs it), a date's bounds ``date32``, ``kind`` dictionary-encoded:
    the columns are the same for any batch, so tables concatenate
    (``pyarrow.concat_tables``). Polars (``polars.from_arrow``), DuckDB (a query that names
    the table) and Spark read it without a copy; see ``docs/integrations.md``.

    Args:
        extractions: ``Extraction`` objects, such as ``extract_many``'s results.

    Returns:
        A ``pyarrow.Table``.

    Raises:
        ImportError: pyarrow is not installed (``pip install "geoecon[arrow]"``).
        TypeError: An item of ``extractions`` is not an ``Extraction``.

    >>> found = extract_many(["Copper rose 5% on Monday.", "Iron ore fell to $95 a tonne."])
    >>> table = to_arrow(found)
    >>> table.select(["doc", "kind", "text"]).to_pylist()[1:]
    [{'doc': 0, 'kind': 'date', 'text': 'Monday'}, {'doc': 1, 'kind': 'money', 'text': '$95 a tonne'}]
    >>> str(table.schema.field("kind").type)
    'dictionary<values=string, indices=int8, ordered=0>'
    """
    from geoecon._arrow import table  # noqa: PLC0415 - pyarrow is optional

    documents = []
    for index, found in enumerate(extractions):
        if not isinstance(found, Extraction):
            msg = f"to_arrow takes Extraction objects, item {index} is a {type(found).__name__}"
            raise TypeError(msg)
        documents.append(found.mentions)
    return table(documents)
