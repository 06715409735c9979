"""`ipnlp align SOURCE TRANSLATION`: the linter interface of figure alignment."""

from __future__ import annotations

import json

from ipnlp.cli import main


def _pair(tmp_path, source: str, translation: str):
    a, b = tmp_path / "report.en.txt", tmp_path / "report.tr.txt"
    a.write_text(source, encoding="utf-8")
    b.write_text(translation, encoding="utf-8")
    return str(a), str(b)


def test_a_scale_slip_fails_with_evidence_in_both_files(tmp_path, capsys):
    a, b = _pair(tmp_path, "Assets reached 4,575 billion yuan in 2020.\n",
                 "Assets reached 457.5 billion yuan in 2020.\n")
    assert main(["align", a, b]) == 1
    out = capsys.readouterr().out
    assert f"{b}:1:16: IPN604" in out and f"also at {a}:1:16" in out


def test_a_faithful_translation_passes(tmp_path, capsys):
    a, b = _pair(tmp_path, "Patents reached 613,000, up 29.9%.\n", "Patents reached 613 thousand, up 29.9 per cent.\n")
    assert main(["align", a, b]) == 0
    assert "No findings." in capsys.readouterr().out


def test_json_is_the_alignment_and_sarif_names_the_rules(tmp_path, capsys):
    a, b = _pair(tmp_path, "A grew 3%. B grew 4%.\n", "A grew 3%.\n")
    assert main(["align", a, b, "--format", "json", "--exit-zero"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 2 and [p["status"] for p in data["pairs"]] == ["matched", "missing"]
    assert main(["align", a, b, "--format", "sarif", "--fail-on", "warning"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    assert sarif["runs"][0]["results"][0]["ruleId"] == "IPN601"
    assert any(r["id"] == "IPN601" for r in sarif["runs"][0]["tool"]["driver"]["rules"])


def test_ignore_from_the_command_line(tmp_path, capsys):
    a, b = _pair(tmp_path, "A grew 3%. B grew 4%.\n", "A grew 3%.\n")
    assert main(["align", a, b, "--ignore", "IPN601", "--fail-on", "info"]) == 0


def test_a_language_without_data_is_an_error_not_a_pass(tmp_path, capsys):
    a, b = _pair(tmp_path, "Assets reached 4,575 billion yuan.\n", "Assets reached 4,575 billion yuan.\n")
    assert main(["align", a, b, "--translation-lang", "xx"]) == 2
    assert "E003" in capsys.readouterr().err


def test_alignment_rules_are_listed_and_documented(capsys):
    assert main(["rules", "IPN604"]) == 0
    assert "translated-scale-slip" in capsys.readouterr().out
