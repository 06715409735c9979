"""Which series a report belongs to and which year it is, from its title and date lines.

A series is one office's recurring report: "Work Report ... at the 2025 National Conference of
Directors General ..." and the same title with 2026 belong together. Titles are compared as sets of
content words with years, numbers and ordinals removed; a new speaker's name changes a few words,
so titles sharing at least ``SAME_SERIES_OVERLAP`` of their words are one series. The year is the
date line's year, else the title's, else a year in the file name. Any of these can be given
explicitly instead.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping

from ...models import Report
from .base import SeriesDocument
from .metrics import STOP_WORDS, singular

#: Jaccard overlap of title words above which two reports are taken as one series.
SAME_SERIES_OVERLAP = 0.6

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
                      r"|ninth|tenth|eleventh|twelfth)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z']+")


def _section_title(report: Report, kind: str) -> str | None:
    for section in report.sections:
        if section.kind == kind:
            return section.title
    return None


def title_words(report: Report) -> frozenset[str]:
    """Content words of the report's title, without years, numbers or ordinals."""
    title = _section_title(report, "title") or ""
    title = _ORDINAL.sub(" ", _YEAR.sub(" ", title.lower()))
    return frozenset(singular(w) for w in _WORD.findall(title) if w not in STOP_WORDS)


def report_year(report: Report) -> int | None:
    """The report's own year: from its date line, else its title, else its file name."""
    for candidate in (_section_title(report, "date"), _section_title(report, "title"),
                      os.path.basename(report.source.path or "")):
        if candidate and (match := _YEAR.search(candidate)):
            return int(match.group(1))
    return None


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def place_in_series(
    items: Iterable[tuple[Report, str | None]],
    *,
    series: str | None = None,
    years: Mapping[str, int] | None = None,
    known: list[tuple[str, frozenset[str]]] | None = None,
) -> list[SeriesDocument]:
    """Give each (report, text) its series and year; reports without a year are left out.

    ``series`` puts every report in one named series (``ipnlp check --cross``); otherwise titles
    decide. ``years`` maps a report's path to its year, overriding its date line. ``known`` carries
    the series seen so far between calls, for callers that place reports one at a time.
    """
    years = years or {}
    documents: list[SeriesDocument] = []
    # (series name, title words of its first report)
    named: list[tuple[str, frozenset[str]]] = known if known is not None else []
    for report, text in items:
        path = report.source.path
        year = years.get(path) if path is not None else None
        year = year or report_year(report)
        if year is None:
            continue
        if series is not None:
            name = series
        else:
            words = title_words(report)
            if not words:
                continue  # no title: nothing says which series this is
            name = next((n for n, w in named if _overlap(w, words) >= SAME_SERIES_OVERLAP), None)
            if name is None:
                name = " ".join(sorted(words))
                named.append((name, words))
        documents.append(SeriesDocument(report=report, series=name, year=year, text=text))
    return documents


def group_by_series(documents: Iterable[SeriesDocument]) -> dict[str, list[SeriesDocument]]:
    """Series name -> its documents in year order; series of a single document are dropped."""
    groups: dict[str, list[SeriesDocument]] = {}
    for document in documents:
        groups.setdefault(document.series, []).append(document)
    return {name: sorted(docs, key=lambda d: d.year) for name, docs in groups.items() if len(docs) > 1}
