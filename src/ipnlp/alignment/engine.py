"""The alignment engine: ``align()`` pairs the figures of a source and its translation and runs the
translation checks (IPN6xx) over the pairs."""

from __future__ import annotations

import dataclasses
import hashlib
import os

from ..models import Alignment, Claim, FigurePair, Finding, Source
from ..rules.base import fingerprint
from ..view import ReportView
from .checks import ADDED, CHANGE_RULES, FIGURE_RULES, GARBLED, MISSING, AlignRule
from .features import ClaimFeatures, features
from .items import Items, split
from .layout import Layout, shared_layouts
from .pairing import BAND, SLACK_CHARS, pair, rescue, same_change, same_figure, same_magnitude
from .presence import enumerated, garbled_numerals, numbers_in, rate_unit, stretch, written_in


def _source(text: str, path: str | os.PathLike[str] | None) -> Source:
    return Source(path=None if path is None else os.fspath(path), chars=len(text),
                  sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def _bare(item: ClaimFeatures) -> ClaimFeatures:
    return dataclasses.replace(item, claim=item.claim.model_copy(update={"yoy": None}))


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
    from ..rules.registry import is_selected

    src_view = build_view(source, path=source_path, lang=source_lang)
    tgt_view = build_view(translation, path=translation_path, lang=translation_lang)
    src_layout, tgt_layout = shared_layouts(source, translation, src_view.sections, tgt_view.sections)
    src_items, tgt_items = split(src_view.claims, source), split(tgt_view.claims, translation)
    text_length = max(len(source), len(translation))
    blocks = src_layout.count > 1

    def wanted(rule: AlignRule) -> bool:
        return is_selected(rule, select, ignore)

    report_path = tgt_view.path
    findings: list[Finding] = []
    pairs: list[FigurePair] = []
    compared: list[tuple[str, ClaimFeatures, ClaimFeatures]] = []
    unpaired: dict[str, tuple[list[ClaimFeatures], list[ClaimFeatures]]] = {}
    for aspect, left, right in (("figure", src_items.levels, tgt_items.levels),
                                ("change", src_items.changes, tgt_items.changes)):
        src, tgt = features(left, src_layout, source), features(right, tgt_layout, translation)
        pairing = pair(src, tgt, text_length=text_length, blocks=blocks,
                       same=same_figure if aspect == "figure" else same_change)
        compared.extend((aspect, src[i], tgt[j]) for i, j in sorted([*pairing.anchors, *pairing.gap_pairs]))
        unpaired[aspect] = ([src[i] for i in pairing.missing], [tgt[j] for j in pairing.added])
    # What is left on both sides is sought once more in its own paragraph, in any order: translators
    # reorder the figures of a sentence ("to 68.5% from 71.8%" / 由71.8%降至68.5%); a change stated
    # the other way round is still the same change (reported as reversed); and a change one extractor
    # reads as a level of its own ("1.8% higher than in the previous year", "(-19%)") is a change
    # (比上年提高1.8个百分点, 減少19%) to the other.
    near = BAND if blocks else min(BAND, SLACK_CHARS / max(text_length, 1))
    for left_aspect, right_aspect, same in (("figure", "figure", same_figure), ("change", "change", same_change),
                                            ("change", "change", same_magnitude),
                                            ("figure", "change", same_magnitude), ("change", "figure", same_magnitude)):
        rescued = rescue(unpaired[left_aspect][0], unpaired[right_aspect][1], band=near, blocks=blocks, same=same)
        aspect = "figure" if left_aspect == right_aspect == "figure" else "change"
        if left_aspect != right_aspect:
            # A level met as a change is compared by its own figure, not by a change it happens to carry.
            compared.extend(("change", _bare(a) if left_aspect == "figure" else a,
                             _bare(b) if right_aspect == "figure" else b) for a, b in rescued)
        else:
            compared.extend((aspect, a, b) for a, b in rescued)
        taken = {id(x) for pair_ in rescued for x in pair_}
        for name, (left, right) in unpaired.items():
            unpaired[name] = ([x for x in left if id(x) not in taken], [x for x in right if id(x) not in taken])

    def holder(items: Items, claim: Claim, aspect: str) -> Claim:
        return items.holders.get((claim.start, claim.end), claim) if aspect == "change" else claim

    def _garbled(span: tuple[int, int], item: ClaimFeatures) -> Finding:
        spans = [(tgt_view, *span), (src_view, item.claim.start, item.claim.end)]
        return _finding(GARBLED, f'"{translation[slice(*span)]}" in the translation garbles "{item.claim.text}" of '
                        "the source", spans, report_path)

    compared.sort(key=lambda item: (item[1].claim.start, item[0] != "figure"))
    for aspect, a, b in compared:
        problems = []
        for rule in FIGURE_RULES if aspect == "figure" else CHANGE_RULES:
            message = rule.check(a, b)
            if message is not None and wanted(rule):
                problems.append(rule)
                spans = [(tgt_view, b.claim.start, b.claim.end), (src_view, a.claim.start, a.claim.end)]
                findings.append(_finding(rule, message, spans, report_path))
        garbled = garbled_numerals(translation, max(0, b.claim.start - 12), min(len(translation), b.claim.end + 12),
                                   a, translation_lang) if aspect == "figure" and not problems else None
        if garbled is not None and garbled[0] < b.claim.end and b.claim.start < garbled[1] and wanted(GARBLED):
            # The translation's claim is part of a figure written garbled (一百|百分百, 109.9112.1%).
            problems.append(GARBLED)
            findings.append(_garbled(garbled, a))
        pairs.append(FigurePair(status="differs" if problems else "matched", aspect=aspect,
                                source=holder(src_items, a.claim, aspect),
                                translation=holder(tgt_items, b.claim, aspect)))
    numbers: dict[tuple[int, int, int], list[float]] = {}

    def where(item: ClaimFeatures, layout: Layout) -> tuple[int, int]:
        # Where the texts share no paragraphs, anywhere: places drift apart between languages, and a
        # wrong "missing" costs the reader more than a dropped figure whose number recurs elsewhere.
        return stretch(layout, item, BAND, blocks) if blocks else (0, layout.length)

    def written_elsewhere(item: ClaimFeatures, text: str, layout: Layout, lang: str) -> bool:
        """The item's number is written in the other text where its counterpart would be."""
        start, end = where(item, layout)
        key = (id(text), start, end)
        if key not in numbers:
            numbers[key] = numbers_in(text, start, end, lang)
        return written_in(item, numbers[key])

    for aspect, (missing, added) in unpaired.items():
        for item in missing:
            garbled = garbled_numerals(translation, *where(item, tgt_layout), item, translation_lang)
            if garbled is not None:
                # The number is there, garbled (一百百分百 for "100%", 109.9112.1% for 109.9–112.1%).
                if wanted(GARBLED):
                    findings.append(_garbled(garbled, item))
                pairs.append(FigurePair(status="missing", aspect=aspect, source=holder(src_items, item.claim, aspect),
                                        translation=None))
                continue
            unread = (written_elsewhere(item, translation, tgt_layout, translation_lang) or enumerated(item, source)
                      or rate_unit(item, source))
            if wanted(MISSING) and not unread:
                # Located where the reader of the source sees the figure that the translation lost.
                findings.append(_finding(MISSING, MISSING.check(item), [(src_view, item.claim.start, item.claim.end)],
                                         src_view.path))
            pairs.append(FigurePair(status="unpaired" if unread else "missing", aspect=aspect,
                                    source=holder(src_items, item.claim, aspect), translation=None))
        for item in added:
            unread = written_elsewhere(item, source, src_layout, source_lang)
            if wanted(ADDED) and not unread:
                findings.append(_finding(ADDED, ADDED.check(item), [(tgt_view, item.claim.start, item.claim.end)],
                                         report_path))
            pairs.append(FigurePair(status="unpaired" if unread else "added", aspect=aspect, source=None,
                                    translation=holder(tgt_items, item.claim, aspect)))
    # One defect seen from two claims is reported once; the same words wrong in two places are two defects.
    unique = {(f.code, tuple((e.path, e.start, e.end) for e in f.evidence)): f for f in findings}
    findings = list(unique.values())
    # In the translation's order; a missing figure (evidence only in the source) at its source place.
    findings.sort(key=lambda f: (f.code == MISSING.code, f.evidence[0].start, f.code))
    return Alignment(source=_source(source, source_path), translation=_source(translation, translation_path),
                     pairs=pairs, findings=findings)
