"""Source excerpts for findings: the window of the line around each evidence span.

The text format shows it under the finding with a caret under the span, SARIF writes it as
``contextRegion``. It is computed once, where findings are finalised (``ipnlp.api``), because only
there is the analysed text at hand; batch workers ship it back with the finding.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TypeVar

from pydantic import BaseModel

from ..models import Evidence, Excerpt, Finding

_M = TypeVar("_M", bound=BaseModel)

# Every character an editor may end a line at (CR, LF, VT, FF, FS-RS, NEL, LS, PS): the excerpt
# stops at the first, so it never shows part of the next line.
_LINE_BREAK = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")

#: Widest excerpt, in characters: a terminal line after the line-number gutter.
WINDOW = 100
#: Characters of the line kept before the span when the line has to be clipped.
LEAD = 32


def excerpt(text: str, evidence: Evidence, *, window: int = WINDOW, lead: int = LEAD) -> Excerpt:
    """The window of ``text`` around ``evidence`` on the span's first line.

    Never scans a whole long line: the line start comes from the evidence's column and the line
    end is looked for only within the window.
    """
    start = min(max(evidence.start, 0), len(text))
    line_start = max(start - (evidence.column - 1), 0)
    limit = min(len(text), start + window + 1)
    line_break = _LINE_BREAK.search(text, start, limit)
    # No line break within reach: the text ends here, or the line goes on at least this far, which
    # is enough to know the window is clipped.
    line_end = limit if line_break is None else line_break.start()
    if line_end - line_start <= window:
        window_start, window_end = line_start, line_end
    else:
        window_start = max(line_start, start - lead)
        window_end = min(line_end, window_start + window)
        window_start = max(line_start, window_end - window)
    # Validated construction: pydantic-core checks these five plain fields faster (about 1.9 us)
    # than model_construct fills them in Python (about 3.1 us); the model is the same.
    return Excerpt(start=window_start, end=window_end, text=text[window_start:window_end],
                   clipped_start=window_start > line_start, clipped_end=window_end < line_end)


def with_context(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` with ``Evidence.context`` filled in from ``text`` (the document analysed)."""
    result = []
    for finding in findings:
        evidence = [e if e.path is not None or e.context is not None
                    else replaced(e, "context", excerpt(text, e)) for e in finding.evidence]
        result.append(replaced(finding, "evidence", evidence) if evidence else finding)
    return result


_new_object = object.__new__
_set = object.__setattr__


def replaced(model: _M, field: str, value: object) -> _M:
    """``model.model_copy(update={field: value})``: the same copy (fields, fields set, no extra and
    no private attributes), made directly. pydantic's ``model_copy`` copies each of those through
    ``copy.copy`` (about 8 us a model, against 1 us), and every finding and evidence is copied
    here. A model with extra fields or private attributes is left to ``model_copy``."""
    if model.__pydantic_extra__ is not None or getattr(model, "__pydantic_private__", None) is not None:
        return model.model_copy(update={field: value})
    copied = _new_object(type(model))
    state = model.__dict__.copy()
    state[field] = value
    _set(copied, "__dict__", state)
    _set(copied, "__pydantic_extra__", None)
    _set(copied, "__pydantic_fields_set__", model.__pydantic_fields_set__ | {field})
    _set(copied, "__pydantic_private__", None)
    return copied


def cell_width(text: str) -> int:
    """Terminal cells ``text`` occupies: wide (CJK) characters take two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width
