"""Capitalised multi-word names ("National Intellectual Property Awareness Week") with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import plain_text
from ...regex_cache import compile as cached_compile
from . import _words

# Longest first; ties in text order, so the pattern is the same string in every run (regex_cache).
_CONNECTOR = "|".join(sorted(_words.NAME_CONNECTORS - {"and"}, key=lambda w: (-len(w), w)))


def _name_pattern(upper: str, letter_digit: str, digit: str, space: str, *, first_class: bool = False) -> str:
    """The name pattern over the given character classes (``regex``'s, or plain text's for ``re``).

    With ``first_class`` the pattern opens with the class of the first character (an upper-case
    letter or a digit) and checks the character before it after it: the same matches, but ``re``
    then skips in C to the next such character instead of trying the pattern at every position
    (the look-behind it opened with cost about a third of ``names``)."""
    # A capitalised word: "Intellectual", "Five-Year", "High-level", "China-EU", "WIPO", "Leaders'".
    cap_word = rf"(?:[{upper}][{letter_digit}]*(?:[-'’][{letter_digit}]+)*['’]?|[{digit}]{{1,3}}(?:st|nd|rd|th))"
    if first_class:
        # ``(?<![..]X)`` after the first character X is ``(?<![..])`` before it; each branch of the
        # capitalised word goes on from its own first character.
        first_word = (rf"[{upper}{digit}](?<![{letter_digit}\-][{upper}{digit}])"
                      rf"(?:(?<=[{upper}])[{letter_digit}]*(?:[-'’][{letter_digit}]+)*['’]?"
                      rf"|(?<=[{digit}])[{digit}]{{0,2}}(?:st|nd|rd|th))")
    else:
        first_word = rf"(?<![{letter_digit}\-])(?:{cap_word})"
    # Capitalised words, possibly joined by lower-case connectors ("Belt and Road", "Outline for the
    # Construction of a Powerful Country"); a connector must be followed by another capitalised word.
    # "and" only joins two capitalised words directly: "X and the Y" is two names.
    return (first_word + rf"(?:[{space}]+(?:and[{space}]+|(?:(?:{_CONNECTOR})[{space}]+)*)(?:{cap_word}))*"
            rf"(?![{letter_digit}])")


_NAME = cached_compile(_name_pattern(r"\p{Lu}", r"\p{L}\p{N}", r"\d", r"\s"))
# The same on plain text (``ipnlp.plain_text``), where re finds the same names twice as fast.
_PLAIN_NAME = re.compile(_name_pattern(plain_text.UPPER, plain_text.LETTER + plain_text.DIGIT, plain_text.DIGIT,
                                       plain_text.SPACE, first_class=True))
_WORD = cached_compile(r"\S+")
_AND = cached_compile(r"(\s+and\s+)")  # captured, so split keeps the separators and offsets add up


@dataclass(slots=True)  # not frozen: a frozen dataclass sets each field through object.__setattr__
class Name:
    """A name as found; treat it as read-only."""

    start: int
    end: int
    text: str
    #: The lower-cased words, one space apart. Set once: IPN410 reads it several times per name
    #: (a cached_property's lookup cost more than computing it).
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.key = " ".join(self.text.lower().split())

    @property
    def words(self) -> list[str]:
        return self.text.split()


def names(text: str, *, min_capitalised: int = 2, plain: bool | None = None) -> list[Name]:
    """Every run of at least ``min_capitalised`` capitalised words, with sentence-opening words such
    as "The" or "Firstly" trimmed off the front. ``plain``: ``plain_text.is_plain(text)``, when the
    caller knows it already."""
    found: list[Name] = []
    if plain is None:
        plain = plain_text.is_plain(text)
    for match in (_PLAIN_NAME if plain else _NAME).finditer(text):
        # Most matches are one capitalised word ("The", "In"): too few words, whatever is trimmed.
        # str.split breaks at every character \S stops at, so it never counts fewer words.
        matched = match.group()
        pieces = matched.split()  # the words, as ``_word_spans`` finds them
        if len(pieces) < min_capitalised:
            continue
        first = 0
        while first < len(pieces) and pieces[first] in _words.NAME_STOP_STARTERS:
            first += 1
        while first < len(pieces) and pieces[first].lower() in _words.NAME_CONNECTORS:
            first += 1
        capitalised = sum(1 for word in pieces[first:] if word[0].isupper() or word[0].isdigit())
        if capitalised < min_capitalised:
            continue
        # The last word ends the match; the first kept word is looked for only when words were dropped.
        start = match.start() if first == 0 else _word_spans(matched, match.start())[first][0]
        end = match.end()
        found.append(Name(start, end, text[start:end]))
    return found


def _word_spans(name: str, offset: int) -> list[tuple[int, int]]:
    """The spans of ``_WORD`` (\\S+) in a matched name, by str.split: besides \\s spaces, at all of
    which str.split splits, a name holds only letters, digits, hyphens and apostrophes, at none of
    which it splits, so its pieces are the matches (a regex call per name cost more than the rest of
    ``names``)."""
    spans = []
    position = 0
    for word in name.split():
        position = name.find(word, position)
        spans.append((offset + position, offset + position + len(word)))
        position += len(word)
    return spans


def segments(name: Name) -> list[Name]:
    """The name and, when "and" joins several capitalised names ("Publicity Week and World Day"),
    each part of two words or more."""
    parts = [name]
    if "and" not in name.text:  # what ``_AND`` splits at; most names hold none
        return parts
    offset = 0
    pieces = _AND.split(name.text)
    if len(pieces) > 1:
        for piece in pieces:
            if not _AND.fullmatch(piece) and len(piece.split()) >= 2:
                start = name.start + offset
                parts.append(Name(start, start + len(piece), piece))
            offset += len(piece)
    return parts
