"""Preview rules (ruff's stable/preview split) run only when the settings or ``--preview`` ask."""

from __future__ import annotations

import dataclasses

import pytest

from ipnlp.cli import main
from ipnlp.config import Settings
from ipnlp.rules import run_rules
from ipnlp.view import ReportView

from .._fake_rules import ALPHA, BETA, install

PREVIEW_BETA = dataclasses.replace(BETA, preview=True)


@pytest.mark.parametrize(("preview", "codes"), [(False, ["IPN101"]), (True, ["IPN101", "IPN102"])])
def test_a_preview_rule_runs_only_in_preview(monkeypatch, preview, codes):
    install(monkeypatch, (ALPHA, PREVIEW_BETA))
    view = ReportView(text="alpha beta", sections=(), claims=(), paragraphs=(), sentences=())
    found = run_rules(view, Settings(select=("ALL",), preview=preview))
    assert sorted(f.code for f in found) == codes


def test_selecting_a_preview_rule_by_code_does_not_run_it_without_preview(monkeypatch):
    install(monkeypatch, (ALPHA, PREVIEW_BETA))
    view = ReportView(text="alpha beta", sections=(), claims=(), paragraphs=(), sentences=())
    assert run_rules(view, Settings(select=("IPN102",))) == []


@pytest.mark.parametrize(("flag", "exit_code"), [((), 0), (("--preview",), 1)])
def test_check_preview_flag(monkeypatch, tmp_path, capsys, flag, exit_code):
    install(monkeypatch, (PREVIEW_BETA,))
    path = tmp_path / "report.txt"
    path.write_text("beta\n", encoding="utf-8")
    assert main(["check", str(path), "--fail-on", "warning", *flag]) == exit_code


def test_rules_listing_marks_preview_rules(monkeypatch, capsys):
    install(monkeypatch, (ALPHA, PREVIEW_BETA))
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert "(preview)" in next(line for line in listing if line.startswith("IPN102"))
    assert "(preview)" not in next(line for line in listing if line.startswith("IPN101"))


def test_misspelling_is_a_preview_rule_that_needs_the_spelling_extra():
    pytest.importorskip("spellchecker")
    from ipnlp.api import analyze

    text = ("Inflation eased. Inflation expectations held, and infiation in services stayed low. "
            "Core inflation and headline inflation were stable.")
    assert [f.code for f in analyze(text).findings if f.code == "IPN414"] == []
    found = analyze(text, config=Settings(preview=True)).findings
    assert [f.evidence[0].text for f in found if f.code == "IPN414"] == ["infiation"]
