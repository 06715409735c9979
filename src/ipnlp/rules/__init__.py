"""Consistency rules. TEMPORARY placeholder: the rule engine replaces run_rules."""

from __future__ import annotations

from ..models import Finding
from ..view import ReportView


def run_rules(view: ReportView, settings: object | None = None) -> list[Finding]:
    return []
