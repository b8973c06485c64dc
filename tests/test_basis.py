"""Why a value read from context is what it is: ``Basis``, ``Mention.basis`` and ``AnyMention``."""

from __future__ import annotations

import pickle
import typing
from decimal import Decimal

import attrs
import pytest

import geoecon
from geoecon._mention import AnyMention, Basis, Money


def _assumed() -> Money:
    return Money(
        start=39, end=44, text="$205m", amount=Decimal(205000000), currency="AUD", currency_assumed=True,
        basis=(Basis("currency.country_cue", (0, 9)),),
    )  # fmt: skip


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
    assert attrs.evolve(found, basis=()).to_record(explain=True)["basis"] == []


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
