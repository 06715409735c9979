"""The shipped Chinese report (corpus/, written for the project: a fictional provincial IP office) holds
three planted inconsistencies, and ``ipnlp check`` finds exactly those, whether told the language
(--lang zh) or detecting it from the script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipnlp.cli import main
from ipnlp.segment.sections import segment

REPORT = Path(__file__).resolve().parents[2] / "corpus" / "jiangchuan-ip-office-2024-work-report.zh.txt"

#: (rule, evidence texts): the planted inconsistencies and nothing else.
PLANTED = {
    # the same metric for 2024 with transposed digits, once in the opening summary, once in part 一（一）
    ("IPN101", ("3.82万件", "同比增长12.6%", "3.28万件", "同比增长12.6%")),
    # the change of a share written with % (elsewhere the report writes 个百分点)
    ("IPN401", ("45.2%", "比上年提高0.7%")),
    # parts 一、二、四、: part 三 is missing
    ("IPN301", ("四、",)),
}


@pytest.mark.parametrize("lang", [["--lang", "zh"], []], ids=["lang-zh", "detected"])
def test_check_finds_exactly_the_planted_inconsistencies(lang, capsys):
    status = main(["check", str(REPORT), "--format", "json", "--exit-zero", *lang])
    assert status == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert {(f["code"], tuple(e["text"] for e in f["evidence"])) for f in findings} == PLANTED


def test_the_report_is_in_the_genre():
    text = REPORT.read_text(encoding="utf-8")
    assert 1500 <= len(text) <= 3000
    for phrase in ("一、", "（一）", "一是", "二是", "万件", "亿元", "同比增长", "个百分点", "第7位"):
        assert phrase in text, phrase


def test_the_report_outline():
    text = REPORT.read_text(encoding="utf-8")
    sections = segment(text, "zh").sections
    parts = [(s.marker, s.title) for s in sections if s.kind == "part"]
    assert parts == [("一、", "2024年主要工作成效"), ("二、", "存在的问题"), ("四、", "2025年重点工作")]
    assert [s.marker for s in sections if s.parent == "1"] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert [s.kind for s in sections[:2]] == ["title", "date"]
