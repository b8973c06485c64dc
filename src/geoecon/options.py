"""Options shared by ``geoecon.extract`` and the ``find_*`` functions."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
from collections.abc import Callable
from typing import Any, Final, Literal

import attrs

__all__ = ["DATELINE", "Options", "reference_day"]

PREFER_DATES_FROM: Final = ("past", "future")
TON_CONVENTIONS: Final = ("metric", "short")


#: The ``reference_date`` that asks for the date of the text's own dateline.
DATELINE: Final = "dateline"


def reference_day(value: object, name: str = "reference_date") -> dt.date | Literal["dateline"] | None:
    """A reference date as given by a caller, checked: a date, ``"dateline"`` or ``None``.

    A ``datetime`` gives its date (in its own time zone); a string is an ISO 8601 date or
    date-time, or ``"dateline"``.

    >>> reference_day("2024-03-05"), reference_day("2024-03-05T23:10:00+09:00")
    (datetime.date(2024, 3, 5), datetime.date(2024, 3, 5))
    >>> reference_day("5 March")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: reference_date must be an ISO 8601 date ('2024-03-05'), ... got '5 March'
    >>> reference_day(20240305)
    Traceback (most recent call last):
    ...
    TypeError: reference_date must be a datetime.date, an ISO 8601 str, 'dateline' or None, not int
    """
    if value is None or value == DATELINE:
        return DATELINE if value is not None else None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            msg = f"{name} must be an ISO 8601 date ('2024-03-05'), a date-time or 'dateline', got {value!r}"
            raise ValueError(msg) from None
    msg = f"{name} must be a datetime.date, an ISO 8601 str, 'dateline' or None, not {type(value).__name__}"
    raise TypeError(msg)


def _upper_code(value: object) -> object:
    """Accept a code in any case and with spaces around it."""
    return value.strip().upper() if isinstance(value, str) else value


def _check_code(
    known: Callable[[], frozenset[str]], what: str
) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, str):
            msg = f"{attribute.name} must be a str ({what}) or None, not {type(value).__name__}"
            raise TypeError(msg)
        if value not in known():
            msg = f"{attribute.name} must be {what}, got {value!r}"
            raise ValueError(msg)

    return check


@functools.cache
def _country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes of the bundled gazetteer's countries (read when a hint is given)."""
    text = importlib.resources.files("geoecon._tables").joinpath("places.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return frozenset(row[2] for row in rows if len(row) > 3 and row[3] == "country")


@functools.cache
def _currency_codes() -> frozenset[str]:
    from geoecon._tables.currencies import ISO_CODES  # noqa: PLC0415 - only when a hint is given

    return ISO_CODES


def _check_choice(choices: tuple[str, ...]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            msg = f"{attribute.name} must be a str, one of {choices!r}, not {type(value).__name__}"
            raise TypeError(msg)
        if value not in choices:
            msg = f"{attribute.name} must be one of {choices!r}, got {value!r}"
            raise ValueError(msg)

    return check


@attrs.frozen(kw_only=True)
class Options:
    """How to read a text.

    Attributes:
        reference_date: The day the text was written, for relative dates
            ("on Monday", "last year"): a ``datetime.date``, a ``datetime`` (its date) or an
            ISO 8601 string. ``"dateline"`` takes it from the text's own dateline ("LIMA,
            Mar 3, 2011 (Reuters) -"), where there is one with a year. Without it relative
            dates are reported unresolved.
        prefer_dates_from: ``"past"`` (news convention: a bare weekday or month is
            the most recent one up to the reference date) or ``"future"``.
        ton: How a bare "ton" converts: ``"metric"`` (default) or ``"short"``
            (US federal statistics).
        country: The country the text is about, as an ISO 3166-1 alpha-2 code (``"PK"``),
            when the text may not say: a hint below the text's own evidence, read for
            ambiguous currencies ("Rs", "pesos", "$") and fiscal years.
        currency: The currency of bare amounts, as an ISO 4217 code (``"INR"``), when the
            text may not say: a hint below the text's own evidence.

    >>> Options(ton="long")
    Traceback (most recent call last):
    ...
    ValueError: ton must be one of ('metric', 'short'), got 'long'
    """

    reference_date: dt.date | Literal["dateline"] | None = attrs.field(default=None, converter=reference_day)
    prefer_dates_from: Literal["past", "future"] = attrs.field(
        default="past", validator=_check_choice(PREFER_DATES_FROM)
    )
    ton: Literal["metric", "short"] = attrs.field(default="metric", validator=_check_choice(TON_CONVENTIONS))
    country: str | None = attrs.field(
        default=None,
        converter=_upper_code,
        validator=_check_code(_country_codes, "an ISO 3166-1 alpha-2 code"),
    )
    currency: str | None = attrs.field(
        default=None, converter=_upper_code, validator=_check_code(_currency_codes, "an ISO 4217 code")
    )
