"""The PySpark ``mapInPandas`` pattern of docs/scale-out.md, run for real: ``make test-spark``.

Spark in local mode (two Python workers) maps the page's own ``extract_partition`` (its
doctests' code, read from the page, so what is tested is what is documented) over a Spark
DataFrame of articles, and the rows must equal ``extract_many``'s records in the page's
columns, article by article.

Not part of ``make test``: the Spark tests are skipped unless ``GEOECON_TEST_SPARK=1`` (which
``make test-spark`` sets), and then skipped with a message where pyspark or Java 17 or newer
is missing, so the README's test command needs neither (it runs only the check that the page
still defines the pattern).
"""

from __future__ import annotations

import datetime as dt
import doctest
import gzip
import itertools
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import geoecon

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
#: Articles of Reuters-21578 read by the corpus test (about 130 KB of text).
SLICE = 150

sys.path.insert(0, str(ROOT / "benchmarks"))
from spark_speedup import java_major  # noqa: E402 - the one Java probe, shared with the benchmark


def _skip_reason() -> str | None:
    if os.environ.get("GEOECON_TEST_SPARK") != "1":
        return "Spark tests run with make test-spark (GEOECON_TEST_SPARK=1), not in make test"
    try:
        import pyspark  # noqa: F401, PLC0415 - optional
    except ImportError:
        return 'pyspark is not installed: pip install "geoecon[spark]" (make test-spark does)'
    major = java_major()
    if major is None or major < 17:
        found = "none on PATH or JAVA_HOME" if major is None else f"Java {major}"
        return f"Spark needs Java 17 or newer (found {found}): install a JDK 17 to run these tests"
    return None


SKIP = _skip_reason()
needs_spark = pytest.mark.skipif(SKIP is not None, reason=SKIP or "")
# PySpark 4.x warns that it does not fully support pandas 3; mapInPandas works with it
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")


def documented_pattern() -> dict[str, Any]:
    """``COLUMNS``, ``extract_partition`` and ``SCHEMA`` as the page's doctests define them."""
    page = (ROOT / "docs" / "scale-out.md").read_text(encoding="utf-8")
    names: dict[str, Any] = {"__name__": "scale_out_page"}  # not importable: pickled by value
    wanted = (
        *("import datetime", "import geoecon", "import pandas", "from collections.abc"),
        *("COLUMNS =", "def extract_partition", "SCHEMA ="),
    )
    for example in doctest.DocTestParser().get_examples(page):
        if example.source.startswith(wanted):
            exec(example.source, names)  # noqa: S102 - the documentation's own code
    assert {"COLUMNS", "SCHEMA", "extract_partition"} <= names.keys()
    return names


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession  # noqa: PLC0415 - optional

    # the Python workers must be this interpreter (geoecon, pandas and pyarrow installed)
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("geoecon-test-spark")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.default.parallelism", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def expected_rows(articles: list[tuple[str, dt.date, str]], columns: list[str]) -> list[dict[str, Any]]:
    """The records of ``extract_many`` over the articles, each with its own date, in ``columns``."""
    found = geoecon.extract_many((text, day) for _, day, text in articles)
    return [
        {column: record.get(column) for column in columns} | {"article": article_id}
        for (article_id, _, _), extraction in zip(articles, found, strict=True)
        for record in extraction.to_records()
    ]


def spark_rows(spark: Any, articles: list[tuple[str, dt.date, str]]) -> list[dict[str, Any]]:
    """Run the documented ``mapInPandas`` call; its rows as dicts, in the order Spark gives them."""
    pattern = documented_pattern()
    frame = spark.createDataFrame(articles, "id string, published date, text string")
    mentions = frame.mapInPandas(pattern["extract_partition"], schema=pattern["SCHEMA"])
    return [row.asDict() for row in mentions.collect()]


def order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda row: (row["article"], row["start"], row["end"], row["kind"]))


def test_the_page_defines_the_pattern() -> None:  # in make test too: no Spark needed
    pattern = documented_pattern()
    assert pattern["COLUMNS"][:4] == ["article", "kind", "start", "end"]
    assert pattern["SCHEMA"].startswith("article string, kind string, start long, end long")


@needs_spark
def test_map_in_pandas_gives_the_records_of_extract_many(spark: Any) -> None:
    articles = [
        ("r1", dt.date(1987, 2, 26), "Brazil's cocoa arrivals rose 12% to 155,221 tonnes last week."),
        ("r2", dt.date(1987, 3, 2), "The EC sold 50,000 tonnes of wheat to Egypt for 6 mln dlrs on Monday."),
        ("r3", dt.date(1987, 3, 3), "No figures here."),
        ("r4", dt.date(2024, 3, 6), "India's fiscal deficit was 5.6% of GDP, or Rs 17.35 lakh crore."),
    ]
    rows = spark_rows(spark, articles)
    expected = expected_rows(articles, documented_pattern()["COLUMNS"])
    assert order(rows) == order(expected)
    by_text = {row["text"]: row for row in rows}
    assert by_text["last week"]["value"] == "1987-W08"  # each article read with its own date
    assert by_text["Monday"]["value"] == "1987-03-02"
    assert by_text["Rs 17.35 lakh crore"]["amount"] == "17350000000000"  # 17.35 x 10^5 x 10^7


def reuters_slice(count: int) -> list[tuple[str, dt.date, str]]:
    """The first ``count`` Reuters articles as (id, day of the wire timestamp, text)."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, count)]
    return [
        (row["id"], dt.datetime.strptime(row["date"].split()[0], "%d-%b-%Y").date(), row["text"])  # noqa: DTZ007 - a day
        for row in rows
    ]


@needs_spark
@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpora is absent (a user's clone)")
def test_map_in_pandas_over_a_slice_of_reuters(spark: Any) -> None:
    articles = reuters_slice(SLICE)
    rows = spark_rows(spark, articles)
    expected = expected_rows(articles, documented_pattern()["COLUMNS"])
    assert len(rows) > 1000
    assert order(rows) == order(expected)
    assert {row["kind"] for row in rows} == {"money", "percentage", "tonnage", "quantity", "date", "place"}
