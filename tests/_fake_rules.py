"""Stand-in rules for testing the engine and the outputs without the real rule families.

Each fake rule flags every occurrence of one word; tests install them with ``install(monkeypatch,
...)`` so the registry holds exactly these rules for the duration of the test.
"""

from __future__ import annotations

import re

from ipnlp.rules import registry
from ipnlp.rules.base import Rule, make_finding


def word_rule(code: str, name: str, severity: str, word: str) -> Rule:
    def check(view):
        for match in re.finditer(rf"\b{re.escape(word)}\b", view.text):
            yield make_finding(rule, view, f"{word!r} found at offset {match.start()}",
                               [(match.start(), match.end())])

    check.__doc__ = f"""Flags the word {word!r}.

    What it does: reports every occurrence of {word!r}.

    Why it matters: a test needs something to find.
    """
    rule = Rule(code=code, name=name, severity=severity, check=check)
    return rule


def crashing_rule(code: str = "IPN199", name: str = "always-crashes") -> Rule:
    def check(view):
        """Raises on every document."""
        raise ZeroDivisionError("boom")

    return Rule(code=code, name=name, severity="error", check=check)


ALPHA = word_rule("IPN101", "alpha-error", "error", "alpha")
BETA = word_rule("IPN102", "beta-warning", "warning", "beta")
GAMMA = word_rule("IPN201", "gamma-info", "info", "gamma")
DELTA = word_rule("IPN202", "delta-warning", "warning", "delta")
FAKE_RULES = (ALPHA, BETA, GAMMA, DELTA)


def install(monkeypatch, rules=FAKE_RULES) -> tuple[Rule, ...]:
    rules = registry.check_unique(rules)
    monkeypatch.setattr(registry, "all_rules", lambda: rules)
    return rules
