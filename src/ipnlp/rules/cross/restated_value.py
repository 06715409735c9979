"""IPN501 restated-value-mismatch."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...models import Claim, Finding
from .base import CrossRule, SeriesDocument, make_cross_finding
from .index import MetricYear, claims_by_metric
from .metrics import describe, interval, overlap


def check(documents: Sequence[SeriesDocument]) -> Iterator[Finding]:
    """A metric for one period is given different values by two reports of one series.

    ## What it does
    Compares every figure a report gives for a past period with the figure another report of the
    same series gives for the same metric and period — the 2025 report's figure for 2024 against
    the 2026 report's figure for 2024 — and flags pairs that disagree beyond the precision the
    wording allows. Metrics are matched by their subject's content words and unit; qualifiers are
    respected ("more than 22,000" agrees with 22,400).

    ## Why it matters
    A restated figure that silently differs from the published one is either a revision that
    readers must be told about or a copying error. Either way, the two reports cannot both be
    quoted.

    ## Example
    ```text
    report-2025.md: The number of patent transfer licenses filed for the year reached 613,000.
    report-2026.md: In 2024, the number of patent transfer licenses filed reached 631,000.
    ```

    ## Use instead
    Restate the published figure, or say that it was revised:
    ```text
    report-2026.md: In 2024, the number of patent transfer licenses filed reached 631,000
    (revised from 613,000).
    ```
    """
    # (metric, year) -> the earlier documents stating it: a lookup per figure, not a scan of every
    # pair of documents, so a long series stays linear in its figures.
    stated: dict[MetricYear, list[tuple[SeriesDocument, Claim]]] = {}
    for later in documents:
        later_index = claims_by_metric(later)
        for metric_year, later_claim in later_index.items():
            for earlier, earlier_claim in stated.get(metric_year, ()):
                if earlier.report.source.sha256 == later.report.source.sha256:
                    continue  # the same document given twice
                if overlap(interval(earlier_claim), interval(later_claim)):
                    continue
                year = metric_year[1]
                message = (
                    f"{later_claim.subject or 'figure'} for {year} is {later_claim.text} in "
                    f"{later.name} but {earlier_claim.text} in {earlier.name}: a restated value "
                    f"differs from the one published before"
                )
                yield make_cross_finding(
                    RULE, later, message,
                    [later.claim_evidence(later_claim), earlier.claim_evidence(earlier_claim)],
                    key=(describe(metric_year[0]), str(year)),
                )
        for metric_year, claim in later_index.items():
            stated.setdefault(metric_year, []).append((later, claim))


RULE = CrossRule(code="IPN501", name="restated-value-mismatch", severity="error", check=check)
