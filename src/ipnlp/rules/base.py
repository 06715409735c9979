"""What a consistency rule is: a value (code, name, severity, doc) plus a check function.

Rules are plain values, not classes: ``RULE = Rule(code=..., name=..., severity=..., check=check)``.
The check function's docstring is the rule's documentation (What it does / Why it matters /
Example / Use instead); ``ipnlp rules CODE`` prints it and SARIF takes ``fullDescription`` from it.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass

from ..models import Finding, Severity
from ..view import ReportView

CheckFunction = Callable[[ReportView], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    code: str  # IPN + 3 digits; the hundreds digit is the family (1 figures, 2 repetition, ...)
    name: str  # kebab-case, stable, used in output and configuration
    severity: Severity
    check: CheckFunction
    summary: str = ""  # one line; defaults to the first line of the docstring
    # A rule that has not yet proven itself on real reports runs only with ``--preview`` (as in
    # ruff's stable/preview split), whatever ``select`` says.
    preview: bool = False

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def short(self) -> str:
        return self.summary or (self.doc.splitlines()[0] if self.doc else self.name)


def fingerprint(rule_code: str, texts: Sequence[str]) -> str:
    """Content hash of a finding: rule + whitespace/case-normalised evidence text, not offsets.

    Offsets and line numbers change whenever text above moves; content does not, so a baseline
    keyed by this survives unrelated edits.
    """
    # str.split() splits at exactly the characters re's \s matches (str.isspace), in C and faster.
    normalised = "\x1f".join(" ".join(t.split()).lower() for t in texts)
    # surrogatepass: text from a broken PDF may hold lone surrogates, which strict UTF-8 refuses.
    return hashlib.sha256(f"{rule_code}\x1e{normalised}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


#: The rule whose findings past its cap the engine is only counting (``rules.capped_findings``):
#: meanwhile ``make_finding`` defers building that rule's findings until something reads one.
COUNTING: ContextVar[Rule | None] = ContextVar("ipnlp_counting_rule", default=None)


def make_finding(
    rule: Rule,
    view: ReportView,
    message: str,
    spans: Sequence[tuple[int, int]],
    *,
    severity: Severity | None = None,
) -> Finding:
    """Build a Finding for ``rule`` with evidence at ``spans`` (start, end offsets into view.text).

    Past the per-rule cap the engine only counts a rule's findings (a flood of thousands of
    findings); the finding returned then is built on first use of any of its attributes, so a
    finding only counted costs no evidence, hash or validation.
    """
    if COUNTING.get() is rule:
        return _DeferredFinding(rule, view, message, tuple(spans), severity)  # type: ignore[return-value]
    return _build_finding(rule, view, message, spans, severity)


def _build_finding(rule: Rule, view: ReportView, message: str, spans: Sequence[tuple[int, int]],
                   severity: Severity | None) -> Finding:
    evidence = [view.evidence(start, end) for start, end in spans]
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=severity or rule.severity,
        message=message,
        evidence=evidence,
        fingerprint=fingerprint(rule.code, [e.text for e in evidence]),
        path=view.path,
    )


class _DeferredFinding:
    """A finding the engine only counts: built from ``make_finding``'s arguments when first read."""

    __slots__ = ("_arguments", "_finding")

    def __init__(self, *arguments: object) -> None:
        self._arguments = arguments
        self._finding: Finding | None = None

    def __getattr__(self, name: str) -> object:
        if self._finding is None:
            self._finding = _build_finding(*self._arguments)  # type: ignore[arg-type]
        return getattr(self._finding, name)
