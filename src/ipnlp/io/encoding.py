"""Turn the bytes of a text file into ``str``, naming the encoding, or say clearly why not.

Order matters: an encoding the user names (``--encoding``) is obeyed, strictly; a byte-order mark
is authoritative; then binary input is refused (NUL bytes, a known binary signature, windows dense
with control characters); then strict UTF-8, because valid UTF-8 is almost never anything else;
then a declared charset (HTML ``<meta charset>``); only then detection among the legacy encodings
reports arrive in: GB18030/GBK and Big5 (Chinese) and Windows-1252/Latin-1 (Western).

Detection never guesses silently. Every candidate that decodes the whole file strictly is judged
on the characters it produces: a Western reading must give Latin letters and common punctuation in
short runs, a Chinese reading must give Chinese characters that are not wedged into Latin words
("Qu閎ec" is "Québec" read as GBK). charset-normalizer breaks a tie between several plausible
readings; when it cannot, the file is refused with the candidates named, so the user can pass
``--encoding``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from ..errors import IpnlpError, Messages

#: Legacy encodings tried after UTF-8, in order of preference when two readings tie exactly.
DETECTABLE_ENCODINGS = ("gb18030", "big5", "cp1252", "iso8859-1")

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
#: Control characters are counted in windows of this size over the whole file, so junk appended
#: after a long text is caught as surely as junk at the start.
_WINDOW = 64 * 1024
_MAX_CONTROL_RATIO = 0.05

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# Non-letters a Western text plausibly holds. Fractions, ¤, ¦, ¨, ´, ¸, ¹ and the C1 controls are
# left out: they are what GB/Big5 bytes look like when read as Windows-1252.
_WESTERN_MARKS = frozenset("‘’‚“”„–—…•€£¥©®™°±§¶·«»¿¡×²³µ\u00a0")
_WESTERN_PUNCTUATION = frozenset("‘’‚“”„–—…•«»¿¡\u00a0")
_SIGNS_BEFORE_NUMBERS = frozenset("§±×¶£€¥©")
# A Western word holds at most a few accented letters in a row; Chinese read as Windows-1252 gives
# two characters per Chinese character, so its runs are long ("中文" gives "ÖÐÎÄ").
_MAX_WESTERN_RUN = 3
#: Share of non-ASCII characters that must be plausible for a reading to count as plausible.
_PLAUSIBLE = 0.9
_JUDGED = 200_000
_HIGH_BYTES = bytes(range(0x80, 0x100))
#: Non-ASCII bytes below which two plausible readings are not told apart by statistics.
_TIE_BREAK_EVIDENCE = 32
# Characters Chinese text is written in: CJK ideographs, CJK and full-width punctuation, general
# punctuation (quotes, dashes) and the middle dot, times and division signs GB2312 includes.
_CHINESE_TEXT = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00b7\u00d7\u00f7]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def check_encoding_name(name: str) -> str:
    """The canonical codec name for ``name`` (``"latin1"`` -> ``"iso8859-1"``), or ValueError when it
    is unknown or not a text encoding (``hex``, ``base64``, ``zlib`` are bytes-to-bytes codecs)."""
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        raise ValueError(f"unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise ValueError(f"{name!r} is not a text encoding")
    try:
        b"a".decode(info.name)
    except UnicodeDecodeError:  # an odd byte count for UTF-16: fine, the codec works
        pass
    except UnicodeError:  # the "undefined" codec refuses everything
        raise ValueError(f"{name!r} cannot decode anything") from None
    return info.name


def decode_text(data: bytes, *, name: str, declared: str | None = None, encoding: str | None = None) -> Decoded:
    """Decode ``data`` (the content of ``name``, used in messages) or raise ``IpnlpError`` E002.

    ``encoding`` is the user's choice and is applied strictly; ``declared`` is what the document
    says about itself (HTML ``<meta charset>``) and is only believed when it decodes the data.
    """
    if encoding is not None:
        return _decode_as(data, encoding, name)
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(bom_encoding)
            except UnicodeDecodeError as exc:
                raise _not_text(name, f"invalid {bom_encoding.upper()} after its byte-order mark at byte "
                                      f"{exc.start}") from exc
            _refuse_control_text(text, name)
            return Decoded(text.removeprefix("\ufeff"), bom_encoding)

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
            _refuse_control_text(decoded.text, name)
            return decoded
    decoded = _detect_legacy(data, name, first_bad=utf8_error.start)
    _refuse_control_text(decoded.text, name)
    return decoded


def binary_signature(data: bytes) -> str | None:
    """What a known binary file is ("a PNG image"), or None."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return what
    return None


def _decode_as(data: bytes, encoding: str, name: str) -> Decoded:
    try:
        codec = check_encoding_name(encoding)
    except ValueError as exc:
        raise IpnlpError(Messages.E006.format(detail=f"--encoding: {exc}")) from None
    if codec == "utf-8":
        codec = "utf-8-sig"  # a BOM is not text
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _not_text(name, f"not valid {encoding} (--encoding): byte 0x{data[exc.start]:02x} at "
                              f"offset {exc.start}") from exc
    except UnicodeError as exc:  # a codec that fails without saying where
        raise _not_text(name, f"not valid {encoding} (--encoding): {exc}") from exc
    _refuse_control_text(text, name)
    return Decoded(text.removeprefix("\ufeff"), codec)


def _refuse_binary(data: bytes, name: str) -> None:
    what = binary_signature(data)
    if what is not None:
        raise _not_text(name, f"binary file: {what}")
    nul = data.find(b"\x00")
    if nul != -1:
        raise _not_text(name, f"binary file: NUL byte at offset {nul}")
    for start in _windows(len(data)):
        window = data[start:start + _WINDOW]
        if len(window) - len(window.translate(None, _CONTROL_BYTES)) > _MAX_CONTROL_RATIO * len(window):
            raise _not_text(name, f"binary file: too many control characters near offset {start}")


def _refuse_control_text(text: str, name: str) -> None:
    nul = text.find("\x00")
    if nul != -1:
        raise _not_text(name, f"binary file: NUL character at character {nul} after decoding")
    # In UTF-8, characters below U+0020 are single bytes that occur nowhere else: count bytes.
    encoded = text.encode("utf-8", "surrogatepass")
    for start in _windows(len(encoded)):
        window = encoded[start:start + _WINDOW]
        if len(window) - len(window.translate(None, _CONTROL_BYTES)) > _MAX_CONTROL_RATIO * len(window):
            raise _not_text(name, "binary file: control characters after decoding")


def _windows(length: int) -> list[int]:
    """Window starts covering ``length`` bytes; the last window ends at the end, so none is tiny."""
    starts = list(range(0, max(length - _WINDOW, 0) + 1, _WINDOW))
    if starts[-1] + _WINDOW < length:
        starts.append(length - _WINDOW)
    return starts


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
        codec = check_encoding_name(declared)
    except ValueError:  # unknown, or a bytes codec such as "hex": the declaration is worthless
        return None
    if codec in ("gbk", "gb2312", "cp936"):
        codec = "gb18030"  # a superset: GBK files often hold a few characters beyond GBK
    if codec in ("iso8859-1", "cp1252", "ascii"):
        return None  # often a wrong server default; and it decodes anything, so proves nothing
    try:
        return Decoded(data.decode(codec), codec)
    except (UnicodeError, LookupError):
        return None


def _detect_legacy(data: bytes, name: str, *, first_bad: int) -> Decoded:
    plausible: list[tuple[str, str]] = []  # only these readings are kept: a 50 MB file has four
    for codec in DETECTABLE_ENCODINGS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if any(text == kept for _, kept in plausible):
            continue  # Latin-1 reads as Windows-1252 wherever both decode: one reading, named cp1252
        if _plausibility(text, codec) >= _PLAUSIBLE:
            plausible.append((codec, text))
    if len(plausible) == 1:
        codec, text = plausible[0]
        return Decoded(text, codec)
    if not plausible:
        raise _not_text(name, f"not UTF-8 (byte 0x{data[first_bad]:02x} at offset {first_bad}), and no reading as "
                              "GB18030, Big5 or Windows-1252 looks like text; name the encoding with --encoding")
    # charset-normalizer's statistics mean nothing on a handful of bytes: then it stays a tie.
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    chosen = _tie_break(data, [codec for codec, _ in plausible]) if non_ascii >= _TIE_BREAK_EVIDENCE else None
    if chosen is None:
        names = " or ".join(_display(codec) for codec, _ in plausible)
        raise _not_text(name, f"not UTF-8, and the encoding is uncertain: it reads as {names}; "
                              "name it with --encoding")
    return Decoded(next(text for codec, text in plausible if codec == chosen), chosen)


def _tie_break(data: bytes, candidates: list[str]) -> str | None:
    """charset-normalizer's choice among plausible readings, when it sees a clear difference."""
    from charset_normalizer import from_bytes

    matches = {codecs.lookup(m.encoding).name: m for m in from_bytes(data, cp_isolation=candidates)}
    survivors = [codec for codec in candidates if codec in matches]
    if len(survivors) <= 1:  # the others were dropped as too chaotic: a clear verdict (or none)
        return survivors[0] if survivors else None
    best = min(survivors, key=lambda codec: (matches[codec].chaos, -matches[codec].coherence))

    def clearly_worse(codec: str) -> bool:
        chaos_gap = matches[codec].chaos - matches[best].chaos
        coherence_gap = matches[best].coherence - matches[codec].coherence
        return chaos_gap >= 0.05 or (abs(chaos_gap) < 0.05 and coherence_gap >= 0.2)

    # Short or mostly-ASCII texts score 0 chaos and 0 coherence in every reading: no evidence.
    return best if all(clearly_worse(codec) for codec in survivors if codec != best) else None


def _plausibility(text: str, codec: str) -> float:
    """Share of the non-ASCII characters of ``text`` that look like text in ``codec``'s script.

    Judging stops after ``_JUDGED`` non-ASCII characters: a share is settled long before that, and
    a 50 MB file must not cost a Python loop over every character.
    """
    judge = _western_plausible if codec in ("cp1252", "iso8859-1") else _chinese_plausible
    total = good = 0
    for run in _NON_ASCII_RUN.finditer(text):
        total += run.end() - run.start()
        good += judge(text, run.start(), run.end())
        if total > _JUDGED:
            break
    return good / total if total else 1.0


def _western_plausible(text: str, start: int, end: int) -> int:
    """A run of Latin letters ("ü", "Ær"), one sign ("€", "°") or punctuation only ("”—");
    a letter next to a sign ("³ø§" is Big5 read as Windows-1252) is not how Western text is set."""
    run = text[start:end]
    if len(run) > _MAX_WESTERN_RUN:
        return 0
    if all(ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN") for ch in run):
        return len(run)
    if all(ch in _WESTERN_PUNCTUATION for ch in run):
        return len(run)
    if len(run) == 1 and run in _WESTERN_MARKS:
        # "§ 5", "±2", "€3", but not "±M", "§Q": a sign glued to the letter after it is Big5/GB
        # bytes, whose second byte is often an ASCII letter.
        after = text[end] if end < len(text) else ""
        return 0 if run in _SIGNS_BEFORE_NUMBERS and after.isascii() and after.isalpha() else 1
    return 0


def _chinese_plausible(text: str, start: int, end: int) -> int:
    good = len(_CHINESE_TEXT.findall(text, start, end))
    # A Latin accented letter read as GBK/Big5 swallows the ASCII letter after it, leaving a
    # Chinese character glued to Latin letters: "Qu閎ec", "Minist鑢e", "Z黵ich". Only the last
    # character of a run can have an ASCII character after it.
    last = end - 1
    before = text[last - 1] if last else ""
    after = text[end] if end < len(text) else ""
    if _CHINESE_TEXT.match(text[last]) and (
            (_ascii_letter(before) and _ascii_letter(after)) or (after.isascii() and after.islower())):
        good -= 1
    return good


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _display(codec: str) -> str:
    return {"gb18030": "GB18030", "big5": "Big5", "cp1252": "Windows-1252", "iso8859-1": "Latin-1"}.get(codec, codec)


def _not_text(name: str, reason: str) -> IpnlpError:
    return IpnlpError(Messages.E002.format(path=name, reason=reason))
