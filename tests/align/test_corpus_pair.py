"""The shipped bilingual pair: a Chinese bulletin and an English translation with five planted slips.

corpus/jiangzhou-2025-ip-bulletin.{zh,en}.txt are written for the project (a fictional city). The
translation renders most figures faithfully but differently (1.28万件 -> 12,800, 约38.4亿元 -> about
3.8 billion yuan, 1.05万件 -> 10,500) and makes exactly these slips, which `ipnlp align` must report
and nothing else.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipnlp.cli import main
from ipnlp.lang.detect import has_language

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SOURCE = CORPUS / "jiangzhou-2025-ip-bulletin.zh.txt"
TRANSLATION = CORPUS / "jiangzhou-2025-ip-bulletin.en.txt"

# (code, the translation's words it points at, the source's words it points at)
SLIPS = [
    ("IPN608", "465,000", "超过46.5万件"),          # qualifier lost: 超过 (more than)
    ("IPN604", "126.3 billion yuan", "126.3亿元"),  # 亿 (100 million) read as billion
    ("IPN607", "up 3.2%", "下降3.2%"),              # 下降 (fell) translated as up
    ("IPN606", "1.8%", "1.8个百分点"),              # percentage points translated as percent
    ("IPN601", None, "3,150万元"),                  # the amount involved is dropped
]

pytestmark = pytest.mark.skipif(not has_language("zh"), reason="no Chinese language data yet")


@pytest.fixture(scope="module")
def alignment(tmp_path_factory):
    out = tmp_path_factory.mktemp("align") / "alignment.json"
    status = main(["align", str(SOURCE), str(TRANSLATION), "--format", "json", "--output", str(out)])
    return status, json.loads(out.read_text(encoding="utf-8"))


def test_exactly_the_planted_slips_are_found(alignment):
    status, data = alignment
    assert status == 1
    assert sorted(f["code"] for f in data["findings"]) == sorted(code for code, _, _ in SLIPS), \
        [f["message"] for f in data["findings"]]


@pytest.mark.parametrize(("code", "translated", "original"), SLIPS, ids=[s[0] for s in SLIPS])
def test_each_slip_points_at_both_texts(alignment, code, translated, original):
    _, data = alignment
    (finding,) = [f for f in data["findings"] if f["code"] == code]
    texts = {(e["path"] or finding["path"]): e["text"] for e in finding["evidence"]}
    assert any(original in text or text in original for path, text in texts.items() if path.endswith(".zh.txt"))
    if translated is not None:
        assert any(translated in text for path, text in texts.items() if path.endswith(".en.txt"))


def test_the_faithful_figures_are_matched(alignment):
    _, data = alignment
    statuses = [p["status"] for p in data["pairs"]]
    assert statuses.count("matched") >= 10 and statuses.count("added") == 0
