"""IPN304 enumeration-style."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._enumeration import enumerations_by_section

_STYLE_NAMES = {"adverb-ly": '"Firstly"-style adverbs', "bare": '"First"-style ordinals',
                "clause": '"The second is"-style clauses', "cn-shi": '"一是"-style items',
                "cn-di": '"第一，"-style items'}


def check(view: ReportView) -> Iterator[Finding]:
    """Enumerations mix ordinal forms ("First" / "Secondly" / "The third is").

    ## What it does
    Counts the forms in which the report's enumerations introduce their items: plain ordinals
    ("First,"), "-ly" adverbs ("Firstly,") and clauses ("The second is to ..."). When more than one
    form is used it reports the rarest form, where it occurs, with the counts of every form.

    Chinese enumerations count as two forms: "一是" items and "第一，" items.

    ## Why it matters
    One form throughout reads as one voice; a mix is a sign of several drafters or translators
    and distracts from the content. Clause forms also break the parallel structure of the list.

    ## Example
    ```text
    First, we improved the rules. The second is to train examiners. Thirdly, we opened centres.
    ```

    ## Use instead
    ```text
    First, we improved the rules. Second, we trained examiners. Third, we opened centres.
    ```

    ## Known limitations
    Forms are counted over the whole report, so two enumerations written in different forms in
    unrelated chapters are reported as a mix. Only ordinals that open a sentence are counted.
    """
    items = [item for group in enumerations_by_section(view) for item in group]
    counts = Counter(item.style for item in items)
    if len(counts) < 2:
        return
    fewest = min(counts.values())
    rare_styles = {style for style, n in counts.items() if n == fewest}
    rare = [item for item in items if item.style in rare_styles]
    summary = ", ".join(f"{_STYLE_NAMES[style]} {n} time(s)" for style, n in counts.most_common())
    yield make_finding(RULE, view, f"Enumeration ordinals mix forms: {summary}; the rarest form is "
                       "shown. Pick one form for every enumeration.",
                       [(item.lead_start, item.lead_end) for item in rare])


RULE = Rule(code="IPN304", name="enumeration-style", severity="info", check=check)
