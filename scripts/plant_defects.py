#!/usr/bin/env python3
"""Planted-defect recall: plant one defect of a known kind into a copy of a real report, run the rule
for that kind, and count the plantings it finds (a finding whose evidence touches the planted text).

Real reports hold few defects, so the ecosystem check (scripts/ecosystem.py) measures precision;
this measures recall on the same documents: each kind is planted at random paragraph breaks with
random figures and one of several wordings, so a rule that knows only one phrasing scores low.

usage: python scripts/plant_defects.py [--corpus DIR] [--per-doc N] [--seed S] [--kind KIND ...]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "realdocs" / "texts"
SHIPPED = ROOT / "corpus" / "cnipa-2025-work-report.en.txt"

METRICS = ["green bond issuance", "registered fintech firms", "cross-border payment volume",
           "outstanding mortgage loans", "licensed money lenders", "retail sales of services",
           "new business registrations", "public rental flat completions"]
UNITS = ["", " million", " billion"]


@dataclass(frozen=True)
class Planting:
    text: str  # the document with the defect planted
    spans: list[tuple[int, int]]  # where the planted defect is


def _breaks(text: str) -> list[int]:
    """Offsets just after a line break that starts a body paragraph (not a heading or list item)."""
    return [m.end() for m in re.finditer(r"\n+(?=[A-Z][a-z])", text)]


def _insert(text: str, rng: random.Random, paragraphs: list[str], gap: int = 1) -> Planting:
    """``paragraphs`` inserted at random paragraph breaks, in order, ``gap`` breaks apart at least."""
    points = _breaks(text)
    start = rng.randrange(0, max(1, len(points) - gap * len(paragraphs)))
    chosen = [points[min(start + i * gap * rng.randint(1, 3), len(points) - 1)] for i in range(len(paragraphs))]
    out, spans, last, shift = [], [], 0, 0
    for point, paragraph in zip(sorted(chosen), paragraphs, strict=True):
        out.append(text[last:point])
        begin = point + shift
        out.append(paragraph + "\n\n")
        spans.append((begin, begin + len(paragraph)))
        shift += len(paragraph) + 2
        last = point
    out.append(text[last:])
    return Planting("".join(out), spans)


def _figure(rng: random.Random, low: int = 120, high: int = 9800) -> int:
    return rng.randint(low, high)


def conflicting_values(text: str, rng: random.Random) -> Planting:
    metric, year, value = rng.choice(METRICS), rng.randint(2019, 2024), _figure(rng)
    other = round(value * rng.choice([0.85, 0.9, 1.1, 1.2]))
    first = rng.choice([f"In {year}, {metric} reached {value:,}.",
                        f"{metric.capitalize()} reached {value:,} in {year}, a record."])
    second = rng.choice([f"{metric.capitalize()} in {year} stood at {other:,}.",
                         f"In {year}, {metric} totalled {other:,}."])
    return _insert(text, rng, [first, second], gap=3)


def part_exceeds_whole(text: str, rng: random.Random) -> Planting:
    metric, whole = rng.choice(METRICS), _figure(rng, 500, 5000)
    part = whole + _figure(rng, 50, 900)
    sentence = rng.choice([
        f"The number of {metric} reached {whole:,} in 2023; among them, {metric} in the New Territories "
        f"reached {part:,}.",
        f"A total of {whole:,} applications were approved, of which {part:,} were from small firms.",
    ])
    return _insert(text, rng, [sentence])


def sum_mismatch(text: str, rng: random.Random) -> Planting:
    a, b = _figure(rng, 100, 900), _figure(rng, 100, 900)
    total = a + b + rng.choice([-1, 1]) * _figure(rng, 40, 300)
    sentence = rng.choice([
        f"A total of {total:,} complaints were handled, of which {a:,} were about fees and {b:,} were "
        "about service.",
        f"The scheme received {total:,} applications in all, consisting of {a:,} from individuals and "
        f"{b:,} from firms.",
    ])
    return _insert(text, rng, [sentence])


def yoy_mismatch(text: str, rng: random.Random) -> Planting:
    before = _figure(rng, 200, 900) / 10
    now = before * rng.uniform(1.05, 1.4)
    stated = (now / before - 1) * 100 + rng.choice([-1, 1]) * rng.uniform(4, 9)
    metric = rng.choice(["Fee income", "Net interest income", "Operating expenses", "Dividend income"])
    unit = rng.choice(UNITS[1:])
    sentence = rng.choice([
        f"{metric} reached ${now:.1f}{unit}, up {stated:.1f}% from ${before:.1f}{unit} a year earlier.",
        f"{metric} rose to ${now:.1f}{unit} from ${before:.1f}{unit}, up {stated:.1f}% year-on-year.",
    ])
    return _insert(text, rng, [sentence])


def percent_for_points(text: str, rng: random.Random) -> Planting:
    share, change = rng.uniform(10, 60), rng.uniform(0.5, 4)
    sentence = rng.choice([
        f"Mobile payments accounted for {share:.1f}% of retail transactions, an increase of {change:.1f}% "
        "over the previous year.",
        f"The vacancy rate of prime offices was {share / 4:.1f}%, up {change:.1f}% from a year earlier.",
        f"Green loans made up {share:.1f}% of new lending, up {change:.1f}% on the previous year.",
    ])
    return _insert(text, rng, [sentence])


def duplicate_sentence(text: str, rng: random.Random) -> Planting:
    # A body sentence of 80 to 240 characters (decimals and single line breaks of converted text allowed).
    char = r"(?:[^.!?\n]|\.(?=\d)|\n(?![\n#]))"
    sentences = re.findall(rf"(?:(?<=[.!?]\s)|(?<=\n))[A-Z]{char}{{80,240}}[.!?](?=\s|$)", text)
    sentence = rng.choice(sentences)
    return _insert(text, rng, [sentence], gap=5)


def heading_numbering(text: str, rng: random.Random) -> Planting:
    skip = rng.choice([3, 4])
    marks = ["1", "2", str(skip + 1)] if rng.random() < 0.5 else ["I.", "II.", "IV." if skip == 3 else "V."]
    titles = rng.sample(["Review of the year", "Priorities", "Risks", "Outlook", "Governance"], 3)
    # Headings in the document's own style: Markdown reports number their "#" headings.
    hashes = "# " if re.search(r"^# ", text, re.MULTILINE) else ""
    if not hashes and marks[0] == "1":  # plain text numbers its subsections "1)"
        marks = [m + ")" for m in marks]
    block = "\n\n".join(f"{hashes}{m} {t}\n\nText of this part follows here."
                        for m, t in zip(marks, titles, strict=True))
    planted = _insert(text, rng, [block])
    last = planted.spans[0][0] + block.rindex(marks[2])
    return Planting(planted.text, [(last, last + len(marks[2]) + 1)])


def enumeration_order(text: str, rng: random.Random) -> Planting:
    words = rng.choice([("First", "Second", "Fourth"), ("Firstly", "Secondly", "Secondly"),
                        ("First", "Third", "Fourth")])
    actions = rng.sample(["we will raise the grant", "we will extend the rebate", "we will review the levy",
                          "we will fund new training places", "we will simplify the permits"], 3)
    paragraph = " ".join(f"{w}, {a} for eligible households." for w, a in zip(words, actions, strict=True))
    return _insert(text, rng, [paragraph])


KINDS: dict[str, tuple[str, Callable[[str, random.Random], Planting]]] = {
    "conflicting-values": ("IPN101", conflicting_values),
    "part-exceeds-whole": ("IPN102", part_exceeds_whole),
    "sum-mismatch": ("IPN103", sum_mismatch),
    "yoy-mismatch": ("IPN105", yoy_mismatch),
    "percent-for-points": ("IPN401", percent_for_points),
    "duplicate-sentence": ("IPN201", duplicate_sentence),
    "heading-numbering": ("IPN301", heading_numbering),
    "enumeration-order": ("IPN303", enumeration_order),
}


def found(findings, spans: list[tuple[int, int]]) -> bool:
    return any(e.start < end and start < e.end for f in findings for e in f.evidence for start, end in spans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--per-doc", type=int, default=5, help="plantings per kind and document")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--kind", action="append", choices=sorted(KINDS))
    parser.add_argument("--misses", action="store_true", help="print the planted text of each miss")
    args = parser.parse_args(argv)

    from ipnlp import Settings, analyze

    docs = [SHIPPED] + (sorted(args.corpus.glob("*.md")) if args.corpus.is_dir() else [])
    if not args.corpus.is_dir():
        print(f"note: no real-report corpus at {args.corpus}; planting into the shipped report only",
              file=sys.stderr)
    rng = random.Random(args.seed)
    print(f"{'kind':22s} {'rule':7s} {'found':>6s} {'planted':>8s} {'recall':>7s}")
    worst = 1.0
    for kind in args.kind or KINDS:
        code, plant = KINDS[kind]
        hits = total = 0
        for doc in docs:
            original = doc.read_text(encoding="utf-8")
            for _ in range(args.per_doc):
                planting = plant(original, rng)
                report = analyze(planting.text, config=Settings(select=(code,)))
                hit = found(report.findings, planting.spans)
                hits += hit
                total += 1
                if args.misses and not hit:
                    start, end = planting.spans[0]
                    print(f"  miss {doc.name}: {planting.text[start:end][:200]!r}")
        recall = hits / total if total else 0.0
        worst = min(worst, recall)
        print(f"{kind:22s} {code:7s} {hits:6d} {total:8d} {recall:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
