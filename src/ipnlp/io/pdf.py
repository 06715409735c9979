"""PDF reader (extra ``ipnlp[pdf]``, pypdf): the text layer, page by page, with a page map.

pypdf's layout mode keeps vertical gaps as blank lines, so paragraphs and heading lines survive
as they do in a text report; plain mode is the fallback for pages layout mode cannot handle.
``source_location.page`` is the 1-based page number.

A PDF breaks every paragraph into lines that fill its width. The rules must see the paragraph as
it was written ("Ministry of Justice", not "Ministry of\\nJustice"), so a line is joined to the next
when it was wrapped: it reaches the right margin, or the next line's first word would not have fit
after it. A short line that the next word would have fitted on ended on purpose (a title, a date, a
list item) and keeps its line break. See ``reflow``.

Work is bounded by ``max_bytes``: pages that share one content stream are extracted once, the
number of pages is capped, and extraction stops with E004 once the text outgrows the limit.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import IpnlpError, Messages
from .blocks import TextBuilder

logger = logging.getLogger("ipnlp.io")

# Running page numbers ("3", "- 3 -", "Page 3 of 10") on a page's first or last line are furniture.
_PAGE_NUMBER_LINE = re.compile(r"^[\s\-–—]*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[\s\-–—]*$", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_SENTENCE_END = ("。", ".", "!", "?", "！", "？", ":", "：", ";", "；")
# Lines set in columns (a table row) keep their breaks: layout mode renders a column gap as a run
# of spaces, which a wrapped line of running text never has.
_COLUMN_GAP = re.compile(r"\S {3,}\S")
# A line starting a list item or a numbered heading starts a new line even after a full one.
_ITEM_START = re.compile(r"^(?:[•▪●◦■□➢►*-]\s|\(?\d{1,2}[.)]\s|\(\w\)\s|[IVXLC]{1,6}\.\s)")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: A line whose right edge is within this share of the text width reaches the margin.
_FULL_LINE = 0.9
#: More pages than any report has; beyond it the file is built to exhaust the reader.
MAX_PAGES = 10_000


@dataclass(frozen=True)
class _Line:
    text: str  # spaces collapsed, stripped
    right: int  # column of the last character in pypdf's layout grid (its length in plain mode)


def load_pdf(data: bytes, *, name: str, max_bytes: int) -> tuple[str, str, object]:
    """``(text, encoding, locate)`` of a PDF; encoding is reported as ``"pdf"``."""
    try:
        import pypdf
    except ImportError:
        raise IpnlpError(Messages.E005.format(suffix=".pdf", extra="pdf")) from None
    # pypdf logs warnings about every slightly malformed object; they are not the user's problem.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise IpnlpError(Messages.E001.format(path=name, reason="the PDF is password-protected"))
        pages = _extract_pages(reader, name=name, file_size=len(data), max_bytes=max_bytes)
    except IpnlpError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise IpnlpError(Messages.E001.format(path=name, reason=f"damaged or unsupported PDF ({exc})")) from exc

    width = text_width([line for page in pages for line in page])
    builder = TextBuilder("pdf")
    previous: _Line | None = None
    for number, lines in enumerate(pages, start=1):
        if not lines:
            continue
        separator = "\n\n"
        if previous is not None and runs_on(previous, lines[0], width):
            separator = "" if _hyphenated(previous.text, lines[0].text) else " "
        builder.add(reflow(lines, width), number, separator=separator)
        previous = lines[-1]
    text, locate = builder.build()
    if pages and not text.strip():
        raise IpnlpError(Messages.E002.format(
            path=name, reason="the PDF has no text layer; a scanned PDF needs OCR first"))
    text, replaced = _LONE_SURROGATE.subn("\ufffd", text)
    if replaced:
        # A broken ToUnicode map can name half a surrogate pair; such text cannot be written as UTF-8.
        from ..output._escape import printable  # a file name may hold a newline or an escape

        logger.warning("ipnlp: note: %s: %d unpaired surrogate code point(s) in the PDF's text replaced "
                       "with U+FFFD", printable(name), replaced)
    return text, "pdf", locate


def _extract_pages(reader, *, name: str, file_size: int, max_bytes: int) -> list[list[_Line]]:
    page_count = len(reader.pages)
    if page_count > MAX_PAGES:
        raise IpnlpError(Messages.E001.format(path=name, reason=f"{page_count} pages, more than the {MAX_PAGES} "
                                                                "a report can have"))
    by_content: dict[tuple, list[_Line]] = {}
    pages: list[list[_Line]] = []
    extracted = 0
    for page in reader.pages:
        key = _content_key(page)
        lines = by_content.get(key) if key is not None else None
        if lines is None:
            lines = _page_lines(page)
            if key is not None:
                by_content[key] = lines
        extracted += sum(len(line.text) + 1 for line in lines)
        if extracted > max_bytes:
            raise IpnlpError(Messages.E004.format(
                path=name, size=f"{file_size} on disk, but its text is more than {max_bytes}", limit=max_bytes))
        pages.append(lines)
    return pages


def _content_key(page) -> tuple | None:
    """Identity of what a page draws: its content streams and its resources (or, when it inherits
    them, its parent). Pages with the same key have the same text, so a file that points a
    thousand pages at one large stream costs one extraction, not a thousand. None: no reuse."""
    contents = page.get("/Contents")
    if contents is None:
        return None
    resources = page.get("/Resources")
    drawn = (contents, resources if resources is not None else ("inherited", page.get("/Parent")))
    budget = [_KEY_BUDGET]
    return _fingerprint(drawn, budget, depth=0)


_KEY_BUDGET = 200  # objects visited per page key: inline resources are small; larger means no reuse


def _fingerprint(value, budget: list[int], *, depth: int):
    """A hashable stand-in for a PDF object, with indirect references kept as references."""
    budget[0] -= 1
    if budget[0] < 0 or depth > 6:
        return None
    if hasattr(value, "idnum") and hasattr(value, "generation"):  # IndirectObject: do not resolve
        return ("ref", value.idnum, value.generation)
    if isinstance(value, dict):
        items = []
        for key, item in dict.items(value):
            part = _fingerprint(item, budget, depth=depth + 1)
            if part is None:
                return None
            items.append((str(key), part))
        return ("dict", tuple(sorted(items)))
    if isinstance(value, (list, tuple)):
        parts = tuple(_fingerprint(item, budget, depth=depth + 1) for item in value)
        return None if any(part is None for part in parts) else ("list", parts)
    if value is None or isinstance(value, (str, int, float, bytes)):
        return ("value", type(value).__name__, value)
    return None


def _page_lines(page) -> list[_Line]:
    try:
        raw = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode fails on some fonts; plain mode usually copes
        raw = page.extract_text() or ""
    lines = [_Line(_SPACES.sub(" ", line).strip(), len(line.rstrip())) for line in raw.splitlines()]
    while lines and not lines[0].text:
        lines.pop(0)
    while lines and not lines[-1].text:
        lines.pop()
    if lines and _PAGE_NUMBER_LINE.match(lines[0].text):
        lines.pop(0)
    if lines and _PAGE_NUMBER_LINE.match(lines[-1].text):
        lines.pop()
    out: list[_Line] = []
    for line in lines:  # at most one blank line in a row: a paragraph break
        if line.text or (out and out[-1].text):
            out.append(line)
    while out and not out[-1].text:
        out.pop()
    return out


def text_width(lines: Sequence[_Line]) -> int:
    """The width the text is set in: the right edge most lines of running text reach.

    A high percentile rather than the maximum, so one overlong line (a table row, a URL) does not
    make every ordinary line look short.
    """
    edges = sorted(line.right for line in lines if line.text)
    if not edges:
        return 0
    return edges[min(len(edges) - 1, int(len(edges) * 0.95))]


def wrapped(line: _Line, following: _Line, width: int) -> bool:
    """Whether ``line`` ends where the page ran out rather than where the author broke it."""
    if not line.text or not following.text or width <= 0:
        return False
    if _COLUMN_GAP.search(line.text) or _COLUMN_GAP.search(following.text):
        return False
    if _ITEM_START.match(following.text) and line.text.endswith(_SENTENCE_END):
        return False
    first_word = following.text.split(" ", 1)[0]
    # The first word of the next line would not have fitted after this one: the break was forced.
    return line.right + 1 + len(first_word) > _FULL_LINE * width


def runs_on(last: _Line, first: _Line, width: int) -> bool:
    """Whether a page's ``last`` line continues on the next page's ``first`` line.

    A page break hides the blank line that would end a paragraph, so a full last line joins the
    next page only if its sentence runs on: a one-line heading that fills the width must not
    swallow the paragraph on the next page.
    """
    continues = first.text[:1].islower()
    return (continues or not last.text.endswith(_SENTENCE_END)) and (continues or wrapped(last, first, width))


def reflow(lines: Sequence[_Line], width: int) -> str:
    """One page's text: wrapped lines joined with a space, deliberate breaks and blank lines kept."""
    parts: list[str] = []
    for index, line in enumerate(lines):
        if index:
            previous = lines[index - 1]
            if wrapped(previous, line, width):
                parts.append("" if _hyphenated(previous.text, line.text) else " ")
            else:
                parts.append("\n")
        parts.append(line.text)
    return "".join(parts)


def _hyphenated(text: str, following: str) -> bool:
    """"high-" + "quality": the hyphen was written, not added by the typesetter; keep it, no space."""
    return len(text) > 1 and text.endswith("-") and text[-2].isalpha() and following[:1].isalpha()
