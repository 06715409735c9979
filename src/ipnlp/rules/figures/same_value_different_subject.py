"""IPN107 same-value-different-subject: one distinctive figure reported for two different things."""

from __future__ import annotations

from collections.abc import Iterator

from ...models import Claim, Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import format_value, same_metric, significant_digits, subject_overlap

# Positions and round numbers repeat by chance ("first", "80", "4 months"); a figure written with
# this many significant digits rarely does.
_MIN_SIGNIFICANT_DIGITS = 3
_NOT_MEASURED = frozenset({"rank", "rank_positions"})
# Subjects sharing at least this much of their content words are treated as the same subject.
_SAME_SUBJECT_OVERLAP = 0.5
# One finding lists at most this many subjects for a value ("given for at least 12 different ...").
_MAX_SUBJECTS_LISTED = 12


def check(view: ReportView) -> Iterator[Finding]:
    """The same precise figure is reported for two different subjects: worth a second look.

    ## What it does
    Groups figures by unit and exact value and reports a group when a figure with at least three
    significant digits ("1.349 million", "2,393") is given for subjects that do not match. Ranks,
    round figures ("80", "4 million") and repeated mentions of the same subject are left alone.

    ## Why it matters
    A precise value that turns up for two unrelated things is often a copy-and-paste slip: the
    second sentence kept the first one's number. It may also be a coincidence, so this is
    information for the editor, not an error.

    ## Example
    ```text
    Courts handled 38,417 patent cases. ... Mediation centres resolved 38,417 trademark disputes.
    ```

    ## Use instead
    Check both sources; if the figures are right, keep them. If one was copied, correct it:
    ```text
    Courts handled 38,417 patent cases. ... Mediation centres resolved 21,905 trademark disputes.
    ```

    ## Known limitations
    Equal figures for different things are sometimes a coincidence; one metric named in other words
    in two places is taken for two subjects. Only values with three or more significant digits are
    looked at, so a copied round figure is not.
    """
    groups: dict[tuple[str, float], list[Claim]] = {}
    for claim in view.claims:
        if claim.unit in _NOT_MEASURED or claim.qualifier != "exact" or not claim.subject.strip():
            continue
        if significant_digits(float(claim.value)) < _MIN_SIGNIFICANT_DIGITS:
            continue
        groups.setdefault((claim.unit, float(claim.value)), []).append(claim)
    for claims in groups.values():
        distinct: list[Claim] = []
        for claim in claims:
            if len(distinct) >= _MAX_SUBJECTS_LISTED:
                break  # enough to make the point; comparing every pair of a huge group is quadratic
            if all(_different_subjects(claim, seen) for seen in distinct):
                distinct.append(claim)
        if len(distinct) < 2:
            continue
        subjects = "; ".join(f"{c.subject!r}" for c in distinct)
        how_many = f"at least {len(distinct)}" if len(distinct) >= _MAX_SUBJECTS_LISTED else str(len(distinct))
        yield make_finding(
            RULE, view,
            f"The value {format_value(distinct[0])} is given for {how_many} different subjects "
            f"({subjects}); check that one was not copied from the other.",
            [(c.start, c.end) for c in distinct],
        )


def _different_subjects(a: Claim, b: Claim) -> bool:
    return not same_metric(a, b) and subject_overlap(a, b) < _SAME_SUBJECT_OVERLAP


RULE = Rule(code="IPN107", name="same-value-different-subject", severity="info", check=check)
