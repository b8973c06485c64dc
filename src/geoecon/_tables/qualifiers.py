"""Hedge words written before an amount ("about", "more than", "up to") and what they mean.

Hand-written from English usage in newswire; the gold convention (``../eval/SCHEMA.md``) keeps
the hedge outside the mention's span and reports it as a ``Qualifier``.
"""

from __future__ import annotations

from typing import Final

from geoecon._mention import Qualifier

__all__ = ["PARTICLE_VERBS", "QUALIFIERS"]

QUALIFIERS: Final[dict[str, Qualifier]] = {
    "about": Qualifier.APPROX, "around": Qualifier.APPROX, "approximately": Qualifier.APPROX,
    "approx.": Qualifier.APPROX, "roughly": Qualifier.APPROX, "some": Qualifier.APPROX,
    "nearly": Qualifier.APPROX, "almost": Qualifier.APPROX, "close to": Qualifier.APPROX,
    "an estimated": Qualifier.APPROX, "estimated": Qualifier.APPROX, "around about": Qualifier.APPROX,
    "~": Qualifier.APPROX, "circa": Qualifier.APPROX, "more or less": Qualifier.APPROX,
    "more than": Qualifier.MORE_THAN, "over": Qualifier.MORE_THAN, "above": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN, "upwards of": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST, "no less than": Qualifier.AT_LEAST, "not less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST, "starting at": Qualifier.AT_LEAST,
    "starting from": Qualifier.AT_LEAST, "as little as": Qualifier.AT_LEAST, "as low as": Qualifier.AT_LEAST,
    "less than": Qualifier.LESS_THAN, "under": Qualifier.LESS_THAN, "below": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "at most": Qualifier.AT_MOST, "no more than": Qualifier.AT_MOST, "not more than": Qualifier.AT_MOST,
    "a maximum of": Qualifier.AT_MOST,
    "up to": Qualifier.UP_TO, "as much as": Qualifier.UP_TO, "as many as": Qualifier.UP_TO,
    "as high as": Qualifier.UP_TO,
}  # fmt: skip

#: Verbs whose "over" is their particle, not a hedge: "took over $2 billion of debt", "carried
#: over 30 million dollars", "rolled over $5 billion of bonds" (English phrasal verbs).
PARTICLE_VERBS: Final[frozenset[str]] = frozenset(
    """take takes took taken taking carry carries carried carrying hand hands handed handing
    turn turns turned turning roll rolls rolled rolling sign signs signed signing pass passes
    passed passing hand hang hangs hung win wins won winning""".split()
)
