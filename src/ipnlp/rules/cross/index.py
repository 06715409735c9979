"""Each document's claims indexed by (metric, year), keeping only figures a document states once."""

from __future__ import annotations

from ...models import Claim
from .base import SeriesDocument
from .metrics import MetricKey, interval, metric_key, year_of

MetricYear = tuple[MetricKey, int]


def claims_by_metric(document: SeriesDocument) -> dict[MetricYear, Claim]:
    """(metric, year) -> the claim stating it. Where one report gives a metric two incompatible
    values (its own IPN101 conflict) the metric is left out: which one a later report restates is
    unknowable, and the conflict is already reported inside that report."""
    found: dict[MetricYear, list[Claim]] = {}
    for claim in document.report.claims:
        key = metric_key(claim)
        year = year_of(claim.period)
        if key is not None and year is not None:
            found.setdefault((key, year), []).append(claim)
    index: dict[MetricYear, Claim] = {}
    for metric_year, claims in found.items():
        ranges = [interval(c) for c in claims]
        # Every pair of ranges meets exactly when the highest low is under the lowest high (one
        # pass, where comparing every pair is quadratic in how often a metric is stated).
        if max(low for low, _ in ranges) <= min(high for _, high in ranges):
            # the narrowest range is the most precise statement of the figure
            index[metric_year] = min(claims, key=lambda c: _width(interval(c)))
    return index


def _width(bounds: tuple[float, float]) -> float:
    return bounds[1] - bounds[0]
