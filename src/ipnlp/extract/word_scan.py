"""A word pattern's scan tried only where one of its first words stands.

``regex`` tries a pattern at every place of the span it scans. A case-insensitive alternation of some
hundred words (the verbs stating a figure) costs a tenth of a microsecond per place even where no word
of it starts, and the scan was the costliest pattern of reading a figure's subject. The span's
ASCII-lowered copy is cut into runs of ASCII letters instead (one ``re`` scan), and the pattern is tried
only at a run that is one of its first words (a set lookup).

Why the matches are those of ``pattern.finditer(text, start, end)``, for a pattern whose every match
begins, at a word boundary and ignoring case, with one of ``first`` (lower-case ASCII letters) followed
by no ASCII letter (white space or a word boundary):

- ``regex`` folds no character but the dotted capital I, the long s and the Kelvin sign onto an ASCII
  letter ignoring case (tests/extract/test_fast_paths.py checks every character); a span holding one is
  scanned whole. So
  where a match starts, the lowered span holds its first word as a whole run of letters: no ASCII letter
  comes before it (a word boundary) nor after it;
- the pattern tried at a place reads the text before it as in a scan from ``start``, and the span's end
  is its end as in the scan; the scan goes on after a match's end as ``finditer`` does (a match is never
  empty), skipping the places before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

from ..find import matches_at
from .numbers import ASCII_TWINS, ascii_folded, ascii_lower
from .tables import tree_alternation

# The characters besides A-Z that ``regex`` matches to an ASCII letter ignoring case.
_FOLDED_ONTO_ASCII = tuple(map(chr, ASCII_TWINS))
_LETTERS = re.compile("[a-z]+")


class WordScan:
    """``pattern.finditer`` and ``pattern.search`` over a span, tried at the places a first word starts."""

    __slots__ = ("first", "pattern", "places")

    def __init__(self, pattern: regex.Pattern[str], first: Iterable[str]) -> None:
        words = frozenset(first)
        if not words or any(_LETTERS.fullmatch(word) is None for word in words):
            raise ValueError("first words must be lower-case ASCII letters")
        self.pattern = pattern
        self.first = words
        # A whole run of letters that is one of the first words: what ``_LETTERS.finditer`` filtered by the set
        # finds, found by one scan in C (the words as a tree, so a place tries each letter once) instead of a
        # Python step for every word of the span. Runs never overlap, so the scan finds each in turn.
        self.places = re.compile(rf"(?<![a-z])(?:{tree_alternation(words)})(?![a-z])")

    def finditer(self, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        window = text[start:end]
        if not window.isascii() and any(char in window for char in _FOLDED_ONTO_ASCII):
            yield from self.pattern.finditer(text, start, end)
            return
        places = (start + found.start() for found in self.places.finditer(ascii_lower(window)))
        yield from matches_at(self.pattern, text, places, end)

    def search(self, text: str, start: int, end: int) -> regex.Match[str] | None:
        return next(self.finditer(text, start, end), None)


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``ascii_folded(text)`` holds one of ``words`` (lower-case ASCII)."""
    lowered = ascii_folded(text)
    for word in words:  # noqa: SIM110 (``any`` over a generator costs five times this loop)
        if word in lowered:
            return True
    return False
