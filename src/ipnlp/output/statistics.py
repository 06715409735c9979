"""``ipnlp check --statistics``: how many findings each rule produced, most frequent first (like
``ruff check --statistics``). Text is a table, ``--format json`` a list of objects."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..models import Finding
from ._escape import json_text, printable


def rule_counts(findings: Sequence[Finding]) -> list[tuple[str, str, int]]:
    """(code, rule name, count), most findings first, then by code."""
    counts = Counter((f.code, f.rule) for f in findings)
    return sorted(((code, name, n) for (code, name), n in counts.items()), key=lambda row: (-row[2], row[0]))


def render(findings: Sequence[Finding], *, as_json: bool = False) -> str:
    rows = rule_counts(findings)
    if as_json:
        return json_text([{"code": code, "name": name, "count": n} for code, name, n in rows]) + "\n"
    if not rows:
        return "No findings.\n"
    width = len(str(rows[0][2]))
    code_width = max(len(code) for code, _, _ in rows)
    return "".join(f"{n:>{width}}  {printable(code):<{code_width}}  {printable(name)}\n" for code, name, n in rows)
