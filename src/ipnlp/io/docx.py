"""DOCX reader (extra ``ipnlp[docx]``, python-docx): paragraphs and tables in document order.

Paragraphs styled "Title" or "Heading N" become heading lines. ``source_location.block`` is the
0-based index of the paragraph or table in ``docx.Document(path).iter_inner_content()``, so a user
can find the block with python-docx; every row of a table shares the table's index.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import IpnlpError, Messages
from .blocks import TextBuilder

_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_BYTES_PER_ELEMENT = 16
_PACKAGE_ALLOWANCE = 16 * 1024 * 1024


def load_docx(data: bytes, *, name: str, max_bytes: int) -> tuple[str, str, object]:
    """``(text, encoding, locate)`` of a Word document; encoding is reported as ``"docx"``."""
    try:
        import docx
    except ImportError:
        raise IpnlpError(Messages.E005.format(suffix=".docx", extra="docx")) from None
    _refuse_zip_bomb(data, name, max_bytes)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except Exception as exc:  # python-docx/lxml raise many types on damaged files
        raise IpnlpError(Messages.E001.format(path=name, reason=f"damaged or unsupported .docx ({exc})")) from exc

    builder = TextBuilder("docx")
    for index, block in enumerate(blocks):
        if hasattr(block, "rows"):
            for row in _table_rows(block):
                builder.add(row, index)
            continue
        text = block.text.strip()
        if not text:
            continue
        level = _heading_level(block)
        if level is None:
            builder.add(text, index)
        else:
            builder.add_heading(text, level, index)
    text, locate = builder.build()
    if len(text) > max_bytes:
        raise IpnlpError(Messages.E004.format(
            path=name, size=f"{len(data)} on disk, but its text is more than {max_bytes}", limit=max_bytes))
    return text, "docx", locate


def _heading_level(paragraph) -> int | None:
    try:
        style_name = (paragraph.style.name or "") if paragraph.style is not None else ""
    except Exception:  # a dangling style reference must not lose the paragraph
        return None
    if style_name.lower() == "title":
        return 1
    match = _HEADING_STYLE.match(style_name)
    return int(match.group(1)) if match else None


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        if cells:
            rows.append("\t".join(cells))
    return rows


def _refuse_zip_bomb(data: bytes, name: str, max_bytes: int) -> None:
    """Refuse archives that unpack to more than the reader should hold, before python-docx does.

    ``max_bytes`` bounds the document body (``word/document.xml``: the text is read from it, so
    the limit on what is read applies to it) and its elements at one per 16 bytes of the limit
    (each becomes an lxml node of ~150 bytes; a 300-page report has ~200,000), counted while
    streaming, never parsed. All parts together may unpack to twice the limit plus a fixed
    allowance: styles, themes and fonts are ~1 MB even in an empty document from Word's template.
    """
    element_limit = max(max_bytes // _BYTES_PER_ELEMENT, 1)
    unpacked_limit = 2 * max_bytes + _PACKAGE_ALLOWANCE
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            body_size = archive.getinfo("word/document.xml").file_size
            if body_size > max_bytes or unpacked > unpacked_limit:
                what, size, limit = ("its body", body_size, max_bytes) if body_size > max_bytes else \
                    ("it", unpacked, unpacked_limit)
                raise IpnlpError(Messages.E004.format(
                    path=name, size=f"{len(data)} on disk, but {what} unpacks to {size}", limit=limit))
            elements = 0
            with archive.open("word/document.xml") as body:
                # zipfile stops at the declared size and checks the CRC: the header cannot lie.
                while chunk := body.read(1 << 20):
                    elements += chunk.count(b"<")
                    if elements > element_limit:
                        raise IpnlpError(Messages.E001.format(
                            path=name, reason=f"more than {element_limit} XML elements in its body; "
                                              f"--max-bytes {max_bytes} allows one per {_BYTES_PER_ELEMENT} bytes"))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        raise IpnlpError(Messages.E001.format(path=name, reason=f"not a valid .docx ({exc})")) from exc
