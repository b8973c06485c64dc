"""``Extraction.to_frame()``: the records as a typed pandas DataFrame (``geoecon[pandas]``).

pandas is imported here only, on first call, so geoecon itself never needs it.
Column types:

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
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal

if TYPE_CHECKING:
    import pandas as pd

    from geoecon.extraction import Extraction

Decimals = Literal["decimal", "float", "str"]

_FIRST: Final = ("kind", "start", "end", "text")
_AMOUNTS: Final = frozenset({"amount", "low", "high", "tonnes"})
_NUMERIC_VALUE_KINDS: Final = frozenset({"percentage", "quantity"})
_DATES: Final = frozenset({"start_date", "end_date"})
_FLAGS: Final[dict[str, frozenset[str]]] = {
    "approx": frozenset({"money", "percentage", "tonnage", "quantity"}),
    "vague": frozenset({"money", "percentage", "tonnage", "quantity"}),
    "currency_assumed": frozenset({"money"}),
    "relative": frozenset({"date"}),
    "demonym": frozenset({"place"}),
    "disputed": frozenset({"place"}),
}


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


def to_frame(found: Extraction, *, decimals: Decimals = "decimal") -> pd.DataFrame:
    """Build the frame for ``geoecon.Extraction.to_frame``."""
    if decimals not in ("decimal", "float", "str"):
        msg = f"decimals must be 'decimal', 'float' or 'str', not {decimals!r}"
        raise ValueError(msg)
    pandas = _import_pandas()
    from geoecon.extraction import KINDS  # noqa: PLC0415 - avoids an import cycle

    records = found.to_records()
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
        elif column in _AMOUNTS or column == "value":
            values = [
                _number(v, decimals) if column != "value" or kind in _NUMERIC_VALUE_KINDS else v
                for v, kind in zip(raw, kinds, strict=True)
            ]
            numeric_only = column != "value" or not any(k == "date" for k in kinds)
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
