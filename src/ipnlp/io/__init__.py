"""Readers: turn a file (or stdin's bytes) into text plus a map back to the original.

The format comes from content first (``%PDF``, a ZIP holding ``word/document.xml``, ``<html``)
and then the file extension, so a mis-named file is still read correctly. Plain text and Markdown
need nothing extra; HTML, PDF and DOCX need the ``html``, ``pdf`` and ``docx`` extras. Every
failure is an ``IpnlpError`` naming the file and the reason.

``max_bytes`` bounds what a reader holds, not only the file: a PDF's extracted text and a DOCX's
document body are held to it as well, so a small file cannot unpack into an unbounded one. Only
regular files are read (``read_document``); ``walk`` expands directories without leaving them.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..errors import IpnlpError, Messages
from ..models import SourceLocation

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: Suffixes a directory walk picks up.
SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx"})

Format = Literal["text", "html", "pdf", "docx"]
_SUFFIX_FORMATS: dict[str, Format] = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx",
}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


@dataclass(frozen=True)
class LoadedDocument:
    text: str
    #: "utf-8", "utf-8-sig", "utf-16", "gb18030", "big5", ... or "pdf"/"docx" for those formats
    encoding: str
    path: str | None = None
    locate: Callable[[int], SourceLocation] | None = None
    format: Format = "text"


def read_document(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                  encoding: str | None = None) -> LoadedDocument:
    """Read and decode ``path``; inputs over ``max_bytes`` are refused before they are read whole.

    Only regular files are read: a FIFO would block the batch forever and a device never ends, so
    both are refused from their ``stat`` without being opened for reading. ``encoding`` overrides
    detection for text and HTML (``--encoding``).
    """
    name = os.fspath(path)
    try:
        _refuse_special_file(name, os.stat(name).st_mode)
        # O_NONBLOCK: should the path turn into a FIFO after the check, opening it cannot hang.
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with open(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            _refuse_special_file(name, info.st_mode)
            if info.st_size > max_bytes:
                raise IpnlpError(Messages.E004.format(path=name, size=info.st_size, limit=max_bytes))
            # Read one byte past the limit: a growing file has no trustworthy size.
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise IpnlpError(Messages.E001.format(path=name, reason=exc.strerror or exc)) from exc
    if len(data) > max_bytes:
        raise IpnlpError(Messages.E004.format(path=name, size=f"more than {max_bytes}", limit=max_bytes))
    return _load(data, name=name, path=name, max_bytes=max_bytes, encoding=encoding)


def read_bytes(data: bytes, *, name: str = "<stdin>", max_bytes: int = DEFAULT_MAX_BYTES,
               encoding: str | None = None) -> LoadedDocument:
    """Decode in-memory content (stdin, an upload); ``name`` is used in messages and as a format hint."""
    if len(data) > max_bytes:
        raise IpnlpError(Messages.E004.format(path=name, size=len(data), limit=max_bytes))
    return _load(data, name=name, path=None, max_bytes=max_bytes, encoding=encoding)


def read_stream(stream: io.BufferedIOBase, *, name: str = "<stdin>",
                max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> LoadedDocument:
    """Read a binary stream up to ``max_bytes`` (never more) and decode it like ``read_bytes``."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IpnlpError(Messages.E004.format(path=name, size=f"more than {max_bytes}", limit=max_bytes))
    return _load(data, name=name, path=None, max_bytes=max_bytes, encoding=encoding)


def special_file_kind(mode: int) -> str | None:
    """What a non-regular, non-directory file is ("a named pipe (FIFO)"), or None."""
    for test, what in _SPECIAL_FILES:
        if test(mode):
            return what
    return None


def _refuse_special_file(name: str, mode: int) -> None:
    what = special_file_kind(mode)
    if what is not None:
        raise IpnlpError(Messages.E001.format(path=name, reason=f"{what}, not a regular file"))


def detect_format(data: bytes, name: str = "") -> Format:
    """Content first, extension second: a PDF saved as ``.txt`` is still a PDF."""
    head = data[:1024]
    if b"%PDF-" in head:  # the header may follow a little junk
        return "pdf"
    if head.startswith(b"PK\x03\x04") and _is_docx(data):
        return "docx"
    by_suffix = _SUFFIX_FORMATS.get(os.path.splitext(name)[1].lower())
    if by_suffix is not None:
        return by_suffix
    if _looks_like_html(head):
        return "html"
    return "text"


def _load(data: bytes, *, name: str, path: str | None, max_bytes: int,
          encoding: str | None = None) -> LoadedDocument:
    document_format = detect_format(data, name)
    if document_format == "pdf":
        if b"%PDF-" not in data[:1024]:
            raise IpnlpError(Messages.E001.format(path=name, reason="not a PDF (no %PDF header)"))
        from .pdf import load_pdf

        text, decoded_as, locate = load_pdf(data, name=name, max_bytes=max_bytes)
    elif document_format == "docx":
        from .docx import load_docx

        text, decoded_as, locate = load_docx(data, name=name, max_bytes=max_bytes)
    elif document_format == "html":
        from .html import load_html

        text, decoded_as, locate = load_html(data, name=name, encoding=encoding)
    else:
        from .txt import load_text

        text, decoded_as, locate = load_text(data, name=name, encoding=encoding)
    return LoadedDocument(text=text, encoding=decoded_as, path=path, locate=locate, format=document_format)


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _looks_like_html(head: bytes) -> bool:
    # Skip a BOM and leading space; UTF-16 HTML is rare enough to need its extension.
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return start.startswith(_HTML_STARTS) or (start.startswith(b"<?xml") and b"<html" in start)
