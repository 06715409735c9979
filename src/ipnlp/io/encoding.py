"""Turn the bytes of a text file into ``str``, naming the encoding, or say clearly why not.

Order matters: a byte-order mark is authoritative; then binary input is refused (NUL bytes, a known
binary signature, many control characters); then strict UTF-8, because valid UTF-8 is almost never
anything else; then a declared charset (HTML ``<meta charset>``); only then detection among the
encodings Chinese reports actually use (GB18030/GBK and Big5). Latin-1 and friends are not
candidates: they decode any byte string, so "detecting" them would turn binary junk into text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import IpnlpError, Messages

#: charset-normalizer candidates; UTF-16 without a BOM has NUL bytes and is refused before detection.
DETECTABLE_ENCODINGS = ("utf_8", "utf_16", "gb18030", "big5")

_BOMS = (  # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of common non-text files, so the message says what the file is rather than "binary".
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls): save it as .docx"),
    (b"PK\x03\x04", "a ZIP archive, not a Word .docx document"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)

# Control characters that never occur in text; tab, newlines, form feed and ESC are allowed.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_SAMPLE_BYTES = 64 * 1024
_MAX_CONTROL_RATIO = 0.05


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_text(data: bytes, *, name: str, declared: str | None = None) -> Decoded:
    """Decode ``data`` (the content of ``name``, used in messages) or raise ``IpnlpError`` E002."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _not_text(name, f"invalid {encoding.upper()} after its byte-order mark at byte "
                                      f"{exc.start}") from exc
            _refuse_control_text(text, name)
            return Decoded(text.removeprefix("\ufeff"), encoding)

    _refuse_binary(data, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc

    if utf8_error.end == len(data) and utf8_error.reason == "unexpected end of data":
        # Everything before the last few bytes was valid UTF-8: a file cut off mid-character.
        raise _not_text(name, f"truncated UTF-8: the file ends inside a multi-byte character at byte "
                              f"{utf8_error.start}") from utf8_error
    if _mostly_utf8(data):
        raise _not_text(name, f"invalid UTF-8: byte 0x{data[utf8_error.start]:02x} at offset "
                              f"{utf8_error.start}") from utf8_error

    if declared:
        decoded = _try_declared(data, declared)
        if decoded is not None:
            return decoded
    decoded = _detect_chinese(data)
    if decoded is None:
        raise _not_text(name, f"not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset "
                              f"{utf8_error.start}), GB18030 or Big5")
    _refuse_control_text(decoded.text, name)
    return decoded


def binary_signature(data: bytes) -> str | None:
    """What a known binary file is ("a PNG image"), or None."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return what
    return None


def _refuse_binary(data: bytes, name: str) -> None:
    what = binary_signature(data)
    if what is not None:
        raise _not_text(name, f"binary file: {what}")
    nul = data.find(b"\x00")
    if nul != -1:
        raise _not_text(name, f"binary file: NUL byte at offset {nul}")
    sample = data[:_SAMPLE_BYTES]
    if sample and len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > _MAX_CONTROL_RATIO * len(sample):
        raise _not_text(name, "binary file: too many control characters")


def _refuse_control_text(text: str, name: str) -> None:
    sample = text[:_SAMPLE_BYTES]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\v\f\r\x1b")
    if "\x00" in sample or controls > _MAX_CONTROL_RATIO * len(sample):
        raise _not_text(name, "binary file: control characters after decoding")


def _mostly_utf8(data: bytes) -> bool:
    """True when nearly all non-ASCII bytes form valid UTF-8: a damaged UTF-8 file, not GBK/Big5.

    GB and Big5 text forms valid UTF-8 pairs only by accident (well under half its bytes), while a
    UTF-8 file with one stray Latin-1 byte is >99% valid.
    """
    decoded = data.decode("utf-8", "surrogateescape")  # each invalid byte becomes one lone surrogate
    invalid = len(_ESCAPED_BYTE.findall(decoded))
    valid_multibyte = len(decoded) - len(decoded.encode("ascii", "ignore")) - invalid
    return valid_multibyte >= 4 and invalid * 20 < valid_multibyte


def _try_declared(data: bytes, declared: str) -> Decoded | None:
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    if codec in ("gbk", "gb2312", "cp936"):
        codec = "gb18030"  # a superset: GBK files often hold a few characters beyond GBK
    if codec in ("latin-1", "iso8859-1", "cp1252", "ascii"):
        return None  # often a wrong server default; and it decodes anything, so proves nothing
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return None


def _detect_chinese(data: bytes) -> Decoded | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return _guess_chinese(data)
    best = from_bytes(data, cp_isolation=list(DETECTABLE_ENCODINGS)).best()
    if best is not None:
        codec = codecs.lookup(best.encoding).name
        try:
            # charset-normalizer judges samples; the whole file must decode strictly.
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            pass
    return _guess_chinese(data)


def _guess_chinese(data: bytes) -> Decoded | None:
    """Fallback without charset-normalizer.

    Text within GB2312 is GB; Big5 text decoded as GBK lands in GBK's extension rows (Big5 trail
    bytes 0x40-0x7E are outside GB2312), so when GB2312 fails but Big5 succeeds it is Big5.
    """
    for probe, codec in (("gb2312", "gb18030"), ("big5", "big5"), ("gb18030", "gb18030")):
        try:
            data.decode(probe)
        except UnicodeDecodeError:
            continue
        return Decoded(data.decode(codec), codec)
    return None


def _not_text(name: str, reason: str) -> IpnlpError:
    return IpnlpError(Messages.E002.format(path=name, reason=reason))
