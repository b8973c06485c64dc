"""The one place that imports dateparser (lazily, inside functions).

geoecon's own grammar reads every date form it supports; dateparser is an
optional fallback for :func:`geoecon.dates.parse_date` on whole strings the
grammar does not know ("Thursday 24th of February, 2025 at 10:00"). It is never
called by the scanner, so it costs nothing in :func:`geoecon.extract`.

The parser is built once with ``languages=["en"]`` (auto-detection is 40x
slower and reads "to" as Finnish), and results are cached by normalised string,
reference date and preference, because dateparser costs about 0.5 ms a call.
Known traps are avoided: ``PREFER_DATES_FROM="current_period"`` for the past
preference (``"past"`` sends "Monday" on a Monday to the week before), and
``PREFER_DAY_OF_MONTH``/``PREFER_MONTH_OF_YEAR="first"`` with the period read from
dateparser's own ``period`` so that a missing day is never invented.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from typing import Any, Final, Literal

__all__ = ["available", "parse_period"]

Period = tuple[Literal["day", "week", "month", "year"], dt.date]

# dateparser takes the reference date only as a setting of the parser, so a call sets it, parses
# and resets it; the lock keeps another thread's call out of that window (the cached parser is
# shared). Without it, 8 threads with different reference dates got about one result in ten wrong.
_SETTINGS_LOCK: Final = threading.Lock()


def available() -> bool:
    """Return whether dateparser can be imported."""
    try:
        import dateparser  # noqa: F401, PLC0415 - optional, imported on use
    except ImportError:
        return False
    return True


@functools.lru_cache(maxsize=4)
def _parser(prefer: str) -> Any:
    from dateparser.date import DateDataParser  # noqa: PLC0415 - optional, imported on use

    settings = {
        "PREFER_DATES_FROM": "future" if prefer == "future" else "current_period",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
        "RETURN_TIME_AS_PERIOD": True,
        "STRICT_PARSING": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


@functools.lru_cache(maxsize=4096)
def parse_period(text: str, reference: dt.date | None, prefer: str) -> Period | None:
    """Read ``text`` with dateparser: (period, first day) or ``None``.

    ``text`` should already be normalised (stripped, spaces collapsed); it is the
    cache key together with ``reference`` and ``prefer``.
    """
    if not available():
        return None
    parser = _parser(prefer)
    with _SETTINGS_LOCK:
        if reference is not None:
            base = dt.datetime(reference.year, reference.month, reference.day, 12, 0)  # noqa: DTZ001 - naive, as dateparser wants
            parser._settings.RELATIVE_BASE = base  # noqa: SLF001 - dateparser has no per-call option
        try:
            data = parser.get_date_data(text)
        except (ValueError, OverflowError, TypeError):
            return None
        finally:
            if reference is not None:
                parser._settings.RELATIVE_BASE = False  # noqa: SLF001
    if data is None or data.date_obj is None:
        return None
    day: dt.date = data.date_obj.date()
    if data.period == "year":
        return "year", day
    if data.period == "month":
        return "month", day
    if data.period == "week":
        return "week", day
    return "day", day
