"""Make document text and file names safe to print, serialise and open in a spreadsheet.

Three audiences, three rules:

* a terminal or CI log (``printable``): control characters (C0, DEL, C1 such as NEL), bidi
  overrides and isolates and line/paragraph separators are shown as ``\\xNN``/``\\uNNNN``
  escapes, so a report cannot clear the screen, retitle the terminal, hide text or forge a
  ``path:line:col:`` line with a newline in a file name;
* JSON (``json_text``): lone surrogates (a file name that is not UTF-8 comes back from
  ``os.fsdecode`` as ``\\udcff``; broken PDFs yield others) are written as ``\\udcff`` escapes,
  which RFC 8259 allows and which round-trip to the same Python string, instead of crashing the
  UTF-8 encoder;
* a spreadsheet (``csv_cell``): a cell that would be evaluated as a formula is prefixed with
  ``'`` (OWASP CSV injection advice).
"""

from __future__ import annotations

import json
import re
from typing import Any

# Surrogates first: 0xDC80-0xDCFF is how os.fsdecode carries a byte that is not UTF-8, so it is
# shown as that byte (\xff), other lone surrogates as themselves.
_UNPRINTABLE = re.compile(
    "[\ud800-\udfff"  # lone surrogates
    "\x00-\x1f\x7f-\x9f"  # C0, DEL, C1 (NEL, CSI, OSC ...)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\u2028\u2029]"  # line and paragraph separators
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_SURROGATE = re.compile("[\ud800-\udfff]")
# In JSON: lone surrogates (UTF-8 cannot encode them) and the characters str.splitlines() and
# old JavaScript parsers take for line ends (a JSON-lines reader must see one record per line).
_JSON_ESCAPED = re.compile("[\ud800-\udfff\x85\u2028\u2029]")


def _escape(char: str) -> str:
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, *, keep: str = "") -> str:
    """``text`` with every character a terminal would act on (rather than show) escaped, except
    those in ``keep`` (the GitHub format percent-encodes line breaks itself)."""
    if keep:
        return _UNPRINTABLE.sub(lambda m: m.group() if m.group() in keep else _escape(m.group()), text)
    return _UNPRINTABLE.sub(lambda m: _escape(m.group()), text)


def one_line(text: str) -> str:
    """Line breaks folded to spaces (for messages quoting a span over lines), then ``printable``."""
    return printable(" ".join(text.splitlines()))


def encodable(text: str) -> str:
    """Lone surrogates written as visible escapes, everything else kept: safe to encode as UTF-8."""
    return _SURROGATE.sub(lambda m: _escape(m.group()), text)


def json_text(payload: Any, *, indent: int | None = 2) -> str:
    """``json.dumps`` that never produces a string UTF-8 cannot encode.

    Non-ASCII text stays readable (``ensure_ascii=False``); only lone surrogates and NEL, U+2028
    and U+2029, which can only occur inside JSON strings, are written as ``\\uXXXX`` escapes.
    """
    separators = (",", ":") if indent is None else (",", ": ")  # compact lines, like pydantic's
    text = json.dumps(payload, ensure_ascii=False, indent=indent, separators=separators, allow_nan=False)
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# A spreadsheet evaluates a cell starting with one of these (tab and CR too: some programs strip
# them and evaluate what follows).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def csv_cell(value: object) -> object:
    """A cell value a spreadsheet shows rather than evaluates.

    Numbers pass through unchanged (``-3.5`` is a value, not a formula); text that looks like a
    plain number is kept too, so a negative value column stays numeric. Any other text starting
    with ``= + - @``, tab or CR gets a leading ``'``, which spreadsheets treat as "this is text".
    """
    if not isinstance(value, str):
        return value
    value = encodable(value)
    if value.startswith(_FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value
