"""Human-readable findings: ``path:line:col: CODE [severity] message``, grouped by file.

Colour only when the caller says so (``should_color``: the stream is a terminal and ``NO_COLOR``
is unset), so files, pipes and CI logs get plain text.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TextIO

from ..models import Finding, InputError
from ..rules.base import Rule
from ._spans import display_path, location_note

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOR = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[34m"}
_EXCERPT = 60  # characters of an extra evidence span shown on its "also at" line


def should_color(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """https://no-color.org: any non-empty NO_COLOR disables colour; so does a non-terminal stream."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _finding_lines(finding: Finding, color: bool) -> list[str]:
    path = display_path(finding.path)
    first = finding.evidence[0] if finding.evidence else None
    where = f"{path}:{first.line}:{first.column}" if first else f"{path}:1:1"
    code = _paint(finding.code, _BOLD + _SEVERITY_COLOR.get(finding.severity, ""), color)
    severity = _paint(f"[{finding.severity}]", _SEVERITY_COLOR.get(finding.severity, ""), color)
    note = location_note(first) if first else ""
    # One line per finding, so editors and grep can parse path:line:col: even for odd messages.
    message = " ".join(finding.message.splitlines())
    lines = [f"{_paint(where, _BOLD, color)}: {code} {severity} {message}"
             + (f" ({note})" if note else "")]
    for extra in finding.evidence[1:]:
        excerpt = " ".join(extra.text.split())
        if len(excerpt) > _EXCERPT:
            excerpt = excerpt[: _EXCERPT - 1] + "…"
        extra_note = location_note(extra)
        suffix = f" ({extra_note})" if extra_note else ""
        # Evidence in another file (cross-document rules) names that file.
        place = f"{extra.path}:" if extra.path and extra.path != finding.path else ""
        lines.append(_paint(f"    also at {place}{extra.line}:{extra.column}: “{excerpt}”{suffix}", _DIM,
                            color))
    return lines


def render(
    findings: Sequence[Finding],
    *,
    rules: Sequence[Rule] = (),
    input_errors: Sequence[InputError] = (),
    color: bool = False,
) -> str:
    groups: dict[str | None, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.path, []).append(finding)
    blocks = ["\n".join(line for f in group for line in _finding_lines(f, color))
              for group in groups.values()]
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    if findings:
        detail = ", ".join(_plural(n, s) for s, n in counts.items() if n)
        summary = f"Found {_plural(len(findings), 'finding')} ({detail}) in {_plural(len(groups), 'file')}."
    else:
        summary = "No findings."
    if input_errors:
        summary += f" {_plural(len(input_errors), 'input')} could not be read."
    return "\n\n".join([*blocks, summary]) + "\n"
