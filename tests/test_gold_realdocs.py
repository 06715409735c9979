"""Claims on real reports nobody on the project wrote, against a hand-made gold.

The texts live in ../shared/realdocs (their licences forbid shipping them); without them these tests
skip. The floors are a ratchet: raise them as extraction improves, never lower them to pass.
"""

from __future__ import annotations

import json

import pytest

from tests import realdocs_gold

# Measured scores, rounded down; the targets are P/R >= 0.95, unit/period/subject >= 0.90,
# all fields >= 0.80.
# unit 0.71 -> 0.70 when a PDF converter's "## ..." lines became the prose they are: the four claims
# now found on them (recall 0.945 -> 0.960) are in "S$", which the unit tables do not know yet.
# subject 0.78 -> 0.939, all 0.73 -> 0.890, period 0.957 -> 0.987 when subjects and periods were read from more of
# report English (ranges, "respectively", opening phrases, spending verbs, recipients, forecasts; periods of old
# values on an event's day, relative clauses, "currently").
FLOORS = {
    "precision": 0.95, "recall": 0.96,
    "value": 0.99, "unit": 0.95, "qualifier": 0.97, "period": 0.98, "subject": 0.93, "all": 0.88,
}


@pytest.fixture(scope="module")
def score() -> realdocs_gold.Score:
    why = realdocs_gold.available()
    if why:
        pytest.skip(f"real-report gold not scorable: {why}")
    return realdocs_gold.score(realdocs_gold.predict_with_ipnlp)


@pytest.mark.parametrize("measure", ["precision", "recall"])
def test_claims_found_on_real_reports(score, measure):
    assert getattr(score, measure) >= FLOORS[measure], score.summary()


@pytest.mark.parametrize("field", ["value", "unit", "qualifier", "period", "subject", "all"])
def test_claim_fields_right_on_real_reports(score, field):
    assert score.accuracy(field) >= FLOORS[field], score.summary()


def test_gold_spans_are_consistent():
    """Every gold record's surface is what its offsets say, in the annotated text (when present)."""
    if realdocs_gold.available():
        pytest.skip("texts not present")
    assert realdocs_gold.misplaced_spans() == []


def test_gold_is_large_and_varied():
    claims = realdocs_gold.load("claims")
    docs = {c["doc"] for c in claims}
    assert len(claims) >= 250
    assert sum("hkma" in d for d in docs) >= 3 and any("speech" in d for d in docs) and any(
        "statement" in d for d in docs)
    regions = json.loads((realdocs_gold.GOLD / "regions.json").read_text(encoding="utf-8"))
    assert {r["doc"] for r in regions} == docs
