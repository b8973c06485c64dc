"""The date of a text's own dateline, for ``reference_date="dateline"``.

A wire story says when it was filed before its first sentence: "LIMA, Mar 3, 2011 (Reuters) -",
"LONDON, 3 March 2011 /PRNewswire/ --", "Mar 3, 2011 (Reuters) -", or a line of its own
("Published: March 3, 2011 10:30 GMT", "2011-03-03"). Only a date that writes its day, month
and year counts, and only in the first ``HEAD`` characters, where it is

* after a dateline place in capitals and a comma ("LIMA, "), or
* before an agency tag ("(Reuters)", "(AP)", "/PRNewswire/"), or
* alone on its line, optionally after a label ("Published:", "Updated") and before a time.

A dateline without a year ("NEW YORK, March 3 -", the 1987 Reuters style) gives no reference
date: the year cannot be read, and a geoecon date never depends on the day it is read.

>>> dateline_date("LIMA, Mar 3, 2011 (Reuters) - Peru's central bank raised rates.")
(datetime.date(2011, 3, 3), (6, 17))
>>> dateline_date("NEW YORK, March 3 - Exports rose.") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from geoecon._tables.calendar_words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS

__all__ = ["HEAD", "dateline_date"]

#: How far into the text a dateline is looked for.
HEAD: Final = 300

_MONTH_NUMBER: Final[dict[str, int]] = {
    **{name.lower(): number for number, name in enumerate(MONTHS, 1)},
    **{abbr.lower(): number for abbr, number in MONTH_ABBREVIATIONS.items()},
}
_MONTH: Final = "|".join(sorted((*MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True))
_WEEKDAY: Final = "|".join(sorted((*WEEKDAYS, *WEEKDAY_ABBREVIATIONS), key=len, reverse=True))
# A day-month-year date: "Mar 3, 2011", "March 3 2011", "3 March 2011", "2011-03-03", with an
# optional weekday before ("Thursday, March 3, 2011"). Each part is bounded: no backtracking.
_DATE: Final = (
    rf"(?:(?:{_WEEKDAY})\.?,?[ \t]{{1,3}})?"
    rf"(?:(?P<m1>{_MONTH})\.?[ \t]{{1,3}}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]{{1,3}}(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]{{1,3}}(?P<m2>{_MONTH})\.?,?[ \t]{{1,3}}(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
)
_AGENCY: Final = r"[ \t]*(?:\((?:Reuters|AP|AFP|Bloomberg|Xinhua|dpa|IANS|PTI|ANI|UPI)\)|/[A-Za-z ]{2,30}/)"
_PATTERNS: Final = (
    # "LIMA, Mar 3, 2011": a place in capitals at a line's start, then a comma.
    re.compile(
        rf"(?m)^[ \t]*[A-Z][A-Z.'’ -]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z.]{{1,20}})?,[ \t]*(?P<date>{_DATE})\b"
    ),
    # "Mar 3, 2011 (Reuters)": an agency tag after the date.
    re.compile(rf"(?P<date>{_DATE}){_AGENCY}"),
    # A line of its own: "Published: March 3, 2011 10:30 GMT", "2011-03-03".
    re.compile(
        rf"(?m)^[ \t]*(?:(?:Published|Updated|Posted|Filed|Date|Dated)(?:[ \t]+on)?:?[ \t]*)?"
        rf"(?P<date>{_DATE})(?:,?[ \t]+\d{{1,2}}[:.]\d{{2}}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
        r"(?:[ \t]+[A-Z]{2,4})?)?[ \t]*$"
    ),
)


def dateline_date(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    r"""The day a dateline in the head of ``text`` names, and the span of its date, or ``None``.

    >>> dateline_date("Published: 5 March 2024, 10:30 GMT\nExports rose 4%.")
    (datetime.date(2024, 3, 5), (11, 23))
    >>> dateline_date("Exports rose 4% on March 5, 2024, the ministry said.") is None
    True
    """
    head = text[:HEAD]
    found = [match for pattern in _PATTERNS if (match := pattern.search(head)) is not None]
    for match in sorted(found, key=lambda match: match.start("date")):
        day = _day(match)
        if day is not None:
            return day, (match.start("date"), match.end("date"))
    return None


def _day(match: re.Match[str]) -> dt.date | None:
    """The date a match names, or ``None`` for an impossible one ("Feb 30")."""
    for tag in "123":
        year = match.group(f"y{tag}")
        if year is None:
            continue
        month = match.group(f"m{tag}")
        number = int(month) if month.isdigit() else _MONTH_NUMBER[month.lower()]
        try:
            return dt.date(int(year), number, int(match.group(f"d{tag}")))
        except ValueError:
            return None
    return None
