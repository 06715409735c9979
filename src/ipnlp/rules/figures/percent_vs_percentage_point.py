"""IPN401 percent-vs-percentage-point: the change of a share or rate written with "%"."""

from __future__ import annotations

from collections.abc import Iterator

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import format_value


def check(view: ReportView) -> Iterator[Finding]:
    """The change of a share or rate is written in percent instead of percentage points.

    ## What it does
    Reports a percentage (a share, a rate, a ratio) whose year-on-year change is written with
    "%" ("accounted for 13.2% of output, an increase of 0.5%"). The difference between two
    percentages is measured in percentage points; "%" reads as a relative change.

    ## Why it matters
    "Up 0.5%" on a share of 13.2% can mean 13.7% (points) or 13.27% (relative). Readers cannot
    tell which, and the two differ by an order of magnitude.

    ## Example
    ```text
    Research spending accounted for 2.68% of GDP, an increase of 0.12% over the previous year.
    ```

    ## Use instead
    ```text
    Research spending accounted for 2.68% of GDP, 0.12 percentage points more than the previous year.
    ```
    """
    for claim in view.claims:
        if claim.unit != "percent" or claim.yoy is None or claim.yoy.unit != "percent":
            continue
        yield make_finding(
            RULE, view,
            f"{format_value(claim)} is a percentage; its change {claim.yoy.text.strip()!r} should be "
            f"stated in percentage points, or as a relative change in words that say so.",
            [(claim.start, claim.end), (claim.yoy.start, claim.yoy.end)],
        )


RULE = Rule(code="IPN401", name="percent-vs-percentage-point", severity="warning", check=check)
