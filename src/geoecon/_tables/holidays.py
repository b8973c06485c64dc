"""Named days and periods: their names in news, and the calendar rule each follows.

One ``Holiday`` per named day: the lower-case name forms the text writes (regex sources,
matched as whole words), the rule that gives its day in a year, and, where the day differs by
country ("Independence Day", "Labor Day", "Golden Week"), the rule of each country, the first
being the default. The days themselves are never typed here: they are computed by
``geoecon.dates.holidays`` from these rules.

The rules, and their sources:

* ``Fixed`` (a day of the Gregorian calendar, optionally moved off a weekend): the statute or
  proclamation of each day (US federal holidays: 5 U.S.C. § 6103; Christmas, New Year's Day,
  Valentine's Day, Halloween and St Patrick's Day by custom; Koningsdag: the Dutch royal decree
  of 2013, 27 April or the 26th when the 27th is a Sunday; National Boss's Day: 16 October, on
  the nearest weekday, as first registered with the US Chamber of Commerce in 1958; Singles' Day
  11 November, the Alibaba sales festival since 2009); checked against the ``holidays`` package.
* ``NthWeekday`` (the n-th, or last, weekday of a month, plus days): 5 U.S.C. § 6103 (Martin
  Luther King Jr. Day, Washington's Birthday, Memorial Day, Labor Day, Columbus Day,
  Thanksgiving: the fourth Thursday of November since the joint resolution of 1941); Black
  Friday and Cyber Monday are the Friday and the Monday after Thanksgiving (retail usage; the
  National Retail Federation named Cyber Monday in 2005).
* ``Easter`` (days from Easter Sunday, Western or Orthodox): the Gregorian and Julian computus
  (Meeus, *Astronomical Algorithms*, ch. 8), with the liturgical offsets of the Roman Missal and
  the Orthodox typikon (Shrove Tuesday -47, Ash Wednesday -46, Palm Sunday -7, Maundy Thursday
  -3, Good Friday -2, Easter Monday +1, Ascension +39, Pentecost +49, Whit Monday +50, Trinity
  Sunday +56, Corpus Christi +60; Orthodox Clean Monday -48, Lazarus Saturday -8).
* ``Library`` (lunar and lunisolar calendars: Islamic, Chinese, Hebrew, Hindu, Buddhist): the
  day that the ``holidays`` package (vacanza/holidays, the optional extra
  ``geoecon[holidays]``) gives that named holiday in one country's calendar, in its English
  names; the country is one whose published calendar the package follows for that day
  (Afghanistan's for Ramadan and Eid al-Fitr, Jordan's for Eid al-Adha, India's for the Hindu
  festivals, Israel's for the Jewish holidays, China's for the Spring Festival, Singapore's for
  Vesak). Without the package these days are not read.

Named *periods*: Ramadan (to the day before Eid al-Fitr, written as the months it falls in);
Golden Week (Japan's 29 April - 5 May, China's 1-7 October).
"""

from __future__ import annotations

from typing import Final, NamedTuple, TypeAlias

__all__ = [
    "COUNTRY_CUES",
    "CUES",
    "HOLIDAYS",
    "DayRule",
    "Easter",
    "Fixed",
    "FixedSpan",
    "Holiday",
    "Library",
    "NthWeekday",
]


class Fixed(NamedTuple):
    """A day of the Gregorian calendar, moved (``move``) to the nearest weekday or off a Sunday."""

    month: int
    day: int
    move: str = ""


class FixedSpan(NamedTuple):
    """Days ``month/day`` to ``end_month/end_day`` of one year."""

    month: int
    day: int
    end_month: int
    end_day: int


class NthWeekday(NamedTuple):
    """The ``n``-th (``-1``: last) ``weekday`` (0 Monday) of ``month``, plus ``offset`` days."""

    month: int
    weekday: int
    n: int
    offset: int = 0


class Easter(NamedTuple):
    """``offset`` days from Easter Sunday (the Orthodox one when ``orthodox``)."""

    offset: int
    orthodox: bool = False


class Library(NamedTuple):
    """The day the ``holidays`` package gives holiday ``name`` in ``country``, plus ``offset`` days.

    With ``until``, a period: to the day before the next holiday of that name; ``by_month``
    writes it as the months it falls in ("Ramadan": 2022-04/2022-05), since its first day is
    seen a day or two apart from country to country.
    """

    country: str
    name: str
    offset: int = 0
    until: str = ""
    by_month: bool = False


DayRule: TypeAlias = Fixed | FixedSpan | NthWeekday | Easter | Library


class Holiday(NamedTuple):
    """A named day: its name forms, its rule, and other countries' rules (``by_country``)."""

    key: str
    names: tuple[str, ...]
    rule: DayRule
    by_country: tuple[tuple[str, DayRule], ...] = ()


_A: Final = "['’]?"  # an optional apostrophe: "new year's", "new years"
_DAY: Final = r"(?:\s{1,3}day)?"

#: The named days, the most common in news first.
HOLIDAYS: Final[tuple[Holiday, ...]] = (
    # --- fixed days
    Holiday("christmas", (rf"christmas{_DAY}(?!\s{{1,3}}(?:island|eve))", "xmas", "x-mas"), Fixed(12, 25)),
    Holiday("christmas_eve", ("christmas eve",), Fixed(12, 24)),
    Holiday("boxing_day", ("boxing day",), Fixed(12, 26)),
    Holiday("new_years_eve", (rf"new\s{{1,3}}year{_A}s{_A}\s{{1,3}}eve",), Fixed(12, 31)),
    Holiday("new_years_day", (rf"new\s{{1,3}}year{_A}s{_A}\s{{1,3}}day",), Fixed(1, 1)),
    Holiday(
        "valentines_day",
        (
            rf"valentine{_A}s?{_A}\s{{1,3}}day",
            rf"st\.?\s{{1,3}}valentine{_A}s?{_A}\s{{1,3}}day",
            rf"saint\s{{1,3}}valentine{_A}s?{_A}\s{{1,3}}day",
        ),
        Fixed(2, 14),
    ),
    Holiday("halloween", ("halloween", "hallowe'en"), Fixed(10, 31)),
    Holiday(
        "st_patricks_day",
        (
            rf"st\.?\s{{1,3}}(?:patrick|paddy){_A}s?{_A}\s{{1,3}}day",
            rf"saint\s{{1,3}}(?:patrick|paddy){_A}s?{_A}\s{{1,3}}day",
        ),
        Fixed(3, 17),
    ),
    Holiday("ides_of_march", (r"ides\s{1,3}of\s{1,3}march",), Fixed(3, 15)),
    Holiday("world_vegan_day", (r"world\s{1,3}vegan\s{1,3}day",), Fixed(11, 1)),
    Holiday("singles_day", (rf"singles{_A}\s{{1,3}}day", "double eleven"), Fixed(11, 11)),
    Holiday("juneteenth", ("juneteenth",), Fixed(6, 19)),
    Holiday("veterans_day", (rf"veterans{_A}\s{{1,3}}day", r"armistice\s{1,3}day"), Fixed(11, 11)),
    Holiday("bastille_day", (r"bastille\s{1,3}day",), Fixed(7, 14)),
    Holiday("bosss_day", (rf"boss{_A}s?{_A}\s{{1,3}}day",), Fixed(10, 16, "weekday")),
    Holiday("kings_day", ("koningsdag", rf"king{_A}s\s{{1,3}}day"), Fixed(4, 27, "not_sunday")),
    Holiday(
        "independence_day",
        (r"independence\s{1,3}day",),
        Fixed(7, 4),
        (
            ("US", Fixed(7, 4)),
            ("IN", Fixed(8, 15)),
            ("PK", Fixed(8, 14)),
            ("ID", Fixed(8, 17)),
            ("MX", Fixed(9, 16)),
            ("BR", Fixed(9, 7)),
            ("UA", Fixed(8, 24)),
            ("PH", Fixed(6, 12)),
            ("BD", Fixed(3, 26)),
            ("GH", Fixed(3, 6)),
            ("KE", Fixed(12, 12)),
            ("LK", Fixed(2, 4)),
        ),
    ),
    Holiday(
        "golden_week",
        (r"golden\s{1,3}week",),
        FixedSpan(4, 29, 5, 5),
        (("JP", FixedSpan(4, 29, 5, 5)), ("CN", FixedSpan(10, 1, 10, 7))),
    ),
    # --- the n-th weekday of a month (US federal holidays and the retail days after Thanksgiving)
    Holiday("thanksgiving", (rf"thanksgiving{_DAY}",), NthWeekday(11, 3, 4)),
    Holiday("black_friday", (r"black\s{1,3}friday",), NthWeekday(11, 3, 4, 1)),
    Holiday("cyber_monday", (r"cyber\s{1,3}monday",), NthWeekday(11, 3, 4, 4)),
    Holiday(
        "mlk_day",
        (
            rf"mlk(?:\s{{1,3}}jr\.?)?(?:{_A}s)?\s{{1,3}}day",
            rf"martin\s{{1,3}}luther\s{{1,3}}king(?:\s{{1,3}}jr\.?)?(?:{_A}s)?\s{{1,3}}day",
            r"civil\s{1,3}rights\s{1,3}day",
        ),
        NthWeekday(1, 0, 3),
    ),
    Holiday(
        "presidents_day",
        (rf"presidents{_A}\s{{1,3}}day",),
        NthWeekday(2, 0, 3),
    ),
    Holiday("memorial_day", (r"memorial\s{1,3}day",), NthWeekday(5, 0, -1)),
    Holiday(
        "labor_day",
        (r"labou?r\s{1,3}day",),
        NthWeekday(9, 0, 1),
        (("US", NthWeekday(9, 0, 1)), ("CA", NthWeekday(9, 0, 1)), ("*", Fixed(5, 1))),
    ),
    Holiday("columbus_day", (r"columbus\s{1,3}day",), NthWeekday(10, 0, 2)),
    Holiday("mothers_day", (rf"mother{_A}s{_A}\s{{1,3}}day",), NthWeekday(5, 6, 2)),
    Holiday("fathers_day", (rf"father{_A}s{_A}\s{{1,3}}day",), NthWeekday(6, 6, 3)),
    # --- Easter and the days counted from it
    Holiday(
        "easter",
        (r"easter(?:\s{1,3}sunday)?(?!\s{1,3}(?:island|monday|mon\b|rising|egg|bunny))",),
        Easter(0),
    ),
    Holiday("easter_monday", (r"easter\s{1,3}mon(?:day|\.)?",), Easter(1)),
    Holiday(
        "good_friday",
        (r"good\s{1,3}friday(?!\s{1,3}(?:peace\s{1,3})?(?:agreement|accord|deal))",),
        Easter(-2),
    ),
    Holiday("holy_saturday", (r"holy\s{1,3}saturday",), Easter(-1)),
    Holiday(
        "maundy_thursday",
        (
            r"maundy\s{1,3}thursday",
            r"holy\s{1,3}thursday",
            r"covenant\s{1,3}thu(?:rsday)?",
            r"thu(?:rsday)?\s{1,3}of\s{1,3}mysteries",
        ),
        Easter(-3),
    ),
    Holiday("palm_sunday", (r"palm\s{1,3}sunday", r"branch\s{1,3}sunday"), Easter(-7)),
    Holiday(
        "mardi_gras",
        (r"mardi\s{1,3}gras", r"pancake\s{1,3}(?:day|tuesday)", r"shrove\s{1,3}tuesday"),
        Easter(-47),
    ),
    Holiday("ash_wednesday", (r"ash\s{1,3}wednesday",), Easter(-46)),
    Holiday("ascension_day", (r"ascension\s{1,3}(?:day|thursday)",), Easter(39)),
    Holiday("pentecost", ("pentecost", r"whit(?:e)?\s{1,3}sunday"), Easter(49)),
    Holiday(
        "whit_monday",
        (
            r"whit(?:e)?\s{1,3}monday",
            r"pentecost\s{1,3}monday",
            r"monday\s{1,3}of\s{1,3}the\s{1,3}holy\s{1,3}spirit",
        ),
        Easter(50),
    ),
    Holiday("trinity_sunday", (r"trinity\s{1,3}sunday",), Easter(56)),
    Holiday(
        "corpus_christi",
        (
            r"feast\s{1,3}of\s{1,3}corpus\s{1,3}christi",
            r"corpus\s{1,3}christi(?=\s{1,3}(?:holidays?|day|feast))",
        ),
        Easter(60),
    ),
    Holiday(
        "orthodox_easter", (r"orthodox\s{1,3}easter(?:\s{1,3}sunday)?", "pascha"), Easter(0, orthodox=True)
    ),
    Holiday(
        "orthodox_good_friday", (r"orthodox\s{1,3}(?:good|great)\s{1,3}friday",), Easter(-2, orthodox=True)
    ),
    Holiday(
        "clean_monday",
        (r"clean\s{1,3}monday", r"orthodox\s{1,3}shrove\s{1,3}monday"),
        Easter(-48, orthodox=True),
    ),
    Holiday("lazarus_saturday", (r"lazarus\s{1,3}saturday",), Easter(-8, orthodox=True)),
    # --- Chinese and other East Asian lunisolar days
    Holiday(
        "lunar_new_year",
        (
            rf"lunar\s{{1,3}}new\s{{1,3}}year(?:{_A}s?{_A}(?:\s{{1,3}}day)?)?",
            rf"chinese\s{{1,3}}lunar\s{{1,3}}new\s{{1,3}}year(?:{_A}s?{_A}(?:\s{{1,3}}day)?)?",
            rf"chinese\s{{1,3}}new\s{{1,3}}year(?:{_A}s?{_A}(?:\s{{1,3}}day)?)?",
            r"spring\s{1,3}festival",
        ),
        Library("CN", "Chinese New Year (Spring Festival)"),
    ),
    Holiday(
        "tet",
        (
            r"tet\s{1,3}(?:holidays?|festival|celebrations?|break)",
            r"tet(?=,?\s{1,3}(?:(?:of|in)\s{1,3})?(?:19|20)\d\d)",
        ),
        Library("VN", "Lunar New Year"),
    ),
    Holiday(
        "mid_autumn",
        (r"mid-?\s?autumn\s{1,3}festival", r"moon\s{1,3}festival"),
        Library("CN", "Mid-Autumn Festival"),
    ),
    Holiday("dragon_boat", (r"dragon\s{1,3}boat\s{1,3}festival",), Library("CN", "Dragon Boat Festival")),
    Holiday(
        "qingming",
        (r"qingming(?:\s{1,3}festival)?", r"tomb-?\s?sweeping\s{1,3}(?:day|festival)"),
        Library("CN", "Tomb-Sweeping Day"),
    ),
    # --- Islamic (Hijri) days
    Holiday(
        "ramadan",
        ("ramadan", "ramazan"),
        Library("AF", "First Day of Ramadan", until="Eid al-Fitr", by_month=True),
    ),
    Holiday(
        "eid_al_fitr",
        (
            r"eid[\s-]{1,3}(?:al|ul|el)[\s-]{1,3}fitr?",
            r"id[\s-]{1,3}(?:al|ul|el)[\s-]{1,3}fitr?",
            r"eid[\s-]{1,3}fitr",
            r"eidul[\s-]{1,3}fitr",
            r"hari\s{1,3}raya(?:\s{1,3}(?:aidilfitri|puasa))?",
            "lebaran",
        ),
        Library("AF", "Eid al-Fitr"),
    ),
    Holiday(
        "eid_al_adha",
        (
            r"eid[\s-]{1,3}(?:al|ul|el)[\s-]{1,3}ad[hz]a",
            r"id[\s-]{1,3}(?:al|ul|el)[\s-]{1,3}ad[hz]a",
            r"bakr[\s-]?id",
            "bakrid",
            r"feast\s{1,3}of\s{1,3}(?:the\s{1,3})?sacrifice",
            r"sacrifice\s{1,3}feast",
            r"kurban\s{1,3}bayram[iı]?",
        ),
        Library("JO", "Eid al-Adha"),
    ),
    Holiday(
        "laylat_al_qadr",
        (
            r"laylat[\s-]{1,3}al[\s-]{1,3}[qk]adr",
            r"night\s{1,3}of\s{1,3}(?:power|measures|destiny)(?!\s{1,3}(?:cuts?|outages?|failures?|shortages?|supply))",
        ),
        Library("GM", "Laylat al-Qadr"),
    ),
    Holiday(
        "jumuatul_wida",
        (r"jamat[\s-]{1,3}ul[\s-]{1,3}vida", rf"jumu{_A}atul[\s-]{{1,3}}wida"),
        Library("BD", "Jumu'atul-Wida"),
    ),
    Holiday(
        "islamic_new_year",
        (r"islamic\s{1,3}new\s{1,3}year", r"hijri\s{1,3}new\s{1,3}year", r"amun\s{1,3}jadid"),
        Library("MA", "Islamic New Year"),
    ),
    Holiday("ashura", (r"day\s{1,3}of\s{1,3}ashura", "ashura"), Library("DZ", "Ashura")),
    Holiday(
        "mawlid",
        (
            r"mawlid(?:[\s-]{1,3}al[\s-]{1,3}nab[ai]wi)?",
            r"milad[\s-]{1,3}un[\s-]{1,3}nabi",
            rf"prophet{_A}s\s{{1,3}}birthday",
        ),
        Library("JO", "Prophet's Birthday"),
    ),
    Holiday(
        "isra_miraj",
        (
            rf"isra{_A}?\s{{1,3}}(?:and|&)\s{{1,3}}mi{_A}raj",
            rf"the\s{{1,3}}prophet{_A}s\s{{1,3}}ascension",
            rf"prophet{_A}s\s{{1,3}}ascension",
            r"the\s{1,3}night\s{1,3}journey",
            r"ascension\s{1,3}to\s{1,3}heaven",
        ),
        Library("JO", "Isra' and Mi'raj"),
    ),
    # --- Jewish (Hebrew calendar) days, as Israel keeps them
    Holiday("rosh_hashanah", (r"rosh\s{1,3}hashana(?:h)?",), Library("IL", "Rosh Hashanah")),
    Holiday("yom_kippur", (r"yom\s{1,3}kippur",), Library("IL", "Yom Kippur")),
    Holiday("passover", ("passover", "pesach"), Library("IL", "Pesach")),
    Holiday("hanukkah", ("hanukkah", "chanukah", "hanukah"), Library("IL", "Hanukkah")),
    Holiday("purim", ("purim",), Library("IL", "Purim")),
    Holiday("shavuot", ("shavuot",), Library("IL", "Shavuot")),
    Holiday("sukkot", ("sukkot",), Library("IL", "Sukkot")),
    # --- Hindu, Sikh and Jain days, as India's calendar gives them
    Holiday("diwali", ("diwali", "deepavali", "divali", r"lakshmi\s{1,3}puja"), Library("IN", "Diwali")),
    Holiday("dhanteras", ("dhanteras", "dhanatrayodashi"), Library("IN", "Diwali", -2)),
    Holiday(
        "naraka_chaturdashi",
        (r"kali\s{1,3}chaudas", r"cho?ti\s{1,3}diwali", r"naraka\s{1,3}chaturdashi"),
        Library("IN", "Diwali", -1),
    ),
    Holiday("govardhan_puja", (r"govardhan\s{1,3}puja",), Library("IN", "Govardhan Puja")),
    Holiday("bhai_dooj", (r"bhai(?:ya)?\s{1,3}d(?:oo|u)j",), Library("IN", "Bhai Duj")),
    Holiday("holi", ("holi", "dhulandi", "phagwah"), Library("IN", "Holi")),
    Holiday(
        "holika_dahan",
        (r"holika\s{1,3}dahan", r"chh?oti\s{1,3}holi", r"kamudu\s{1,3}pyre"),
        Library("IN", "Holika Dahan"),
    ),
    Holiday("dussehra", ("dussehra", "dasara", "vijayadashami"), Library("IN", "Dussehra")),
    Holiday("maha_saptami", (r"maha\s{1,3}saptami",), Library("IN", "Dussehra (Saptami)")),
    Holiday("maha_ashtami", (r"maha\s{1,3}ashtami",), Library("IN", "Dussehra (Mahashtami)")),
    Holiday("maha_navami", (r"maha\s{1,3}navami",), Library("IN", "Dussehra (Mahanavami)")),
    Holiday("karva_chauth", (r"kar[vw]a\s{1,3}chauth",), Library("IN", "Karaka Chaturthi (Karwa Chouth)")),
    Holiday("rath_yatra", (r"ratha?[\s-]yatra",), Library("IN", "Rath Yatra")),
    Holiday("raksha_bandhan", ("rakhi", r"raksha\s{1,3}bandhan"), Library("IN", "Raksha Bandhan")),
    Holiday(
        "mahavir_jayanti",
        (r"mahav[ie]e?r\s{1,3}jayanti", r"mahaveer\s{1,3}janma\s{1,3}kalyanak"),
        Library("IN", "Mahavira's Birthday"),
    ),
    Holiday(
        "maha_shivaratri", (r"maha\s{1,3}shivar[a]?tri", "mahashivratri"), Library("IN", "Maha Shivaratri")
    ),
    Holiday(
        "basant_panchami",
        (r"basant\s{1,3}panchami", r"vasant\s{1,3}panchami", r"saraswati\s{1,3}jayanti"),
        Library("IN", "Basant Panchami / Shri Panchami"),
    ),
    Holiday("pongal", ("pongal", "thai pongal"), Library("IN", "Pongal")),
    Holiday("bhogi", (r"bh?ogi(?:\s{1,3}pandigai)?(?=\s{1,3}(?:pandigai|\d))",), Library("IN", "Pongal", -1)),
    Holiday("mattu_pongal", (r"maa?ttu\s{1,3}pongal",), Library("IN", "Pongal", 1)),
    Holiday("kaanum_pongal", (r"kaanum\s{1,3}pongal", r"kanni\s{1,3}pongal"), Library("IN", "Pongal", 2)),
    Holiday(
        "makar_sankranti",
        (r"makara?\s{1,3}sankranth?i", r"maghi(?=\s{1,3}(?:in\s{1,3})?\d)"),
        Library("IN", "Makar Sankranti"),
    ),
    Holiday("vaisakhi", ("vaisakhi", "baisakhi", "vasakhi", "vaishakhi"), Library("IN", "Vaisakhi")),
    Holiday("onam", ("onam", r"thiru\s{1,3}onam", "thiruvonam"), Library("IN", "Onam")),
    Holiday(
        "janmashtami",
        (r"krishna\s{1,3}janmashtami", "janmashtami", "gokulashtami"),
        Library("IN", "Janmashtami (Vaishnava)"),
    ),
    Holiday(
        "parsi_new_year",
        (r"parsi\s{1,3}new\s{1,3}year", r"jamshedi\s{1,3}navroz"),
        Library("IN", "Parsi New Year"),
    ),
    Holiday(
        "vesak",
        ("vesak", "vaisakha", r"buddha\s{1,3}(?:day|purnima|jayanti)", rf"buddha{_A}s\s{{1,3}}birthday"),
        Library("SG", "Vesak Day"),
    ),
    Holiday(
        "guru_gobind_singh_jayanti",
        (r"guru\s{1,3}go[bv]ind\s{1,3}singh(?:\s{1,3}ji)?\s{1,3}(?:jayanti|birthday)",),
        Library("IN", "Guru Gobind Singh's Birthday"),
    ),
    Holiday(
        "guru_nanak_jayanti",
        (r"guru\s{1,3}nanak\s{1,3}(?:jayanti|birthday)", "gurpurab"),
        Library("IN", "Guru Nanak's Birthday"),
    ),
    Holiday(
        "rabindra_jayanti",
        (r"rabindra(?:nath)?\s{1,3}jayanti",),
        Library("IN", "Guru Rabindranath's Birthday"),
    ),
    Holiday(
        "guru_ravidas_jayanti",
        (r"guru\s{1,3}ravidass?\s{1,3}(?:jayanti|birthday)",),
        Library("IN", "Guru Ravi Das's Birthday"),
    ),
    Holiday(
        "valmiki_jayanti",
        (r"maharishi\s{1,3}valmiki\s{1,3}jayanti", r"valmiki\s{1,3}jayanti", r"pargat\s{1,3}diwas"),
        Library("IN", "Maharishi Valmiki's Birthday"),
    ),
    Holiday(
        "ganesh_chaturthi",
        (r"ganesh\s{1,3}chaturthi", r"vinayaka?\s{1,3}chaturthi"),
        Library("IN", "Ganesh Chaturthi / Vinayak Chaturthi"),
    ),
    Holiday("ram_navami", (r"ram[a]?\s{1,3}navami",), Library("IN", "Ram Navami")),
    Holiday(
        "ugadi",
        ("ugadi", "yugadi", "samvatsaradi", r"chaitra\s{1,3}sukh?ladi", r"gudi\s{1,3}padwa"),
        Library("IN", "Ugadi"),
    ),
    Holiday(
        "chhath",
        (r"chhath(?:\s{1,3}puja)?", r"dala\s{1,3}puja", r"surya\s{1,3}shashthi"),
        Library("IN", "Pratihar Shashthi or Surya Shashthi (Chhath Puja)"),
    ),
)

#: Cue words of the countries whose days differ ("Independence Day"), on lower-cased text.
COUNTRY_CUES: Final = {
    "US": r"u\.s\.|united\s{1,3}states|america|american|americans|washington",
    "IN": r"india|indian|indians|new\s{1,3}delhi",
    "PK": r"pakistan|pakistani|pakistanis|islamabad",
    "ID": r"indonesia|indonesian|indonesians|jakarta",
    "MX": r"mexico|mexican|mexicans",
    "BR": r"brazil|brazilian|brazilians",
    "UA": r"ukraine|ukrainian|ukrainians|kyiv|kiev",
    "PH": r"philippines|philippine|filipino|filipinos|manila",
    "BD": r"bangladesh|bangladeshi|dhaka",
    "GH": r"ghana|ghanaian|accra",
    "KE": r"kenya|kenyan|nairobi",
    "LK": r"sri\s{1,3}lanka|sri\s{1,3}lankan|colombo",
    "JP": r"japan|japanese|tokyo",
    "CN": r"china|chinese|beijing|shanghai",
    "CA": r"canada|canadian|canadians|ottawa",
    "GB": r"britain|british|u\.k\.|london",
    "AU": r"australia|australian|australians",
}

#: Words of which every name holds one (at a word start; "holi" cues "holika" too), that open a
#: window of text for the date scanner; names holding "new year" are looked for in every text
#: that holds it. A test checks that every holiday's name forms are cued.
CUES: Final = (
    "christmas xmas x-mas hallowe boxing valentine patrick paddy ides vegan singles double "
    "juneteenth veterans armistice bastille boss koningsdag king independence golden thanksgiving "
    "black cyber mlk martin civil presidents memorial labor labour columbus mother father easter "
    "good holy maundy covenant mysteries palm branch mardi pancake shrove ash ascension pentecost "
    "whit trinity corpus orthodox pascha clean lazarus lunar spring tet autumn moon dragon qingming "
    "tomb ramadan ramazan eid fitr adha adza bakr feast sacrifice kurban hari lebaran laylat night "
    "jamat jumu amun mawlid milad prophet isra rosh yom passover pesach hanuk chanuk purim shavuot "
    "sukkot diwali deepavali divali lakshmi dhan kali choti chhoti naraka govardhan bhai holi "
    "dhulandi phagwah kamudu dussehra dasara vijayadashami maha karva karwa rath rakhi raksha "
    "saraswati basant vasant pongal bogi bhogi maattu mattu kaanum kanni makar maghi vaisakh "
    "baisakhi vasakhi vaishakhi onam thiru janmashtami gokulashtami parsi jamshedi vesak buddha guru "
    "gurpurab rabindra valmiki pargat ganesh vinayak navami ugadi yugadi samvatsaradi chaitra gudi "
    "chhath dala surya"
)
