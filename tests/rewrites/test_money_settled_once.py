"""``money._resolve`` settles what reads no position once per document: against the plain form."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoecon
from geoecon import money
from geoecon._evidence import COUNTRIES, CURRENCY_REACH
from geoecon._mention import Basis
from geoecon._tables import currencies as _cur
from geoecon.options import Options

if TYPE_CHECKING:
    from geoecon._doc import Doc


def plain_resolve(
    key: str, default: str | None, doc: Doc, position: int
) -> tuple[str | None, tuple[Basis, ...]]:
    """``_resolve`` as it was: the article's country and the hints read again for each amount."""
    entry = _cur.AMBIGUOUS.get(key)
    default_code, cues = (default, {}) if entry is None else entry
    if cues:
        near = doc.evidence.within(COUNTRIES, *CURRENCY_REACH.around(position, position))
        found = {cues[cue.word] for cue in near if cue.word in cues}
        if len(found) == 1:
            code = found.pop()
            cue = min(
                (c for c in near if cues.get(c.word) == code),
                key=lambda c: c.start - position if c.start >= position else position - c.end,
            )
            return code, (Basis("currency.country_cue", (cue.start, cue.end)),)
        if found:
            hinted = money._hinted(key, doc)
            return hinted if hinted is not None and hinted[0] in found else (default_code, money._CONFLICT)
        article = money._article_currency(cues, doc)
        if article is not None:
            return article
    hinted = money._hinted(key, doc)
    if hinted is not None:
        return hinted
    return default_code, money._DEFAULT if default_code is not None else money._UNKNOWN


WORDS = [
    "$5", "$ 6", "Rs 7", "8 cents", "9 kr", "10 francs", "11 dinars", "12p", "the", "said", ".", ",",
    "Australia", "Australian", "Canada's", "U.S.", "Pakistan", "India", "Sweden", "Britain", "Kuwait",
    "\n\n", "Hong Kong", "New Zealand", "12 R", "South Africa",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=16).map(" ".join),
    st.sampled_from(
        [Options(), Options(currency="AUD"), Options(country="PK"), Options(currency="CAD", country="IN")]
    ),
)
def test_settled_once_per_document(text: str, options: Options) -> None:
    fast = geoecon.extract(text, kinds=["money"], options=options).mentions
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(money, "_resolve", plain_resolve)
        plain = geoecon.extract(text, kinds=["money"], options=options).mentions
    assert fast == plain
