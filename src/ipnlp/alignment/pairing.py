"""Pair the figures of a source document with those of its translation.

Translators keep the order of figures almost always, so pairing is a sequence alignment: first the
longest chain of *anchors* — figures of the same kind and the same value within rounding, in the
same order and at about the same relative place — found as a longest increasing subsequence over
the candidate pairs (Hunt-Szymanski), which is near-linear in the number of candidates. Then the
gaps between consecutive anchors: when a gap holds as many figures of the same kinds on both sides,
they are the same figures written differently (a wrong value, a power-of-ten slip); otherwise a
figure is paired only when it is a power-of-ten slip of one on the other side, and the rest are
missing from or added to the translation.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from .features import ClaimFeatures, kind, power_of_ten_slip, same_value

# How far apart (as a share of the document, or in characters for short ones) two figures may sit
# and still be the same figure.
BAND = 0.2
SLACK_CHARS = 400
NEAR = 0.05  # how far apart two different values may sit and still be one figure mistranslated


@dataclass(frozen=True)
class Pairing:
    anchors: list[tuple[int, int]]          # same value: (source index, translation index)
    gap_pairs: list[tuple[int, int]]        # same slot, different value
    missing: list[int]                      # source figures with no counterpart
    added: list[int]                        # translation figures with no counterpart


Same = Callable[[ClaimFeatures, ClaimFeatures], bool]


def same_figure(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Same kind, same value within rounding: what anchors two figures. Two ranges with the same
    ends are the same figure whatever unit each extractor gave them ("HK$200–300 billion" is read
    as a count, `2,000至3,000億港元` as money)."""
    if a.claim.value_high is not None and b.claim.value_high is not None and same_value(a, b):
        return abs(a.claim.value_high - b.claim.value_high) <= max(a.tolerance, b.tolerance, 1e-9)
    return kind(a.family) == kind(b.family) and same_value(a, b)


def same_change(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Two changes anchor only in the same direction: "回落5%" and "a growth of 5%" in one paragraph
    are two changes, and chaining them by value alone would report a reversed direction."""
    a_dir = a.claim.yoy.direction if a.claim.yoy else None
    b_dir = b.claim.yoy.direction if b.claim.yoy else None
    return a_dir == b_dir and same_figure(a, b)


def _same_qualifier(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    return a.claim.qualifier == b.claim.qualifier


def same_magnitude(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Same kind and the same size whatever the sign: a level "-19%" and a change "減少19%"."""
    slack = max(a.tolerance, b.tolerance, 1e-9 * max(abs(a.value), abs(b.value), 1.0))
    return kind(a.family) == kind(b.family) and abs(abs(a.value) - abs(b.value)) <= slack


def comparable(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Two figures in the same slot that may be one figure mistranslated: the same kind, and a value
    within half as much again, or a power of ten apart. Anything further apart is more likely two
    different figures that the extractor read on one side only, reported as missing and added."""
    if kind(a.family) != kind(b.family):
        return False
    if same_value(a, b) or abs(a.value) == abs(b.value) or power_of_ten_slip(a, b) is not None:
        return True
    low, high = sorted((abs(a.value), abs(b.value)))
    return (a.value > 0) == (b.value > 0) and low > 0 and high / low <= 1.5


def _candidates(source: list[ClaimFeatures], target: list[ClaimFeatures], band: float, same: Same,
                same_block: bool = False) -> list[tuple[int, int]]:
    by_position = sorted(range(len(target)), key=lambda j: target[j].position)
    positions = [target[j].position for j in by_position]
    pairs = []
    for i, a in enumerate(source):
        lo = bisect.bisect_left(positions, a.position - band)
        hi = bisect.bisect_right(positions, a.position + band)
        for j in by_position[lo:hi]:
            b = target[j]
            if same_block and a.block != b.block:
                continue
            if same(a, b):
                pairs.append((i, j))
    return pairs


def _longest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest chain strictly increasing in both indices (LIS over j, i ascending, j descending)."""
    pairs = sorted(set(pairs), key=lambda p: (p[0], -p[1]))
    tails: list[int] = []       # smallest j ending a chain of each length
    tail_at: list[int] = []     # index into pairs of that chain's last pair
    previous: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        length = bisect.bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[length] = j
            tail_at[length] = k
        previous[k] = tail_at[length - 1] if length else -1
    chain, k = [], tail_at[-1] if tail_at else -1
    while k != -1:
        chain.append(pairs[k])
        k = previous[k]
    return chain[::-1]


def _gaps(chain: list[tuple[int, int]], n: int, m: int):
    bounds = [(-1, -1), *chain, (n, m)]
    for (i0, j0), (i1, j1) in itertools.pairwise(bounds):
        yield list(range(i0 + 1, i1)), list(range(j0 + 1, j1))


def _within_gaps(chain: list[tuple[int, int]], pairs: list[tuple[int, int]], n: int, m: int) -> list[tuple[int, int]]:
    """The pairs that fit between consecutive links of ``chain`` (so chain + them stays a chain)."""
    bounds = [(-1, -1), *chain, (n, m)]
    lows = [i for i, _ in bounds]
    kept = []
    for i, j in pairs:
        k = bisect.bisect_left(lows, i)  # bounds[k - 1] < i <= bounds[k]
        if 0 < k < len(bounds) and bounds[k - 1][0] < i < bounds[k][0] and bounds[k - 1][1] < j < bounds[k][1]:
            kept.append((i, j))
    return kept


def _by_block(left: list[int], right: list[int], source: list[ClaimFeatures], target: list[ClaimFeatures],
              blocks: bool):
    """The figures of a gap, grouped by the block they are in (one group when blocks do not correspond)."""
    if not blocks:
        yield left, right
        return
    for block in sorted({source[i].block for i in left} | {target[j].block for j in right}):
        yield [i for i in left if source[i].block == block], [j for j in right if target[j].block == block]


def pair(source: list[ClaimFeatures], target: list[ClaimFeatures], *, text_length: int = 0,
         blocks: bool = False, same: Same = same_figure) -> Pairing:
    """``blocks``: the features' ``block`` indices correspond (paragraph k of the source is paragraph
    k of the translation), so a figure is first sought in its own block, and two different values
    are compared only inside one block."""
    # A band of a fifth of the document, and never less than a few sentences.
    band = max(BAND, SLACK_CHARS / text_length) if text_length else BAND
    anchors: list[tuple[int, int]] = []
    if blocks:
        # Equal values in corresponding paragraphs first: a value repeated across the document
        # ("2%", "HK$1 billion") cannot then be chained to the wrong paragraph's figure.
        anchors = _longest_chain(_candidates(source, target, band, same, same_block=True))
    wide = _within_gaps(anchors, _candidates(source, target, band, same), len(source), len(target))
    anchors = sorted(anchors + _longest_chain(wide))
    # Translations reorder figures inside a sentence or paragraph: equal values inside one paragraph
    # (or, when the texts share no paragraphs, inside a gap between anchors) are the same figure
    # moved, whatever their order.
    anchored_source, anchored_target = {i for i, _ in anchors}, {j for _, j in anchors}
    if blocks:
        slots = [([i for i in range(len(source)) if i not in anchored_source],
                  [j for j in range(len(target)) if j not in anchored_target])]
    else:
        slots = list(_gaps(anchors, len(source), len(target)))
    moved: list[tuple[int, int]] = []
    for slot_left, slot_right in slots:
        for left, right in _by_block(slot_left, slot_right, source, target, blocks):
            taken: set[int] = set()
            # A value written twice in one paragraph ("HK$15 million or below ... more than HK$15
            # million") pairs with the one that has the same qualifier first.
            for alike in (_same_qualifier, None):
                for i in left:
                    if any(p[0] == i for p in moved):
                        continue
                    j = next((j for j in right if j not in taken and same(source[i], target[j])
                              and (alike is None or alike(source[i], target[j]))), None)
                    if j is not None:
                        taken.add(j)
                        moved.append((i, j))
    matched = set(anchors) | set(moved)
    chain = _longest_chain(list(matched))
    paired_source = {i for i, _ in matched}
    paired_target = {j for _, j in matched}
    gap_pairs: list[tuple[int, int]] = [p for p in moved if p not in set(anchors)]
    missing: list[int] = []
    added: list[int] = []
    # Without shared paragraphs, two different values are compared only when they sit close: a gap
    # between anchors can span pages where the translation dropped a passage.
    reach = max(NEAR, SLACK_CHARS / text_length) if text_length else NEAR

    def near(a: ClaimFeatures, b: ClaimFeatures) -> bool:
        return blocks or abs(a.position - b.position) <= reach

    for gap_left, gap_right in _gaps(chain, len(source), len(target)):
        gap_left = [i for i in gap_left if i not in paired_source]
        gap_right = [j for j in gap_right if j not in paired_target]
        for left, right in _by_block(gap_left, gap_right, source, target, blocks):
            # The same slot between the same neighbours, as many figures on both sides, each
            # comparable with its counterpart and near it: the same figures, written differently.
            if left and len(left) == len(right) and all(
                comparable(source[i], target[j]) and near(source[i], target[j])
                for i, j in zip(left, right, strict=True)
            ):
                gap_pairs.extend(zip(left, right, strict=True))
                continue
            used: set[int] = set()
            for i in left:
                match = next((j for j in right if j not in used and kind(source[i].family) == kind(target[j].family)
                              and near(source[i], target[j])
                              and power_of_ten_slip(source[i], target[j]) is not None), None)
                if match is None:
                    missing.append(i)
                else:
                    used.add(match)
                    gap_pairs.append((i, match))
            added.extend(j for j in right if j not in used)
    return Pairing(anchors, sorted(gap_pairs), sorted(missing), sorted(added))


def rescue(source: list[ClaimFeatures], target: list[ClaimFeatures], *, band: float = BAND,
           blocks: bool = False, same: Same = same_figure) -> list[tuple[ClaimFeatures, ClaimFeatures]]:
    """Pairs among figures left over on both sides: ``same``, in the same block (or within ``band``
    when the texts share no blocks), each taken once, the nearest first."""
    pairs: list[tuple[ClaimFeatures, ClaimFeatures]] = []
    taken: set[int] = set()
    for a in source:
        near = [(abs(a.position - b.position), k) for k, b in enumerate(target)
                if k not in taken and same(a, b) and (a.block == b.block if blocks else
                                                      abs(a.position - b.position) <= band)]
        if near:
            k = min(near)[1]
            taken.add(k)
            pairs.append((a, target[k]))
    return pairs
