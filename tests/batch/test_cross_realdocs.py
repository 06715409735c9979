"""Cross-year rules measured on a real series: the HKMA annual reports 2019-2024.

``tests/data/cross_year/hkma_restatements.json`` lists the restated values a reader finds by hand in
consecutive reports, each located by a short anchor phrase in both reports. The texts are not in
this repository (licences): the test reads them from ../shared/realdocs when present and skips
otherwise.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import ipnlp
from ipnlp.rules.cross import cross_check

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / ".." / "shared" / "realdocs" / "texts"
HAND_LIST = ROOT / "tests" / "data" / "cross_year" / "hkma_restatements.json"
YEARS = range(2019, 2025)
MIN_RECALL = 0.9
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@pytest.fixture(scope="module")
def series() -> dict[str, str]:
    paths = [TEXTS / f"hkma-ar-{year}.en.md" for year in YEARS]
    if not all(p.is_file() for p in paths):
        pytest.skip("../shared/realdocs/texts with the HKMA reports 2019-2024 is not present")
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


@pytest.fixture(scope="module")
def findings(series: dict[str, str]) -> list[ipnlp.Finding]:
    reports = [(ipnlp.analyze(text, path=name), text) for name, text in series.items()]
    found = cross_check(reports, series="hkma")
    return [f for f in found if f.code in ("IPN501", "IPN502")]


def _check_anchor(series: dict[str, str], statement: dict) -> None:
    """The hand list stays true to the texts: each anchor occurs once and holds its value."""
    text = series[statement["doc"]]
    start = text.find(statement["anchor"])
    assert start >= 0, f"anchor not in {statement['doc']}: {statement['anchor']!r}"
    assert text.find(statement["anchor"], start + 1) < 0, f"anchor not unique: {statement['anchor']!r}"
    assert f"{statement['value']}" in statement["anchor"] or f"{statement['value']:.2f}" in statement["anchor"]


def _points_at(finding: ipnlp.Finding, statement: dict) -> bool:
    """Evidence in the statement's report with the statement's value. A report often gives one
    figure in several places (a highlights chapter, the chapter itself): any of them will do."""
    for evidence in finding.evidence:
        number = _NUMBER.search(evidence.text)
        if evidence.path == statement["doc"] and number and float(number.group()) == statement["value"]:
            return True
    return False


def _finds(finding: ipnlp.Finding, restatement: dict) -> bool:
    return _points_at(finding, restatement["first"]) and _points_at(finding, restatement["second"])


def test_the_hand_list_is_anchored_in_the_texts(series):
    for restatement in json.loads(HAND_LIST.read_text(encoding="utf-8"))["restatements"]:
        _check_anchor(series, restatement["first"])
        _check_anchor(series, restatement["second"])


def test_restatements_found_by_hand_are_found(series, findings):
    restatements = json.loads(HAND_LIST.read_text(encoding="utf-8"))["restatements"]
    missed = [r["id"] for r in restatements if not any(_finds(f, r) for f in findings)]
    recall = 1 - len(missed) / len(restatements)
    assert recall >= MIN_RECALL, f"missed {missed}"


def test_no_cross_year_finding_outside_the_hand_list(series, findings):
    restatements = json.loads(HAND_LIST.read_text(encoding="utf-8"))["restatements"]
    outside = [f"{f.code} {f.message}" for f in findings
               if not any(_finds(f, r) for r in restatements)]
    assert outside == []


def test_the_later_report_is_named_as_likely_right(series, findings):
    restated = [f for f in findings if f.code == "IPN501"]
    assert restated
    for finding in restated:
        # no HKMA report says "revised": the verdict rests on the order of the reports
        assert f"{finding.evidence[0].path}, the later report, likely carries a revised figure" in finding.message
