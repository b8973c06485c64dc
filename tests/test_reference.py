"""The reference date and the caller's hints: ISO strings, datetimes, the dateline, country and currency.

Relative dates ("on Monday", "last year") are read against the reference date. A caller may
give it as a date, a datetime or an ISO 8601 string, or ask for the one the text's own dateline
states (``reference_date="dateline"``); a date read against a dateline records it
(``date.anchor.dateline`` with the dateline date's span).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoecon
from geoecon import Options, extract, find_dates
from geoecon._dateline import HEAD, dateline_date


@pytest.mark.parametrize(
    "given_as",
    [
        dt.date(2024, 3, 6),
        dt.datetime(2024, 3, 6, 22, 15, tzinfo=dt.timezone.utc),
        "2024-03-06",
        "2024-03-06T22:15:00+05:30",
        " 2024-03-06 ",
    ],
)
def test_a_reference_date_may_be_a_date_a_datetime_or_an_iso_string(given_as: object) -> None:
    found = extract("Talks resume on Monday.", reference_date=given_as)  # type: ignore[call-overload]
    assert found.reference_date == dt.date(2024, 3, 6)
    assert [d.value for d in found.dates] == ["2024-03-04"]


@pytest.mark.parametrize(
    ("text", "day", "date_text"),
    [
        (
            "LIMA, Mar 3, 2011 (Reuters) - Peru's central bank raised its key rate on Thursday.",
            "2011-03-03",
            "Mar 3, 2011",
        ),
        ("LONDON, 3 March 2011 /PRNewswire/ -- Exports rose last month.", "2011-03-03", "3 March 2011"),
        ("SAO PAULO, Brazil, March 3, 2011 - Output fell last year.", "2011-03-03", "March 3, 2011"),
        ("Mar 3, 2011 (Reuters) - Oil rose on Wednesday.", "2011-03-03", "Mar 3, 2011"),
        (
            "Published: Thursday, March 3, 2011 10:30 GMT\n\nExports rose on Wednesday.",
            "2011-03-03",
            "Thursday, March 3, 2011",
        ),
        ("2011-03-03\nThe ministry said on Monday that exports rose.", "2011-03-03", "2011-03-03"),
    ],
)
def test_the_dateline_gives_the_reference_date(text: str, day: str, date_text: str) -> None:
    found = extract(text, reference_date="dateline")
    assert found.reference_date == dt.date.fromisoformat(day)
    read = dateline_date(text)
    assert read is not None
    assert text[read[1][0] : read[1][1]] == date_text


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, March 3 - Exports rose on Monday.",  # the 1987 Reuters style: no year
        "Exports rose 4% on March 3, 2011, the ministry said on Monday.",  # a date in a sentence
        "LIMA, Feb 30, 2011 (Reuters) - Rates rose.",  # no such day
        "x" * HEAD + "\nLIMA, Mar 3, 2011 (Reuters) - too deep into the text",
        "",
    ],
)
def test_no_dateline_no_reference_date(text: str) -> None:
    found = extract(text, reference_date="dateline")
    assert found.reference_date is None
    assert all(d.value is None for d in found.dates if d.text in {"Monday", "on Monday"})


def test_a_date_read_against_the_dateline_says_so() -> None:
    text = "LIMA, Mar 3, 2011 (Reuters) - Peru's exports rose last month, the central bank said on Monday."
    found = extract(text, reference_date="dateline")
    by_text = {d.text: d for d in found.dates}
    assert by_text["last month"].value == "2011-02"
    assert by_text["Monday"].value == "2011-02-28"
    (basis,) = by_text["last month"].basis
    assert basis.rule == "date.anchor.dateline"
    assert basis.evidence is not None
    assert text[basis.evidence[0] : basis.evidence[1]] == "Mar 3, 2011"
    assert by_text["last month"].to_record(explain=True)["basis"] == [
        {"rule": "date.anchor.dateline", "evidence": [6, 17]}
    ]
    # The same text with the day given by the caller: the same values, the plain basis.
    given = extract(text, reference_date="2011-03-03")
    assert [d.value for d in given.dates] == [d.value for d in found.dates]
    assert {b.rule for d in given.dates for b in d.basis} <= {"date.anchor.reference"}


def test_the_dateline_option_reaches_find_and_many() -> None:
    text = "LIMA, Mar 3, 2011 (Reuters) - Rates rose on Monday."
    assert (
        tuple(find_dates(text, reference_date="dateline")) == extract(text, reference_date="dateline").dates
    )
    many = list(geoecon.extract_many([text, (text, "2020-01-01"), (text, "dateline")]))
    assert [f.reference_date for f in many] == [None, dt.date(2020, 1, 1), dt.date(2011, 3, 3)]
    assert next(geoecon.extract_many([text], reference_date="dateline")) == extract(
        text, reference_date="dateline"
    )


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"reference_date": 20110303}, TypeError, "reference_date must be a datetime.date"),
        ({"reference_date": "March 3, 2011"}, ValueError, "reference_date must be an ISO 8601 date"),
        ({"country": "Pakistan"}, ValueError, "country must be an ISO 3166-1 alpha-2 code, got 'PAKISTAN'"),
        ({"country": "XK1"}, ValueError, "country must be"),
        ({"country": 586}, TypeError, "country must be a str"),
        ({"currency": "rupee"}, ValueError, "currency must be an ISO 4217 code"),
    ],
)
def test_bad_hints_are_refused_naming_the_argument(
    kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        Options(**kwargs)  # type: ignore[arg-type]
    with pytest.raises(error, match=match):
        extract("text", **kwargs)  # type: ignore[call-overload]


def test_hints_are_codes_in_any_case() -> None:
    options = Options(country=" pk", currency="pkr ")
    assert (options.country, options.currency) == ("PK", "PKR")
    assert extract("Rs 5 billion", options=options) == extract("Rs 5 billion", country="PK", currency="PKR")


def test_extract_many_items_check_their_reference_date() -> None:
    with pytest.raises(ValueError, match=r"texts\[1\]\[1\], the reference date, must be an ISO 8601 date"):
        list(geoecon.extract_many(["a", ("b", "yesterday")]))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_head_reads_without_error(text: str) -> None:
    read = dateline_date(text)
    if read is not None:
        (start, end) = read[1]
        assert 0 <= start < end <= min(len(text), HEAD)
