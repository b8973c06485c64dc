"""``Extraction.to_frame()``: mentions as a typed pandas DataFrame (``geoecon[pandas]``).

pandas is imported here only, on first call, so geoecon itself never needs it. What each
kind's records hold (its flags, its decimal fields) is read from ``geoecon.pipeline.REGISTRY``;
the columns of one kind's frame (``columns``) from the fields of its mention class.

``to_frame(mentions)``, every kind in one frame, has the columns of ``to_records``:

* ``kind``: categorical over every kind, in claiming order.
* ``start``, ``end``: ``int64``.
* ``text`` and the other text fields: pandas' string dtype, missing where a
  field does not apply to the row's kind.
* amounts (``amount``, ``low``, ``high``, ``tonnes``, and ``value`` of
  percentages and quantities): exact ``decimal.Decimal`` objects by
  default, or ``float64``/strings when asked (``decimals=``).
* ``value`` of a date row stays its ISO 8601 string ("2024-Q3"); a date's
  ``start_date``/``end_date``: ``datetime64[s]``.
* flags (``approx``, ``vague``, ``currency_assumed``, ``relative``, ``demonym``,
  ``disputed``): nullable ``boolean``, ``False`` where the kind has the flag and
  the text did not set it, missing where the kind has no such flag.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from geoecon._mention import _Numeric, _plain_number
from geoecon.pipeline import BY_NAME, KINDS, REGISTRY, Kind

if TYPE_CHECKING:
    import pandas as pd

    from geoecon._mention import Mention

Decimals = Literal["decimal", "float", "str"]
#: How a column of one kind's frame is typed: "int", "decimal", "float", "bool", "date" or "text".
Sort = Literal["int", "decimal", "float", "bool", "date", "text"]

_FIRST: Final = ("kind", "start", "end", "text")
_DATES: Final = frozenset({"start_date", "end_date"})


def flags(kinds: Iterable[Kind] = REGISTRY) -> dict[str, frozenset[str]]:
    """Each boolean field of the records, and the kinds whose records have it.

    >>> sorted(flags()["approx"])
    ['money', 'percentage', 'quantity', 'tonnage']
    """
    found: dict[str, set[str]] = {}
    for kind in kinds:
        for flag in kind.flags:
            found.setdefault(flag, set()).add(kind.name)
    return {flag: frozenset(names) for flag, names in found.items()}


def amounts(kinds: Iterable[Kind] = REGISTRY) -> dict[str, frozenset[str]]:
    """Each kind's record fields that hold a decimal number, by kind name.

    >>> sorted(amounts()["tonnage"])
    ['high', 'low', 'tonnes']
    """
    return {kind.name: kind.amounts for kind in kinds}


_FLAGS: Final = flags()
_AMOUNTS: Final = amounts()
_AMOUNT_COLUMNS: Final = frozenset().union(*_AMOUNTS.values())


def _import_pandas() -> Any:
    try:
        import pandas as pd  # noqa: PLC0415 - optional dependency, loaded on first use
    except ImportError as exc:  # pragma: no cover - exercised only without pandas
        msg = 'to_frame() needs pandas: pip install "geoecon[pandas]"'
        raise ImportError(msg) from exc
    return pd


def _number(text: Any, decimals: Decimals) -> Any:
    if text is None:
        return None
    if decimals == "decimal":
        return Decimal(text)
    if decimals == "float":
        return float(Decimal(text))
    return str(text)


def to_frame(mentions: Sequence[Mention], *, decimals: Decimals = "decimal") -> pd.DataFrame:
    """Build the frame of ``mentions`` for ``geoecon.Extraction.to_frame``."""
    if decimals not in ("decimal", "float", "str"):
        msg = f"decimals must be 'decimal', 'float' or 'str', not {decimals!r}"
        raise ValueError(msg)
    pandas = _import_pandas()
    records = [m.to_record() for m in mentions]
    columns: list[str] = list(_FIRST)
    for record in records:
        columns.extend(key for key in record if key not in columns)
    kinds = [r["kind"] for r in records]
    data: dict[str, Any] = {}
    for column in columns:
        raw = [r.get(column) for r in records]
        if column == "kind":
            data[column] = pandas.Categorical(raw, categories=list(KINDS))
        elif column in {"start", "end"}:
            data[column] = pandas.array(raw, dtype="int64")
        elif column in _AMOUNT_COLUMNS:
            values = [
                _number(v, decimals) if column in _AMOUNTS[kind] else v
                for v, kind in zip(raw, kinds, strict=True)
            ]
            # a column that some kind's records hold as text ("value" of a date) stays objects
            numeric_only = all(column in _AMOUNTS[r["kind"]] or column not in r for r in records)
            if decimals == "float" and numeric_only:
                data[column] = pandas.array(values, dtype="float64")
            elif decimals == "str" and numeric_only:
                data[column] = pandas.array(values, dtype="string")
            else:
                data[column] = pandas.array([pandas.NA if v is None else v for v in values], dtype=object)
        elif column in _DATES:
            days = [dt.date.fromisoformat(v) if v else None for v in raw]
            data[column] = pandas.Series(pandas.to_datetime(days), dtype="datetime64[s]").array
        elif column in _FLAGS:
            applies = _FLAGS[column]
            data[column] = pandas.array(
                [bool(v) if kind in applies else None for v, kind in zip(raw, kinds, strict=True)],
                dtype="boolean",
            )
        else:
            data[column] = pandas.array([None if v is None else str(v) for v in raw], dtype="string")
    frame: pd.DataFrame = pandas.DataFrame(data, columns=columns)
    return frame


def _sort(hint: Any) -> Sort:
    """How a field annotated ``hint`` is typed in a frame (``Decimal | None`` is "decimal")."""
    args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    (base,) = args
    if base is bool:
        return "bool"
    if base is int:
        return "int"
    if base is float:
        return "float"
    if base is Decimal:
        return "decimal"
    if base is dt.date:
        return "date"
    return "text"


@cache
def columns(kind: str) -> tuple[tuple[str, Sort], ...]:
    """The columns of one kind's frame and how each is typed, from its mention class.

    >>> columns("place")  # doctest: +NORMALIZE_WHITESPACE
    (('start', 'int'), ('end', 'int'), ('text', 'text'), ('name', 'text'), ('country', 'text'),
     ('type', 'text'), ('demonym', 'bool'), ('disputed', 'bool'), ('historical', 'text'),
     ('geonames_id', 'int'), ('lat', 'float'), ('lon', 'float'), ('admin1', 'text'),
     ('admin1_name', 'text'))
    >>> [name for name, _ in columns("money")][3:]
    ['amount', 'low', 'high', 'currency', 'currency_assumed', 'per', 'qualifier', 'vague', 'approx']
    """
    cls = BY_NAME[kind].mention
    hints = typing.get_type_hints(cls)
    names = [f.name for f in attrs.fields(cls) if f.name != "basis"]
    tail: list[str] = []
    if issubclass(cls, _Numeric):
        tail = ["qualifier", "vague"]
        names = [name for name in names if name not in tail]
    found = [(name, _sort(hints[name])) for name in names + tail]
    if tail:
        found.append(("approx", "bool"))
    return tuple(found)


def _cell(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def kind_frame(mentions: Sequence[Mention], kind: str, *, decimals: Decimals = "decimal") -> pd.DataFrame:
    """Build the frame of the mentions of one ``kind`` for ``geoecon.Extraction.to_frame``."""
    if decimals not in ("decimal", "float", "str"):
        msg = f"decimals must be 'decimal', 'float' or 'str', not {decimals!r}"
        raise ValueError(msg)
    pandas = _import_pandas()
    cls = BY_NAME[kind].mention
    rows = [m for m in mentions if isinstance(m, cls)]
    data: dict[str, Any] = {}
    for name, sort in columns(kind):
        raw = [_cell(getattr(m, name)) for m in rows]
        if sort == "int":  # an offset is never missing; any other whole number may be (Int64)
            data[name] = pandas.array(raw, dtype="int64" if name in _FIRST else "Int64")
        elif sort == "float":
            data[name] = pandas.array(raw, dtype="Float64")
        elif sort == "bool":
            data[name] = pandas.array(raw, dtype="boolean")
        elif sort == "date":
            days = pandas.to_datetime([pandas.NaT if v is None else v for v in raw])
            data[name] = pandas.Series(days, dtype="datetime64[s]").array
        elif sort == "decimal" and decimals == "decimal":
            exact = [pandas.NA if v is None else Decimal(str(_plain_number(v))) for v in raw]
            data[name] = pandas.array(exact, dtype=object)
        elif sort == "decimal" and decimals == "float":
            data[name] = pandas.array([None if v is None else float(v) for v in raw], dtype="Float64")
        else:  # text, or a decimal as its plain string
            plain = [_plain_number(v) if sort == "decimal" else None if v is None else str(v) for v in raw]
            data[name] = pandas.array(plain, dtype="string")
    frame: pd.DataFrame = pandas.DataFrame(data, columns=[name for name, _ in columns(kind)])
    return frame
