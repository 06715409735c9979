"""Regression tests for the hostile-input reports of issue 13 that concern the engine and the rules:
absurd numbers, crashing cross-document rules, long digit runs, findings and claims floods, a zero
baseline, cross-document evidence locations, the time budget per document and Ctrl-C.
"""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pydantic import ValidationError

import ipnlp
from ipnlp import rules as engine
from ipnlp.api import analyze_file, build_view
from ipnlp.batch import analyze_many
from ipnlp.budget import TimeBudgetExceeded, time_budget
from ipnlp.cli import main
from ipnlp.config import Settings
from ipnlp.extract import claims as claim_extraction
from ipnlp.extract.numbers import MAX_NUMERAL_DIGITS, find_mentions
from ipnlp.models import Change, Claim, SentenceRef
from ipnlp.rules.base import Rule, make_finding
from ipnlp.rules.cross import RULES as CROSS_RULES
from ipnlp.rules.cross import SeriesCollector, run_cross_rules
from ipnlp.rules.cross.base import CrossRule
from ipnlp.rules.cross.series import place_in_series

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(autouse=True)
def no_pyproject(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no pyproject.toml above the inputs


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- r04 / r06: numbers too long to be figures ----------------------------------------------------

HUGE = {
    "5001-digit integer": "The office granted 1" + "0" * 5000 + " patents in 2024.",
    "400-digit percent change": "Exports rose 1" + "0" * 400 + ".5% year-on-year in 2024.",
    "401-digit decimal": "The office granted 1" + "0" * 400 + ".5 patents in 2024.",
    "grouped 60 digits": "Sales reached " + ",".join(["123"] * 20) + " yuan in 2024.",
    "long fraction": "The rate was 0." + "3" * 300 + "% in 2024.",
}


@pytest.mark.parametrize("text", HUGE.values(), ids=HUGE.keys())
def test_a_numeral_too_long_to_be_a_figure_is_no_claim_and_the_output_stays_valid_json(capsys, text):
    report = ipnlp.analyze("Patent Report\n\n" + text + " Trademarks reached 4,000 in 2024.\n")
    assert [c.text for c in report.claims] == ["4,000"]
    assert not [f for f in report.findings if f.code == engine.INTERNAL_ERROR.code]
    Path("a.txt").write_text("Patent Report\n\n" + text + "\n", encoding="utf-8")
    for command in (["analyze", "a.txt", "--format", "json"], ["check", "a.txt", "--format", "json"]):
        code, out, err = run_cli(capsys, *command)
        assert code in (0, 1), err
        assert "Infinity" not in out
        json.loads(out)


@pytest.mark.parametrize(("digits", "is_mention"), [
    (MAX_NUMERAL_DIGITS - 1, True), (MAX_NUMERAL_DIGITS, True), (MAX_NUMERAL_DIGITS + 1, False), (100_000, False),
])
def test_a_digit_run_longer_than_the_bound_is_not_a_number(digits, is_mention):
    text = "about " + "7" * digits + " units"
    assert bool(find_mentions(text)) is is_mention


def test_a_megabyte_digit_run_gives_no_claim_and_no_crash():
    report = ipnlp.analyze("1" * 1_000_000)
    assert report.claims == [] and not report.findings


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), 10**400, -(10**309), 1e301],
                         ids=["inf", "-inf", "nan", "10**400", "-10**309", "1e301"])
def test_models_refuse_values_json_and_floats_cannot_hold(value):
    with pytest.raises(ValidationError):
        Claim(id="c1", start=0, end=1, text="1", value=value, unit="count", sentence=SentenceRef(start=0, end=1))
    if isinstance(value, float):
        with pytest.raises(ValidationError):
            Change(value=value, unit="percent", direction="up", start=0, end=1, text="1%")


@pytest.mark.parametrize("value", [0, -5, 10**40, 1e300, 0.5], ids=str)
def test_models_accept_every_value_a_report_can_state(value):
    claim = Claim(id="c1", start=0, end=1, text="1", value=value, unit="count", sentence=SentenceRef(start=0, end=1))
    json.loads(claim.model_dump_json())


# --- r05: cross-document rules run isolated -----------------------------------------------------

def _series_reports() -> list[tuple[ipnlp.Report, str]]:
    texts = [
        "Work Report of the Office 2024\n\nI. Work in 2023\n\nPatent transfer licenses filed for the year "
        "reached 480,000.\n",
        "Work Report of the Office 2025\n\nI. Work in 2024\n\nPatent transfer licenses filed for the year "
        "reached 613,000, up 29.9% year-on-year.\n",
    ]
    return [(ipnlp.analyze(text, path=f"r{index}.txt"), text) for index, text in enumerate(texts)]


def _crashing_cross_rule() -> CrossRule:
    def check(documents):
        """Raises on every series."""
        raise OverflowError("int too large to convert to float")

    return CrossRule(code="IPN599", name="always-overflows", severity="error", check=check)


def test_a_crashing_cross_rule_is_one_internal_error_and_the_other_rules_still_report():
    documents = place_in_series(_series_reports(), series="one")
    findings = run_cross_rules(documents, (_crashing_cross_rule(), *CROSS_RULES))
    codes = [f.code for f in findings]
    assert codes.count(engine.INTERNAL_ERROR.code) == 1
    assert "IPN502" in codes
    crash = next(f for f in findings if f.code == engine.INTERNAL_ERROR.code)
    assert "IPN599" in crash.message and "OverflowError" in crash.message and crash.path == "r1.txt"


def test_a_crashing_cross_rule_is_re_raised_under_debug():
    documents = place_in_series(_series_reports(), series="one")
    with pytest.raises(OverflowError):
        run_cross_rules(documents, (_crashing_cross_rule(),), debug=True)


def test_check_with_huge_figures_in_a_series_writes_its_sarif(capsys):
    big = "1" + "0" * 400
    Path("r2024.txt").write_text(f"Work Report of the Office 2024\n\nI. Work in 2023\n\nThe office granted {big} "
                                 "patents in 2023.\n", encoding="utf-8")
    Path("r2025.txt").write_text(f"Work Report of the Office 2025\n\nI. Work in 2024\n\nThe office granted {big} "
                                 "patents in 2024, up 5% year-on-year.\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "r2024.txt", "r2025.txt", "--format", "sarif", "-o", "cross.sarif")
    assert code in (0, 1), err
    assert json.loads(Path("cross.sarif").read_text(encoding="utf-8"))["runs"][0]["invocations"][0][
        "executionSuccessful"]


# --- r11: bounded findings and claims -------------------------------------------------------------

def _flood_rule(count: int) -> Rule:
    def check(view):
        """Flags every character."""
        for index in range(count):
            yield make_finding(rule, view, f"finding {index}", [(index % len(view.text), index % len(view.text) + 1)])

    rule = Rule(code="IPN198", name="flood", severity="warning", check=check)
    return rule


@pytest.mark.parametrize(("produced", "kept", "said"), [
    (10, 10, None),
    (engine.MAX_FINDINGS_PER_RULE, engine.MAX_FINDINGS_PER_RULE, None),
    (engine.MAX_FINDINGS_PER_RULE + 1, engine.MAX_FINDINGS_PER_RULE + 1, "and 1 more"),
    (engine.MAX_FINDINGS_PER_RULE + 2_345, engine.MAX_FINDINGS_PER_RULE + 1, "and 2,345 more"),
    (engine.MAX_FINDINGS_PER_RULE + engine.MAX_FINDINGS_COUNTED + 50, engine.MAX_FINDINGS_PER_RULE + 1,
     f"and at least {engine.MAX_FINDINGS_COUNTED:,} more"),
])
def test_findings_per_rule_and_document_are_capped_with_a_summary(produced, kept, said):
    view = build_view("Some text to point into. " * 4)
    rule = _flood_rule(produced)
    findings = engine.capped_findings(rule, rule.check(view), view.path)
    assert len(findings) == kept
    summary = findings[-1].message
    if said is None:
        assert "more" not in summary
    else:
        assert said in summary and findings[-1].code == rule.code and findings[-1].severity == "warning"
        assert findings[-1].evidence  # points at the first finding not shown


@pytest.mark.parametrize(("text", "floods"), [
    ("“" * 5_000, True), ("()" * 3_000, False), ("up 5% " * 1_000, False), ("I. A\n" * 1_000, False),
])
def test_one_finding_per_character_is_capped_in_every_rule(text, floods):
    # ``floods``: some rule has a finding per character here, so the cap is exercised (the other
    # shapes flooded rules that now see them for what they are).
    report = ipnlp.analyze(text)
    per_rule: dict[str, int] = {}
    for finding in report.findings:
        per_rule[finding.code] = per_rule.get(finding.code, 0) + 1
    assert max(per_rule.values(), default=0) <= engine.MAX_FINDINGS_PER_RULE + 1
    if floods:
        assert max(per_rule.values()) == engine.MAX_FINDINGS_PER_RULE + 1


def test_claims_per_document_are_capped_and_the_cap_is_reported(monkeypatch):
    monkeypatch.setattr(claim_extraction, "MAX_CLAIMS", 30)
    report = ipnlp.analyze("The office granted 5 patents. " * 20 + " ".join(["7 cases"] * 40) + ".")
    assert len(report.claims) == 30
    assert [c.id for c in report.claims] == [f"c{i:03d}" for i in range(1, 31)]
    notices = [f for f in report.findings if f.code == engine.CLAIMS_CAPPED.code]
    assert len(notices) == 1 and "30" in notices[0].message


def test_a_document_under_the_claims_cap_gets_no_notice(monkeypatch):
    monkeypatch.setattr(claim_extraction, "MAX_CLAIMS", 30)
    report = ipnlp.analyze("The office granted 5 patents. " * 29)
    assert len(report.claims) == 29
    assert not [f for f in report.findings if f.code == engine.CLAIMS_CAPPED.code]


# --- r19: a zero baseline -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Patents rose from 0 patents, up 5% year-on-year, to 12 patents in 2024.",
    "Licenses reached 0 licenses in 2023 and rose to 40 licenses in 2024, up 12% year-on-year.",
    "The rate rose from 0% to 4.5%, up 3% year-on-year.",
])
def test_a_zero_earlier_value_does_not_crash_the_yoy_rule(capsys, sentence):
    report = ipnlp.analyze("Report\n\n" + sentence + "\n")
    assert not [f for f in report.findings if f.code == engine.INTERNAL_ERROR.code]
    Path("t.txt").write_text("Report\n\n" + sentence + "\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "t.txt", "--select", "IPN105")
    assert code == 0, err


# --- r23: cross-document evidence is placed in the analysed text ------------------------------------

def test_cross_evidence_lines_come_from_the_analysed_text_not_from_the_file_now(tmp_path, monkeypatch):
    earlier, later = tmp_path / "a_2024.txt", tmp_path / "c_2025.txt"
    earlier.write_text("Work Report of the Office 2024\n\nI. Work in 2023\n\nPatent transfer licenses filed "
                       "for the year reached 480,000.\n", encoding="utf-8")
    later.write_text("Work Report of the Office 2025\n\nI. Work in 2024\n\nPatent transfer licenses filed for "
                     "the year reached 613,000, up 29.9% year-on-year.\n", encoding="utf-8")
    reports = [analyze_file(earlier), analyze_file(later)]
    earlier.write_text("Draft note\n\n\n\n\n" + earlier.read_text(encoding="utf-8"), encoding="utf-8")

    def no_reading(*args, **kwargs):
        raise AssertionError("cross-document rules must not read the file again")

    monkeypatch.setattr("ipnlp.io.read_document", no_reading)
    collector = SeriesCollector()
    for report in reports:
        collector.add(pickle.loads(pickle.dumps(report)))  # as a worker process sends it back
    findings = [f for f in collector.findings() if f.code == "IPN502"]
    assert findings
    evidence = next(e for e in findings[0].evidence if e.path == str(earlier))
    assert (evidence.line, evidence.column) == (5, evidence.start - len("Work Report of the Office 2024\n\n"
                                                                         "I. Work in 2023\n\n") + 1)


# --- the time budget per document -------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class _BudgetSettings(Settings):
    time_budget: float = 0.3


def test_a_document_over_its_time_budget_is_its_own_error_and_the_batch_goes_on():
    slow = "The office granted 5 patents, up 5% year-on-year. " * 8_000
    results = list(analyze_many([(slow, "slow.txt"), ("The office granted 5 patents.", "quick.txt")],
                                config=_BudgetSettings()))
    assert isinstance(results[0], ipnlp.InputError) and results[0].code == "E024"
    assert "slow.txt" in results[0].message
    assert isinstance(results[1], ipnlp.Report) and results[1].claims


def test_the_time_budget_interrupts_a_busy_loop_and_is_disarmed_after():
    handler = signal.getsignal(signal.SIGVTALRM)
    with pytest.raises(TimeBudgetExceeded) as raised, time_budget(0.05, "x.txt"):
        while True:
            pass
    assert raised.value.code == "E024" and "x.txt" in str(raised.value)
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGVTALRM) == handler


def test_an_expired_budget_is_raised_again_when_its_exception_was_discarded():
    # Python discards an exception raised inside a garbage-collector callback or a __del__; hypothesis
    # registers such a callback, and the budget once went off there and was lost.
    with pytest.raises(TimeBudgetExceeded), time_budget(0.05, "x.txt"):
        try:
            while True:
                pass
        except TimeBudgetExceeded:
            pass  # discarded, as in a GC callback
        while True:
            pass
    assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)


@pytest.mark.parametrize("seconds", [None, 0])
def test_no_budget_arms_no_timer(seconds):
    with time_budget(seconds, None):
        assert signal.getitimer(signal.ITIMER_VIRTUAL) == (0.0, 0.0)


def test_the_time_budget_is_not_mistaken_for_a_rule_crash(monkeypatch):
    def check(view):
        """Uses up the budget."""
        raise TimeBudgetExceeded("E024 analysing x stopped")

    rule = Rule(code="IPN197", name="budget-eater", severity="error", check=check)
    monkeypatch.setattr(engine.registry, "select_rules", lambda *a, **k: (rule,))
    with pytest.raises(TimeBudgetExceeded):
        engine.run_rules(build_view("Some text."), Settings())


# --- Ctrl-C ---------------------------------------------------------------------------------------

_CONSOLE_SCRIPT = "from ipnlp.cli import run; run()"  # what the ipnlp console script runs


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see the work has begun")
def test_ctrl_c_during_a_long_check_exits_130_without_a_traceback(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(("A total of 10 patents were granted, of which 5 patents and 5 patents. “() 1 " * 60_000),
                   encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-c", _CONSOLE_SCRIPT, "check", str(big)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Deep in the work, not during start-up: wait for CPU time spent, not for wall time, which a
    # loaded machine stretches at will.
    deadline = time.monotonic() + 120
    while process.poll() is None and _cpu_seconds(process.pid) < 2.0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the check ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("ipnlp did not stop on SIGINT")
    assert process.returncode == 130, err
    assert b"Traceback" not in err


def test_findings_past_the_cap_are_counted_unbuilt_and_built_when_read():
    view = build_view("Some text to point into. " * 4)
    seen = []

    def check(view):
        """Reads some of its findings back."""
        for index in range(engine.MAX_FINDINGS_PER_RULE + 50):
            finding = make_finding(rule, view, f"finding {index}", [(index % 10, index % 10 + 2)])
            if index % 20 == 0:
                seen.append((finding.message, finding.evidence[0].text, finding.fingerprint))
            yield finding

    rule = Rule(code="IPN197", name="reader", severity="warning", check=check)
    findings = engine.capped_findings(rule, rule.check(view), view.path)
    assert len(findings) == engine.MAX_FINDINGS_PER_RULE + 1 and "and 50 more" in findings[-1].message
    assert findings[-1].evidence[0].start == engine.MAX_FINDINGS_PER_RULE % 10  # the first not shown
    built = [make_finding(rule, view, f"finding {i}", [(i % 10, i % 10 + 2)]) for i in range(0, 250, 20)]
    assert seen == [(f.message, f.evidence[0].text, f.fingerprint) for f in built]
    assert all(type(f).__name__ == "Finding" for f in findings)
