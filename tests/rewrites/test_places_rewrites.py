"""Each speed rewrite of the place scanner finds exactly what the plain form it replaces finds.

The plain forms are written out here; hypothesis draws texts from place words, name words,
connectors and odd characters, with separators, so that run boundaries are exercised.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geoecon._doc import Doc
from geoecon.places import scanner
from geoecon.places.scanner import Candidate, Scanner

SEPARATORS = st.sampled_from(["", " ", " ", " ", "  ", ", ", ". ", "\n", "-", "'", "(", "_", "1"])


def texts_of(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(words), SEPARATORS), max_size=14).map(
        lambda parts: "".join(w + s for w, s in parts)
    )


PLACE_WORDS = [
    "U.S.", "US", "US's", "U.S.-Ukraine", "Melbourne-based", "New", "York", "China", "China's", "Chinas'",
    "Bank", "Air", "of", "the", "and", "de", "d'Ivoire", "Cote", "Georgia", "Atlanta", "Nice", "Reading",
    "in", "NATO's", "Russia", "Russian", "MOSCOW", "KINSHASA", "Washington", "D.C.", "DC", "Turkey",
    "dollar", "Australian", "Mr.", "Mr", "St.", "Gov.", "Calif.", "Paris", "Texas", "Gulf", "Amazon",
    "The", "Inc", "Corp", "Smith", "Jordan", "Michael", "Africa.", "stateside", "sub-Saharan", "euro",
    "zone", "Federal", "Reserve", "National", "Guard", "Feb", "24", "x", "A", "Z", "a", "\u00c9", "\u00e9",
    "\u00c9cosse", "S\u00e3o", "Paulo", "\u0130", "\u01c5", "\u2160", "Washington, D.C.", "Washington, DC",
    "in Nice", "the Gulf", "Turkey farms", "Russian language", "Atlanta, Georgia",
]  # fmt: skip

RUN_WORDS = [
    *(w for w in PLACE_WORDS if w.isascii()), "Of", "THE", "d'", "y", "upon", "do", "dos", "X.", ".Y",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(texts_of(RUN_WORDS))
def test_ascii_run_pattern(text: str) -> None:
    assert text.isascii()
    fast = [m.span() for m in scanner._RUN_ASCII.finditer(text)]
    assert fast == [m.span() for m in scanner._RUN.finditer(text)]


class _PlainScanner(Scanner):
    """The scan as it was before its fast paths: every run by ``_RUN``, read by ``_scan_run``."""

    __slots__ = ()

    def scan(self) -> list[Candidate]:
        first_words = self.gaz.first_words
        entries = self.gaz.entries
        for run in scanner._RUN.finditer(self.text):
            word = run.group()
            if " " not in word and "-" not in word and not word.isupper():
                plain = word.rstrip(".").removesuffix("'s").rstrip("'")
                if word not in first_words and plain not in first_words:
                    continue
                if word not in entries and not word.endswith(("'s", "s'", ".")):
                    continue
            self._scan_run(run.start(), word)
        return self._settle()


@settings(max_examples=3000, deadline=None)
@given(texts_of(PLACE_WORDS))
def test_scan_fast_paths(text: str) -> None:
    fast = Scanner(Doc(text))
    plain = _PlainScanner(Doc(text))
    assert fast.scan() == plain.scan()
    assert fast.persons == plain.persons
