"""Plain text and Markdown reader: decoding only; offsets index the decoded text unchanged."""

from __future__ import annotations

from .encoding import decode_text


def load_text(data: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str, None]:
    """``(text, encoding, None)``: a text file needs no locator, its offsets are its own."""
    decoded = decode_text(data, name=name, encoding=encoding)
    text = decoded.text
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")  # classic Mac line ends; same length, so offsets still hold
    return text, decoded.encoding, None
