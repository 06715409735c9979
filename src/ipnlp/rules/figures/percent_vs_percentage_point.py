"""IPN401 percent-vs-percentage-point: the change of a share or rate written with "%"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...lang import zh_text
from ...models import Change, Finding
from ...view import ReportView
from .._languages import any_language
from ..base import Rule, make_finding
from . import _words as words
from ._common import is_change_figure, is_previous_value, sentence_of

_RATE_OR_SHARE_BEFORE = re.compile(any_language(words.RATE_OR_SHARE_BEFORE, "RATE_OR_SHARE_BEFORE"), re.IGNORECASE)
_RATE_OR_SHARE_AFTER = re.compile(words.RATE_OR_SHARE_AFTER, re.IGNORECASE)
_PERCENT_FIGURE = re.compile(r"\d\s*(?:[%％]|per\s*cent\b)", re.IGNORECASE)
# Words between a level and a change that hand the change to another subject: "the fund returned
# 9.7%, while the bond portfolio gained 2.5%".
_OTHER_SUBJECT = re.compile(any_language(r"[;:]|\b(?:while|whereas|but|and|compared|against|versus)\b",
                                         "OTHER_SUBJECT"), re.IGNORECASE)
# Where a level's own clause starts: after ";" (English) or a Chinese clause mark ("，" too: "全省有效
# 发明专利中，高价值发明专利占比达到45.2%" names its share in its own clause).
_CLAUSE_STARTS = ";" + zh_text.CLAUSE_MARKS
# "made up 21%": the extractor takes "up 21%" for a change; preceded by "made" it is a share.
_MADE_UP = re.compile(r"(?<=\bmade\s)up\s+(?P<level>\d)", re.IGNORECASE)
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

    In Chinese the level is a share or a rate by "占比", "比重", "比例" or a word in "率", and
    the change may be written as a figure of its own right after it ("占比达到45.2%，比上年提高0.7%").

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
    for (start, end), change in _levels_with_changes(view):
        between = (end, change.start)
        if _PERCENT_FIGURE.search(view.text, *between) or _OTHER_SUBJECT.search(view.text, *between):
            continue  # the change belongs to another figure or another subject
        if not _names_rate_or_share(view, start, end):
            continue
        yield make_finding(
            RULE, view,
            f"{view.text[start:end].strip()} is a percentage; its change {change.text.strip()!r} should be "
            f"stated in percentage points, or as a relative change in words that say so.",
            [(start, end), (change.start, change.end)],
        )


def _levels_with_changes(view: ReportView) -> Iterator[tuple[tuple[int, int], Change]]:
    """(span of a percentage level, the change stated after it).

    The level is a figure of its own ("13.04%"), not the change itself ("grew by 3.6%") nor the
    earlier value of one ("up from 4.4%"). "made up 21% of lending, up 3% ..." is read by the
    extractor as two changes; the first is the level of a share.
    """
    claims = sorted(view.claims, key=lambda c: c.start)
    for index, claim in enumerate(claims):
        if claim.unit != "percent":
            continue
        change = claim.yoy
        if change is not None and change.unit == "percent" and change.start >= claim.end:
            if not is_previous_value(view, claim):
                yield (claim.start, claim.end), change
            continue
        following = claims[index + 1] if index + 1 < len(claims) else None
        if (change is None and following is not None and is_change_figure(following)
                and following.yoy is not None and following.yoy.unit == "percent"
                and following.sentence == claim.sentence and not is_previous_value(view, claim)):
            # "占比达到45.2%，比上年提高0.7%": the change is a figure of its own, right after the level.
            yield (claim.start, claim.end), following.yoy
            continue
        made_up = _MADE_UP.search(view.text, claim.start, claim.end)
        if made_up is None or index + 1 == len(claims):
            continue
        following = claims[index + 1]
        growth = following.yoy
        if (growth is not None and growth.unit == "percent" and following.sentence == claim.sentence
                and growth.start < following.end and following.start < growth.end):
            yield (made_up.start("level"), claim.end), growth


def _names_rate_or_share(view: ReportView, start: int, end: int) -> bool:
    """A rate or share word in the level's clause (at most _CUE_WINDOW before it), or "of" after it."""
    sentence_start = sentence_of(view, start)[0]
    clause_start = max(view.text.rfind(mark, sentence_start, start) for mark in _CLAUSE_STARTS) + 1 \
        or sentence_start
    return bool(_RATE_OR_SHARE_AFTER.search(view.text[end:end + 20])
                or _RATE_OR_SHARE_BEFORE.search(view.text, max(clause_start, start - _CUE_WINDOW), start))


RULE = Rule(code="IPN401", name="percent-vs-percentage-point", severity="warning", check=check)
