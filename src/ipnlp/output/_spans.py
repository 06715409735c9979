"""Shared helpers for the finding formats: where an evidence span ends, how a path is shown."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Evidence, Finding

STDIN_NAME = "<stdin>"


def end_line_col(evidence: Evidence) -> tuple[int, int]:
    """1-based line and column just past the span (exclusive end, as SARIF and ruff use).

    Derived from the evidence text, which is exactly ``text[start:end]``, so no view is needed.
    """
    newlines = evidence.text.count("\n")
    if newlines == 0:
        return evidence.line, evidence.column + len(evidence.text)
    return evidence.line + newlines, len(evidence.text) - evidence.text.rfind("\n")


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


def by_location(findings: Sequence[Finding], path_order: Sequence[str | None] = ()) -> list[Finding]:
    """Files in ``path_order`` (files not in it after, in order of appearance); within a file by
    where the first evidence starts, then by code, like ruff. A finding without evidence (a
    crashed rule) comes first in its file."""
    position: dict[str | None, int] = {}
    for path in [*path_order, *(f.path for f in findings)]:
        position.setdefault(path, len(position))
    return sorted(findings, key=lambda f: (position[f.path], f.evidence[0].start if f.evidence else -1,
                                           f.code, f.message))
