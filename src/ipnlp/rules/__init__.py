"""Consistency rules and the engine that runs them over one document.

``run_rules(view, settings)`` runs every selected rule (see ``registry``), skips the rules that
``per-file-ignores`` turns off for ``view.path`` and returns the findings most severe first.

A rule that raises does not end the run: unless ``settings.debug`` is set (``ipnlp --debug``:
the traceback is printed to stderr and the exception re-raised), the exception becomes one
``IPN000 internal-error`` finding naming the rule and the exception, and the other rules still
run. It is a finding rather than a line on stderr so that it survives batch workers and reaches
every output format; ``ipnlp check`` prints it to stderr too and exits 2.

Output stays bounded whatever the document: a rule keeps at most ``MAX_FINDINGS_PER_RULE``
findings per document and the rest become one summary finding ("... and 12,345 more"), counted
up to ``MAX_FINDINGS_COUNTED``. A document whose figures reached the extractor's cap gets one
``IPN001 claims-capped`` notice. A document's time budget (``ipnlp.budget``) is not a rule crash:
it ends the whole document.
"""

from __future__ import annotations

import itertools
import sys
import traceback
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..budget import TimeBudgetExceeded
from ..extract import claims as claim_extraction
from ..models import Evidence, Finding
from ..view import ReportView
from . import registry
from .base import COUNTING, Rule, fingerprint

if TYPE_CHECKING:  # config imports the registry, so a module-level import here would be circular
    from ..config import Settings

__all__ = ["CLAIMS_CAPPED", "INTERNAL_ERROR", "MAX_FINDINGS_COUNTED", "MAX_FINDINGS_PER_RULE", "Rule",
           "capped_findings", "run_rules", "sort_findings"]

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}

#: Findings of one rule kept per document. A hostile document (a megabyte of opening quotes)
#: would otherwise produce one finding per character: gigabytes of memory and of JSON.
MAX_FINDINGS_PER_RULE = 200
#: Findings past the cap are counted up to here, then counting stops ("at least N more"): each one
#: costs as much to produce as a kept one.
MAX_FINDINGS_COUNTED = 10_000


def _internal_error(view: ReportView) -> Iterable[Finding]:
    """A rule crashed on this document; its findings are missing and the others are complete.

    What it does: reports, in place of the missing findings, which rule raised which exception.
    It is emitted by the engine, never selected, and cannot be ignored or baselined.

    Why it matters: silence from a crashed rule would look like a clean report.

    Use instead: run ``ipnlp --debug check FILE`` for the traceback and report it as a bug.
    """
    return ()


INTERNAL_ERROR = Rule(code="IPN000", name="internal-error", severity="error", check=_internal_error)


def _claims_capped(view: ReportView) -> Iterable[Finding]:
    """The document states more figures than are extracted from one document; the rest were skipped.

    What it does: tells that only the first ``ipnlp.extract.claims.MAX_CLAIMS`` figures of the
    document were extracted and checked. It is emitted by the engine, never selected.

    Why it matters: figures past the cap are neither listed by ``ipnlp claims`` nor checked by
    any rule; silence about them would look like a clean report. Real reports state hundreds
    of figures; tens of thousands are a table dump or generated text.

    Use instead: split the document, or check the figures that matter in a smaller extract.
    """
    return ()


CLAIMS_CAPPED = Rule(code="IPN001", name="claims-capped", severity="warning", check=_claims_capped)


def run_rules(view: ReportView, settings: Settings | None = None) -> list[Finding]:
    """Run the rules ``settings`` selects (all registered rules when None) over ``view``."""
    if settings is None:
        from ..config import Settings

        settings = Settings()
    findings: list[Finding] = []
    for rule in registry.select_rules(settings.select, settings.ignore):
        if getattr(rule, "cross_document", False) or getattr(rule, "translation", False):
            continue  # IPN5xx run over a batch (rules.cross), IPN6xx over a translation (ipnlp.align)
        if rule.preview and not settings.preview:
            continue
        if settings.ignored_for_path(rule, view.path):
            continue
        try:
            findings.extend(capped_findings(rule, rule.check(view), view.path))
        except TimeBudgetExceeded:
            raise  # the document's budget, not this rule's fault: the batch reports the document
        except Exception as exc:
            if settings.debug:
                # Print here as well: a batch (ipnlp check) turns the re-raised exception into a
                # one-line input error, and --debug promises the traceback.
                traceback.print_exc(file=sys.stderr)
                raise
            findings.append(crash_finding(rule, view, exc))
    cap = claim_extraction.MAX_CLAIMS
    if len(view.claims) >= cap:
        findings.append(Finding(
            code=CLAIMS_CAPPED.code, rule=CLAIMS_CAPPED.name, severity=CLAIMS_CAPPED.severity,
            message=f"the document states more than {cap:,} figures; only the first {cap:,} "
                    "were extracted and checked",
            evidence=[view.evidence(view.claims[-1].start, view.claims[-1].end)],
            fingerprint=fingerprint(CLAIMS_CAPPED.code, [str(cap)]),
            path=view.path,
        ))
    return sort_findings(findings)


def capped_findings(rule: Rule, found: Iterable[Finding], path: str | None) -> list[Finding]:
    """The first ``MAX_FINDINGS_PER_RULE`` of ``found``, plus one summary finding for the rest.

    The summary has the rule's code and severity (so selecting, ignoring and ``--fail-on`` treat
    it like the findings it stands for), points at the first finding not shown and says how many
    there are, counting up to ``MAX_FINDINGS_COUNTED``.
    """
    iterator = iter(found)
    kept = list(itertools.islice(iterator, MAX_FINDINGS_PER_RULE))
    first_hidden = next(iterator, None)
    if first_hidden is None:
        return kept
    # From here the findings are only counted: ``make_finding`` defers building them meanwhile.
    counting = COUNTING.set(rule)
    try:
        hidden = 1 + sum(1 for _ in itertools.islice(iterator, MAX_FINDINGS_COUNTED - 1))
        exhausted = next(iterator, None) is None
    finally:
        COUNTING.reset(counting)
    count = f"{hidden:,}" if exhausted else f"at least {hidden:,}"
    evidence: list[Evidence] = first_hidden.evidence[:1]
    kept.append(Finding(
        code=rule.code, rule=rule.name, severity=first_hidden.severity,
        message=f"... and {count} more {rule.code} {rule.name} finding(s) in this document, not shown "
                f"(at most {MAX_FINDINGS_PER_RULE:,} per rule and document); the first is at the "
                "evidence given",
        evidence=evidence,
        fingerprint=fingerprint(rule.code, ["findings-not-shown"]),
        path=path,
    ))
    return kept


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
