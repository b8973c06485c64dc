"""The scanner's settling of candidates, and the pipeline's hook into the date kind."""

from __future__ import annotations

import datetime as dt

from geoecon import Date, Options
from geoecon._doc import Doc
from geoecon.dates import _scan, find_dates

REF = dt.date(2025, 2, 24)


def test_pipeline_hook_uses_doc_options() -> None:
    doc = Doc("Exports fell on Friday.", Options(reference_date=REF, prefer_dates_from="future"))
    [date] = _scan(doc)
    assert isinstance(date, Date)
    assert date.value == "2025-02-28"


def texts(text: str) -> list[str]:
    return [d.text for d in find_dates(text, reference_date=REF)]


def test_the_longer_candidate_wins_then_the_earlier() -> None:
    assert texts("Talks ran from January to March 2024.") == ["January to March 2024"]
    assert texts("Output fell in 2019 and 2021, data showed.") == ["2019", "2021"]


def test_a_weekday_joins_the_full_date_after_it() -> None:
    assert texts("The summit opens on Thursday, 24 February 2025 in Kyiv.") == ["Thursday, 24 February 2025"]


def test_trimming_keeps_abbreviation_stops_and_drops_sentence_stops() -> None:
    assert texts("Prices rose in December.") == ["December"]
    assert texts("Prices rose on Dec. 3 and fell.") == ["Dec. 3"]
    assert texts("Growth slowed in the third quarter.") == ["third quarter"]
    assert texts("Stocks rose 2% for the day.") == ["the day"]


def test_text_far_from_any_cue_is_not_read() -> None:
    assert texts("Shares of the firm were unchanged at 412 pence in thin trade.") == []
