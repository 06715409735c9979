"""Chinese claims on real reports (HKMA chapters in Traditional Chinese), against a hand-made gold.

Skips without ../shared/realdocs, and while ipnlp has no Chinese language data.
"""

from __future__ import annotations

import pytest

from ipnlp.errors import IpnlpError
from tests import realdocs_gold

GOLD = realdocs_gold.GOLD_ZH


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


def test_chinese_claims_on_real_reports():
    why = realdocs_gold.available(GOLD)
    if why:
        pytest.skip(f"real-report gold not scorable: {why}")
    import ipnlp
    try:
        ipnlp.analyze("2024年", lang="zh")
    except IpnlpError as exc:  # no Chinese language data yet (E003)
        pytest.skip(f"no Chinese extraction: {exc}")
    score = realdocs_gold.score(lambda p: realdocs_gold.predict_with_ipnlp(p, "zh"), GOLD)
    # Issue targets: P/R >= 0.95, value >= 0.99, unit >= 0.9, <= 3% of non-claims taken.
    assert score.precision >= 0.95 and score.recall >= 0.95, score.summary()
    assert score.accuracy("value") >= 0.99 and score.accuracy("unit") >= 0.9, score.summary()
    assert score.traps_taken <= 0.03 * score.non_claims, score.summary()
