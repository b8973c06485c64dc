"""The pipeline: one pass, sorted non-overlapping mentions, records, properties."""

from __future__ import annotations

import datetime as dt
import decimal
import pickle
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoecon
from geoecon import Extraction, Money, Options, Percentage, extract
from helpers import check_offsets

MISSION = (
    "Russian aluminum exports to the United States fell to just $2.3 million in 2024, down "
    "from a high of $1.7 billion in 2017 — about 15% of all U.S. aluminum imports"
)

NEWSY = st.lists(
    st.sampled_from(
        [
            "$",
            "€",
            "1",
            "2.3",
            ",",
            "000",
            " ",
            "million",
            "bn",
            "%",
            "per",
            "ton",
            "-",
            "to",
            "between",
            "and",
            "about",
            "2024",
            "Q3",
            "Monday",
            "last",
            "year",
            "Russia",
            "U.S.",
            "(",
            ")",
            "\n",
            "dollars",
            "percentage points",
            "tens of",
            "billions",
            "A$",
            "Rs",
        ]
    ),
    max_size=40,
).map("".join)


def test_mission_sentence() -> None:
    found = extract(MISSION, reference_date=dt.date(2025, 2, 24))
    summary = [(m.kind, m.text) for m in found]
    assert summary == [
        ("place", "Russian"),
        ("place", "United States"),
        ("money", "$2.3 million"),
        ("date", "2024"),
        ("money", "$1.7 billion"),
        ("date", "2017"),
        ("percentage", "15%"),
        ("place", "U.S."),
    ]
    assert found.money[0].amount == Decimal(2300000)
    assert found.places[1].country == "US"
    assert found.percentages[0].approx


def test_views_and_records() -> None:
    found = extract(MISSION)
    assert all(isinstance(m, Money) for m in found.money)
    assert all(isinstance(m, Percentage) for m in found.percentages)
    records = found.to_records()
    assert len(records) == len(found)
    for record in records:
        assert MISSION[record["start"] : record["end"]] == record["text"]
        assert all(not isinstance(v, float) for v in record.values())


def test_numeric_kinds_claim_before_dates() -> None:
    found = extract("Oil at $85 a barrel and 74% of output", reference_date=dt.date(2025, 1, 1))
    assert [m.kind for m in found] == ["money", "percentage"]


def test_kinds_filter_and_validation() -> None:
    assert {m.kind for m in extract(MISSION, kinds={"money"})} == {"money"}
    assert {m.kind for m in extract(MISSION, kinds=[Percentage])} == {"percentage"}
    with pytest.raises(ValueError, match="kinds must name"):
        extract(MISSION, kinds={"weather"})
    assert {m.kind for m in extract(MISSION, kinds="money")} == {"money"}  # one kind (#21)
    with pytest.raises(TypeError, match="kinds must be a kind or a collection"):
        extract(MISSION, kinds=42)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"reference_date": 20240101}, TypeError, "reference_date must be a datetime.date"),
        ({"reference_date": "1 Jan 2024"}, ValueError, "reference_date must be an ISO 8601 date"),
        ({"country": "Pakistan"}, ValueError, "country must be an ISO 3166-1 alpha-2 code"),
        ({"currency": 356}, TypeError, "currency must be a str"),
        ({"currency": "RS"}, ValueError, "currency must be an ISO 4217 code"),
        ({"prefer_dates_from": "later"}, ValueError, "prefer_dates_from"),
        ({"ton": "long"}, ValueError, "ton must be one of"),
    ],
)
def test_bad_options(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        extract("text", **kwargs)  # type: ignore[call-overload]


def test_bad_text() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        extract(b"$5 million")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="text must be str, not int"):
        extract(5)  # type: ignore[call-overload]


def test_options_object() -> None:
    options = Options(reference_date=dt.date(2025, 2, 24))
    assert extract("on Monday", options=options) == extract("on Monday", reference_date=dt.date(2025, 2, 24))


def test_results_pickle_and_are_immutable() -> None:
    found = extract(MISSION, reference_date=dt.date(2025, 2, 24))
    assert pickle.loads(pickle.dumps(found)) == found
    with pytest.raises(AttributeError):
        found.money[0].amount = Decimal(1)  # type: ignore[misc]


def test_html_rendering_escapes_and_marks() -> None:
    html = extract("<b>$5 million</b> & 4%")._repr_html_()
    assert "&lt;b&gt;" in html
    assert html.count("<mark") == 2
    assert "<script" not in html


def test_public_api_is_exported() -> None:
    for name in geoecon.__all__:
        assert hasattr(geoecon, name)
    assert isinstance(extract(""), Extraction)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), NEWSY))
def test_any_string_returns_valid_offsets(text: str) -> None:
    found = extract(text, reference_date=dt.date(2024, 3, 14))
    check_offsets(text, found.mentions)


@settings(max_examples=150, deadline=None)
@given(NEWSY, st.sampled_from(["", "Reuters - ", "  ", "\n\n", "Note: "]))
def test_prefix_shifts_offsets(text: str, prefix: str) -> None:
    ref = dt.date(2024, 3, 14)
    plain = extract(text, reference_date=ref, kinds={"money", "percentage"})
    shifted = extract(prefix + text, reference_date=ref, kinds={"money", "percentage"})
    if prefix.strip() or not text[:1].isalnum():
        # a prefix can only shift mentions; compare what lies past the prefix
        assert [(m.start + len(prefix), m.text) for m in plain] == [(m.start, m.text) for m in shifted]


@pytest.mark.parametrize(
    "text",
    [
        "1," * 20_000,
        "$" * 50_000,
        "9" * 50_000,
        "million " * 10_000,
        "Aa " * 20_000,
        "1.2." * 10_000,
        # once quadratic: a URL check per number rescanned its token, the overlap check was
        # pairwise, and a currency-suffix pattern ran after every "1-"
        "1-" * 20_000,
        "1-1 " * 10_000,
        "1 - " * 10_000,
        "<td>1,000</td>" * 4_000,
        "$5 per " * 5_000,
        "Monday " * 5_000,
    ],
)
def test_adversarial_inputs_return(text: str) -> None:
    # A hang guard, not a timing test: these must simply finish.
    check_offsets(text, extract(text).mentions)


def test_lazy_exports_and_preload() -> None:
    geoecon.preload()
    assert geoecon.find_money is geoecon.money.find_money
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = geoecon.nothing  # type: ignore[attr-defined]


# Characters that Unicode case folding equates with ASCII letters: a case-insensitive pattern
# matches "ſhare" (long s) as "share" and "mıd" (dotless i) as "mid", so every table lookup
# after such a match must fold the same way or miss cleanly. Each row once raised KeyError.
_FOLDS = [("s", "\u017f"), ("k", "\u212a"), ("i", "\u0131"), ("a", "\u00e5"), ("I", "\u0130")]
_FOLD_SENTENCES = [
    "some $5 per share, at least 5 pct, 5 thousand dollars",
    "5 cents, 5 kopeks, 5 pence and 5 kronor",
    "mid-May 2024, early 2024 and late last year",
    "about 5 tonnes per year, 5 tonnes daily, 5 kilograms of sugar",
    "up to 5 percent, 5 basis points, half a percent",
    "on Tuesday last week, 5 days ago, the first half of 2024",
]


@pytest.mark.parametrize("sentence", _FOLD_SENTENCES)
@pytest.mark.parametrize(("plain", "folded"), _FOLDS)
def test_unicode_case_folds_never_raise(sentence: str, plain: str, folded: str) -> None:
    text = sentence.replace(plain, folded)
    check_offsets(text, extract(text).mentions)


ARTICLES = sorted((Path(__file__).parents[1] / "examples" / "articles").glob("*.txt"))


def _texts() -> list[str]:
    stories = [p.read_text(encoding="utf-8") for p in ARTICLES]
    pairs = [a + "\n" + b for a in stories for b in stories[:6]]
    return [*stories, *pairs, "", MISSION, "1-1 " * 300 + "5 dollars"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"reference_date": dt.date(2024, 3, 1)},
        {"kinds": {"money", "date"}, "prefer_dates_from": "future", "reference_date": dt.date(2024, 3, 1)},
        {"options": Options(ton="short")},
    ],
    ids=["defaults", "reference date", "kinds", "options"],
)
def test_extract_many_equals_extract_per_text(kwargs: dict[str, Any]) -> None:
    texts = _texts()
    assert len(texts) > 2 * geoecon.pipeline.BATCH  # several batches and a partial one
    many = list(geoecon.extract_many(iter(texts), **kwargs))
    assert many == [extract(text, **kwargs) for text in texts]


def test_extract_many_is_lazy_and_leaks_no_context() -> None:
    taken: list[int] = []

    def stream() -> Iterator[str]:
        for i in range(1000):
            taken.append(i)
            yield f"Up {i}% to $1,234,567 million."

    with decimal.localcontext(decimal.Context(prec=4)):
        found = geoecon.extract_many(stream())
        first = next(found)
        assert len(taken) == geoecon.pipeline.BATCH  # one batch read, not the whole stream
        assert decimal.getcontext().prec == 4  # the library's context is not left behind
        assert first.money[0].amount == Decimal(1234567000000)
    assert list(geoecon.extract_many([])) == []


@pytest.mark.parametrize(
    ("texts", "match"),
    [
        ("a string", "texts must be an iterable of str"),
        (b"bytes", "texts must be an iterable of str"),
        (5, "texts must be an iterable of str"),
    ],
)
def test_extract_many_rejects_what_is_no_iterable_of_str(texts: object, match: str) -> None:
    with pytest.raises(TypeError, match=match):
        geoecon.extract_many(texts)  # type: ignore[call-overload]


def test_extract_many_names_the_bad_item() -> None:
    found = geoecon.extract_many(["fine", "also fine", b"raw bytes"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, not bytes; decode it first"):
        list(found)
    with pytest.raises(ValueError, match="ton"):
        geoecon.extract_many(["x"], ton="imperial")  # type: ignore[call-overload]


def test_extract_many_takes_a_date_per_text() -> None:
    days = [dt.date(2024, 3, 6), None, dt.date(2019, 1, 2)] * 30
    texts = [f"Talks resume on Monday; exports rose {i}%." for i in range(len(days))]
    many = list(geoecon.extract_many(zip(texts, days, strict=True), reference_date=dt.date(2000, 1, 1)))
    assert many == [extract(t, reference_date=d) for t, d in zip(texts, days, strict=True)]
    assert [f.reference_date for f in many[:3]] == days[:3]
    # a datetime is read as its date, as extract reads it
    noon = dt.datetime(2024, 3, 6, 12, tzinfo=dt.timezone.utc)
    assert list(geoecon.extract_many([("on Monday", noon)])) == [extract("on Monday", reference_date=noon)]
    mixed = list(geoecon.extract_many(["on Monday", ("on Monday", None)], reference_date=dt.date(2024, 3, 6)))
    assert [f.dates[0].value for f in mixed] == ["2024-03-04", None]


@pytest.mark.parametrize(
    ("item", "match"),
    [
        (
            ("on Monday", 20240306),
            r"texts\[0\]\[1\], the reference date, must be a datetime.date, an ISO 8601 str",
        ),
        ((b"on Monday", None), r"texts\[0\]\[0\] must be str, not bytes"),
        (
            ("on Monday", [2024, 3, 6]),
            r"texts\[0\]\[1\], the reference date, must be a datetime.date, .* or None, not list",
        ),
    ],
    ids=["number date", "bytes text", "unhashable date"],
)
def test_extract_many_names_a_bad_pair(item: object, match: str) -> None:
    with pytest.raises(TypeError, match=match):
        list(geoecon.extract_many([item]))  # type: ignore[list-item]
