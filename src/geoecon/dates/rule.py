"""What a rule of the date grammar is made of.

A reader turns one match of a rule's pattern into a ``Period`` (or refuses it: ``None``).
It is given the match, the text around it (``Around``) and what relative dates are read
against (``Anchor``). A reader that reads a date over a span other than the match's returns
a ``Spanned`` period.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

from geoecon.dates.anchor import Anchor
from geoecon.dates.around import Around

if TYPE_CHECKING:
    from geoecon.dates.calendar import Period

__all__ = ["Reader", "Spanned"]


class Spanned(NamedTuple):
    """A period read over ``start:end`` of the text, not over the whole match."""

    period: Period
    start: int
    end: int


Reader: TypeAlias = Callable[[re.Match[str], Around, Anchor], "Period | Spanned | None"]
