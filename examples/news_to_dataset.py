"""The Reuters-21578 corpus -> a facts table (CSV) and a chart of commodity export facts per country.

Reads ``../shared/corpora/reuters21578.jsonl.gz`` (beside the repository; the example skips
quietly when it is absent), runs ``geoecon.extract`` over the first ``--limit`` stories, each
read against the day it was filed, and writes one row per fact (``Extraction.facts_frame``)
with the story's id to ``<tmp>/geoecon-examples/reuters_facts.csv`` (``--out`` to change it).
With matplotlib installed (``pip install "geoecon[plot]"``) it also draws the tonnes of
export facts per exporting country to ``reuters_exports.png`` beside the table (``--chart``).

The example does the file I/O; the library does none. It prints nothing unless asked
(``-v``), so that it runs the same with or without the corpus::

    python examples/news_to_dataset.py -v --limit 2000
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

import geoecon

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"
OUT = Path(tempfile.gettempdir()) / "geoecon-examples" / "reuters_facts.csv"


def stories(path: Path, limit: int) -> Iterator[tuple[str, str, dt.date | None]]:
    """Yield (id, text, filing day) for the first ``limit`` stories with a text."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        count = 0
        for line in lines:
            story = json.loads(line)
            if not story.get("text"):
                continue
            try:
                filed = dt.datetime.strptime(story["date"].split()[0], "%d-%b-%Y").date()  # noqa: DTZ007
            except (KeyError, ValueError):
                filed = None
            yield story["id"], story["text"], filed
            count += 1
            if count >= limit:
                return


def facts_table(path: Path, limit: int) -> pd.DataFrame:
    """One row per fact of the first ``limit`` stories, with the story's id first."""
    frames = []
    for story_id, text, filed in stories(path, limit):
        frame = geoecon.extract(text, reference_date=filed).facts_frame(decimals="str")
        if len(frame):
            frame.insert(0, "story", story_id)
            frames.append(frame)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def chart(table: pd.DataFrame, path: Path) -> bool:
    """Draw the tonnes of export facts per exporting country; False without matplotlib."""
    try:
        import matplotlib as mpl  # noqa: PLC0415 - optional: geoecon[plot]

        mpl.use("Agg")
        import matplotlib.pyplot as plt  # noqa: PLC0415
    except ImportError:
        return False
    exports = table[
        (table["kind"] == "tonnage") & (table["measure"] == "export") & (table["role"] == "level")
    ]
    exports = exports.dropna(subset=["where"])
    tonnes = exports.assign(value=exports["value"].astype(float)).groupby("where")["value"].sum()
    top = tonnes.sort_values(ascending=False).head(12) / 1e6
    figure, axes = plt.subplots(figsize=(8, 4))
    top.plot.bar(ax=axes, color="#4c72b0")
    axes.set_xlabel("exporter (ISO 3166-1)")
    axes.set_ylabel("million tonnes, summed over export facts")
    axes.set_title("Commodity export facts per country, Reuters-21578 (1987)")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return True


def main() -> None:
    """Write the facts table (and the chart) of the corpus, if it is there."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="stories to read (default 300)")
    parser.add_argument("--out", type=Path, default=OUT, help="the CSV file to write")
    parser.add_argument("--chart", type=Path, default=None, help="the PNG file to draw")
    parser.add_argument("-v", "--verbose", action="store_true", help="say what was written")
    args = parser.parse_args()
    if not CORPUS.exists():
        if args.verbose:
            print(f"no corpus at {CORPUS}: nothing to do")
        return
    table = facts_table(CORPUS, args.limit)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(args.out, index=False)
    drawn = chart(table, args.chart or args.out.with_name("reuters_exports.png"))
    if args.verbose:
        print(f"{len(table)} facts from {table['story'].nunique()} stories -> {args.out}")
        print("chart drawn" if drawn else "no chart (pip install 'geoecon[plot]')")


if __name__ == "__main__":
    main()
