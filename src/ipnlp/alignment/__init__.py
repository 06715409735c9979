"""Figure alignment for translation QA: pair the claims of a source document with those of its
translation and report what changed (IPN6xx).

    >>> import ipnlp
    >>> result = ipnlp.align("Loans rose 4.4% to HK$4,522 billion.", "Loans rose 4.4% to HK$452.2 billion.")
    >>> [(f.code, f.rule) for f in result.findings]
    [('IPN604', 'translated-scale-slip')]
"""

from __future__ import annotations

import hashlib
import os

from ..models import Alignment, FigurePair, Finding, Source
from ..rules.base import fingerprint
from ..view import ReportView
from .checks import ADDED, ALIGN_RULES, MISSING, PAIR_RULES, AlignRule
from .features import features
from .layout import shared_layouts
from .pairing import pair

__all__ = ["ALIGN_RULES", "align"]


def _source(text: str, path: str | os.PathLike[str] | None) -> Source:
    return Source(path=None if path is None else os.fspath(path), chars=len(text),
                  sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def _finding(rule: AlignRule, message: str, spans: list[tuple[ReportView, int, int]], path: str | None) -> Finding:
    """The finding belongs to the translation; the source's span is evidence in the other file."""
    from ..output.context import excerpt

    evidence = []
    for view, start, end in spans:
        item = view.evidence(start, end)
        item = item.model_copy(update={"context": excerpt(view.text, item),
                                       "path": None if view.path == path else view.path})
        evidence.append(item)
    return Finding(code=rule.code, rule=rule.name, severity=rule.severity, message=message, evidence=evidence,
                   fingerprint=fingerprint(rule.code, [e.text for e in evidence]), path=path)


def align(
    source: str,
    translation: str,
    *,
    source_lang: str = "en",
    translation_lang: str = "en",
    source_path: str | os.PathLike[str] | None = None,
    translation_path: str | os.PathLike[str] | None = None,
    select: tuple[str, ...] = ("ALL",),
    ignore: tuple[str, ...] = (),
) -> Alignment:
    """Align the figures of ``source`` with those of ``translation`` (texts) and check each pair.

    ``select``/``ignore`` take rule codes or prefixes as ``ipnlp check`` does (``IPN60`` ...).
    """
    from ..api import build_view

    src_view = build_view(source, path=source_path, lang=source_lang)
    tgt_view = build_view(translation, path=translation_path, lang=translation_lang)
    src_layout, tgt_layout = shared_layouts(source, translation, src_view.sections, tgt_view.sections)
    src = features(list(src_view.claims), src_layout)
    tgt = features(list(tgt_view.claims), tgt_layout)
    pairing = pair(src, tgt, text_length=max(len(source), len(translation)), blocks=src_layout.count > 1)

    from ..rules.registry import is_selected

    def wanted(rule: AlignRule) -> bool:
        return is_selected(rule, select, ignore)

    report_path = tgt_view.path
    findings: list[Finding] = []
    pairs: list[FigurePair] = []
    for i, j in sorted([*pairing.anchors, *pairing.gap_pairs]):
        a, b = src[i], tgt[j]
        problems = []
        for rule in PAIR_RULES:
            message = rule.check(a, b)
            if message is not None and wanted(rule):
                problems.append(rule)
                spans = [(tgt_view, b.claim.start, b.claim.end), (src_view, a.claim.start, a.claim.end)]
                findings.append(_finding(rule, message, spans, report_path))
        pairs.append(FigurePair(status="differs" if problems else "matched", source=a.claim, translation=b.claim))
    if wanted(MISSING):
        for i in pairing.missing:
            claim = src[i].claim
            # Located where the reader of the source sees the figure that the translation lost.
            findings.append(_finding(MISSING, MISSING.check(src[i]), [(src_view, claim.start, claim.end)],
                                     src_view.path))
    if wanted(ADDED):
        for j in pairing.added:
            claim = tgt[j].claim
            findings.append(_finding(ADDED, ADDED.check(tgt[j]), [(tgt_view, claim.start, claim.end)], report_path))
    pairs.extend(FigurePair(status="missing", source=src[i].claim, translation=None) for i in pairing.missing)
    pairs.extend(FigurePair(status="added", source=None, translation=tgt[j].claim) for j in pairing.added)
    # One defect seen from two claims (a standalone change and the same change attached to a level)
    # is reported once.
    unique = {(f.code, f.fingerprint): f for f in findings}
    findings = list(unique.values())
    # In the translation's order; a missing figure (evidence only in the source) at its source place.
    findings.sort(key=lambda f: (f.path != report_path, f.evidence[0].start, f.code))
    return Alignment(source=_source(source, source_path), translation=_source(translation, translation_path),
                     pairs=pairs, findings=findings)
