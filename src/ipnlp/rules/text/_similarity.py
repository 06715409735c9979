"""Near-duplicate search in near-linear time: an inverted index of word shingles proposes
candidate pairs, and only those are compared token by token.

Comparing every pair of sentences with difflib is quadratic and takes minutes on a long report;
here each unit only meets the earlier units that share at least one of its rarer shingles.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from difflib import SequenceMatcher
from itertools import chain
from typing import NamedTuple

SHINGLE_SIZE = 3
# A shingle found in more units than this is boilerplate ("of intellectual property rights"): it
# proposes no candidates, which keeps the index near-linear on long, formulaic reports.
MAX_POSTINGS = 64


class Unit(NamedTuple):  # a tuple, not a frozen dataclass: built for every sentence, in C
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
    same pairs, as long as units with the same words get the same set."""
    for later, earlier_units in candidates_by_later(units, min_overlap=min_overlap, shingle_sets=shingle_sets):
        for earlier in earlier_units:
            yield earlier, later


def candidates_by_later(units: Sequence[Unit], *, min_overlap: float = 0.5,
                        shingle_sets: Sequence[set[Hashable]] | None = None) -> Iterator[tuple[int, list[int]]]:
    """``candidate_pairs`` grouped by the later unit: (later, its earlier units in order), so a
    caller done with a unit skips the rest of its pairs (a passage repeated k times pairs each copy
    with every earlier one)."""
    unit_shingles = shingle_sets if shingle_sets is not None else [shingles(u.words) for u in units]
    sizes = [len(own) for own in unit_shingles]
    # Only a shingle of two units or more can propose a pair; in prose most shingles are in one
    # unit only, so each unit looks up just its repeated ones (a set intersection, in C).
    # Set operations, in C: a shingle met again is repeated.
    seen: set[Hashable] = set()
    repeated: set[Hashable] = set()
    for own in unit_shingles:
        repeated |= own & seen
        seen |= own
    # Shingles found in the same units so far share one postings list: a partition of the shingles
    # by history, split when a unit holds some of a list's shingles and not the others. A unit then
    # counts its shared shingles once per distinct list, weighted by how many of its shingles hold
    # it, instead of once per shingle. A list names classes, not units: units with the same shingles
    # (a passage repeated word for word) are one class, and a list that holds one of them holds every
    # one seen since, so a passage repeated k times costs k list entries, not k squared.
    class_of = _classes(units)
    members: dict[int, list[int]] = {}  # class -> its units, in order
    repeated_classes: set[int] = set()  # classes of more than one unit so far
    list_of: dict[Hashable, int] = {}  # shingle -> number of its postings list
    postings: list[list[int]] = []  # the classes holding the shingles of each list, in order
    appended: list[int] = []  # how many units each list holds (the MAX_POSTINGS cap counts units)
    holders: list[int] = []  # how many shingles hold each list
    for later, own in enumerate(unit_shingles):
        own = own & repeated
        if not own:
            continue
        kind = class_of[later]
        repeat = kind in members  # an earlier unit of its class may already be on the lists
        if repeat:
            repeated_classes.add(kind)
        groups: dict[int, list[Hashable]] = {}
        for shingle in own:
            groups.setdefault(list_of.get(shingle, -1), []).append(shingle)
        shared: dict[int, int] = {}  # class -> shingles shared with each of its units
        for number, group in groups.items():
            if number < 0:  # first seen: one new list for all of them
                list_of.update(dict.fromkeys(group, len(postings)))
                postings.append([kind])
                appended.append(1)
                holders.append(len(group))
                continue
            if appended[number] > MAX_POSTINGS:
                continue  # boilerplate: proposes nothing and stops growing
            weight = len(group)
            classes = postings[number]
            for earlier in classes:
                shared[earlier] = shared.get(earlier, 0) + weight
            if holders[number] == weight:
                if not repeat or kind not in classes:
                    classes.append(kind)
                appended[number] += 1
            else:  # only some of the list's shingles are in ``later``: they get a list of their own
                holders[number] -= weight
                list_of.update(dict.fromkeys(group, len(postings)))
                postings.append(list(classes) if repeat and kind in classes else [*classes, kind])
                appended.append(appended[number] + 1)
                holders.append(weight)
        if shared:
            size = sizes[later]
            # A class is numbered by its first unit, so ``sizes[earlier]`` is the size of its units.
            if min_overlap == 0.5:  # count / smaller >= 0.5 exactly when 2 * count >= smaller
                picked = [e for e, count in shared.items() if 2 * count >= (size if size < sizes[e] else sizes[e])]
            else:
                picked = [e for e, count in shared.items() if count / (min(size, sizes[e]) or 1) >= min_overlap]
            if repeated_classes and not repeated_classes.isdisjoint(picked):
                picked = [unit for e in picked for unit in members[e]]  # a class of one is its unit
        members.setdefault(kind, []).append(later)  # after the look-up: no unit pairs with itself
        if not shared:
            continue
        # Sorted: the shingle set's iteration order depends on string hashing (PYTHONHASHSEED), and
        # the rules keep the first pair they meet, so an unsorted order made output vary by process.
        picked.sort()
        yield later, picked


def _classes(units: Sequence[Unit]) -> list[int]:
    """For each unit, the number of the first unit with the same words (so the same shingles)."""
    first: dict[tuple[Hashable, ...], int] = {}
    return [first.setdefault(unit.words, number) for number, unit in enumerate(units)]


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


def half_overlap_by_later(units: Sequence[Unit],
                          shingle_sets: Sequence[set[Hashable]]) -> Iterator[tuple[int, list[int]]]:
    """``candidates_by_later`` at ``min_overlap=0.5`` less its empty picks: the same (later, earlier
    units) for every later unit that has any, found by counting from the "dense" units alone.

    Two units sharing ``count`` shingles are a pair when ``2 * count >= min(size_a, size_b)``, and
    ``count`` is at most the repeated shingles of each (shingles held by more than one unit): so the
    smaller unit of every pair holds at least half its shingles repeated. In prose a unit or two in
    five does; only their shingles are looked up, each against the classes (units with the same
    words) that hold it. The ``MAX_POSTINGS`` cap depends on the order of the units; when a shingle
    looked up has more holders than the cap could ever let through, this falls back to
    ``candidates_by_later``, so the pairs are always the same."""
    class_of = _classes(units)
    members: dict[int, list[int]] = {}  # class -> its units, in order
    for unit, kind in enumerate(class_of):
        members.setdefault(kind, []).append(unit)
    if 10 * (len(units) - len(members)) > len(units):
        # A report repeating its passages word for word, where the shingles reach the cap below: the
        # postings by history count each passage once (no lookup here would).
        yield from _fallback(units, shingle_sets)
        return
    sizes = list(map(len, shingle_sets))
    seen: set[Hashable] = set()
    repeated: set[Hashable] = set()
    for own in shingle_sets:
        repeated |= own & seen
        seen |= own
    shared_of = {kind: shingle_sets[kind] & repeated for kind in members}  # a class's repeated shingles
    dense = [kind for kind, own in shared_of.items() if 2 * len(own) >= sizes[kind] and own]
    # How many units hold each repeated shingle, counted in C.
    holders = Counter(chain.from_iterable(map(shared_of.__getitem__, class_of)))
    # The cap counts units: a shingle of more than MAX_POSTINGS + 1 units may be capped for some, and
    # only the dense classes' shingles are counted below.
    if dense and max(map(holders.__getitem__, set().union(*map(shared_of.__getitem__, dense)))) > MAX_POSTINGS + 1:
        yield from _fallback(units, shingle_sets)
        return
    # A partner shares at least half of a dense class's shingles (a larger partner) or of its own (a
    # smaller one, then dense too, and found from its side as well): half of ``size``, rounded up, of
    # the class's ``len(own)`` repeated ones, so it holds one of any ``len(own) - need + 1`` of them.
    # The rarest are looked up, and each class found is counted exactly (in C).
    prefixes = []
    for kind in dense:
        own = shared_of[kind]
        prefixes.append(sorted(own, key=holders.__getitem__)[:len(own) - (sizes[kind] + 1) // 2 + 1])
    looked_up = set().union(*prefixes)
    postings: dict[Hashable, list[int]] = {}  # shingle looked up -> the classes holding it
    for kind, own in shared_of.items():
        for shingle in own & looked_up:
            postings.setdefault(shingle, []).append(kind)
    partners: dict[int, set[int]] = {}  # class -> the other classes it pairs with
    for kind, prefix in zip(dense, prefixes, strict=True):
        own, size = shared_of[kind], sizes[kind]
        found = set().union(*map(postings.__getitem__, prefix))
        found.discard(kind)
        for other in found:
            if 2 * len(own & shingle_sets[other]) >= (size if size < sizes[other] else sizes[other]):
                partners.setdefault(kind, set()).add(other)
                partners.setdefault(other, set()).add(kind)
    # Only the units of a class paired with another, or of more than one unit, have earlier units.
    # (A class of no shingles, or none repeated, pairs with nothing: not even with itself.)
    paired = set(partners).union(kind for kind, units_of in members.items() if len(units_of) > 1 and shared_of[kind])
    for later in sorted(unit for kind in paired for unit in members[kind]):
        kind = class_of[later]
        # Earlier units of its own class (the same words: every shingle shared) and of its partners;
        # a class's units are in order, so those before ``later`` are a slice.
        own_class = members[kind]
        picked = own_class[:bisect_left(own_class, later)]
        for other in partners.get(kind, ()):
            units_of = members[other]
            picked += units_of[:bisect_left(units_of, later)]
        if picked:
            picked.sort()
            yield later, picked


def _fallback(units: Sequence[Unit], shingle_sets: Sequence[set[Hashable]]) -> Iterator[tuple[int, list[int]]]:
    """``half_overlap_by_later`` by ``candidates_by_later``."""
    return (found for found in candidates_by_later(units, shingle_sets=shingle_sets) if found[1])
