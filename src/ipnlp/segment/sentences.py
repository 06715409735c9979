"""Rule-based sentence splitting with exact offsets.

Pure and fast: one linear scan over candidate boundaries. It keeps decimals ("4.756"), known
abbreviations ("U.S.", "etc.") and ends a sentence at a footnote digit glued after a full stop
("year-on-year.1 The"): the digit stays with the sentence it annotates. Which characters end a
sentence is language data (``language.py``): Chinese ends one at 。！？； with no space after.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from ..find import matches_at, positions
from .language import _SPACED_BOUNDARY, segmentation_data
from .lines import SPACES

# The last word before a full stop, matched on the text reversed: ``regex``'s ``(\S+)$`` searched
# forward tries every position of the window.
_WORD_REVERSED = re.compile(f"[^{re.escape(SPACES)}]*")


def split_sentences(text: str, start: int = 0, end: int | None = None, lang: str = "en") -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside ``text[start:end]``, stripped of surrounding whitespace."""
    end = len(text) if end is None else end
    data = segmentation_data(lang)
    abbreviations = data.abbreviations
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _boundaries(data.boundary, text, start, end):
        term_pos = match.start("term")
        if match.group("term") == ".":
            before = text[max(sentence_start, term_pos - 12):term_pos + 1]  # ends on the full stop: a word
            word = _WORD_REVERSED.match(before[::-1]).group()[::-1]
            token = word.lower()
            # "U.S." / "etc." / "No." are not sentence ends; a period between digits is a decimal.
            if token.lstrip("(“\"'") in abbreviations or token.rsplit("-", 1)[-1] in abbreviations:
                continue
            if token.lstrip("(“\"'") in data.abbreviations_before_number and (match.group("next") or "").isdigit() \
                    and word.lstrip("(“\"'")[:1].isupper():
                continue  # "(Cap. 628)" (but "raised the cap. 2024 was ...")
            if match.group("foot") and not text[term_pos - 1:term_pos].isalpha():
                continue  # "4.5 million": the digits after the period are a decimal, not a footnote
        boundary = match.end()
        spans.append(_strip(text, sentence_start, boundary))
        sentence_start = boundary
    if sentence_start < end:
        spans.append(_strip(text, sentence_start, end))
    return [s for s in spans if s[1] > s[0]]


def _boundaries(boundary: regex.Pattern[str], text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """``boundary.finditer(text, start, end)``. The spaced boundary (every language without
    terminators of its own) opens on one of ``_SPACED_TERMINATORS``: it is tried only where str.find
    finds one, as ``regex`` scanning for the set checks it at every character (about 14 ns each)."""
    if boundary.pattern != _SPACED_BOUNDARY:
        return boundary.finditer(text, start, end)
    # A match is never empty: it holds the terminator.
    return matches_at(boundary, text, positions(text, _SPACED_TERMINATORS, start, end), end)


# The characters a match of _SPACED_BOUNDARY opens with (its "term" set; a test reads them there).
_SPACED_TERMINATORS = ".!?。！？"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
