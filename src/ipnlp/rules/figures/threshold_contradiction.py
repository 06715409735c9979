"""IPN106 threshold-contradiction: a mark said to be crossed by a figure that does not reach it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ...models import Claim, Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import (
    MAX_NEIGHBOURS,
    ClaimOrder,
    claim_order,
    claim_sentence,
    crossing,
    format_value,
    is_previous_value,
    part_cue,
    rounding_tolerance,
    same_metric,
    units_compatible,
)

# Between a milestone and the figure it is about there is one clause: no "and", no ";".
_NEW_CLAUSE = re.compile(r"\band\b|[;:]", re.IGNORECASE)
_PAIR_REACH = 100
_NOT_MEASURED = frozenset({"rank", "rank_positions"})


def check(view: ReportView) -> Iterator[Finding]:
    """A figure is said to have crossed a mark that the stated value does not reach.

    ## What it does
    Finds marks stated as crossed ("the first country to exceed 4 million", "surpassed 1,000",
    "fell below 3%") and the measured figure they describe: the nearest figure in the same unit in
    the same sentence, or a figure elsewhere for the same metric and period. It reports the pair
    when the measured value, allowing for its rounding, is on the wrong side of the mark. The
    figure in the same sentence counts only when nothing but a linking phrase separates the two
    ("reached N, becoming the first to exceed M"); after "and" or ";" a new subject may start.

    ## Why it matters
    The claim of a milestone is the sentence readers remember; if the figure next to it does not
    reach the milestone, one of them is wrong.

    ## Example
    ```text
    Registered users reached 3.86 million, making the platform the first to exceed 4 million users.
    ```

    ## Use instead
    ```text
    Registered users reached 4.12 million, making the platform the first to exceed 4 million users.
    ```

    ## Known limitations
    A mark is compared only with a figure of the same unit in the same sentence joined by a
    linking phrase, or one elsewhere with the same metric and period; a milestone about a
    similarly named metric may be compared with the wrong figure. Forecasts ("expected to exceed")
    are not told apart from achievements.
    """
    order = claim_order(view)
    crossings = {id(c): crossing(view, c) for c in order.claims}
    for mark in order.claims:
        if mark.unit in _NOT_MEASURED:
            continue
        direction = crossings[id(mark)]
        if direction is None:
            continue
        for measured in _measured_for(view, order, crossings, mark):
            tolerance = rounding_tolerance(measured)
            wrong_side = (float(measured.value) + tolerance <= float(mark.value) if direction == "above"
                          else float(measured.value) - tolerance >= float(mark.value))
            if wrong_side:
                side = "exceed" if direction == "above" else "fall below"
                yield make_finding(
                    RULE, view,
                    f"The text says the figure {side}s {format_value(mark)}, but states it as "
                    f"{format_value(measured)}.",
                    [(measured.start, measured.end), (mark.start, mark.end)],
                )


def _measured_for(view: ReportView, order: ClaimOrder, crossings: dict[int, str | None],
                  mark: Claim) -> list[Claim]:
    """The exact figure(s) the mark is about: nearest in the sentence, else the same metric.

    Only ``MAX_NEIGHBOURS`` figures on either side of the mark are looked at, in its sentence and
    among the figures of its period elsewhere: a linear bound for documents of many figures.
    """
    sentence = claim_sentence(view, mark)
    nearby = [*order.before(mark, sentence[0]), *order.after(mark, sentence[1])]
    in_sentence = [c for c in nearby if c.qualifier == "exact"
                   and units_compatible(c, mark, loose=True) and claim_sentence(view, c) == sentence
                   and crossings[id(c)] is None and part_cue(view, c) is None and not is_previous_value(view, c)]
    if in_sentence:
        nearest = min(in_sentence, key=lambda c: (abs(c.start - mark.start), c.start))
        between = view.text[min(nearest.end, mark.end):max(nearest.start, mark.start)]
        same_clause = len(between) <= _PAIR_REACH and not _NEW_CLAUSE.search(between)
        return [nearest] if same_clause else []
    period_claims, starts = view.derived(_exact_by_period).get(mark.period, ([], []))
    middle = bisect.bisect_left(starts, mark.start)
    window = period_claims[max(0, middle - MAX_NEIGHBOURS):middle + MAX_NEIGHBOURS]
    return [c for c in window if c is not mark and crossings[id(c)] is None and same_metric(c, mark)]


def _exact_by_period(view: ReportView) -> dict[str | None, tuple[list[Claim], list[int]]]:
    """period -> (its exact figures in text order, their starts): ``same_metric`` needs one period."""
    found = {period: [c for c in claims if c.qualifier == "exact"]
             for period, claims in claim_order(view).by_period.items()}
    return {period: (claims, [c.start for c in claims]) for period, claims in found.items() if claims}


RULE = Rule(code="IPN106", name="threshold-contradiction", severity="error", check=check)
