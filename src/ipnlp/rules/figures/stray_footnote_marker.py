"""IPN403 stray-footnote-marker: a digit glued after the end of a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...find import positions
from ...models import Finding
from ...view import ReportView
from .._search import matches_at
from ..base import Rule, make_finding
from . import _words as words

# A word of two or more letters ending in a letter (not a number: "4.5" is a decimal; not "A.1", a
# section number) ends with a full stop, one or two digits follow with no space, then a new
# sentence or the end of the paragraph: "year-on-year.1 The". The word starts only where a hyphenated
# word starts, not after each of its hyphens: from every "a" of "a-a-a-...-a.1x" the scan would
# run to the line's end again, quadratic in the line.
_GLUED_MARKER = re.compile(
    rf"(?P<word>(?<![\w-])[^\W\d_][\w-]*[^\W\d_])(?P<close>[)\]”’\"']?)\.(?P<marker>\d{{1,2}}|[{words.SUPERSCRIPT_DIGITS}]+)"
    r"(?=\s+[“\"'(\[]?[A-Z]|\s*\n|\s*$)"
)
# Where a glued marker can be: a full stop after a letter (or after a letter and a closing quote or
# bracket) with a digit after it. Found from the literal full stop, so most of the text is skipped.
_MARKER_DOT = re.compile(
    rf"\.(?:(?<=[^\W\d_]\.)|(?<=[^\W\d_][)\]”’\"']\.))(?=\d|[{words.SUPERSCRIPT_DIGITS}])"
)
# A superscript digit straight after a word, before the full stop: "year¹. The". Four letters at
# least, so that units such as "km²." stay units. The superscript comes first in the pattern, the
# letters in a look-behind after it, so the scan stops only at superscripts.
_SUPERSCRIPT_BEFORE_STOP = re.compile(
    rf"(?P<marker>[{words.SUPERSCRIPT_DIGITS}](?<=[^\W\d_]{{4}}[{words.SUPERSCRIPT_DIGITS}])"
    rf"[{words.SUPERSCRIPT_DIGITS}]*)(?=[.,;])"
)

# A footnote number glued to the end of a word, before its punctuation: "in the first half of the
# year2. In accordance", "the Future Fund3, which". At least three lower-case letters before the
# digits, so that names and units with digits stay names ("G20.", "FY2024,", "CO2.", "km2.", "IP2,").
# The word starts only at a word start (linear, as above).
_DIGITS_BEFORE_PUNCTUATION = re.compile(
    r"(?<![\w-])(?P<word>[^\W\d_]*[a-z]{3})(?P<marker>\d{1,2})(?=[.,;:](?:\s|$))"
)


def _glued_markers(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_GLUED_MARKER.finditer(text)``, searched for only from candidate full stops.

    A match lies on one line and its full stop is a candidate, so the next match starts at or after
    the line of the first candidate not yet passed: searching from there finds it, and each stretch
    of text is searched once.
    """
    end = 0
    for dot in _MARKER_DOT.finditer(text):
        if dot.start() < end:
            continue
        match = _GLUED_MARKER.search(text, max(end, text.rfind("\n", end, dot.start()) + 1))
        if match is None:
            return
        yield match
        end = match.end()


_LOWER_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")


def _digits_before_punctuation(text: str, digit_runs: tuple[list[int], list[int]]) -> Iterator[re.Match[str]]:
    """``_DIGITS_BEFORE_PUNCTUATION.finditer(text)``, tried only at the runs of digits that can hold
    a marker: one or two digits, three lower-case letters before them, a stop after them. The match
    starts where the letters before the digits start (a letter before it fails the look-behind);
    matches end before their stop, so none hides the next."""
    for start, end in zip(*digit_runs, strict=True):
        if end - start > 2 or start < 3 or text[end:end + 1] not in _STOPS:
            continue
        if not all(char in _LOWER_ASCII for char in text[start - 3:start]):
            continue
        word_start = start - 3
        while word_start and text[word_start - 1].isalnum() and not text[word_start - 1].isdecimal():
            word_start -= 1  # str.isalnum and not str.isdecimal: re's [^\W\d_]
        match = _DIGITS_BEFORE_PUNCTUATION.match(text, word_start)
        if match is not None:
            yield match


_STOPS = frozenset(".,;:")


def _superscripts_before_stop(text: str) -> Iterator[re.Match[str]]:
    """``_SUPERSCRIPT_BEFORE_STOP.finditer(text)``, tried only at the superscript digits, where
    every match starts (most texts hold none), found by str.find (``ipnlp.find``)."""
    return matches_at(_SUPERSCRIPT_BEFORE_STOP, text, positions(text, words.SUPERSCRIPT_DIGITS))


def check(view: ReportView) -> Iterator[Finding]:
    """A footnote number or conversion artefact is glued after the end of a sentence.

    ## What it does
    Reports each digit that sits right after a sentence-ending full stop with no space
    ("grew 12% year-on-year.1 The next ..."), one or two digits glued to the end of a word before
    its punctuation ("in the first half of the year2. In ..."), and superscript digits after a
    word. Numbers after
    abbreviations that take them ("No.1", "Fig.2") and decimals ("4.5") are not markers.

    ## Why it matters
    A footnote whose note is gone, or a page number swept into the text, reads as part of a
    figure; copied into a table it becomes a wrong number.

    ## Example
    ```text
    Exports rose 8.2% year-on-year.3 Imports were stable.
    ```

    ## Known limitations
    A digit glued to a word is read as a marker only after three or more lower-case letters, so
    markers after short or upper-case words ("the IP2, with") are missed, while a product or model
    name written that way ("Python3,") is reported. Markers glued to a number ("12%1.") are not
    looked for.

    ## Use instead
    ```text
    Exports rose 8.2% year-on-year. Imports were stable.
    ```
    """
    for match in _glued_markers(view.text):
        if match.group("word").lower() in words.NUMBERING_ABBREVIATIONS:
            continue
        yield make_finding(
            RULE, view,
            f"{match.group('marker')!r} is glued after the end of a sentence "
            f"({view.text[match.start('word'):match.end()]!r}): a footnote marker or conversion "
            "artefact, not part of the text.",
            [match.span("marker")],
        )
    for match in _digits_before_punctuation(view.text, view.index.digit_runs):
        yield make_finding(
            RULE, view,
            f"{match.group('marker')!r} is glued to the end of {match.group('word')!r}: a footnote "
            "marker or conversion artefact, not part of the word.",
            [match.span("marker")],
        )
    for match in _superscripts_before_stop(view.text):
        yield make_finding(
            RULE, view, f"Superscript marker {match.group('marker')!r} has no footnote in the text.",
            [match.span("marker")],
        )


RULE = Rule(code="IPN403", name="stray-footnote-marker", severity="warning", check=check)
