"""A report with no inconsistencies gives no error or warning findings from any rule.

tests/data/clean_report.txt is full of figures that agree: totals that add up, shares that sum to
100%, changes that match the values they connect (in percentage points for shares), consistent
headings and quotes. The second test breaks one figure at a time, to show the report is clean
because its figures agree, not because the rules never looked at them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ipnlp.api import analyze

CLEAN = Path(__file__).resolve().parents[1] / "data" / "clean_report.txt"


def _serious(text: str):
    report = analyze(text, path="clean_report.txt")
    return [f for f in report.findings if f.severity in ("error", "warning")]


def test_clean_report_has_no_error_or_warning_findings():
    findings = _serious(CLEAN.read_text(encoding="utf-8"))
    assert findings == [], "\n".join(f"{f.code} {f.rule}: {f.message}" for f in findings)


@pytest.mark.parametrize(("original", "broken", "code"), [
    ("and 330 projects in life sciences", "and 320 projects in life sciences", "IPN103"),
    ("for the remaining 11%", "for the remaining 14%", "IPN104"),
    # 3.6 and 3.2 billion are rounded to 0.1 billion: anything from about 9% to 16% is consistent
    ("up 12.5% from 3.2 billion yuan", "up 25.5% from 3.2 billion yuan", "IPN105"),
    ("reached 14,000, up 16.7%", "reached 140,000, up 16.7%", "IPN102"),
    ("an increase of 2.1 percentage points", "an increase of 2.1%", "IPN401"),
    ("In 2025 the agency will keep", "-2025 the agency will keep", "IPN402"),
])
def test_breaking_one_figure_is_reported(original, broken, code):
    text = CLEAN.read_text(encoding="utf-8")
    assert text.count(original) == 1
    assert code in {f.code for f in _serious(text.replace(original, broken))}
