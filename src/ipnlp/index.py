"""One index of a report, built once per ``ReportView`` and shared by every rule (``view.index``).

Rules used to re-tokenise the text, re-sort the claims and re-scan for what extraction already
found, each on its own; a report then cost several passes per rule, and some of them grew faster
than the report. The index holds what more than one rule reads:

- ``words``: the words of every sentence as integer ids (one id per normalised word), and their
  offsets for the few sentences a rule looks closer at;
- ``claims``: the claims in text order, and by sentence, by period and by subject term;
- ``digit_runs``: where every run of digits of the whole text starts and ends, so the rules that
  look for something next to a number try only there instead of scanning every position.

Every part is built on first use, so a run that selects one rule pays only for what it reads.
Treat everything here as read-only: the rules share it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property, lru_cache
from itertools import accumulate, compress, count, repeat
from operator import contains, itemgetter
from typing import TYPE_CHECKING

import regex

from . import plain_text
from .regex_cache import compile as cached_compile

if TYPE_CHECKING:
    from .models import Claim
    from .view import ReportView

# A word: letters/digits with inner hyphens, apostrophes or dots ("year-on-year", "U.S.", "29.9%").
# A Han character is a word of its own: Chinese writes no spaces, and comparing characters is
# what comparing words is for English ("发明专利授权量" and "发明专利授权数" share five of six).
WORD = cached_compile(r"\p{Han}|[[\p{L}\p{N}]--\p{Han}]+(?:[-'’.][[\p{L}\p{N}]--\p{Han}]+)*[%％]?",
                     flags=regex.V1)
_NUMBER = cached_compile(r"^\p{N}[\p{N},.]*[%％]?$")
# A run of digits as the rules' ``re`` reads them; ``\d\d*`` rather than ``\d+``: a pattern that
# opens with a character set lets ``re`` skip to the next digit in C.
_DIGIT_RUN = re.compile(r"\d\d*")
#: The id-word of every number: a repeated sentence with a new figure still matches word for word.
NUMBER_WORD = "#"
# Splitting on the captured word gives [gap, word, gap, word, ..., gap]: offsets are running sums of
# the pieces' lengths, with no match object per word.
_WORD_SPLIT = cached_compile(f"({WORD.pattern})", flags=regex.V1)
# The same split for the standard library's ``re``, which scans twice as fast: exact on a text
# whose characters outside ASCII are neither letters, digits nor Han (curly quotes, dashes, the
# pattern's own "’" and "％"), as most English reports are. ASCII letters and digits are all the
# letters and digits ASCII has, and the pattern has no other class.
_ASCII_WORD_SPLIT = re.compile(f"([{plain_text.LETTER}{plain_text.DIGIT}]+(?:[-'’.][{plain_text.LETTER}"
                               f"{plain_text.DIGIT}]+)*[%％]?)")
_WORD_CHARACTER = cached_compile(r"[\p{L}\p{N}\p{Han}]")  # Han holds a few symbols (Kangxi radicals)


@lru_cache(maxsize=1 << 12)
def _is_word_character(char: str) -> bool:
    return _WORD_CHARACTER.match(char) is not None


def _splitter(text: str, non_ascii: set[str] | None = None):
    """The word pattern for ``text``: ``re``'s when that is exact for the whole text (see
    ``_ASCII_WORD_SPLIT``), so for every part of it too. ``non_ascii``: the text's distinct
    characters outside ASCII, when known."""
    if non_ascii is None:
        non_ascii = plain_text.non_ascii_characters(text)
    if any(map(_is_word_character, non_ascii)):
        return _WORD_SPLIT
    return _ASCII_WORD_SPLIT


def split_words(text: str) -> list[str]:
    """``_WORD_SPLIT.split(text)``, by ``re`` when that is exact for the text."""
    return _splitter(text).split(text)


def normalise_word(word: str) -> str:
    """Lower case with a straight apostrophe; every number is ``NUMBER_WORD``."""
    first = word[:1]
    # An ASCII first character other than 0-9 is no \p{N}: most words skip the regex.
    if (first.isascii() and not first.isdigit()) or not _NUMBER.match(word):
        return word.lower().replace("’", "'")
    return NUMBER_WORD


def _normalise_all(words: list[str]) -> list[str]:
    """``normalise_word`` of each of ``words`` (words, never empty), mostly in C: a report has a
    thousand distinct words or more, and only its numbers and words with a curly apostrophe need
    more than lower case."""
    norms = list(map(str.lower, words))
    firsts = list(map(itemgetter(0), words))
    # The distinct first characters are a few dozen: those that may open a number are found once.
    numeric = {char for char in set(firsts) if not char.isascii() or char.isdigit()}
    for i in compress(count(), map(numeric.__contains__, firsts)):
        if words[i].isdigit() or _NUMBER.match(words[i]):  # digits alone are a number, with no regex
            norms[i] = NUMBER_WORD
    for i in compress(count(), map(contains, norms, repeat("’"))):  # the few with a curly apostrophe
        norms[i] = norms[i].replace("’", "'")
    return norms


class WordIndex:
    """The words of some spans (a report's sentences) as integer ids with their offsets.

    ``ids[i]`` holds the ids of span ``i``'s words, the words of the span tokenised by itself;
    ``offsets(i)`` their starts and ends, tokenised again on first use (most spans are never
    asked). ``vocabulary[id]`` is the normalised word (``normalise_word``) and ``id_of`` the
    reverse. Equal ids mean equal normalised words, so comparing id sequences compares the words,
    at the cost of ints.
    """

    __slots__ = ("_offsets", "_split", "_text", "id_of", "ids", "non_ascii", "spans", "vocabulary")

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = tuple(spans)
        self._text = text
        self._offsets: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        # Each span on its own (``findall`` reads from ``start`` to ``end`` of the text, no copy): a
        # word running over a span's edge ("2024.Next" cut between two sentences) is cut there.
        # The pattern has no anchor or look-around, so this is what tokenising the span alone gives.
        #: the distinct characters of the text outside ASCII (a rule asks whether any is Chinese)
        self.non_ascii = plain_text.non_ascii_characters(text)
        pattern = self._split = _splitter(text, self.non_ascii)
        findall = pattern.findall
        words = [findall(text, start, end) for start, end in self.spans]
        distinct = list(set().union(*words))
        norms = _normalise_all(distinct)
        self.vocabulary: list[str] = list(dict.fromkeys(norms))
        self.id_of: dict[str, int] = dict(zip(self.vocabulary, count(), strict=False))
        surface_ids = dict(zip(distinct, map(self.id_of.__getitem__, norms), strict=True))  # word as written -> id
        self.ids: list[tuple[int, ...]] = [tuple(map(surface_ids.__getitem__, span_words)) for span_words in words]

    def offsets(self, span: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The starts and the ends of the words of span number ``span``."""
        found = self._offsets.get(span)
        if found is None:
            start, end = self.spans[span]
            # Splitting on the captured word gives [gap, word, gap, word, ..., gap]: offsets are
            # running sums of the pieces' lengths, with no match object per word.
            bounds = list(accumulate(map(len, self._split.split(self._text[start:end])), initial=start))
            found = self._offsets[span] = (tuple(bounds[1:-1:2]), tuple(bounds[2::2]))
        return found

    @property
    def starts(self) -> list[tuple[int, ...]]:
        """The word starts of every span (``offsets``)."""
        return [self.offsets(n)[0] for n in range(len(self.spans))]

    @property
    def ends(self) -> list[tuple[int, ...]]:
        """The word ends of every span (``offsets``)."""
        return [self.offsets(n)[1] for n in range(len(self.spans))]

    def subset(self, numbers: Sequence[int]) -> WordIndex:
        """The spans numbered ``numbers``, renumbered from 0, sharing this index's vocabulary."""
        part = object.__new__(WordIndex)
        part.spans = tuple(self.spans[n] for n in numbers)
        part.ids = [self.ids[n] for n in numbers]
        part._text, part._split, part._offsets, part.non_ascii = self._text, self._split, {}, self.non_ascii
        part.vocabulary, part.id_of = self.vocabulary, self.id_of
        return part

    def words(self, span: int) -> list[str]:
        """The normalised words of span number ``span``."""
        return [self.vocabulary[i] for i in self.ids[span]]

    def per_word(self, compute: Callable[[str], object]) -> list:
        """``compute(word)`` for every id, indexed by id: per-word features computed once per report."""
        return [compute(word) for word in self.vocabulary]


def shingle_keys(ids: Sequence[int], vocabulary_size: int, size: int = 3) -> set:
    """The distinct runs of ``size`` word ids, each packed into one int (exact: no two runs share a
    key). A unit shorter than ``size`` is one shingle, its whole id tuple."""
    if len(ids) < size:
        return {tuple(ids)} if ids else set()
    if size != 3:
        return {tuple(ids[i:i + size]) for i in range(len(ids) - size + 1)}
    base = max(vocabulary_size, 1)
    square = base * base
    return {a * square + b * base + c for a, b, c in zip(ids, ids[1:], ids[2:], strict=False)}


#: How many figures on either side of a figure a rule looks at for its partners (the whole of a
#: part, the components of a total, the figure a milestone is about). Real sentences list a
#: handful; a sentence of ten thousand figures must not cost ten thousand squared comparisons.
MAX_NEIGHBOURS = 64


class ClaimIndex:
    """A report's claims in text order, and by sentence, by period and by subject term, so a rule
    bisects or looks up instead of rescanning every claim for every claim."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims: list[Claim] = sorted(claims, key=lambda c: c.start)
        self.starts: list[int] = [c.start for c in self.claims]
        #: position of a claim (by ``id()``) in ``claims``
        self.position: dict[int, int] = {id(c): i for i, c in enumerate(self.claims)}
        self._by_term: dict[Callable[[Claim], Iterable[str]], dict[str, list[Claim]]] = {}

    def starting_in(self, start: int, end: int) -> list[Claim]:
        """Claims whose start lies in [start, end), in text order."""
        return self.claims[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def before(self, claim: Claim, start: int, limit: int = MAX_NEIGHBOURS) -> list[Claim]:
        """Up to ``limit`` claims before ``claim`` that start at or after ``start``, nearest first."""
        index = self.position[id(claim)]
        found = []
        for other in reversed(self.claims[max(0, index - limit):index]):
            if other.start < start:
                break
            found.append(other)
        return found

    def after(self, claim: Claim, end: int, limit: int = MAX_NEIGHBOURS) -> list[Claim]:
        """Up to ``limit`` claims after ``claim`` that start before ``end``, nearest first."""
        index = self.position[id(claim)]
        found = []
        for other in self.claims[index + 1:index + 1 + limit]:
            if other.start >= end:
                break
            found.append(other)
        return found

    @cached_property
    def by_period(self) -> dict[str | None, list[Claim]]:
        """period -> its claims in text order."""
        found: dict[str | None, list[Claim]] = {}
        for claim in self.claims:
            found.setdefault(claim.period, []).append(claim)
        return found

    @cached_property
    def by_sentence(self) -> dict[tuple[int, int], list[Claim]]:
        """(start, end) of the sentence the extractor placed a claim in -> its claims in text order."""
        found: dict[tuple[int, int], list[Claim]] = {}
        for claim in self.claims:
            found.setdefault((claim.sentence.start, claim.sentence.end), []).append(claim)
        return found

    def by_term(self, terms: Callable[[Claim], Iterable[str]]) -> dict[str, list[Claim]]:
        """term -> the claims (text order) whose ``terms(claim)`` hold it; built once per function
        (a rule's notion of subject term, e.g. stemmed content words of the subject)."""
        found = self._by_term.get(terms)
        if found is None:
            found = self._by_term[terms] = {}
            for claim in self.claims:
                for term in terms(claim):
                    found.setdefault(term, []).append(claim)
        return found


class ReportIndex:
    """What several rules read from one report, each part built on first use."""

    def __init__(self, view: ReportView) -> None:
        self._view = view

    @cached_property
    def words(self) -> WordIndex:
        """The words of every sentence of the view (``view.sentences``), as ids."""
        return WordIndex(self._view.text, self._view.sentences)

    @cached_property
    def claims(self) -> ClaimIndex:
        return ClaimIndex(self._view.claims)

    @cached_property
    def digit_runs(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the runs of digits (``re``'s ``\\d+``, each run whole) of the whole
        text, in text order."""
        starts: list[int] = []
        ends: list[int] = []
        for match in _DIGIT_RUN.finditer(self._view.text):
            start, end = match.span()
            starts.append(start)
            ends.append(end)
        return starts, ends
