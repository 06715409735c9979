"""IPN102 part-exceeds-whole: a part stated larger than the whole it belongs to."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ...models import Claim, Finding
from ...view import ReportView
from .._languages import any_language
from ..base import Rule, make_finding
from . import _words as words
from ._common import (
    MAX_NEIGHBOURS,
    ClaimOrder,
    claim_order,
    claim_sentence,
    finditer_folded,
    format_value,
    is_change_figure,
    is_previous_value,
    part_cue,
    units_compatible,
    value_interval,
)

_ACCUMULATION = re.compile(any_language(words.ACCUMULATION_CUES, "ACCUMULATION_CUES"), re.IGNORECASE)
# Units for which "part of" has no meaning: positions and changes of position, and rates (a
# portfolio's return of 9.7% is part of a fund's 6.6%, as IPN103 does not add percentages up).
_NOT_ADDITIVE = frozenset({"rank", "rank_positions", "percent", "percentage_point"})
# A loss among the parts lets another part exceed the whole ("gains of 688 and losses of 210").
_LOSS = re.compile(any_language(r"\bloss(?:es)?\b", "LOSS_CUES"), re.IGNORECASE)


def check(view: ReportView) -> Iterator[Finding]:
    """A part ("among them", "of which", "including") is larger than the whole it belongs to.

    ## What it does
    For every figure introduced as a part of an earlier one ("...; among them, N", "of which N",
    "including N"), finds the whole: the nearest earlier figure in the same unit, in the same
    sentence or, when the sentence opens with the cue, in the previous one. It reports the part
    when even its smallest possible value exceeds the largest possible value of the whole. It
    also checks figures that are added to a running total ("33 new centers, bringing the total to
    80"): together they cannot exceed that total.

    In Chinese the cues are "其中", "包括", "分别为". Rates are not parts (a portfolio's 9.7%
    return inside a fund's 6.6%), and a loss among the parts lets another part exceed the whole.

    ## Why it matters
    A subset cannot outnumber its set: one of the two figures is wrong, or the part belongs to a
    different whole than the sentence says.

    ## Example
    ```text
    Courts concluded 52,000 cases; among them, 61,000 were patent cases.
    ```

    ## Use instead
    ```text
    Courts concluded 52,000 cases; among them, 16,000 were patent cases.
    ```

    ## Known limitations
    The whole is the nearest earlier figure in the same unit in the sentence (or the previous one
    when the sentence opens with the cue), so a part whose whole was stated further back, or in
    another unit (a count of an amount), is not checked. Bounds ("more than", "about") are compared
    at their extremes, so a rough whole is seldom reported. Partners are looked for among the 64
    figures nearest each part.
    """
    order = claim_order(view)
    for part in order.claims:
        if part.unit in _NOT_ADDITIVE or is_change_figure(part):
            continue  # a change ("同比增长21.7%") is neither a part nor a whole
        cue = part_cue(view, part)
        if cue is None:
            continue
        whole = _whole_before(view, order, part, cue.start())
        if whole is not None and value_interval(part)[0] > value_interval(whole)[1] \
                and not _LOSS.search(view.text, whole.end, claim_sentence(view, part)[1]):
            yield make_finding(
                RULE, view,
                f"The part {format_value(part)} (introduced by {cue.group(0)!r}) is larger than the "
                f"whole it belongs to, {format_value(whole)}.",
                [(whole.start, whole.end), (part.start, part.end)],
            )
    yield from _running_totals(view, order)


def _whole_before(view: ReportView, order: ClaimOrder, part: Claim, cue_start: int) -> Claim | None:
    """Nearest figure in the part's unit ending before the cue, in this or the previous sentence
    (among the ``MAX_NEIGHBOURS`` figures before the part)."""
    sentence_start, _ = claim_sentence(view, part)
    opens_sentence = not view.text[sentence_start:cue_start].strip(" ,")
    earliest = sentence_start
    if opens_sentence:
        previous = _previous_sentence(view, sentence_start)
        earliest = previous[0] if previous else sentence_start
    for candidate in order.before(part, earliest):
        if (candidate.end <= cue_start and units_compatible(candidate, part, loose=True)
                and not is_previous_value(view, candidate) and not is_change_figure(candidate)):
            return candidate
    return None


def _previous_sentence(view: ReportView, start: int) -> tuple[int, int] | None:
    """The last sentence ending at or before ``start``."""
    index = bisect.bisect_right(view.derived(_sentence_starts), start) - 1
    while index >= 0 and view.sentences[index][1] > start:
        index -= 1
    return view.sentences[index] if index >= 0 else None


def _sentence_starts(view: ReportView) -> list[int]:
    return [start for start, _ in view.sentences]


def _running_totals(view: ReportView, order: ClaimOrder) -> Iterator[Finding]:
    """ "N added, bringing the total to T": the figures added cannot exceed T."""
    starts = order.starts
    for sentence_start, sentence_end in view.sentences:
        first = bisect.bisect_left(starts, sentence_start)
        if first == len(starts) or starts[first] >= sentence_end:
            continue  # no figure for a cue to bring a total to: only sentences with figures are searched
        for cue in finditer_folded(_ACCUMULATION, view.text, sentence_start, sentence_end):
            after = order.starting_in(cue.end(), sentence_end)
            if not after:
                continue
            total = after[0]
            before_cue = order.starting_in(sentence_start, cue.start())[-MAX_NEIGHBOURS:]
            added = [c for c in before_cue if c.end <= cue.start()
                     and units_compatible(c, total, loose=True) and c.unit not in _NOT_ADDITIVE
                     and not is_previous_value(view, c) and not is_change_figure(c)]
            if not added:
                continue
            smallest_sum = sum(value_interval(c)[0] for c in added)
            if smallest_sum > value_interval(total)[1]:
                listed = ", ".join(format_value(c) for c in added)
                yield make_finding(
                    RULE, view,
                    f"The figures added ({listed}) exceed the total they bring it to, "
                    f"{format_value(total)}.",
                    [*((c.start, c.end) for c in added), (total.start, total.end)],
                )


RULE = Rule(code="IPN102", name="part-exceeds-whole", severity="error", check=check)
