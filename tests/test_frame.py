"""Extraction.to_frame(): one row per mention, typed columns, exact amounts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import geoecon

pd = pytest.importorskip("pandas")

TEXT = (
    "KINSHASA, March 3 - Congolese cobalt exports rose about 15% to $2.3 million in the third "
    "quarter of 2024, or 2 million tons of ore a year, and 1.2 million barrels per day of oil."
)
REF = dt.date(2025, 3, 3)


@pytest.fixture(scope="module")
def found() -> geoecon.Extraction:
    return geoecon.extract(TEXT, reference_date=REF)


def test_one_row_per_mention_in_text_order(found: geoecon.Extraction) -> None:
    frame = found.to_frame()
    assert len(frame) == len(found) > 0
    assert list(frame.columns[:4]) == ["kind", "start", "end", "text"]
    assert list(frame["text"]) == [m.text for m in found]
    assert list(frame["start"]) == [m.start for m in found]
    assert (
        set(frame["kind"])
        == {m.kind for m in found}
        >= {"money", "percentage", "tonnage", "quantity", "date", "place"}
    )


def test_dtypes(found: geoecon.Extraction) -> None:
    frame = found.to_frame()
    assert isinstance(frame["kind"].dtype, pd.CategoricalDtype)
    assert list(frame["kind"].cat.categories) == list(geoecon.KINDS)
    assert str(frame["start"].dtype) == str(frame["end"].dtype) == "int64"
    assert isinstance(frame["text"].dtype, pd.StringDtype)
    assert str(frame["start_date"].dtype) == "datetime64[s]"
    assert str(frame["approx"].dtype) == "boolean"
    assert frame["amount"].dtype == object


def test_amounts_stay_exact_decimals(found: geoecon.Extraction) -> None:
    frame = found.to_frame()
    money = frame[frame["kind"] == "money"].iloc[0]
    assert money["amount"] == Decimal(2300000)
    assert isinstance(money["amount"], Decimal)
    tonnage = frame[frame["kind"] == "tonnage"].iloc[0]
    assert tonnage["tonnes"] == Decimal(2000000)
    assert tonnage["per"] == "year"
    assert tonnage["of_what"] == "ore"
    pct = frame[frame["kind"] == "percentage"].iloc[0]
    assert pct["value"] == Decimal(15)
    assert bool(pct["approx"]) is True


def test_dates_keep_their_granularity_and_bounds(found: geoecon.Extraction) -> None:
    frame = found.to_frame()
    quarter = frame[frame["text"] == "third quarter of 2024"].iloc[0]
    assert quarter["value"] == "2024-Q3"
    assert quarter["granularity"] == "quarter"
    assert quarter["start_date"] == pd.Timestamp("2024-07-01")
    assert quarter["end_date"] == pd.Timestamp("2024-09-30")


def test_flags_are_false_where_they_apply_and_missing_elsewhere(found: geoecon.Extraction) -> None:
    frame = found.to_frame()
    place = frame[frame["kind"] == "place"]
    assert place["approx"].isna().all()
    money = frame[frame["kind"] == "money"].iloc[0]
    assert bool(money["approx"]) is False


@pytest.mark.parametrize(
    ("decimals", "expected", "dtype"),
    [("float", 2300000.0, "float64"), ("str", "2300000", "string"), ("decimal", Decimal(2300000), "object")],
)
def test_decimals_as_declared(found: geoecon.Extraction, decimals: str, expected: object, dtype: str) -> None:
    frame = found.to_frame(decimals=decimals)  # type: ignore[arg-type]
    assert frame[frame["kind"] == "money"].iloc[0]["amount"] == expected
    assert str(frame["amount"].dtype) == dtype


def test_empty_extraction_gives_empty_typed_frame() -> None:
    frame = geoecon.extract("Nothing to see.").to_frame()
    assert list(frame.columns) == ["kind", "start", "end", "text"]
    assert len(frame) == 0


@pytest.mark.parametrize("bad", ["double", "", None])
def test_bad_decimals_named(bad: object) -> None:
    with pytest.raises(ValueError, match="decimals"):
        geoecon.extract("4%").to_frame(decimals=bad)  # type: ignore[arg-type]


def test_frame_equals_records(found: geoecon.Extraction) -> None:
    strict = found.to_frame(decimals="str")
    plain = pd.DataFrame(found.to_records())
    for column in ["kind", "start", "end", "text", "amount", "tonnes", "currency", "per"]:
        left = [None if pd.isna(v) else str(v) for v in strict[column]]
        right = [None if pd.isna(v) else str(v) for v in plain[column]]
        assert left == right, column


# --- one kind's frame (#21): every field of the kind's class, each typed -----------------------


@pytest.mark.parametrize(
    ("kind", "numeric", "flags"),
    [
        ("money", ["amount", "low", "high"], ["currency_assumed", "vague", "approx"]),
        ("percentages", ["value", "low", "high"], ["vague", "approx"]),
        ("tonnage", ["tonnes", "low", "high"], ["vague", "approx"]),
        ("quantity", ["value", "low", "high"], ["vague", "approx"]),
        ("dates", [], ["relative"]),
        ("place", [], ["demonym", "disputed"]),
    ],
)
def test_one_kind_frame_columns(
    found: geoecon.Extraction, kind: str, numeric: list[str], flags: list[str]
) -> None:
    frame = found.to_frame(kind, decimals="float")
    name = geoecon.pipeline.kind_name(kind)
    assert list(frame.columns[:3]) == ["start", "end", "text"]
    assert "kind" not in frame.columns
    assert list(frame["text"]) == [m.text for m in found if m.kind == name]
    for column in numeric:
        assert str(frame[column].dtype) == "Float64", column
    for column in flags:
        assert str(frame[column].dtype) == "boolean", column
    assert not frame[flags].isna().any().any()  # a kind's own flags are never missing


def test_one_kind_frame_numbers_are_exact_or_nullable_floats(found: geoecon.Extraction) -> None:
    exact = found.to_frame("money")
    assert exact.loc[0, "amount"] == Decimal(2300000)
    assert isinstance(exact.loc[0, "amount"], Decimal)
    assert exact["low"].isna().all()
    floats = found.to_frame("money", decimals="float")
    assert floats.loc[0, "amount"] == 2_300_000.0
    assert floats["low"].isna().all()  # pandas.NA in a Float64 column, not NaN objects
    strings = found.to_frame("money", decimals="str")
    assert strings.loc[0, "amount"] == "2300000"
    assert isinstance(strings["amount"].dtype, pd.StringDtype)


def test_one_kind_frame_typed_fields(found: geoecon.Extraction) -> None:
    dates = found.to_frame("date")
    assert str(dates["start_date"].dtype) == "datetime64[s]"
    quarter = dates[dates["text"] == "third quarter of 2024"].iloc[0]
    assert (quarter["value"], quarter["granularity"]) == ("2024-Q3", "quarter")
    assert quarter["end_date"] == pd.Timestamp("2024-09-30")
    places = found.to_frame("places")
    assert isinstance(places["type"].dtype, pd.StringDtype)
    assert places.loc[0, "name"] == "Kinshasa"
    pct = found.to_frame("percentage")
    assert (pct.loc[0, "qualifier"], bool(pct.loc[0, "approx"])) == ("approx", True)


def test_one_kind_frame_of_no_mentions_keeps_its_columns() -> None:
    frame = geoecon.extract("Nothing here.").to_frame("money", decimals="float")
    assert len(frame) == 0
    assert str(frame["amount"].dtype) == "Float64"
    assert str(frame["approx"].dtype) == "boolean"


def test_one_kind_frame_refuses_unknown_kind_and_decimals(found: geoecon.Extraction) -> None:
    with pytest.raises(ValueError, match="kinds must name"):
        found.to_frame("weather")
    with pytest.raises(ValueError, match="decimals must be"):
        found.to_frame("money", decimals="double")  # type: ignore[arg-type]
