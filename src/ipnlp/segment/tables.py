"""Tables in a report's text: where they are, their header row, their rows and each cell's span.

Two shapes reach the segmenter. Markdown pipe tables (GFM) are found by markdown-it-py, which
decides what is a table exactly as GitHub renders it; cell spans are then read off each row line
by splitting at unescaped pipes (GFM's own rule), so offsets stay exact. Tables from the HTML and
DOCX readers arrive as rows of tab-separated cells, one row per line (blank lines between rows,
since each row is a block of its own); a run of two or more such rows is a table.

A table is not prose: the segmenter keeps it as one paragraph without sentences, and
``table_claims`` reads each numeric cell with the row's header as its subject and the column's
header as its period.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ..regex_cache import compile as cached_compile

# A GFM delimiter row: "|---|:--:|", "--- | ---". Only a cheap filter: markdown-it decides.
_DELIMITER_ROW = cached_compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?|\|\s*:?-+:?\s*\|?")
_UNESCAPED_PIPE = cached_compile(r"(?<!\\)\|")
_MAX_CAPTION_CHARS = 200


@dataclass(frozen=True)
class Cell:
    start: int
    end: int  # stripped of surrounding spaces; start == end for an empty cell


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    first_line: int  # index of the table's first line in the segmenter's line list
    last_line: int
    header: tuple[Cell, ...]  # column headers; () when the table has no header row
    rows: tuple[tuple[Cell, ...], ...]  # body rows, each with its cells in column order
    row_spans: tuple[tuple[int, int], ...]  # (start, end) of each body row's line
    caption: tuple[int, int] | None = None  # the short line just above the table, if any


Line = tuple[int, int, str, str]  # (start, end, line break, stripped text), as in sections.py


def find_tables(text: str, lines: list[Line]) -> list[Table]:
    """Every Markdown and tab-separated table, in text order, not overlapping."""
    tables = _markdown_tables(text, lines) + _tab_tables(text, lines)
    tables.sort(key=lambda t: t.first_line)
    kept: list[Table] = []
    for table in tables:
        if not kept or table.first_line > kept[-1].last_line:
            kept.append(table)
    return kept


def _markdown_tables(text: str, lines: list[Line]) -> list[Table]:
    """Pipe tables as markdown-it reads them, so code fences, lists and quotes are respected.

    The parser sees the document's lines joined by "\n" (every Unicode line break becomes one),
    so its line numbers are the segmenter's line indexes. Only documents with a delimiter row are
    parsed at all, and only the block level runs: cells are not parsed as inline Markdown.
    """
    if not any("-" in line[3] and _DELIMITER_ROW.fullmatch(line[3]) for line in lines):
        return []
    source = "\n".join(text[start:end] for start, end, _, _ in lines)
    tables: list[Table] = []
    rows: list[tuple[int, int]] = []  # (line index, number of cells markdown-it gives the row)
    table_first = -1
    for token in _markdown_parser().parse(source):
        if token.type == "table_open" and token.map is not None:
            rows, table_first = [], token.map[0]
        elif token.type == "tr_open" and token.map is not None and table_first >= 0:
            rows.append((token.map[0], 0))
        elif token.type in ("th_open", "td_open") and rows:
            rows[-1] = (rows[-1][0], rows[-1][1] + 1)
        elif token.type == "table_close" and table_first >= 0:
            if len(rows) >= 2:  # a header and at least one body row
                tables.append(_table_from_rows(text, lines, table_first, rows))
            table_first = -1
    return tables


def _table_from_rows(text: str, lines: list[Line], first: int, rows: list[tuple[int, int]]) -> Table:
    header = _pipe_cells(text, lines[rows[0][0]], rows[0][1])
    body = [_pipe_cells(text, lines[line], count) for line, count in rows[1:]]
    return Table(
        start=lines[first][0] + _lead(lines[first], text),
        end=_stripped(text, lines[rows[-1][0]][0], lines[rows[-1][0]][1])[1],
        first_line=first,
        last_line=rows[-1][0],
        header=header,
        rows=tuple(body),
        row_spans=tuple(_stripped(text, lines[line][0], lines[line][1]) for line, _ in rows[1:]),
        caption=_caption(text, lines, first),
    )


@cache
def _markdown_parser():
    from markdown_it import MarkdownIt

    # Block structure only: tables, fences, lists and quotes, without inline parsing of cells.
    parser = MarkdownIt("commonmark").enable("table")
    parser.disable(["inline", "text_join"], ignoreInvalid=True)
    return parser


def _pipe_cells(text: str, line: Line, count: int) -> tuple[Cell, ...]:
    """Cells of one pipe-table row: split at unescaped pipes, outer pipes dropped, padded to
    ``count`` (GFM fills missing cells with empty ones and drops extra ones)."""
    start, end = line[0], line[1]
    bounds = [start - 1, *(m.start() for m in _UNESCAPED_PIPE.finditer(text, start, end)), end]
    cells = [_stripped(text, a + 1, b) for a, b in pairwise(bounds)]
    if cells and cells[0][0] == cells[0][1] and text[start:end].lstrip().startswith("|"):
        cells = cells[1:]  # the leading pipe opens the row
    if cells and cells[-1][0] == cells[-1][1] and text[start:end].rstrip().endswith("|"):
        cells = cells[:-1]
    cells = cells[:count] + [(end, end)] * (count - len(cells))
    return tuple(Cell(a, b) for a, b in cells)


def _tab_tables(text: str, lines: list[Line]) -> list[Table]:
    """Runs of two or more tab-separated rows, blank lines allowed between them."""
    tables: list[Table] = []
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 2:
            tables.append(_table_from_tabs(text, lines, run))
        run.clear()

    for index, (_, _, _, stripped) in enumerate(lines):
        if not stripped:
            continue  # blank lines between rows: each HTML/DOCX row is a block of its own
        if "\t" in stripped and "|" not in stripped and len(_tab_cells(text, lines[index])) >= 2:
            run.append(index)
        else:
            flush()
    flush()
    return tables


def _table_from_tabs(text: str, lines: list[Line], run: list[int]) -> Table:
    rows = [_tab_cells(text, lines[i]) for i in run]
    width = max(len(r) for r in rows)
    # Readers drop empty cells, so a header without its corner cell is one short: it is padded on
    # the left. A short body row keeps its row header and its figures take the rightmost columns.
    header_row = rows[0]
    header: tuple[Cell, ...] = ()
    if _looks_like_header(text, header_row):
        corner = Cell(header_row[0].start, header_row[0].start)
        header = (*[corner] * (width - len(header_row)), *header_row)
    body_lines = run[1:] if header else run
    body = [_align_right(_tab_cells(text, lines[i]), width, lines[i][0]) for i in body_lines]
    return Table(
        start=lines[run[0]][0] + _lead(lines[run[0]], text),
        end=lines[run[-1]][1],
        first_line=run[0],
        last_line=run[-1],
        header=header,
        rows=tuple(body),
        row_spans=tuple(_stripped(text, lines[i][0], lines[i][1]) for i in body_lines),
        caption=_caption(text, lines, run[0]),
    )


def _tab_cells(text: str, line: Line) -> list[Cell]:
    start, end = line[0], line[1]
    bounds = [start - 1, *(i for i in range(start, end) if text[i] == "\t"), end]
    spans = [_stripped(text, a + 1, b) for a, b in pairwise(bounds)]
    return [Cell(a, b) for a, b in spans if b > a]


def _align_right(cells: list[Cell] | tuple[Cell, ...], width: int, line_start: int) -> tuple[Cell, ...]:
    if len(cells) >= width:
        return tuple(cells[:width])
    # Keep the row header in the first column; the figures take the rightmost columns.
    first, rest = (cells[0], list(cells[1:])) if cells else (Cell(line_start, line_start), [])
    padding = [Cell(first.end, first.end)] * (width - 1 - len(rest))
    return (first, *padding, *rest)


def _looks_like_header(text: str, cells: list[Cell]) -> bool:
    """A first row is a header when no cell but the first holds a figure other than a period."""
    from .table_claims import is_period_label  # late: table_claims builds on this module

    for cell in cells[1:]:
        value = text[cell.start:cell.end]
        if any(ch.isdigit() for ch in value) and not is_period_label(value):
            return False
    return True


def _caption(text: str, lines: list[Line], first: int) -> tuple[int, int] | None:
    """The short line right above the table ("Table 3: Loans by sector (HK$ bn)"), if any."""
    above = first - 1
    while above >= 0 and not lines[above][3]:
        above -= 1
        if first - above > 2:
            return None
    if above < 0 or len(lines[above][3]) > _MAX_CAPTION_CHARS or "|" in lines[above][3] \
            or "\t" in lines[above][3]:
        return None
    if above > 0 and lines[above - 1][3] and not lines[above][3].startswith("#"):
        return None  # the last line of a paragraph, not a caption standing on its own
    return _stripped(text, lines[above][0], lines[above][1])


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lead(line: Line, text: str) -> int:
    raw = text[line[0]:line[1]]
    return len(raw) - len(raw.lstrip())


__all__ = ["Cell", "Table", "find_tables"]
