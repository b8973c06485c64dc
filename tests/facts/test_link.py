"""The facts linker, rule by rule, on sentences in the style of economics and commodity news."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path
from typing import Any

import pytest

import geoecon
import geoecon.facts
from geoecon import Fact, extract

REF = dt.date(2024, 10, 30)


def _facts(text: str) -> list[dict[str, Any]]:
    return [f.to_record() for f in extract(text, reference_date=REF).facts]


def _one(text: str, surface: str) -> dict[str, Any]:
    for record in _facts(text):
        if text[record["start"] : record["end"]] == surface:
            return record
    msg = f"no fact for {surface!r} in {_facts(text)}"
    raise AssertionError(msg)


# (sentence, value surface, field, expected)
MEASURE = [
    ("Vietnam's rice exports climbed to 7.1 million tonnes last year.", "7.1 million tonnes", ["export"]),
    # an aside between dashes names no measure of the value after it
    (
        "The fiscal deficit—the gap between government expenditures and revenue—was ₹7.51 lakh crore.",
        "₹7.51 lakh crore",
        ["deficit"],
    ),
    (
        "The fiscal deficit — the gap between spending and revenue — was $7 billion.",
        "$7 billion",
        ["deficit"],
    ),
    ("Revenue rose 5% — the deficit was $7 billion.", "$7 billion", ["deficit"]),
    # a unit price right before "cap" is the cap
    ("Urals trades below the USD 60 per barrel cap agreed by the G7.", "USD 60 per barrel", ["cap"]),
    ("The miner produced 412,000 ounces of gold in the June quarter.", "412,000 ounces", ["production"]),
    ("Indonesia shipped 21 million tonnes of coal to India in March.", "21 million tonnes", ["shipment"]),
    ("Canada accounted for 40% of U.S. potash imports in 2023.", "40%", ["import"]),
    ("The government set a defence budget of $12 billion for 2025.", "$12 billion", ["budget"]),
    ("Inflation eased to 3.1% in September, the statistics office said.", "3.1%", ["inflation"]),
    ("Copper prices rose 2% to $9,450 a tonne on Tuesday.", "$9,450 a tonne", ["price"]),
    ("Russia could ship around 2 million tons of aluminum a year.", "2 million tons", ["shipment"]),
    # carried over from the previous sentence's value of the same kind
    (
        "Output reached 64,300 tonnes in the first quarter. It was 58,900 tonnes a year earlier.",
        "58,900 tonnes",
        ["output"],
    ),
    # a power measures a capacity, whatever word is near
    ("Gridserve completed a 34.7 MW zero-subsidy solar farm at York.", "34.7 MW", ["capacity"]),
    # a sentence opening on an anaphor carries the measure over a paragraph break
    (
        "Japan's GDP fell 1.2 percent in the quarter.\n\nThat missed expectations for a rise of 1.1 percent.",
        "1.1 percent",
        ["gdp"],
    ),
    ("Exports rose, while private consumption rose 0.3 percent.", "0.3 percent", ["consumption"]),
    # a noun right after the value names it
    ("Mitsui bought a 20 per cent stake in the project.", "20 per cent", ["stake"]),
    # a verb of change names the measure only when no noun does
    ("China's GDP grew by 4.8 percent in the first three quarters.", "4.8 percent", ["gdp"]),
    # a measure word inside a proper name is not a measure
    ("The Central Reserve Bank of Peru kept its key rate at 4.25%.", "4.25%", ["rate"]),
    # a unit price is a price or a cost, not the production before it
    ("Production was 64,300oz at $2,194/oz in the March quarter.", "$2,194/oz", ["price"]),
    # a commodity that moves is its price
    ("Aluminium gained 1.7% to $3,261 on the LME.", "1.7%", ["price"]),
    # negative: nothing says what the number measures
    ("The company said 2 million tonnes was a lot.", "2 million tonnes", None),
    # of two measure words in a row, the last heads the phrase ("debt servicing", "budget deficit")
    ("Debt servicing surged to Rs6,438 billion in the first nine months.", "Rs6,438 billion", ["servicing"]),
    # ... and one before a noun of another kind only modifies it ("this budget year")
    (
        "The U.S. budget deficit through the first three months of this budget year is up 11.8%.",
        "11.8%",
        ["deficit"],
    ),
    # a verb after a measure noun is no compound: "economy grew"
    ("Britain's economy grew 0.6% in the second quarter.", "0.6%", ["gdp"]),
    # an aside between commas does not name the measure of a value outside it
    (
        (
            "Demand for platinum, used in catalytic converters to reduce harmful emissions, is expected to fall"
            " by 6% this year."
        ),
        "6%",
        ["demand"],
    ),
    # a weight measures only a weight; a worth, only an amount
    ("One giant white truffle, weighing in at 900g, went to a buyer for €105,000.", "900g", ["weight"]),
    ("One giant white truffle, weighing in at 900g, went to a buyer for €105,000.", "€105,000", None),
    ("The deal is worth $7 billion.", "$7 billion", ["value"]),
]


@pytest.mark.parametrize(("text", "surface", "expected"), MEASURE)
def test_measure(text: str, surface: str, expected: list[str] | None) -> None:
    assert _one(text, surface)["measure"] == expected


COMMODITY = [
    ("Chile's copper exports rose 4% in 2024.", "4%", "copper"),
    ("Gruyere produced 68,000 ounces of gold in the quarter.", "68,000 ounces", "gold"),
    ("Aluminium prices were down 2.5% at $2,337 a tonne.", "$2,337 a tonne", "aluminum"),
    # carried over from the paragraph, for a measure of a good
    ("Iron ore demand in China is slowing. Prices fell 3% on Monday.", "3%", "iron ore"),
    # carried over from the story when the paragraph names no good
    (
        "China's coal imports slowed.\n\nImports from Russia totalled 3.1 million tons in March.",
        "3.1 million tons",
        "coal",
    ),
    (
        "Qatar produces 77 million tonnes a year of liquefied natural gas, or LNG.",
        "77 million tonnes a year",
        "lng",
    ),
    # negative: a budget is not of a good, even in a sentence about oil
    ("Saudi Arabia, the biggest oil exporter, set a budget of $300 billion.", "$300 billion", None),
    # carried over: the commodity the story names most, not the last one named
    (
        (
            "Platinum demand will rise. Platinum supply is short.\n\nDemand rose on the substitution of platinum"
            " for palladium.\n\nTotal supply will dip 1% to 7.089 million ounces."
        ),
        "7.089 million ounces",
        "platinum",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), COMMODITY)
def test_commodity(text: str, surface: str, expected: str | None) -> None:
    assert _one(text, surface)["commodity"] == expected


PLACES = [
    # a demonym owns, a flow preposition names the partner
    ("Russian aluminum exports to the United States fell to $2.3 million.", "$2.3 million", ["RU"], ["US"]),
    ("U.S. imports of aluminum from Canada totalled 3 million tonnes.", "3 million tonnes", ["US"], ["CA"]),
    # a possessive owns; no flow, no partner
    ("Brazil's inflation rose to 4.5% in August.", "4.5%", ["BR"], []),
    # carried over from an earlier sentence
    ("Australia reported its budget on Tuesday. The deficit was A$28 billion.", "A$28 billion", ["AU"], []),
    # a share of the converse flow swaps the sides
    (
        "Russian aluminum exports to the United States fell to $2.3 million in 2017, about 15% of all U.S. imports.",
        "15%",
        ["US"],
        ["RU"],
    ),
    # a world market price is not carried over to the place of an earlier sentence
    ("Russia sold aluminum to Japan. Since then, the price has jumped 43%.", "43%", [], []),
    ("Russia sells aluminum to Japan. Aluminum prices were down 2.5% at $2,337 a tonne.", "2.5%", [], []),
    # ... but a regional price is (gas at a U.S. hub)
    (
        "U.S. natural gas prices rose to a 14-year high.\n\nIn May 2022, gas prices averaged $8.14 per mmBtu.",
        "$8.14 per mmBtu",
        ["US"],
        [],
    ),
    # a possessive of an earlier paragraph names the story's owner; "from" names the partner
    (
        "Russia is China's second source of coal.\n\nImports from Indonesia totalled 10 million tons in March.",
        "10 million tons",
        ["CN"],
        ["ID"],
    ),
    # of several counterparts, the one after the value (before the next value)
    (
        "India imported 36,000 bpd from Russia, compared to 1.05 million bpd from Iraq and 952,000 bpd from Saudi Arabia.",
        "1.05 million bpd",
        ["IN"],
        ["IQ"],
    ),
    ("The World Bank will provide $2.3 billion in assistance to Bangladesh.", "$2.3 billion", [], ["BD"]),
    # a bank or company named by its own name owns the value when no place of the clause does: no
    # place is carried to it from the item before in a list
    (
        (
            "Vietnam cut by 100 points to 11.0%. Banks that held were the Bank of Korea at 3.25% and the"
            " National Bank of Poland at 4.75%."
        ),
        "4.75%",
        [],
        [],
    ),
    (
        "Vietnam cut its rate to 11.0%. The Reserve Bank of New Zealand is expected to keep its cash rate at 2.5%.",
        "2.5%",
        [],
        [],
    ),
    # a place in an aside between commas is not the value's
    (
        (
            "Russia, which made up just 0.2% of all crude oil India imported in 2021, supplied 1.19 million"
            " bpd in December."
        ),
        "1.19 million bpd",
        ["RU"],
        [],
    ),
    # a share's owner is the agent of the flow it is a share of ("imported by India")
    (
        "Russia, which overtook Iraq to take the top spot, now makes up 25% of all oil imported by India.",
        "25%",
        ["IN"],
        [],
    ),
    # the seat of an organisation owns nothing ("the Washington-based lender")
    (
        "Bangladesh seeks budget support. The Washington-based lender made a commitment of $3.4 billion.",
        "$3.4 billion",
        [],
        [],
    ),
    # a buyer's place owns nothing; it is the counterpart of a sale or a price
    (
        "Truffles are found in Northern Italy. One truffle, weighing 900g, went to a Hong Kong buyer.",
        "900g",
        ["IT"],
        [],
    ),
    (
        "The record price for a truffle was set in 2007, when a Macau casino owner paid a price of £165,000.",
        "£165,000",
        [],
        ["MO"],
    ),
    # ... but the buyers of a purchase own it
    (
        "Japanese investors stepped up buying in December, when net purchases grew to 1.5 billion dlrs.",
        "1.5 billion dlrs",
        ["JP"],
        [],
    ),
    # ... but a place of the clause still owns it, and "the Bank" alone names no one
    ("The Bank of England, fighting UK inflation, raised rates to 5.25%.", "5.25%", ["GB"], []),
    ("Britain's inflation is 4%. The Bank expects it to fall to 3%.", "3%", ["GB"], []),
    # "from" names the origin of exports (their owner), "to" the destination of imports
    (
        "Exports to China from Port Hedland totalled a record 128.1 million tonnes.",
        "128.1 million tonnes",
        ["AU"],
        ["CN"],
    ),
    ("Imports to China from Australia rose 5% to 80 million tonnes.", "80 million tonnes", ["CN"], ["AU"]),
    # "with" names the counterpart of a deal, not of exports ("with China remaining the key market")
    ("India signed a $7 billion deal with Qatar.", "$7 billion", ["IN"], ["QA"]),
    (
        "Pork exports rose three per cent in value, with China remaining the key market.",
        "three per cent",
        [],
        [],
    ),
    # the same flow's counterpart, named for an earlier value, carries over
    (
        (
            "Uzbekistan increased its uranium export to the USA by almost 80%.\n\n"
            "Uranium exports from Uzbekistan last year amounted to 4.44 million pounds."
        ),
        "4.44 million pounds",
        ["UZ"],
        ["US"],
    ),
    # an international institution owns its values, and is no country's: no carry-over
    (
        "Germany's exports rose 2%. The International Monetary Fund will lend $3 billion to Egypt.",
        "$3 billion",
        [],
        ["EG"],
    ),
    # a dateline's place is where the story was written, not whose its numbers are
    (
        "BAKU, Azerbaijan, June 30\n\nGazprom raised gas exports to Europe by 30.4 billion cubic meters.",
        "30.4 billion cubic meters",
        [],
        [],
    ),
    (
        "LONDON, March 6 (Reuters) - The 2024 platinum deficit will be 418,000 troy ounces, the council said.",
        "418,000 troy ounces",
        [],
        [],
    ),
    # ", with" opens another clause: its place does not own the value
    ("Since then, the price has jumped 43%, with Putin offering metals to the United States.", "43%", [], []),
    # negative: no place in the text
    ("The company's revenue rose 5% to $2 billion.", "$2 billion", [], []),
]


@pytest.mark.parametrize(("text", "surface", "where", "partner"), PLACES)
def test_where_and_partner(text: str, surface: str, where: list[str], partner: list[str]) -> None:
    record = _one(text, surface)
    assert (record["where"], record["partner"]) == (where, partner)


WHEN = [
    ("Exports fell to $2.3 million in 2024, down from $1.7 billion in 2017.", "$2.3 million", "2024"),
    ("Exports fell to $2.3 million in 2024, down from $1.7 billion in 2017.", "$1.7 billion", "2017"),
    ("In the third quarter of 2023, sales reached 410 tonnes.", "410 tonnes", "2023-Q3"),
    # lists: each value with its own period
    ("Sales were 410 tonnes in 2022, 380 tonnes in 2023.", "380 tonnes", "2023"),
    # a date after "from"/"since" is the base's, not the value's
    ("Exports rose 7% in June 2020 from June 2019.", "7%", "2020-06"),
    # carried over from the previous sentence
    ("Production in 2023 was 5 million tonnes. Exports were 2 million tonnes.", "2 million tonnes", "2023"),
    # carried over from an earlier sentence of the paragraph that gave no value
    (
        "On Friday the government presented its budget for 2025. Spending is set at $90 billion.",
        "$90 billion",
        "2025",
    ),
    # "since then": not the period of the sentence before
    ("Exports peaked in 2017. Since then, the price has jumped 43%.", "43%", None),
    # a capacity or a rate of flow holds until it changes: no period carried over
    ("The plant opened in 2019. Its capacity is 39 million tonnes.", "39 million tonnes", None),
    # negative: no period
    ("The mine can produce 2 million tonnes a year.", "2 million tonnes a year", None),
    # a base's period, by the words before it, is not the change's
    ("CPI rose 4.2% in April from the same month a year ago.", "4.2%", "2024-04"),
    ("Output rose 20% in 2021 over 2020.", "20%", "2021"),
    (
        "Shipments rose to 183,000 tonnes from January to May, up 7% compared to the same period last year.",
        "7%",
        "2024-01/2024-05",
    ),
    # ... nor the level's, when the comparison follows the level
    (
        "Borrowing was £7.8 billion in December 2023, £8.4 billion less than in December 2022.",
        "£8.4 billion",
        "2023-12",
    ),
    # a base value's own period is a base's ("from 114.5 million tonnes in the June quarter of 2019")
    (
        (
            "Exports to China in the June quarter totalled 128.1 million tonnes, up 11.7% from 114.5 million"
            " tonnes in the June quarter of 2019."
        ),
        "128.1 million tonnes",
        "2024-Q2",
    ),
    (
        (
            "Exports to China in the June quarter totalled 128.1 million tonnes, up 11.7% from 114.5 million"
            " tonnes in the June quarter of 2019."
        ),
        "114.5 million tonnes",
        "2019-Q2",
    ),
    # two bases' periods joined by "and"; the period carried over from the sentence before
    (
        "Exports reached 51.7 million tonnes in June 2020. That was up 6% from June 2019 and May 2020.",
        "6%",
        "2020-06",
    ),
    # a previous period names its own value only ("a 4.6 percent expansion in the previous quarter")
    (
        (
            "In the third quarter, GDP grew 1.2 percent. That followed a 4.6 percent expansion in the previous"
            " quarter. Capital spending was up 1.5 percent on quarter."
        ),
        "1.5 percent",
        "2024-Q3",
    ),
    # a value set apart after a base holds for the base's period
    (
        (
            "Chilean copper exports to China fell to $3 billion in 2023, down from $5 billion in 2019"
            " — about 20% of all Chinese copper imports."
        ),
        "20%",
        "2019",
    ),
    # a possessive date right before a value is its period
    (
        "The 2024 deficit of 418,000 ounces will be smaller than 2023's 878,000 ounces.",
        "878,000 ounces",
        "2023",
    ),
    # another value's own period is not this one's ("an 18% drop in 2023")...
    ("Platinum output rose in 2024. Stocks will fall by 10%, after an 18% drop in 2023.", "10%", "2024"),
    # ... unless the two are one change ("by 6% to 7.507 million ounces this year")
    ("Demand will fall by 6% to 7.507 million ounces this year, after a record 2023.", "6%", "2024"),
    # a maturity is a term of the debt, not the period of its amount
    ("Kenya plans to buy back $2 billion of notes due 2024.", "$2 billion", None),
    ("Kenya will buy back its $2 billion Eurobonds which mature in June.", "$2 billion", None),
    # a superlative's bound is not a period
    ("Zinc hit $3,392 in January, its highest since March 2022.", "$3,392", "2024-01"),
    # the day a statement was made is not a period, nor a dateline's date
    ("Consumer prices rose 5% in May, the Labor Department said on Thursday.", "5%", "2024-05"),
    ("Prices were higher than a projected 4.7%, said the Labor Department on Thursday.", "4.7%", None),
    ("NAIROBI, Feb. 7 (Xinhua) -- Kenya plans to buy back $2 billion of Eurobonds.", "$2 billion", None),
    # a cap or a rate target stands until changed: no period, even with a date in the sentence
    ("In December 2022 the G7 agreed a $60-per-barrel price cap on Russian crude.", "$60-per-barrel", None),
    (
        "Since October 2022, Urals has traded well below the USD 60 per barrel cap agreed.",
        "USD 60 per barrel",
        None,
    ),
    ("The Fed said in 2023 it would let inflation run above the target of 2% for a while.", "2%", None),
    ("The EU set a ceiling of $45 a barrel in January.", "$45 a barrel", None),
    # ... but an amount's target is a period's
    (
        "In fiscal 2024 the primary surplus beat the IMF's target of Rs2,700 billion.",
        "Rs2,700 billion",
        "2024",
    ),
    # "now" puts a value in the present, not in the period the sentence names
    ("Russia began to occupy the region in 2014 and now holds about 20% of the country.", "20%", None),
    (
        "Output was 10 million tonnes in 2019 and is currently about 12 million tonnes.",
        "12 million tonnes",
        None,
    ),
    ("Output was 10 million tonnes in 2019 and 12 million tonnes in 2020.", "12 million tonnes", "2020"),
    ("Russia overtook Iraq in October 2022 and now makes up for 25% of India's oil imports.", "25%", None),
    # a period the text does not date is none
    (
        "Sales rose 75% this Diwali, well above the run-rate of around 20% growth in recent years.",
        "20%",
        None,
    ),
    (
        "In 2024 the deficit hit $900 billion; it will remain over $1 trillion for the next decade.",
        "$1 trillion",
        None,
    ),
    # a year naming an agreement or a bond is no period; a year naming a measure or a span is
    ("It owes the IMF $44 billion under a 2018 loan agreement.", "$44 billion", None),
    ("The 2024 deficit of 418,000 ounces will be smaller than last year's.", "418,000 ounces", "2024"),
    ("The deficit for the 2020 fiscal year hit $1 trillion.", "$1 trillion", "2020"),
    ("The 2023 harvest came to 5 million tonnes.", "5 million tonnes", "2023"),
    # an instrument a value sizes takes no period from an earlier sentence; a flow sized so does
    (
        "Argentina's economy grew in 2024. The IMF loan was part of a $42 billion bailout.",
        "$42 billion",
        None,
    ),
    ("China cut tariffs last week. Coal imports from Russia previously had a 6% tariff.", "6%", None),
    (
        "Provinces ran surpluses in fiscal 2024. Punjab led with a Rs441 billion surplus.",
        "Rs441 billion",
        "2024",
    ),
    ("Russia now supplies 25% of India's oil imports in 2024, up from 2% in 2021.", "25%", "2024"),
    # a level's bound ("last seen in the 1960s") is no period; nor is a base's after "above the figure
    # for" or "less than that borrowed in"
    (
        (
            "Net debt was 97.7% of GDP in December 2023. This is 1.9 percentage points higher than in"
            " December 2022 and remains at levels last seen in the early 1960s."
        ),
        "1.9 percentage points",
        "2023-12",
    ),
    (
        (
            "Iron ore exports rose to 46 million tonnes in June. That was also 3 million tonnes above the"
            " figure for May."
        ),
        "3 million tonnes",
        "2024-06",
    ),
    (
        "Borrowing in December 2023 was £7.8 billion, £8.4 billion less than that borrowed in December 2022.",
        "£8.4 billion",
        "2023-12",
    ),
    # a first estimate in brackets is the value before it again, with its period
    (
        (
            "GDP grew 1.2% in the third quarter of 2024, after a revised 4.6 percent expansion in the"
            " previous quarter (originally 3.5 percent)."
        ),
        "3.5 percent",
        "2024-Q2",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), WHEN)
def test_when(text: str, surface: str, expected: str | None) -> None:
    assert _one(text, surface)["when"] == expected


ROLE = [
    ("Exports rose 5% to $2 billion, up from $1.9 billion.", "5%", "change", "up"),
    ("Exports rose 5% to $2 billion, up from $1.9 billion.", "$2 billion", "level", "up"),
    ("Exports rose 5% to $2 billion, up from $1.9 billion.", "$1.9 billion", "base", "up"),
    ("The central bank cut its policy rate by 50 basis points to 6%.", "50 basis points", "change", "down"),
    ("The central bank cut its policy rate by 50 basis points to 6%.", "6%", "level", "down"),
    ("Prices of aluminum were down 2.5% at $2,337 a tonne.", "2.5%", "change", "down"),
    ("Sales posted a 12% rise in the quarter.", "12%", "change", "up"),
    ("This compared with 62,500 ounces in the June quarter.", "62,500 ounces", "base", None),
    # negative: no change stated; "more than" qualifies the amount
    ("Imports amounted to more than 4.4 million tonnes last year.", "4.4 million tonnes", "level", None),
    # a comparative after the value makes it a change
    ("Compared with a year earlier, output was 0.7% higher.", "0.7%", "change", "up"),
    ("The shortfall was $7 billion less than a year ago.", "$7 billion", "change", "down"),
    # a value in brackets restates the one before it
    ("Imports rose by 3.4 million tons (52%) but fell on the year.", "52%", "change", "up"),
    # the next item of a list of bases
    ("The share was 4.4%, compared with 8.9% in 2018 and 14.6% in 2017.", "14.6%", "base", None),
    # a comparative with "than" before a value makes it the base ("more than" only qualifies it)
    ("This was higher than 909,403 bpd in November.", "909,403 bpd", "base", "up"),
    ("The deficit will be smaller than 2023's 878,000 ounces.", "878,000 ounces", "base", None),
    ("That compares with $2.91 a year earlier.", "$2.91", "base", None),
    # a base's price joined to it by "at" is a base too
    ("This compared with 62,535oz at $2,441/oz for the June quarter.", "$2,441/oz", "base", None),
    ("GDP was down an annualized 1.2 percent on year.", "1.2 percent", "change", "down"),
    # negative: "from" before a place, not before the value
    ("Imports from Russia totalled 3.1 million tons in March.", "3.1 million tons", "level", None),
    # a change noun after the value, past a modifier
    ("GDP rose after a rapid 0.7% recovery in the first quarter.", "0.7%", "change", "up"),
    # a level compared with a year earlier, past the change
    (
        "Borrowing was £119.1 billion, £11.1 billion more than a year earlier.",
        "£119.1 billion",
        "level",
        "up",
    ),
    # a verb of passing a mark gives the direction, and the value stays a level
    (
        "Iron ore exports in June topped 50 million tonnes for the first time.",
        "50 million tonnes",
        "level",
        "up",
    ),
    # present participles of change ("soaring", "easing")
    (
        "Dry weather sent the market price soaring to 6,000 euros per kilogramme.",
        "6,000 euros per kilogramme",
        "level",
        "up",
    ),
    (
        "It highlighted an easing of inflation, which reached 39.4 percent in June.",
        "39.4 percent",
        "level",
        "down",
    ),
    # "up" in a phrasal verb is no change
    ("Russia made up for just 0.2 per cent of the oil India imported.", "0.2 per cent", "level", None),
    # a hyphen between spaces is a dash too
    ("Exports fell to $2 million in 2017 - about 15% of all U.S. imports.", "15%", "level", None),
    # a clause bound (a dash) ends the change
    ("Exports fell to $2 million — about 15% of all U.S. imports.", "15%", "level", None),
    # "more than" before a number qualifies it and compares nothing; before a base it compares
    (
        "Imports from Russia amounted to 191,809 tonnes, or roughly 4.4% of the more than 4.4 million tonne total.",
        "191,809 tonnes",
        "level",
        None,
    ),
    (
        "The 2024 deficit of 418,000 ounces will be smaller than 2023's 878,000 ounces.",
        "418,000 ounces",
        "level",
        "down",
    ),
    (
        "Borrowing was £119.1 billion, £11.1 billion more than a year earlier.",
        "£119.1 billion",
        "level",
        "up",
    ),
    # "raised" before an amount of money raises funds: no change, no level reached
    (
        "Benin's February bonds, which raised 2.6 billion dollars and 750 million dollars, drew demand.",
        "2.6 billion dollars",
        "level",
        None,
    ),
    (
        "Benin's February bonds, which raised 2.6 billion dollars and 750 million dollars, drew demand.",
        "750 million dollars",
        "level",
        None,
    ),
    ("The government raised the fuel levy by $0.10 a litre.", "$0.10 a litre", "change", "up"),
    (
        "Torchmark Corp is raising 200 mln dlrs through an offering of debentures.",
        "200 mln dlrs",
        "level",
        None,
    ),
    # a change from a standard: the standard is its base
    (
        "The government cut its estimate to 2% from a 2.8 per cent target in the budget.",
        "2.8 per cent",
        "base",
        "down",
    ),
    # a standard is set, not reached: no base, no change
    (
        "Russian oil is sold at much lower than the USD 60 per barrel cap agreed.",
        "USD 60 per barrel",
        "level",
        None,
    ),
    ("The bank will allow inflation to climb above the target of 2% for some time.", "2%", "level", None),
    # the same change said again after "or", its first number's unit elided or not
    (
        "Exports to China hit 128.1 million tonnes, up 13.5 million or 11.7% from a year earlier.",
        "11.7%",
        "change",
        "up",
    ),
    ("Revenue fell $2 billion, or 4 percent, in the quarter.", "4 percent", "change", "down"),
    ("Sales rose to $5 billion, or 40% of the total.", "40%", "level", "up"),
    # a comparative after the value's bracketed other form: both are the change
    (
        "The deficit would have been $7 billion (or 1 percent) less than the shortfall a year ago.",
        "$7 billion",
        "change",
        "down",
    ),
    (
        "The deficit would have been $7 billion (or 1 percent) less than the shortfall a year ago.",
        "1 percent",
        "change",
        "down",
    ),
    # a second base of the same unit after "and", however long the first base's own words
    (
        "This was higher than 909,403 bpd India imported from Russia in November and 935,556 bpd in October.",
        "935,556 bpd",
        "base",
        "up",
    ),
    # ... but not a value of another unit, nor one after a new change
    (
        "This was higher than 909,403 bpd India imported from Russia in November and 35% of its needs.",
        "35%",
        "level",
        "up",
    ),
    (
        "Output was down from 5 million tonnes in 2019 and then rose by 7 million tonnes.",
        "7 million tonnes",
        "change",
        "up",
    ),
    # ... unless a change reaches it
    ("The bank is trying to bring inflation back down to its 2% target.", "2%", "level", "down"),
]


@pytest.mark.parametrize(("text", "surface", "role", "direction"), ROLE)
def test_role_and_direction(text: str, surface: str, role: str, direction: str | None) -> None:
    record = _one(text, surface)
    assert (record["role"], record["direction"]) == (role, direction)


def test_a_change_knows_its_level_and_base() -> None:
    change, level, base = extract("Exports rose 5% to $2 billion, up from $1.9 billion.").facts
    assert change.level == level.value
    assert change.base == base.value
    assert level.change == change.value
    assert base.level == level.value


def test_a_conversion_is_the_same_value_once() -> None:
    found = extract("Russia plans to spend 4.2 trillion rubles ($46 billion) on defence in 2025.")
    rubles, dollars = found.facts
    assert dollars.equivalent_of == rubles.value
    assert (dollars.measure, dollars.when) == (rubles.measure, rubles.when)
    assert list(found.facts_frame()["text"]) == ["4.2 trillion rubles"]


def test_modality() -> None:
    (fact,) = extract("Copper sales are expected to increase 20% in 2025.").facts
    assert fact.modality == "expected"
    (fact,) = extract("Copper sales increased 20% in 2024.").facts
    assert fact.modality == "reported"


def test_every_fact_records_its_rules() -> None:
    for fact in extract("Chile's copper exports rose 4% in 2024.").facts:
        rules = {b.rule for b in fact.basis}
        assert {
            "fact.measure.before",
            "fact.commodity.sentence",
            "fact.where.place",
            "fact.when.date",
        } <= rules
        assert all(b.rule.startswith("fact.") for b in fact.basis)


def test_one_fact_per_value_mention_and_none_without() -> None:
    found = extract("On Monday, Russia said exports rose 4% to $2 billion and 3 million tonnes.")
    assert [f.value for f in found.facts] == [m for m in found.mentions if m.kind not in {"date", "place"}]
    assert extract("Russia said on Monday.").facts == ()
    assert extract("").facts == ()


def test_facts_are_computed_once_and_on_demand() -> None:
    found = extract("Exports rose 4%.")
    assert found.facts is found.facts
    assert isinstance(found.facts[0], Fact)
    assert geoecon.Fact is Fact


def test_facts_frame_dtypes() -> None:
    frame = extract("Chile's copper exports rose 4% to $2 billion in 2024.").facts_frame(decimals="float")
    assert str(frame["period_start"].dtype) == "datetime64[s]"
    assert str(frame["value"].dtype) == "float64"
    assert str(frame["role"].dtype) == "category"
    with pytest.raises(ValueError, match="decimals"):
        extract("Exports rose 4%.").facts_frame(decimals="int")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "unit",
    [
        "Exports rose 5% to $2 billion from $1.9 billion in 2024. ",
        "China's imports from Russia, 3 million tonnes (4%), ",
        "($5 million) ",
    ],
)
def test_linear_time_on_repeated_facts(unit: str) -> None:
    # each rule reads a stretch found once per document: ten times the text, about ten times the time
    def seconds(times: int) -> float:
        found = extract(unit * times)
        started = time.perf_counter()
        assert len(found.facts) >= times
        return time.perf_counter() - started

    small, large = seconds(200), seconds(2000)
    assert large < 25 * small + 0.5


def test_the_table_of_rules_is_the_rules_recorded() -> None:
    """The table in the facts package's docstring lists every rule the linker records, and no other."""
    table = set(re.findall(r"^\| ``(fact\.[a-z_.]+)``", geoecon.facts.__doc__ or "", re.MULTILINE))
    table |= {f"fact.role.{role}" for role in ("level", "change", "base")}
    source = (Path(geoecon.facts.__file__).parent / "_link.py").read_text(encoding="utf-8")
    recorded = set(re.findall(r'Basis\("(fact\.[a-z_.]+)"', source)) | {
        f"fact.role.{role}" for role in ("level", "change", "base")
    }
    assert table == recorded


def test_a_chain_of_dates_is_one_period_read_by_its_date_in_brackets() -> None:
    text = (
        "Pakistan released data for the first nine months (July–March) of the current fiscal year."
        " The primary surplus was Rs3,468 billion."
    )
    found = extract(text, reference_date=dt.date(2025, 5, 1))
    bracketed = next(d for d in found.dates if d.text == "July–March")
    assert found.facts[0].when == bracketed
    assert found.facts[0].when.value == "2024-07/2025-03"
