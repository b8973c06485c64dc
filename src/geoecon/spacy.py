"""The spaCy pipeline component ``"geoecon"`` (``pip install "geoecon[spacy]"``).

``nlp.add_pipe("geoecon")`` runs ``geoecon.extract`` over each ``Doc`` and puts what it found
where spaCy users look for it:

* ``doc.spans["geoecon"]``: one ``Span`` per mention, labelled with its kind in capitals
  (``MONEY``, ``PERCENTAGE``, ``TONNAGE``, ``QUANTITY``, ``DATE``, ``PLACE``), and the
  normalised mention (a ``geoecon.Money``...) on ``span._.geoecon``;
* ``doc._.geoecon``: the whole ``geoecon.Extraction`` (with its exact character offsets);
* ``doc._.geoecon_facts``: the extraction's facts, where this version of geoecon has them
  (``None`` otherwise);
* with ``ents=True``, ``doc.ents`` as well, in the labels of spaCy's English models: ``MONEY``,
  ``PERCENT``, ``QUANTITY`` (tonnages and other quantities), ``DATE``, ``GPE`` (countries,
  regions, cities) and ``LOC`` (continents and other places). An entity already in
  ``doc.ents`` (from an ``ner`` component earlier in the pipeline) is kept unless it overlaps
  a mention, which wins.

A mention's characters need not fall on spaCy's token boundaries ("$5bn" is one token for
spaCy's English tokenizer, two mentions' worth of characters elsewhere): each span is made
with ``Doc.char_span(..., alignment_mode=...)``, by default ``"expand"`` (the smallest span of
whole tokens that covers the mention). With ``"contract"`` or ``"strict"``, a mention that
cannot be aligned is left out of ``doc.spans`` and ``doc.ents`` (it stays in ``doc._.geoecon``).
Spans that overlap after alignment are kept in ``doc.spans`` (a span group allows overlaps)
and resolved for ``doc.ents`` by ``spacy.util.filter_spans`` (the longer, then the earlier).

The factory is registered when this module is imported, which spaCy does by itself through the
``spacy_factories`` entry point of the installed package: ``nlp.add_pipe("geoecon")`` needs no
import of ``geoecon.spacy`` first.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("geoecon", config={"reference_date": "2025-02-24", "ents": True})
>>> doc = nlp("Russian aluminum exports fell to $2.3 million in 2024.")
>>> [(span.text, span.label_) for span in doc.spans["geoecon"]]
[('Russian', 'PLACE'), ('$2.3 million', 'MONEY'), ('2024', 'DATE')]
>>> doc.spans["geoecon"][1]._.geoecon.amount
Decimal('2300000')
>>> [(ent.text, ent.label_) for ent in doc.ents]
[('Russian', 'GPE'), ('$2.3 million', 'MONEY'), ('2024', 'DATE')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final, Literal

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from geoecon._mention import Mention, Place, PlaceType
from geoecon.extraction import Extraction, extract_many
from geoecon.options import Options
from geoecon.pipeline import kind_names

__all__ = ["ENT_LABELS", "GeoeconComponent", "ent_label", "make_geoecon"]

Alignment = Literal["strict", "contract", "expand"]

#: The label of each kind in ``doc.ents``, as spaCy's English models name them (OntoNotes).
ENT_LABELS: Final = {
    "money": "MONEY",
    "percentage": "PERCENT",
    "tonnage": "QUANTITY",
    "quantity": "QUANTITY",
    "date": "DATE",
    "place": "GPE",
}
#: Places that OntoNotes calls ``LOC`` (not a country, region or city).
_LOC: Final = frozenset({PlaceType.CONTINENT, PlaceType.OTHER})

for _target, _name in ((Doc, "geoecon"), (Span, "geoecon")):
    if not _target.has_extension(_name):
        _target.set_extension(_name, default=None)
if not Doc.has_extension("geoecon_reference_date"):
    Doc.set_extension("geoecon_reference_date", default=None)
if not Doc.has_extension("geoecon_facts"):
    Doc.set_extension("geoecon_facts", getter=lambda doc: getattr(doc._.geoecon, "facts", None))


def ent_label(mention: Mention) -> str:
    """The ``doc.ents`` label of a mention: ``GPE`` or ``LOC`` for a place, else its kind's.

    >>> from geoecon import Place, PlaceType
    >>> ent_label(Place(start=0, end=4, text="Asia", name="Asia", country=None, type=PlaceType.CONTINENT))
    'LOC'
    """
    if isinstance(mention, Place) and mention.type in _LOC:
        return "LOC"
    return ENT_LABELS[mention.kind]


class GeoeconComponent:
    """The pipeline component: ``extract`` over each ``Doc``, its mentions as spans.

    Args:
        name: The component's name in the pipeline.
        spans_key: The key of the span group in ``doc.spans``.
        ents: Also write the mentions to ``doc.ents``.
        kinds: Only these kinds (as ``extract``'s ``kinds=``); all when ``None``.
        reference_date: The day every text was written, ISO 8601 (``"2025-02-24"``), for
            relative dates, or ``"dateline"`` to read each text's own dateline; ``None`` leaves
            them unresolved. A ``Doc`` whose ``doc._.geoecon_reference_date`` is set (a date
            or an ISO string) uses that day instead.
        country: As for ``extract`` (ISO 3166-1 alpha-2), for every text.
        currency: As for ``extract`` (ISO 4217), for every text.
        alignment_mode: How a mention is fitted to spaCy's tokens (``Doc.char_span``).
        batch_size: Texts read together by ``nlp.pipe`` (``extract_many``'s batches).
    """

    def __init__(
        self,
        name: str = "geoecon",
        *,
        spans_key: str = "geoecon",
        ents: bool = False,
        kinds: list[str] | None = None,
        reference_date: str | None = None,
        country: str | None = None,
        currency: str | None = None,
        alignment_mode: Alignment = "expand",
        batch_size: int = 64,
    ) -> None:
        if alignment_mode not in ("strict", "contract", "expand"):
            msg = f"alignment_mode must be 'strict', 'contract' or 'expand', not {alignment_mode!r}"
            raise ValueError(msg)
        self.name = name
        self.spans_key = spans_key
        self.ents = ents
        self.kinds = kind_names(kinds)
        self.options = Options(reference_date=reference_date, country=country, currency=currency)
        self.alignment_mode: Alignment = alignment_mode
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one ``Doc``."""
        (found,) = self._extract([doc])
        return self._annotate(doc, found)

    def pipe(self, stream: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Annotate a stream of ``Doc`` objects, reading ``batch_size`` texts together."""
        size = batch_size or self.batch_size
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= size:
                yield from self._annotate_all(batch)
                batch = []
        yield from self._annotate_all(batch)

    def _extract(self, docs: list[Doc]) -> Iterator[Extraction]:
        default = self.options.reference_date
        texts = [
            (doc.text, default if (day := doc._.geoecon_reference_date) is None else day) for doc in docs
        ]
        return extract_many(texts, options=self.options, kinds=self.kinds)

    def _annotate_all(self, docs: list[Doc]) -> Iterator[Doc]:
        found = self._extract(docs)
        for doc, extraction in zip(docs, found, strict=True):
            yield self._annotate(doc, extraction)

    def _annotate(self, doc: Doc, found: Extraction) -> Doc:
        doc._.geoecon = found
        spans = []
        for mention in found:
            span = doc.char_span(
                mention.start, mention.end, label=mention.kind.upper(), alignment_mode=self.alignment_mode
            )
            if span is None:  # "strict" or "contract" and no whole tokens fit the mention
                continue
            span._.geoecon = mention
            spans.append((span, mention))
        doc.spans[self.spans_key] = [span for span, _ in spans]
        if self.ents:
            ours = [Span(doc, span.start, span.end, label=ent_label(mention)) for span, mention in spans]
            kept = filter_spans(ours)
            taken = {i for span in kept for i in range(span.start, span.end)}
            theirs = [ent for ent in doc.ents if not taken.intersection(range(ent.start, ent.end))]
            doc.ents = sorted([*kept, *theirs], key=lambda span: span.start)
        return doc


@Language.factory(
    "geoecon",
    default_config={
        "spans_key": "geoecon",
        "ents": False,
        "kinds": None,
        "reference_date": None,
        "country": None,
        "currency": None,
        "alignment_mode": "expand",
        "batch_size": 64,
    },
)
def make_geoecon(  # noqa: PLR0917 - spaCy passes the config by name, the signature is its schema
    nlp: Language,
    name: str,
    spans_key: str,
    ents: bool,
    kinds: list[str] | None,
    reference_date: str | None,
    country: str | None,
    currency: str | None,
    alignment_mode: Alignment,
    batch_size: int,
) -> GeoeconComponent:
    """Build the ``"geoecon"`` component (spaCy calls it for ``nlp.add_pipe("geoecon")``)."""
    del nlp
    return GeoeconComponent(
        name,
        spans_key=spans_key,
        ents=ents,
        kinds=kinds,
        reference_date=reference_date,
        country=country,
        currency=currency,
        alignment_mode=alignment_mode,
        batch_size=batch_size,
    )
