"""What alignment compares about one claim, computed once: its unit family, the rounding its
written precision allows, and its relative place in the document.

Translation keeps the figure but not its words: 61.3万 and 613,000 are the same value written
with different precision, 宗 and "cases" are the same counted noun in two languages. So the unit
is reduced to a family that survives translation (a currency code, percent, percentage point,
basis point, a duration, rank, times, index points, or "count" for any counted noun) and the value
is compared within the rounding that the less precise of the two surfaces allows.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..models import Claim
from .layout import Layout, whole

# Units that mean the same thing in every language; any other unit is a counted noun.
_KEPT_UNITS = frozenset({
    "percent", "percentage_point", "basis_point", "month", "year", "day", "week", "quarter", "hour",
    "times", "rank", "rank_positions", "points", "index_points",
})
_ISO_CODE = re.compile(r"[A-Z]{3}")
# The written number inside a claim's text: ASCII or full-width digits with separators.
_NUMERAL = re.compile(r"[0-9０-９][0-9０-９,，'’ .．]*")


def unit_family(unit: str) -> str:
    if _ISO_CODE.fullmatch(unit):
        return unit
    if unit in _KEPT_UNITS:
        return {"index_points": "points"}.get(unit, unit)
    return "count"


def rounding_tolerance(claim: Claim) -> float:
    """Half a unit of the last written digit, in the claim's scaled value (61.3万 -> 500)."""
    match = _NUMERAL.search(claim.text)
    if match is None:  # a number in words: exact as far as we can tell
        return 0.0
    literal = match.group().rstrip(" ,，'’.．").translate(_FULLWIDTH)
    literal = re.sub(r"[,，'’ ]", "", literal)
    try:
        written = float(literal)
    except ValueError:
        return 0.0
    decimals = len(literal.split(".", 1)[1]) if "." in literal else 0
    scale = abs(claim.value) / written if written else 1.0
    return 0.5 * 10.0 ** -decimals * scale


_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


@dataclass(frozen=True)
class ClaimFeatures:
    claim: Claim
    family: str
    tolerance: float
    position: float  # place in the document's shared layout (see layout.py), 0..1
    block: int = 0   # index of the paragraph or section it is in, when the layouts correspond
    sentence: str = ""  # the text of its sentence, for what the claim does not hold (years stated)
    before: str = ""    # the few characters before it in that sentence (a qualifier's or comparison's words)
    after: str = ""     # and after it (或以上, "or below")

    @property
    def value(self) -> float:
        return float(self.claim.value)


def features(claims: list[Claim] | tuple[Claim, ...], layout: Layout | int, text: str = "") -> list[ClaimFeatures]:
    """``layout``: the blocks shared with the other text, or the text's length when none are."""
    if isinstance(layout, int):
        layout = whole(layout)
    out = []
    for c in claims:
        start, end = sentence_around(text, c.start, c.end)
        out.append(ClaimFeatures(c, unit_family(c.unit), rounding_tolerance(c), layout.position(c.start),
                                 layout.block(c.start), text[start:end], text[max(start, c.start - 16):c.start],
                                 text[c.end:min(end, c.end + 12)]))
    return out


# A sentence ends at a Chinese full stop, question or exclamation mark or semicolon, at a line break,
# and at an English full stop followed by a space (not the point of "2.8%") or by a Chinese character
# (machine translations into Chinese often end sentences with "." and no space).
_SENTENCE_END = re.compile(r"[。！？；!?\n]|\.(?=\s|[\u3400-\u9fff])")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end), found in the text itself: the same rule in both languages,
    where the segmenters of two languages may cut differently."""
    window = 600
    head = text[max(0, start - window):start]
    ends = list(_SENTENCE_END.finditer(head))
    first = max(0, start - window) + ends[-1].end() if ends else max(0, start - window)
    match = _SENTENCE_END.search(text, end, end + window)
    return first, match.start() if match else min(len(text), end + window)


def same_value(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Equal within the rounding of the less precise surface (and a hair of float noise)."""
    slack = max(a.tolerance, b.tolerance, 1e-9 * max(abs(a.value), abs(b.value), 1.0))
    return abs(a.value - b.value) <= slack


def power_of_ten_slip(a: ClaimFeatures, b: ClaimFeatures) -> int | None:
    """k when b is a's value times 10**k (k != 0, |k| <= 4) within rounding: 億 read as billion."""
    if a.value == 0 or b.value == 0 or (a.value > 0) != (b.value > 0):
        return None
    k = round(math.log10(abs(b.value) / abs(a.value)))
    if k == 0 or abs(k) > 4:
        return None
    miss = abs(a.value * 10.0**k - b.value)
    if miss <= 1e-9 * abs(b.value):
        return k  # the same digits exactly: 5億 and 5 billion
    # Within rounding, but only when the rounding is fine: "US$1" is within half a unit of 0.775
    # times ten, which says nothing.
    slack = max(a.tolerance * 10.0**k, b.tolerance)
    return k if miss <= slack and slack <= 0.02 * abs(b.value) else None


def kind(family: str) -> str:
    """The coarse kind within which a translation may have changed the unit by mistake."""
    if _ISO_CODE.fullmatch(family):
        return "money"
    if family in ("percent", "percentage_point", "basis_point"):
        return "rate"
    return family
