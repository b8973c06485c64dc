"""Threads, pickling and options: no state leaks between calls."""

from __future__ import annotations

import datetime as dt
import gc
import pickle
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal

import pytest

import geoecon

STORIES = [
    "MOSCOW, Feb 24 - Russian aluminum exports to the United States fell to just $2.3 million in 2024.",
    "Saudi Arabia pumped about 9 million barrels per day on Monday, up 2% from last week.",
    "Rusal shipped 250,000 tonnes of aluminium to China in the third quarter of 2024.",
    "KINSHASA (Reuters) - Congo's cobalt output reached 2 million tons last year, worth $5 billion.",
    "The central bank cut rates by 50 basis points in December; the yen hit ¥150 on Friday.",
    "India's fiscal deficit for FY2024 was 5.6% of GDP, or Rs 17.35 lakh crore.",
]
DATES = [dt.date(2025, 2, 24), dt.date(2024, 3, 14), dt.date(2023, 12, 31), None]
TONS: list[Literal["metric", "short"]] = ["metric", "short"]


def read(job: tuple[str, dt.date | None, Literal["metric", "short"]]) -> geoecon.Extraction:
    text, ref, ton = job
    return geoecon.extract(text, reference_date=ref, ton=ton)


JOBS = [(text, ref, ton) for text in STORIES for ref in DATES for ton in TONS]


def test_eight_threads_give_the_sequential_results() -> None:
    sequential = [read(job) for job in JOBS]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(read, JOBS * 4))
    assert threaded == sequential * 4


def test_eight_threads_of_extract_many_give_the_sequential_results() -> None:
    sequential = [read(job) for job in JOBS]

    def stream(ton: Literal["metric", "short"]) -> list[geoecon.Extraction]:
        pairs = [(text, ref) for text, ref, job_ton in JOBS if job_ton == ton]
        return list(geoecon.extract_many(pairs * 3, ton=ton))

    expected = {
        ton: [e for e, job in zip(sequential, JOBS, strict=True) if job[2] == ton] * 3 for ton in TONS
    }
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(stream, TONS * 4))
    assert results == [expected[ton] for ton in TONS * 4]


COLD_START = """
import datetime as dt, sys
from concurrent.futures import ThreadPoolExecutor
import geoecon
texts = sys.argv[1:]
with ThreadPoolExecutor(max_workers=8) as pool:  # tables load lazily: threads race to load them
    first = list(pool.map(lambda t: geoecon.extract(t, reference_date=dt.date(2025, 2, 24)), texts * 3))
again = [geoecon.extract(t, reference_date=dt.date(2025, 2, 24)) for t in texts] * 3
sys.exit(0 if first == again else 1)
"""


def test_threads_from_a_cold_start_agree() -> None:
    done = subprocess.run(
        [sys.executable, "-c", COLD_START, *STORIES], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr


def test_options_do_not_leak_between_calls() -> None:
    text = "It was Monday; output hit 2 million tons."
    a = geoecon.extract(text, reference_date=dt.date(2025, 2, 24), ton="short")
    b = geoecon.extract(text, reference_date=dt.date(2024, 3, 14))
    c = geoecon.extract(text)
    assert a.dates[0].value == "2025-02-24"
    assert b.dates[0].value == "2024-03-11"
    assert c.dates[0].value is None
    assert a.tonnages[0].tonnes != b.tonnages[0].tonnes == c.tonnages[0].tonnes
    assert geoecon.extract(text, reference_date=dt.date(2025, 2, 24), ton="short") == a


def test_results_pickle_and_unpickle_equal() -> None:
    for job in JOBS:
        found = read(job)
        again = pickle.loads(pickle.dumps(found))
        assert again == found
        assert again.to_records() == found.to_records()


FALLBACK = ["3 days ago", "yesterday", "last Tuesday", "two weeks ago", "in 5 days", "tomorrow"]
FALLBACK_DAYS = [dt.date(2025, 2, 24) + dt.timedelta(days=37 * i) for i in range(8)]


def test_dateparser_fallback_is_safe_under_threads_with_different_reference_dates() -> None:
    # The adapter's result cache is bypassed (``__wrapped__``) so that the calls really overlap
    # inside dateparser, each thread with its own reference date.
    from geoecon._adapters.dateparser_adapter import parse_period  # noqa: PLC0415

    read_one = parse_period.__wrapped__
    jobs = [(text, day) for day in FALLBACK_DAYS for text in FALLBACK] * 25
    sequential = [read_one(text, day, "past") for text, day in jobs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda job: read_one(job[0], job[1], "past"), jobs))
    wrong = sum(a != b for a, b in zip(threaded, sequential, strict=True))
    assert wrong == 0, f"{wrong} of {len(jobs)} results differ from the sequential ones"


ARTICLES = sorted((Path(__file__).parent.parent / "examples" / "articles").glob("*.txt"))


@pytest.mark.parametrize(
    "call",
    [
        geoecon.extract,
        lambda text: geoecon.extract(text, reference_date="dateline").to_records(explain=True),
        lambda text: geoecon.extract(text, reference_date=dt.date(2025, 2, 24)).facts,
        lambda text: list(geoecon.extract_many([text, (text, "2024-03-14")])),
        lambda text: list(geoecon.find_money(text)) + list(geoecon.find_places(text)),
    ],
    ids=["extract", "records", "facts", "extract_many", "find"],
)
def test_a_call_leaves_no_cyclic_garbage(call: Callable[[str], object]) -> None:
    """Everything a call makes is freed by reference counting: no work for the garbage collector.

    A ``Doc`` that its evidence index kept a reference to was a cycle, freed only by the
    collector with every number of the text; its collections cost 3% of ``extract`` on Reuters.
    """
    texts = [*STORIES, *(path.read_text(encoding="utf-8") for path in ARTICLES)]
    assert len(texts) > len(STORIES)
    for text in texts:  # tables and caches are loaded before the count
        call(text)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for text in texts:
            call(text)
        gc.collect()
        garbage = [type(o).__qualname__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert garbage == []
