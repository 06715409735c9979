"""What a cross-document rule is, and the documents it receives.

A cross-document rule (IPN5xx) compares reports of one series — the same office's report for
successive years — rather than looking inside one report. Like ``ipnlp.rules.base.Rule`` it is a
value plus a function whose docstring is its documentation, but its ``check`` takes every
``SeriesDocument`` of one series instead of a single ``ReportView``, so the per-document engine
never runs it on one report.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

from ...models import Claim, Evidence, Finding, Report
from ...view import ReportView
from ..base import Rule, fingerprint


def remember_positions(report: Report, view: ReportView) -> None:
    """Keep, on ``report``, the line and column of every claim's and change's start in ``view``'s
    text: what cross-document evidence needs once the text is gone."""
    positions = report._positions
    for claim in view.claims:
        positions[claim.start] = view.line_col(claim.start)
        if claim.yoy is not None:
            positions[claim.yoy.start] = view.line_col(claim.yoy.start)


@dataclass(frozen=True)
class SeriesDocument:
    """One analysed report placed in its series: which series, which year, and (optionally) its text.

    Evidence takes its line and column from the text that was analysed: ``text`` when given,
    else the positions ``ipnlp.analyze`` kept on the report (``remember_positions``). The file is
    never read again: it may have changed since, or be a PDF whose text is not its bytes. A report
    with neither (one loaded from JSON) gives line 1 and the offset as column.
    """

    report: Report
    series: str
    year: int
    text: str | None = field(default=None, repr=False, compare=False)

    @property
    def path(self) -> str | None:
        return self.report.source.path

    @property
    def name(self) -> str:
        return self.path or f"<{self.year} report>"

    @cached_property
    def _line_starts(self) -> list[int] | None:
        text = self.text
        if text is None:
            return None
        starts = [0]
        position = text.find("\n")
        while position != -1:
            starts.append(position + 1)
            position = text.find("\n", position + 1)
        return starts

    def evidence(self, start: int, end: int, text: str, location: object = None) -> Evidence:
        starts = self._line_starts
        if starts is None:
            # no text to count lines in: the analysis's positions, else the offset (still exact)
            line, column = self.report._positions.get(start, (1, start + 1))
        else:
            index = bisect.bisect_right(starts, start) - 1
            line, column = index + 1, start - starts[index] + 1
        return Evidence(start=start, end=end, text=text, line=line, column=column,
                        source_location=location, path=self.path)

    def claim_evidence(self, claim: Claim) -> Evidence:
        return self.evidence(claim.start, claim.end, claim.text, claim.source_location)


CrossCheck = Callable[[Sequence[SeriesDocument]], Iterable[Finding]]


@dataclass(frozen=True)
class CrossRule(Rule):
    """A ``Rule`` whose ``check`` takes the documents of one series (``CrossCheck``).

    It subclasses ``Rule`` so the registry lists, documents and selects it like any rule; the
    per-document engine recognises ``cross_document`` and leaves it to ``run_cross_rules``.
    """

    cross_document: ClassVar[bool] = True


def make_cross_finding(
    rule: CrossRule,
    document: SeriesDocument,
    message: str,
    evidence: Sequence[Evidence],
    *,
    key: Sequence[str] = (),
) -> Finding:
    """A finding reported against ``document``, with evidence that may lie in other files.

    The fingerprint hashes the metric ``key`` and the evidence texts, never offsets or paths, so a
    baseline entry survives edits elsewhere and the renaming of files.
    """
    return Finding(
        code=rule.code,
        rule=rule.name,
        severity=rule.severity,
        message=message,
        evidence=list(evidence),
        fingerprint=fingerprint(rule.code, [*key, *(e.text for e in evidence)]),
        path=document.path,
    )
