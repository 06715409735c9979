"""IPN104 shares-not-100: shares of one whole that do not add up to about 100%."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import Finding
from ...view import ReportView
from .._languages import any_language
from ..base import Rule, make_finding
from . import _words as words
from ._common import format_value, is_change_figure, is_previous_value, rounding_tolerance

_SHARE = re.compile(any_language(words.SHARE_CUES, "SHARE_CUES"), re.IGNORECASE)
_PARTITION = re.compile(any_language(words.PARTITION_CUES, "PARTITION_CUES"), re.IGNORECASE)


def check(view: ReportView) -> Iterator[Finding]:
    """Shares that divide one whole do not add up to 100%.

    ## What it does
    Looks at sentences that split a whole into shares: at least two percentages, a share cue
    ("accounted for", "share", "proportion", "% of") and a partition cue ("respectively", "the
    rest", "the remaining", "divided into", "broken down"). The percentages that are levels (not
    year-on-year changes, not earlier values) must add up to 100%, within the rounding of the
    figures as written (three shares written to whole percents may add up to 99% or 101%).

    In Chinese the cues are "占比", "比重" with "分别", "其余"; a change figure ("同比增长5.6%")
    is not a share.

    ## Why it matters
    A breakdown of a whole that covers more or less than all of it means a share is mistyped or
    missing, and any figure derived from the shares is off.

    ## Example
    ```text
    Domestic applicants, foreign applicants and the rest accounted for 71%, 18% and 7% respectively.
    ```

    ## Use instead
    ```text
    Domestic applicants, foreign applicants and the rest accounted for 71%, 18% and 11% respectively.
    ```

    ## Known limitations
    It needs a partition cue in the sentence. Shares of two different wholes written in one
    sentence with "respectively" may be taken for one partition; shares given across sentences are
    not checked.
    """
    by_sentence: dict[tuple[int, int], list] = {}
    for claim in view.claims:
        if claim.unit == "percent" and not is_previous_value(view, claim) and not is_change_figure(claim):
            by_sentence.setdefault((claim.sentence.start, claim.sentence.end), []).append(claim)
    for (start, end), shares in by_sentence.items():
        if len(shares) < 2:
            continue
        if not (_SHARE.search(view.text, start, end) and _PARTITION.search(view.text, start, end)):
            continue
        if any(c.qualifier != "exact" for c in shares):
            continue
        total = sum(float(c.value) for c in shares)
        tolerance = sum(rounding_tolerance(c) for c in shares) + 1e-9
        if abs(total - 100.0) > tolerance:
            listed = " + ".join(format_value(c) for c in shares)
            yield make_finding(
                RULE, view,
                f"Shares of one whole add up to {total:.10g}%, not 100%: {listed}.",
                [(c.start, c.end) for c in shares],
            )


RULE = Rule(code="IPN104", name="shares-not-100", severity="warning", check=check)
