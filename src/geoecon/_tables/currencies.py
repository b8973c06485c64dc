"""Currency names, symbols and codes, mapped to ISO 4217.

Hand-kept. Sources: ISO 4217 (current and withdrawn codes, as published by the
ISO 4217 maintenance agency and mirrored by pycountry, LGPL-2.1), and the
currency names and wire abbreviations of English-language news (Reuters style
"dlrs", "stg"). Field legend:

* ``ISO_CODES``: codes read before or after a number (``USD34.6m``, ``5bn EUR``).
* ``CODE_WORDS``: codes that are also English words, read only when glued to the
  number or in a currency context (``ALL 5 solutions`` is not Albanian lek).
* ``SYMBOLS``: prefixes written before a number; ``None`` for an ambiguous one
  whose code is settled by :data:`AMBIGUOUS` (context) or its default.
* ``FAMILIES``: currency nouns and, per noun, the adjectives that pin the country.
* ``AMBIGUOUS``: for a noun or symbol used by several countries, the default code
  (``None`` when there is no sensible default) and the country cues in the
  surrounding text that settle it (for "$": the country's name and demonym, and for
  Australia and Canada their states, provinces, mining regions and exchanges, whose
  press writes a bare "$"; source: ISO 3166-2).
* ``US_CUES``: the cues of the United States, which count for USD near "$".
* ``CANDIDATES``: per key of ``AMBIGUOUS``, every currency it can denote (its default and
  the currencies its cues settle; "dollar" and "cent" as "$", "cent" also the euro's): a
  caller's ``currency=`` or ``country=`` hint counts only for one of them.
* ``EUROZONE``: the ISO 3166-1 alpha-2 codes of the countries whose currency is the euro
  (European Central Bank, 2026), for ``currency_of``.
* ``COUNTRY_CUES``: every cue of ``AMBIGUOUS`` and ``US_CUES`` -> the ISO 3166-1 alpha-2
  code of the country it names (derived: the first two letters of the currency it cues).
"""

from __future__ import annotations

from typing import Final

ISO_CODES: Final[frozenset[str]] = frozenset(
    """
    AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
    BZD CAD CDF CHF CLP CNY COP CRC CUC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
    GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF
    KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR
    MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR
    SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX
    USD UYU UZS VES VND VUV WST XAF XCD XDR XOF XPF YER ZAR ZMW ZWL
    ATS BEF DEM ESP FIM FRF GRD IEP ITL LUF NLG PTE XEU CYP SIT SKK EEK LVL LTL MTL VEF ZMK RUR
    """.split()
)

CODE_WORDS: Final[frozenset[str]] = frozenset({"ALL", "TOP", "CUP", "MOP", "BOB", "MAD", "PEN", "SOS"})

# Non-ISO abbreviations that behave like codes.
CODE_ALIASES: Final[dict[str, str]] = {
    "SDR": "XDR",
    "SDRS": "XDR",
    "RMB": "CNY",
    "RMB¥": "CNY",
    "NIS": "ILS",
    "STG": "GBP",
    "DLRS": "USD",
    "DLR": "USD",
    "DM": "DEM",
    "YEN": "JPY",
}

#: Prefix symbols. ``None``: ambiguous, settled by :data:`AMBIGUOUS`.
SYMBOLS: Final[dict[str, str | None]] = {
    "$": None,
    "US$": "USD",
    "U.S.$": "USD",
    "U.S. $": "USD",
    "U.S $": "USD",
    "$US": "USD",
    "USD$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "$A": "AUD",
    "C$": "CAD",
    "C $": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "CDN$": "CAD",
    "HK$": "HKD",
    "HK $": "HKD",
    "NZ $": "NZD",
    "AU $": "AUD",
    "NT $": "TWD",
    "S$": "SGD",
    "SG$": "SGD",
    "NZ$": "NZD",
    "R$": "BRL",
    "NT$": "TWD",
    "MEX$": "MXN",
    "MX$": "MXN",
    "RD$": "DOP",
    "J$": "JMD",
    "TT$": "TTD",
    "€": "EUR",
    "£": "GBP",
    "¥": None,
    "₹": "INR",
    "RS": None,
    "RS.": None,
    "₨": None,
    "₽": "RUB",
    "₩": "KRW",
    "₴": "UAH",
    "₺": "TRY",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "₪": "ILS",
    "฿": "THB",
    "₡": "CRC",
    "₭": "LAK",
    "₸": "KZT",
    "₼": "AZN",
    "₾": "GEL",
    "₵": "GHS",
    "ZŁ": "PLN",
    "KČ": "CZK",
    "RM": "MYR",
    "RP": "IDR",
    "KSH": "KES",
    "TK": "BDT",
    "KR": None,
    "FR.": None,
    "SFR": "CHF",
    "SFR.": "CHF",
}

#: Symbols that follow the number: ``10$``, ``3.14US$``, ``42 L.E``, ``20 €ur``.
SUFFIX_SYMBOLS: Final[dict[str, str | None]] = {
    "$": None,
    "US$": "USD",
    "€": "EUR",
    "€UR": "EUR",
    "£": "GBP",
    "¥": None,
    "₹": "INR",
    "RS": None,
    "₽": "RUB",
    "₩": "KRW",
    "₴": "UAH",
    "₺": "TRY",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "₪": "ILS",
    "฿": "THB",
    "₡": "CRC",
    "₭": "LAK",
    "₸": "KZT",
    "ZŁ": "PLN",
    "KČ": "CZK",
    "L.E": "EGP",
    "L.E.": "EGP",
    "LE": "EGP",
}

#: Currency nouns (singular and plural forms) -> {adjective: code}; "" is the bare noun.
FAMILIES: Final[dict[tuple[str, ...], dict[str, str | None]]] = {
    ("dollar", "dollars", "dlr", "dlrs", "dollar's"): {
        "": None,
        "us": "USD",
        "u.s.": "USD",
        "u.s": "USD",
        "american": "USD",
        "united states": "USD",
        "australian": "AUD",
        "aussie": "AUD",
        "canadian": "CAD",
        "hong kong": "HKD",
        "singapore": "SGD",
        "singaporean": "SGD",
        "new zealand": "NZD",
        "taiwan": "TWD",
        "taiwanese": "TWD",
        "new taiwan": "TWD",
        "jamaican": "JMD",
        "namibian": "NAD",
        "zimbabwe": "ZWL",
        "zimbabwean": "ZWL",
        "east caribbean": "XCD",
        "bahamian": "BSD",
        "barbadian": "BBD",
        "barbados": "BBD",
        "belize": "BZD",
        "fijian": "FJD",
        "fiji": "FJD",
        "liberian": "LRD",
        "brunei": "BND",
        "guyanese": "GYD",
        "trinidad and tobago": "TTD",
        "h.k.": "HKD",
        "n.z.": "NZD",
    },
    ("buck", "bucks"): {"": "USD"},
    ("euro", "euros"): {"": "EUR"},
    ("pound", "pounds", "pound sterling", "pounds sterling", "sterling"): {
        "": "GBP",
        "british": "GBP",
        "uk": "GBP",
        "egyptian": "EGP",
        "lebanese": "LBP",
        "syrian": "SYP",
        "sudanese": "SDG",
        "south sudanese": "SSP",
        "irish": "IEP",
        "cyprus": "CYP",
        "cypriot": "CYP",
        "falkland": "FKP",
        "gibraltar": "GIP",
    },
    ("egyptianpound", "egyptianpounds", "genihat masriya", "genih masri"): {"": "EGP"},
    ("franc", "francs"): {
        "": None,
        "swiss": "CHF",
        "french": "FRF",
        "belgian": "BEF",
        "luxembourg": "LUF",
        "cfa": "XOF",
        "west african cfa": "XOF",
        "central african cfa": "XAF",
        "congolese": "CDF",
        "rwandan": "RWF",
        "guinean": "GNF",
        "burundian": "BIF",
        "djiboutian": "DJF",
        "comorian": "KMF",
        "cfp": "XPF",
    },
    ("dinar", "dinars"): {
        "": None,
        "kuwaiti": "KWD",
        "iraqi": "IQD",
        "jordanian": "JOD",
        "bahraini": "BHD",
        "libyan": "LYD",
        "tunisian": "TND",
        "algerian": "DZD",
        "serbian": "RSD",
        "macedonian": "MKD",
    },
    ("riyal", "riyals", "rial", "rials"): {
        "": None,
        "saudi": "SAR",
        "qatari": "QAR",
        "omani": "OMR",
        "iranian": "IRR",
        "yemeni": "YER",
    },
    ("saudiriyal", "saudiriyals"): {"": "SAR"},
    ("peso", "pesos"): {
        "": None,
        "mexican": "MXN",
        "argentine": "ARS",
        "argentinian": "ARS",
        "chilean": "CLP",
        "colombian": "COP",
        "philippine": "PHP",
        "cuban": "CUP",
        "uruguayan": "UYU",
        "dominican": "DOP",
    },
    ("rupee", "rupees"): {
        "": None,
        "indian": "INR",
        "pakistani": "PKR",
        "sri lankan": "LKR",
        "nepalese": "NPR",
        "nepali": "NPR",
        "mauritian": "MUR",
        "seychellois": "SCR",
    },
    ("krona", "kronor", "kronur"): {"": "SEK", "swedish": "SEK", "icelandic": "ISK"},
    ("krone", "kroner"): {"": None, "norwegian": "NOK", "danish": "DKK"},
    ("crown", "crowns"): {"czech": "CZK", "swedish": "SEK", "norwegian": "NOK", "danish": "DKK"},
    ("shilling", "shillings"): {
        "": None,
        "kenyan": "KES",
        "ugandan": "UGX",
        "tanzanian": "TZS",
        "somali": "SOS",
        "austrian": "ATS",
    },
    ("schilling", "schillings"): {"": "ATS", "austrian": "ATS"},
    ("yen",): {"": "JPY", "japanese": "JPY"},
    ("yuan", "renminbi", "kuai"): {"": "CNY", "chinese": "CNY"},
    ("ruble", "rubles", "rouble", "roubles"): {"": "RUB", "russian": "RUB", "belarusian": "BYN"},
    ("hryvnia", "hryvnias", "hryvnas", "hryvni", "hryvnya", "hryvnyas"): {"": "UAH", "ukrainian": "UAH"},
    ("won",): {"": "KRW", "south korean": "KRW", "korean": "KRW", "north korean": "KPW"},
    ("real", "reais", "reals"): {"brazilian": "BRL"},
    ("reais",): {"": "BRL"},
    ("rand",): {"": "ZAR", "south african": "ZAR"},
    ("lira",): {"": "TRY", "turkish": "TRY", "italian": "ITL"},
    ("lire",): {"": "ITL", "italian": "ITL"},
    ("liras",): {"": "TRY", "turkish": "TRY"},
    (
        "mark",
        "marks",
        "deutsche mark",
        "deutsche marks",
        "deutschemark",
        "deutschemarks",
        "d-mark",
        "d-marks",
    ): {"": "DEM", "german": "DEM", "west german": "DEM", "finnish": "FIM"},
    ("markka", "markkaa"): {"": "FIM", "finnish": "FIM"},
    ("guilder", "guilders"): {"": "NLG", "dutch": "NLG"},
    ("peseta", "pesetas"): {"": "ESP", "spanish": "ESP"},
    ("escudo", "escudos"): {"": "PTE", "portuguese": "PTE"},
    ("drachma", "drachmas", "drachmae"): {"": "GRD", "greek": "GRD"},
    ("punt", "punts"): {"": "IEP", "irish": "IEP"},
    ("zloty", "zlotys", "zlotych"): {"": "PLN", "polish": "PLN"},
    ("forint", "forints"): {"": "HUF", "hungarian": "HUF"},
    ("koruna", "korunas", "korun"): {"": "CZK", "czech": "CZK", "slovak": "SKK"},
    ("leu", "lei"): {"": "RON", "romanian": "RON", "moldovan": "MDL"},
    ("lev", "leva"): {"": "BGN", "bulgarian": "BGN"},
    ("baht",): {"": "THB", "thai": "THB"},
    ("ringgit", "ringgits"): {"": "MYR", "malaysian": "MYR", "malaysia": "MYR"},
    ("rupiah", "rupiahs"): {"": "IDR", "indonesian": "IDR"},
    ("dong",): {"vietnamese": "VND"},
    ("naira", "nairas"): {"": "NGN", "nigerian": "NGN"},
    ("cedi", "cedis"): {"": "GHS", "ghanaian": "GHS"},
    ("kwacha", "kwachas"): {"": "ZMW", "zambian": "ZMW", "malawian": "MWK"},
    ("birr", "birrs"): {"": "ETB", "ethiopian": "ETB"},
    ("dirham", "dirhams"): {"": "AED", "uae": "AED", "emirati": "AED", "moroccan": "MAD"},
    ("shekel", "shekels", "new shekel", "new shekels"): {"": "ILS", "israeli": "ILS"},
    ("taka",): {"": "BDT", "bangladeshi": "BDT"},
    ("tenge",): {"": "KZT", "kazakh": "KZT"},
    ("manat", "manats"): {"": "AZN", "azerbaijani": "AZN", "turkmen": "TMT"},
    ("lari",): {"": "GEL", "georgian": "GEL"},
    ("dram", "drams"): {"": "AMD", "armenian": "AMD"},
    ("tugrik", "tugriks", "tögrög", "togrog"): {"": "MNT", "mongolian": "MNT"},
    ("kip",): {"": "LAK", "lao": "LAK", "laotian": "LAK"},
    ("riel", "riels"): {"": "KHR", "cambodian": "KHR"},
    ("kyat", "kyats"): {"": "MMK", "burmese": "MMK", "myanmar": "MMK"},
    ("afghani", "afghanis"): {"": "AFN"},
    ("bolivar", "bolivars", "bolívar", "bolívares", "bolivares"): {"": "VES", "venezuelan": "VES"},
    ("sol", "soles"): {"peruvian": "PEN"},
    ("quetzal", "quetzales", "quetzals"): {"": "GTQ"},
    ("colon", "colones", "colón"): {"": "CRC", "costa rican": "CRC"},
    ("lempira", "lempiras"): {"": "HNL"},
    ("cordoba", "cordobas"): {"": "NIO"},
    ("guarani", "guaranies", "guaranis"): {"": "PYG"},
    ("boliviano", "bolivianos"): {"": "BOB"},
    ("special drawing right", "special drawing rights"): {"": "XDR"},
    ("ecu", "ecus"): {"": "XEU", "european currency unit": "XEU"},
}

#: Minor units: noun -> (fraction of the major unit, code or None for "from context").
MINOR_UNITS: Final[dict[str, tuple[str, str | None]]] = {
    "cent": ("0.01", None),
    "cents": ("0.01", None),
    "ct": ("0.01", None),
    "cts": ("0.01", None),
    "c": ("0.01", None),
    "penny": ("0.01", "USD"),
    "pennies": ("0.01", "USD"),
    "pence": ("0.01", "GBP"),
    "p": ("0.01", "GBP"),
    "kopeck": ("0.01", "RUB"),
    "kopecks": ("0.01", "RUB"),
    "kopek": ("0.01", "RUB"),
    "kopeks": ("0.01", "RUB"),
    "kopiyka": ("0.01", "UAH"),
    "kopiykas": ("0.01", "UAH"),
    "paise": ("0.01", "INR"),
    "sen": ("0.01", "MYR"),
    "sens": ("0.01", "MYR"),
    "mao": ("0.1", "CNY"),
    "fen": ("0.01", "CNY"),
    "dime": ("0.1", "USD"),
    "dimes": ("0.1", "USD"),
}

#: Cues of the United States: near "$" they count for USD, so that a "$" between a US and an
#: Australian cue keeps its default. Found as written, one space in "united states" (the
#: other cues allow any run of spaces and tabs), and "u.s." only before a word character
#: (its last dot then a word boundary: "U.S.-based", not "U.S. Treasury"): kept so, as the
#: output was.
US_CUES: Final[tuple[str, ...]] = ("u.s.", "united states", "american", "washington", "us")

#: Ambiguous symbol or noun -> (default code, {country cue in nearby text: code}).
AMBIGUOUS: Final[dict[str, tuple[str | None, dict[str, str]]]] = {
    "$": (
        "USD",
        {
            **dict.fromkeys(US_CUES, "USD"),
            "australia": "AUD",
            "australian": "AUD",
            # states, mining regions and the exchange of Australia (its press writes "$"); not its
            # cities, which name people ("Sydney") and other places ("Perth") as often
            **dict.fromkeys("queensland tasmania pilbara kalgoorlie asx".split(), "AUD"),
            "new south wales": "AUD",
            "canada": "CAD",
            "canadian": "CAD",
            "ottawa": "CAD",
            "toronto": "CAD",
            # provinces and the exchange of Canada
            **dict.fromkeys("alberta ontario quebec saskatchewan manitoba tsx".split(), "CAD"),
            "british columbia": "CAD",
            "hong kong": "HKD",
            "singapore": "SGD",
            "new zealand": "NZD",
            "taiwan": "TWD",
            "taipei": "TWD",
        },
    ),
    "dollar": ("USD", {}),
    "¥": ("JPY", {"yuan": "CNY", "renminbi": "CNY", "china": "CNY", "chinese": "CNY", "beijing": "CNY"}),
    "rs": (
        "INR",
        {"pakistan": "PKR", "pakistani": "PKR", "sri lanka": "LKR", "sri lankan": "LKR", "nepal": "NPR"},
    ),
    "rupee": (
        "INR",
        {"pakistan": "PKR", "pakistani": "PKR", "sri lanka": "LKR", "sri lankan": "LKR", "nepal": "NPR"},
    ),
    "kr": ("SEK", {"norway": "NOK", "norwegian": "NOK", "denmark": "DKK", "danish": "DKK", "iceland": "ISK"}),
    "krone": (None, {"norway": "NOK", "norwegian": "NOK", "denmark": "DKK", "danish": "DKK"}),
    "franc": (
        None,
        {
            "swiss": "CHF",
            "switzerland": "CHF",
            "zurich": "CHF",
            "geneva": "CHF",
            "france": "FRF",
            "french": "FRF",
            "paris": "FRF",
            "belgium": "BEF",
            "belgian": "BEF",
            "brussels": "BEF",
        },
    ),
    "dinar": (
        None,
        {
            "kuwait": "KWD",
            "iraq": "IQD",
            "jordan": "JOD",
            "bahrain": "BHD",
            "libya": "LYD",
            "tunisia": "TND",
            "algeria": "DZD",
            "serbia": "RSD",
        },
    ),
    "riyal": (None, {"saudi": "SAR", "qatar": "QAR", "oman": "OMR", "iran": "IRR", "yemen": "YER"}),
    "peso": (
        None,
        {
            "mexico": "MXN",
            "mexican": "MXN",
            "argentina": "ARS",
            "argentine": "ARS",
            "chile": "CLP",
            "colombia": "COP",
            "philippines": "PHP",
            "philippine": "PHP",
            "uruguay": "UYU",
            "cuba": "CUP",
        },
    ),
    "shilling": (None, {"kenya": "KES", "uganda": "UGX", "tanzania": "TZS", "somalia": "SOS"}),
    "cent": ("USD", {"euro": "EUR", "euros": "EUR"}),
    "fr.": (None, {"swiss": "CHF", "switzerland": "CHF", "france": "FRF", "french": "FRF"}),
}


def _country_cues() -> dict[str, str]:
    """Every cue of ``AMBIGUOUS`` and ``US_CUES`` -> the alpha-2 code of its country (EU for "euro").

    An ISO 4217 code opens with the ISO 3166-1 alpha-2 code of its country (X-codes aside,
    none of which is cued), so the country is read off the currency a cue settles.
    """
    found: dict[str, str] = dict.fromkeys(US_CUES, "US")
    for _, cues in AMBIGUOUS.values():
        for cue, code in cues.items():
            if found.setdefault(cue, code[:2]) != code[:2]:
                msg = f"the cue {cue!r} names two countries: {found[cue]} and {code[:2]}"
                raise ValueError(msg)
    return found


#: Country cue (lower case, spaces folded) -> ISO 3166-1 alpha-2 code of the country it names.
COUNTRY_CUES: Final[dict[str, str]] = _country_cues()


def _candidates() -> dict[str, frozenset[str]]:
    """Each key of ``AMBIGUOUS`` -> its default and the currencies its cues settle."""
    found = {
        key: frozenset({*cues.values(), *([default] if default is not None else [])})
        for key, (default, cues) in AMBIGUOUS.items()
    }
    found["dollar"] = found["$"]
    found["gbp"] = frozenset({"GBP"})  # a spaced "p" (pence)
    found["rand"] = frozenset({"ZAR"})  # a spaced "R"
    found["cent"] = found["$"] | {"EUR"}
    return found


#: Ambiguous symbol or noun (a key of ``AMBIGUOUS``) -> every ISO 4217 code it can denote.
CANDIDATES: Final[dict[str, frozenset[str]]] = _candidates()

#: Countries whose currency is the euro (ISO 3166-1 alpha-2).
EUROZONE: Final[frozenset[str]] = frozenset(
    "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK".split()
)


def currency_of(country: str, candidates: frozenset[str]) -> str | None:
    """The one currency of ``candidates`` that ``country`` (alpha-2) uses, else ``None``.

    An ISO 4217 code opens with its country's alpha-2 code; the euro is the eurozone's.

    >>> currency_of("PK", CANDIDATES["rs"]), currency_of("DE", CANDIDATES["cent"])
    ('PKR', 'EUR')
    >>> currency_of("DE", CANDIDATES["$"]) is None
    True
    """
    if country in EUROZONE and "EUR" in candidates:
        return "EUR"
    found = [code for code in candidates if code[:2] == country]
    return found[0] if len(found) == 1 else None
