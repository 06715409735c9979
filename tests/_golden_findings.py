"""A tiny fixed report with hand-made findings, shared by the output and SARIF tests.

The findings are built with the real ``make_finding`` over a ``ReportView`` (no segmentation or
extraction involved), so line/column/offset derivation is the production code path.
"""

from __future__ import annotations

from ipnlp.api import finalise_findings
from ipnlp.models import SourceLocation
from ipnlp.rules import sort_findings
from ipnlp.rules.base import Rule, make_finding
from ipnlp.view import ReportView

REPORT = (
    "Work Report 2025\n"
    "I. Results\n"
    "Patent transfer licenses reached 613,000, up 29.9%.\n"
    "The office recorded 610,000 patent transfer licenses for the year.\n"
    "Its share rose to 13.04%, an increase of 0.44%.\n"
    'He said "quality, first: always.\n'
    "%\r fine\n"
)
PDF_REPORT = "Page one text.\n\nAcronym CNIPA appears here before its definition."


def _conflicting_values(view):
    """The same metric for the same period stated with different values.

    What it does: compares claims about one subject and period.

    Why it matters: a reader cannot tell which figure is right.

    Example: "613,000 ... up 29.9%" and later "610,000 ... for the year".

    Use instead: state the figure once, or the same figure each time.
    """
    return ()


def _percent_points(view):
    """A change of a share written with % instead of percentage points."""
    return ()


def _unbalanced_quotes(view):
    """An opening quotation mark without its closing mark."""
    return ()


def _acronym(view):
    """An acronym used before it is defined."""
    return ()


CONFLICT = Rule(code="IPN101", name="conflicting-values", severity="error", check=_conflicting_values)
PERCENT = Rule(code="IPN401", name="percent-vs-percentage-point", severity="warning", check=_percent_points)
QUOTES = Rule(code="IPN404", name="unbalanced-quotes", severity="warning", check=_unbalanced_quotes)
ACRONYM = Rule(code="IPN411", name="acronym-before-definition", severity="info", check=_acronym)
RULES = (CONFLICT, PERCENT, QUOTES, ACRONYM)


def _span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def findings():
    view = ReportView(text=REPORT, sections=(), claims=(), paragraphs=(), sentences=(),
                      path="reports/work report,2025.txt")
    pdf = ReportView(text=PDF_REPORT, sections=(), claims=(), paragraphs=(), sentences=(),
                     path="reports/scan.pdf",
                     locate=lambda offset: SourceLocation(kind="pdf", page=1 if offset < 16 else 2))
    report_findings = [
        make_finding(PERCENT, view, "a change of the share 13.04% is written as 0.44%: "
                                    "say 0.44 percentage points", [_span(REPORT, "an increase of 0.44%")]),
        make_finding(CONFLICT, view, "patent transfer licenses for 2025 are stated as 613,000 and 610,000",
                     [_span(REPORT, "613,000"), _span(REPORT, "610,000")]),
        # A span across a line break, with characters GitHub and SARIF must escape or count.
        make_finding(QUOTES, view, 'opening " without a closing one: 100% sure?\nnext line',
                     [_span(REPORT, '"quality, first: always.\n%\r')]),
    ]
    pdf_findings = [make_finding(ACRONYM, pdf, "CNIPA is used before it is defined",
                                 [_span(PDF_REPORT, "CNIPA")])]
    # What ipnlp.analyze does to every finding: suppressions applied, source excerpts attached.
    return (finalise_findings(REPORT, sort_findings(report_findings))
            + finalise_findings(PDF_REPORT, pdf_findings))
