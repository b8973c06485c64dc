"""The words around a place name that decide whether it is a place: the place scanner's vocabulary.

Hand-kept from English newswire usage (Reuters and AP style); the sentences of
``tests/test_places.py`` show each list at work. What a list is for is said above it; the
scanner (``geoecon.places.scanner``) holds the rules that read them. Lists whose words belong
to another table are built from it: calendar words from ``calendar_words``, currency nouns
from ``currencies``.

Capitalised lists hold words as written in a run of capitalised words ("Bank of China"); the
lowercase ones hold the words read around a run ("in Nice", "Turkey farmers").
"""

from __future__ import annotations

from typing import Final

from geoecon._tables import currencies
from geoecon._tables.calendar_words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

__all__ = [
    "BIRD_AFTER",
    "BIRD_HOMONYMS",
    "CALENDAR_WORDS",
    "CHROME_SEPARATORS",
    "COMPASS_WORDS",
    "CONNECTORS",
    "CREDIT_LEADS",
    "CURRENCY_NOUNS",
    "CURRENCY_WORDS",
    "CURRENCY_WORDS_HELD_BACK",
    "DC_SUFFIXES",
    "GENERIC_FOLLOWERS",
    "HEADLINE_SMALL_WORDS",
    "LANGUAGE_AFTER",
    "LOCATIVES",
    "NEEDS_THE",
    "NOT_PLACES",
    "OK_BEFORE",
    "ORG_HEADS",
    "ORG_PREFIXES",
    "ORG_TAILS",
    "OTHER_CURRENCY_WORDS",
    "PERSON_TITLES",
    "REGIONAL_DEMONYMS",
    "RUN_CONNECTORS",
    "SAFE_ABBREVIATIONS",
    "SPLIT_PREFIXES",
    "US_STATE_INSTITUTIONS",
]

#: Lowercase words that join the capitalised words of one name ("Bank of China", "Trinidad and
#: Tobago", "Rio de Janeiro", "Stratford upon Avon"), in the order the run pattern tries them.
RUN_CONNECTORS: Final[tuple[str, ...]] = tuple("of the and de del da do du des la el al on upon am y".split())
CONNECTORS: Final = frozenset(RUN_CONNECTORS)

#: Weekdays and months: capitalised, never a place, and common next to places ("Russia on Monday").
CALENDAR_WORDS: Final = frozenset((*WEEKDAYS, *MONTHS))

#: A capitalised word right after a place that keeps it a place: an office, body or group of the
#: place ("US Federal Reserve", "Russian President", "French Customs"), or a dateline's month.
GENERIC_FOLLOWERS: Final = (
    frozenset(
        """
        President Presidents Presidential Vice Prime Minister Ministers Ministry Premier Chancellor
        Foreign Defence Defense Finance Economy Trade Commerce Energy Interior Justice Health
        Agriculture Labor Labour Treasury Federal Reserve Central Government Embassy Ambassador
        Ambassadors Consulate Consul Army Navy Naval Air Military Marines Coast Border Police Parliament
        Senate Congress Supreme Court Constitution Constitutional Census Bureau Department Secretary
        State National King Queen Prince Princess Crown Emperor Sultan Emir Leader Leaders Cabinet
        Administration Envoy Special Deputy Chief Attorney Governor Gov Mayor Senator Sen Rep
        Representative Congressman Congresswoman Republican Republicans Democrat Democrats Customs
        Intelligence Security Council Statistics Office Troops Forces Force Officials Official
        Marine Guard Mission Delegation Opposition Regime Authorities Ombudsman Sanctions Economic
        Electoral Election Elections GDP CPI Inc Parliamentary Treasuries Stocks Inflation Exports
        Imports Jews Muslims Christians Catholics
        """.split()
    )
    | CALENDAR_WORDS
    | frozenset(MONTH_ABBREVIATIONS)
)

#: Capitalised words that may stand right before a place without making it part of a name:
#: compass and period modifiers ("Northern Iraq", "Soviet-era Ukraine"), sentence openers and
#: function words ("In Brazil", "Unlike China"), wire tags ("UPDATE"), titles ("President",
#: "Gov.") and ministries ("Finance") that head a phrase about the place.
OK_BEFORE: Final = (
    frozenset(
        """
        North South East West Northern Southern Eastern Western Central Northeast Northeastern Northwest
        Northwestern Southeast Southeastern Southwest Southwestern Greater Upper Lower Mainland Occupied
        Rural Coastal Inner Outer Metro Metropolitan Downtown Old Far Mid Middle Communist Imperial
        Modern Ancient Free Nazi Tsarist Colonial Independent Post-Soviet Wartime Pre-war Postwar
        Soviet-era The A An In On At For From To With By As But And Or Nor While When Whereas Since
        After Before Both Unlike Like Meanwhile Despite Under Over Of Also If Why How What Where Who
        Which Whether Last This That These Those Its It Their His Her Our My Your Even Only Though
        Although Because Besides Beyond Between Among Amid Against Across Around Through Throughout
        Towards Toward Without Within Via Including Outside Inside Near Into Then Now Today Yesterday
        Here There Thus So Yet Still Just Not No Neither Either Each Every All Some Many Most More Much
        Few Several Other Another Such Once Until Unless During Following According Nearly About Above
        Below Perhaps Indeed However Moreover Said Says Earlier Later Sources Officials Analysts Traders
        Reuters Photo File UPDATE Update Breaking Exclusive Analysis Factbox Timeline President Prime
        Minister Premier Chancellor King Queen Prince Princess Emperor Sultan Emir Pope Gov. Governor
        Sen. Senator Rep. Secretary Gen. General Ambassador Mayor Envoy Vice Deputy Chief Acting Former
        Foreign Defence Defense Finance Trade Energy Economy Interior State Province Region Eurozone Did
        Does Do Is Are Was Were Will Would Could Should Can Might Has Have Had Let See Watch Read
        Welcome Dear Hello Thanks Yes Here's It's There's Neighbouring Neighboring Sub-Saharan
        Continental Current Next Next-ranked Top-ranked
        """.split()
    )
    | CALENDAR_WORDS
)

#: A place right after one of these is part of another name: airlines, banks, media and clubs
#: ("Air China", "Royal Jordanian", "Bank Indonesia"), natural features ("Lake Victoria",
#: "Mount Kenya"), storms, saints, titles and shops.
ORG_PREFIXES: Final = frozenset(
    """
    Air Radio Team Club Hotel Lake Mount Mt. Mt Fort Cape Camp Saint St. St San Santa Royal Bank
    Banco Banca Credit Deutsche Standard Hurricane Storm Typhoon Cyclone Operation Miss Mister Sir
    Lady Lord Prof. River Isle Planet Voice Visit Universal Tropical Casino Cafe Restaurant
    """.split()
)

#: Titles of persons: the name after one is a person's ("Mr. Jordan"), and is not read as a
#: place anywhere else in the text either.
PERSON_TITLES: Final = frozenset("Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Miss Sir Lady".split())

#: Heads of organisation names: a place after "<head> ... of" is part of the name ("Bank of
#: China", "General Administration of Customs of China", "Duke of Edinburgh").
ORG_HEADS: Final = frozenset(
    """
    Bank University Institute College School Academy Museum Administration Customs Chamber
    Association Federation Society Commission Corporation Company Church Archdiocese Diocese
    Hospital Airport Authority Agency Board Exchange Fund Foundation Centre Center Club Party Front
    Movement League Stadium Cathedral Times Journal News Post Ministry Department Institution
    Organization Organisation Conference Festival Symphony Orchestra Library Zoo Trust Bishop
    Archbishop Duke Duchess Earl Battle Siege
    """.split()
)

#: Lowercase words after which a town named like an ordinary word is a place ("in Nice",
#: "to Reading"; not "Nice weather").
LOCATIVES: Final = frozenset("in at near from to outside via into toward towards of around".split())

#: Currency nouns that none of ``currencies``' tables holds (Macedonian denar, Croatian kuna,
#: Kyrgyz and Uzbek som), read after a place as the currency's ("Croatian kuna").
OTHER_CURRENCY_WORDS: Final = frozenset({"denar", "kuna", "som"})

#: The one-word nouns of ``currencies.FAMILIES`` and ``currencies.MINOR_UNITS``, letters only
#: (the word after a place is read as letters, so "dollar's" or "d-mark" could never match).
CURRENCY_NOUNS: Final = frozenset(
    word
    for word in (*(w for nouns in currencies.FAMILIES for w in nouns), *currencies.MINOR_UNITS)
    if word.isalpha()
)

#: Currency nouns of the tables not yet read after a place: reading them would change output
#: (the restructuring of issue #17 keeps it identical). Removing this ledger is a behaviour change
#: to make on purpose: "Canadian dlrs", "U.S. cts", "Dutch guilder", "West German mark" would no
#: longer hold a place, as "Australian dollar" already does not.
CURRENCY_WORDS_HELD_BACK: Final = frozenset(
    """
    afghani afghanis birrs bolivares boliviano bolivianos bolívar bolívares buck bucks c cedis colon
    colones colón cordoba cordobas ct cts deutschemark deutschemarks dime dimes dlr dlrs drachma
    drachmae drachmas drams ecu ecus egyptianpound egyptianpounds escudo escudos euro euros fen
    forints guaranies guaranis guilder guilders hryvnas hryvni hryvnias hryvnya hryvnyas kopeck
    kopecks kopek kopeks kopiyka kopiykas korun korunas kronur kuai kwachas kyats lei lempira
    lempiras leva liras lire manats mao mark markka markkaa marks nairas p paise pence pennies penny
    peseta pesetas punt punts quetzal quetzales quetzals reals riels ringgits rupiahs saudiriyal
    saudiriyals schilling schillings sen sens togrog tugrik tugriks tögrög zlotych zlotys
    """.split()
)

#: A place right before a currency noun names the currency ("Australian dollar", "Swiss francs").
CURRENCY_WORDS: Final = (CURRENCY_NOUNS - CURRENCY_WORDS_HELD_BACK) | OTHER_CURRENCY_WORDS

#: A demonym before these names a language, not the country ("Russian language", "French speakers").
LANGUAGE_AFTER: Final = frozenset("language languages speaking speakers translation".split())

#: Place names that are also birds, and the words after them that mean the bird ("Turkey farmers").
BIRD_HOMONYMS: Final = frozenset({"Turkey", "Turkeys"})
BIRD_AFTER: Final = frozenset(
    """
    farmers farm farms meat sandwich sandwiches breast dinner legs feathers hunting hunters flock
    flocks vultures gravy stuffing roast
    """.split()
)

#: Unambiguous AP state abbreviations (and Canadian province ones) may stand alone; the other
#: abbreviations of the gazetteer ("Ga.", "Ind.", "Mass.") need "City, " before them.
SAFE_ABBREVIATIONS: Final = frozenset(
    """
    Calif. Ky. Tenn. Okla. Ariz. Fla. Conn. Minn. Wis. Mich. Colo. Nev. Neb. Ala. Ark. Kan. Mont.
    Wyo. N.J. N.Y. N.C. S.C. N.H. N.M. N.D. S.D. R.I. W.Va. Ore. Alta. Ont. Sask. Nfld. P.E.I. B.C.
    """.split()
)

#: Names that mean a place only after "the" ("the Gulf", "the Amazon"; not "Amazon said").
NEEDS_THE: Final = frozenset({"Gulf", "Amazon"})

#: What may follow "Washington" and belongs to its span ("Washington, D.C.").
DC_SUFFIXES: Final[tuple[str, ...]] = (", D.C.", " D.C.", ", DC", " DC")

#: Institutions that only a US state has: after one, a homonym is the US state ("Georgia National
#: Guard", "Georgia State Senate"). Words are separated by spaces or tabs in the text.
US_STATE_INSTITUTIONS: Final[tuple[str, ...]] = (
    "National Guard", "State University", "State Legislature", "State Senate", "State House",
    "State Assembly", "State Capitol", "State Patrol", "State Police", "State Supreme Court",
    "State Attorney General", "General Assembly", "Governor",
)  # fmt: skip

#: Lowercase words of a Title Case headline ("Russia Cuts Rates to a Record Low"): the run
#: connectors and short articles and prepositions.
HEADLINE_SMALL_WORDS: Final = CONNECTORS | frozenset("a an to in for at by".split())

#: Organisations that the gazetteer's sources list beside places (GeoNames keeps OPEC as a
#: political entity): the surface is never a place, wherever it stands. Organisations are not
#: places (``docs/places.md``, "Organisations"); the names of companies and bodies that begin with
#: a place are left out by ``ORG_TAILS``.
NOT_PLACES: Final = frozenset({"OPEC", "OPEC+"})

#: The last word of an organisation's name that begins with a spelled-out place ("Swiss National
#: Bank", "European Central Bank", "Caspian Energy News", "Abu Dhabi National Oil Co.",
#: "Pakistan Bureau of Statistics"): the place word is part of the name. A country abbreviation
#: before an agency stays a place ("U.S. Energy Information Administration"), as the dev gold
#: reads it (Reuters style: the abbreviation is a free modifier).
ORG_TAILS: Final = frozenset(
    """
    Bank Co. Co Corp. Corp Corporation Company Inc. Inc Ltd. Ltd Plc PLC LLC Group Holdings News
    Airlines Airways Railways Bureau Petroleum Telecom Insurance Motors Steel Mining Times Post
    Herald Journal Tribune Gazette Broadcasting Television Radio Institute Exchange Agreement Treaty
    """.split()
)

#: Words that, capitalised before a continent's demonym, make one region of the two ("West
#: African", "South Asian", "SouthEast Asian"): compared capitalised (``str.capitalize``).
COMPASS_WORDS: Final = frozenset(
    "North South East West Central Northeast Northwest Southeast Southwest Eastern Western".split()
)

#: A continent's demonym and its continent, for ``COMPASS_WORDS`` ("South Asian" -> "South Asia").
REGIONAL_DEMONYMS: Final = {
    "African": "Africa",
    "Africans": "Africa",
    "American": "America",
    "Americans": "America",
    "Asian": "Asia",
    "Asians": "Asia",
    "European": "Europe",
    "Europeans": "Europe",
}

#: The first part of a hyphenated name that makes the rest a name, not a place
#: ("Inter-American Development Bank").
SPLIT_PREFIXES: Final = frozenset({"Inter"})

#: The words that open a credit line: the capitalised names after them are persons, not places
#: ("By Jordan Smith", "Reporting by Chad Bray", "Photo: Georgia Paris/Reuters"). Reuters, AP and
#: AFP credit styles.
CREDIT_LEADS: Final[tuple[str, ...]] = (
    "Reporting by", "reporting by", "Writing by", "writing by", "Editing by", "editing by",
    "Compiled by", "compiled by", "Photo by", "photo by", "Photograph by", "Photographs by",
    "Pictures by", "Picture by", "Video by", "Photo:", "Photograph:", "Picture:", "Image:",
    "Credit:", "Photo credit:", "Pictured:", "Illustration:",
)  # fmt: skip

#: Separators of page chrome: a line of three or more short items between these ("Home | World |
#: Business", "USD 91.20 • EUR 98.75 • GBP 115.40") is a menu or a ticker, and names no place.
CHROME_SEPARATORS: Final[tuple[str, ...]] = ("|", "•", "·", "»", "►", "▪")
