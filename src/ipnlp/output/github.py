"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding,
which GitHub shows as an annotation on the file and line.

Escaping follows actions/toolkit (``command.ts``): in the message ``%``, CR and LF are
percent-encoded; in property values also ``:`` and ``,``, which would end the value. Before that,
other control characters (ESC, OSC, bidi overrides) from the document or a file name are made
visible (``_escape.printable``), so nothing reaches the CI log raw; a newline in a file name is
shown as ``\\n`` rather than forging a second command.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Finding, InputError
from ..rules.base import Rule
from ._escape import printable
from ._spans import display_path, end_line_col, location_note

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    text = printable(text, keep="\r\n")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(printable(text)).replace(":", "%3A").replace(",", "%2C")


def _line(finding: Finding) -> str:
    properties = [("file", display_path(finding.path))]
    message = finding.message
    if finding.evidence:
        first = finding.evidence[0]
        end_line, end_column = end_line_col(first)
        properties.append(("line", str(first.line)))
        if end_line == first.line:  # GitHub rejects columns on an annotation spanning lines
            properties.append(("col", str(first.column)))
        properties.append(("endLine", str(end_line)))
        if end_line == first.line:
            properties.append(("endColumn", str(end_column)))
        note = location_note(first)
        if note:
            message += f" ({note})"
    properties.append(("title", f"{finding.code} {finding.rule}"))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity]} {rendered}::{escape_data(message)}"


def render(
    findings: Sequence[Finding],
    *,
    rules: Sequence[Rule] = (),
    input_errors: Sequence[InputError] = (),
    color: bool = False,
) -> str:
    lines = [_line(f) for f in findings]
    lines += [f"::error file={escape_property(display_path(e.path))},title={escape_property(e.code)}::"
              f"{escape_data(e.message)}" for e in input_errors]
    return "".join(line + "\n" for line in lines)
