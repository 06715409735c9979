"""Where a figure sits in the structure a document and its translation share.

A character offset divided by the length of the text is a poor place across languages: a Chinese
paragraph of prose is a quarter as long as its English translation, a table row about as long, so
relative offsets drift apart by a tenth of the document within a few pages. Translators keep
paragraphs and headings, though. So a figure's place is read against *blocks* the two texts have
in equal number — their paragraphs (non-empty lines) when both have as many or can be matched
with a few left alone (paragraphs.py), else their sections —
as block index plus the share of its block before it, over the number of blocks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Section
from .paragraphs import matched_paragraph_starts

_LINE = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True)
class Layout:
    """Start offsets of the blocks (the first is 0) and the text's length; ``reach``: how many blocks
    either side a counterpart may be in (blocks of matched paragraphs are only nearly the same)."""

    starts: tuple[int, ...]
    length: int
    reach: int = 0

    @property
    def count(self) -> int:
        return len(self.starts)

    def block(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def position(self, offset: int) -> float:
        """0..1: the block's index plus the share of the block before ``offset``, over the blocks."""
        index = self.block(offset)
        end = self.starts[index + 1] if index + 1 < self.count else self.length
        inside = (offset - self.starts[index]) / max(end - self.starts[index], 1)
        return (index + min(max(inside, 0.0), 1.0)) / self.count


def whole(text_length: int) -> Layout:
    return Layout((0,), max(text_length, 1))


def paragraph_starts(text: str) -> list[int]:
    return [m.start() for m in _LINE.finditer(text)]


def section_starts(sections: Sequence[Section]) -> list[int]:
    # Numbered headings only: a title, a date line or an unnumbered paragraph is found in one
    # language's segmentation and not always in the other's.
    return sorted({s.start for s in sections if s.kind in ("part", "subsection")})


def shared_layouts(source: str, translation: str, source_sections: Sequence[Section] = (),
                   translation_sections: Sequence[Section] = ()) -> tuple[Layout, Layout]:
    """The finest blocks both texts have in equal number: paragraphs, else paragraphs matched with a
    few left alone or merged (paragraphs.py), else headings, else none."""
    left, right = paragraph_starts(source), paragraph_starts(translation)
    candidates = [(left, right, 0)]
    if len(left) != len(right):
        # A translation may move a short paragraph (an event under the next date) or split one where
        # the matching merged: its number is sought in the neighbouring blocks too.
        candidates.append((*(matched_paragraph_starts(source, translation) or ([], [])), 1))
    candidates.append((section_starts(source_sections), section_starts(translation_sections), 0))
    for left, right, reach in candidates:
        if len(left) > 1 and len(left) == len(right):
            return (Layout((0, *left[1:]), max(len(source), 1), reach),
                    Layout((0, *right[1:]), max(len(translation), 1), reach))
    return whole(len(source)), whole(len(translation))
