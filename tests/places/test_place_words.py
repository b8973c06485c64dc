"""The place scanner's word lists: derived lists agree with the tables they come from.

``CURRENCY_WORDS`` is built from ``_tables.currencies``; this file keeps the hand-written list it
replaced as the oracle, so that the derivation can neither drop a word nor add one (either would
change which places are found) until a change means to.
"""

from __future__ import annotations

import datetime as dt

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from geoecon._tables import calendar_words, currencies, place_words
from geoecon.places.homonyms import _US_STATE_TAIL

#: ``places._CURRENCY_WORDS`` as written by hand before issue #17.
HAND_WRITTEN_CURRENCY_WORDS = frozenset(
    """
    dollar dollars rouble roubles ruble rubles yuan renminbi yen franc francs peso pesos rupee rupees
    real reais rand lira pound pounds sterling krona krone kronor kroner won ringgit dinar dinars
    dirham dirhams riyal riyals rial rials shekel shekels zloty forint leu lev baht dong rupiah naira
    cedi shilling shillings kwacha hryvnia tenge manat bolivar bolivars sol soles guarani koruna kuna
    lari taka kyat kip riel birr dram som crown crowns denar cent cents
    """.split()
)


def test_currency_words_are_the_hand_written_list() -> None:
    assert place_words.CURRENCY_WORDS == HAND_WRITTEN_CURRENCY_WORDS


def test_the_derived_nouns_hold_every_hand_written_word_the_tables_know() -> None:
    assert HAND_WRITTEN_CURRENCY_WORDS - place_words.OTHER_CURRENCY_WORDS <= place_words.CURRENCY_NOUNS


def test_the_words_outside_the_tables_are_truly_outside() -> None:
    assert not place_words.OTHER_CURRENCY_WORDS & place_words.CURRENCY_NOUNS


def test_the_held_back_ledger_is_true() -> None:
    # Every word held back is one the tables give and today's list lacks: no stale line.
    held = place_words.CURRENCY_WORDS_HELD_BACK
    assert held <= place_words.CURRENCY_NOUNS
    assert not held & HAND_WRITTEN_CURRENCY_WORDS


def test_a_noun_added_to_the_currency_table_is_read_after_places() -> None:
    nouns = {w for family in currencies.FAMILIES for w in family if w.isalpha()}
    assert nouns <= place_words.CURRENCY_WORDS | place_words.CURRENCY_WORDS_HELD_BACK


def test_currency_words_are_letters_only() -> None:
    # The scanner reads the word after a place as a run of letters.
    assert all(w.isalpha() for w in place_words.CURRENCY_WORDS)


def test_calendar_words_number_months_and_weekdays_as_the_calendar_does() -> None:
    for n, name in enumerate(calendar_words.MONTHS, start=1):
        assert dt.date(2024, n, 1).strftime("%B") == name
    for abbreviation, n in calendar_words.MONTH_ABBREVIATIONS.items():
        assert calendar_words.MONTHS[n - 1].startswith(abbreviation)
    monday = dt.date(2024, 1, 1)
    for d, name in enumerate(calendar_words.WEEKDAYS):
        day = monday + dt.timedelta(days=d)
        assert (day.strftime("%A"), day.weekday()) == (name, d)
    for abbreviation, d in calendar_words.WEEKDAY_ABBREVIATIONS.items():
        assert calendar_words.WEEKDAYS[d].startswith(abbreviation)


def test_place_lists_hold_the_calendar_words() -> None:
    months = set(calendar_words.MONTHS)
    assert months | set(calendar_words.WEEKDAYS) == place_words.CALENDAR_WORDS
    assert place_words.CALENDAR_WORDS <= place_words.OK_BEFORE
    assert (
        place_words.CALENDAR_WORDS | set(calendar_words.MONTH_ABBREVIATIONS) <= place_words.GENERIC_FOLLOWERS
    )


def test_connectors_are_one_list() -> None:
    assert frozenset(place_words.RUN_CONNECTORS) == place_words.CONNECTORS
    assert place_words.CONNECTORS < place_words.HEADLINE_SMALL_WORDS


#: The pattern as written by hand before issue #17, now built from ``US_STATE_INSTITUTIONS``.
HAND_WRITTEN_US_STATE_TAIL = regex.compile(
    r"[ \t]+(?:National[ \t]+Guard|State[ \t]+(?:University|Legislature|Senate|House|Assembly|Capitol"
    r"|Patrol|Police|Supreme[ \t]+Court|Attorney[ \t]+General)|General[ \t]+Assembly|Governor)\b"
)
TAIL_WORDS = sorted(
    {w for phrase in place_words.US_STATE_INSTITUTIONS for w in phrase.split()} | {"Houses", "x"}
)


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["", " ", "\t", "  ", "\n", "'s", "-"]), st.sampled_from(TAIL_WORDS)))
)
def test_the_us_state_tail_reads_as_the_hand_written_pattern(parts: list[tuple[str, str]]) -> None:
    text = "".join(s + w for s, w in parts)
    for pos in range(len(text) + 1):
        built = _US_STATE_TAIL.match(text, pos) is not None
        assert built == (HAND_WRITTEN_US_STATE_TAIL.match(text, pos) is not None)
