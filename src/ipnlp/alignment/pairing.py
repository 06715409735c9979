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
from dataclasses import dataclass

from .features import ClaimFeatures, kind, power_of_ten_slip, same_value

# How far apart (as a share of the document, or in characters for short ones) two figures may sit
# and still be the same figure.
BAND = 0.2
SLACK_CHARS = 400


@dataclass(frozen=True)
class Pairing:
    anchors: list[tuple[int, int]]          # same value: (source index, translation index)
    gap_pairs: list[tuple[int, int]]        # same slot, different value
    missing: list[int]                      # source figures with no counterpart
    added: list[int]                        # translation figures with no counterpart


def _candidates(source: list[ClaimFeatures], target: list[ClaimFeatures], band: float,
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
            if kind(a.family) == kind(b.family) and same_value(a, b):
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


def _same(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    return kind(a.family) == kind(b.family) and same_value(a, b)


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


def pair(source: list[ClaimFeatures], target: list[ClaimFeatures], *, text_length: int = 0,
         blocks: bool = False) -> Pairing:
    """``blocks``: the features' ``block`` indices correspond (paragraph k of the source is paragraph
    k of the translation), so a figure is first sought in its own block."""
    # A band of a fifth of the document, and never less than a few sentences.
    band = max(BAND, SLACK_CHARS / text_length) if text_length else BAND
    anchors: list[tuple[int, int]] = []
    if blocks:
        # Equal values in corresponding paragraphs first: a value repeated across the document
        # ("2%", "HK$1 billion") cannot then be chained to the wrong paragraph's figure.
        anchors = _longest_chain(_candidates(source, target, band, same_block=True))
    wide = _within_gaps(anchors, _candidates(source, target, band), len(source), len(target))
    anchors = sorted(anchors + _longest_chain(wide))
    # Translations reorder figures inside a sentence or paragraph: equal values inside a gap between
    # anchors are the same figure moved, whatever their order.
    moved: list[tuple[int, int]] = []
    for left, right in _gaps(anchors, len(source), len(target)):
        taken: set[int] = set()
        for i in left:
            j = next((j for j in right if j not in taken and _same(source[i], target[j])), None)
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
    for left, right in _gaps(chain, len(source), len(target)):
        left = [i for i in left if i not in paired_source]
        right = [j for j in right if j not in paired_target]
        if not left and not right:
            continue
        # The same slot between the same neighbours, as many figures of the same kinds on both sides:
        # the same figures, written differently.
        if left and len(left) == len(right) and all(
            kind(source[i].family) == kind(target[j].family) for i, j in zip(left, right, strict=True)
        ):
            gap_pairs.extend(zip(left, right, strict=True))
            continue
        used: set[int] = set()
        for i in left:
            match = next((j for j in right if j not in used and kind(source[i].family) == kind(target[j].family)
                          and power_of_ten_slip(source[i], target[j]) is not None), None)
            if match is None:
                missing.append(i)
            else:
                used.add(match)
                gap_pairs.append((i, match))
        added.extend(j for j in right if j not in used)
    return Pairing(anchors, sorted(gap_pairs), missing, added)


def rescue(source: list[ClaimFeatures], target: list[ClaimFeatures], *, band: float = BAND,
           blocks: bool = False) -> list[tuple[ClaimFeatures, ClaimFeatures]]:
    """Pairs among figures left over on both sides: same kind, same value, same block (or within
    ``band`` when the texts share no blocks), each taken once, the nearest first."""
    pairs: list[tuple[ClaimFeatures, ClaimFeatures]] = []
    taken: set[int] = set()
    for a in source:
        near = [(abs(a.position - b.position), k) for k, b in enumerate(target)
                if k not in taken and _same(a, b) and (a.block == b.block if blocks else
                                                      abs(a.position - b.position) <= band)]
        if near:
            k = min(near)[1]
            taken.add(k)
            pairs.append((a, target[k]))
    return pairs
