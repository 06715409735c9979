"""IPN303 enumeration-order."""

from __future__ import annotations

from collections.abc import Iterator

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._enumeration import enumerations_by_section


def check(view: ReportView) -> Iterator[Finding]:
    """An enumeration in running text skips or repeats an ordinal.

    ## What it does
    Reads the ordinals that open sentences ("First, ...", "Secondly, ...", "The third is ...")
    within one section and reports an item whose number is not the previous one plus one: a skip
    ("First ... Second ... Fourth"), a repeat ("Second ... Second") or a list that starts past one.
    An item numbered one starts a new enumeration.

    ## Why it matters
    A skipped or repeated ordinal means an item was deleted, duplicated or reordered while editing,
    and readers counting the items will be misled.

    ## Example
    ```text
    First, we improved the rules. Second, we trained examiners. Fourth, we opened new centres.
    ```

    ## Use instead
    ```text
    First, we improved the rules. Second, we trained examiners. Third, we opened new centres.
    ```
    """
    for items in enumerations_by_section(view):
        previous = None
        for item in items:
            word = view.text[item.start:item.end]
            if item.value == 1:
                previous = item
                continue
            if previous is None:
                yield make_finding(RULE, view, f"The enumeration starts at {word!r} ({item.value}); no "
                                   "earlier item of it opens a sentence in this section.",
                                   [(item.lead_start, item.lead_end)])
            elif item.value == previous.value:
                yield make_finding(RULE, view, f"Enumeration item {word!r} repeats ordinal {item.value} "
                                   "of the previous item.",
                                   [(previous.lead_start, previous.lead_end), (item.lead_start, item.lead_end)])
            elif item.value != previous.value + 1:
                what = "skips to" if item.value > previous.value else "goes back to"
                yield make_finding(RULE, view, f"The enumeration {what} {word!r} ({item.value}) after "
                                   f"item {previous.value}; {previous.value + 1} was expected.",
                                   [(previous.lead_start, previous.lead_end), (item.lead_start, item.lead_end)])
            previous = item


RULE = Rule(code="IPN303", name="enumeration-order", severity="warning", check=check)
