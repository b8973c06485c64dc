"""``Extraction.facts_frame()``: one tidy row per fact, as a typed pandas DataFrame (``geoecon[pandas]``).

Columns, with the dtypes of ``to_frame``: ``kind`` (categorical), ``start``/``end``
(``int64``), ``text``, ``measure``, ``commodity``, ``where``, ``partner`` (pandas strings;
several places joined by ``,``), ``period``, ``period_start``/``period_end``
(``datetime64[s]``), ``value`` (the value in its unit: ``Decimal`` by default), ``unit``
(the currency for money, "percent", "tonne", the quantity's unit), ``per``, ``role``,
``direction``, ``modality`` (categorical) and ``sentence`` (string). A conversion
(``Fact.equivalent_of``) is left out: its value is already in the frame once.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from geoecon._mention import Money, Percentage, Quantity, Tonnage

if TYPE_CHECKING:
    import pandas as pd

    from geoecon.facts._fact import Fact, Value

__all__ = ["COLUMNS", "facts_frame"]

COLUMNS = (
    "kind", "start", "end", "text", "measure", "commodity", "where", "partner", "period", "period_start",
    "period_end", "value", "unit", "per", "role", "direction", "modality", "sentence",
)  # fmt: skip


def _amount(value: Value) -> tuple[Decimal | None, str | None, str | None]:
    if isinstance(value, Money):
        return value.amount, value.currency, value.per
    if isinstance(value, Percentage):
        return value.value, value.unit.value, None
    if isinstance(value, Tonnage):
        return value.tonnes, "tonne", value.per
    if isinstance(value, Quantity):
        return value.value, value.unit, value.per
    return None, None, None  # pragma: no cover - every value kind is above


def _row(text: str, fact: Fact) -> dict[str, Any]:
    amount, unit, per = _amount(fact.value)
    when = fact.when
    return {
        "kind": fact.value.kind,
        "start": fact.value.start,
        "end": fact.value.end,
        "text": fact.value.text,
        "measure": None if fact.measure is None else fact.measure.head,
        "commodity": fact.commodity,
        "where": ",".join(fact.where) or None,
        "partner": ",".join(fact.partner) or None,
        "period": None if when is None else when.value,
        "period_start": None if when is None else when.start_date,
        "period_end": None if when is None else when.end_date,
        "value": amount,
        "unit": unit,
        "per": per,
        "role": fact.role,
        "direction": fact.direction,
        "modality": fact.modality,
        "sentence": " ".join(text[fact.sentence[0] : fact.sentence[1]].split()),
    }


def facts_frame(
    text: str, facts: Sequence[Fact], *, decimals: Literal["decimal", "float", "str"] = "decimal"
) -> pd.DataFrame:
    """Return the facts of ``text`` as a DataFrame (see the module docstring for its columns).

    Raises:
        ImportError: pandas is not installed (``pip install "geoecon[pandas]"``).
        ValueError: ``decimals`` is not one of the three accepted values.

    >>> from geoecon import extract
    >>> found = extract("Exports reached 4.2 trillion rubles ($46 billion) in 2024.")
    >>> facts_frame(found.text, found.facts)[["text", "measure", "value", "unit", "period"]]
                        text measure          value unit period
    0  4.2 trillion rubles  export  4200000000000  RUB   2024
    """
    if decimals not in ("decimal", "float", "str"):
        msg = f"decimals must be 'decimal', 'float' or 'str', not {decimals!r}"
        raise ValueError(msg)
    try:
        import pandas as pd  # noqa: PLC0415 - optional dependency, loaded on first use
    except ImportError as exc:  # pragma: no cover - exercised only without pandas
        msg = 'facts_frame() needs pandas: pip install "geoecon[pandas]"'
        raise ImportError(msg) from exc
    rows = [_row(text, f) for f in facts if f.equivalent_of is None]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["kind"] = pd.Categorical(frame["kind"], categories=["money", "percentage", "tonnage", "quantity"])
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    for column in ("text", "measure", "commodity", "where", "partner", "period", "unit", "per", "sentence"):
        frame[column] = frame[column].astype("string")
    for column in ("period_start", "period_end"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    frame["role"] = pd.Categorical(frame["role"], categories=["level", "change", "base"])
    frame["direction"] = pd.Categorical(frame["direction"], categories=["up", "down"])
    frame["modality"] = pd.Categorical(frame["modality"], categories=["reported", "expected"])
    if decimals == "float":
        frame["value"] = frame["value"].astype("float64")
    elif decimals == "str":
        frame["value"] = frame["value"].map(lambda v: None if v is None else format(v, "f")).astype("string")
    result: pd.DataFrame = frame
    return result
