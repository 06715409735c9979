"""Near-duplicate search in near-linear time: an inverted index of word shingles proposes
candidate pairs, and only those are compared token by token.

Comparing every pair of sentences with difflib is quadratic and takes minutes on a long report;
here each unit only meets the earlier units that share at least one of its rarer shingles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import chain

SHINGLE_SIZE = 3
# A shingle found in more units than this is boilerplate ("of intellectual property rights"): it
# proposes no candidates, which keeps the index near-linear on long, formulaic reports.
MAX_POSTINGS = 64


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    words: tuple[Hashable, ...]  # normalised words, or their ids in a ``WordIndex``
    sentence: int  # index of the sentence the unit belongs to
    kind: str = "sentence"  # "sentence" or "opening" (the clause before a sentence's first ";")


def shingles(words: Sequence[Hashable], size: int = SHINGLE_SIZE) -> set[tuple[Hashable, ...]]:
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def candidate_pairs(units: Sequence[Unit], *, min_overlap: float = 0.5,
                    shingle_sets: Sequence[set[Hashable]] | None = None) -> Iterator[tuple[int, int]]:
    """Pairs (earlier, later) of unit indices sharing at least ``min_overlap`` of the smaller
    unit's shingles. Each unit is looked up once, then added to the index. ``shingle_sets`` are
    the units' shingles when the caller has them in a cheaper form (``ipnlp.index.shingle_keys``:
    one int per shingle of word ids); any form that keeps distinct shingles distinct gives the
    same pairs."""
    unit_shingles = shingle_sets if shingle_sets is not None else [shingles(u.words) for u in units]
    sizes = [len(own) for own in unit_shingles]
    # Only a shingle of two units or more can propose a pair; in prose most shingles are in one
    # unit only, so each unit looks up just its repeated ones (a set intersection, in C).
    repeated = {shingle for shingle, units_with_it in Counter(chain.from_iterable(unit_shingles)).items()
                if units_with_it > 1}
    # Shingles found in the same units so far share one postings list: a partition of the shingles
    # by history, split when a unit holds some of a list's shingles and not the others. A unit then
    # counts its shared shingles once per distinct list, weighted by how many of its shingles hold
    # it, instead of once per shingle: a passage repeated k times is k times its sentences' shingles
    # with one list each, and reading each list per shingle made a k-fold report cost k-squared.
    list_of: dict[Hashable, int] = {}  # shingle -> number of its postings list
    postings: list[list[int]] = []  # the units holding the shingles of each list, in order
    holders: list[int] = []  # how many shingles hold each list
    for later, own in enumerate(unit_shingles):
        own = own & repeated
        if not own:
            continue
        groups: dict[int, list[Hashable]] = {}
        for shingle in own:
            groups.setdefault(list_of.get(shingle, -1), []).append(shingle)
        shared: dict[int, int] = {}
        for number, members in groups.items():
            if number < 0:  # first seen: one new list for all of them
                number = len(postings)
                postings.append([later])
                holders.append(len(members))
                for shingle in members:
                    list_of[shingle] = number
                continue
            units_with = postings[number]
            if len(units_with) > MAX_POSTINGS:
                continue  # boilerplate: proposes nothing and stops growing
            weight = len(members)
            for earlier in units_with:
                shared[earlier] = shared.get(earlier, 0) + weight
            if holders[number] == weight:
                units_with.append(later)
            else:  # only some of the list's shingles are in ``later``: they get a list of their own
                holders[number] -= weight
                holders.append(weight)
                postings.append([*units_with, later])
                for shingle in members:
                    list_of[shingle] = len(postings) - 1
        if not shared:
            continue
        size = sizes[later]
        # Sorted: the shingle set's iteration order depends on string hashing (PYTHONHASHSEED), and
        # the rules keep the first pair they meet, so an unsorted order made output vary by process.
        if min_overlap == 0.5:
            # count / smaller >= 0.5 exactly when 2 * count >= smaller (integers far below 2**52)
            picked = [e for e, count in shared.items() if 2 * count >= (size if size < sizes[e] else sizes[e])]
        else:
            picked = [e for e, count in shared.items() if count / (min(size, sizes[e]) or 1) >= min_overlap]
        picked.sort()
        for earlier in picked:
            yield earlier, later


# Words aligned per unit at most. The alignment is quadratic in the words of a repetitive unit; a
# sentence of more words than this is a table or a list run into one line, and its first words
# decide whether it repeats another.
MAX_ALIGNED_WORDS = 200


def similarity_bound(a: Sequence[str], b: Sequence[str]) -> float:
    """At least ``similarity(a, b)``, from lengths and shared word counts alone: the alignment can
    match no more words than the shorter unit has, nor more of a word than both have."""
    if not a and not b:
        return 1.0
    shared = Counter(a[:MAX_ALIGNED_WORDS]) & Counter(b[:MAX_ALIGNED_WORDS])
    aligned = min(len(a), MAX_ALIGNED_WORDS) + min(len(b), MAX_ALIGNED_WORDS)
    return 2 * sum(shared.values()) / aligned


def aligner(a: Sequence[str], b: Sequence[str]) -> SequenceMatcher:
    """The word alignment of two units, each cut to ``MAX_ALIGNED_WORDS``."""
    return SequenceMatcher(None, list(a[:MAX_ALIGNED_WORDS]), list(b[:MAX_ALIGNED_WORDS]), autojunk=False)


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """difflib ratio over word tokens: 2 * matched words / total words (of the aligned words)."""
    return aligner(a, b).ratio()
