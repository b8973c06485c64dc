"""The pipeline: the registry of kinds, one pass of every kind over a text, and batching.

Each kind is one ``Kind`` record in ``REGISTRY``: its mention class, the name of its view on
``Extraction``, the loader of its scanner, its rank in arbitration, its notebook colour and
the flags and amount columns of its records. Every other table about kinds (``KINDS``, the
lazy names of ``geoecon``, the pandas frame's columns, the notebook colours) is derived from
the registry, so adding a kind is one record here, one module, and its mention class.

Each kind's scanner proposes candidate mentions over the same ``Doc`` (so the text is
normalised and its numbers read once). Candidates then compete for characters: a character
belongs to one mention. Numeric kinds claim first (money, then percentages, tonnages and
other quantities), then dates, then places, so that "$85 a barrel" is never also a year and
"Australian dollars" never also a place; within a kind the longer candidate wins, then the
earlier one (``geoecon._arbitration.resolve_overlaps``).
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Collection, Iterable, Iterator
from decimal import localcontext
from functools import cache
from typing import TYPE_CHECKING, Final, TypeAlias

import attrs

from geoecon._arbitration import resolve_overlaps
from geoecon._doc import Doc
from geoecon._mention import Date, Mention, Money, Percentage, Place, Quantity, Tonnage
from geoecon._text import check_text
from geoecon.numerals import CONTEXT
from geoecon.options import reference_day

if TYPE_CHECKING:
    from geoecon.options import Options

__all__ = [
    "BATCH",
    "BY_NAME",
    "KINDS",
    "RANKS",
    "REGISTRY",
    "Kind",
    "KindsArg",
    "Scanner",
    "claim_order",
    "kind_name",
    "kind_names",
    "mentions_in",
    "scanners",
    "stream",
]

#: What ``kinds=`` takes: one kind or a collection of kinds, by name, plural name or class.
KindsArg: TypeAlias = "str | type[Mention] | Collection[str | type[Mention]] | None"
#: A kind's pipeline hook: every candidate mention of the kind in one ``Doc``.
Scanner = Callable[[Doc], list[Mention]]


@attrs.frozen(kw_only=True)
class Kind:
    """One kind of mention, as the pipeline, the result and its views know it.

    Attributes:
        name: The kind's name, as in ``kinds=`` and in records (``"money"``); the
            ``kind`` of its mention class.
        mention: Its mention class (``Money``).
        view: The name of its view on ``Extraction`` (``"percentages"``); its public
            functions are ``find_<view>`` and ``parse_<name>`` in ``module``.
        module: The public module of its ``find_*`` and ``parse_*`` (``"geoecon.tonnage"``).
        load: Returns its scanner, importing the kind's module on first use (a plain
            ``from geoecon.money import ...`` inside, so that ``import geoecon`` stays cheap
            and a type checker sees the call).
        rank: Its rank in arbitration: a lower rank claims characters first.
        colour: Its highlight in a notebook (a CSS colour).
        flags: The boolean fields of its records (``"approx"``, ``"relative"``...).
        amounts: The fields of its records that hold a decimal number (``"tonnes"``...).

    >>> BY_NAME["tonnage"].view, BY_NAME["tonnage"].rank
    ('tonnages', 2)
    """

    name: str
    mention: type[Mention]
    view: str
    module: str
    load: Callable[[], Scanner]
    rank: int
    colour: str
    flags: frozenset[str] = frozenset()
    amounts: frozenset[str] = frozenset()

    def __attrs_post_init__(self) -> None:
        if self.mention.kind != self.name:
            msg = f"kind {self.name!r} has the mention class {self.mention.__name__} of {self.mention.kind!r}"
            raise ValueError(msg)

    @property
    def finder(self) -> str:
        """The name of its public ``find_*`` function (``"find_percentages"``)."""
        return f"find_{self.view}"

    @property
    def parser(self) -> str:
        """The name of its public ``parse_*`` function (``"parse_percentage"``)."""
        return f"parse_{self.name}"


# The loaders: each kind is imported on first use, so that `import geoecon` stays cheap.
def _money() -> Scanner:
    from geoecon.money import _scan  # noqa: PLC0415

    return _scan


def _percentages() -> Scanner:
    from geoecon.percentages import _scan  # noqa: PLC0415

    return _scan


def _tonnage() -> Scanner:
    from geoecon.tonnage import _scan  # noqa: PLC0415

    return _scan


def _quantities() -> Scanner:
    from geoecon.quantities import _scan  # noqa: PLC0415

    return _scan


def _dates() -> Scanner:
    from geoecon.dates import _scan  # noqa: PLC0415

    return _scan


def _places() -> Scanner:
    from geoecon.places import _scan  # noqa: PLC0415

    return _scan


_NUMERIC_FLAGS: Final = frozenset({"approx", "vague"})
_RANGE: Final = frozenset({"low", "high"})

#: Every kind, one record each (in claim order, which ``rank`` states).
REGISTRY: Final = (
    Kind(
        name="money", mention=Money, view="money", module="geoecon.money", load=_money, rank=0,
        colour="#c6f0c2", flags=_NUMERIC_FLAGS | {"currency_assumed"}, amounts=_RANGE | {"amount"},
    ),
    Kind(
        name="percentage", mention=Percentage, view="percentages", module="geoecon.percentages",
        load=_percentages, rank=1, colour="#fde2a7", flags=_NUMERIC_FLAGS, amounts=_RANGE | {"value"},
    ),
    Kind(
        name="tonnage", mention=Tonnage, view="tonnages", module="geoecon.tonnage", load=_tonnage,
        rank=2, colour="#cfe3ff", flags=_NUMERIC_FLAGS, amounts=_RANGE | {"tonnes"},
    ),
    Kind(
        name="quantity", mention=Quantity, view="quantities", module="geoecon.quantities",
        load=_quantities, rank=3, colour="#e0d4ff", flags=_NUMERIC_FLAGS, amounts=_RANGE | {"value"},
    ),
    Kind(
        name="date", mention=Date, view="dates", module="geoecon.dates", load=_dates, rank=4,
        colour="#ffd1dc", flags=frozenset({"relative"}),
    ),
    Kind(
        name="place", mention=Place, view="places", module="geoecon.places", load=_places, rank=5,
        colour="#d7f5f5", flags=frozenset({"demonym", "disputed"}),
    ),
)  # fmt: skip


def claim_order(kinds: Iterable[Kind]) -> tuple[Kind, ...]:
    """The kinds sorted by rank; a ``ValueError`` if two share a name or a rank.

    >>> [kind.name for kind in claim_order(reversed(REGISTRY))][:2]
    ['money', 'percentage']
    """
    ordered = tuple(sorted(kinds, key=operator.attrgetter("rank")))
    for field in ("name", "rank", "view"):
        values = [getattr(kind, field) for kind in ordered]
        if len(set(values)) != len(values):
            msg = f"two kinds share a {field}: {values!r}"
            raise ValueError(msg)
    return ordered


#: Every kind's name, in the order in which they claim characters.
KINDS: Final = tuple(kind.name for kind in claim_order(REGISTRY))
#: Each kind's record by name.
BY_NAME: Final = {kind.name: kind for kind in REGISTRY}
#: Each kind's rank in arbitration by name (``resolve_overlaps``'s priority).
RANKS: Final = {kind.name: kind.rank for kind in REGISTRY}
#: Each kind's name by the plural name of its view ("places"), for ``kinds=``.
_BY_VIEW: Final = {kind.view: kind.name for kind in REGISTRY}


def kind_name(kind: str | type[Mention]) -> str:
    """The name of one kind given by its name, its view's plural name or its class.

    >>> kind_name("places"), kind_name("money"), kind_name(Place)
    ('place', 'money', 'place')
    >>> kind_name("weather")
    Traceback (most recent call last):
    ...
    ValueError: kinds must name kinds from ('money', 'percentage', 'tonnage', 'quantity', 'date', 'place'), got 'weather'
    """  # noqa: E501 - a doctest's output is one line
    if isinstance(kind, type) and issubclass(kind, Mention):
        name = kind.kind
    elif isinstance(kind, str):
        name = _BY_VIEW.get(kind, kind)
    else:
        name = ""
    if name not in BY_NAME:
        msg = f"kinds must name kinds from {KINDS!r}, got {kind!r}"
        raise ValueError(msg)
    return name


def kind_names(kinds: KindsArg) -> tuple[str, ...]:
    """The names of the kinds asked for by ``kinds=``, in claim order.

    ``kinds`` is one kind or a collection of kinds, each a name (``"place"``), the plural
    name of its view on ``Extraction`` (``"places"``) or its class (``Place``).

    >>> kind_names(None) == KINDS
    True
    >>> kind_names([Place, "money"])
    ('money', 'place')
    >>> kind_names("places"), kind_names(Money), kind_names({"dates", "percentages"})
    (('place',), ('money',), ('percentage', 'date'))
    >>> kind_names({"weather"})
    Traceback (most recent call last):
    ...
    ValueError: kinds must name kinds from ('money', 'percentage', 'tonnage', 'quantity', 'date', 'place'), got 'weather'
    """  # noqa: E501 - a doctest's output is one line
    if kinds is None:
        return KINDS
    if isinstance(kinds, (str, type)):
        kinds = (kinds,)
    if not isinstance(kinds, Collection):
        msg = f"kinds must be a kind or a collection of kind names or classes from {KINDS!r}, not {kinds!r}"
        raise TypeError(msg)
    names = {kind_name(kind) for kind in kinds}
    return tuple(k for k in KINDS if k in names)


@cache
def scanners(names: tuple[str, ...]) -> tuple[Scanner, ...]:
    """The scanners of the kinds named (each kind's module imported on first use)."""
    return tuple(BY_NAME[name].load() for name in names)


def mentions_in(doc: Doc, scans: Iterable[Scanner]) -> tuple[Mention, ...]:
    """Every mention that ``scans`` find in ``doc``, sorted by offset and non-overlapping.

    >>> [m.text for m in mentions_in(Doc("Oil at $85 a barrel"), scanners(KINDS))]
    ['$85 a barrel']
    """
    candidates: list[Mention] = []
    with localcontext(CONTEXT):
        for scan in scans:
            candidates.extend(scan(doc))
    return resolve_overlaps(candidates, RANKS)


#: How many texts ``extract_many`` reads together, kind by kind.
BATCH: Final = 32


def _dated_doc(item: object, index: int, options: Options, dated: dict[dt.date | str | None, Options]) -> Doc:
    """The ``Doc`` of an item of ``extract_many`` (a pair); a ``TypeError`` naming a bad one.

    ``dated`` keeps one ``Options`` per reference date seen.
    """
    name = f"texts[{index}]"
    if not (isinstance(item, tuple) and len(item) == 2):
        return Doc(check_text(item, name), options)  # a str passes; anything else raises
    text: object = item[0]
    day: object = item[1]
    day = reference_day(day, f"{name}[1], the reference date,")  # as Options reads it
    if day not in dated:
        dated[day] = attrs.evolve(options, reference_date=day)
    return Doc(check_text(text, f"{name}[0]"), dated[day])


def stream(
    texts: Iterator[str | tuple[str, dt.date | str | None]], options: Options, scans: tuple[Scanner, ...]
) -> Iterator[tuple[Doc, tuple[Mention, ...]]]:
    """Each text's ``Doc`` and mentions, in order, read ``BATCH`` texts at a time.

    Each kind runs over the whole batch before the next kind (the way spaCy's ``nlp.pipe``
    streams documents); a text is taken from ``texts`` only when its batch is read. An item
    is a ``str`` or a ``(text, reference_date)`` pair; a bad one raises a ``TypeError``
    naming its index when it is reached.

    >>> from geoecon import Options
    >>> pairs = stream(iter(["Up 4%.", "In 2024"]), Options(), scanners(KINDS))
    >>> [[m.text for m in found] for _, found in pairs]
    [['4%'], ['2024']]
    """
    index = 0
    dated: dict[dt.date | str | None, Options] = {options.reference_date: options}
    while True:
        batch: list[Doc] = []
        for item in texts:
            batch.append(
                Doc(item, options) if isinstance(item, str) else _dated_doc(item, index, options, dated)
            )
            index += 1
            if len(batch) == BATCH:
                break
        if not batch:
            return
        found: list[list[Mention]] = [[] for _ in batch]
        # The context is left before the results are yielded: it never leaks to the caller.
        with localcontext(CONTEXT):
            for scan in scans:
                for doc, candidates in zip(batch, found, strict=True):
                    candidates.extend(scan(doc))
        results = [
            (doc, resolve_overlaps(candidates, RANKS)) for doc, candidates in zip(batch, found, strict=True)
        ]
        yield from results
