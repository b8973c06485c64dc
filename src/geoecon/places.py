"""Place references: countries, regions, cities, continents and demonyms.

Candidates are runs of capitalised words ("United States", "Bank of China",
"KINSHASA"), a few lowercase forms ("stateside", "sub-Saharan Africa") and the
parts of hyphenated compounds ("U.S.-Ukraine", "Melbourne-based"). Each run is
read left to right with a longest-match dictionary lookup over up to six words
in the bundled gazetteer (``_tables/places.tsv``, built from GeoNames and ISO
data by ``scripts/build_places.py``). Context then decides what a match means:

* a place word inside a proper name is not a place ("Air China", "Bank of
  China", "London Metal Exchange", "Australian dollar", "Michael Jordan"),
  while a free modifier of a generic institution is ("the US Federal Reserve");
* ordinary words that are also towns ("Reading", "Nice", "Split") count only in
  a locative context ("in Nice");
* ambiguous names pick the reading the document supports ("Georgia" the US
  state beside "Atlanta", "London" beside "Ontario");
* ALL-CAPS words are read in datelines and headlines ("MOSCOW, Feb 24").

The table is read on first use, never at import time.

>>> [(p.text, p.name, p.country) for p in find_places("U.S. and Russian officials met in Riyadh.")]
[('U.S.', 'United States', 'US'), ('Russian', 'Russia', 'RU'), ('Riyadh', 'Riyadh', 'SA')]
"""

from __future__ import annotations

import functools
import importlib.resources
from typing import TYPE_CHECKING, Final

import attrs
import regex

from geoecon._doc import Doc
from geoecon._mention import Mention, Place, PlaceType
from geoecon._text import check_text, match_near
from geoecon.errors import ParseError

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["find_places", "parse_place"]

#: Longest gazetteer key, in words.
_MAX_WORDS: Final = 6

# A run of capitalised words, joined by single spaces and at most three short
# lowercase connectors ("Bank of China", "Trinidad and Tobago"). Every
# repetition starts with a space, then a fixed connector set or an uppercase
# letter, so there is one way to match and the scan is linear.
_RUN: Final = regex.compile(
    r"(?<![\w.'])\p{Lu}[\w'.-]*"
    r"(?:[ ](?:(?:of|the|and|de|del|da|do|du|des|la|el|al|on|upon|am|y)[ ]){0,3}(?:d')?\p{Lu}[\w'.-]*)*"
)
_TOKEN: Final = regex.compile(r"[^ ]+")
_CAPS_WORD: Final = regex.compile(r"\p{Lu}[\p{Lu}.'-]*")
_WORD: Final = regex.compile(r"[\w'.-]+")

_CONNECTORS: Final = frozenset(
    {"of", "the", "and", "de", "del", "da", "do", "du", "des", "la", "el", "al", "on", "upon", "am", "y"}
)

# Weekdays and months: capitalised, never a place, and common next to places.
_CALENDAR_WORDS: Final = frozenset(
    (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
        "June July August September October November December"
    ).split()
)

# A capitalised word right after a place that keeps it a place ("US Federal Reserve").
_GENERIC_FOLLOWERS: Final = (
    frozenset(
        {
            "President",
            "Presidents",
            "Presidential",
            "Vice",
            "Prime",
            "Minister",
            "Ministers",
            "Ministry",
            "Premier",
            "Chancellor",
            "Foreign",
            "Defence",
            "Defense",
            "Finance",
            "Economy",
            "Trade",
            "Commerce",
            "Energy",
            "Interior",
            "Justice",
            "Health",
            "Agriculture",
            "Labor",
            "Labour",
            "Treasury",
            "Federal",
            "Reserve",
            "Central",
            "Government",
            "Embassy",
            "Ambassador",
            "Ambassadors",
            "Consulate",
            "Consul",
            "Army",
            "Navy",
            "Naval",
            "Air",
            "Military",
            "Marines",
            "Coast",
            "Border",
            "Police",
            "Parliament",
            "Senate",
            "Congress",
            "Supreme",
            "Court",
            "Constitution",
            "Constitutional",
            "Census",
            "Bureau",
            "Department",
            "Secretary",
            "State",
            "National",
            "King",
            "Queen",
            "Prince",
            "Princess",
            "Crown",
            "Emperor",
            "Sultan",
            "Emir",
            "Leader",
            "Leaders",
            "Cabinet",
            "Administration",
            "Envoy",
            "Special",
            "Deputy",
            "Chief",
            "Attorney",
            "Governor",
            "Gov",
            "Mayor",
            "Senator",
            "Sen",
            "Rep",
            "Representative",
            "Congressman",
            "Congresswoman",
            "Republican",
            "Republicans",
            "Democrat",
            "Democrats",
            "Customs",
            "Intelligence",
            "Security",
            "Council",
            "Statistics",
            "Office",
            "Troops",
            "Forces",
            "Force",
            "Officials",
            "Official",
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Sept",
            "Oct",
            "Nov",
            "Dec",
            "Marine",
            "Guard",
            "Mission",
            "Delegation",
            "Opposition",
            "Regime",
            "Authorities",
            "Ombudsman",
            "Sanctions",
            "Economic",
            "Electoral",
            "Election",
            "Elections",
            "GDP",
            "CPI",
            "Inc",
            "Parliamentary",
            "Treasuries",
            "Stocks",
            "Inflation",
            "Exports",
            "Imports",
            "Jews",
            "Muslims",
            "Christians",
            "Catholics",
        }
    )
    | _CALENDAR_WORDS
)

# Capitalised words that may stand right before a place without making it a name.
_OK_BEFORE: Final = (
    frozenset(
        {
            "North",
            "South",
            "East",
            "West",
            "Northern",
            "Southern",
            "Eastern",
            "Western",
            "Central",
            "Northeast",
            "Northeastern",
            "Northwest",
            "Northwestern",
            "Southeast",
            "Southeastern",
            "Southwest",
            "Southwestern",
            "Greater",
            "Upper",
            "Lower",
            "Mainland",
            "Occupied",
            "Rural",
            "Coastal",
            "Inner",
            "Outer",
            "Metro",
            "Metropolitan",
            "Downtown",
            "Old",
            "Far",
            "Mid",
            "Middle",
            "Communist",
            "Imperial",
            "Modern",
            "Ancient",
            "Free",
            "Nazi",
            "Tsarist",
            "Colonial",
            "Independent",
            "Post-Soviet",
            "Wartime",
            "Pre-war",
            "Postwar",
            "Soviet-era",
            "The",
            "A",
            "An",
            "In",
            "On",
            "At",
            "For",
            "From",
            "To",
            "With",
            "By",
            "As",
            "But",
            "And",
            "Or",
            "Nor",
            "While",
            "When",
            "Whereas",
            "Since",
            "After",
            "Before",
            "Both",
            "Unlike",
            "Like",
            "Meanwhile",
            "Despite",
            "Under",
            "Over",
            "Of",
            "Also",
            "If",
            "Why",
            "How",
            "What",
            "Where",
            "Who",
            "Which",
            "Whether",
            "Last",
            "This",
            "That",
            "These",
            "Those",
            "Its",
            "It",
            "Their",
            "His",
            "Her",
            "Our",
            "My",
            "Your",
            "Even",
            "Only",
            "Though",
            "Although",
            "Because",
            "Besides",
            "Beyond",
            "Between",
            "Among",
            "Amid",
            "Against",
            "Across",
            "Around",
            "Through",
            "Throughout",
            "Towards",
            "Toward",
            "Without",
            "Within",
            "Via",
            "Including",
            "Outside",
            "Inside",
            "Near",
            "Into",
            "Then",
            "Now",
            "Today",
            "Yesterday",
            "Here",
            "There",
            "Thus",
            "So",
            "Yet",
            "Still",
            "Just",
            "Not",
            "No",
            "Neither",
            "Either",
            "Each",
            "Every",
            "All",
            "Some",
            "Many",
            "Most",
            "More",
            "Much",
            "Few",
            "Several",
            "Other",
            "Another",
            "Such",
            "Once",
            "Until",
            "Unless",
            "During",
            "Following",
            "According",
            "Nearly",
            "About",
            "Above",
            "Below",
            "Perhaps",
            "Indeed",
            "However",
            "Moreover",
            "Said",
            "Says",
            "Earlier",
            "Later",
            "Sources",
            "Officials",
            "Analysts",
            "Traders",
            "Reuters",
            "Photo",
            "File",
            "UPDATE",
            "Update",
            "Breaking",
            "Exclusive",
            "Analysis",
            "Factbox",
            "Timeline",
            "President",
            "Prime",
            "Minister",
            "Premier",
            "Chancellor",
            "King",
            "Queen",
            "Prince",
            "Princess",
            "Emperor",
            "Sultan",
            "Emir",
            "Pope",
            "Gov.",
            "Governor",
            "Sen.",
            "Senator",
            "Rep.",
            "Secretary",
            "Gen.",
            "General",
            "Ambassador",
            "Mayor",
            "Envoy",
            "Vice",
            "Deputy",
            "Chief",
            "Acting",
            "Former",
            "Foreign",
            "Defence",
            "Defense",
            "Finance",
            "Trade",
            "Energy",
            "Economy",
            "Interior",
            "State",
            "Province",
            "Region",
            "Eurozone",
            "Did",
            "Does",
            "Do",
            "Is",
            "Are",
            "Was",
            "Were",
            "Will",
            "Would",
            "Could",
            "Should",
            "Can",
            "Might",
            "Has",
            "Have",
            "Had",
            "Let",
            "See",
            "Watch",
            "Read",
            "Welcome",
            "Dear",
            "Hello",
            "Thanks",
            "Yes",
            "Here's",
            "It's",
            "There's",
            "Neighbouring",
            "Neighboring",
            "Sub-Saharan",
            "Continental",
        }
    )
    | _CALENDAR_WORDS
)

# A place right after one of these is part of another name ("Air China", "Lake Victoria").
_ORG_PREFIX: Final = frozenset(
    {
        "Air",
        "Radio",
        "Team",
        "Club",
        "Hotel",
        "Lake",
        "Mount",
        "Mt.",
        "Mt",
        "Fort",
        "Cape",
        "Camp",
        "Saint",
        "St.",
        "St",
        "San",
        "Santa",
        "Royal",
        "Bank",
        "Banco",
        "Banca",
        "Credit",
        "Deutsche",
        "Standard",
        "Hurricane",
        "Storm",
        "Typhoon",
        "Cyclone",
        "Operation",
        "Miss",
        "Mister",
        "Sir",
        "Lady",
        "Lord",
        "Prof.",
        "River",
        "Isle",
        "Planet",
        "Voice",
        "Visit",
        "Universal",
        "Tropical",
        "Casino",
        "Cafe",
        "Restaurant",
    }
)
_PERSON_TITLES: Final = frozenset(
    {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Lady"}
)

# Heads of organisation names: a place after "<head> ... of" is part of the name ("Bank of China").
_ORG_HEADS: Final = frozenset(
    {
        "Bank",
        "University",
        "Institute",
        "College",
        "School",
        "Academy",
        "Museum",
        "Administration",
        "Customs",
        "Chamber",
        "Association",
        "Federation",
        "Society",
        "Commission",
        "Corporation",
        "Company",
        "Church",
        "Archdiocese",
        "Diocese",
        "Hospital",
        "Airport",
        "Authority",
        "Agency",
        "Board",
        "Exchange",
        "Fund",
        "Foundation",
        "Centre",
        "Center",
        "Club",
        "Party",
        "Front",
        "Movement",
        "League",
        "Stadium",
        "Cathedral",
        "Times",
        "Journal",
        "News",
        "Post",
        "Ministry",
        "Department",
        "Institution",
        "Organization",
        "Organisation",
        "Conference",
        "Festival",
        "Symphony",
        "Orchestra",
        "Library",
        "Zoo",
        "Trust",
        "Bishop",
        "Archbishop",
        "Duke",
        "Duchess",
        "Earl",
        "Battle",
        "Siege",
    }
)

_LOCATIVE: Final = frozenset(
    {"in", "at", "near", "from", "to", "outside", "via", "into", "toward", "towards", "of", "around"}
)
_CURRENCY_WORDS: Final = frozenset(
    {
        "dollar",
        "dollars",
        "rouble",
        "roubles",
        "ruble",
        "rubles",
        "yuan",
        "renminbi",
        "yen",
        "franc",
        "francs",
        "peso",
        "pesos",
        "rupee",
        "rupees",
        "real",
        "reais",
        "rand",
        "lira",
        "pound",
        "pounds",
        "sterling",
        "krona",
        "krone",
        "kronor",
        "kroner",
        "won",
        "ringgit",
        "dinar",
        "dinars",
        "dirham",
        "dirhams",
        "riyal",
        "riyals",
        "rial",
        "rials",
        "shekel",
        "shekels",
        "zloty",
        "forint",
        "leu",
        "lev",
        "baht",
        "dong",
        "rupiah",
        "naira",
        "cedi",
        "shilling",
        "shillings",
        "kwacha",
        "hryvnia",
        "tenge",
        "manat",
        "bolivar",
        "bolivars",
        "sol",
        "soles",
        "guarani",
        "koruna",
        "kuna",
        "lari",
        "taka",
        "kyat",
        "kip",
        "riel",
        "birr",
        "dram",
        "som",
        "crown",
        "crowns",
        "denar",
        "cent",
        "cents",
    }
)
_LANGUAGE_AFTER: Final = frozenset({"language", "languages", "speaking", "speakers", "translation"})
_BIRD_AFTER: Final = frozenset(
    {
        "farmers",
        "farm",
        "farms",
        "meat",
        "sandwich",
        "sandwiches",
        "breast",
        "dinner",
        "legs",
        "feathers",
        "hunting",
        "hunters",
        "flock",
        "flocks",
        "vultures",
        "gravy",
        "stuffing",
        "roast",
    }
)
# Unambiguous AP state abbreviations may stand alone; the rest need "City, " before them.
_SAFE_ABBREVIATIONS: Final = frozenset(
    {
        "Calif.",
        "Ky.",
        "Tenn.",
        "Okla.",
        "Ariz.",
        "Fla.",
        "Conn.",
        "Minn.",
        "Wis.",
        "Mich.",
        "Colo.",
        "Nev.",
        "Neb.",
        "Ala.",
        "Ark.",
        "Kan.",
        "Mont.",
        "Wyo.",
        "N.J.",
        "N.Y.",
        "N.C.",
        "S.C.",
        "N.H.",
        "N.M.",
        "N.D.",
        "S.D.",
        "R.I.",
        "W.Va.",
        "Ore.",
        "Alta.",
        "Ont.",
        "Sask.",
        "Nfld.",
        "P.E.I.",
        "B.C.",
    }
)
# Names that mean a place only after "the" ("the Gulf", "the Amazon"; not "Amazon said").
_NEEDS_THE: Final = frozenset({"Gulf", "Amazon"})
#: A reading this many times lighter than the default is never preferred on document evidence.
_MAX_WEIGHT_RATIO: Final = 1000
# Institutions that only a US state has: "Georgia National Guard", "Georgia State Senate".
_US_STATE_TAIL: Final = regex.compile(
    r"[ \t]+(?:National[ \t]+Guard|State[ \t]+(?:University|Legislature|Senate|House|Assembly|Capitol"
    r"|Patrol|Police|Supreme[ \t]+Court|Attorney[ \t]+General)|General[ \t]+Assembly|Governor)\b"
)
_DC_SUFFIXES: Final = (", D.C.", " D.C.", ", DC", " DC")


@attrs.frozen
class _Entry:
    """One reading of a gazetteer surface."""

    name: str
    country: str | None
    type: PlaceType
    weight: int
    demonym: bool = False
    disputed: bool = False
    historical: str | None = None
    word: bool = False
    abbr: bool = False


@attrs.frozen
class _Gazetteer:
    """Surface -> readings (best first), plus lookup helpers."""

    entries: dict[str, tuple[_Entry, ...]]
    first_words: frozenset[str]
    upper: dict[str, str]
    lowercase: regex.Pattern[str] | None


@functools.cache
def _gazetteer() -> _Gazetteer:
    """Read the bundled table (once, on first use)."""
    text = importlib.resources.files("geoecon._tables").joinpath("places.tsv").read_text(encoding="utf-8")
    grouped: dict[str, list[_Entry]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        surface, name, country, type_, flags, weight = line.split("\t")
        flag_set = set(flags.split(",")) if flags else set()
        historical = next((f[5:] for f in flag_set if f.startswith("hist=")), None)
        grouped.setdefault(surface, []).append(
            _Entry(
                name=name,
                country=country or None,
                type=PlaceType(type_),
                weight=int(weight),
                demonym="demonym" in flag_set,
                disputed="disputed" in flag_set,
                historical=historical,
                word="word" in flag_set,
                abbr="abbr" in flag_set,
            )
        )
    entries = {s: tuple(sorted(rows, key=lambda e: -e.weight)) for s, rows in grouped.items()}
    first_words = frozenset(s.split(" ", 1)[0] for s in entries)
    upper: dict[str, str] = {}
    for surface in sorted(entries, key=lambda s: -entries[s][0].weight):
        if surface != surface.upper():
            upper.setdefault(surface.upper(), surface)
    lower_keys = sorted((s for s in entries if s[:1].islower()), key=len, reverse=True)
    lowercase = (
        regex.compile(r"(?<![\w-])(?:" + "|".join(regex.escape(k) for k in lower_keys) + r")(?![\w-])")
        if lower_keys
        else None
    )
    return _Gazetteer(entries=entries, first_words=first_words, upper=upper, lowercase=lowercase)


@attrs.frozen
class _Candidate:
    """A matched surface before context resolution."""

    start: int
    end: int
    readings: tuple[_Entry, ...]
    reading: int = 0


class _Scanner:
    """One pass over one text."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.norm
        self.gaz = _gazetteer()
        self.found: list[_Candidate] = []
        self.persons: set[str] = set()
        self._headline: dict[int, bool] = {}
        self._caps: dict[int, bool] = {}

    # -- context helpers --------------------------------------------------------------------
    def _line_bounds(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, len(self.text) if end < 0 else end

    def _headline_mode(self, pos: int) -> bool:
        """True when the line is in Title Case or ALL CAPS (a headline)."""
        start, end = self._line_bounds(pos)
        cached = self._headline.get(start)
        if cached is None:
            words = [w for w in _WORD.findall(self.text, start, end) if w[0].isalpha()]
            caps = sum(1 for w in words if w[0].isupper())
            small = sum(
                1 for w in words if w in _CONNECTORS or w in {"a", "an", "to", "in", "for", "at", "by"}
            )
            ends_sentence = self.text[start:end].rstrip(" \"'").endswith((".", "?", "!"))
            cached = not ends_sentence and len(words) >= 4 and caps >= 0.8 * (len(words) - small)
            self._headline[start] = cached
        return cached

    def _sentence_initial(self, pos: int) -> bool:
        before = self.text[max(0, pos - 40) : pos].rstrip(" \t\"'([-")
        return not before or before[-1] in ".!?:;\n"

    def _word_before(self, pos: int) -> str:
        """The word right before ``pos`` (lowercase words included), else ""."""
        i = pos
        while i > 0 and self.text[i - 1] == " ":
            i -= 1
        j = i
        while j > 0 and (self.text[j - 1].isalnum() or self.text[j - 1] in ".'"):
            j -= 1
        return self.text[j:i]

    def _word_after(self, pos: int) -> str:
        i = pos
        if i < len(self.text) and self.text[i] in " -":
            i += 1
        j = i
        while j < len(self.text) and self.text[j].isalpha():
            j += 1
        return self.text[i:j]

    def _lookup(self, key: str, caps_ok: bool) -> tuple[str, tuple[_Entry, ...]] | None:
        """Return (matched key, readings); tries the exact form, then without "'s" or a final period."""
        forms = [key]
        if key.endswith(("'s", "s'")):
            forms.append(key[:-2] if key.endswith("'s") else key[:-1])
        if key.endswith("."):
            forms.append(key[:-1])
        for form in forms:
            found = self.gaz.entries.get(form)
            if found is not None:
                return form, found
            if caps_ok and form.isupper() and form in self.gaz.upper:
                real = self.gaz.upper[form]
                if not real.isupper():
                    return form, self.gaz.entries[real]
        return None

    # -- scanning ----------------------------------------------------------------------------
    def scan(self) -> list[_Candidate]:
        first_words = self.gaz.first_words
        for run in _RUN.finditer(self.text):
            word = run.group()
            if " " not in word and "-" not in word and word not in first_words and not word.isupper():
                plain = word.rstrip(".").removesuffix("'s").rstrip("'")
                if plain not in first_words:
                    continue  # the common case: one capitalised word that names no place
            self._scan_run(run.start(), run.end())
        if self.gaz.lowercase is not None:
            for m in self.gaz.lowercase.finditer(self.text):
                if not any(c.start < m.end() and m.start() < c.end for c in self.found):
                    self.found.append(_Candidate(m.start(), m.end(), self.gaz.entries[m.group()]))
        self.found = [c for c in self.found if self.text[c.start : c.end] not in self.persons]
        self._disambiguate()
        self.found.sort(key=lambda c: c.start)
        return self.found

    def _caps_ok(self, start: int, end: int, tokens: list[tuple[int, int]]) -> bool:
        """ALL-CAPS words are read in datelines and in caps headlines."""
        line_start, _ = self._line_bounds(start)
        after = self.text[end : end + 12]
        if self.text[line_start:start].strip(" -") == "" and (
            after.startswith((",", " (", " -", "\n")) or end == len(self.text)
        ):
            return True
        if len(tokens) >= 2 and all(self.text[s:e].isupper() for s, e in tokens):
            return True
        return self._caps_line(start)

    def _caps_line(self, pos: int) -> bool:
        start, end = self._line_bounds(pos)
        cached = self._caps.get(start)
        if cached is None:
            line = self.text[start:end]
            upper = sum(1 for c in line if c.isupper())
            lower = sum(1 for c in line if c.islower())
            cached = upper >= 12 and upper >= 9 * lower
            self._caps[start] = cached
        return cached

    def _scan_run(self, start: int, end: int) -> None:
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(self.text, start, end)]
        # A word ending a sentence ends the run ("in Africa. The book"), unless the
        # period belongs to it ("U.S.", "St.", "Mr.").
        cut = 0
        for k, (s, e) in enumerate(tokens[:-1]):
            word = self.text[s:e]
            if word.endswith(".") and not self._keeps_period(word):
                self._scan_tokens(tokens[cut : k + 1])
                cut = k + 1
        self._scan_tokens(tokens[cut:])

    def _keeps_period(self, word: str) -> bool:
        """True for abbreviations whose period is part of the word ("U.S.", "Gov.")."""
        return word in self.gaz.entries or (
            len(word) <= 5
            and word[:-1].replace(".", "").isalpha()
            and (word.count(".") > 1 or word in _PERSON_TITLES or word in _OK_BEFORE or word in _ORG_PREFIX)
        )

    def _scan_tokens(self, tokens: list[tuple[int, int]]) -> None:
        if not tokens:
            return
        start, end = tokens[0][0], tokens[-1][1]
        caps_ok = any(self.text[s:e].isupper() for s, e in tokens) and self._caps_ok(start, end, tokens)
        i = 0
        n = len(tokens)
        while i < n:
            s_i, e_i = tokens[i]
            word = self.text[s_i:e_i]
            if word in _CONNECTORS or not word[:1].isupper():  # "d'Ivoire" never starts a name
                i += 1
                continue
            match = self._longest(tokens, i, caps_ok)
            if match is None:
                if "-" in word:
                    self._scan_hyphenated(s_i, e_i, caps_ok)
                i += 1
                continue
            j, key_end, readings = match
            if self._accept(tokens, i, j, key_end, readings):
                self.found.append(_Candidate(s_i, self._extend_dc(key_end, readings), readings))
            i = j + 1

    def _longest(
        self, tokens: list[tuple[int, int]], i: int, caps_ok: bool
    ) -> tuple[int, int, tuple[_Entry, ...]] | None:
        first = self.text[tokens[i][0] : tokens[i][1]]
        plain = first.rstrip(".").removesuffix("'s").rstrip("'")
        if (
            first not in self.gaz.first_words
            and plain not in self.gaz.first_words
            and not (caps_ok and first.isupper())
        ):
            return None
        last = min(len(tokens), i + _MAX_WORDS) - 1
        for j in range(last, i - 1, -1):
            if j > i and self.text[tokens[j][0] : tokens[j][1]] in _CONNECTORS:
                continue
            key = self.text[tokens[i][0] : tokens[j][1]]
            hit = self._lookup(key, caps_ok)
            if hit is not None:
                form, readings = hit
                return j, tokens[i][0] + len(form), readings
        return None

    def _scan_hyphenated(self, start: int, end: int, caps_ok: bool) -> None:
        """Read the parts of "U.S.-Ukraine" or "Melbourne-based"."""
        pos = start
        for part in self.text[start:end].split("-"):
            p_start, p_end = pos, pos + len(part)
            pos = p_end + 1
            if not part[:1].isupper():
                continue
            hit = self._lookup(part, caps_ok)
            if hit is None:
                continue
            form, readings = hit
            if readings[0].word or readings[0].abbr:
                continue
            self.found.append(_Candidate(p_start, p_start + len(form), readings))

    def _extend_dc(self, end: int, readings: tuple[_Entry, ...]) -> int:
        if readings[0].name == "Washington, D.C.":
            for suffix in _DC_SUFFIXES:
                if self.text.startswith(suffix, end):
                    return end + len(suffix)
        return end

    def _accept(
        self,
        tokens: list[tuple[int, int]],
        i: int,
        j: int,
        key_end: int,
        readings: tuple[_Entry, ...],
    ) -> bool:
        best = readings[0]
        start = tokens[i][0]
        surface = self.text[start:key_end]
        prev = self.text[tokens[i - 1][0] : tokens[i - 1][1]] if i > 0 else ""
        nxt = self.text[tokens[j + 1][0] : tokens[j + 1][1]] if j + 1 < len(tokens) else ""
        word_before = self._word_before(start)
        if best.abbr:
            comma = self.text[max(0, start - 2) : start] == ", "
            return comma or surface in _SAFE_ABBREVIATIONS
        if best.word:
            locative = word_before in _LOCATIVE and not prev
            comma_region = self.text.startswith(", ", key_end) and self._region_follows(key_end + 2)
            if not (locative or comma_region):
                return False
        if key_end == tokens[j][1] or self.text[key_end] in ".'":
            after_word = self._word_after(tokens[j][1])
            if after_word in _CURRENCY_WORDS:
                return False
            if best.demonym and after_word in _LANGUAGE_AFTER:
                return False
            if surface in {"Turkey", "Turkeys"} and after_word in _BIRD_AFTER:
                return False
        if surface in _NEEDS_THE and not (word_before.lower() == "the" and not prev):
            return False
        # Words before the match, inside the run.
        if prev:
            if prev in _CONNECTORS:
                if prev == "of" and any(self.text[s:e].rstrip(".,") in _ORG_HEADS for s, e in tokens[:i]):
                    return False
            elif prev in _PERSON_TITLES:
                self.persons.add(surface)
                return False
            elif prev in _ORG_PREFIX:
                return False
            elif (
                prev not in _OK_BEFORE
                and prev.rstrip(".") not in _OK_BEFORE
                and not self._is_place_word(prev)
                and not prev.isupper()
                and not self._headline_mode(start)
            ):
                if (
                    i == j
                    and j == len(tokens) - 1
                    and not best.demonym
                    and prev.isalpha()
                    and best.type is not PlaceType.COUNTRY
                ):
                    self.persons.add(surface)
                return False
        # Words after the match, inside the run.
        if nxt and nxt not in _CONNECTORS:
            bare = nxt.split("-")[0].removesuffix("'s").rstrip(".,'")
            if (
                bare not in _GENERIC_FOLLOWERS
                and bare not in _OK_BEFORE
                and not self._is_place_word(nxt)
                and not nxt.isupper()
                and not self._headline_mode(start)
            ):
                return False
        return not (self._sentence_initial(start) and best.word)

    def _is_place_word(self, word: str) -> bool:
        bare = word.rstrip(".").removesuffix("'s")
        return bare in self.gaz.entries or word in self.gaz.entries

    def _region_follows(self, pos: int) -> bool:
        m = match_near(_RUN, self.text, pos)
        if m is None:
            return False
        first = m.group().split(" ")[0].rstrip(".,")
        return self._lookup(first, caps_ok=False) is not None or m.group().rstrip(".,") in self.gaz.entries

    # -- disambiguation -----------------------------------------------------------------------
    def _disambiguate(self) -> None:
        """Pick among readings of ambiguous surfaces by what else the text names."""
        countries: dict[str, set[str]] = {}
        subnational: dict[str, set[str]] = {}
        for c in self.found:
            top = c.readings[0]
            if top.country is None or top.word:
                continue
            surface = self.text[c.start : c.end]
            countries.setdefault(top.country, set()).add(surface)
            if top.type is not PlaceType.COUNTRY:
                subnational.setdefault(top.country, set()).add(surface)
        by_start = {c.start: c for c in self.found}
        by_end = {c.end: c for c in self.found}
        resolved: list[_Candidate] = []
        for c in self.found:
            choice = 0
            if len(c.readings) > 1:
                surface = self.text[c.start : c.end]
                choice = self._choose(
                    c, surface, by_start=by_start, by_end=by_end, countries=countries, subnational=subnational
                )
            resolved.append(attrs.evolve(c, reading=choice))
        self.found = resolved

    def _choose(
        self,
        c: _Candidate,
        surface: str,
        *,
        by_start: dict[int, _Candidate],
        by_end: dict[int, _Candidate],
        countries: dict[str, set[str]],
        subnational: dict[str, set[str]],
    ) -> int:
        readings = c.readings
        if match_near(_US_STATE_TAIL, self.text, c.end) is not None:
            for k, r in enumerate(readings):
                if r.country == "US" and r.type is PlaceType.REGION:
                    return k
        # "Paris, Texas": the next place's country decides.
        if self.text.startswith(", ", c.end):
            nxt = by_start.get(c.end + 2)
            if nxt is not None:
                code = nxt.readings[0].country
                for k, r in enumerate(readings):
                    if r.country == code and r.type is not PlaceType.COUNTRY:
                        return k
        # "Atlanta, Georgia": the previous place's country decides.
        if self.text[max(0, c.start - 2) : c.start] == ", ":
            other = by_end.get(c.start - 2)
            if other is not None and other.readings[0].type is not PlaceType.COUNTRY:
                code = other.readings[0].country
                for k, r in enumerate(readings):
                    if r.country == code and r.type is PlaceType.REGION:
                        return k

        def support(code: str | None, table: dict[str, set[str]]) -> int:
            return 0 if code is None else len(table.get(code, set()) - {surface})

        default = readings[0]
        if support(default.country, countries) > 0:
            return 0
        best_k, best_n = 0, 0
        for k, r in enumerate(readings[1:], start=1):
            if r.weight * _MAX_WEIGHT_RATIO < default.weight:
                break  # readings are sorted: the rest are smaller still
            n = support(r.country, subnational)
            if n > best_n:
                best_k, best_n = k, n
        return best_k


def _to_place(doc: Doc, c: _Candidate) -> Place:
    e = c.readings[c.reading]
    return Place(
        start=c.start,
        end=c.end,
        text=doc.raw[c.start : c.end],
        name=e.name,
        country=e.country,
        type=e.type,
        demonym=e.demonym,
        disputed=e.disputed,
        historical=e.historical,
    )


def _scan(doc: Doc) -> list[Mention]:
    """Propose every place mention in ``doc`` (the pipeline's hook)."""
    return [_to_place(doc, c) for c in _Scanner(doc).scan()]


def find_places(text: str) -> Iterator[Place]:
    """Yield every place mention in ``text``, in order.

    Args:
        text: Any text. Content never raises.

    Yields:
        ``Place`` mentions with exact spans (``text[m.start:m.end] == m.text``).

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> [(p.text, p.name, p.type.value) for p in find_places("KINSHASA (Reuters) - Congolese miners")]
    [('KINSHASA', 'Kinshasa', 'city'), ('Congolese', 'Democratic Republic of the Congo', 'country')]
    >>> [p.text for p in find_places("Air China flew to Nice from the Bank of China branch.")]
    ['Nice']
    """
    check_text(text)
    doc = Doc(text)
    for c in _Scanner(doc).scan():
        yield _to_place(doc, c)


def parse_place(text: str) -> Place:
    """Read a whole string as one place.

    Args:
        text: The place alone ("U.S.", "Kyiv", "Russian"); surrounding spaces are allowed.

    Returns:
        The ``Place``, its offsets into ``text``.

    Raises:
        TypeError: ``text`` is not a ``str``.
        ParseError: ``text`` is not exactly one place.

    >>> parse_place("the Russian Federation").name
    Traceback (most recent call last):
    ...
    geoecon.errors.ParseError: cannot read 'the Russian Federation' as place: not a single place name
    >>> parse_place("Russian Federation").name
    'Russia'
    """
    check_text(text)
    stripped = text.strip()
    if not stripped:
        raise ParseError(text, kind="place", reason="empty string")
    offset = text.index(stripped)
    doc = Doc(stripped)
    gaz = _gazetteer()
    readings = gaz.entries.get(doc.norm)
    if readings is None and doc.norm.isupper() and doc.norm in gaz.upper:
        readings = gaz.entries[gaz.upper[doc.norm]]
    if readings is None:
        found = list(_Scanner(doc).scan())
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(stripped):
            raise ParseError(text, kind="place", reason="not a single place name")
        candidate = found[0]
    else:
        candidate = _Candidate(0, len(stripped), readings)
    place = _to_place(doc, candidate)
    return attrs.evolve(place, start=place.start + offset, end=place.end + offset)
