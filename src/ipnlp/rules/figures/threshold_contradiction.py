"""IPN106 threshold-contradiction: a mark said to be crossed by a figure that does not reach it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import Claim, Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import (
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
    """
    claims = sorted(view.claims, key=lambda c: c.start)
    for mark in claims:
        if mark.unit in _NOT_MEASURED:
            continue
        direction = crossing(view, mark)
        if direction is None:
            continue
        for measured in _measured_for(view, claims, mark):
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


def _measured_for(view: ReportView, claims: list[Claim], mark: Claim) -> list[Claim]:
    """The exact figure(s) the mark is about: nearest in the sentence, else the same metric."""
    sentence = claim_sentence(view, mark)
    in_sentence = [c for c in claims if c is not mark and c.qualifier == "exact"
                   and units_compatible(c, mark, loose=True) and claim_sentence(view, c) == sentence
                   and crossing(view, c) is None and part_cue(view, c) is None and not is_previous_value(view, c)]
    if in_sentence:
        nearest = min(in_sentence, key=lambda c: abs(c.start - mark.start))
        between = view.text[min(nearest.end, mark.end):max(nearest.start, mark.start)]
        same_clause = len(between) <= _PAIR_REACH and not _NEW_CLAUSE.search(between)
        return [nearest] if same_clause else []
    return [c for c in claims if c is not mark and c.qualifier == "exact" and crossing(view, c) is None
            and same_metric(c, mark)]


RULE = Rule(code="IPN106", name="threshold-contradiction", severity="error", check=check)
