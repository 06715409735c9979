"""Line breaks as Unicode defines them, with exact offsets: one place that says where lines end.

A report may end its lines with "\\n" (Unix), "\\r\\n" (Windows), "\\r" alone (classic Mac, and
stray ones in edited files), NEL U+0085 (EBCDIC conversions), LINE SEPARATOR U+2028, PARAGRAPH
SEPARATOR U+2029, or a form feed between pages of a PDF-to-text dump. Unicode's newline guidelines
(UAX #13, R4: "a readline function should stop at NLF, LS, FF, or PS") count every one of them as
the end of a line, and "\\r\\n" as one break, not two. Segmentation, line/column numbers and
the rules all use this module so that they agree with each other and with what an editor shows.

Vertical tab (U+000B) is counted too: Word writes it for a manual line break in plain-text exports.
PARAGRAPH SEPARATOR also ends a paragraph, like a blank line.

Line *numbers* (evidence line/column, SARIF regions) count the same breaks except form feed and
vertical tab: editors and code-review views show those as a character inside a line ("^L"), and
a PDF-to-text file puts one at the top of every page, right after a newline; counting them would
move every finding after page one down by one line per page.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import accumulate

from ..regex_cache import compile as cached_compile

#: One line break; "\r\n" first so it is one break rather than two.
LINE_BREAK = cached_compile(r"\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
#: A break that starts a new numbered line (no form feed or vertical tab; see above).
NUMBERED_LINE_BREAK = cached_compile(r"\r\n|[\n\r\x85\u2028\u2029]")
#: Characters that end a paragraph on their own, without a blank line.
PARAGRAPH_BREAKS = frozenset("\u2029")
#: What the ``regex`` module's ``\s`` matches: ``str.isspace()`` but the information separators U+001C-U+001F.
SPACES = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u2028\u2029\u202f\u205f\u3000"


# ``str.splitlines`` ends a line at exactly the breaks of LINE_BREAK and at these three more (the
# information separators): on a text without them it splits where LINE_BREAK does, in C, where the
# pattern's scan of the whole text costs a tenth of a millisecond per 10,000 characters.
_SPLITLINES_ONLY = ("\x1c", "\x1d", "\x1e")
# What NUMBERED_LINE_BREAK leaves out of LINE_BREAK: a text without them numbers every split.
_UNNUMBERED = ("\x0b", "\x0c")


def _splits_as_line_break(text: str) -> bool:
    return not any(char in text for char in _SPLITLINES_ONLY)


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """``(line_start, line_end, break)`` for every line of ``text[start:end]``; ``break`` is the
    terminator that follows the line ("" for the last line when the text does not end with one)."""
    end = len(text) if end is None else end
    if start == 0 and end == len(text) and _splits_as_line_break(text):
        yield from _split_lines(text)
        return
    position = start
    for match in LINE_BREAK.finditer(text, start, end):
        yield position, match.start(), match.group()
        position = match.end()
    if position < end or position == start:
        yield position, end, ""


def _split_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """``iter_lines(text)`` for a text that ``str.splitlines`` splits where LINE_BREAK does."""
    position = 0
    for line in text.splitlines(True):
        after = position + len(line)
        if line.endswith("\r\n"):
            yield position, after - 2, "\r\n"
        elif line[-1] in _BREAK_CHARACTERS:
            yield position, after - 1, line[-1]
        else:  # the last line, with no break after it
            yield position, after, ""
        position = after
    if position == 0:
        yield 0, 0, ""  # an empty text is one empty line


_BREAK_CHARACTERS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")


def line_starts(text: str) -> list[int]:
    """Offsets at which each numbered line begins: ``[0, ...]``, one entry per line."""
    if _splits_as_line_break(text) and not any(char in text for char in _UNNUMBERED):
        # every split is a numbered break: each line after the first starts where the one before ends
        # (the sums of the lines' lengths), but the last one's end when no break follows it
        lines = text.splitlines(True)
        starts = [0, *accumulate(map(len, lines))]
        if lines and lines[-1][-1] not in _BREAK_CHARACTERS:
            starts.pop()
        return starts
    return [0, *(match.end() for match in NUMBERED_LINE_BREAK.finditer(text))]


def line_col(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, given ``line_starts(text)``."""
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def end_line_col(line: int, column: int, span_text: str) -> tuple[int, int]:
    """1-based line and column just past ``span_text`` that starts at ``line``/``column``."""
    breaks = list(NUMBERED_LINE_BREAK.finditer(span_text))
    if not breaks:
        return line, column + len(span_text)
    return line + len(breaks), len(span_text) - breaks[-1].end() + 1


__all__ = ["LINE_BREAK", "NUMBERED_LINE_BREAK", "PARAGRAPH_BREAKS", "SPACES", "end_line_col", "iter_lines", "line_col",
           "line_starts"]
