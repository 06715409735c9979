"""IPN404 unbalanced-quotes: an opening quotation mark that is never closed."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ...find import positions
from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding

_CURLY = re.compile(r"[“”]")


def check(view: ReportView) -> Iterator[Finding]:
    """An opening quotation mark is never closed (or a closing one never opened).

    ## What it does
    Pairs double quotation marks within each paragraph. Curly quotes pair by direction: an
    opening “ followed by another “ before any ”, or still open at the end of the paragraph, is
    unclosed; a ” with no “ before it is unopened. Straight quotes pair in order, so an odd
    number in a paragraph leaves the last opening one unclosed; a straight quote right after a digit
    is an inch mark (5" screens) unless a quotation is open ("30 by 30" plan). A quotation that continues into
    the next paragraph (which then opens with a quote mark, the usual convention) is accepted.
    Single quotes are not checked: ’ is also the apostrophe.

    ## Why it matters
    Without the closing mark the reader cannot tell where the quotation, a slogan or a title
    ends, and a converter may run the quotation on to the end of the document.

    ## Example
    ```text
    The campaign adopted the slogan “Quality first and went on to cover 12 provinces.
    ```

    ## Use instead
    ```text
    The campaign adopted the slogan “Quality first” and went on to cover 12 provinces.
    ```

    ## Known limitations
    Single quotes are not checked. A quotation that runs on into the next paragraph without
    reopening it there is reported. Straight quotes pair in order, so one stray mark shifts the
    pairing of the rest of its paragraph.
    """
    paragraphs = list(view.paragraphs) or [(0, len(view.text))]
    # The marks of the whole text, found once; each paragraph takes its own by bisecting.
    curly = positions(view.text, "“”")  # _CURLY's matches, found by str.find (ipnlp.find)
    straight = _straight_marks(view.text)
    for index, (start, end) in enumerate(paragraphs):
        next_start = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
        continues = next_start is not None and view.text[next_start:next_start + 1] in {"“", '"'}
        yield from _curly(view, _between(curly, start, end), continues)
        yield from _straight(view, _between(straight, start, end), continues)


def _between(marks: list[int], start: int, end: int) -> list[int]:
    return marks[bisect.bisect_left(marks, start):bisect.bisect_left(marks, end)]


def _straight_marks(text: str) -> list[int]:
    """Where every straight double quote is."""
    marks = []
    position = text.find('"')
    while position != -1:
        marks.append(position)
        position = text.find('"', position + 1)
    return marks


def _curly(view: ReportView, marks: list[int], continues: bool) -> Iterator[Finding]:
    open_at: int | None = None
    for position in marks:
        if view.text[position] == "“":
            if open_at is not None:
                yield _unclosed(view, open_at)
            open_at = position
        elif open_at is None:
            yield make_finding(RULE, view, "A closing quotation mark ” has no opening “ before it.",
                               [(position, position + 1)])
        else:
            open_at = None
    if open_at is not None and not continues:
        yield _unclosed(view, open_at)


def _straight(view: ReportView, marks: list[int], continues: bool) -> Iterator[Finding]:
    """Straight quotes pair in order. A quote right after a digit is an inch mark (5" screens) unless a
    quotation is open, which it then closes ("30 by 30" plan)."""
    open_at: int | None = None
    for position in marks:
        if open_at is None and position and view.text[position - 1].isdecimal():  # str.isdecimal is re's \d
            continue
        open_at = position if open_at is None else None
    if open_at is not None and not continues:
        yield _unclosed(view, open_at)


def _unclosed(view: ReportView, offset: int) -> Finding:
    following = view.text[offset + 1:offset + 41].split("\n")[0]
    return make_finding(
        RULE, view,
        f"The quotation opened here ({view.text[offset]}{following}…) is never closed.",
        [(offset, offset + 1)],
    )


RULE = Rule(code="IPN404", name="unbalanced-quotes", severity="warning", check=check)
