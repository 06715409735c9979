"""Findings as JSON Lines: one ``Finding`` (the ``Report.findings`` item shape) per line, for streams
and ``jq``. Unreadable inputs are reported on stderr by the CLI, not mixed into the stream."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Finding, InputError
from ..rules.base import Rule
from ._escape import json_text


def render(
    findings: Sequence[Finding],
    *,
    rules: Sequence[Rule] = (),
    input_errors: Sequence[InputError] = (),
    color: bool = False,
) -> str:
    return "".join(json_text(f.model_dump(mode="json"), indent=None) + "\n" for f in findings)
