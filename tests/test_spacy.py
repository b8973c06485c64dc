"""The spaCy component (#21 item 2), on spacy.blank("en"): no model, no download."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import geoecon

spacy = pytest.importorskip("spacy")

from spacy.tokens import Span  # noqa: E402 - after the skip

REF = "2025-02-24"


def blank(**config: Any) -> Any:
    nlp = spacy.blank("en")
    nlp.add_pipe("geoecon", config=config)
    return nlp


@pytest.fixture(scope="module")
def nlp() -> Any:
    return blank(reference_date=REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian aluminum exports to the United States fell to just $2.3 million in 2024.",
            [("Russian", "PLACE"), ("United States", "PLACE"), ("$2.3 million", "MONEY"), ("2024", "DATE")],
        ),
        (
            "The central bank cut rates by 50 basis points on Monday.",
            [("50 basis points", "PERCENTAGE"), ("Monday", "DATE")],
        ),
        (
            "Chile shipped 2 million tons of copper and 600,000 barrels per day of oil.",
            [("Chile", "PLACE"), ("2 million tons", "TONNAGE"), ("600,000 barrels per day", "QUANTITY")],
        ),
        ("No figures here.", []),
    ],
)
def test_spans_and_labels(nlp: Any, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(span.text, span.label_) for span in doc.spans["geoecon"]] == expected
    found = geoecon.extract(text, reference_date=dt.date.fromisoformat(REF))
    assert doc._.geoecon == found
    assert [span._.geoecon for span in doc.spans["geoecon"]] == list(found)
    assert doc.ents == ()  # ents only when asked


def test_the_normalised_object_rides_on_the_span(nlp: Any) -> None:
    doc = nlp("Exports fell to $2.3 million on Monday.")
    money, monday = doc.spans["geoecon"]
    assert isinstance(money._.geoecon, geoecon.Money)
    assert money._.geoecon.amount == Decimal(2300000)
    assert monday._.geoecon.value == "2025-02-24"
    assert doc._.geoecon_facts == getattr(doc._.geoecon, "facts", None)


def test_ents_use_the_usual_labels() -> None:
    nlp = blank(reference_date=REF, ents=True)
    doc = nlp("Asia's demand rose 15% as Chile shipped 2 million tons of copper worth $2.3 billion in 2024.")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Asia", "LOC"),
        ("15%", "PERCENT"),
        ("Chile", "GPE"),
        ("2 million tons", "QUANTITY"),
        ("$2.3 billion", "MONEY"),
        ("2024", "DATE"),
    ]


def test_ents_keep_an_earlier_components_entities_unless_overlapped() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Rusal"},
            {"label": "ORG", "pattern": [{"LOWER": "chile"}]},
        ]
    )
    nlp.add_pipe("geoecon", config={"ents": True})
    doc = nlp("Rusal said Chile paid $5 million.")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [
        ("Rusal", "ORG"),
        ("Chile", "GPE"),  # the mention wins over the overlapping ORG
        ("$5 million", "MONEY"),
    ]


# "U.S.-China" is one token for spaCy's English tokenizer, two places for geoecon;
# "2%,to" (a missing space) is one token holding a percentage.
@pytest.mark.parametrize(
    ("mode", "text", "spans", "ents"),
    [
        (
            "expand",
            "the U.S.-China trade war",
            [("U.S.-China", "PLACE"), ("U.S.-China", "PLACE")],
            [("U.S.-China", "GPE")],
        ),
        ("contract", "the U.S.-China trade war", [], []),
        ("strict", "the U.S.-China trade war", [], []),
        ("expand", "Brent fell 2%,to $80.", [("2%,to", "PERCENTAGE"), ("$80", "MONEY")], None),
        ("strict", "Brent fell 2%,to $80.", [("$80", "MONEY")], None),
    ],
)
def test_token_boundary_mismatches(
    mode: str, text: str, spans: list[tuple[str, str]], ents: list[tuple[str, str]] | None
) -> None:
    doc = blank(alignment_mode=mode, ents=True)(text)
    assert [(span.text, span.label_) for span in doc.spans["geoecon"]] == spans
    if ents is not None:
        assert [(ent.text, ent.label_) for ent in doc.ents] == ents
    assert len(doc._.geoecon) >= len(spans)  # an unaligned mention stays on the Doc
    for span in doc.spans["geoecon"]:
        mention = span._.geoecon
        assert span.start_char <= mention.start < mention.end <= span.end_char


def test_pipe_matches_one_call_at_a_time(nlp: Any) -> None:
    texts = [f"Day {i}: exports rose {i}% to ${i} million in Chile." for i in range(1, 8)]
    piped = list(nlp.pipe(texts, batch_size=3))
    single = [nlp(text) for text in texts]
    for a, b in zip(piped, single, strict=True):
        assert a._.geoecon == b._.geoecon
        assert [(s.start, s.end, s.label_) for s in a.spans["geoecon"]] == [
            (s.start, s.end, s.label_) for s in b.spans["geoecon"]
        ]


def test_config_kinds_and_key() -> None:
    nlp = blank(kinds=["places"], spans_key="geo")
    doc = nlp("Chile paid $5 million.")
    assert [span.text for span in doc.spans["geo"]] == ["Chile"]
    assert "geoecon" not in doc.spans


@pytest.mark.parametrize(
    ("config", "error"),
    [
        ({"alignment_mode": "nearest"}, "alignment_mode"),  # spaCy checks the Literal itself
        ({"kinds": ["weather"]}, "kinds must name"),
        ({"reference_date": "24 Feb 2025"}, "reference_date must be an ISO 8601 date"),
        ({"country": "Chile"}, "country must be an ISO 3166-1 alpha-2 code"),
        ({"currency": "pesos"}, "currency must be an ISO 4217 code"),
    ],
)
def test_bad_config(config: dict[str, Any], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        blank(**config)


def test_each_doc_may_have_its_own_reference_date_or_its_dateline() -> None:
    nlp = blank(reference_date=REF)
    text = "Exports fell on Monday."
    own = nlp.make_doc(text)
    own._.geoecon_reference_date = "2024-03-06"
    wire = nlp.make_doc("LIMA, Mar 3, 2011 (Reuters) - Exports fell on Monday.")
    wire._.geoecon_reference_date = "dateline"
    plain, own, wire = nlp.pipe([nlp.make_doc(text), own, wire])
    assert [s._.geoecon.value for s in plain.spans["geoecon"]] == ["2025-02-24"]
    assert [s._.geoecon.value for s in own.spans["geoecon"]] == ["2024-03-04"]
    assert [s._.geoecon.value for s in wire.spans["geoecon"] if s.label_ == "DATE"] == [
        "2011-03-03",
        "2011-02-28",
    ]
    assert nlp(own.text)._.geoecon.reference_date == dt.date.fromisoformat(REF)


def test_the_config_takes_the_hints() -> None:
    nlp = blank(country="PK")
    doc = nlp("The budget is Rs 5 billion.")
    (money,) = doc.spans["geoecon"]
    assert (money._.geoecon.amount, money._.geoecon.currency) == (5_000_000_000, "PKR")
    assert nlp.get_pipe("geoecon").options.country == "PK"


def test_the_pipeline_saves_and_loads(tmp_path: Any) -> None:
    nlp = blank(reference_date=REF, ents=True)
    nlp.to_disk(tmp_path / "pipeline")
    again = spacy.load(tmp_path / "pipeline")
    doc = again("Exports fell to $2.3 million on Monday.")
    assert [span.text for span in doc.spans["geoecon"]] == ["$2.3 million", "Monday"]
    assert isinstance(doc.spans["geoecon"][0], Span)


def test_displacy_renders_the_span_group(nlp: Any) -> None:
    displacy = pytest.importorskip("spacy.displacy")
    doc = nlp("Russian aluminum exports fell to $2.3 million in 2024.")
    html = displacy.render(doc, style="span", options={"spans_key": "geoecon"}, page=False)
    assert html.count("MONEY") == 1
    assert "PLACE" in html
    assert "DATE" in html
