"""geoecon under Dask: dask.bag over a two-process local cluster gives the sequential results."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import operator
import pickle
from collections.abc import Iterator
from typing import Any

import pytest

import geoecon

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

REFERENCE_DATE = dt.date(2025, 2, 24)
TEXTS = [
    "Russian aluminum exports to the United States fell to just $2.3 million in 2024.",
    "India's fiscal deficit for FY2024 was 5.6% of GDP, or Rs 17.35 lakh crore.",
    "KINSHASA (Reuters) - Congolese cobalt exports to China rose 15% in the third quarter of 2024.",
    "The central bank cut rates by 50 basis points on Monday; Japan's ¥300 billion plan stands.",
    "Brent crude rose to $85 a barrel in February 2022, after Russia invaded Ukraine.",
    "Australia's budget of $20 billion includes A$205m for iron ore ports.",
    "The EU agreed a €50 billion ($54 billion) aid package for Crimea's neighbours in early 2024.",
    "Wheat traded at 250 euros per tonne in Paris, up about 4% from last year.",
    "",
    "No figures here at all.",
]


# Workers must unpickle what they run. This module is not importable in a worker (pytest
# imports it by path), so the mapped callables are built from geoecon's own functions, which
# pickle by reference: the same pattern serves a user's notebook, whose functions live in
# ``__main__``.
extract_one = functools.partial(geoecon.extract, reference_date=REFERENCE_DATE)
to_records = operator.methodcaller("to_records")
TIMEOUT = 120  # seconds: a worker that cannot run a task must fail the test, not hang it


def records_of(text: str) -> list[dict[str, Any]]:
    return to_records(extract_one(text))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


def test_bag_of_records_equals_sequential(client: Any) -> None:
    sequential = [records_of(text) for text in TEXTS]
    bag = db.from_sequence(TEXTS, npartitions=2).map(extract_one).map(to_records)
    assert client.compute(bag).result(timeout=TIMEOUT) == sequential


def test_bag_of_extractions_pickles_equal(client: Any) -> None:
    sequential = [extract_one(text) for text in TEXTS]
    # Extraction objects cross process boundaries by pickling and come back equal.
    parallel = client.compute(db.from_sequence(TEXTS, npartitions=2).map(extract_one)).result(timeout=TIMEOUT)
    assert parallel == sequential
    assert [p.to_records() for p in parallel] == [s.to_records() for s in sequential]
    assert pickle.loads(pickle.dumps(parallel)) == sequential
    for found in parallel:
        for mention in found:
            assert found.text[mention.start : mention.end] == mention.text
