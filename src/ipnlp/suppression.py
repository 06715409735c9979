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

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Finding

MARKER = "ipnlp:"
# Codes are words separated by spaces or commas; a word starts with a letter or digit, so the
# separators, the words and the closing "-->" cannot be split two ways: every match attempt is
# linear, also on long runs of spaces with no end to the comment.
_CODES = r"(?P<codes>(?:[ \t,]+\w[\w-]*)*)"
_HTML = re.compile(r"<!--[ \t\r\n]*ipnlp:[ \t]*(?P<kind>ignore-file|ignore)(?![\w-])" + _CODES
                   + r"[ \t\r\n,]*-->")
_PLAIN = re.compile(r"(?:^|(?<=[ \t]))#[ \t]*ipnlp:[ \t]*(?P<kind>ignore-file|ignore)(?![\w-])" + _CODES
                    + r"[ \t\r,]*$", re.MULTILINE)
_UNSUPPRESSIBLE = "IPN000"


@dataclass(frozen=True)
class Suppression:
    """Findings of ``selectors`` (all rules when empty) starting in [start, end) are dropped."""

    start: int
    end: int
    selectors: tuple[str, ...]


def _names(selectors: tuple[str, ...], finding: Finding) -> bool:
    return not selectors or any(finding.code.startswith(s) or finding.rule == s.lower() for s in selectors)


class _Lines:
    """Offset <-> line index by bisect over the newline positions: every lookup is O(log n), so
    many directives on one long line or many lines of directives stay linear overall."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def __len__(self) -> int:
        return len(self.starts)

    def index(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def start(self, index: int) -> int:
        return self.starts[index] if index < len(self.starts) else len(self.text)

    def end(self, index: int) -> int:
        """Offset of the line's newline (or of the end of the text)."""
        return self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)

    def blank(self, index: int) -> bool:
        return not self.text[self.start(index):self.end(index)].strip()


def parse_suppressions(text: str) -> list[Suppression]:
    """Every suppression scope of ``text``: the span of text and the rules it applies to.

    Directives above the same paragraph are merged into one scope, so the list stays short.
    """
    if MARKER not in text:  # the common case costs one substring search
        return []
    lines = _Lines(text)
    directives = _directives(text)
    alone = [_alone_on_line(text, m) for m in directives]
    directive_lines = {i for m, is_alone in zip(directives, alone, strict=True) if is_alone
                       for i in range(lines.index(m.start()), lines.index(m.end()) + 1)}
    paragraphs = _Paragraphs(lines, directive_lines)
    scopes: dict[tuple[int, int], list[str] | None] = {}  # None: every rule
    for match, is_alone in zip(directives, alone, strict=True):
        selectors = tuple(c.upper() if c[:3].upper() == "IPN" else c
                          for c in re.split(r"[\s,]+", match["codes"]) if c)
        if match["kind"] == "ignore-file":
            span = (0, len(text))
        elif is_alone:
            span = paragraphs.after(lines.index(match.end()) + 1)
        else:
            span = (lines.start(lines.index(match.start())), lines.end(lines.index(match.end())))
        if span[0] >= span[1]:
            continue
        if not selectors or (span in scopes and scopes[span] is None):
            scopes[span] = None  # every rule, which absorbs any list of rules
        else:
            scopes.setdefault(span, []).extend(selectors)  # type: ignore[union-attr]
    return [Suppression(start, end, tuple(dict.fromkeys(selectors or ())))
            for (start, end), selectors in scopes.items()]


class _Paragraphs:
    """The paragraph a stand-alone directive applies to, memoised: a run of stacked directive
    lines is walked once, not once per directive."""

    def __init__(self, lines: _Lines, directive_lines: set[int]) -> None:
        self.lines = lines
        self.directive_lines = directive_lines
        self._first_content: dict[int, int] = {}
        self._spans: dict[int, tuple[int, int]] = {}

    def _skippable(self, index: int) -> bool:
        return index in self.directive_lines or self.lines.blank(index)

    def after(self, index: int) -> tuple[int, int]:
        """(start, end) of the first block of content lines at or after line ``index``."""
        visited = []
        while index < len(self.lines) and index not in self._first_content and self._skippable(index):
            visited.append(index)
            index += 1
        first = self._first_content.get(index, index)
        for line in visited:
            self._first_content[line] = first
        if first >= len(self.lines):
            return len(self.lines.text), len(self.lines.text)
        if first not in self._spans:
            last = first
            while last + 1 < len(self.lines) and not self._skippable(last + 1):
                last += 1
            self._spans[first] = (self.lines.start(first), self.lines.end(last) + 1)
        return self._spans[first]


class _Index:
    """Which rules are suppressed on which line, for looking findings up in O(log n)."""

    def __init__(self, text: str, suppressions: Sequence[Suppression], directives: Sequence[re.Match[str]]):
        self.lines = _Lines(text)
        self.whole_file: list[tuple[str, ...]] = []
        self.by_line: dict[int, list[tuple[str, ...]]] = {}
        for scope in suppressions:
            if scope.start == 0 and scope.end == len(text):
                self.whole_file.append(scope.selectors)
                continue
            for line in range(self.lines.index(scope.start), self.lines.index(scope.end - 1) + 1):
                self.by_line.setdefault(line, []).append(scope.selectors)
        self.directive_starts = [m.start() for m in directives]
        self.directive_ends = [m.end() for m in directives]

    def covers(self, finding: Finding) -> bool:
        if finding.code == _UNSUPPRESSIBLE or not finding.evidence:
            return False
        offset = finding.evidence[0].start
        # Inside a directive itself: the comment is not report prose, nothing there is reported.
        at = bisect.bisect_right(self.directive_starts, offset) - 1
        if at >= 0 and offset < self.directive_ends[at]:
            return True
        selectors = [*self.whole_file, *self.by_line.get(self.lines.index(offset), ())]
        return any(_names(s, finding) for s in selectors)


def _directives(text: str) -> list[re.Match[str]]:
    """Every directive, in text order, none overlapping another."""
    found = sorted([*_HTML.finditer(text), *_PLAIN.finditer(text)], key=lambda m: m.start())
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def mask_directives(text: str) -> str:
    """``text`` with every directive blanked out (newlines kept, so offsets, lines and columns stay
    exact): the comments are not report prose, and ``IPN101`` in one is not a figure."""
    if MARKER not in text:
        return text
    pieces = []
    position = 0
    for match in _directives(text):
        pieces.append(text[position:match.start()])
        pieces.append(re.sub(r"[^\n]", " ", match.group()))
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


def apply_suppressions(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` without those an inline comment of ``text`` suppresses."""
    if MARKER not in text:
        return list(findings)
    index = _Index(text, parse_suppressions(text), _directives(text))
    return [f for f in findings if not index.covers(f)]


def _alone_on_line(text: str, match: re.Match[str]) -> bool:
    """Only spaces between the directive and the line's start and end. Walks only the spaces, which
    lie between two directives at most, so all directives together cost one pass."""
    before = match.start()
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before > 0 and text[before - 1] != "\n":
        return False
    after = match.end()
    while after < len(text) and text[after] in " \t\r":
        after += 1
    return after == len(text) or text[after] == "\n"
