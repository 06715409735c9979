"""Shared helpers for the finding formats: where an evidence span ends, how a path is shown."""

from __future__ import annotations

from ..models import Evidence
from ..segment.lines import end_line_col as span_end

STDIN_NAME = "<stdin>"


def end_line_col(evidence: Evidence) -> tuple[int, int]:
    """1-based line and column just past the span (exclusive end, as SARIF and ruff use).

    Derived from the evidence text, which is exactly ``text[start:end]``, so no view is needed.
    """
    return span_end(evidence.line, evidence.column, evidence.text)


def display_path(path: str | None) -> str:
    return STDIN_NAME if path is None else path


def location_note(evidence: Evidence) -> str:
    """"page 3" / "block 12" for text extracted from PDF/HTML/DOCX, else ""."""
    location = evidence.source_location
    if location is None:
        return ""
    if location.page is not None:
        return f"page {location.page}"
    if location.block is not None:
        return f"block {location.block}"
    return ""
