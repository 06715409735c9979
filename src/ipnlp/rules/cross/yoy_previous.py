"""IPN502 yoy-implies-other-previous."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from ...models import Claim, Finding
from .base import CrossRule, SeriesDocument, make_cross_finding
from .index import MetricPeriod, claims_by_metric
from .metrics import describe, implied_previous, interval, overlap, readable_subject
from .periods import previous_period


def check(documents: Sequence[SeriesDocument]) -> Iterator[Finding]:
    """A year-on-year change implies a previous value that another report contradicts.

    ## What it does
    "X, up p% year-on-year" for year Y implies last year's value X / (1 + p/100) ("down": divided
    by 1 - p/100; a change in percentage points of a rate adds or subtracts). The rule looks up
    the figure another report of the same series gave for the same metric for the same period a
    year before, and flags it when no values within the stated rounding of X, p and that figure
    agree.

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

    ## Known limitations
    The previous period is the same period a year before ("2023-12-31" -> "2022-12-31",
    "2023-Q4" -> "2022-Q4", "FY2023/24" -> "FY2022/23"); a change against the previous quarter
    or half is read as against a year before only if the extractor gave it that baseline. A change
    in percent of a percentage implies nothing (it may be relative or a misused percentage point).
    Metrics match as in IPN501, with its limitations. When the reports disagree, the later report
    may have computed its change from a revised figure; the message says so but cannot tell a
    revision from a wrong rate.
    """
    indexes = [(document, claims_by_metric(document)) for document in documents]
    # (metric, period) -> every document stating it: a lookup per change instead of a scan of every
    # other document.
    stated: dict[MetricPeriod, list[tuple[SeriesDocument, Claim]]] = {}
    for document, index in indexes:
        for metric_period, claim in index.items():
            stated.setdefault(metric_period, []).append((document, claim))
    for document, index in indexes:
        for (key, period), claim in index.items():
            implied = implied_previous(claim)
            before = previous_period(period)
            if implied is None or before is None:
                continue
            for other, previous in stated.get((key, before), ()):
                if other is document or other.report.source.sha256 == document.report.source.sha256:
                    continue
                if overlap(implied, interval(previous)):
                    continue
                change = claim.yoy
                assert change is not None  # implied_previous returned a range
                centre = (implied[0] + implied[1]) / 2
                message = (
                    f"{readable_subject(claim.subject) or 'figure'}: {claim.text} for {period}, {change.text}, implies "
                    f"about {_format(centre)} for {before}, but {other.name} gives {previous.text} "
                    f"for {before}; {_likely_right(document, other)}"
                )
                evidence = [document.claim_evidence(claim),
                            document.evidence(change.start, change.end, change.text),
                            other.claim_evidence(previous)]
                yield make_cross_finding(RULE, document, message, evidence,
                                         key=(describe(key), period))


def _likely_right(document: SeriesDocument, other: SeriesDocument) -> str:
    if other.year < document.year:
        return (f"{document.name} may have computed the change from a revised figure for the earlier "
                "period: say so, or check the rate")
    return f"{other.name}, the later report, may carry a revised figure for that period"


def _format(value: float) -> str:
    """Four significant figures: the implied value is an estimate, not a figure to copy."""
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    rounded = round(value, 3 - magnitude)
    return f"{rounded:,.0f}" if magnitude >= 3 else f"{rounded:,.{max(0, 3 - magnitude)}f}".rstrip("0").rstrip(".")


RULE = CrossRule(code="IPN502", name="yoy-implies-other-previous", severity="error", check=check)
