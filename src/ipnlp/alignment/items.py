"""What alignment pairs: the figures of a text (levels) and its stated changes, kept apart.

Languages attach a change to a figure differently, and so do the extractors: "exports were 960
million yuan, up 3.2%" is one English claim carrying the change, while `出口额为9.6亿元，同比下降3.2%`
is a level with the change attached *and* a claim of its own for 3.2%; "Loans rose 4.4% to HK$4,522
billion" is two English claims, `增長4.4%至45,220億港元` one level with the change attached. Pairing
claims one to one would then call the same change missing in one place and added in another. So
each text becomes two sequences: its levels (claims that are not the number of a change) and its
changes (every stated change once, whether a claim of its own or attached to a level), and each
sequence is aligned with its counterpart. A change is carried as a claim whose span, value and unit
are the change's and whose ``yoy`` is the change itself, so the same features and checks read it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Claim


@dataclass(frozen=True)
class Items:
    levels: list[Claim]
    changes: list[Claim]            # each a change, as a claim over the change's span
    holders: dict[tuple[int, int], Claim]  # change span -> the claim it belongs to (for FigurePair)


def is_change(claim: Claim) -> bool:
    """The claim is the number of its own change ("rose 4.4%", `同比下降3.2%` read at 3.2%)."""
    change = claim.yoy
    return change is not None and change.start <= claim.start and claim.end <= change.end


#: Marks the id of a change carried by a level ("c003~change"), so checks can tell it from a change
#: that is a claim of its own; the id never leaves alignment (pairs show the holding claim).
ATTACHED = "~change"


def attached(claim: Claim) -> bool:
    return claim.id.endswith(ATTACHED)


def as_change(claim: Claim) -> Claim:
    change = claim.yoy
    assert change is not None
    own = is_change(claim)
    return claim.model_copy(update={
        "id": claim.id if own else claim.id + ATTACHED,
        "start": change.start, "end": change.end, "text": change.text, "value": change.value,
        "value_high": None, "unit": change.unit,
        # A bound on the change itself ("增长超过5%") belongs to it; a level's bound does not.
        "qualifier": claim.qualifier if own else "exact",
    })


# A footnote mark glued to the word or bracket before it: "(PFMI)1", "(Chart 2)4.", "5.75%.1".
_MARK = re.compile(r"[.．]?[0-9]{1,2}")


def reference_mark(claim: Claim, text: str) -> bool:
    """A one- or two-digit number with no unit, written against the character before it: a note
    reference, which one language prints as a superscript and the other as text, not a figure."""
    if not _MARK.fullmatch(claim.text) or claim.unit not in ("count", "") or claim.start == 0:
        return False
    before = text[claim.start - 1]
    return before.isalpha() or before in ")）.%”\"'’"


# A year with a note mark glued to it ("grow by 3% in 20246."): four digits of a year and one or two of
# the note, after a word that introduces a date, and before punctuation or the end.
_YEAR_WITH_MARK = re.compile(r"(?:19|20)[0-9]{2}[0-9]{1,2}")
_DATE_WORD_BEFORE = re.compile(r"\b(?:in|by|of|since|for|until|from|to|during|end-|mid-)\s*$", re.IGNORECASE)
_ENDS_HERE = re.compile(r"\s*(?:[.,;:)]|$)")


def year_with_mark(claim: Claim, text: str) -> bool:
    """A year followed by a glued note reference ("in 20246."): neither is a figure."""
    return (_YEAR_WITH_MARK.fullmatch(claim.text) is not None and claim.unit in ("count", "")
            and _DATE_WORD_BEFORE.search(text[max(0, claim.start - 12):claim.start]) is not None
            and _ENDS_HERE.match(text, claim.end) is not None)


# "net zero" is a target, not a quantity of zero: "net zero emissions", "net-zero".
_NET_BEFORE = re.compile(r"\bnet[\s-]*$", re.IGNORECASE)


def net_zero(claim: Claim, text: str) -> bool:
    return claim.value == 0 and _NET_BEFORE.search(text[max(0, claim.start - 6):claim.start]) is not None


def no_figure(claim: Claim, text: str) -> bool:
    """Numbers one language's extractor takes for figures that are none: note marks, a year with its
    note mark glued on, "net zero". (Numbers that name -- a version, a label, a street number -- are
    no claims in the first place: ``extract/recognizers/references.py``.)"""
    return reference_mark(claim, text) or year_with_mark(claim, text) or net_zero(claim, text)


def split(claims: Sequence[Claim], text: str = "") -> Items:
    levels: list[Claim] = []
    changes: dict[tuple[int, int], Claim] = {}
    holders: dict[tuple[int, int], Claim] = {}
    for claim in claims:
        if text and no_figure(claim, text):
            continue
        if not is_change(claim):
            levels.append(claim)
        if claim.yoy is None:
            continue
        span = (claim.yoy.start, claim.yoy.end)
        # The same change seen from its own claim and from the level it is attached to is one
        # change; its own claim holds it.
        if span not in changes or is_change(claim):
            changes[span] = as_change(claim)
            holders[span] = claim
    ordered = sorted(changes, key=lambda s: (s[0], s[1]))
    return Items(levels, [changes[s] for s in ordered], holders)
