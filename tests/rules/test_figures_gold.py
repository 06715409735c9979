"""The figure rules on the shipped report, against the hand-made gold annotation in tests/data/gold.

A gold finding counts as found when a finding of the same rule name has evidence overlapping one
of its evidence spans (the scorer's definition). The consistent relations the gold records must
not be flagged. The claim-based rules (IPN101, IPN107, IPN401) depend on the extractor.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from ipnlp.api import build_view
from ipnlp.models import Finding
from ipnlp.rules.figures import RULES

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "corpus" / "cnipa-2025-work-report.en.txt"
GOLD = json.loads((ROOT / "tests" / "data" / "gold" / "findings.json").read_text(encoding="utf-8"))
OUR_NAMES = {rule.name for rule in RULES}
OUR_GOLD = [g for g in GOLD["findings"] if g["rule"] in OUR_NAMES]


@cache
def predicted() -> tuple[Finding, ...]:
    view = build_view(REPORT.read_text(encoding="utf-8"), path=str(REPORT))
    return tuple(f for rule in RULES for f in rule.check(view))


def _overlaps(evidence, spans) -> bool:
    return any(e.start < s["end"] and s["start"] < e.end for e in evidence for s in spans)


def _matches(finding: Finding, gold: dict) -> bool:
    return finding.rule == gold["rule"] and _overlaps(finding.evidence, gold["evidence"])


def test_gold_covers_our_rules():
    assert {g["rule"] for g in OUR_GOLD} >= {
        "conflicting-values", "percent-vs-percentage-point", "garbled-fragment",
        "stray-footnote-marker", "unbalanced-quotes", "redundant-unit", "missing-unit",
        "same-value-different-subject",
    }


@pytest.mark.parametrize("gold", OUR_GOLD, ids=lambda g: f"{g['id']}-{g['rule']}")
def test_gold_finding_is_found(gold):
    assert any(_matches(f, gold) for f in predicted()), gold["message"]


def test_every_figure_finding_is_a_gold_finding():
    unmatched = [f"{f.code} {f.message}" for f in predicted()
                 if not any(_matches(f, g) for g in GOLD["findings"])]
    assert unmatched == []


@pytest.mark.parametrize("relation", GOLD["consistent_checks"], ids=lambda c: f"{c['id']}-{c['rule']}")
def test_consistent_relation_is_not_flagged(relation):
    # As in the scorer: a finding that matches a gold defect may share a span with a relation
    # that holds (613,000 is both in the conflict and in the 76,000 part-whole relation).
    false_alarms = [f"{f.code} {f.message}" for f in predicted()
                    if not any(_matches(f, g) for g in GOLD["findings"])
                    and _overlaps(f.evidence, relation["evidence"])]
    assert false_alarms == []


def test_the_conflict_cites_both_values_and_both_changes():
    [conflict] = [f for f in predicted() if f.rule == "conflicting-values"]
    texts = [e.text for e in conflict.evidence]
    assert texts.count("up 29.9% year-on-year") == 2
    assert {"613,000", "610,000"} <= {t.split()[0].strip(",") for t in texts}


SECOND_MENTION = "The number of patent transfer licenses filed for the year was 610,000, up 29.9% year-on-year."


@pytest.mark.parametrize("reworded", [
    "Patent transfer licenses filed in 2024 totalled 610,000, up 29.9% year-on-year.",
    "Filings of patent transfer licenses for the year stood at 610,000, an increase of 29.9% over the "
    "previous year.",
    "A total of 610,000 patent transfer licenses were filed for the year, up 29.9% year-on-year.",
    "The number of patent transfer licenses filed for the year was 610,000.",
    "Patent transfer and licensing filings reached 610,000 this year, a 29.9% rise.",
])
def test_the_conflict_survives_rewording_of_the_second_mention(reworded):
    text = REPORT.read_text(encoding="utf-8")
    assert text.count(SECOND_MENTION) == 1
    view = build_view(text.replace(SECOND_MENTION, reworded))
    [rule] = [r for r in RULES if r.name == "conflicting-values"]
    conflicts = list(rule.check(view))
    assert len(conflicts) == 1
    assert any("610,000" in e.text for e in conflicts[0].evidence)
