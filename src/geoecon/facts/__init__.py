"""Facts: what each number of an article measures, whose it is, when, and how it moved.

``geoecon.extract(text).facts`` (computed on first access) gives one ``Fact`` per value
mention (money, percentage, tonnage, quantity): its measure ("exports"), commodity, the
places whose measure it is and its counterpart, its period, its role in a change (level,
change, base) and the change's direction. ``Fact.to_record()`` is the gold schema's fact
object (``SCHEMA.md``, "Facts").

The rules, each recorded in ``Fact.basis`` with the span it read:

| rule | what it sets |
|---|---|
| ``fact.measure.share`` | a share's measure: what follows "of" ("15% of U.S. imports") |
| ``fact.measure.before`` | the nearest measure word before the value in its clause or sentence (1) |
| ``fact.measure.after`` | a measure noun right after the value ("a 20% stake"), or just after it |
| ``fact.measure.unit`` | a power ("a 34.7 MW solar farm") measures a capacity |
| ``fact.measure.price`` | a unit price, or a commodity that moves, measures a price |
| ``fact.measure.carried`` | the measure of the paragraph's previous value of the same kind (5) |
| ``fact.commodity.of_what`` | what the unit weighs ("ounces of gold") |
| ``fact.commodity.sentence`` | the commodity word of the sentence nearest the value |
| ``fact.commodity.carried`` | of the paragraph's commodities, else the story's, the one named most |
| ``fact.where.place`` | the place before the value in its clause, not in an aside (a demonym, a possessive) |
| ``fact.where.possessive`` | with no owner in the paragraph, the story's last possessive place |
| ``fact.where.carried`` | the previous fact's places, else the last place before (4) |
| ``fact.where.institution`` | an international institution before the value owns it ("the World Bank") |
| ``fact.where.organisation`` | with no place, a bank or company named before it ("the Bank of Korea at 3%") |
| ``fact.partner.converse`` | a share of the converse flow swaps the sides ("15% of U.S. imports") |
| ``fact.partner.flow`` | a place after to/from/with/into, for a flow (exports, aid, a deal) (3) |
| ``fact.partner.carried`` | the counterpart of the same flow's earlier value (of the five before) |
| ``fact.when.date`` | the value's own period right after it, else its clause's, else its sentence's (2) |
| ``fact.when.carried`` | the paragraph's last period, or the fact before's (not after "since then") |
| ``fact.standard`` | a cap or target the value is set as: a level, no period, no change (6) |
| ``fact.role.level`` / ``.change`` / ``.base`` | "by", a change word, "from", "higher than" before it |
| ``fact.direction.word`` | the change word of the clause nearest the value |
| ``fact.equivalent`` | a conversion in brackets after an amount: the same value again |
| ``fact.restated`` | a value in brackets after another ("by 3.4 million tons (52%)", "(originally 3%)") |

(1) Of two measure words in a row the last heads ("debt servicing"); one before a noun of
another kind names none ("this budget year"), nor one in an aside between commas ("Demand for
platinum, used to reduce emissions, fell 6%"); a weight measures only a weight.
(2) A base's period ("from June 2019", "than in December 2022", a base value's own period) is
not a level's or a change's (nor one after "above the figure for", "less than that borrowed
in"), nor a superlative's or a level's bound ("its highest since 2022", "levels last seen in the
1960s"), a maturity ("notes due 2024"), the day of a statement ("said on Thursday") or a
dateline's date; a previous period ("the previous quarter") is only its own value's and is never
carried over. A chain of dates naming one period ("the first nine months (July–March) of the
current fiscal year") reads as its date in brackets. A date right after a value ("an 18% drop in
2023") or a possessive date right before it ("2023's 878,000 ounces") is that value's own, not
another's.
(3) "from" names the origin of exports, aid or loans (their owner, not their partner), "to" the
destination of imports; "with" names the counterpart of a deal or a trade balance only.
(4) Never a dateline's place; never for the price of a commodity priced on a world exchange
(aluminum on the LME), which is no country's; a regional price (gas at Henry Hub) is carried.
(5) Or of the paragraph before, when the sentence opens on an anaphor ("That missed
expectations for an increase of 1.1 percent").
(6) "the target of 2%", "a $60-per-barrel price cap", "below the USD 60 per barrel cap": a
standard holds no period (an amount's target is a period's: "the IMF's target of Rs2,700
billion" for a fiscal year) and states no change, unless a change reaches it ("bring inflation
down to its 2% target"). A value right after "now" or "currently" holds for the present: no
period either.

>>> from geoecon import extract
>>> found = extract("Russian aluminum exports to the United States fell to $2.3 million in 2024.")
>>> fact = found.facts[0]
>>> fact.measure.head, fact.commodity, fact.where, fact.partner, fact.when.value, fact.role, fact.direction
('export', 'aluminum', ('RU',), ('US',), '2024', 'level', 'down')
"""

from __future__ import annotations

from geoecon.facts._fact import Direction, Fact, Measure, Role, Value
from geoecon.facts._link import link
from geoecon.facts.view import FactsView, view

__all__ = ["Direction", "Fact", "FactsView", "Measure", "Role", "Value", "link", "view"]
