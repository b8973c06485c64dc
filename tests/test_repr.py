"""A readable result (#21 item 1): a short repr, the listing, kinds= by one name, strict reasons."""

from __future__ import annotations

import datetime as dt
import runpy
from pathlib import Path

import pytest

import geoecon
from geoecon import Money, Place, extract

REF = dt.date(2025, 2, 24)
ARTICLE = (
    "MOSCOW, Feb 24 - Russian aluminum exports to the United States fell to just $2.3 million "
    "in 2024, down from $1.7 billion in 2017, about 15% of all U.S. aluminum imports. "
) * 20


def test_repr_is_short_and_counts_by_kind() -> None:
    found = extract(ARTICLE, reference_date=REF)
    text = repr(found)
    assert len(text) < 200 < len(ARTICLE)
    assert text.startswith("<Extraction of 181 mentions (money 40, percentage 20, date 60, place 61): ")
    assert "'MOSCOW, Feb 24 - Russian aluminum exports to the…'" in text
    assert text.endswith(f", {len(ARTICLE)} chars>")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "<Extraction of 0 mentions: '', 0 chars>"),
        ("No figures here.", "<Extraction of 0 mentions: 'No figures here.', 16 chars>"),
        # the text's newlines and runs of spaces are folded in the repr
        (
            "Output rose 4%\n\nin March.",
            "<Extraction of 2 mentions (percentage 1, date 1): 'Output rose 4% in March.', 25 chars>",
        ),
        # a first word longer than the lead is cut, not dropped
        ("x" * 60, f"<Extraction of 0 mentions: '{'x' * 48}…', 60 chars>"),
    ],
)
def test_repr_rows(text: str, expected: str) -> None:
    assert repr(extract(text, reference_date=REF)) == expected


def test_str_is_the_table_and_the_demo_listing() -> None:
    demo = runpy.run_path(str(Path(__file__).parent.parent / "examples" / "quickstart.py"))
    found = extract(demo["ARTICLE"], reference_date=REF)
    assert str(found) == found.table()
    lines = found.table().splitlines()
    assert len(lines) == len(found)
    assert lines[0].startswith("place         0-6    'MOSCOW'")
    assert all(line == line.rstrip() for line in lines)


def test_table_widens_offsets_past_four_digits() -> None:
    found = extract("x" * 12_000 + " Prices rose 4%.")
    (line,) = found.table().splitlines()
    assert line.startswith("percentage 12013-12015 '4%'")


def test_table_of_nothing() -> None:
    assert extract("No figures here.").table() == "no mentions"


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ("money", {"money"}),
        ("places", {"place"}),
        ("percentages", {"percentage"}),
        (Money, {"money"}),
        ({"dates", "place"}, {"date", "place"}),
        (("quantities", "tonnages"), set()),
    ],
)
def test_kinds_takes_one_kind_and_plural_names(
    kinds: str | type[geoecon.Mention] | set[str] | tuple[str, ...], expected: set[str]
) -> None:
    found = extract(ARTICLE, reference_date=REF, kinds=kinds)
    assert {m.kind for m in found} == expected
    assert next(geoecon.extract_many([ARTICLE], reference_date=REF, kinds=kinds)) == found


@pytest.mark.parametrize("kinds", ["weather", "moneys", "Places", ["place", "cities"]])
def test_kinds_refuses_unknown_names(kinds: str | list[str]) -> None:
    with pytest.raises(ValueError, match="kinds must name kinds from"):
        extract(ARTICLE, kinds=kinds)


@pytest.mark.parametrize(
    ("parse", "text", "reason"),
    [
        (
            geoecon.parse_money,
            "Rs 14 lakh a month",
            "read 'Rs 14 lakh' as 1400000 INR, then found text besides the amount: 'a month' after it",
        ),
        (
            geoecon.parse_money,
            "spent $2.3 million",
            "read '$2.3 million' as 2300000 USD, then found text besides the amount: 'spent' before it",
        ),
        (
            geoecon.parse_percentage,
            "rates rose 4-5%",
            "read '4-5%' as 4 to 5 percent, then found text besides the percentage: 'rates rose' before it",
        ),
        (
            geoecon.parse_place,
            "the Russian Federation",
            "read 'Russian Federation' as Russia (RU), then found text besides the place: 'the' before it",
        ),
        (
            geoecon.parse_date,
            "output in 2024",
            "read '2024' as 2024, then found text besides the date: 'output in'",
        ),
        # nothing was read: nothing to say
        (geoecon.parse_money, "no money here", "no amount of money found"),
    ],
)
def test_strict_parsers_say_what_they_read(parse: object, text: str, reason: str) -> None:
    assert callable(parse)
    with pytest.raises(geoecon.ParseError) as info:
        parse(text)
    assert info.value.reason == reason


def test_place_by_plural_in_to_frame() -> None:
    pytest.importorskip("pandas")
    found = extract(ARTICLE, reference_date=REF)
    assert found.to_frame("places").equals(found.to_frame(Place))
