"""scripts/ecosystem.py: findings over a corpus judged against a triage file of verdicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests._scripts import load_script

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ecosystem():
    return load_script("ecosystem")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "speech-2030.md").write_text(
        "# Budget\n\nThe grant is set out in Schedule B. For details, see the notes ofSchedule B.\n", encoding="utf-8")
    return folder


def test_a_missing_corpus_is_named_and_the_shipped_report_still_runs(ecosystem, tmp_path, capsys):
    assert ecosystem.main(["--corpus", str(tmp_path / "absent")]) == 0
    out, err = capsys.readouterr()
    assert "no real-report corpus" in err
    assert out.startswith("1 documents")


def test_untriaged_findings_fail_the_check_until_read(ecosystem, corpus, tmp_path, capsys):
    triage = tmp_path / "triage.json"
    triage.write_text((ROOT / "tests" / "data" / "triage.json").read_text(encoding="utf-8"), encoding="utf-8")
    unread = tmp_path / "unread.json"
    assert ecosystem.main(["--corpus", str(corpus), "--triage", str(triage), "--check",
                           "--unread-json", str(unread)]) == 1
    entries = json.loads(unread.read_text(encoding="utf-8"))
    assert [e["code"] for e in entries.values()] == ["IPN413"]
    assert "IPN413 missing-space" in capsys.readouterr().out

    verdicts = json.loads(triage.read_text(encoding="utf-8"))
    verdicts.update({fp: {**e, "verdict": "defect"} for fp, e in entries.items()})
    triage.write_text(json.dumps(verdicts), encoding="utf-8")
    assert ecosystem.main(["--corpus", str(corpus), "--triage", str(triage), "--check"]) == 0


def test_a_false_error_fails_the_check(ecosystem, corpus, tmp_path, capsys):
    # The shipped report's conflicting values, called a false alarm: an error that is not a defect.
    verdicts = json.loads((ROOT / "tests" / "data" / "triage.json").read_text(encoding="utf-8"))
    for entry in verdicts.values():
        if entry.get("code") == "IPN101" and entry.get("doc", "").startswith("cnipa"):
            entry["verdict"] = "false"
    triage = tmp_path / "triage.json"
    triage.write_text(json.dumps(verdicts), encoding="utf-8")
    assert ecosystem.main(["--corpus", str(tmp_path / "absent"), "--triage", str(triage), "--check"]) == 1
    assert "error-level findings are not defects" in capsys.readouterr().err
