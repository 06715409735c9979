"""IPN403 stray-footnote-marker: a digit glued after the end of a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from . import _words as words

# A word of two or more letters ending in a letter (not a number: "4.5" is a decimal; not "A.1", a
# section number) ends with a full stop, one or two digits follow with no space, then a new
# sentence or the end of the paragraph: "year-on-year.1 The".
_GLUED_MARKER = re.compile(
    rf"(?P<word>\b[^\W\d_][\w-]*[^\W\d_])(?P<close>[)\]”’\"']?)\.(?P<marker>\d{{1,2}}|[{words.SUPERSCRIPT_DIGITS}]+)"
    r"(?=\s+[“\"'(\[]?[A-Z]|\s*\n|\s*$)"
)
# A superscript digit straight after a word, before the full stop: "year¹. The". Four letters at
# least, so that units such as "km²." stay units.
_SUPERSCRIPT_BEFORE_STOP = re.compile(rf"(?<=[^\W\d_]{{4}})(?P<marker>[{words.SUPERSCRIPT_DIGITS}]+)(?=[.,;])")


def check(view: ReportView) -> Iterator[Finding]:
    """A footnote number or conversion artefact is glued after the end of a sentence.

    ## What it does
    Reports each digit that sits right after a sentence-ending full stop with no space
    ("grew 12% year-on-year.1 The next ..."), and superscript digits after a word. Numbers after
    abbreviations that take them ("No.1", "Fig.2") and decimals ("4.5") are not markers.

    ## Why it matters
    A footnote whose note is gone, or a page number swept into the text, reads as part of a
    figure; copied into a table it becomes a wrong number.

    ## Example
    ```text
    Exports rose 8.2% year-on-year.3 Imports were stable.
    ```

    ## Use instead
    ```text
    Exports rose 8.2% year-on-year. Imports were stable.
    ```
    """
    for match in _GLUED_MARKER.finditer(view.text):
        if match.group("word").lower() in words.NUMBERING_ABBREVIATIONS:
            continue
        yield make_finding(
            RULE, view,
            f"{match.group('marker')!r} is glued after the end of a sentence "
            f"({view.text[match.start('word'):match.end()]!r}): a footnote marker or conversion "
            "artefact, not part of the text.",
            [match.span("marker")],
        )
    for match in _SUPERSCRIPT_BEFORE_STOP.finditer(view.text):
        yield make_finding(
            RULE, view, f"Superscript marker {match.group('marker')!r} has no footnote in the text.",
            [match.span("marker")],
        )


RULE = Rule(code="IPN403", name="stray-footnote-marker", severity="warning", check=check)
