"""spaCy components that write ipnlp's sections and claims onto a ``Doc``.

Each component is ``match`` (pure: text in, ipnlp models out, the same code ``ipnlp.analyze``
runs) then ``set_annotations`` (writes spans). Values kept on the Doc are spans and plain dicts
(msgpack-friendly), never pydantic objects, so docs survive ``Doc.to_bytes`` and
``nlp.pipe(n_process>1)``:

- ``doc.spans["ipnlp_sections"]``: one span per section, labelled with its kind; ``span._.ipnlp``
  holds the section as a dict (id, kind, marker, number, title, level, parent).
- ``doc.spans["ipnlp_claims"]``: one span per claim, labelled with its unit; ``span._.ipnlp``
  holds the claim as a dict (value, unit, qualifier, yoy, period, subject, section, ...).
- Sentence boundaries from ipnlp's splitter, when no earlier component set them.

spaCy imports every ``spacy_factories`` entry point each time a ``Language`` is created, so this
module imports nothing of ipnlp at module level: ``spacy.blank("en")`` costs the same with ipnlp
installed as without. Segmentation and extraction (pydantic, the language tables) are imported when
a component is created.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from ..models import Claim
    from ..segment.sections import Segmentation

if not Span.has_extension("ipnlp"):
    Span.set_extension("ipnlp", default=None)


def _spans(doc: Doc, items, label_of) -> list[Span]:
    spans = []
    for item in items:
        span = doc.char_span(item.start, item.end, label=label_of(item), alignment_mode="expand")
        if span is not None:
            span._.ipnlp = item.model_dump(mode="json")
            spans.append(span)
    return spans


def _set_sentences(doc: Doc, segmentation: Segmentation) -> None:
    if doc.has_annotation("SENT_START") or len(doc) == 0:
        return
    starts = {start for start, _ in segmentation.sentences}
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts


class SectionsComponent:
    def __init__(self, *, spans_key: str = "ipnlp_sections", set_sentences: bool = True) -> None:
        from ..segment.sections import segment  # on creation, not on spacy.blank() (module docstring)

        self._segment = segment
        self.spans_key = spans_key
        self.set_sentences = set_sentences

    def match(self, text: str) -> Segmentation:
        return self._segment(text)

    def set_annotations(self, doc: Doc, segmentation: Segmentation) -> None:
        doc.spans[self.spans_key] = _spans(doc, segmentation.sections, lambda s: s.kind)
        if self.set_sentences:
            _set_sentences(doc, segmentation)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc.text))
        return doc


class ClaimsComponent:
    def __init__(self, *, spans_key: str = "ipnlp_claims", set_sentences: bool = True) -> None:
        from ..extract.claims import extract_claims  # on creation, not on spacy.blank() (module docstring)
        from ..segment.sections import segment
        from ..segment.table_claims import with_table_claims

        self._segment, self._extract_claims, self._with_table_claims = segment, extract_claims, with_table_claims
        self.spans_key = spans_key
        self.set_sentences = set_sentences

    def match(self, text: str) -> tuple[Segmentation, list[Claim]]:
        segmentation = self._segment(text)
        return segmentation, self._with_table_claims(text, segmentation, self._extract_claims(text, segmentation))

    def set_annotations(self, doc: Doc, result: tuple[Segmentation, list[Claim]]) -> None:
        segmentation, claims = result
        doc.spans[self.spans_key] = _spans(doc, claims, lambda c: c.unit)
        if self.set_sentences:
            _set_sentences(doc, segmentation)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc.text))
        return doc


@Language.factory("ipnlp_sections", default_config={"spans_key": "ipnlp_sections", "set_sentences": True})
def make_sections_component(nlp: Language, name: str, spans_key: str, set_sentences: bool) -> SectionsComponent:
    return SectionsComponent(spans_key=spans_key, set_sentences=set_sentences)


@Language.factory("ipnlp_claims", default_config={"spans_key": "ipnlp_claims", "set_sentences": True})
def make_claims_component(nlp: Language, name: str, spans_key: str, set_sentences: bool) -> ClaimsComponent:
    return ClaimsComponent(spans_key=spans_key, set_sentences=set_sentences)


__all__ = ["ClaimsComponent", "SectionsComponent", "make_claims_component", "make_sections_component"]
