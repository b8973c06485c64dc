"""The places named in Reuters-21578 stories, on a world map (``docs/img/places-map.png``).

Reads ``../shared/corpora/reuters21578.jsonl.gz`` (beside the repository; the example skips
quietly when it is absent), runs ``geoecon.extract(..., kinds={"place"})`` over the headline,
dateline and body of the first ``--limit`` stories and counts the place mentions at each
point the gazetteer gives (``Place.lat``/``Place.lon``, from GeoNames at build time): a
country at its capital, a city at its own point. Regions, seas and dissolved states have no
point, and continents are not drawn: they are counted apart. With matplotlib (``pip install
"geoecon[plot]"``) it draws one circle per point, its area proportional to the mentions, on a
plain longitude/latitude (plate carrée) axis with graticules; with cartopy as well (``pip
install "geoecon[map]"``) on cartopy's bundled Natural Earth I relief image, which needs no
download.

The example does the file I/O; the library does none. It prints nothing unless asked
(``-v``), so that it runs the same with or without the corpus::

    python examples/places_map.py -v --limit 2000 --out docs/img/places-map.png
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

import geoecon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"
OUT = Path(tempfile.gettempdir()) / "geoecon-examples" / "places-map.png"
#: How many of the most-named points get a label.
LABELLED = 14


def stories(path: Path, limit: int) -> Iterator[str]:
    """Yield headline, dateline and body of the first ``limit`` stories with a text."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        count = 0
        for line in lines:
            story = json.loads(line)
            if not story.get("text"):
                continue
            yield f"{story.get('title') or ''}\n{story.get('dateline') or ''}\n{story['text']}"
            count += 1
            if count >= limit:
                return


def place_counts(texts: Iterator[str]) -> tuple[pd.DataFrame, int]:
    """Mentions per country or city with a point (name, country, type, lat, lon, mentions), and all mentions.

    >>> points, total = place_counts(iter(["KYIV - Ukraine and Kyiv; the Middle East."]))
    >>> [(p.name, p.type, p.mentions) for p in points.itertuples()], total
    ([('Kyiv', 'city', 2), ('Ukraine', 'country', 1)], 4)
    """
    frames = [found.to_frame("place") for found in geoecon.extract_many(texts, kinds={"place"})]
    places = pd.concat(frames, ignore_index=True) if frames else geoecon.extract("").to_frame("place")
    located = places[places["type"].isin(["country", "city"])].dropna(subset=["lat", "lon"])
    points = (
        located.groupby(["name", "country", "type", "lat", "lon"], dropna=False)
        .size()
        .rename("mentions")
        .reset_index()
        .sort_values(["mentions", "name"], ascending=[False, True], ignore_index=True)
    )
    return points, len(places)


def _axes(plt: Any, figsize: tuple[float, float]) -> tuple[Any, Any, dict[str, Any]]:
    """A world axis in plate carrée: cartopy's with its bundled relief image, else plain matplotlib."""
    try:
        ccrs = importlib.import_module("cartopy.crs")  # optional: geoecon[map]
    except ImportError:
        figure, axes = plt.subplots(figsize=figsize)
        axes.set_xlim(-180, 180)
        axes.set_ylim(-90, 90)
        axes.set_aspect("equal")
        axes.set_xticks(range(-180, 181, 30))
        axes.set_yticks(range(-90, 91, 30))
        axes.grid(color="#999999", linewidth=0.4, linestyle=":")
        axes.set_facecolor("#eef3f7")
        axes.set_xlabel("longitude")
        axes.set_ylabel("latitude")
        return figure, axes, {}
    figure = plt.figure(figsize=figsize)
    axes = figure.add_subplot(1, 1, 1, projection=ccrs.PlateCarree())
    axes.set_global()
    axes.stock_img()  # Natural Earth I, shipped inside cartopy: no download
    grid = axes.gridlines(draw_labels=True, linewidth=0.4, color="#555555", alpha=0.6, linestyle=":")
    grid.top_labels = grid.right_labels = False
    return figure, axes, {"transform": ccrs.PlateCarree()}


def draw(points: pd.DataFrame, total: int, stories_read: int, path: Path) -> bool:
    """Draw the points to ``path`` (PNG); False without matplotlib."""
    try:
        import matplotlib as mpl  # noqa: PLC0415 - optional: geoecon[plot]

        mpl.use("Agg")
        import matplotlib.pyplot as plt  # noqa: PLC0415
        from PIL import Image  # noqa: PLC0415 - a dependency of matplotlib
    except ImportError:
        return False
    figure, axes, on_map = _axes(plt, (12, 6.6))
    scale = 1600 / max(1, int(points["mentions"].max())) if len(points) else 1
    style = {"country": ("#c0392b", "countries (at their capital)"), "city": ("#1f4e99", "cities")}
    for type_, (colour, label) in style.items():
        rows = points[points["type"] == type_]
        axes.scatter(
            rows["lon"].astype(float),
            rows["lat"].astype(float),
            s=[max(6.0, m * scale) for m in rows["mentions"]],
            color=colour,
            alpha=0.55,
            edgecolor="white",
            linewidth=0.6,
            label=f"{label}: {int(rows['mentions'].sum()):,} mentions",
            zorder=3,
            **on_map,
        )
    placed: list[tuple[float, float]] = []
    for name, lon, lat, mentions in zip(
        points["name"],
        points["lon"].astype(float),
        points["lat"].astype(float),
        points["mentions"],
        strict=True,
    ):
        if len(placed) >= LABELLED or any(abs(lon - x) < 14 and abs(lat - y) < 6 for x, y in placed):
            continue  # a label near a bigger one's would cover it
        placed.append((lon, lat))
        axes.annotate(
            f"{name} {mentions:,}",
            (lon, lat),
            xytext=(6, 4),
            textcoords="offset points",
            fontsize=8,
            zorder=4,
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.7, "linewidth": 0},
        )  # a plate carrée axis: its data coordinates are longitude and latitude
    located = int(points["mentions"].sum())
    legend = axes.legend(loc="lower left", fontsize=8, markerscale=0.3, framealpha=0.85)
    legend.set_zorder(5)
    axes.set_title(
        f"Places named in {stories_read:,} Reuters-21578 stories (1987): {located:,} of {total:,} "
        "place mentions are drawn\n"
        "(circle area = mentions; regions, seas, continents and dissolved states are not)",
        fontsize=10,
    )
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    figure.savefig(buffer, dpi=100, format="png")
    plt.close(figure)
    # 128 colours (octree, no dithering) keep the markers' colours and a fifth of the bytes
    image = Image.open(buffer).convert("RGB")
    image.quantize(colors=128, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        path, optimize=True
    )
    return True


def main() -> None:
    """Count the places of the corpus and draw them, if the corpus is there."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="stories to read (default 300)")
    parser.add_argument("--out", type=Path, default=OUT, help="the PNG file to draw")
    parser.add_argument("-v", "--verbose", action="store_true", help="say what was drawn")
    args = parser.parse_args()
    if not CORPUS.exists():
        if args.verbose:
            print(f"no corpus at {CORPUS}: nothing to do")
        return
    texts = list(stories(CORPUS, args.limit))
    points, total = place_counts(iter(texts))
    drawn = draw(points, total, len(texts), args.out)
    if args.verbose:
        print(f"{int(points['mentions'].sum())} of {total} place mentions at {len(points)} points")
        print(points.head(LABELLED).to_string(index=False))
        print(f"map drawn to {args.out}" if drawn else "no map (pip install 'geoecon[plot]')")


if __name__ == "__main__":
    main()
