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
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IpnlpError(Messages.E001.format(path=name, reason=f"not a valid .docx ({exc})")) from exc
    # Compressed XML expands ~10x; beyond that the archive is built to exhaust memory.
    if unpacked > 20 * max_bytes:
        raise IpnlpError(Messages.E004.format(path=name, size=f"{unpacked} (unpacked)", limit=20 * max_bytes))
