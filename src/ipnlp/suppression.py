"""Inline suppression comments: a report says, next to the text, which findings it accepts.

Markdown (or any text) uses an HTML comment; plain text may use a ``#`` line instead::

    <!-- ipnlp: ignore IPN410 -->            alone on its line(s): the next paragraph
    The total rose 5%. <!-- ipnlp: ignore --> at the end of a line: that line
    <!-- ipnlp: ignore-file IPN201, IPN4 --> anywhere: the whole document
    # ipnlp: ignore IPN404                    the plain-text form, same rules

After ``ignore``/``ignore-file`` come rule codes, code prefixes (``IPN4``) or rule names,
separated by commas or spaces; none means every rule. The "next paragraph" is the first block of
non-blank lines after the comment (blank lines and further comment lines in between are
skipped), so it is one line of a one-paragraph-per-line text and one paragraph of Markdown.
A finding is suppressed when its first evidence span starts inside a scope that names its rule;
one starting inside a directive itself is never reported.
Suppressed findings are dropped where findings are finalised (``ipnlp.api.analyze``), so they
reach no output format and no exit status. The directives themselves are blanked out before
segmentation (``mask_directives``): a comment line does not join the sentence below it, and the
``101`` of ``IPN101`` is not a claim. ``IPN000`` (a crashed rule) cannot be suppressed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .models import Finding

MARKER = "ipnlp:"
# Bounded classes (no ">" in the codes, no newline in the plain form) keep every match linear.
_HTML = re.compile(r"<!--[ \t\r\n]*ipnlp:[ \t]*(?P<kind>ignore-file|ignore)(?![\w-])"
                   r"(?P<codes>[\w, \t-]{0,400}?)[ \t\r\n]*-->")
_PLAIN = re.compile(r"(?:^|(?<=[ \t]))#[ \t]*ipnlp:[ \t]*(?P<kind>ignore-file|ignore)(?![\w-])"
                    r"(?P<codes>[\w, \t-]{0,400}?)[ \t]*$", re.MULTILINE)
_UNSUPPRESSIBLE = "IPN000"


@dataclass(frozen=True)
class Suppression:
    """Findings of ``selectors`` (all rules when empty) starting in [start, end) are dropped."""

    start: int
    end: int
    selectors: tuple[str, ...]

    def covers(self, finding: Finding) -> bool:
        if finding.code == _UNSUPPRESSIBLE or not finding.evidence:
            return False
        if not self.start <= finding.evidence[0].start < self.end:
            return False
        return not self.selectors or any(
            finding.code.startswith(s) or finding.rule == s.lower() for s in self.selectors)


def parse_suppressions(text: str) -> list[Suppression]:
    """Every suppression directive of ``text``, with the span of text it applies to."""
    if MARKER not in text:  # the common case costs one substring search
        return []
    directives = _directives(text)
    directive_lines = {_line_start(text, m.start()) for m in directives if _alone_on_line(text, m)}
    suppressions = []
    for match in directives:
        selectors = tuple(c.upper() if c[:3].upper() == "IPN" else c
                          for c in re.split(r"[\s,]+", match["codes"]) if c)
        if match["kind"] == "ignore-file":
            start, end = 0, len(text)
        elif _alone_on_line(text, match):
            start, end = _next_paragraph(text, match.end(), directive_lines)
        else:
            start, end = _line_start(text, match.start()), _line_end(text, match.end())
        suppressions.append(Suppression(start, end, selectors))
        # The comment itself is not report prose: nothing found inside it is reported.
        suppressions.append(Suppression(match.start(), match.end(), ()))
    return suppressions


def _directives(text: str) -> list[re.Match[str]]:
    return sorted([*_HTML.finditer(text), *_PLAIN.finditer(text)], key=lambda m: m.start())


def mask_directives(text: str) -> str:
    """``text`` with every directive blanked out (newlines kept, so offsets, lines and columns stay
    exact): the comments are not report prose, and ``IPN101`` in one is not a figure."""
    if MARKER not in text:
        return text
    pieces = []
    position = 0
    for match in _directives(text):
        if match.start() < position:
            continue
        pieces.append(text[position:match.start()])
        pieces.append(re.sub(r"[^\n]", " ", match.group()))
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


def apply_suppressions(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` without those an inline comment of ``text`` suppresses."""
    suppressions = parse_suppressions(text)
    if not suppressions:
        return list(findings)
    return [f for f in findings if not any(s.covers(f) for s in suppressions)]


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end == -1 else end


def _alone_on_line(text: str, match: re.Match[str]) -> bool:
    before = text[_line_start(text, match.start()):match.start()]
    after = text[match.end():_line_end(text, match.end())]
    return not before.strip() and not after.strip()


def _next_paragraph(text: str, offset: int, skip_lines: Iterable[int]) -> tuple[int, int]:
    """The first block of non-blank lines after ``offset``, past blank and directive lines."""
    skip = set(skip_lines)
    position = _line_end(text, offset) + 1
    while position < len(text):
        end = _line_end(text, position)
        if text[position:end].strip() and position not in skip:
            break
        position = end + 1
    else:
        return len(text), len(text)
    start = position
    while position < len(text):
        end = _line_end(text, position)
        if not text[position:end].strip() or position in skip:
            return start, position
        position = end + 1
    return start, len(text)
