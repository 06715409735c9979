"""The shipped report against its hand-made gold annotation (tests/data/gold, see its README)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ipnlp

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "corpus" / "cnipa-2025-work-report.en.txt"
GOLD = ROOT / "tests" / "data" / "gold"


def _jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def report() -> ipnlp.Report:
    return ipnlp.analyze_file(REPORT)


@pytest.fixture(scope="module")
def text() -> str:
    return REPORT.read_text(encoding="utf-8")


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _pairs(report: ipnlp.Report) -> list[tuple[dict, ipnlp.Claim]]:
    pairs, used = [], set()
    for gold in sorted(_jsonl("claims.jsonl"), key=lambda c: c["start"]):
        for index, claim in enumerate(report.claims):
            if index not in used and _overlaps(claim.start, claim.end, gold["start"], gold["end"]):
                used.add(index)
                pairs.append((gold, claim))
                break
    return pairs


def test_source_is_described(report, text):
    assert report.source.chars == len(text) == 41141
    assert report.source.sha256 == json.loads((GOLD / "findings.json").read_text())["document"]["sha256"]


def test_every_headed_section_is_found_with_its_number(report):
    gold = json.loads((GOLD / "sections.json").read_text(encoding="utf-8"))["sections"]
    ours = {s.id: s for s in report.sections}
    for section in gold:
        found = ours.get(section["id"])
        assert found is not None, section["id"]
        assert (found.kind, found.start, found.end, found.marker, found.number, found.parent, found.level) == (
            section["kind"], section["start"], section["end"], section["marker"], section["number"],
            section["parent"], section["level"]), section["id"]


def test_claims_precision_and_recall(report):
    gold = _jsonl("claims.jsonl")
    pairs = _pairs(report)
    assert len(pairs) / len(report.claims) >= 0.95
    assert len(pairs) / len(gold) >= 0.95


def test_claim_fields_agree_with_gold(report):
    pairs = _pairs(report)
    value_ok = sum(abs(float(c.value) - g["value"]) <= 1e-9 * max(1, abs(g["value"])) for g, c in pairs)
    unit_ok = sum(c.unit == g["unit"] for g, c in pairs)
    qualifier_ok = sum(c.qualifier == g["qualifier"] for g, c in pairs)
    yoy_ok = sum((g["yoy"] is None and c.yoy is None) or (
        g["yoy"] is not None and c.yoy is not None and c.yoy.value == g["yoy"]["value"]
        and c.yoy.unit == g["yoy"]["unit"] and c.yoy.direction == g["yoy"]["direction"]) for g, c in pairs)
    period_ok = sum(c.period == g["period"] for g, c in pairs)
    section_ok = sum(c.section == g["section"] for g, c in pairs)
    n = len(pairs)
    assert value_ok / n >= 0.98
    assert unit_ok / n >= 0.9
    assert qualifier_ok / n >= 0.9
    assert yoy_ok / n >= 0.9
    assert period_ok / n >= 0.85
    assert section_ok / n >= 0.95


def test_claim_sentences_follow_the_gold_sentence_rules(report):
    # U.S./etc. do not end sentences; a glued footnote digit ends the sentence it follows.
    pairs = _pairs(report)
    agree = sum((c.sentence.start, c.sentence.end) == (g["sentence_start"], g["sentence_end"]) for g, c in pairs)
    assert agree / len(pairs) >= 0.95


def test_non_claims_are_not_taken_as_claims(report):
    traps = [n for n in _jsonl("non_claims.jsonl")
             if any(_overlaps(c.start, c.end, n["start"], n["end"]) for c in report.claims)]
    assert len(traps) <= 3, [t["surface"] for t in traps]


def test_claim_text_is_the_span(report, text):
    for claim in report.claims:
        assert text[claim.start:claim.end] == claim.text
