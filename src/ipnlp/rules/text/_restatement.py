"""Shared wording between two stretches of text: the matched phrases and how much content they carry.

Used by IPN202 to see a clause restated by the next clause or sentence. Words are compared lower-cased
and crudely stemmed ("realized" = "realize"); quotes and punctuation are ignored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import partial
from itertools import compress, count, pairwise
from operator import add, and_, itemgetter, not_, or_, sub
from typing import NamedTuple

from ...index import NUMBER_WORD, WordIndex
from . import _words
from ._common import stem


class Word(NamedTuple):  # a tuple, not a dataclass: one per word of the report
    start: int
    end: int
    key: str  # stemmed, lower-cased
    content: bool
    capitalised: bool  # part of a name: its repetition says nothing about restated content


_KEY = itemgetter(2)  # Word.key, read in C
_CONTENT = itemgetter(3)  # Word.content
_CAPITALISED = itemgetter(4)  # Word.capitalised
# Builds a Word from a tuple of its fields in C; the NamedTuple's own constructor is Python.
_make_word = partial(tuple.__new__, Word)


def words_of(text: str, words: WordIndex) -> list[list[Word]]:
    """The words of each span of ``words``; each distinct word is stemmed and classified once."""
    sentences = SentenceWords(text, words)
    return [sentences.words(n) for n in range(len(words.ids))]


def _is_content(norm: str) -> bool:
    return norm not in _words.FUNCTION_WORDS and norm != NUMBER_WORD


class _PerSpan:
    """A list for each span, made on first use by ``make(span)``."""

    __slots__ = ("_made", "make")

    def __init__(self, make: Callable[[int], list]) -> None:
        self.make = make
        self._made: dict[int, list] = {}

    def __getitem__(self, n: int) -> list:
        made = self._made.get(n)
        if made is None:
            made = self._made[n] = self.make(n)
        return made


class SentenceWords:
    """The words of each span of a ``WordIndex``: every span's keys and content flags (lists, made
    in C from the word ids), and its ``Word`` tuples only when asked for. A rule's cheap bounds read
    the keys of every sentence; the few sentences it aligns need the tuples, which cost a Python
    object per word of the report when made for all."""

    def __init__(self, text: str, words: WordIndex) -> None:
        self._text, self._index = text, words
        # Per word id, in C: its stem, and whether it is a content word (``_is_content``).
        self._stems = list(map(stem, words.vocabulary))
        self._content = list(map(not_, map(_words.FUNCTION_WORDS.__contains__, words.vocabulary)))
        number = words.id_of.get(NUMBER_WORD)
        if number is not None:
            self._content[number] = False
        #: the keys of each span's words, made for the spans read word by word; ``key_sets``: the
        #: distinct keys of every span, made for all
        # The closures hold the lists, not ``self``: no reference cycle, so a report's words are
        # freed as soon as its analysis ends, without waiting for the garbage collector.
        stem_of, is_content = self._stems.__getitem__, self._content.__getitem__
        self.keys = _PerSpan(lambda n: list(map(stem_of, words.ids[n])))
        self.key_sets: list[set[str]] = [set(map(self._stems.__getitem__, ids)) for ids in words.ids]
        #: the content flags of each span's words, made for the few spans read word by word
        self.content = _PerSpan(lambda n: list(map(is_content, words.ids[n])))
        # For every span, in C over all of them: its content words' keys in order (the stems of the
        # content words' ids, the other ids giving None), their set, those of them its other words
        # hold too, and how many content words repeat a key (the content keys, less the distinct ones,
        # plus those ``mixed``): what IPN202 reads of every sentence.
        content_key = [word_stem if content else None for word_stem, content in zip(self._stems, self._content,
                                                                                      strict=True)]
        self.content_keys: list[list[str]] = [list(filter(None, map(content_key.__getitem__, ids)))
                                              for ids in words.ids]
        self.distinct_content: list[set[str]] = list(map(set, self.content_keys))
        # A key is ``mixed`` in a span only when it is the stem of a content word and of another word
        # of the vocabulary ("willing" and "will"): rare, so only the spans holding such a stem among
        # their content keys are read (the others' sets are one shared empty frozenset).
        stems_of_content = set(compress(self._stems, self._content))
        mixed_stems = stems_of_content.intersection(compress(self._stems, map(not_, self._content)))
        self.mixed: list[frozenset[str] | set[str]] = [frozenset()] * len(words.ids)
        for n in compress(count(), map(not_, map(mixed_stems.isdisjoint, self.distinct_content))):
            self.mixed[n] = self.distinct_content[n].intersection(compress(self.keys[n], map(not_, self.content[n])))
        self.repeats: list[int] = list(map(add, map(sub, map(len, self.content_keys), map(len, self.distinct_content)),
                                           map(len, self.mixed)))
        self._made: dict[int, list[Word]] = {}
        self._runs: dict[int, Runs] = {}

    def words(self, n: int) -> list[Word]:
        """The ``Word`` tuples of span ``n``, made once."""
        made = self._made.get(n)
        if made is None:
            made = self._made[n] = self._make(n)
        return made

    def runs(self, n: int) -> Runs:
        """The ``Runs`` of span ``n``, made once."""
        made = self._runs.get(n)
        if made is None:
            made = self._runs[n] = Runs.of(self.keys[n], self.content[n], self._capitalised(n))
        return made

    def _capitalised(self, n: int) -> list[bool]:
        if not self._index.ids[n]:
            return []
        # A capital after the first word marks a name; the first word's capital is the sentence's.
        return [False, *map(str.isupper, map(self._text.__getitem__, self._index.offsets(n)[0][1:]))]

    def offsets(self, n: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The starts and the ends of span ``n``'s words."""
        return self._index.offsets(n)

    def _make(self, n: int) -> list[Word]:
        if not self._index.ids[n]:
            return []
        starts, ends = self._index.offsets(n)
        return list(map(_make_word, zip(starts, ends, self.keys[n], self.content[n], self._capitalised(n),
                                        strict=True)))


def shared_weight_bound(a: Sequence[Word], b: Sequence[Word], weight: Callable[[str], float]) -> float:
    """At least ``shared_phrases(a, b, ...).content``: the weight of ``a``'s content words that ``b``
    also has. Far cheaper than the alignment, so pairs that cannot share enough skip it."""
    b_keys = set(map(_KEY, b))
    return sum(weight(w.key) for w in a if w.content and w.key in b_keys)


def matched_weight_bound(a: Sequence[Word], b: Sequence[Word], weight: Callable[[str], float]) -> float:
    """At least ``shared_phrases(a, b, ...).content`` and at most ``shared_weight_bound``: an
    alignment pairs each word with one word at most, so a key counts no more times than the side
    with fewer of it has. Dearer than ``shared_weight_bound``; for the pairs that one lets through."""
    b_counts = Counter(w.key for w in b)
    a_counts = Counter(w.key for w in a if w.content)
    return sum(weight(key) * min(count, b_counts[key]) for key, count in a_counts.items() if key in b_counts)


@dataclass(frozen=True)
class Overlap:
    content: float  # weighted content words inside shared phrases, names excluded
    a_span: tuple[int, int]  # first to last shared word on each side
    b_span: tuple[int, int]
    phrases: int


MIN_PHRASE = 3  # words; or two content words ("decisive significance")
# Words aligned per side at most: the alignment is quadratic in a repetitive stretch, and a
# restatement is found within the first words of a sentence that long.
MAX_ALIGNED_WORDS = 200


class Runs(NamedTuple):
    """A stretch of words read for ``phrase_bound``: its keys, content and name flags, and its runs
    of three keys and pairs of keys, made once for every part of it that is compared."""

    keys: list[str]
    content: list[bool]
    capitalised: list[bool]
    triples: list[tuple[str, str, str]]
    pairs: list[tuple[str, str]]

    @classmethod
    def of(cls, keys: list[str], content: list[bool], capitalised: list[bool]) -> Runs:
        return cls(keys, content, capitalised, list(zip(keys, keys[1:], keys[2:], strict=False)),
                   list(pairwise(keys)))


def phrase_weight_bound(a: Sequence[Word], b: Sequence[Word], weight: Callable[[str], float]) -> float:
    """At least ``shared_phrases(a, b, ...).content``, without aligning. A phrase counts when it is
    three words or more (``MIN_PHRASE``), each word then inside a three-word run that ``b`` also
    has, or two words weighing 2 together, both content words of weight above 0.5 that ``b`` also
    has side by side: only the content words of such runs and pairs are summed, less the words of
    names that ``b`` has only in names. Most pairs of clauses that share enough words share them
    scattered, not in phrases."""
    a_runs, b_runs = (Runs.of(list(map(_KEY, words)), list(map(_CONTENT, words)), list(map(_CAPITALISED, words)))
                      for words in (a, b))
    return phrase_bound(a_runs, 0, len(a), b_runs, 0, len(b), weight)


def phrase_bound(a: Runs, a_start: int, a_end: int, b: Runs, b_start: int, b_end: int,
                 weight: Callable[[str], float]) -> float:
    """``phrase_weight_bound`` of words ``a_start`` to ``a_end`` of ``a`` and ``b_start`` to ``b_end``
    of ``b``, from their runs made once (a sentence's clauses are compared at each of its breaks)."""
    a_end = min(a_end, a_start + MAX_ALIGNED_WORDS)
    b_end = min(b_end, b_start + MAX_ALIGNED_WORDS)
    a_keys, a_content = a.keys[a_start:a_end], a.content[a_start:a_end]
    inside = [False] * len(a_keys)
    # A run starting at i holds words i to i + 2: the runs of a stretch stop two words before its end
    # (a stretch of fewer words has none: no slice from the end of the list).
    b_triples = set(b.triples[b_start:max(b_end - 2, 0)])
    for i in compress(count(), map(b_triples.__contains__, a.triples[a_start:max(a_end - 2, 0)])):
        inside[i] = inside[i + 1] = inside[i + 2] = True
    b_pairs = set(b.pairs[b_start:max(b_end - 1, 0)])
    # Only pairs of content words can add; most shared pairs hold a function word ("of the").
    content_pairs = map(and_, a_content, a_content[1:])
    for i in compress(count(), map(and_, content_pairs, map(b_pairs.__contains__, a.pairs[a_start:max(a_end - 1, 0)]))):
        if weight(a_keys[i]) > 0.5 and weight(a_keys[i + 1]) > 0.5:
            inside[i] = inside[i + 1] = True
    # A name's word matched with a name's word adds nothing: a capitalised word counts only when
    # ``b`` has its key in lower case too.
    b_plain = set(compress(b.keys[b_start:b_end], map(not_, b.capitalised[b_start:b_end])))
    # The counted content words' weights, in C, summed in the words' order.
    counted = map(and_, inside, a_content)
    not_a_name = map(or_, map(not_, a.capitalised[a_start:a_end]), map(b_plain.__contains__, a_keys))
    return sum(map(weight, compress(a_keys, map(and_, counted, not_a_name))))


def shared_phrases(a: Sequence[Word], b: Sequence[Word], text: str,
                   weight: Callable[[str], float] = lambda key: 1.0) -> Overlap | None:
    """Phrases of ``a`` found again in ``b`` (in order), or None when they carry different figures:
    "X reached 613,000; among them, X for universities reached 76,000" is a breakdown, not a
    restatement."""
    a, b = a[:MAX_ALIGNED_WORDS], b[:MAX_ALIGNED_WORDS]
    matcher = SequenceMatcher(None, list(map(_KEY, a)), list(map(_KEY, b)), autojunk=False)
    content = 0.0
    phrases = 0
    a_first = a_last = b_first = b_last = None
    for block in matcher.get_matching_blocks():
        if block.size == 0:
            continue
        pairs = [(a[block.a + k], b[block.b + k]) for k in range(block.size)]
        if any(x.key == "#" and text[x.start:x.end] != text[y.start:y.end] for x, y in pairs):
            return None
        block_content = sum(weight(x.key) for x, y in pairs if x.content and not (x.capitalised and y.capitalised))
        if block.size < MIN_PHRASE and block_content < 2:
            continue
        if block_content == 0:
            continue
        phrases += 1
        content += block_content
        a_first = pairs[0][0].start if a_first is None else a_first
        b_first = pairs[0][1].start if b_first is None else b_first
        a_last, b_last = pairs[-1][0].end, pairs[-1][1].end
    if not phrases:
        return None
    assert a_first is not None and a_last is not None and b_first is not None and b_last is not None
    return Overlap(content, (a_first, a_last), (b_first, b_last), phrases)
