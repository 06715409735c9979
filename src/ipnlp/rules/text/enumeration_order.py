"""IPN303 enumeration-order."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ...lang import zh_text
from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import ordinal_words
from ._enumeration import enumerations_by_section

# How far back an enumeration's earlier item may stand when it opens no sentence the segmenter
# found ("105.  First, we ...", "One is the GST Voucher ... The second is ...").
_LOOKBACK = 3000
# Item one said with a cardinal: "There are two prongs. One is ...".
_CARDINAL_FIRST = r"One\s+(?:is|was|are|were)\b"


def check(view: ReportView) -> Iterator[Finding]:
    """An enumeration in running text skips or repeats an ordinal.

    ## What it does
    Reads the ordinals that open sentences ("First, ...", "Secondly, ...", "The third is ...")
    within one section and reports an item whose number is not the previous one plus one: a skip
    ("First ... Second ... Fourth"), a repeat ("Second ... Second") or a list that starts past one.
    An item numbered one starts a new enumeration.

    In Chinese the items are "一是……；二是……" and "第一，……第二，……", also after a colon
    or comma inside a sentence ("主要做了以下工作：一是……"), never inside a word ("统一是").

    ## Why it matters
    A skipped or repeated ordinal means an item was deleted, duplicated or reordered while editing,
    and readers counting the items will be misled.

    ## Example
    ```text
    First, we improved the rules. Second, we trained examiners. Fourth, we opened new centres.
    ```

    A list that seems to start past one is not reported when its previous item is written
    shortly before in a form that opens no sentence ("105.  First, we ...", "One is ... The second
    is ...").

    ## Use instead
    ```text
    First, we improved the rules. Second, we trained examiners. Third, we opened new centres.
    ```

    ## Known limitations
    Only ordinals that open a sentence are followed; "firstly" inside a sentence, numbered lists
    ("1.", "(a)") and enumerations spread over sections are not. An earlier item found only by
    the look-back (3,000 characters) is trusted without checking that it belongs to the same list.
    """
    for items in enumerations_by_section(view):
        previous = None
        for item in items:
            word = view.text[item.start:item.end]
            if item.value == 1:
                previous = item
                continue
            if previous is None:
                if _earlier_item_in_text(view, item.lead_start, item.value - 1):
                    continue
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


def _earlier_item_in_text(view: ReportView, before: int, value: int) -> bool:
    """Whether the item numbered ``value`` is written shortly before ``before`` as a capitalised
    ordinal ("Second", "Secondly", "The second") or, for item one, as "One is"."""
    if 0 < value < 100:  # "一是" / "第一，" written before, as Chinese writes item one
        numeral = zh_text.han_numeral(value)
        leads = regex.escape(zh_text.ENUMERATION_LEADS)
        first = f"|{zh_text.ENUMERATION_FIRST}" if value == 1 else ""
        item = regex.compile(rf"(?<![^{leads}\s]){numeral}是|第{numeral}[，,、]{first}")  # not "统一是"
        if item.search(view.text, max(0, before - _LOOKBACK), before):
            return True
    words = [w for w, v in ordinal_words().items() if v == value and w.isalpha()]
    if not words:
        return False
    forms = "|".join(sorted((w.capitalize() for w in words), key=len, reverse=True))
    lower = "|".join(sorted(words, key=len, reverse=True))
    pattern = rf"\b(?:(?:{forms})\b|[Tt]he\s+(?:{lower})\b" + (rf"|{_CARDINAL_FIRST})" if value == 1 else ")")
    return regex.compile(pattern).search(view.text, max(0, before - _LOOKBACK), before) is not None


RULE = Rule(code="IPN303", name="enumeration-order", severity="warning", check=check)
