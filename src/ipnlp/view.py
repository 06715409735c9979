"""A read-only view of one analysed document, handed to every consistency rule.

It bundles what rules need beyond the public ``Report``: the text itself, paragraph and sentence
spans, offset -> line/column conversion, and ``index`` (``ipnlp.index``: the words of every sentence
as integer ids, the claims by sentence, period and subject term), so no rule re-segments,
re-tokenises or re-scans the text for what another part already found.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .index import ReportIndex
from .models import Claim, Evidence, Section, SourceLocation
from .segment.lines import line_col, line_starts
from .segment.sections import SectionIndex
from .segment.tables import Table

T = TypeVar("T")


@dataclass(frozen=True)
class ReportView:
    text: str
    sections: tuple[Section, ...]
    claims: tuple[Claim, ...]
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    path: str | None = None
    #: Optional mapper from a character offset to its place in a PDF/HTML/DOCX original.
    locate: Callable[[int], SourceLocation] | None = None
    #: Tables found by the segmenter (rows, header, cell spans), for rules that read columns.
    tables: tuple[Table, ...] = ()
    _line_starts: list[int] = field(init=False, repr=False, compare=False)
    _derived: dict[Callable[..., Any], Any] = field(init=False, repr=False, compare=False,
                                                     default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_line_starts", line_starts(self.text))

    def derived(self, compute: Callable[[ReportView], T]) -> T:
        """``compute(self)``, computed once per view: several rules tokenise the same sentences, and
        the view is immutable, so the first rule's result serves the others. Treat it as read-only."""
        try:
            return self._derived[compute]
        except KeyError:
            value = self._derived[compute] = compute(self)
            return value

    def release(self) -> None:
        """Drop what ``derived`` computed. Those values (the index, above all) refer back to the view,
        so without this the view and everything it holds stay in a reference cycle until the next
        full garbage collection walks them; ``analyze`` calls this once its rules have run."""
        self._derived.clear()

    @property
    def index(self) -> ReportIndex:
        """The report's shared index, built on first use (each of its parts too)."""
        return self.derived(ReportIndex)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset; every Unicode line break ends a line."""
        return line_col(self._line_starts, offset)

    def evidence(self, start: int, end: int) -> Evidence:
        line, column = self.line_col(start)
        location = self.locate(start) if self.locate is not None else None
        return Evidence(start=start, end=end, text=self.text[start:end], line=line, column=column,
                        source_location=location)

    def section_at(self, offset: int) -> Section | None:
        """The deepest section whose span contains ``offset``."""
        return self.derived(_section_index).at(offset)

    def sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences inside [start, end), found by bisect over the sorted sentence starts."""
        starts = self.derived(_sentence_starts)
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_right(starts, end)
        return [s for s in self.sentences[first:last] if s[1] <= end]


def _section_index(view: ReportView) -> SectionIndex:
    return SectionIndex(view.sections)


def _sentence_starts(view: ReportView) -> list[int]:
    return [start for start, _ in view.sentences]
