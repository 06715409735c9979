"""The rule registry: lookup, ruff-like selection, the run order of findings, crash isolation."""

from __future__ import annotations

import pytest

from ipnlp.api import analyze
from ipnlp.config import Settings
from ipnlp.errors import IpnlpError
from ipnlp.rules import INTERNAL_ERROR, registry, run_rules
from ipnlp.rules.base import Rule
from ipnlp.view import ReportView

from ._fake_rules import ALPHA, BETA, DELTA, FAKE_RULES, GAMMA, crashing_rule, install, word_rule

TEXT = "delta and gamma.\nThen beta, then alpha.\nAnd alpha again."


def view(text: str = TEXT, path: str | None = "report.txt") -> ReportView:
    return ReportView(text=text, sections=(), claims=(), paragraphs=(), sentences=(), path=path)


@pytest.mark.parametrize(("select", "ignore", "expected"), [
    (["ALL"], [], ["IPN101", "IPN102", "IPN201", "IPN202"]),
    (["IPN1"], [], ["IPN101", "IPN102"]),
    (["IPN101"], [], ["IPN101"]),
    (["ipn2"], [], ["IPN201", "IPN202"]),                   # codes are case-insensitive
    (["beta-warning"], [], ["IPN102"]),                     # a rule name selects that rule
    (["ALL"], ["IPN1"], ["IPN201", "IPN202"]),
    (["IPN1"], ["IPN1"], []),                                # ignore wins a tie
    (["IPN101"], ["IPN101"], []),
    (["IPN101"], ["IPN1"], ["IPN101"]),                      # the more specific select wins
    (["IPN1"], ["IPN102"], ["IPN101"]),                      # the more specific ignore wins
    (["ALL"], ["IPN"], []),                                  # "IPN" is more specific than ALL
    (["IPN1", "IPN2"], ["IPN10", "delta-warning"], ["IPN201"]),
])
def test_selection_precedence(monkeypatch, select, ignore, expected):
    install(monkeypatch)
    assert [r.code for r in registry.select_rules(select, ignore)] == expected


@pytest.mark.parametrize("selector", ["IPN3", "IPN1011", "E501", "conflicting", ""])
def test_unknown_selector_is_E007(monkeypatch, selector):
    install(monkeypatch)
    with pytest.raises(IpnlpError) as info:
        registry.select_rules([selector], [])
    assert info.value.code == "E007"


def test_unknown_ignore_selector_is_E007_too(monkeypatch):
    install(monkeypatch)
    with pytest.raises(IpnlpError, match="E007"):
        registry.select_rules(["ALL"], ["IPN9"])


def test_get_rule_by_code_or_name(monkeypatch):
    install(monkeypatch)
    assert registry.get_rule("IPN102") is BETA
    assert registry.get_rule("ipn102") is BETA
    assert registry.get_rule("beta-warning") is BETA
    assert registry.get_rule("IPN1") is None


@pytest.mark.parametrize("rules", [
    (ALPHA, word_rule("IPN101", "other-name", "error", "x")),
    (ALPHA, word_rule("IPN109", "alpha-error", "error", "x")),
    (word_rule("IPN1", "short-code", "error", "x"),),
    (word_rule("ABC123", "bad-prefix", "error", "x"),),
])
def test_duplicate_or_malformed_codes_are_rejected(rules):
    with pytest.raises(IpnlpError, match="E009"):
        registry.check_unique(rules)


def test_registry_is_sorted_by_code():
    assert [r.code for r in registry.check_unique((GAMMA, ALPHA, DELTA, BETA))] == \
        ["IPN101", "IPN102", "IPN201", "IPN202"]


def test_real_registry_loads_and_is_well_formed():
    registry.all_rules.cache_clear()
    rules = registry.all_rules()
    assert all(isinstance(r, Rule) and r.doc for r in rules), "every rule needs a docstring: it is its doc"
    assert all(r.name == r.name.lower() and " " not in r.name for r in rules), "names are kebab-case"


# --- entry points --------------------------------------------------------------------------------

# Plugins (own prefixes, broken or clashing ones skipped): tests/test_plugins.py


def test_entry_point_group_is_the_documented_one():
    # Third parties register under this exact name; changing it breaks their packages.
    assert registry.ENTRY_POINT_GROUP == "ipnlp.rules"


# --- run_rules --------------------------------------------------------------------------------

def test_findings_are_sorted_severity_then_code_then_offset(monkeypatch):
    install(monkeypatch)
    findings = run_rules(view(), Settings())
    assert [(f.code, f.evidence[0].text) for f in findings] == [
        ("IPN101", "alpha"), ("IPN101", "alpha"),
        ("IPN102", "beta"), ("IPN202", "delta"),
        ("IPN201", "gamma"),
    ]
    alpha_offsets = [f.evidence[0].start for f in findings if f.code == "IPN101"]
    assert alpha_offsets == sorted(alpha_offsets)


def test_settings_none_runs_every_rule(monkeypatch):
    install(monkeypatch)
    assert {f.code for f in run_rules(view(), None)} == {r.code for r in FAKE_RULES}


def test_analyze_fills_findings_through_the_engine(monkeypatch):
    install(monkeypatch)
    report = analyze(TEXT, path="report.txt", config=Settings(select=("IPN101",)))
    assert [f.code for f in report.findings] == ["IPN101", "IPN101"]
    assert all(f.path == "report.txt" for f in report.findings)


def test_a_crashing_rule_does_not_stop_the_others(monkeypatch):
    install(monkeypatch, (ALPHA, crashing_rule()))
    findings = run_rules(view(), Settings())
    crash = [f for f in findings if f.code == INTERNAL_ERROR.code]
    assert len(crash) == 1
    assert "IPN199 always-crashes" in crash[0].message and "ZeroDivisionError: boom" in crash[0].message
    assert [f.code for f in findings if f.code != INTERNAL_ERROR.code] == ["IPN101", "IPN101"]


def test_debug_reraises_a_crashing_rule(monkeypatch):
    install(monkeypatch, (ALPHA, crashing_rule()))
    with pytest.raises(ZeroDivisionError):
        run_rules(view(), Settings(debug=True))


@pytest.mark.parametrize(("pattern", "path", "ignored"), [
    ("*.txt", "report.txt", True),
    ("drafts/*", "drafts/report.txt", True),
    ("report.txt", "some/dir/report.txt", True),          # a bare name matches the file name
    ("drafts/*", "final/report.txt", False),
    ("*.md", "report.txt", False),
])
def test_per_file_ignores(monkeypatch, pattern, path, ignored):
    install(monkeypatch)
    settings = Settings(per_file_ignores={pattern: ("IPN1",)})
    codes = {f.code for f in run_rules(view(path=path), settings)}
    assert ("IPN101" not in codes and "IPN102" not in codes) is ignored
    assert "IPN201" in codes  # rules the pattern does not name still run


def test_per_file_ignores_never_apply_to_stdin(monkeypatch):
    install(monkeypatch)
    settings = Settings(per_file_ignores={"*": ("ALL",)})
    assert run_rules(view(path=None), settings)


def test_debug_prints_the_traceback(monkeypatch, capsys):
    install(monkeypatch, (crashing_rule(),))
    with pytest.raises(ZeroDivisionError):
        run_rules(view(), Settings(debug=True))
    assert "Traceback" in capsys.readouterr().err
