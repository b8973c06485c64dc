"""Money: parametrised tables of real sentences, negatives beside positives."""

from __future__ import annotations

from decimal import Decimal

import pytest

import geoecon
from geoecon import Money, ParseError, Qualifier, find_money, parse_money
from helpers import WRAPPERS, check_offsets

# (sentence, surface, amount, currency, extra fields)
POSITIVES: list[tuple[str, str, str | None, str | None, dict[str, object]]] = [
    ("Exports fell to just $2.3 million in 2024.", "$2.3 million", "2300000", "USD", {}),
    ("down from a high of $1.7 billion in 2017", "$1.7 billion", "1700000000", "USD", {}),
    ("It bought $34bn of Chinese goods.", "$34bn", "34000000000", "USD", {}),
    ("The fund raised £1.2bn last year.", "£1.2bn", "1200000000", "GBP", {}),
    ("a €50 billion aid package", "€50 billion", "50000000000", "EUR", {}),
    ("Revenue was USD34.6m in the quarter.", "USD34.6m", "34600000", "USD", {}),
    ("The bank lent EUR 5bn to the utility.", "EUR 5bn", "5000000000", "EUR", {}),
    ("The IMF approved SDR2,250 million.", "SDR2,250 million", "2250000000", "XDR", {}),
    ("a loss of 5.3 mln dlrs in 1986", "5.3 mln dlrs", "5300000", "USD", {}),
    ("profits of 10 mln stg", "10 mln stg", "10000000", "GBP", {}),
    ("The state will spend Rs 4,500 crore on roads.", "Rs 4,500 crore", "45000000000", "INR", {}),
    ("a ₹2 lakh subsidy per farmer", "₹2 lakh", "200000", "INR", {}),
    ("The miner paid A$205 million for the mine.", "A$205 million", "205000000", "AUD", {}),
    ("The loan of C$1.5 billion was repaid.", "C$1.5 billion", "1500000000", "CAD", {}),
    ("It listed in Hong Kong at HK$12 a share.", "HK$12 a share", "12", "HKD", {"per": "share"}),
    ("Petrobras paid R$3.2 billion in dividends.", "R$3.2 billion", "3200000000", "BRL", {}),
    ("Japan pledged ¥300 billion in loans.", "¥300 billion", "300000000000", "JPY", {}),
    ("The deal is worth 100,000 yuan.", "100,000 yuan", "100000", "CNY", {}),
    ("Sales reached 3.5 billion renminbi.", "3.5 billion renminbi", "3500000000", "CNY", {}),
    ("Gazprom earned 1.2 trillion rubles.", "1.2 trillion rubles", "1200000000000", "RUB", {}),
    ("a 1.2 trillion roubles budget", "1.2 trillion roubles", "1200000000000", "RUB", {}),
    ("Kyiv raised 20 billion hryvnias in bonds.", "20 billion hryvnias", "20000000000", "UAH", {}),
    ("The club paid 25 million pounds sterling.", "25 million pounds sterling", "25000000", "GBP", {}),
    ("The stake was sold for 200 mln Australian dlrs.", "200 mln Australian dlrs", "200000000", "AUD", {}),
    ("In 1987 it cost 500 mln marks.", "500 mln marks", "500000000", "DEM", {}),
    ("a bid of 1.3 billion Swiss francs", "1.3 billion Swiss francs", "1300000000", "CHF", {}),
    ("The Bundesbank spent 2 billion lire.", "2 billion lire", "2000000000", "ITL", {}),
    ("Brent traded at $85 a barrel on Friday.", "$85 a barrel", "85", "USD", {"per": "bbl"}),
    ("Aluminium rose 43% to $2,655 per ton.", "$2,655 per ton", "2655", "USD", {"per": "t"}),
    ("Gold hit A$10/oz more than last week.", "A$10/oz", "10", "AUD", {"per": "oz"}),
    ("Wheat sold at 250 euros per tonne.", "250 euros per tonne", "250", "EUR", {"per": "t"}),
    ("LNG fetched $14 per mmbtu in Asia.", "$14 per mmbtu", "14", "USD", {"per": "mmbtu"}),
    ("Copper sold at 1,880 dlrs\nper tonne in London.", "1,880 dlrs\nper tonne", "1880", "USD", {"per": "t"}),
    ("Its GDP is $2.174T.", "$2.174T", "2174000000000", "USD", {}),
    ("The fine was ten dollars.", "ten dollars", "10", "USD", {}),
    ("He earned a million dollars.", "a million dollars", "1000000", "USD", {}),
    ("shares fell 12 cents to close", "12 cents", "0.12", "USD", {}),
    ("the stock closed at 197 pence", "197 pence", "1.97", "GBP", {}),
    ("The deal was worth 42 Kuwaiti dinars.", "42 Kuwaiti dinars", "42", "KWD", {}),
    # a compound with a dotted adjective (issue 19, item 5)
    (
        "Kenya will buy back its 2-billion-U.S.-dollar Eurobonds.",
        "2-billion-U.S.-dollar",
        "2000000000",
        "USD",
        {},
    ),
    # Indian groupings, with decimals, after "Rs." as after "Rs " (issue 19, item 4)
    ("The outlay is Rs.14,25,100.50 crore this year.", "Rs.14,25,100.50 crore", "14251005000000", "INR", {}),
    ("Capital spending of ₹2,35,000 crore was budgeted.", "₹2,35,000 crore", "2350000000000", "INR", {}),
    ("The scheme will cost Rs. 3.5 lakh crore.", "Rs. 3.5 lakh crore", "3500000000000", "INR", {}),
    ("Sales tax brought in Rs.3,500 crore.", "Rs.3,500 crore", "35000000000", "INR", {}),
    # a country prefix spaced from its sign; pence and rand apart where the article is settled (item 8)
    ("The group raised HK $4.1 billion in its listing.", "HK $4.1 billion", "4100000000", "HKD", {}),
    ("Tickets to the final cost NZ $75 each.", "NZ $75", "75", "NZD", {}),
    ("The streaming service costs AU $60 a year.", "AU $60", "60", "AUD", {}),
    ("In Britain a loaf rose to 45 p this week.", "45 p", "0.45", "GBP", {}),
    ("South Africa's fuel levy rose to 12 R per litre.", "12 R per litre", "12", "ZAR", {"per": "l"}),
]

RANGES: list[tuple[str, str, str, str, str]] = [
    ("The project will cost $3-5 billion.", "$3-5 billion", "3000000000", "5000000000", "USD"),
    (
        "between $6 billion and $9 billion in aid",
        "between $6 billion and $9 billion",
        "6000000000",
        "9000000000",
        "USD",
    ),
    ("It is valued at 10-20 dollars a share.", "10-20 dollars a share", "10", "20", "USD"),
    ("a price from 10 to 20 dollars", "from 10 to 20 dollars", "10", "20", "USD"),
    ("estimated at $300 to $500 million", "$300 to $500 million", "300000000", "500000000", "USD"),
    # a range with its currency at both ends stays one range (issue 19, item 6)
    (
        "The deal is valued at $7 billion to $9 billion.",
        "$7 billion to $9 billion",
        "7000000000",
        "9000000000",
        "USD",
    ),
    (
        "The cost could be anywhere from $23 billion to $98 billion.",
        "from $23 billion to $98 billion",
        "23000000000",
        "98000000000",
        "USD",
    ),
    (
        "Bids ranging from $700,000 to $1.1 million were heard.",
        "from $700,000 to $1.1 million",
        "700000",
        "1100000",
        "USD",
    ),
    ("It sells an ounce of caviar for $126 to $170.", "$126 to $170", "126", "170", "USD"),
    ("between 5 and 7 billion euros", "between 5 and 7 billion euros", "5000000000", "7000000000", "EUR"),
]

# A change from one amount to another: the base and the level reached, two amounts.
CHANGES: list[tuple[str, list[str]]] = [
    ("Exports fell from $1.7 billion to $2.3 million in 2024.", ["$1.7 billion", "$2.3 million"]),
    ("Treasury bills rose\n950 mln dlrs to 74.55 billion dlrs.", ["950 mln dlrs", "74.55 billion dlrs"]),
    ("The deficit widened sharply from $5 billion to $7 billion.", ["$5 billion", "$7 billion"]),
]


@pytest.mark.parametrize(("sentence", "surfaces"), CHANGES)
def test_a_change_is_two_amounts(sentence: str, surfaces: list[str]) -> None:
    assert [m.text for m in find_money(sentence)] == surfaces


QUALIFIED: list[tuple[str, str, Qualifier]] = [
    ("The package is worth about $5 billion.", "$5 billion", Qualifier.APPROX),
    ("They paid more than $300 million.", "$300 million", Qualifier.MORE_THAN),
    ("The state will lend up to €2 billion.", "€2 billion", Qualifier.UP_TO),
    ("It costs nearly $1 trillion.", "$1 trillion", Qualifier.APPROX),
    ("at least $40 million in damages", "$40 million", Qualifier.AT_LEAST),
    ("less than $10 a share", "$10 a share", Qualifier.LESS_THAN),
    ("roughly 2 billion yen", "2 billion yen", Qualifier.APPROX),
    ("some $4 billion of debt", "$4 billion", Qualifier.APPROX),
    ("Fares start as low as $99 each way.", "$99", Qualifier.AT_LEAST),
    ("Flats rent starting at 4,700 dlrs per month.", "4,700 dlrs", Qualifier.AT_LEAST),
    # "over" after a phrasal verb is its particle, no hedge (issue 19, item 7); beside it a hedge
    ("The state fund took over $2 billion of debt from the bank.", "$2 billion", Qualifier.EXACT),
    ("Unspent funds carried over 30 million dollars into 2024.", "30 million dollars", Qualifier.EXACT),
    ("The lender rolled over $5 billion of bonds.", "$5 billion", Qualifier.EXACT),
    ("The fund holds over $2 billion of debt.", "$2 billion", Qualifier.MORE_THAN),
    ("Profit more than doubled to $5 billion.", "$5 billion", Qualifier.EXACT),
    ("Profit more than doubled to more than $5 billion.", "$5 billion", Qualifier.MORE_THAN),
]

NEGATIVES = [
    "Call +1 (202) 555-0143 for details.",
    "Boeing 737 deliveries resumed.",
    "The COVID-19 pandemic hit trade.",
    "G7 leaders met in 2024.",
    "Under Article 5 the allies must respond.",
    "Exports rose in 2017 and 2018.",
    "ALL 5 solutions are wrong.",
    "The mine produced 2 million tonnes.",
    "Prices doubled, up 40%.",
    "He bought 100 pounds of beef.",
    "It is 30 C outside and -10C at night.",
    "She bought a twenty pound bag of rice.",
    "See http://example.com/a?q=3D%20CAD%20to for the file.",
    # a spaced "p" or "R" alone settles nothing: no British or South African article (item 8)
    "The rally starts at 5 p.m. on Friday.",
    "The list ran to 45 p in the draft.",
    "Take exit 12 R to the airport.",
    "He met Kody 12 R. Berrey in May.",
    # page chrome: a rates ticker in a site's header (issue 19, item 10)
    "• USD 91.20 • EUR 98.75\nMoscow, Dec 7",
    "USD/RUB 91.20 ▲0.3 | EUR/RUB 98.75 ▼0.1 | CNY 12.60",
]


def _one(text: str, surface: str) -> Money:
    found = [m for m in find_money(text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}: {list(find_money(text))}"
    return found[0]


@pytest.mark.parametrize(("sentence", "surface", "amount", "currency", "extra"), POSITIVES)
@pytest.mark.parametrize(("before", "after"), WRAPPERS)
def test_amounts(
    sentence: str,
    surface: str,
    amount: str | None,
    currency: str | None,
    extra: dict[str, object],
    before: str,
    after: str,
) -> None:
    text = before + sentence + after
    money = _one(text, surface)
    assert money.start == text.index(surface)
    assert money.amount == (None if amount is None else Decimal(amount))
    assert money.currency == currency
    for key, value in extra.items():
        assert getattr(money, key) == value


@pytest.mark.parametrize(("sentence", "surface", "low", "high", "currency"), RANGES)
def test_ranges(sentence: str, surface: str, low: str, high: str, currency: str) -> None:
    money = _one(sentence, surface)
    assert (money.amount, money.low, money.high, money.currency) == (
        None,
        Decimal(low),
        Decimal(high),
        currency,
    )


@pytest.mark.parametrize(("sentence", "surface", "qualifier"), QUALIFIED)
def test_qualifiers_stay_outside_the_span(sentence: str, surface: str, qualifier: Qualifier) -> None:
    money = _one(sentence, surface)
    assert money.qualifier is qualifier
    assert money.approx is (qualifier is not Qualifier.EXACT)
    assert money.to_record().get("approx", False) is money.approx


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives(sentence: str) -> None:
    assert list(find_money(sentence)) == []


def test_vague_amount_has_no_value() -> None:
    money = _one(
        "recovering the tens of billions of dollars Washington provided", "tens of billions of dollars"
    )
    assert money.amount is None
    assert money.currency == "USD"
    assert money.approx


def test_parenthesised_conversion_is_two_positive_amounts() -> None:
    found = list(find_money("a €50 billion ($54 billion) package"))
    assert [(m.amount, m.currency) for m in found] == [
        (Decimal(50000000000), "EUR"),
        (Decimal(54000000000), "USD"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cobalt fetched 100,000 yuan ($13,800) a tonne in Shanghai.",
            [("100,000 yuan", "CNY", "t"), ("$13,800", "USD", "t")],
        ),
        (
            "Gold hit 1,800 pounds ($2,300) an ounce.",
            [("1,800 pounds", "GBP", "oz"), ("$2,300", "USD", "oz")],
        ),
        # no unit after the parenthesis: two plain amounts
        ("a €50 billion ($54 billion) package", [("€50 billion", "EUR", None), ("$54 billion", "USD", None)]),
        # the unit belongs to the second amount alone when it sits inside the parenthesis
        ("It sold for 100 euros ($108 a tonne).", [("100 euros", "EUR", None), ("$108 a tonne", "USD", "t")]),
    ],
)
def test_unit_after_a_parenthesised_conversion_prices_both(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.text, m.currency, m.per) for m in find_money(sentence)] == expected
    # and "a tonne" is not also read as one tonne
    assert [m.kind for m in geoecon.extract(sentence) if m.kind == "tonnage"] == []


@pytest.mark.parametrize(
    ("sentence", "currency", "assumed"),
    [
        ("Australia's miners earned $5 billion.", "AUD", True),
        ("Canada's budget deficit hit $40 billion.", "CAD", True),
        ("The company earned $5 billion.", "USD", True),
        ("The company earned US$5 billion.", "USD", False),
        ("China's exports of ¥300 billion beat the yuan forecast.", "CNY", True),
        ("Pakistan's budget of Rs 500 billion", "PKR", True),
        # a state, region or exchange of a dollar country settles "$"; a city does not
        ("Pilbara iron ore exports earned $5 billion.", "AUD", True),
        ("Queensland will spend $2 billion on its coal rail lines.", "AUD", True),
        ("Alberta's oil sands royalties fell to $3 billion.", "CAD", True),
        ("Shares listed on the TSX raised $400 million.", "CAD", True),
        ("Sydney Morgan, a trader, bought $5 million of bonds.", "USD", True),
    ],
)
def test_ambiguous_symbols_settled_by_context(sentence: str, currency: str, assumed: bool) -> None:
    (money,) = find_money(sentence)
    assert money.currency == currency
    assert money.currency_assumed is assumed


# The country the article is about settles a currency that no cue near the amount does
# (issue 19, item 3): the cue must be in the lede, and the only currency cued in the article.
ARTICLE = (
    "Pakistan's Ministry of Finance released data for the first nine months of the fiscal year. "
    "The primary surplus beat the IMF's target. Provinces also did better than expected, and the "
    "federal government cut spending on development projects across the board this spring. "
    "Debt servicing nonetheless surged to {amount}, the ministry said."
)


@pytest.mark.parametrize(
    ("text", "surface", "currency", "rule"),
    [
        (ARTICLE.format(amount="Rs6,438 billion"), "Rs6,438 billion", "PKR", "currency.article_country"),
        (ARTICLE.format(amount="Rs.921 billion"), "Rs.921 billion", "PKR", "currency.article_country"),
        # negatives: another country cued in the article, or the cue only late in it
        (
            ARTICLE.format(amount="Rs6,438 billion").replace("Pakistan's", "Pakistan's and Nepal's"),
            "Rs6,438 billion",
            "INR",
            "currency.default",
        ),
        (
            (
                "The ministry released data for the first nine months. The surplus beat the target. "
                "Spending was cut. Debt servicing surged to Rs6,438 billion, Pakistan's ministry said."
            ),
            "Rs6,438 billion",
            "PKR",
            "currency.country_cue",
        ),
        (
            "The ministry released data for the first nine months. The surplus beat the target. "
            "Debt servicing surged to Rs6,438 billion, the ministry said. "
            + "Officials met. " * 14
            + "Pakistan's ministry said so.",
            "Rs6,438 billion",
            "INR",
            "currency.default",
        ),
    ],
)
def test_currency_of_the_article(text: str, surface: str, currency: str, rule: str) -> None:
    (money,) = (m for m in find_money(text) if m.text == surface)
    assert money.currency == currency
    assert [b.rule for b in money.basis] == [rule]


@pytest.mark.parametrize(
    ("sentence", "surface", "currency"),
    [
        ("Truffles sold for 75,000 euros ($87,500) to a buyer from Hong Kong.", "$87,500", "USD"),
        ("Ottawa will spend C$80 billion ($58 billion) on defence, Canada said.", "$58 billion", "USD"),
        # negatives: a "$" in brackets after a "$" settled by the same cue is the same currency
        ("Canada will spend $80 billion ($58 billion) on defence.", "$58 billion", "CAD"),
        ("Ottawa will spend C$80 billion, or $58 billion, Canada said.", "$58 billion", "CAD"),
    ],
)
def test_a_bracketed_conversion_is_us_dollars(sentence: str, surface: str, currency: str) -> None:
    (money,) = (m for m in find_money(sentence) if m.text == surface)
    assert money.currency == currency


# A price unit written once is carried to the bare prices after it (issue 19, item 2).
@pytest.mark.parametrize(
    ("text", "surface", "per"),
    [
        ("Copper rose to $9,150 a tonne; zinc added 2% to $2,740.", "$2,740", "t"),
        ("Brent averaged from $43.10 per barrel in 2019 to $51.20 in 2020.", "$51.20", "bbl"),
        ("Aluminium last traded at $2,337 a tonne. Earlier it touched $2,321.5, a low.", "$2,321.5", "t"),
        (
            "Gas cost $8.14 per million British thermal units (mmBtu), against $2.91 a year ago.",
            "$2.91",
            "mmbtu",
        ),
        (
            "Truffles fetched 6,000 euros per kilogramme, from 3,000-4,000 euros last year.",
            "3,000-4,000 euros",
            "kg",
        ),
        ("Western countries set a $60-per-barrel price cap on Russian crude.", "$60-per-barrel", "bbl"),
        # negatives: not a price of the same scale, another currency, another paragraph
        ("Copper rose to $9,150 a tonne; the miner earned $5 billion.", "$5 billion", None),
        ("Copper rose to $9,150 a tonne; the miner paid 2,000 euros.", "2,000 euros", None),
        ("Copper rose to $9,150 a tonne.\n\nThe fee was $5,000.", "$5,000", None),
        ("HK$12 a share, then HK$13.", "HK$13", None),
    ],
)
def test_a_unit_price_carries_its_unit(text: str, surface: str, per: str | None) -> None:
    (money,) = (m for m in find_money(text) if m.text == surface)
    assert money.per == per


def test_bare_franc_without_context_has_no_currency() -> None:
    (money,) = find_money("The offer valued the stake at 528 million francs.")
    assert money.currency is None


def test_record_schema() -> None:
    (money,) = find_money("worth about $2,655 per ton")
    assert money.to_record() == {
        "kind": "money",
        "start": 12,
        "end": 26,
        "text": "$2,655 per ton",
        "amount": "2655",
        "currency": "USD",
        "per": "t",
        "currency_assumed": True,
        "approx": True,
        "qualifier": "approx",
    }


def test_parse_money() -> None:
    assert parse_money("$1.7 billion").amount == Decimal(1700000000)
    assert parse_money("about $5 billion").qualifier is Qualifier.APPROX
    with pytest.raises(ParseError, match="no amount"):
        parse_money("15%")
    with pytest.raises(ParseError, match="besides"):
        parse_money("$5 billion was spent")
    with pytest.raises(TypeError, match="text must be str"):
        parse_money(5)  # type: ignore[arg-type]


def test_bytes_are_refused_with_a_hint() -> None:
    with pytest.raises(TypeError, match="decode it first"):
        find_money(b"$5")  # type: ignore[arg-type]


def test_find_money_equals_extract_view() -> None:
    text = "Exports fell to $2.3 million in 2024, about 15% of the $1.7 billion peak."
    assert tuple(find_money(text)) == geoecon.extract(text, kinds={"money"}).money
    check_offsets(text, list(find_money(text)))


def test_a_ticker_line_yields_nothing_but_the_article_does() -> None:
    """Only the ticker line is chrome: the amounts of the article below it are read (issue 19, item 10)."""
    text = "• USD 91.20 • EUR 98.75\nThe rouble fell to 92 per dollar, costing exporters $5 billion."
    assert [m.text for m in find_money(text)] == ["$5 billion"]
    # a line of amounts between bars that are not rates is no ticker
    assert [m.text for m in find_money("Revenue $5 billion | Profit $1 billion | Margin 20%")] == [
        "$5 billion",
        "$1 billion",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare magnitude compared with an amount before it in the sentence (issue 19, item 5)
        ("Revenue was $5 billion, up from 4 billion.", [("$5 billion", "USD"), ("4 billion", "USD")]),
        (
            "Reserves fell to 40 billion euros from 52 billion.",
            [("40 billion euros", "EUR"), ("52 billion", "EUR")],
        ),
        # negatives beside: no comparison, another sentence, a word after the number
        ("The budget was 5 trillion rubles, the population 146 million.", [("5 trillion rubles", "RUB")]),
        ("The budget was 5 trillion rubles. Then 146 million voted.", [("5 trillion rubles", "RUB")]),
        ("It owes 5 billion rubles to 2 million customers.", [("5 billion rubles", "RUB")]),
    ],
)
def test_an_elided_currency(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.currency) for m in find_money(sentence)] == expected
