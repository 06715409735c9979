"""IPN501 restated-value-mismatch."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...models import Claim, Finding
from .base import CrossRule, SeriesDocument, make_cross_finding
from .index import MetricPeriod, claims_by_metric
from .metrics import agree, describe, readable_subject
from .verdict import likely_right


def check(documents: Sequence[SeriesDocument]) -> Iterator[Finding]:
    """A metric for one period is given different values by two reports of one series.

    ## What it does
    Compares every figure a report gives for a past period with the figure another report of the
    same series gives for the same metric and period — the 2023 report's classified loan ratio at
    the end of 2023 against the 2024 report's figure for the end of 2023 — and flags pairs that
    disagree beyond the precision the wording allows. A metric is its subject's content words and
    its unit; a period is a single year, fiscal year, half, quarter, month or day ("2023",
    "FY2023/24", "2023-Q4", "2023-12-31"). Two figures written to the same precision agree only when
    equal ("0.88%" and "0.89%" cannot round from one value); a coarser one agrees when the finer
    rounds to it ("1.4%" and "1.38%"); qualifiers are respected ("more than 22,000" agrees with
    22,400). The message says which report is likely right: the later one, which usually carries
    the revised figure, and says so for certain when its sentence says "revised" or "restated" or
    the earlier one called its figure "preliminary" or "provisional".

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

    ## Known limitations
    Forecasts (subjects the extractor marks "forecast": "we expect a deficit of $0.4 billion for
    FY2023") are never compared, so a later report's revised estimate is no finding.
    Spans are never compared: "since its inception in 2009", "from 1994 to 2022" and averages
    over a span are cumulative figures whose value moves with their end, so a restated span figure
    is missed. A stock at a day ("at the end of 2022") and a figure for the year ("in 2022") are
    different periods, so a year-end ratio worded both ways is missed. Subjects must match as word
    sets after dropping function words, period phrases and a scope phrase ("of the banking
    sector"): one metric named in other words in each report is missed, and two sectors' ratios
    named alike ("the classified loan ratio of the banking sector" / "... of the insurance
    sector") are taken for one. A growth rate written as a bare figure ("after expanding by 3.7%")
    is compared as a level with a level of the same subject. Bare numbers of up to three digits
    without a counted noun are compared only when their subject has three content words or more,
    and numbers before a capitalised noun never (they are labels as often as figures: "Chart 1",
    "Standard & Poor's 500", "Pillar 32 Disclosure Requirements"): "Loans reached 913" is missed.
    The verdict on which report is right reads the sentences only when the texts were kept
    (``cross_check`` with texts; not ``ipnlp check``, which keeps slim reports).
    """
    # (metric, year) -> the earlier documents stating it: a lookup per figure, not a scan of every
    # pair of documents, so a long series stays linear in its figures.
    stated: dict[MetricPeriod, list[tuple[SeriesDocument, Claim]]] = {}
    for later in documents:
        later_index = claims_by_metric(later)
        for metric_period, later_claim in later_index.items():
            for earlier, earlier_claim in stated.get(metric_period, ()):
                if earlier.report.source.sha256 == later.report.source.sha256:
                    continue  # the same document given twice
                if agree(earlier_claim, later_claim):
                    continue
                period = metric_period[1]
                message = (
                    f"{readable_subject(later_claim.subject) or 'figure'} for {period} is {later_claim.text} in "
                    f"{later.name} but {earlier_claim.text} in {earlier.name}: a restated value "
                    f"differs from the one published before; {likely_right(later, later_claim, earlier, earlier_claim)}"
                )
                yield make_cross_finding(
                    RULE, later, message,
                    [later.claim_evidence(later_claim), earlier.claim_evidence(earlier_claim)],
                    key=(describe(metric_period[0]), period),
                )
        for metric_period, claim in later_index.items():
            stated.setdefault(metric_period, []).append((later, claim))


RULE = CrossRule(code="IPN501", name="restated-value-mismatch", severity="error", check=check)
