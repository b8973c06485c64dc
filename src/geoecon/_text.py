"""Text helpers: argument checks and same-length normalisation.

Offsets are sacred: normalisation only ever maps one character to one
character (``str.translate``), so an offset into the normalised text is an
offset into the source. Never NFKC, which changes lengths ("½" -> "1⁄2").
"""

from __future__ import annotations

import re
from typing import Final

import regex

__all__ = [
    "NEAR",
    "check_text",
    "fold_spaces",
    "lower_same_length",
    "match_near",
    "match_near_ascii",
    "next_char",
    "normalise",
]

# One character in, one character out. Spaces of every width become a space;
# dashes and minus signs become "-"; curly quotes become straight ones.
_SAME_LENGTH: Final = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u200a": " ",  # hair space
        "\u2002": " ",
        "\u2003": " ",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus sign
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\uff04": "$",  # fullwidth dollar
        "\uff05": "%",  # fullwidth percent
        "\u066a": "%",  # Arabic percent sign
    }
)


def normalise(text: str) -> str:
    """Return ``text`` with look-alike characters folded, keeping its length.

    >>> normalise("€50\u00a0billion \u2013 about 15\u202f%")
    '€50 billion - about 15 %'
    """
    # Speed: every character folded is outside ASCII (a test checks), and str.isascii is
    # a flag read; translate looks each character up in a dict (4 ms per MB of newswire).
    if text.isascii():
        return text
    return text.translate(_SAME_LENGTH)


def lower_same_length(text: str) -> str:
    """Return ``text`` lower-cased, one character for one, so that offsets still hold.

    Scanners match case-insensitive words on this copy with case-sensitive patterns,
    which the regex engines run several times faster than IGNORECASE ones. The few
    characters whose lower case is longer ("İ" becomes "i̇") are kept as written.

    >>> lower_same_length("İSTANBUL, May 5")
    'İstanbul, may 5'
    """
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def check_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; raise a ``TypeError`` naming ``name`` otherwise.

    >>> check_text(b"abc")
    Traceback (most recent call last):
    ...
    TypeError: text must be str, not bytes; decode it first, e.g. text.decode('utf-8')
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        msg = f"{name} must be str, not {type(text).__name__}; decode it first, e.g. {name}.decode('utf-8')"
        raise TypeError(msg)
    msg = f"{name} must be str, not {type(text).__name__}"
    raise TypeError(msg)


_SPACES: Final = regex.compile(r"[ \t]+")


def fold_spaces(phrase: str) -> str:
    """Lower-case ``phrase`` and fold runs of spaces and tabs to one space (for table lookups).

    >>> fold_spaces("Pounds   Sterling")
    'pounds sterling'
    """
    lowered = phrase.lower()
    # Speed: most phrases are one word ("$", "dlrs", "tonnes"): no pattern to run.
    if "\t" not in lowered and "  " not in lowered:
        return lowered
    return _SPACES.sub(" ", lowered)


#: How far ahead an anchored match may look. Patterns read a few words; the bound keeps
#: each match O(1), however long the text.
NEAR: Final = 256


def match_near(pattern: regex.Pattern[str], text: str, pos: int, opens: str = "") -> regex.Match[str] | None:
    r"""``pattern.match(text, pos)``, looking at most ``NEAR`` characters ahead.

    The ``regex`` module looks for a pattern's required literal (the ")" of
    ``[ \t]*\)``) from ``pos`` to the end of the text before it tries to match, so
    an unbounded anchored match costs time in proportion to the rest of the text when
    the literal is rare: quadratic over a long text with many numbers.

    With ``opens``, the pattern runs only when the first character after spaces and
    tabs is one of these (the characters its matches can open with, both cases of a
    letter for a pattern that ignores case): a cheap gate for patterns such as range
    separators, which most numbers lack.

    >>> match_near(regex.compile(r"[ \t]*\)"), "x " * 100_000 + ")", 1) is None
    True
    >>> match_near(regex.compile(r"[ \t]*to[ \t]*"), "5 shares", 1, opens="tT") is None
    True
    """
    if opens and next_char(text, pos) not in opens:
        return None
    return pattern.match(text, pos, pos + NEAR)


def match_near_ascii(
    pattern: regex.Pattern[str],
    twin: re.Pattern[str],
    text: str,
    pos: int,
    *,
    opens: str = "",
    twin_text: str | None = None,
) -> regex.Match[str] | re.Match[str] | None:
    r"""``match_near(pattern, text, pos, opens)``, run by ``twin`` where the stretch read is ASCII.

    ``twin`` is a standard-library pattern that matches as ``pattern`` does on ASCII
    text (on ``twin_text``, the same text lower-cased, when ``pattern`` ignores case):
    ``re`` costs far less per call than ``regex``. Elsewhere ``pattern`` runs, so that
    Unicode case folding ("ſhare" is "share") still holds.

    >>> twin = re.compile(r"[ \t]*(per)")
    >>> match_near_ascii(regex.compile(r"[ \t]*(per)", regex.IGNORECASE), twin, "5 Per", 1,
    ...                  twin_text="5 per").group(1)
    'per'
    """
    if opens and next_char(text, pos) not in opens:
        return None
    end = pos + NEAR
    # Speed: ``str.isascii`` of a whole string reads a flag; a slice is tested only in other text.
    if text.isascii() or text[pos:end].isascii():
        return twin.match(text if twin_text is None else twin_text, pos, end)
    return pattern.match(text, pos, end)


def next_char(text: str, pos: int, skip: str = " \t", within: int = NEAR) -> str:
    """The first character at or after ``pos`` not in ``skip``, at most ``within`` ahead ("" if none).

    A cheap gate before an anchored pattern: "5 to 7" can open a range, "5 shares" cannot.

    >>> next_char("5  - 7", 1), next_char("5 -- %", 1, " -", 3)
    ('-', '')
    """
    # Speed: it is called for nearly every number by every kind; the next character or
    # the one after it (past one space) is the answer for most, without a slice to strip.
    if within <= 0:
        return ""
    c = text[pos : pos + 1]
    if not c or c not in skip:
        return c
    if within == 1:
        return ""
    c = text[pos + 1 : pos + 2]
    if not c or c not in skip:
        return c
    return text[pos + 2 : pos + within].lstrip(skip)[:1]
