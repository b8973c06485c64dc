"""to_arrow (#21 item 3): exact decimals, date32 dates, dictionary-encoded kinds, one schema."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import geoecon

pa = pytest.importorskip("pyarrow")

REF = dt.date(2025, 3, 3)
STORIES = [
    (
        "KINSHASA, March 3 - Congolese cobalt exports rose about 15% to $2.3 million in the third "
        "quarter of 2024, or 2 million tons of ore a year, and 1.2 million barrels per day of oil."
    ),
    "Iron ore fell to $95.50 a tonne on Monday, while India's budget rose to Rs 4,500 crore.",
    "No figures here.",
    "The central bank cut rates by 50 basis points to 5.25-5.5% in the first half of 2023.",
]


@pytest.fixture(scope="module")
def found() -> list[geoecon.Extraction]:
    return list(geoecon.extract_many(STORIES, reference_date=REF))


@pytest.fixture(scope="module")
def table(found: list[geoecon.Extraction]) -> Any:
    return geoecon.to_arrow(found)


def test_one_row_per_mention_with_its_doc(found: list[geoecon.Extraction], table: Any) -> None:
    assert table.num_rows == sum(len(f) for f in found)
    expected = [(i, m.kind, m.start, m.end, m.text) for i, f in enumerate(found) for m in f]
    got = table.select(["doc", "kind", "start", "end", "text"]).to_pylist()
    assert [tuple(row.values()) for row in got] == expected
    assert 2 not in table.column("doc").to_pylist()  # a text without mentions has no row


def test_types(table: Any) -> None:
    schema = table.schema
    assert schema.field("doc").type == pa.int32()
    assert schema.field("kind").type == pa.dictionary(pa.int8(), pa.string())
    assert table.column("kind").combine_chunks().dictionary.to_pylist() == list(geoecon.KINDS)
    assert schema.field("start").type == pa.int64()
    for name in ("amount", "low", "high", "tonnes", "value"):
        assert schema.field(name).type == pa.decimal128(38, 10), name
    assert schema.field("start_date").type == schema.field("end_date").type == pa.date32()
    assert schema.field("date_value").type == pa.string()
    assert schema.field("approx").type == pa.bool_()


def test_amounts_are_exact(table: Any) -> None:
    rows = table.to_pylist()
    money = {r["text"]: r for r in rows if r["kind"] == "money"}
    assert money["$2.3 million"]["amount"] == Decimal(2300000)
    assert money["$95.50 a tonne"]["amount"] == Decimal("95.5")
    assert money["Rs 4,500 crore"]["amount"] == Decimal(45000000000)
    assert money["Rs 4,500 crore"]["currency"] == "INR"
    pct = {r["text"]: r for r in rows if r["kind"] == "percentage"}
    assert (pct["5.25-5.5%"]["low"], pct["5.25-5.5%"]["high"]) == (Decimal("5.25"), Decimal("5.5"))
    assert pct["5.25-5.5%"]["value"] is None
    assert pct["50 basis points"]["unit"] == "basis_point"


def test_dates_and_flags(table: Any) -> None:
    rows = table.to_pylist()
    quarter = next(r for r in rows if r["text"] == "third quarter of 2024")
    assert (quarter["date_value"], quarter["granularity"]) == ("2024-Q3", "quarter")
    assert (quarter["start_date"], quarter["end_date"]) == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    assert quarter["relative"] is False
    assert quarter["approx"] is None  # dates have no such flag
    money = next(r for r in rows if r["kind"] == "money")
    assert money["relative"] is None
    assert money["approx"] is False
    assert money["granularity"] is None


def test_the_schema_is_the_same_for_any_batch(table: Any) -> None:
    empty = geoecon.extract("Nothing here.").to_arrow()
    assert empty.num_rows == 0
    assert empty.schema == table.schema
    one = geoecon.extract(STORIES[1], reference_date=REF).to_arrow()
    assert one.schema == table.schema
    assert pa.concat_tables([table, one]).num_rows == table.num_rows + one.num_rows


def test_a_number_past_38_digits_widens_the_column() -> None:
    found = geoecon.extract("a debt of $" + "9" * 20 + " trillion")
    (money,) = found.money
    table = found.to_arrow()
    assert table.schema.field("amount").type == pa.decimal256(76, 10)
    assert table.column("amount")[0].as_py() == money.amount


def test_refuses_what_is_not_an_extraction() -> None:
    with pytest.raises(TypeError, match="item 1 is a str"):
        geoecon.to_arrow([geoecon.extract("Up 4%."), "Up 5%."])  # type: ignore[list-item]


def test_polars_and_duckdb_read_it(table: Any) -> None:
    pl = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    frame = pl.from_arrow(table)
    assert str(frame.schema["amount"]).startswith("Decimal")
    total = frame.filter(pl.col("kind") == "money")["amount"].sum()
    assert Decimal(str(total)) == Decimal(2300000) + Decimal("95.5") + Decimal(45000000000)
    con = duckdb.connect()
    con.register("mentions", table)
    ((count,),) = con.sql("select count(*) from mentions where kind = 'place'").fetchall()
    assert count == len([r for r in table.to_pylist() if r["kind"] == "place"])
