"""Precision on real reports: no error-level finding on ../shared/realdocs/texts that the committed
triage (tests/data/triage.json) does not call a real defect, and no warning nobody has read.

`make ecosystem` prints the whole picture; this keeps its hardest line in the test suite. Skipped
when the corpus is not next to the repository (it is never copied into the project).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipnlp import analyze_file

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / ".." / "shared" / "realdocs" / "texts"
TRIAGE = json.loads((ROOT / "tests" / "data" / "triage.json").read_text(encoding="utf-8"))
DOCS = sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []


def _verdict(doc: Path, fingerprint: str) -> str:
    entry = TRIAGE.get(f"{doc.name.rsplit('.', 1)[0]}:{fingerprint}", TRIAGE.get(fingerprint))
    return entry["verdict"] if isinstance(entry, dict) else "unread"


@pytest.mark.skipif(not DOCS, reason="no real-report corpus at ../shared/realdocs/texts")
@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.stem)
def test_errors_are_real_defects_and_warnings_are_read(doc):
    findings = analyze_file(doc).findings
    false_errors = [f"{f.code} {f.message[:100]}" for f in findings
                    if f.severity == "error" and _verdict(doc, f.fingerprint) != "defect"]
    unread = [f"{f.code} {f.fingerprint} {f.message[:100]}" for f in findings
              if f.severity == "warning" and _verdict(doc, f.fingerprint) == "unread"]
    assert false_errors == [], "error-level findings that are not real defects"
    assert unread == [], "warnings not in tests/data/triage.json: read them (scripts/ecosystem.py --details)"
