"""Match the paragraphs of a document with those of a translation that has a few more or fewer.

A translation that keeps every paragraph gives the finest shared blocks (layout.py). Machine
translations often do not quite: a system adds a line of its own, drops a heading's ``#`` or a
caption, or merges two short lines. Falling back to headings then is fragile (two texts may have as
many headings by chance, shifted by one in the middle) and falling back to the whole text loses
the place of every figure. So the paragraphs are matched as a sequence alignment in the manner of
Gale and Church: one to one, two to one, one to two, or left alone on one side, each step costed by
what survives translation — the digits a paragraph writes (``1,526.3 billion`` and ``15,263億``
write the same digits), whether it is a heading, and its length against the texts' overall ratio.

The matching is trusted only when it leaves few paragraphs alone: a translation that drops or
garbles whole passages has no paragraphs to share, and the caller falls back to coarser blocks.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*\S[^\n]*")
_DIGITS = re.compile(r"[0-9０-９][0-9０-９,，.．]*")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789", ",，.．")

# Step costs. A paragraph left alone costs more than a poor one-to-one match of two paragraphs
# without digits, so the matching only leaves a paragraph alone where the digits or lengths say so.
_ALONE = 1.2
_MERGE = 0.4
_HEADING_DIFFERS = 0.5
_NO_DIGITS = 0.3     # neither paragraph writes a digit: no evidence either way
# Digits on one side only: a chart number lost is cheap, a paragraph of figures against none is not.
_DIGITS_ONE_SIDE = (0.8, 2.0)
_DIGITS_DIFFER = 2.0  # times the share of the digit strings the two do not share
# Fewer paragraphs than this on a side: matching by length alone is guesswork.
MIN_PARAGRAPHS = 4
# Share of the paragraphs that may be left alone for the matching to be trusted.
MAX_ALONE_SHARE = 0.1


@dataclass(frozen=True)
class _Paragraph:
    start: int
    length: int
    heading: bool
    digits: frozenset[str]


def _paragraphs(text: str) -> list[_Paragraph]:
    out = []
    for match in _LINE.finditer(text):
        line = match.group()
        out.append(_Paragraph(match.start(), len(line.strip()), line.lstrip().startswith("#"),
                              frozenset(_digit_key(m.group()) for m in _DIGITS.finditer(line))))
    return out


def _digit_key(written: str) -> str:
    """The digits without separators, a decimal point or the zeros a scale word absorbs: 80 billion
    and 800億, 1,526.3 billion and 15,263億 write the same key."""
    return written.translate(_FULLWIDTH).strip("0") or "0"


def _cost(left: list[_Paragraph], right: list[_Paragraph], ratio: float) -> float:
    heading = _HEADING_DIFFERS if left[0].heading != right[0].heading else 0.0
    a = frozenset().union(*(p.digits for p in left))
    b = frozenset().union(*(p.digits for p in right))
    if not a and not b:
        digits = _NO_DIGITS
    elif not a or not b:
        digits = _DIGITS_ONE_SIDE[len(a | b) > 1]
    else:
        digits = _DIGITS_DIFFER * (1.0 - len(a & b) / len(a | b))
    length_left = sum(p.length for p in left) or 1
    length_right = sum(p.length for p in right) or 1
    length = 0.5 * min(1.0, abs(math.log(length_right / length_left / ratio)))
    return heading + digits + length


def matched_paragraph_starts(source: str, translation: str) -> tuple[list[int], list[int]] | None:
    """Start offsets of blocks the two texts share, one block per matched group of paragraphs (a
    paragraph left alone joins the block before it), or None when the matching is not trusted."""
    left, right = _paragraphs(source), _paragraphs(translation)
    n, m = len(left), len(right)
    if min(n, m) < MIN_PARAGRAPHS:
        return None
    ratio = (sum(p.length for p in right) or 1) / (sum(p.length for p in left) or 1)
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    step: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    moves = ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1))
    for i in range(n + 1):
        for j in range(m + 1):
            if cost[i][j] == inf:
                continue
            for di, dj in moves:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di and dj:
                    extra = _cost(left[i:ni], right[j:nj], ratio) + (_MERGE if di + dj > 2 else 0.0)
                else:
                    extra = _ALONE
                if cost[i][j] + extra < cost[ni][nj]:
                    cost[ni][nj] = cost[i][j] + extra
                    step[ni][nj] = (di, dj)
    path = []
    i, j = n, m
    while i or j:
        di, dj = step[i][j]
        path.append((i - di, j - dj, di, dj))
        i, j = i - di, j - dj
    path.reverse()
    alone = sum(di + dj for _, _, di, dj in path if not (di and dj))
    if alone > MAX_ALONE_SHARE * max(n, m):
        return None
    src_starts = [left[i].start for i, _, di, dj in path if di and dj]
    tgt_starts = [right[j].start for _, j, di, dj in path if di and dj]
    return src_starts, tgt_starts
