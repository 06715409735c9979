"""Meta-test over the rule examples tables (proselint's examples.py pattern).

Every module ``tests/rules/examples_*.py`` defines ``EXAMPLES = [(code, text, should_flag), ...]``.
This test asserts that (a) every registered per-document rule (below IPN500) has at least one
flagging and one passing example, and (b) analysing each example with only its rule selected
flags it exactly when ``should_flag`` says so. New example modules and new rules are picked up
automatically.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from ipnlp.api import analyze
from ipnlp.config import Settings
from ipnlp.rules import registry

CROSS_DOCUMENT_FROM = "IPN500"  # IPN5xx rules compare several reports; their examples live elsewhere


def _load_examples() -> list[tuple[str, str, str, bool]]:
    rows = []
    for path in sorted(Path(__file__).parent.glob("examples_*.py")):
        module = importlib.import_module(f"{__package__}.{path.stem}")
        for index, (code, text, should_flag) in enumerate(module.EXAMPLES):
            rows.append((f"{path.stem}[{index}]", code, text, bool(should_flag)))
    return rows


EXAMPLES = _load_examples()
PER_DOCUMENT_RULES = [r for r in registry.all_rules() if r.code < CROSS_DOCUMENT_FROM]


@pytest.mark.parametrize("rule", PER_DOCUMENT_RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_every_rule_has_a_flagging_and_a_passing_example(rule):
    outcomes = {should_flag for _, code, _, should_flag in EXAMPLES if code == rule.code}
    assert True in outcomes, f"{rule.code} {rule.name} has no example that it flags"
    assert False in outcomes, f"{rule.code} {rule.name} has no example that it passes"


@pytest.mark.parametrize(("where", "code"), sorted({(w, c) for w, c, _, _ in EXAMPLES}))
def test_every_example_names_a_registered_rule(where, code):
    assert registry.get_rule(code) is not None, f"{where}: {code} is not a registered rule"


@pytest.mark.parametrize(
    ("code", "text", "should_flag"),
    [pytest.param(code, text, flag, id=f"{where}-{code}-{'flags' if flag else 'passes'}")
     for where, code, text, flag in EXAMPLES],
)
def test_example(code, text, should_flag):
    if registry.get_rule(code) is None:
        pytest.fail(f"{code} is not a registered rule")
    report = analyze(text, path="example.txt", config=Settings(select=(code,), debug=True, preview=True))
    flagged = [f for f in report.findings if f.code == code]
    if should_flag:
        assert flagged, f"{code} should flag:\n{text}"
    else:
        assert not flagged, f"{code} should pass but said: {[f.message for f in flagged]}\n{text}"
