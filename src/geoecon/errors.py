"""Exceptions raised by geoecon.

Only the strict ``parse_*`` functions raise ``ParseError``, and only on
content; every function raises ``TypeError`` for an argument of the wrong
type and ``ValueError`` for an option outside its accepted values.
"""

from __future__ import annotations

__all__ = ["GeoeconError", "ParseError"]


class GeoeconError(Exception):
    """Base class of every exception geoecon defines."""


class ParseError(GeoeconError, ValueError):
    """A whole string given to a ``parse_*`` function is not a valid mention of its kind.

    Attributes:
        text: The string that was given.
        kind: The kind that was asked for ("money", "number", ...).
        reason: Why it was rejected, in words.

    >>> err = ParseError("two apples", kind="money", reason="no currency")
    >>> str(err)
    "cannot read 'two apples' as money: no currency"
    >>> isinstance(err, ValueError)
    True
    """

    def __init__(self, text: str, *, kind: str, reason: str) -> None:
        self.text = text
        self.kind = kind
        self.reason = reason
        super().__init__(f"cannot read {text!r} as {kind}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_parse_error, (self.text, self.kind, self.reason))


def _rebuild_parse_error(text: str, kind: str, reason: str) -> ParseError:
    return ParseError(text, kind=kind, reason=reason)
