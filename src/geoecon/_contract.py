"""What every kind's public functions promise, written once.

* ``find_*`` checks its arguments at the call (a ``TypeError`` or ``ValueError`` then, not at
  the first ``next()``), accepts ``options=`` or the keywords of ``extract``, and returns an
  iterator over the kind's mentions after the same arbitration as ``extract``, so that
  ``list(find_X(text)) == list(extract(text, kinds={X}).X)``.
* ``options_from`` turns the keywords into one ``Options`` (the usual call builds none).

``parse_*`` keeps the same promises about its arguments; its whole-string policy is
``geoecon._strict``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import localcontext
from typing import Final, Literal, TypeVar

from geoecon._arbitration import resolve_overlaps
from geoecon._doc import Doc
from geoecon._mention import Mention
from geoecon._text import check_text
from geoecon.numerals import CONTEXT
from geoecon.options import Options

__all__ = ["find_all", "options_from"]

M = TypeVar("M", bound=Mention)

_DEFAULT_OPTIONS: Final = Options()


def options_from(
    options: Options | None,
    reference_date: object = None,
    prefer_dates_from: Literal["past", "future"] = "past",
    ton: Literal["metric", "short"] = "metric",
    *,
    country: str | None = None,
    currency: str | None = None,
) -> Options:
    """The ``Options`` of a call: ``options`` itself, or one built from the keywords.

    >>> options_from(None).prefer_dates_from
    'past'
    >>> options_from(None, ton="short").ton
    'short'
    >>> options_from(None, "2024-03-05", country="pk").country
    'PK'
    >>> options_from("past")
    Traceback (most recent call last):
    TypeError: options must be a geoecon.Options, not str
    """
    if options is None:
        if (
            reference_date is None
            and prefer_dates_from == "past"
            and ton == "metric"
            and country is None
            and currency is None
        ):
            return _DEFAULT_OPTIONS  # Speed: the usual call builds (and checks) no Options
        return Options(
            reference_date=reference_date,
            prefer_dates_from=prefer_dates_from,
            ton=ton,
            country=country,
            currency=currency,
        )
    if not isinstance(options, Options):
        msg = f"options must be a geoecon.Options, not {type(options).__name__}"
        raise TypeError(msg)
    return options


def find_all(text: str, scan: Callable[[Doc], Iterable[M]], options: Options) -> Iterator[M]:
    """Every mention ``scan`` finds in ``text``, arbitrated as ``extract`` does, as an iterator.

    The work is done at the call, so a bad ``text`` raises here.
    """
    check_text(text)
    doc = Doc(text, options)
    with localcontext(CONTEXT):
        return iter(resolve_overlaps(list(scan(doc))))
