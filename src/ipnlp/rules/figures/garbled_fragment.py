"""IPN402 garbled-fragment: text visibly lost, such as a range with no start."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...find import positions
from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from . import _words as words
from ._common import matches_at

_DASH = f"[{re.escape(words.RANGE_DASHES)}]"
_MONTH = "|".join(words.MONTHS)
# A range end with nothing before its dash: "-November", "–2024". The dash is glued to the word,
# which tells it apart from a list bullet ("- item") and from a dash between clauses.
_DANGLING_RANGE_END = re.compile(rf"{_DASH}(?:(?:{_MONTH})\b|(?:19|20)\d\d\b)", re.IGNORECASE)
# A range start with nothing after its dash: "January- the", "in 2023-, the".
_DANGLING_RANGE_START = re.compile(rf"\b(?:(?:{_MONTH})|(?:19|20)\d\d){_DASH}(?=\s*[,;.]|\s+[a-z])",
                                   re.IGNORECASE)
# Where a range start can be: a dash, less the length of a month name or a year before it. The
# pattern is tried only there (the dashes are few), not at every position of the text.
# The look-ahead wants a space or a stop right after the dash: "year-on-year" is not tried.
_DASH_BEFORE_GAP = re.compile(_DASH + r"(?=[\s,;.])")
_START_LENGTHS = tuple(sorted({len(m) for m in words.MONTHS} | {4}))
_LITERAL_MONTHS = all(m.isalpha() and m.isascii() for m in words.MONTHS)
# Brackets or quotes with nothing inside: something was dropped during conversion.
_EMPTY_PAIR = re.compile(r"\(\s*\)|\[\s*\]|“\s*”")


def check(view: ReportView) -> Iterator[Finding]:
    """Text was visibly lost: a range missing one end, or empty brackets.

    ## What it does
    Reports a sentence that starts with the end of a range whose start is gone ("-November the
    total ..."), a range start whose end is gone ("from January- to date"), and empty brackets or
    quotes ("()", "“”"), all traces of text dropped while drafting, translating or converting.

    ## Why it matters
    The missing words usually carry meaning: "-November" hides the period a figure covers, so the
    figure cannot be compared with anything.

    ## Example
    ```text
    -September the number of registered brands reached 41,200.
    ```

    ## Use instead
    ```text
    From January to September the number of registered brands reached 41,200.
    ```

    ## Known limitations
    Only the traces listed (a range missing an end at a sentence start or before "to", empty
    brackets or quotes) are found; words lost in the middle of a sentence without such a trace are
    not.
    """
    for start, end in view.sentences:
        if view.text[start:start + 1] not in words.RANGE_DASHES:
            continue  # the match opens with a dash (no case to fold): most sentences are not tried
        match = _DANGLING_RANGE_END.match(view.text, start, end)
        if match:
            yield make_finding(
                RULE, view,
                f"The sentence starts with the end of a range ({match.group(0)!r}); its start is missing.",
                [match.span()],
            )
    for match in _dangling_range_starts(view.text):
        yield make_finding(
            RULE, view,
            f"The range {match.group(0)!r} has no end; text is missing after the dash.",
            [match.span()],
        )
    # Tried only at the brackets and quote every match opens with, found by str.find (ipnlp.find).
    for match in matches_at(_EMPTY_PAIR, view.text, positions(view.text, "([“")):
        yield make_finding(RULE, view, f"Empty {match.group(0)!r}: the text inside was lost.", [match.span()])


def _dangling_range_starts(text: str) -> Iterator[re.Match[str]]:
    """``_DANGLING_RANGE_START.finditer(text)``: a match is a month or a year (fixed lengths, one
    character per letter even ignoring case) ending right before a dash."""
    if not _LITERAL_MONTHS:
        return _DANGLING_RANGE_START.finditer(text)
    # _DASH_BEFORE_GAP's matches: each dash (found by str.find, ipnlp.find) before a gap.
    dashes = [dash for dash in positions(text, words.RANGE_DASHES) if _DASH_BEFORE_GAP.match(text, dash)]
    starts = sorted({dash - length for dash in dashes for length in _START_LENGTHS if dash >= length})
    return matches_at(_DANGLING_RANGE_START, text, starts)


RULE = Rule(code="IPN402", name="garbled-fragment", severity="error", check=check)
