"""Options shared by ``geoecon.extract`` and the ``find_*`` functions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Final, Literal

import attrs

__all__ = ["Options"]

PREFER_DATES_FROM: Final = ("past", "future")
TON_CONVENTIONS: Final = ("metric", "short")


def _check_reference_date(_: object, __: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        msg = f"reference_date must be a datetime.date or None, not {type(value).__name__}"
        raise TypeError(msg)


def _check_choice(choices: tuple[str, ...]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            msg = f"{attribute.name} must be a str, one of {choices!r}, not {type(value).__name__}"
            raise TypeError(msg)
        if value not in choices:
            msg = f"{attribute.name} must be one of {choices!r}, got {value!r}"
            raise ValueError(msg)

    return check


def _to_date(value: object) -> object:
    """Accept a datetime for convenience by taking its date."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value


@attrs.frozen(kw_only=True)
class Options:
    """How to read a text.

    Attributes:
        reference_date: The day the text was written, for relative dates
            ("on Monday", "last year"). Without it they are reported unresolved.
        prefer_dates_from: ``"past"`` (news convention: a bare weekday or month is
            the most recent one up to the reference date) or ``"future"``.
        ton: How a bare "ton" converts: ``"metric"`` (default) or ``"short"``
            (US federal statistics).

    >>> Options(ton="long")
    Traceback (most recent call last):
    ...
    ValueError: ton must be one of ('metric', 'short'), got 'long'
    """

    reference_date: dt.date | None = attrs.field(
        default=None, converter=_to_date, validator=_check_reference_date
    )
    prefer_dates_from: Literal["past", "future"] = attrs.field(
        default="past", validator=_check_choice(PREFER_DATES_FROM)
    )
    ton: Literal["metric", "short"] = attrs.field(default="metric", validator=_check_choice(TON_CONVENTIONS))
