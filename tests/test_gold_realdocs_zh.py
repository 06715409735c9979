"""Chinese claims on real reports (HKMA chapters in Traditional Chinese), against a hand-made gold.

The texts live in ../shared/realdocs (CC BY-NC, not shipped); without them the scoring tests skip.
The floors are a ratchet, as in test_gold_realdocs.py: raise them as extraction improves, never
lower them to pass. Subjects are compared by the character pairs of their Han runs.
"""

from __future__ import annotations

import pytest

from tests import realdocs_gold

GOLD = realdocs_gold.GOLD_ZH

# Measured scores, rounded down. The targets: P/R >= 0.95, value >= 0.99, unit >= 0.9,
# at most 3% of non-claims taken.
FLOORS = {
    "precision": 0.99, "recall": 0.99,
    "value": 0.99, "unit": 0.99, "qualifier": 0.99, "period": 0.99, "subject": 0.86, "all": 0.86,
}
MAX_NON_CLAIMS_TAKEN = 0.01


@pytest.fixture(scope="module")
def score() -> realdocs_gold.Score:
    why = realdocs_gold.available(GOLD)
    if why:
        pytest.skip(f"real-report gold not scorable: {why}")
    return realdocs_gold.score(lambda p: realdocs_gold.predict_with_ipnlp(p, "zh"), GOLD)


def test_gold_spans_are_consistent():
    if realdocs_gold.available(GOLD):
        pytest.skip("texts not present")
    texts: dict[str, str] = {}
    for name in ("claims", "optional", "non_claims"):
        for row in realdocs_gold.load(name, GOLD):
            text = texts.setdefault(row["doc"], (realdocs_gold.REALDOCS / row["doc"]).read_text(encoding="utf-8"))
            assert text[row["start"]:row["end"]] == row["surface"], row["id"]


def test_gold_size():
    claims, non_claims = realdocs_gold.load("claims", GOLD), realdocs_gold.load("non_claims", GOLD)
    years = {c["doc"].split("/")[2] for c in claims}
    assert len(claims) >= 200 and len(non_claims) >= 100 and len(years) >= 3


@pytest.mark.parametrize("measure", ["precision", "recall"])
def test_chinese_claims_found_on_real_reports(score, measure):
    assert getattr(score, measure) >= FLOORS[measure], score.summary()


@pytest.mark.parametrize("field", ["value", "unit", "qualifier", "period", "subject", "all"])
def test_chinese_claim_fields_right_on_real_reports(score, field):
    assert score.accuracy(field) >= FLOORS[field], score.summary()


def test_chinese_non_claims_left_alone_on_real_reports(score):
    assert score.traps_taken <= MAX_NON_CLAIMS_TAKEN * score.non_claims, score.summary()


# The gold has no change field; its subjects name a change's direction as the annotator read it
# ("恒生指數升幅", "貸款總額跌幅", "在香港使用的貸款變動" with its sign). A percent or point claim whose
# gold subject says so must carry that direction in ``yoy``; one whose subject names a level must not
# carry a change.
_UP = ("增幅", "升幅", "增長", "上升", "增加", "反彈", "擴大")
_DOWN = ("跌幅", "降幅", "下跌", "收縮", "減少", "下調幅度", "回落幅度", "貶值幅度")
MIN_CHANGE_ACCURACY = 0.98


def _wanted_direction(gold: dict) -> str | None:
    subject = gold["subject"]
    if subject.endswith("變動"):
        return "down" if gold["value"] < 0 else "up"
    return "up" if subject.endswith(_UP) else "down" if subject.endswith(_DOWN) else None


def test_chinese_stated_changes_on_real_reports():
    why = realdocs_gold.available(GOLD)
    if why:
        pytest.skip(f"real-report gold not scorable: {why}")
    scored = right = 0
    wrong = []
    for doc in {c["doc"] for c in realdocs_gold.load("claims", GOLD)}:
        predicted = realdocs_gold.predict_with_ipnlp(realdocs_gold.REALDOCS / doc, "zh")
        for gold in (c for c in realdocs_gold.load("claims", GOLD) if c["doc"] == doc):
            if gold["unit"] not in ("percent", "percentage_point", "basis_point"):
                continue
            claim = next((p for p in predicted if realdocs_gold.overlaps(p["start"], p["end"], gold["start"],
                                                                          gold["end"])), None)
            got = claim["yoy"]["direction"] if claim and claim.get("yoy") else None
            want = _wanted_direction(gold)
            if want is None and got is None:
                continue  # a level read as a level
            scored += 1
            right += want == got
            if want != got:
                wrong.append(f"{gold['surface']} ({gold['subject']}): want {want}, got {got}")
    assert scored >= 50
    assert right / scored >= MIN_CHANGE_ACCURACY, wrong
