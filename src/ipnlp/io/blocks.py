"""Join the blocks of a structured document into one text, remembering where each block came from.

Readers of HTML, DOCX and PDF produce blocks (a paragraph, a heading, a page) with a location value
(block index or page number). ``TextBuilder`` joins them with blank lines, so the segmenter sees the
same paragraph structure as in a plain-text report, and ``BlockLocator`` maps any character offset
of the joined text back to its block by binary search.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

import regex

from ..models import SourceLocation

LocationKind = Literal["pdf", "html", "docx"]

# A heading that already carries its own outline marker ("I.", "Part One:", "1).", "(2)", "1.1",
# "# ") is kept verbatim so the segmenter numbers it as in the text version; a bare heading gets a
# Markdown marker of its level so it still becomes a section. Mirrors segment/sections.py families.
_HAS_MARKER = regex.compile(
    r"^(?:#{1,6}\s|(?i:part|chapter)\s+\w+\s*[:.—–-]|[IVXLC]{1,6}[.)、]\s|\d{1,2}(?:\.\d{1,2})+\.?\s"
    r"|[(（]\d{1,2}[)）]|\d{1,2}[)）]|\d{1,2}[.、]\s)"
)


@dataclass(frozen=True)
class BlockLocator:
    """``locate(offset) -> SourceLocation``; a plain picklable object so documents can cross processes."""

    kind: LocationKind
    starts: tuple[int, ...]
    values: tuple[int, ...]

    def __call__(self, offset: int) -> SourceLocation:
        if not self.starts:
            return SourceLocation(kind=self.kind)
        index = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        value = self.values[index]
        if self.kind == "pdf":
            return SourceLocation(kind="pdf", page=value)
        return SourceLocation(kind=self.kind, block=value)


@dataclass
class TextBuilder:
    kind: LocationKind
    _parts: list[str] = field(default_factory=list)
    _length: int = 0
    _starts: list[int] = field(default_factory=list)
    _values: list[int] = field(default_factory=list)

    def add(self, text: str, value: int, *, separator: str = "\n\n") -> None:
        """Append a block; ``separator`` goes before it unless it is the first."""
        if not text:
            return
        if self._parts:
            self._parts.append(separator)
            self._length += len(separator)
        if not self._values or self._values[-1] != value:
            self._starts.append(self._length)
            self._values.append(value)
        self._parts.append(text)
        self._length += len(text)

    def add_heading(self, text: str, level: int, value: int) -> None:
        """A heading line: verbatim if it has a marker or is the document's opening title."""
        text = " ".join(text.split())
        if not text:
            return
        if not _HAS_MARKER.match(text) and not (level <= 1 and not self._parts):
            text = "#" * min(max(level, 1), 6) + " " + text
        self.add(text, value)

    def build(self) -> tuple[str, BlockLocator]:
        return "".join(self._parts), BlockLocator(self.kind, tuple(self._starts), tuple(self._values))
