"""Cross-document rules (IPN5xx): checked over the reports of one series, not one report alone.

``RULES`` lists them; ``cross_check`` runs them::

    from ipnlp.rules.cross import cross_check
    findings = cross_check([(report_2025, text_2025), (report_2026, text_2026)])

Series and years come from each report's title and date lines (see ``series``), or are given
explicitly with ``series=`` and ``years=``. A finding is reported against one file (``path``) and
carries evidence in every file involved (``Evidence.path``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ...models import Finding, Report
from .. import INTERNAL_ERROR, capped_findings
from ..base import fingerprint
from . import restated_value, yoy_previous
from .base import CrossRule, SeriesDocument, make_cross_finding
from .series import group_by_series, place_in_series, report_year

RULES: tuple[CrossRule, ...] = (restated_value.RULE, yoy_previous.RULE)

__all__ = ["RULES", "CrossRule", "SeriesCollector", "SeriesDocument", "cross_check", "group_by_series",
           "make_cross_finding", "place_in_series", "report_year", "run_cross_rules"]


def run_cross_rules(
    documents: Iterable[SeriesDocument], rules: Sequence[CrossRule] = RULES, *, debug: bool = False
) -> list[Finding]:
    """Run ``rules`` over every series with at least two documents; findings in a stable order.

    Each rule runs isolated, as in the per-document engine: one that raises becomes an ``IPN000``
    finding against the series' latest report and the other rules' findings are kept (``debug``
    re-raises instead). Each rule keeps at most ``MAX_FINDINGS_PER_RULE`` findings per report,
    the rest summed up in one finding.
    """
    findings: list[Finding] = []
    for series_documents in group_by_series(documents).values():
        for rule in rules:
            try:
                found = list(rule.check(series_documents))
            except Exception as exc:
                if debug:
                    raise
                findings.append(_crash_finding(rule, series_documents, exc))
                continue
            by_path: dict[str | None, list[Finding]] = {}
            for finding in found:
                by_path.setdefault(finding.path, []).append(finding)
            for path, path_findings in by_path.items():
                findings.extend(capped_findings(rule, path_findings, path))
    return sorted(findings, key=lambda f: (f.path or "", f.evidence[0].start if f.evidence else -1, f.code))


def _crash_finding(rule: CrossRule, documents: Sequence[SeriesDocument], exc: Exception) -> Finding:
    reason = f"{type(exc).__name__}: {exc}"
    latest = documents[-1]
    names = ", ".join(d.name for d in documents)
    return Finding(
        code=INTERNAL_ERROR.code,
        rule=INTERNAL_ERROR.name,
        severity="error",
        message=f"cross-document rule {rule.code} {rule.name} crashed on the series {names} ({reason}); "
                "its findings are missing, the other rules ran; run with --debug for the traceback",
        evidence=[],
        fingerprint=fingerprint(INTERNAL_ERROR.code, [rule.code, reason]),
        path=latest.path,
    )


def cross_check(
    reports: Iterable[Report | tuple[Report, str | None]],
    *,
    series: str | None = None,
    years: Mapping[str, int] | None = None,
    rules: Sequence[CrossRule] = RULES,
) -> list[Finding]:
    """Cross-document findings for a collection of reports (optionally with their texts).

    ``series`` treats all reports as one series; ``years`` maps a path to its report's year. Reports
    whose year cannot be found, or that share a series with no other report, are not compared.
    """
    items = [(r, None) if isinstance(r, Report) else r for r in reports]
    return run_cross_rules(place_in_series(items, series=series, years=years), rules)


class SeriesCollector:
    """Keeps what cross-document rules need from a stream of reports, and runs them at the end.

    A batch streams reports and drops them; this keeps, per report that can belong to a series
    (it has a year and a title, or ``series`` is given), a slim copy: its claims and its title and
    date lines, without findings or the section tree.
    """

    def __init__(self, *, series: str | None = None, years: Mapping[str, int] | None = None) -> None:
        self.series = series
        self.years = years
        self._documents: list[SeriesDocument] = []
        self._named: list[tuple[str, frozenset[str]]] = []

    def add(self, report: Report, text: str | None = None) -> None:
        if not report.claims:
            return
        slim = report.model_copy(update={
            "findings": [], "sections": [s for s in report.sections if s.kind in ("title", "date")]})
        self._documents.extend(place_in_series([(slim, text)], series=self.series, years=self.years,
                                               known=self._named))

    def findings(self, rules: Sequence[CrossRule] = RULES, settings: object | None = None) -> list[Finding]:
        """Findings of ``rules`` over every series seen; ``settings.per_file_ignores`` apply to the
        file a finding is reported against."""
        found = run_cross_rules(self._documents, rules, debug=bool(getattr(settings, "debug", False)))
        ignored_for_path = getattr(settings, "ignored_for_path", None)
        if ignored_for_path is None:
            return found
        by_code = {rule.code: rule for rule in rules}
        return [f for f in found if f.code not in by_code or not ignored_for_path(by_code[f.code], f.path)]
