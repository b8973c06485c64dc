"""What the atheris campaign (``make fuzz``, issue #21 item 6) found, kept as test rows.

A mention lies inside one paragraph of the evidence index, and a fact's value inside the
fact's sentence. The fuzzer found tonnages and quantities that took their unit from the next
line when that line is indented ("5.6\\n    bcm"): ``_measure._GAP`` let a number and its
unit be parted by a line end and any indentation, while ``_evidence`` opens a paragraph at an
indented line (Reuters indents each paragraph), and money did not join there. ``_GAP`` now
allows a line end without indentation only (a wrapped line); over Reuters-21578 that removed
one wrong tonnage, "300.99 mln\\n    Tonnes" (net profit, then the line "Tonnes milled").
Dates still read a day and a month across such a break in price tables (strict xfail).
"""

from __future__ import annotations

import pytest

import geoecon
from geoecon._evidence import Evidence

ROWS = [
    # a wrapped line (no indentation) stays inside its paragraph: the unit joins, rightly
    pytest.param("Output rose to 120,000\ntonnes in March, the ministry said.", id="wrapped-line"),
    pytest.param("Output rose to 120,000\n\nTonnes of wheat were shipped on Monday.", id="blank-line"),
    pytest.param("The deal cost 5 million\n    dlrs in all.", id="money-indented"),
    pytest.param("Imports were 30\n\npct higher.", id="percent-blank-line"),
    pytest.param("Imports were 30\n    pct of the total.", id="percent-indented"),
    pytest.param(
        "Gas exports to Europe reached 5.6\n    bcm last year, the ministry said.",
        id="quantity-indented",
    ),
    pytest.param("Output rose to 120,000\n    tonnes in March.", id="tonnage-indented"),
    pytest.param("Net 264.32 mln vs 300.99 mln\n    Tonnes milled 3.74 mln vs 3.72 mln", id="reuters-table"),
    # the two inputs the fuzzer reported (its harness checked facts' sentences then)
    pytest.param(
        "Kyiv lakh aG\x1b 1990s 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1   lakh\n bcm g9\x19  ( ",
        id="fuzz-1e57a7c7",
    ),
    pytest.param(
        "1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1  \n bcm Monday 1-1 1-1 1-1 1-1 1-1 1-1"
        " 1-1 1-1 1-1 1-1 1-1 1-1  bpd Monday $ \U0010ff00\U0010ff00\U0010ffff",
        id="fuzz-dc813633",
    ),
    # a conversion or a restatement never reaches across a paragraph bound (found on main
    # after the merges: the second amount took the first one's fact and its sentence)
    pytest.param("Gold rose to 5 lakh euros.\n    ($2 million was paid.)", id="conversion-across-paragraphs"),
    pytest.param("It cost €5 lakh \n ( $ 2 lakh € more.", id="fuzz-7a968248"),
    # a unit price's unit on the next line joins only a wrapped line, not an indented one
    pytest.param("Copper sold at $5,000 a\ntonne on Monday.", id="price-wrapped-line"),
    pytest.param("Q3 million about crore $ per \n tonne 1-1 1-1 $ million", id="fuzz-97a72cc3"),
    pytest.param("Nickel fetched 1,880 dlrs per\n    tonne, traders said.", id="price-indented"),
    pytest.param(
        "Cocoa futures closed as follows\n Sep      ---    ---     ---    16085\n Dec      ---    ---     ---    15985\n",
        id="dates-price-table",
        marks=pytest.mark.xfail(strict=True, reason="dates read '5\\n Dec' across an indented line"),
    ),
]


@pytest.mark.parametrize("text", ROWS)
def test_mentions_and_facts_stay_inside_their_paragraph_and_sentence(text: str) -> None:
    found = geoecon.extract(text)
    paragraphs = Evidence.of(text).paragraphs
    for mention in found.mentions:
        assert any(start <= mention.start and mention.end <= end for start, end in paragraphs), mention
    for fact in found.facts:
        start, end = fact.sentence
        assert start <= fact.value.start < fact.value.end <= end, fact
