"""Readers: turn a file into text. TEMPORARY minimal version (UTF-8 text only); the readers issue
replaces it with format sniffing, encodings and optional HTML/PDF/DOCX readers."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import IpnlpError, Messages
from ..models import SourceLocation


@dataclass(frozen=True)
class LoadedDocument:
    text: str
    encoding: str
    path: str | None = None
    locate: Callable[[int], SourceLocation] | None = None


def read_document(path: str | os.PathLike[str]) -> LoadedDocument:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise IpnlpError(Messages.E001.format(path=os.fspath(path), reason=exc.strerror or exc)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IpnlpError(Messages.E002.format(path=os.fspath(path), reason=str(exc))) from exc
    return LoadedDocument(text=text, encoding="utf-8", path=os.fspath(path))
