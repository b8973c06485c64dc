"""``to_arrow``: mentions as one Apache Arrow table (``geoecon[arrow]``).

pyarrow is imported here only, on first call. Arrow is the one format that Polars, DuckDB and
Spark read without a copy, so the table is typed for them:

* ``doc``: ``int32``, the index of the text among those given (``0`` for one ``Extraction``);
* ``kind``: dictionary-encoded (``int8`` indices over every kind, in claiming order);
* ``start``, ``end``: ``int64``; ``text`` and the other text fields: ``string``;
* numbers (``amount``, ``low``, ``high``, ``tonnes``, ``value``): exact ``decimal128(38, 10)``,
  widened (``decimal256``) only when a value needs more digits;
* a date's ``start_date``/``end_date``: ``date32``; its ISO value ("2024-Q3") is
  ``date_value`` (``value`` is the number of a percentage or a quantity);
* a place's ``geonames_id``: ``int64``; its ``lat``/``lon``: ``float64`` (null where unknown);
* flags: ``bool``, false where the kind has the flag and the text did not set it, null where
  the kind has no such flag; every other field is null on the rows of kinds that lack it.

The columns are the same whatever the mentions (the fields of every kind, as one kind's frame
has them: ``geoecon._frame.columns``), so the tables of many batches concatenate.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Final

from geoecon._frame import Sort, columns
from geoecon.pipeline import KINDS

if TYPE_CHECKING:
    import pyarrow as pa

    from geoecon._mention import Mention

__all__ = ["schema_columns", "table"]

#: The digits of an exact number column unless a value needs more (Spark's widest decimal).
_PRECISION: Final = 38
_SCALE: Final = 10
#: Arrow's widest decimal.
_WIDEST: Final = 76


def _import_pyarrow() -> Any:
    try:
        import pyarrow as pa  # noqa: PLC0415 - optional dependency, loaded on first use
    except ImportError as exc:  # pragma: no cover - exercised only without pyarrow
        msg = 'to_arrow() needs pyarrow: pip install "geoecon[arrow]"'
        raise ImportError(msg) from exc
    return pa


@cache
def schema_columns() -> tuple[tuple[str, str, Sort, frozenset[str]], ...]:
    """Every column after ``doc`` and ``kind``: its name, its field, its sort and its kinds.

    A field that two kinds hold with different sorts (a date's text ``value`` beside the
    number of a percentage) is named after the kind that holds it as text.

    >>> [(name, field) for name, field, _, _ in schema_columns() if field == "value"]
    [('value', 'value'), ('date_value', 'value')]
    >>> [name for name, _, sort, _ in schema_columns() if sort == "date"]
    ['start_date', 'end_date']
    """
    sorts: dict[str, set[Sort]] = {}
    for kind in KINDS:
        for field, sort in columns(kind):
            sorts.setdefault(field, set()).add(sort)
    found: dict[str, tuple[str, Sort, set[str]]] = {}
    for kind in KINDS:
        for field, sort in columns(kind):
            clash = len(sorts[field]) > 1 and sort != "decimal"
            name = f"{kind}_{field}" if clash else field
            found.setdefault(name, (field, sort, set()))[2].add(kind)
    return tuple((name, field, sort, frozenset(kinds)) for name, (field, sort, kinds) in found.items())


def _digits(values: Iterable[Decimal]) -> tuple[int, int]:
    """The integer and fractional digits that the widest of ``values`` needs."""
    whole, fraction = 0, 0
    for value in values:
        sign, digits, exponent = value.normalize().as_tuple()
        del sign
        if not isinstance(exponent, int):  # NaN or infinity: never read from text
            msg = f"cannot write {value} as an Arrow decimal"
            raise ValueError(msg)  # noqa: TRY004 - the value is wrong, not its type
        fraction = max(fraction, -exponent)
        whole = max(whole, len(digits) + exponent)
    return whole, fraction


def _decimal_type(pa: Any, values: Sequence[Decimal | None]) -> Any:
    whole, fraction = _digits(v for v in values if v is not None)
    scale = max(_SCALE, fraction)
    precision = max(_PRECISION, whole + scale)
    if precision <= _PRECISION:
        return pa.decimal128(_PRECISION, scale)
    if precision <= _WIDEST:
        return pa.decimal256(_WIDEST, min(scale, _WIDEST - whole))
    msg = f"a number of {whole + fraction} digits does not fit Arrow's widest decimal ({_WIDEST} digits)"
    raise ValueError(msg)


def _cell(mention: Mention, field: str) -> Any:
    value = getattr(mention, field)
    return value.value if isinstance(value, enum.Enum) else value


def table(documents: Iterable[Sequence[Mention]]) -> pa.Table:
    """The Arrow table of the mentions of each of ``documents``, one row per mention."""
    pa = _import_pyarrow()
    rows: list[tuple[int, Mention]] = [
        (index, mention) for index, mentions in enumerate(documents) for mention in mentions
    ]
    kind_index = {kind: rank for rank, kind in enumerate(KINDS)}
    arrays: dict[str, Any] = {
        "doc": pa.array([index for index, _ in rows], type=pa.int32()),
        "kind": pa.DictionaryArray.from_arrays(
            pa.array([kind_index[m.kind] for _, m in rows], type=pa.int8()), pa.array(KINDS)
        ),
    }
    for name, field, sort, kinds in schema_columns():
        if sort == "bool":  # a kind's own flag is never null
            values: list[Any] = [bool(_cell(m, field)) if m.kind in kinds else None for _, m in rows]
        else:
            values = [_cell(m, field) if m.kind in kinds else None for _, m in rows]
        if sort == "decimal":
            arrays[name] = pa.array(values, type=_decimal_type(pa, values))
        else:
            arrow_type = {
                "int": pa.int64(),
                "float": pa.float64(),
                "bool": pa.bool_(),
                "date": pa.date32(),
            }.get(sort, pa.string())
            arrays[name] = pa.array(values, type=arrow_type)
    return pa.table(arrays)
