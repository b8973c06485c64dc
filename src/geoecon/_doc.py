"""The per-call working state shared by every kind's scanner.

A :class:`Doc` holds the source text, its same-length normalised form and the
options of one call. Scanners read ``doc.norm`` (look-alike characters folded)
and slice ``doc.raw`` for a mention's ``text``, so offsets hold in both. Work
that several kinds need (the number tokens) is done once, on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geoecon._text import normalise
from geoecon.options import Options

if TYPE_CHECKING:
    from geoecon.numerals import Number

__all__ = ["Doc"]


class Doc:
    """Source text, normalised text, options, and lazily computed shared tokens."""

    __slots__ = ("_numbers", "norm", "options", "raw")

    def __init__(self, raw: str, options: Options | None = None) -> None:
        self.raw = raw
        self.norm = normalise(raw)
        self.options = options if options is not None else Options()
        self._numbers: list[Number] | None = None

    @property
    def numbers(self) -> list[Number]:
        """Every number in the text, read once by the shared number reader."""
        if self._numbers is None:
            from geoecon.numerals import scan_numbers  # noqa: PLC0415 - avoids an import cycle

            self._numbers = scan_numbers(self.norm)
        return self._numbers
