#!/usr/bin/env python3
"""Figure alignment measured on real English<->Chinese translations, next to a digit-matching baseline.

Two measurements over the HKMA annual-report chapters in ../shared/realdocs/hkma (CC BY-NC 4.0, read
here, never shipped):

* **Human translations** (``pairs/full_data_<year>.jsonl``, English and Traditional Chinese with the
  same paragraphs in the same order). A source figure *has a counterpart* when the corresponding
  paragraph of the translation holds a figure of the same kind and the same value within rounding;
  it is *aligned* when ``ipnlp.align`` pairs it, as matched, with a figure of that paragraph. The
  share aligned is over the figures that have a counterpart (and, stricter, over all figures).
  Every finding at or above ``warning`` on a human translation is a *false mismatch* unless the
  translation really is wrong there (``tests/data/align/human_translation_errors.jsonl``, verified
  by reading); they are counted per 100 aligned figures.
* **Machine translations** (``mt/<system>.<year>.<enzh|zhen>.noterm.jsonl``, odd years English into
  Chinese, even years Chinese into English) against the number errors verified by reading
  (``tests/data/align/mt_number_errors*.jsonl``). An error is *found* when a finding's evidence
  touches its surface in the source or in the translation. Errors verified while reading ipnlp's
  own alarms (``"origin": "ipnlp-alarm"``) are counted apart; those found by reading the digit
  baseline's flags (``"baseline-flag"``) are independent of ipnlp and count with the others. A
  finding that touches no verified error is looked up in the verdicts of read alarms
  (``tests/data/align/mt_alarm_verdicts.*.jsonl``): the false-alarm rate per 100 correct source
  figures (figures ipnlp extracts from the source, minus the verified errors) counts the alarms read
  and judged false plus those not read yet (shown apart, counted false); the *strict* rate counts
  every alarm on no listed error.

The baseline is what Xbench, Verifika or the Trados Number Verifier check: every digit string of a
source segment (a paragraph when both sides have as many, else the document) must reappear in the
target segment, thousands separators and full-width digits normalised. It flags a source digit
string; it finds an error when a flag lies inside the error's source surface, and every other flag
is a false alarm, counted over the same correct figures.

usage: python scripts/align_eval.py [--hkma DIR] [--part human|mt|all] [--system S ...] [--year Y ...]
                                    [--show KIND N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ipnlp
from ipnlp.alignment.features import features, kind, same_value

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_HKMA = ROOT.parent / "shared" / "realdocs" / "hkma"
ALIGN_DATA = ROOT / "tests" / "data" / "align"
MT_ERRORS = ALIGN_DATA / "mt_number_errors.jsonl"
# Every list of verified machine-translation errors (mt_number_errors.jsonl and its supplements, such as
# mt_number_errors_zhen_more.jsonl) and every file of verdicts on read alarms (mt_alarm_verdicts.<dir>.jsonl).
MT_ERROR_GLOB = "mt_number_errors*.jsonl"
MT_VERDICT_GLOB = "mt_alarm_verdicts.*.jsonl"
HUMAN_ERRORS = ROOT / "tests" / "data" / "align" / "human_translation_errors.jsonl"
LANG = {"en": "en", "zh": "zh"}
# What a user acts on: `ipnlp align` exits 1 on these by default; IPN602 (a figure the translation
# adds, severity info) is information, counted apart.
ALARM_SEVERITIES = frozenset({"warning", "error"})
SOURCE, TRANSLATION = "source", "translation"

Span = tuple[int, int]


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class Document:
    label: str            # "2020/3 en>zh" or "MeGuMa 2020/3 zh>en"
    source: str
    target: str
    source_lang: str
    target_lang: str
    year: int
    doc: int
    system: str | None = None


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-empty lines: the segments a CAT tool shows side by side."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def human_documents(hkma: Path, years: set[int] | None) -> Iterator[Document]:
    for path in sorted((hkma / "pairs").glob("full_data_*.jsonl")):
        year = int(path.stem.rsplit("_", 1)[1])
        if years and year not in years:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            yield Document(f"{year}/{number} en>zh", row["en"], row["zh"], "en", "zh", year, number)
            yield Document(f"{year}/{number} zh>en", row["zh"], row["en"], "zh", "en", year, number)


def mt_documents(hkma: Path, years: set[int] | None, systems: set[str] | None) -> Iterator[Document]:
    for path in sorted((hkma / "mt").glob("*.noterm.jsonl")):
        system, year_text, direction = path.name.rsplit(".", 4)[:3]
        year = int(year_text)
        if (years and year not in years) or (systems and system not in systems):
            continue
        src, tgt = (direction[:2], direction[2:])
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            yield Document(f"{system} {year}/{number} {src}>{tgt}", row[src], row[tgt], src, tgt, year, number,
                           system)


# --------------------------------------------------------------------------- digit baseline

_DIGITS = re.compile(r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?")
_NORMAL = str.maketrans("０１２３４５６７８９．", "0123456789.", ",，")


def digit_strings(text: str, span: Span) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().translate(_NORMAL)) for m in _DIGITS.finditer(text, *span)]


def segments(document: Document) -> list[tuple[Span, Span]]:
    """Paragraph pairs when both sides have as many paragraphs, else the whole documents."""
    left, right = paragraphs(document.source), paragraphs(document.target)
    if len(left) == len(right):
        return list(zip(left, right, strict=True))
    return [((0, len(document.source)), (0, len(document.target)))]


def digit_baseline(document: Document) -> list[Span]:
    """Source digit strings that do not reappear in the target segment."""
    flags = []
    for src_span, tgt_span in segments(document):
        present = {digits for _, _, digits in digit_strings(document.target, tgt_span)}
        flags.extend((start, end) for start, end, digits in digit_strings(document.source, src_span)
                     if digits not in present)
    return flags


# --------------------------------------------------------------------------- ipnlp


@dataclass
class Aligned:
    alignment: ipnlp.Alignment
    # Each finding with its evidence spans, sorted out by the text they point into.
    findings: list[tuple[ipnlp.Finding, list[Span], list[Span]]] = field(default_factory=list)


def run_ipnlp(document: Document) -> Aligned:
    result = ipnlp.align(document.source, document.target, source_lang=document.source_lang,
                         translation_lang=document.target_lang, source_path=SOURCE, translation_path=TRANSLATION)
    aligned = Aligned(result)
    for finding in result.findings:
        spans: dict[str, list[Span]] = {SOURCE: [], TRANSLATION: []}
        for evidence in finding.evidence:
            spans[evidence.path or finding.path or TRANSLATION].append((evidence.start, evidence.end))
        aligned.findings.append((finding, spans[SOURCE], spans[TRANSLATION]))
    return aligned


def _overlaps(spans: list[Span], targets: list[Span]) -> bool:
    return any(a < d and c < b for a, b in spans for c, d in targets)


def _segment_index(spans: list[Span], offset: int) -> int:
    for index, (start, end) in enumerate(spans):
        if start <= offset < end:
            return index
    return -1


# --------------------------------------------------------------------------- human pairs


@dataclass
class HumanTally:
    figures: int = 0          # source figures ipnlp extracts
    with_counterpart: int = 0  # ... that have an equal figure in the corresponding paragraph
    aligned: int = 0          # ... paired, as matched, with a figure of that paragraph
    aligned_any: int = 0      # source figures paired as matched in the right paragraph, counterpart or not
    alarms: int = 0           # findings >= warning
    real: int = 0             # ... that are verified human translation errors
    missing: int = 0          # ... of them IPN601 (a figure missing), the rest are mismatches of a pair
    missing_real: int = 0
    info: int = 0
    baseline_flags: int = 0
    baseline_real: int = 0
    by_code: Counter = field(default_factory=Counter)


def load_human_errors(path: Path = HUMAN_ERRORS) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _surface_spans(text: str, surface: str, within: Span | None) -> list[Span]:
    """Where ``surface`` is in ``text``: inside ``within`` when it is there, else anywhere."""
    if not surface:
        return []
    if within is not None:
        found = text.find(surface, *within)
        if found != -1:
            return [(found, found + len(surface))]
    return [(m.start(), m.end()) for m in re.finditer(re.escape(surface), text)]


def human_pair(document: Document, tally: HumanTally, known: list[dict], alarms_out: list[dict],
               unaligned_out: list[dict]) -> None:
    aligned = run_ipnlp(document)
    src_paras, tgt_paras = paragraphs(document.source), paragraphs(document.target)
    view_src = [p.source for p in aligned.alignment.pairs if p.source is not None]
    view_tgt = [p.translation for p in aligned.alignment.pairs if p.translation is not None]
    tgt_features = features(view_tgt, len(document.target))
    tgt_by_para: dict[int, list] = defaultdict(list)
    for feature in tgt_features:
        tgt_by_para[_segment_index(tgt_paras, feature.claim.start)].append(feature)
    partner = {p.source.id: p for p in aligned.alignment.pairs if p.source is not None}
    for feature in features(view_src, len(document.source)):
        tally.figures += 1
        para = _segment_index(src_paras, feature.claim.start)
        has_counterpart = any(kind(feature.family) == kind(other.family) and same_value(feature, other)
                              for other in tgt_by_para.get(para, ()))
        pair = partner[feature.claim.id]
        right_place = (pair.status == "matched" and pair.translation is not None
                       and _segment_index(tgt_paras, pair.translation.start) == para)
        tally.with_counterpart += has_counterpart
        tally.aligned += has_counterpart and right_place
        if has_counterpart and not right_place:
            unaligned_out.append({"doc": document.label, "figure": feature.claim.text, "status": pair.status,
                                  "paired_with": pair.translation.text if pair.translation else None,
                                  "paragraph": document.source[slice(*src_paras[para])][:300],
                                  "translation": document.target[slice(*tgt_paras[para])][:300]})
        tally.aligned_any += right_place
    errors = [e for e in known if e["year"] == document.year and e["doc"] == document.doc
              and e["direction"] == f"{document.source_lang}{document.target_lang}"]
    error_spans = [(_surface_spans(document.source, e["source"], None),
                    _surface_spans(document.target, e["translation"], None)) for e in errors]
    for finding, src_spans, tgt_spans in aligned.findings:
        if finding.severity not in ALARM_SEVERITIES:
            tally.info += 1
            continue
        tally.alarms += 1
        tally.by_code[finding.code] += 1
        real = any(_overlaps(src_spans, s) or _overlaps(tgt_spans, t) for s, t in error_spans)
        tally.real += real
        if finding.code == "IPN601":
            tally.missing += 1
            tally.missing_real += real
        if not real:
            alarms_out.append({"doc": document.label, "code": finding.code, "message": finding.message,
                               "context": _contexts(document, src_spans, tgt_spans)})
    for start, end in digit_baseline(document):
        tally.baseline_flags += 1
        tally.baseline_real += any(_overlaps([(start, end)], s) for s, _ in error_spans)


def _contexts(document: Document, src_spans: list[Span], tgt_spans: list[Span], width: int = 60) -> dict:
    def around(text: str, spans: list[Span]) -> str:
        if not spans:
            return ""
        start, end = spans[0]
        return text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]

    return {"source": around(document.source, src_spans).replace("\n", " ⏎ "),
            "translation": around(document.target, tgt_spans).replace("\n", " ⏎ ")}


# --------------------------------------------------------------------------- machine translations


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_mt_errors(path: Path | None = None) -> list[dict]:
    """The verified errors: ``path``, or every mt_number_errors*.jsonl beside the main list."""
    if path is not None:
        return _jsonl(path)
    return [record for found in sorted(ALIGN_DATA.glob(MT_ERROR_GLOB)) for record in _jsonl(found)]


def verdict_key(record: dict) -> tuple:
    """What identifies a read alarm across runs: where it is, its rule, the two surfaces, and which of
    the alarms alike in all that it is (``occurrence``, 0 for the first in the document)."""
    return (record["system"], record["year"], record["direction"], record["doc"], record["paragraph"],
            record["rule"], record["source"], record.get("translation") or None, record.get("occurrence", 0))


def load_verdicts(directory: Path = ALIGN_DATA) -> dict[tuple, dict]:
    """Alarms read and judged ("error" or "false"), from every mt_alarm_verdicts.*.jsonl."""
    return {verdict_key(v): v for found in sorted(directory.glob(MT_VERDICT_GLOB)) for v in _jsonl(found)}


# Errors found by reading ipnlp's own alarms are counted apart: recall on them was 1 when they were read.
# Those found by reading the digit baseline's flags ("baseline-flag") are independent of ipnlp.
DEPENDENT_ORIGINS = frozenset({"ipnlp-alarm"})


@dataclass
class Located:
    record: dict
    source: list[Span]
    target: list[Span]


def locate(record: dict, document: Document) -> Located:
    """The error's surfaces in the source and the translation, in its paragraph when it has one."""
    src_paras, tgt_paras = paragraphs(document.source), paragraphs(document.target)
    index = record["paragraph"]
    src_within = src_paras[index] if index < len(src_paras) else None
    tgt_within = tgt_paras[index] if len(tgt_paras) == len(src_paras) and index < len(tgt_paras) else None
    return Located(record, _surface_spans(document.source, record["source"], src_within),
                   _surface_spans(document.target, record["mt"], tgt_within))


@dataclass
class MtTally:
    figures: int = 0
    errors: int = 0
    found: Counter = field(default_factory=Counter)            # by kind, ipnlp
    found_baseline: Counter = field(default_factory=Counter)   # by kind, digit baseline
    total: Counter = field(default_factory=Counter)            # by kind
    unlocated: list = field(default_factory=list)
    alarms: int = 0
    info: int = 0
    baseline_alarms: int = 0
    by_code: Counter = field(default_factory=Counter)
    missing_absent: int = 0  # unlisted IPN601 alarms whose number is nowhere in the whole translation
    # Alarms touching no listed error, sorted by what reading them said: judged false, judged an error
    # (listed in a verdicts file but not yet in an error list), or not read yet; per direction too.
    judged_false: Counter = field(default_factory=Counter)
    judged_error: Counter = field(default_factory=Counter)
    unread: Counter = field(default_factory=Counter)
    figures_by_direction: Counter = field(default_factory=Counter)
    errors_by_direction: Counter = field(default_factory=Counter)
    verdicts_used: set = field(default_factory=set)


def mt_pair(document: Document, records: list[dict], tally: MtTally, alarms_out: list[dict],
            baseline_out: list[dict], missed_out: list[dict], verdicts: dict[tuple, dict] | None = None) -> None:
    aligned = run_ipnlp(document)
    located = [locate(r, document) for r in records]
    direction = f"{document.source_lang}{document.target_lang}"
    figures = sum(p.source is not None for p in aligned.alignment.pairs)
    tally.figures += figures
    tally.errors += len(records)
    tally.figures_by_direction[direction] += figures
    tally.errors_by_direction[direction] += len(records)
    flags = digit_baseline(document)
    for item in located:
        # Records verified after ipnlp raised them are counted apart: recall on them was 1 when they were read.
        kind_ = item.record["kind"] + ("*" if item.record.get("origin") in DEPENDENT_ORIGINS else "")
        tally.total[kind_] += 1
        if not item.source and not item.target:
            tally.unlocated.append(item.record)
            continue
        hit = any(_overlaps(src, item.source) or _overlaps(tgt, item.target) for _, src, tgt in aligned.findings)
        tally.found[kind_] += hit
        tally.found_baseline[kind_] += _overlaps(flags, item.source)
        if not hit:
            missed_out.append({"doc": document.label, **item.record,
                               "nearby": [f"{f.code} {f.message}" for f, src, tgt in aligned.findings
                                          if _near(src, item.source) or _near(tgt, item.target)]})
    seen: Counter = Counter()
    for finding, src_spans, tgt_spans in aligned.findings:
        if finding.severity not in ALARM_SEVERITIES:
            tally.info += 1
            continue
        record = _record(document, src_spans, tgt_spans)
        record = {**record, "rule": finding.code, "translation": record["mt"] or None}
        record["occurrence"] = seen[verdict_key(record)]
        seen[verdict_key({**record, "occurrence": 0})] += 1
        if any(_overlaps(src_spans, item.source) or _overlaps(tgt_spans, item.target) for item in located):
            continue
        tally.alarms += 1
        tally.by_code[finding.code] += 1
        if finding.code == "IPN601":
            absent = _absent_from_translation(document, src_spans)
            tally.missing_absent += absent
        key = verdict_key(record)
        verdict = (verdicts or {}).get(key)
        if verdict is None:
            tally.unread[direction] += 1
        else:
            tally.verdicts_used.add(key)
            (tally.judged_error if verdict["verdict"] == "error" else tally.judged_false)[direction] += 1
        alarms_out.append({"doc": document.label, "code": finding.code, "message": finding.message,
                           "context": _contexts(document, src_spans, tgt_spans), "record": record,
                           "verdict": verdict["verdict"] if verdict else None})
    for start, end in flags:
        if not any(_overlaps([(start, end)], item.source) for item in located):
            tally.baseline_alarms += 1
            baseline_out.append({"doc": document.label, "context": _contexts(document, [(start, end)], [])})


def _absent_from_translation(document: Document, src_spans: list[Span]) -> bool:
    """The missing figure's number is written nowhere in the translation (in any form ipnlp reads)."""
    from ipnlp.alignment.presence import numbers_in

    if not src_spans:
        return False
    claims = ipnlp.analyze(document.source[slice(*src_spans[0])], lang=document.source_lang).claims
    if not claims:
        return False
    key = (id(document.target), document.target_lang)
    if key not in _NUMBERS:
        _NUMBERS.clear()
        _NUMBERS[key] = numbers_in(document.target, 0, len(document.target), document.target_lang)
    numbers = _NUMBERS[key]
    return all(not any(abs(abs(n) - abs(float(c.value))) <= max(0.005 * abs(float(c.value)), 1e-9) for n in numbers)
               for c in claims)


_NUMBERS: dict[tuple[int, str], list[float]] = {}


def _record(document: Document, src_spans: list[Span], tgt_spans: list[Span]) -> dict:
    """The finding in the shape of mt_number_errors.jsonl, for a reader to verify and keep."""
    src_paras, tgt_paras = paragraphs(document.source), paragraphs(document.target)
    segmented = len(src_paras) == len(tgt_paras)
    paragraph = _segment_index(src_paras, src_spans[0][0]) if segmented and src_spans else 0
    return {"system": document.system, "year": document.year,
            "direction": f"{document.source_lang}{document.target_lang}", "doc": document.doc,
            "paragraph": max(paragraph, 0),
            "source": document.source[slice(*src_spans[0])] if src_spans else "",
            "mt": document.target[slice(*tgt_spans[0])] if tgt_spans else ""}


def _near(spans: list[Span], targets: list[Span], distance: int = 200) -> bool:
    return any(a < d + distance and c < b + distance for a, b in spans for c, d in targets)


# --------------------------------------------------------------------------- report


def _rate(part: float, whole: float) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def _per100(part: float, whole: float) -> str:
    return f"{100 * part / whole:.2f}" if whole else "n/a"


def human_table(tallies: dict[str, HumanTally]) -> str:
    lines = ["| direction | figures | with counterpart | aligned share | aligned / all figures "
             "| false mismatches (IPN603–610) / 100 aligned | false 'missing' (IPN601) / 100 aligned "
             "| real differences found | digit baseline false flags / 100 aligned |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, t in tallies.items():
        false_pairs = (t.alarms - t.missing) - (t.real - t.missing_real)
        false_missing = t.missing - t.missing_real
        lines.append(f"| {name} | {t.figures} | {t.with_counterpart} | {_rate(t.aligned, t.with_counterpart)} "
                     f"| {_rate(t.aligned_any, t.figures)} | {_per100(false_pairs, t.aligned)} "
                     f"| {_per100(false_missing, t.aligned)} | {t.real} "
                     f"| {_per100(t.baseline_flags - t.baseline_real, t.aligned)} |")
    return "\n".join(lines)


def mt_table(tally: MtTally) -> str:
    kinds = sorted(tally.total, key=lambda k: (k.endswith("*"), -tally.total[k]))
    correct = tally.figures - tally.errors
    lines = ["| | " + " | ".join(f"recall {k} ({tally.total[k]})" for k in kinds)
             + " | recall, independent list | false alarms / 100 correct figures (read false + unread) "
               "| of them unread | strict / 100 correct figures |",
             "|---|" + "---|" * (len(kinds) + 4)]
    independent = [k for k in kinds if not k.endswith("*")]
    measured = sum(tally.judged_false.values()) + sum(tally.unread.values())
    # The baseline's flags are not read one by one: every flag on no listed error counts as false.
    for name, found, alarms, unread in (
            ("ipnlp align", tally.found, measured, sum(tally.unread.values())),
            ("digit baseline", tally.found_baseline, tally.baseline_alarms, tally.baseline_alarms)):
        strict = tally.alarms if name == "ipnlp align" else tally.baseline_alarms
        lines.append(f"| {name} | " + " | ".join(_rate(found[k], tally.total[k]) for k in kinds)
                     + f" | {_rate(sum(found[k] for k in independent), sum(tally.total[k] for k in independent))}"
                     + f" | {_per100(alarms, correct)} | {_per100(unread, correct)} | {_per100(strict, correct)} |")
    return "\n".join(lines)


def mt_direction_table(tally: MtTally) -> str:
    """The alarms on no listed error, per direction, by what reading them said."""
    lines = ["| direction | correct figures | alarms on no listed error | read, false | read, error not yet listed "
             "| not read | false alarms / 100 correct (read false + unread) | strict / 100 correct |",
             "|---|---|---|---|---|---|---|---|"]
    for direction in sorted(tally.figures_by_direction):
        correct = tally.figures_by_direction[direction] - tally.errors_by_direction[direction]
        false, error, unread = (tally.judged_false[direction], tally.judged_error[direction],
                                tally.unread[direction])
        lines.append(f"| {direction[:2]} > {direction[2:]} | {correct} | {false + error + unread} | {false} | {error} "
                     f"| {unread} | {_per100(false + unread, correct)} | {_per100(false + error + unread, correct)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hkma", type=Path, default=DEFAULT_HKMA)
    parser.add_argument("--part", choices=("human", "mt", "all"), default="all")
    parser.add_argument("--year", type=int, action="append")
    parser.add_argument("--system", action="append")
    parser.add_argument("--show", nargs=2, action="append", metavar=("WHAT", "N"), default=[],
                        help="print N samples of: alarms, human-alarms, unaligned, baseline, missed")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="write the samples and tallies here")
    args = parser.parse_args(argv)
    if not args.hkma.is_dir():
        print(f"align_eval: {args.hkma} not found (the HKMA reports are not shipped)", file=sys.stderr)
        return 2
    years = set(args.year or ())
    samples: dict[str, list[dict]] = {"human-alarms": [], "unaligned": [], "alarms": [], "baseline": [],
                                      "missed": []}
    out: dict[str, object] = {}
    if args.part in ("human", "all"):
        tallies: dict[str, HumanTally] = {}
        known = load_human_errors()
        for document in human_documents(args.hkma, years):
            name = f"{document.source_lang} > {document.target_lang}"
            human_pair(document, tallies.setdefault(name, HumanTally()), known, samples["human-alarms"],
                       samples["unaligned"])
        print("## Human translations (HKMA pairs)\n")
        print(human_table(tallies))
        for name, t in tallies.items():
            print(f"\n{name}: alarms by code {dict(sorted(t.by_code.items()))}; info findings {t.info}")
        out["human"] = {name: {k: v for k, v in vars(t).items()} for name, t in tallies.items()}
    if args.part in ("mt", "all"):
        errors = load_mt_errors()
        verdicts = load_verdicts()
        by_document: dict[tuple, list[dict]] = defaultdict(list)
        for record in errors:
            by_document[(record["system"], record["year"], record["doc"])].append(record)
        tally = MtTally()
        for document in mt_documents(args.hkma, years, set(args.system or ())):
            mt_pair(document, by_document.get((document.system, document.year, document.doc), []), tally,
                    samples["alarms"], samples["baseline"], samples["missed"], verdicts)
        print("\n## Machine translations (WMT25 terminology task, seven systems)\n")
        print(mt_table(tally))
        print()
        print(mt_direction_table(tally))
        print("\n(kinds marked * were verified by reading after ipnlp raised them: recall on them was 1 when "
              "they were read)")
        origins = Counter(record.get("origin", "independent") for record in errors
                          if (not years or record["year"] in years)
                          and (not args.system or record["system"] in args.system))
        print(f"\nverified errors by origin: {dict(sorted(origins.items()))}")
        print(f"source figures {tally.figures}, verified errors {tally.errors}, ipnlp alarms on no verified error "
              f"{tally.alarms} by code {dict(sorted(tally.by_code.items()))} (IPN601 whose number is nowhere in "
              f"the translation: {tally.missing_absent}), info findings {tally.info}, baseline flags on no verified "
              f"error {tally.baseline_alarms}")
        # A verdict "error" is listed in an error file too, so its alarm touches a listed error.
        stale = [key for key, verdict in verdicts.items() if key not in tally.verdicts_used
                 and verdict["verdict"] == "false"
                 and (not years or key[1] in years) and (not args.system or key[0] in args.system)]
        if stale:
            print(f"alarms judged false that ipnlp no longer raises: {len(stale)}")
        if tally.unlocated:
            print(f"errors whose surfaces were not found in the texts: {len(tally.unlocated)}")
            for record in tally.unlocated:
                print("   ", record)
        out["mt"] = {k: (sorted(v) if isinstance(v, set) else v) for k, v in vars(tally).items()}
    rng = random.Random(args.seed)
    for what, count in args.show:
        pool = samples.get(what, [])
        print(f"\n## {what}: {min(int(count), len(pool))} of {len(pool)}\n")
        for item in rng.sample(pool, min(int(count), len(pool))):
            print(json.dumps(item, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps({**out, "samples": samples}, ensure_ascii=False, indent=1, default=str),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
