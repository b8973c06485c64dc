"""Why a value read from context is what it is: ``Basis`` on money, tonnages, percentages and places.

Each row is a real-news sentence, the mention it holds, the value the context settled and
the rule with the words it relied on (``None``: a rule that rests on no word). The rules of
the table in ``Basis``'s docstring and the rules these rows produce must be the same.
"""

from __future__ import annotations

import pickle
import re
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import geoecon
from geoecon import money, percentages, places, tonnage
from geoecon._mention import AnyMention, Basis, Mention, Money, Tonnage

# sentence, kind (find_money / find_tonnages / find_percentages), mention text, value, rule, evidence words
CASES: list[tuple[str, str, str, str | None, str, str | None]] = [
    # money: an ambiguous sign or noun, settled by country cues within 200 characters
    ("Australia's Qantas said it would spend $205m on new aircraft.", "money", "$205m", "AUD", "currency.country_cue", "Australia"),
    ("Canada's budget set aside $3-5 billion for housing.", "money", "$3-5 billion", "CAD", "currency.country_cue", "Canada"),
    ("The fine was 500 francs, a Geneva court ruled.", "money", "500 francs", "CHF", "currency.country_cue", "Geneva"),
    ("The euro rose 30 cents against the dollar.", "money", "30 cents", "EUR", "currency.country_cue", "euro"),
    ("Rs 4,500 crore was set aside, Pakistan's finance ministry said.", "money", "Rs 4,500 crore", "PKR", "currency.country_cue", "Pakistan"),
    ("Pakistan's finance ministry reported its accounts for the first nine months of the fiscal year. The deficit narrowed, and the provinces ran a surplus that beat the lender's target. Debt service took Rs921 billion.", "money", "Rs921 billion", "PKR", "currency.article_country", "Pakistan"),
    ("Truffles sold for 75,000 euros ($87,500) to a buyer from Hong Kong.", "money", "$87,500", "USD", "currency.bracketed_conversion", "75,000 euros"),
    ("The company will spend $205m on new aircraft.", "money", "$205m", "USD", "currency.default", None),
    ("Sony reported a profit of \u00a5120 billion.", "money", "\u00a5120 billion", "JPY", "currency.default", None),
    ("Exports were 5.3 mln dlrs, Australia said.", "money", "5.3 mln dlrs", "USD", "currency.default", None),
    ("Australia and Canada each pledged $5m to the fund.", "money", "$5m", "USD", "currency.conflicting_cues", None),
    ("The fine was 500 francs.", "money", "500 francs", None, "currency.unknown", None),
    # tonnage: troy ounces by the metal weighed
    ("The mine produced 120,000 ounces of gold in the quarter.", "tonnage", "120,000 ounces", "troy_oz", "unit.troy.of_what", "gold"),
    ("Gold output was 120,000 ounces in the quarter.", "tonnage", "120,000 ounces", "troy_oz", "unit.troy.commodity", "Gold"),
    ("It produced 120,000 ounces last year, mostly silver.", "tonnage", "120,000 ounces", "troy_oz", "unit.troy.commodity", "silver"),
    ("Gold output rose in the quarter at the mine. It was a wet year. Output then was 62,535oz at the site.", "tonnage", "62,535oz", "troy_oz", "unit.troy.article", "Gold"),
    ("It shipped 5 ounces of cheese.", "tonnage", "5 ounces", "oz", "unit.ounce.of_what", None),
    ("Each bar weighs 5 ounces.", "tonnage", "5 ounces", "oz", "unit.ounce.no_commodity", None),
    # tonnage: pounds that weigh (pounds of sterling leave no tonnage)
    ("It imported 100 pounds of beef.", "tonnage", "100 pounds", "lb", "unit.pound.of_goods", None),
    ("He carried a twenty-pound bag.", "tonnage", "twenty-pound", "lb", "unit.pound.adjective", None),
    ("The plant makes 600 mln pounds a year.", "tonnage", "600 mln pounds a year", "lb", "unit.pound.rate", None),
    ("A lot of 850 grammes (1.9 pounds) of truffles sold for 75,000 euros.", "tonnage", "1.9 pounds", "lb", "unit.pound.conversion", "grammes"),
    ("The baby weighed 7 pounds.", "tonnage", "7 pounds", "lb", "unit.pound.mass_cue", "weighed"),
    ("He lost 5 pounds.", "tonnage", "5 pounds", "lb", "unit.pound.unscaled", None),
    # percentages: "points" alone near a rate
    ("Indonesia raised rates by 25 basis points to 6.31%, Australia by 25 points to 3.5%.", "percentage", "25 points", "basis_point", "percentage.points.basis_points_before", "basis points"),
    ("Shipments and orders rose 1.8 and 4.2 percent.", "percentage", "1.8", "percent", "percentage.unit.shared", " percent"),
    ("Bond yields rose 15 points.", "percentage", "15 points", "percentage_point", "percentage.points.rate_context", "yields"),
    # places: which reading of a homonym, settled by the words or the places around it
    ("The Georgia National Guard was deployed.", "place", "Georgia", "US", "place.homonym.institution", "National Guard"),
    ("A plant in Paris, Texas closed.", "place", "Paris", "US", "place.homonym.next_place", "Texas"),
    ("A plant in Atlanta, Georgia closed.", "place", "Georgia", "US", "place.homonym.previous_place", "Atlanta"),
    ("Gov. Kemp said Georgia would expand the port of Savannah.", "place", "Georgia", "US", "place.homonym.document", "Savannah"),
    ("Georgia and Armenia met in Tbilisi.", "place", "Georgia", "GE", "place.homonym.document", "Tbilisi"),
    ("Georgia signed the deal.", "place", "Georgia", "GE", "place.homonym.default", None),
]  # fmt: skip

# The anchors of dates, each checked with its sentences in tests/dates/test_context.py.
DATE_RULES = {
    "date.anchor.previous",
    "date.anchor.reference",
    "date.anchor.dateline",
    "date.anchor.future",
    "date.anchor.period",
    "date.fiscal.country",
    "date.fiscal.gloss",
    "date.fiscal.hint",
    "date.marketing.commodity",
    "date.marketing.season",
    "date.fallback.dateparser",
    "date.holiday.country",
}
SRC = Path(__file__).resolve().parents[1] / "src" / "geoecon"
FIND: dict[str, Callable[[str], Iterator[Mention]]] = {
    "money": money.find_money,
    "tonnage": tonnage.find_tonnages,
    "percentage": percentages.find_percentages,
    "place": places.find_places,
}


def _value(mention: Mention) -> str | None:
    field = {"money": "currency", "place": "country"}.get(mention.kind, "unit")
    value: str | None = mention.to_record()[field]
    return value


def _the(sentence: str, kind: str, surface: str) -> Mention:
    found = [m for m in FIND[kind](sentence) if m.text == surface]
    assert len(found) == 1, list(FIND[kind](sentence))
    return found[0]


@pytest.mark.parametrize(("sentence", "kind", "surface", "value", "rule", "evidence"), CASES)
def test_each_decision_records_its_basis(
    sentence: str, kind: str, surface: str, value: str | None, rule: str, evidence: str | None
) -> None:
    mention = _the(sentence, kind, surface)
    assert _value(mention) == value
    assert [b.rule for b in mention.basis] == [rule]
    span = mention.basis[0].evidence
    assert (None if span is None else sentence[span[0] : span[1]]) == evidence


@pytest.mark.parametrize(
    ("sentence", "kind", "surface"),
    [
        ("Qantas said it would spend A$205m on new aircraft.", "money", "A$205m"),
        ("Australia's Qantas will spend US$205m.", "money", "US$205m"),
        (
            "Australia's budget rose to 20 billion Australian dollars.",
            "money",
            "20 billion Australian dollars",
        ),
        ("Output was 50,000 tonnes of gold ore.", "tonnage", "50,000 tonnes"),
        ("It mined 12 troy ounces of gold.", "tonnage", "12 troy ounces"),
        ("Rates rose 1.5 percentage points.", "percentage", "1.5 percentage points"),
        ("Inflation rose 4.5 pct in Australia.", "percentage", "4.5 pct"),
    ],
)
def test_no_decision_no_basis(sentence: str, kind: str, surface: str) -> None:
    """What the text says itself ("A$", "troy ounces", "percentage points") needs no basis."""
    assert _the(sentence, kind, surface).basis == ()


def test_a_carried_unit_is_a_second_basis() -> None:
    """The unit of a price before it (issue 19, item 2) is recorded after the currency's basis."""
    sentence = "Copper rose to $9,150 a tonne; zinc added 2% to $2,740."
    found = _the(sentence, "money", "$2,740")
    assert isinstance(found, Money)
    assert found.per == "t"
    assert [b.rule for b in found.basis] == ["currency.default", "unit.per.carried"]
    span = found.basis[1].evidence
    assert span is not None
    assert sentence[span[0] : span[1]] == "$9,150 a tonne"


def test_a_unit_written_before_the_price_is_its_unit() -> None:
    """ "An ounce of caviar for $126 to $170" prices an ounce (issue 19, item 2), and the ounce weighs nothing."""
    sentence = (
        "The farm sells an ounce of farmed ossetra caviar for $126 to $170, and wild sevruga from $314."
    )
    found = _the(sentence, "money", "$126 to $170")
    assert isinstance(found, Money)
    assert (found.per, [b.rule for b in found.basis]) == ("oz", ["currency.default", "unit.per.before"])
    span = found.basis[1].evidence
    assert span is not None
    assert sentence[span[0] : span[1]] == "ounce"
    later = _the(sentence, "money", "$314")
    assert isinstance(later, Money)
    assert (later.per, [b.rule for b in later.basis]) == ("oz", ["currency.default", "unit.per.carried"])
    assert list(tonnage.find_tonnages(sentence)) == []


def test_the_goods_named_once_are_carried_along_the_paragraph() -> None:
    """ "68,781 ounces of gold ... 62,535oz": the second measures gold too (issue 19, item 1)."""
    sentence = "The mine produced 68,781 ounces of gold. This compared with 62,535oz in June."
    found = _the(sentence, "tonnage", "62,535oz")
    assert isinstance(found, Tonnage)
    assert found.of_what == "gold"
    assert [b.rule for b in found.basis] == ["unit.troy.article", "commodity.carried"]
    span = found.basis[1].evidence
    assert span is not None
    assert sentence[span[0] : span[1]] == "68,781 ounces"
    apart = "The port handled 40 million tonnes of iron ore.\n\nIt shipped 3 million tonnes of coal and 2 million tonnes."
    assert [(m.text, m.of_what) for m in tonnage.find_tonnages(apart)] == [
        ("40 million tonnes", "iron ore"),
        ("3 million tonnes", "coal"),
        ("2 million tonnes", "coal"),
    ]
    assert [
        m.of_what for m in tonnage.find_tonnages("It shipped 40 million tonnes of ore.\n\nIt shipped 3 Mt.")
    ] == [
        "ore",
        None,
    ]


def test_an_elided_currency_is_the_amount_before() -> None:
    """ "1.5 trillion rubles, then ... already 482 billion": the second is in rubles (issue 19, item 5)."""
    sentence = (
        "If in January-May it was almost 1.5 trillion rubles, then in January-July - already 482 billion."
    )
    found = _the(sentence, "money", "482 billion")
    assert isinstance(found, Money)
    assert (found.amount, found.currency, found.currency_assumed) == (Decimal(482_000_000_000), "RUB", True)
    assert found.basis == (Basis("currency.elided", (32, 51)),)
    assert sentence[32:51] == "1.5 trillion rubles"


#: The caller's hints (issue 19, item 3): sentence, keyword options, mention, rule, currency.
HINTED: list[tuple[str, dict[str, str], str, str, str]] = [
    ("The miner spent $2551/oz to produce gold in the quarter.", {"currency": "AUD"}, "$2551/oz", "currency.hint", "AUD"),
    ("Debt service took Rs921 billion in the quarter.", {"country": "PK"}, "Rs921 billion", "currency.country_hint", "PKR"),
    ("The fine was 500 francs, the court ruled.", {"country": "CH"}, "500 francs", "currency.country_hint", "CHF"),
    ("Canada and Australia each pledged $5m to the fund.", {"currency": "AUD"}, "$5m", "currency.hint", "AUD"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "options", "surface", "rule", "currency"), HINTED)
def test_a_hint_settles_what_the_text_does_not(
    sentence: str, options: dict[str, str], surface: str, rule: str, currency: str
) -> None:
    hints = geoecon.Options(**options)  # type: ignore[arg-type]
    (found,) = [m for m in money.find_money(sentence, options=hints) if m.text == surface]
    assert (found.currency, found.basis) == (currency, (Basis(rule),))
    assert found == geoecon.extract(sentence, kinds={"money"}, options=hints).money[0]


@pytest.mark.parametrize(
    ("sentence", "options", "currency", "rule"),
    [
        # the text's own evidence outranks the hint: a cue near, the article's country
        ("Australia's Qantas will spend $205m.", {"currency": "CAD"}, "AUD", "currency.country_cue"),
        (
            (
                "Pakistan's finance ministry reported its accounts for the first nine months of the fiscal year. "
                "The deficit narrowed, and the provinces ran a surplus that beat the lender's target. Debt "
                "service took Rs921 billion."
            ),
            {"country": "IN"},
            "PKR",
            "currency.article_country",
        ),
        # a hint counts only for a currency the sign can denote
        ("It cost Rs 500 crore.", {"currency": "AUD"}, "INR", "currency.default"),
        ("It cost $500 million.", {"country": "DE"}, "USD", "currency.default"),
        # what the text writes is no decision
        ("It cost A$500 million.", {"currency": "CAD"}, "AUD", None),
    ],
)
def test_a_hint_stays_below_the_text(
    sentence: str, options: dict[str, str], currency: str, rule: str | None
) -> None:
    (found,) = money.find_money(sentence, options=geoecon.Options(**options))  # type: ignore[arg-type]
    assert found.currency == currency
    assert [b.rule for b in found.basis] == ([] if rule is None else [rule])


#: The rules of unit prices, each tested above on its own.
PRICE_RULES = {"unit.per.carried", "unit.per.before", "commodity.carried", "currency.elided"}


def test_a_vetoed_reading_leaves_no_mention() -> None:
    """Pounds read as sterling and points near an index are no tonnage, no percentage: no basis."""
    assert list(tonnage.find_tonnages("The council spent 20 million pounds on roads.")) == []
    assert list(percentages.find_percentages("The Dow rose 15 points.")) == []


def _rules_of_the_table() -> set[str]:
    doc = Basis.__doc__ or ""
    return set(re.findall(r"^\s*\| `([a-z_.]+)` \|", doc, re.MULTILINE))


def test_the_table_of_rules_is_the_rules_recorded() -> None:
    """The table in ``Basis``'s docstring lists every rule the kinds record, and no other."""
    table = _rules_of_the_table()
    assert len(table) == 43
    assert table == {case[4] for case in CASES} | {case[3] for case in HINTED} | PRICE_RULES | DATE_RULES
    source = "".join(
        (SRC / f"{name}.py").read_text(encoding="utf-8")
        for name in (
            "money", "_measure/__init__", "_measure/along", "tonnage", "percentages", "places/homonyms",
            "dates/context", "dates/__init__", "dates/holidays", "dates/fiscal",
        )
    )  # fmt: skip
    assert set(re.findall(r'Basis\("([a-z_.]+)"', source)) == table


# ----------------------------------------------------------------------------- the windows


@pytest.mark.parametrize(("gap", "currency"), [(0, "AUD"), (1, "USD")])
def test_a_country_cue_counts_up_to_200_characters_after(gap: int, currency: str) -> None:
    # the cue "Australia" ends 200 characters after the number's start (then 201)
    pad = " " * (200 - len("5m ") - len("Australia") + gap)
    # (two sentences first: beyond the near reach, a cue outside the lede settles nothing)
    sentence = f"It said so. Then more. Qantas will spend $5m {pad}Australia"
    (found,) = money.find_money(sentence)
    assert found.currency == currency


@pytest.mark.parametrize(("gap", "currency"), [(0, "AUD"), (1, "USD")])
def test_a_country_cue_counts_from_200_characters_before(gap: int, currency: str) -> None:
    # the cue "Australia" starts 200 characters before the number (then 201)
    sentence = "It said so. Then more. Australia" + " " * (200 - len("Australia") - len("$") + gap) + "$5m"
    (found,) = money.find_money(sentence)
    assert found.currency == currency


@pytest.mark.parametrize(("gap", "unit"), [(0, "troy_oz"), (1, "oz")])
def test_a_metal_counts_up_to_60_characters_after_the_ounces(gap: int, unit: str) -> None:
    # (two sentences first: the lede names no metal, and none is named earlier in the paragraph)
    pad = " " * (60 - len("gold") + gap)
    (found,) = tonnage.find_tonnages(f"It said so. Then more.\n\nIt produced 120,000 ounces{pad}gold")
    assert found.unit == unit


@pytest.mark.parametrize(("gap", "rule"), [(0, "unit.troy.commodity"), (1, "unit.troy.article")])
def test_a_metal_counts_up_to_160_characters_back_in_the_clause(gap: int, rule: str) -> None:
    # beyond the clause, a metal earlier in the paragraph still makes ounces troy (issue 19)
    sentence = "gold" + " " * (160 - len("gold") + gap) + "120,000 ounces"
    (found,) = tonnage.find_tonnages(sentence)
    assert (found.unit, [b.rule for b in found.basis]) == ("troy_oz", [rule])
    stopped = "gold. The mine produced 120,000 ounces"  # a ". " before ends the clause
    assert [b.rule for b in next(tonnage.find_tonnages(stopped)).basis] == ["unit.troy.article"]
    apart = "It said so. Then more.\n\ngold.\n\nThe mine produced 120,000 ounces"  # another paragraph
    assert next(tonnage.find_tonnages(apart)).unit == "oz"


@pytest.mark.parametrize(("gap", "found"), [(0, True), (1, False)])
def test_a_mass_word_counts_up_to_40_characters_after_the_pounds(gap: int, found: bool) -> None:
    # "beef" alone is the cue; with no cue, 20 million pounds are money
    pad = " " * (40 - len("beef") + gap)
    sentence = f"It was 20 million pounds{pad}beef"
    assert bool(list(tonnage.find_tonnages(sentence))) is found


def test_a_word_cut_by_the_window_counts_as_what_is_left() -> None:
    """The windows were cut from the text and searched alone: "weighs" cut to "weigh" still weighs."""
    sentence = "It was 20 million pounds" + " " * 35 + "weighs"
    (found,) = tonnage.find_tonnages(sentence)
    assert found.basis == (Basis("unit.pound.mass_cue", (59, 64)),)
    assert sentence[59:64] == "weigh"


@pytest.mark.parametrize(("gap", "found"), [(0, True), (1, False)])
def test_a_rate_word_counts_up_to_80_characters_after_the_points(gap: int, found: bool) -> None:
    pad = " " * (80 - len("rate") + gap)
    sentence = f"They rose 15 points{pad}rate"
    assert bool(list(percentages.find_percentages(sentence))) is found


# ----------------------------------------------------------------------------- the model


def _assumed() -> Money:
    (found,) = money.find_money("Australia's Qantas said it would spend $205m on new aircraft.")
    return found


def test_the_record_is_todays_unless_explained() -> None:
    found = _assumed()
    assert found.to_record() == {
        "kind": "money", "start": 39, "end": 44, "text": "$205m", "amount": "205000000", "currency": "AUD",
        "currency_assumed": True,
    }  # fmt: skip
    assert found.to_record(explain=True) == {
        **found.to_record(),
        "basis": [{"rule": "currency.country_cue", "evidence": [0, 9]}],
    }
    (stated,) = money.find_money("A$205m")
    assert stated.to_record(explain=True)["basis"] == []


def test_basis_takes_no_part_in_equality_hash_or_repr() -> None:
    found = _assumed()
    bare = attrs.evolve(found, basis=())
    assert found == bare
    assert hash(found) == hash(bare)
    assert repr(found) == repr(bare)
    assert "basis" not in repr(found)
    assert found != attrs.evolve(found, currency="USD")


def test_mentions_with_a_basis_pickle() -> None:
    found = _assumed()
    again = pickle.loads(pickle.dumps(found))
    assert again == found
    assert again.basis == found.basis == (Basis("currency.country_cue", (0, 9)),)
    extraction = geoecon.extract("Australia's Qantas said it would spend $205m.")
    assert pickle.loads(pickle.dumps(extraction)).mentions[0].basis == extraction.mentions[0].basis


def test_basis_is_a_frozen_record() -> None:
    basis = Basis("currency.default")
    assert basis.evidence is None
    assert basis == Basis("currency.default", None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        basis.rule = "x"  # type: ignore[misc]


def test_any_mention_is_the_six_kinds() -> None:
    kinds = typing.get_args(AnyMention)
    assert {k.kind for k in kinds} == {"money", "percentage", "tonnage", "quantity", "date", "place"}
    assert all(isinstance(m, AnyMention) for m in geoecon.extract("Prices rose 5% to $3 in Paris in 2024."))


def test_mention_values_stay_decimal() -> None:
    assert _assumed().amount == Decimal(205000000)
