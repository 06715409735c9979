"""IPN502 yoy-implies-other-previous."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from ...models import Claim, Finding
from .base import CrossRule, SeriesDocument, make_cross_finding
from .index import MetricYear, claims_by_metric
from .metrics import describe, implied_previous, interval, overlap


def check(documents: Sequence[SeriesDocument]) -> Iterator[Finding]:
    """A year-on-year change implies a previous value that another report contradicts.

    ## What it does
    "X, up p% year-on-year" for year Y implies last year's value X / (1 + p/100) ("down": divided
    by 1 - p/100; a change in percentage points of a rate adds or subtracts). The rule looks up
    the figure another report of the same series gave for the same metric for year Y - 1 and
    flags it when no values within the stated rounding of X, p and that figure agree.

    ## Why it matters
    Readers check growth rates against last year's report. A rate that does not connect the two
    published figures means one of the three numbers is wrong, or the previous figure was revised
    without saying so.

    ## Example
    ```text
    report-2025.md: Patent transfer licenses filed for the year reached 480,000.
    report-2026.md: Patent transfer licenses filed for the year reached 613,000, up 29.9%
    year-on-year.
    ```
    (613,000 / 1.299 is about 471,900, not 480,000.)

    ## Use instead
    Correct the rate or the figure so that they connect the two published values:
    ```text
    report-2026.md: Patent transfer licenses filed for the year reached 613,000, up 27.7%
    year-on-year.
    ```
    """
    indexes = [(document, claims_by_metric(document)) for document in documents]
    # (metric, year) -> every document stating it: a lookup per change instead of a scan of every
    # other document.
    stated: dict[MetricYear, list[tuple[SeriesDocument, Claim]]] = {}
    for document, index in indexes:
        for metric_year, claim in index.items():
            stated.setdefault(metric_year, []).append((document, claim))
    for document, index in indexes:
        for (key, year), claim in index.items():
            implied = implied_previous(claim)
            if implied is None:
                continue
            for other, previous in stated.get((key, year - 1), ()):
                if other is document or other.report.source.sha256 == document.report.source.sha256:
                    continue
                if overlap(implied, interval(previous)):
                    continue
                change = claim.yoy
                assert change is not None  # implied_previous returned a range
                centre = (implied[0] + implied[1]) / 2
                message = (
                    f"{claim.subject or 'figure'}: {claim.text} for {year}, {change.text}, implies "
                    f"about {_format(centre)} for {year - 1}, but {other.name} gives {previous.text} "
                    f"for {year - 1}"
                )
                evidence = [document.claim_evidence(claim),
                            document.evidence(change.start, change.end, change.text),
                            other.claim_evidence(previous)]
                yield make_cross_finding(RULE, document, message, evidence,
                                         key=(describe(key), str(year)))


def _format(value: float) -> str:
    """Four significant figures: the implied value is an estimate, not a figure to copy."""
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    rounded = round(value, 3 - magnitude)
    return f"{rounded:,.0f}" if magnitude >= 3 else f"{rounded:,.{max(0, 3 - magnitude)}f}".rstrip("0").rstrip(".")


RULE = CrossRule(code="IPN502", name="yoy-implies-other-previous", severity="error", check=check)
