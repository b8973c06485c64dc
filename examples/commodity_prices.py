"""A commodity-price table: unit prices from news, normalised to US dollars per tonne.

geoecon reads each price with its currency and unit (``per``). It does no I/O and
knows no exchange rates, so the caller supplies them: here a small, fixed table
(US dollars per unit of each currency, as of an invented fixing day). All the
arithmetic is done in :class:`decimal.Decimal`, so no rounding creeps in before
the final two decimals.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import Final

import geoecon

#: Commodity -> a news paragraph quoting its price.
PARAGRAPHS: Final = {
    "aluminium": "Aluminium on the London Metal Exchange rose 43% to $2,655 per ton on Monday.",
    "steel rebar": "Chinese steel rebar futures fell to 3,450 yuan a tonne in Shanghai.",
    "milling wheat": "European benchmark wheat traded at 250 euros per tonne in Paris.",
    "white sugar": "Indian mills sold white sugar at Rs 38,000 per tonne, traders said.",
    "thermal coal": "Japanese utilities paid ¥18,500 per tonne for Australian thermal coal.",
    "coking coal": "Coking coal rose to A$350 a tonne at Queensland ports.",
    "canola": "Canola sold at C$700 per tonne on the prairies.",
    "copper": "Copper hit $9,500 per tonne as Chilean output fell 5%.",
    "gold": "Gold climbed to $1,800 an ounce, its highest since 2020.",
    "coffee": "Arabica coffee traded at 250 cents per lb in New York.",
    "crude oil": "Brent crude rose to $85 a barrel.",
}

#: US dollars for one unit of each currency (the caller's own rates; invented here).
USD_PER_UNIT: Final = {
    "USD": Decimal(1),
    "EUR": Decimal("1.08"),
    "CNY": Decimal("0.138"),
    "INR": Decimal("0.012"),
    "JPY": Decimal("0.0067"),
    "AUD": Decimal("0.66"),
    "CAD": Decimal("0.74"),
}

#: Metric tonnes in one unit of each mass unit that ``Money.per`` can name.
TONNES_PER_UNIT: Final = {
    "t": Decimal(1),
    "short_ton": Decimal("0.90718474"),
    "kg": Decimal("0.001"),
    "g": Decimal("0.000001"),
    "lb": Decimal("0.00045359237"),
    "oz": Decimal("0.0000311034768"),  # precious metals are quoted per troy ounce
}

CENT: Final = Decimal("0.01")


def usd_per_tonne(price: geoecon.Money, rates: dict[str, Decimal]) -> Decimal | None:
    """Convert a unit price to US dollars per metric tonne, or None if it is not a mass price."""
    if price.amount is None or price.currency not in rates or price.per not in TONNES_PER_UNIT:
        return None
    usd = price.amount * rates[price.currency]
    return (usd / TONNES_PER_UNIT[price.per]).quantize(CENT, rounding=ROUND_HALF_EVEN)


def main() -> None:
    """Print one row per unit price found in the paragraphs."""
    print(f"{'commodity':<14} {'as written':<22} {'cur':<4} {'per':<4} {'USD per tonne':>16}")
    for commodity, paragraph in PARAGRAPHS.items():
        for price in geoecon.extract(paragraph, kinds={"money"}).money:
            if price.per is None:
                continue
            converted = usd_per_tonne(price, USD_PER_UNIT)
            shown = "(not a mass unit)" if converted is None else f"{converted:,}"
            assumed = "*" if price.currency_assumed else " "
            print(f"{commodity:<14} {price.text:<22} {price.currency}{assumed} {price.per:<4} {shown:>16}")
    print("* currency assumed from a default or a country cue, not stated in the text")


if __name__ == "__main__":
    main()
