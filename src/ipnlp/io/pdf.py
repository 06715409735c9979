"""PDF reader (extra ``ipnlp[pdf]``, pypdf): the text layer, page by page, with a page map.

pypdf's layout mode keeps vertical gaps as blank lines, so paragraphs and heading lines survive
as they do in a text report; plain mode is the fallback for pages layout mode cannot handle.
``source_location.page`` is the 1-based page number.
"""

from __future__ import annotations

import io
import logging
import re

from ..errors import IpnlpError, Messages
from .blocks import TextBuilder

# Running page numbers ("3", "- 3 -", "Page 3 of 10") on a page's first or last line are furniture.
_PAGE_NUMBER_LINE = re.compile(r"^[\s\-–—]*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[\s\-–—]*$", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_SENTENCE_END = ("。", ".", "!", "?", "！", "？", ":", "：", ";", "；")


def load_pdf(data: bytes, *, name: str) -> tuple[str, str, object]:
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
        pages = [_page_text(page) for page in reader.pages]
    except IpnlpError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise IpnlpError(Messages.E001.format(path=name, reason=f"damaged or unsupported PDF ({exc})")) from exc

    builder = TextBuilder("pdf")
    previous = ""
    for number, page in enumerate(pages, start=1):
        if not page:
            continue
        # A sentence running on to the next page stays one paragraph.
        separator = "\n" if previous and not previous.endswith(_SENTENCE_END) and page[:1].islower() else "\n\n"
        builder.add(page, number, separator=separator)
        previous = page
    text, locate = builder.build()
    if pages and not text.strip():
        raise IpnlpError(Messages.E002.format(
            path=name, reason="the PDF has no text layer; a scanned PDF needs OCR first"))
    return text, "pdf", locate


def _page_text(page) -> str:
    try:
        raw = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode fails on some fonts; plain mode usually copes
        raw = page.extract_text() or ""
    lines = [_SPACES.sub(" ", line).strip() for line in raw.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if lines and _PAGE_NUMBER_LINE.match(lines[0]):
        lines.pop(0)
    if lines and _PAGE_NUMBER_LINE.match(lines[-1]):
        lines.pop()
    out: list[str] = []
    for line in lines:  # at most one blank line in a row: a paragraph break
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
