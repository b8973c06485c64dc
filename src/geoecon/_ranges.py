"""Ranges: "X-Y", "X to Y", "between X and Y", "from X to Y", over two already-read ends.

Each numeric kind reads the two ends of a range itself (a number with its unit or
currency, ``geoecon.numerals`` for the number); this room reads what joins them: the
separator after the first end (and a hedge after it), and "between" or "from" before
the first end. It decides where the range's span opens and the rules all kinds share:

* "and" joins two ends only after "between" or "from" ("5 and 7 tonnes" are two
  amounts; "between 5 and 7 tonnes" is one range);
* after "and" or "to", the span opens at "between"/"from" ("from 3 to 5 tonnes"
  is one mention); after "-" or "through" it opens at the first end.

Each kind writes its ranges with its own ``RangeSyntax``; the separator sets differ on
purpose (the kinds' tests pin each one):

* percentages and money: "-", "to", "and" (not "or": "$5 or $6" are two amounts);
* measures (tonnages and quantities): also "through" ("5 through 7 tonnes"), a hedge
  after the separator ("3 to about 5 tonnes"), and a minus sign glued to the second
  number read as the hyphen ("2 -7 g").

What stays in each kind: whether the two ends agree (one unit, one currency), the value
of the range (``geoecon.numerals.combine_range``), and the kind's own refusals ("rose 5%
to 6%" is two percentages, "rose from 5 to 7 tonnes" two tonnages).

>>> syntax = RangeSyntax(("-", "to", "and"))
>>> text = "between 4% and 5%"
>>> syntax.separator(text, 10)
Separator(word='and', end=15)
>>> syntax.join(text, "and", 8)
Join(word='and', lead=0, start=0)
>>> syntax.join("4% and 5%", "and", 0) is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs
import regex

from geoecon._regex import alternation
from geoecon._tables.cue_words import CHANGE_WORDS
from geoecon._text import match_near

if TYPE_CHECKING:
    from geoecon.numerals import Number

__all__ = ["Join", "RangeSyntax", "Separator", "is_change"]

#: The separators after which "between"/"from" opens the span ("from 3 to 5 tonnes").
_LEAD_JOINS: Final = frozenset({"and", "to"})
#: "between" or "from" before the first end, and how far before it they may start.
_LEAD: Final = regex.compile(r"(?<![\w])(?:between|from)[ \t]+", regex.IGNORECASE | regex.REVERSE)
_LEAD_REACH: Final = 12


# A word of change right before the first end ("rose 5% to 6%", "decrease by 5% to 31%").
_CHANGE_VERB: Final = regex.compile(
    rf"(?<![\w])(?:{alternation(list(CHANGE_WORDS))})\s+(?:by\s+)?", regex.IGNORECASE | regex.REVERSE
)
# A word of change in the clause before "from" ("widened sharply from", "an increase from").
_CHANGE_CLAUSE: Final = regex.compile(
    rf"(?<![\w])(?:{alternation(list(CHANGE_WORDS))})(?![\w])[^.,;:!?\n]*", regex.IGNORECASE | regex.REVERSE
)
_CHANGE_REACH: Final = 40


def is_change(text: str, join: Join) -> bool:
    """Whether two ends joined by "to" are a change (two mentions), not a range.

    A word of change right before the first end ("rose 5% to 6%"), or one
    at most 40 characters before a leading "from", no comma or stop between ("fell sharply from $1.7
    billion to $2.3 million"): the base and the level reached, never a range (SCHEMA.md).
    "$4 billion to $5 billion", "ranging from $700,000 to $1.1 million" stay ranges.

    >>> text = "Exports fell from $1.7 billion to $2.3 million"
    >>> is_change(text, RangeSyntax(("to",)).join(text, "to", 18))
    True
    >>> text = "valued at $7 billion to $9 billion"
    >>> is_change(text, RangeSyntax(("to",)).join(text, "to", 10))
    False
    """
    if join.word != "to":
        return False
    first = join.start if join.lead is None else join.lead
    if _CHANGE_VERB.match(text, max(0, first - _CHANGE_REACH), first) is not None:
        return True
    if join.lead is None or text[join.lead : join.lead + 4].lower() != "from":
        return False
    return _CHANGE_CLAUSE.match(text, max(0, join.lead - _CHANGE_REACH), join.lead) is not None


@attrs.frozen
class Separator:
    """The words between the two ends of a range, read after the first end."""

    word: str  # the separator, lower-cased: "-", "to", "and", "through"
    end: int  # where the separator (and a hedge after it) ends: the second end must start here


@attrs.frozen
class Join:
    """How two ends join into one range."""

    word: str  # the separator, lower-cased
    lead: int | None  # where "between"/"from" starts before the first end; None without one
    start: int  # where the range's span opens: the lead after "and"/"to", else the first end


def _separator_pattern(syntax: RangeSyntax) -> regex.Pattern[str]:
    words = "|".join(regex.escape(word) for word in syntax.separators)
    source = rf"[ \t]*(?P<w>{words})[ \t]*"
    if syntax.hedges:
        source += rf"(?:(?:{'|'.join(regex.escape(hedge) for hedge in syntax.hedges)})[ \t]*)?"
    return regex.compile(source, regex.IGNORECASE)


def _first_chars(syntax: RangeSyntax) -> str:
    """The characters a separator can open with, both cases (``match_near``'s gate)."""
    return "".join(sorted({c for word in syntax.separators for c in (word[0].lower(), word[0].upper())}))


@attrs.frozen
class RangeSyntax:
    """How one kind writes the join between the two ends of a range.

    Attributes:
        separators: The words (and "-") that may stand between the two ends, with
            spaces or tabs around them, matched ignoring case.
        hedges: Words that may follow the separator ("3 to about 5 tonnes"); they
            stay inside the span and qualify nothing.
        between: Whether "between" or "from" before the first end may open the range
            (without it, "and" joins nothing).
        signed_hyphen: Whether a minus sign glued to the second number, with only
            white space before it, is the hyphen of a range ("2 -7 g").
    """

    separators: tuple[str, ...]
    hedges: tuple[str, ...] = ()
    between: bool = True
    signed_hyphen: bool = False
    pattern: regex.Pattern[str] = attrs.field(
        init=False, repr=False, eq=False, default=attrs.Factory(_separator_pattern, takes_self=True)
    )
    opens: str = attrs.field(
        init=False, repr=False, eq=False, default=attrs.Factory(_first_chars, takes_self=True)
    )

    def separator(self, text: str, pos: int) -> Separator | None:
        """The separator after a first end that ends at ``pos``, or None."""
        match = match_near(self.pattern, text, pos, opens=self.opens)
        if match is None:
            return None
        return Separator(match.group("w").lower(), match.end())

    def separator_before(self, text: str, pos: int, second: Number, *, signed: bool = True) -> str | None:
        """The separator between a first end ending at ``pos`` and a second end opening with ``second``.

        With ``signed_hyphen``, a minus sign of ``second`` with only white space before
        it is the hyphen, unless the kind says no for this pair (``signed=False``: the
        measures, when a unit follows the first number). None when nothing joins them.
        """
        found = self.separator(text, pos)
        if found is not None and found.end == second.start:
            return found.word
        if signed and self.signed_hyphen and second.sign == "-" and not text[pos : second.start].strip():
            return "-"
        return None

    def join(self, text: str, word: str, first: int) -> Join | None:
        """The join by ``word`` of a range whose first end starts at ``first``.

        Reads "between"/"from" before the first end; None where "and" has none.
        """
        lead = _LEAD.match(text, max(0, first - _LEAD_REACH), first) if self.between else None
        if lead is None:
            return None if word == "and" else Join(word, None, first)
        return Join(word, lead.start(), lead.start() if word in _LEAD_JOINS else first)
