"""Human-readable findings, ordered by location like ruff::

    path:line:col: CODE [severity] message
      3 | the source line, or a window of it
        |                     ^^^^^^^

then "also at" lines for further evidence, files separated by a blank line and a summary.

Colour only when the caller says so (``should_color``: the stream is a terminal and ``NO_COLOR``
is unset), so files, pipes and CI logs get plain text. Document text and file names are escaped
(``_escape.printable``): a report cannot send terminal escapes or forge a ``path:line:col:`` line.
``concise=True`` (``--quiet``) keeps only the finding lines.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TextIO

from ..models import Evidence, Finding, InputError
from ..rules.base import Rule
from ._escape import one_line, printable
from ._spans import display_path, location_note
from .context import cell_width

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_GUTTER = "\x1b[34m"
_SEVERITY_COLOR = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[34m"}
_EXCERPT = 60  # characters of an extra evidence span shown on its "also at" line
_ELLIPSIS = "…"


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


def _shown(text: str) -> str:
    # Tabs become one space so the caret line below stays aligned; the rest is escaped.
    return printable(text.replace("\t", " "))


def source_lines(evidence: Evidence, severity: str, color: bool) -> list[str]:
    """The excerpt line with its line number and a caret line under the span; [] without one."""
    context = evidence.context
    if context is None:
        return []
    offset = min(max(evidence.start - context.start, 0), len(context.text))
    span = context.text[offset:offset + max(evidence.end - evidence.start, 0)]
    before = (_ELLIPSIS if context.clipped_start else "") + _shown(context.text[:offset])
    shown = before + _shown(context.text[offset:]) + (_ELLIPSIS if context.clipped_end else "")
    number = str(evidence.line)
    gutter = " " * len(number)
    caret = " " * cell_width(before) + "^" * max(cell_width(_shown(span)), 1)
    return [
        f"  {_paint(number + ' |', _GUTTER, color)} {shown}".rstrip(),
        f"  {_paint(gutter + ' |', _GUTTER, color)} {_paint(caret, _SEVERITY_COLOR.get(severity, ''), color)}",
    ]


def finding_line(finding: Finding, color: bool = False) -> str:
    """``path:line:col: CODE [severity] message``: one line, whatever the message or the path."""
    path = printable(display_path(finding.path))
    first = finding.evidence[0] if finding.evidence else None
    where = f"{path}:{first.line}:{first.column}" if first else f"{path}:1:1"
    code = _paint(finding.code, _BOLD + _SEVERITY_COLOR.get(finding.severity, ""), color)
    severity = _paint(f"[{finding.severity}]", _SEVERITY_COLOR.get(finding.severity, ""), color)
    note = location_note(first) if first else ""
    return (f"{_paint(where, _BOLD, color)}: {code} {severity} {one_line(finding.message)}"
            + (f" ({note})" if note else ""))


def _finding_lines(finding: Finding, color: bool, show_source: bool) -> list[str]:
    lines = [finding_line(finding, color)]
    if show_source and finding.evidence:
        lines += source_lines(finding.evidence[0], finding.severity, color)
    for extra in finding.evidence[1:]:
        excerpt = " ".join(extra.text.split())
        if len(excerpt) > _EXCERPT:
            excerpt = excerpt[: _EXCERPT - 1] + _ELLIPSIS
        extra_note = location_note(extra)
        suffix = f" ({extra_note})" if extra_note else ""
        # Evidence in another file (cross-document rules) names that file.
        place = f"{printable(extra.path)}:" if extra.path and extra.path != finding.path else ""
        lines.append(_paint(f"    also at {place}{extra.line}:{extra.column}: “{printable(excerpt)}”{suffix}",
                            _DIM, color))
    return lines


def render(
    findings: Sequence[Finding],
    *,
    rules: Sequence[Rule] = (),
    input_errors: Sequence[InputError] = (),
    color: bool = False,
    concise: bool = False,
) -> str:
    """Findings grouped by file in the order given (``ipnlp check`` orders them by location).

    ``concise``: only the ``path:line:col:`` line of each finding, no excerpt, no summary.
    """
    if concise:
        return "".join(finding_line(f, color) + "\n" for f in findings)
    groups: dict[str | None, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.path, []).append(finding)
    blocks = ["\n".join(line for f in group for line in _finding_lines(f, color, show_source=True))
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
