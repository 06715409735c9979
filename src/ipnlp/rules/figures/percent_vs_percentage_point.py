"""IPN401 percent-vs-percentage-point: the change of a share or rate written with "%"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import Claim, Finding
from ...view import ReportView
from ..base import Rule, make_finding
from . import _words as words
from ._common import clause_start, format_value, is_previous_value

_RATE_OR_SHARE_BEFORE = re.compile(words.RATE_OR_SHARE_BEFORE, re.IGNORECASE)
_RATE_OR_SHARE_AFTER = re.compile(words.RATE_OR_SHARE_AFTER, re.IGNORECASE)
_PERCENT_FIGURE = re.compile(r"\d\s*(?:%|per\s*cent\b)", re.IGNORECASE)
# Words between a level and a change that hand the change to another subject: "the fund returned
# 9.7%, while the bond portfolio gained 2.5%".
_OTHER_SUBJECT = re.compile(r"[;:]|\b(?:while|whereas|but|and|compared|against|versus)\b", re.IGNORECASE)
# How far before the level a rate or share word may stand ("the share of exports in output was").
_CUE_WINDOW = 80


def check(view: ReportView) -> Iterator[Finding]:
    """The change of a share or rate is written in percent instead of percentage points.

    ## What it does
    Reports the level of a share or a rate ("accounted for 13.2% of output", "the vacancy rate
    was 4.1%") followed by its change written with "%" ("an increase of 0.5%").
    The difference between two percentages is measured in percentage points; "%" reads as a
    relative change. A relative change of a count or an amount ("housing prices fell 15%", "the
    economy grew by 3.6%") is correct in percent and is never reported.

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

    ## Known limitations
    The level must be named a share or a rate by its own wording (followed by "of", or after
    "accounted for", "share", "rate", "ratio", "proportion", "yield", "margin" in its clause); a
    share named only by a subject elsewhere ("Exports were 13.2%, up 0.5%") is missed. A change
    that the text marks as relative in words ("up 4% in relative terms") is still reported, and
    the change must come after the level with no other percentage and no "while", "and", "but" or
    ";" between them, so "a share of 21%, and up 3% on the year" is missed.
    """
    for claim in view.claims:
        if claim.unit != "percent" or claim.yoy is None or claim.yoy.unit != "percent":
            continue
        if not _is_level_with_later_change(view, claim) or not _names_rate_or_share(view, claim):
            continue
        yield make_finding(
            RULE, view,
            f"{format_value(claim)} is a percentage; its change {claim.yoy.text.strip()!r} should be "
            f"stated in percentage points, or as a relative change in words that say so.",
            [(claim.start, claim.end), (claim.yoy.start, claim.yoy.end)],
        )


def _is_level_with_later_change(view: ReportView, claim: Claim) -> bool:
    """The claim is a level of its own ("13.04%"), not the change itself ("grew by 3.6%") nor the
    earlier value of one ("up from 4.4%"), and its change follows it with no other percentage and
    no clause of another subject ("while", "and", ";") between them: else it is that one's change."""
    change = claim.yoy
    assert change is not None
    if change.start < claim.end or is_previous_value(view, claim):
        return False
    return (_PERCENT_FIGURE.search(view.text, claim.end, change.start) is None
            and _OTHER_SUBJECT.search(view.text, claim.end, change.start) is None)


def _names_rate_or_share(view: ReportView, claim: Claim) -> bool:
    start = max(clause_start(view, claim), claim.start - _CUE_WINDOW)
    return bool(_RATE_OR_SHARE_AFTER.search(view.text[claim.end:claim.end + 20])
                or _RATE_OR_SHARE_BEFORE.search(view.text, start, claim.start))


RULE = Rule(code="IPN401", name="percent-vs-percentage-point", severity="warning", check=check)
