"""Consistency rules and the engine that runs them over one document.

``run_rules(view, settings)`` runs every selected rule (see ``registry``), skips the rules that
``per-file-ignores`` turns off for ``view.path`` and returns the findings most severe first.

A rule that raises does not end the run: unless ``settings.debug`` is set (``ipnlp --debug``:
the traceback is printed to stderr and the exception re-raised), the exception becomes one
``IPN000 internal-error`` finding naming the rule and the exception, and the other rules still
run. It is a finding rather than a line on stderr so that it survives batch workers and reaches
every output format; ``ipnlp check`` prints it to stderr too and exits 2.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import Finding
from ..view import ReportView
from . import registry
from .base import Rule, fingerprint

if TYPE_CHECKING:  # config imports the registry, so a module-level import here would be circular
    from ..config import Settings

__all__ = ["INTERNAL_ERROR", "Rule", "run_rules", "sort_findings"]

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def _internal_error(view: ReportView) -> Iterable[Finding]:
    """A rule crashed on this document; its findings are missing and the others are complete.

    What it does: reports, in place of the missing findings, which rule raised which exception.
    It is emitted by the engine, never selected, and cannot be ignored or baselined.

    Why it matters: silence from a crashed rule would look like a clean report.

    Use instead: run ``ipnlp --debug check FILE`` for the traceback and report it as a bug.
    """
    return ()


INTERNAL_ERROR = Rule(code="IPN000", name="internal-error", severity="error", check=_internal_error)


def run_rules(view: ReportView, settings: Settings | None = None) -> list[Finding]:
    """Run the rules ``settings`` selects (all registered rules when None) over ``view``."""
    if settings is None:
        from ..config import Settings

        settings = Settings()
    findings: list[Finding] = []
    for rule in registry.select_rules(settings.select, settings.ignore):
        if getattr(rule, "cross_document", False):  # IPN5xx: run over a batch by rules.cross
            continue
        if rule.preview and not settings.preview:
            continue
        if settings.ignored_for_path(rule, view.path):
            continue
        try:
            findings.extend(rule.check(view))
        except Exception as exc:
            if settings.debug:
                # Print here as well: a batch (ipnlp check) turns the re-raised exception into a
                # one-line input error, and --debug promises the traceback.
                traceback.print_exc(file=sys.stderr)
                raise
            findings.append(crash_finding(rule, view, exc))
    return sort_findings(findings)


def crash_finding(rule: Rule, view: ReportView, exc: Exception) -> Finding:
    reason = f"{type(exc).__name__}: {exc}"
    return Finding(
        code=INTERNAL_ERROR.code,
        rule=INTERNAL_ERROR.name,
        severity="error",
        message=f"rule {rule.code} {rule.name} crashed ({reason}); its findings are missing, "
                "the other rules ran; run with --debug for the traceback",
        evidence=[],
        fingerprint=fingerprint(INTERNAL_ERROR.code, [rule.code, reason]),
        path=view.path,
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first, then by code, then by where the first evidence starts."""
    return sorted(findings, key=lambda f: (
        _SEVERITY_RANK.get(f.severity, len(_SEVERITY_RANK)),
        f.code,
        f.evidence[0].start if f.evidence else -1,
    ))
