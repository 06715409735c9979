"""Findings as one JSON document.

``findings`` items have exactly the shape of ``Report.findings`` items in ``ipnlp analyze --format
json`` (same ``schema_version``), so one parser reads both. Lone surrogates (a file name that is
not UTF-8) are written as ``\\udcXX`` escapes (see ``_escape.json_text``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import __version__
from ..models import SCHEMA_VERSION, Finding, InputError
from ..rules.base import Rule
from ._escape import json_text


def render(
    findings: Sequence[Finding],
    *,
    rules: Sequence[Rule] = (),
    input_errors: Sequence[InputError] = (),
    color: bool = False,
    version: str = __version__,
) -> str:
    payload = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "ipnlp", "version": version},
        "findings": [f.model_dump(mode="json") for f in findings],
        "input_errors": [e.model_dump(mode="json") for e in input_errors],
    }
    return json_text(payload) + "\n"
