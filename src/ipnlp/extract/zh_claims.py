"""The claims of one Chinese sentence: mentions (``zh_numbers``), ranges ("2,000至3,000億港元",
"負1.5至0.5%", "2.9%至3.1%"), the Chinese recognizers, and stated changes given to the figure they
modify ("达到104.5万件，同比增长13.5%": the 13.5% is a claim and the 104.5万件's ``yoy``).

The English ``claims._sentence_claims`` reads ranges and changes with English word order ("between
15 and 20", "rose 9% to"); Chinese puts the change word before the figure and joins a range with 至,
so this module replaces that one step and leaves the rest of the pipeline shared.
"""

from __future__ import annotations

import itertools
from functools import cache

import regex

from ..lang import load
from ..models import Change
from .numbers import Mention, find_mentions
from .recognizers import DocumentFacts, Draft, Reading, read_mention
from .zh_context import LIST_JOINERS, qualifier_before

# "2,000至3,000", "2.9%至3.1%", "負1.5至0.5%", "15-20": what may join the two ends of a range.
_RANGE_JOINER = regex.compile(r"\s?(?P<unit>[%％])?\s?(?:至|到|[-–—~～])\s?")


def sentence_claims(text: str, sentence: tuple[int, int], lang: str, document: DocumentFacts, *,
                    limit: int) -> list[Draft]:
    s0, s1 = sentence
    mentions = find_mentions(text, s0, s1, lang, limit=limit + 1)
    range_starts = _range_pairs(text, mentions)
    drafts: list[Draft] = []
    for index, mention in enumerate(mentions):
        if index in range_starts:
            continue  # read with the end of its range, below
        in_range = index - 1 in range_starts
        reading = Reading(text, sentence, mention, lang, drafts, document, in_range=in_range)
        result = read_mention(reading)
        if not isinstance(result, Draft):
            continue
        if in_range:
            low = mentions[index - 1]
            low_value = low.value
            if mention.scaled and not low.scaled and mention.multiplier != 1 and \
                    abs(low_value) < abs(mention.value / mention.multiplier):
                low_value *= mention.multiplier  # "2,000至3,000億港元": the scale is written once
            result.value_high, result.value = result.value, low_value
            qualifier = qualifier_before(text, low.start, s0, lang)
            result.qualifier = qualifier[0] if qualifier else "exact"
            result.start = low.start
            result.number_start = low.start
            result.yoy = None  # a range of levels, not of changes
        drafts.append(result)
    _share_list_changes(text, drafts)
    _give_changes_to_owners(text, drafts)
    return drafts


def _share_list_changes(text: str, drafts: list[Draft]) -> None:
    """ "分別下跌16.2%及19.8%": the later figures of a list of changes are changes the same way."""
    for before, draft in itertools.pairwise(drafts):
        if draft.yoy is None and before.yoy is not None and before.unit == draft.unit and \
                text[before.end:draft.start].strip() in LIST_JOINERS:
            direction = "down" if draft.value < 0 else before.yoy.direction
            draft.yoy = Change(value=float(abs(draft.value)), unit=before.yoy.unit, direction=direction,
                               start=draft.start, end=draft.end, text=text[draft.start:draft.end])


def _range_pairs(text: str, mentions: list[Mention]) -> set[int]:
    """Indexes of mentions that open a range with the next one."""
    data = load("zh")
    starts = set()
    for index in range(len(mentions) - 1):
        low, high = mentions[index], mentions[index + 1]
        if low.kind not in ("digits", "word") or high.kind != low.kind or low.suffix or high.suffix:
            continue
        if _year_like(low, data) or _year_like(high, data):
            continue  # "2018至2022年": a span of years
        joiner = _RANGE_JOINER.fullmatch(text, low.end, high.start)
        if joiner is None:
            continue
        if joiner.group("unit") and text[high.end:high.end + 1] not in "%％":
            continue  # "9%至640": both ends of a range carry the same unit
        starts.add(index)
    return starts


def _year_like(mention: Mention, data) -> bool:
    return (mention.kind == "digits" and not mention.has_comma and not mention.has_decimal and not mention.scaled
            and mention.number_end - mention.start == 4 and data.YEAR_MIN <= mention.value <= data.YEAR_MAX)


def _give_changes_to_owners(text: str, drafts: list[Draft]) -> None:
    """A change figure right after a figure of another unit ("达到104.5万件，同比增长13.5%") is that
    figure's change too; a change that leads to a figure ("上升4%至59,797宗") is not."""
    for index in range(1, len(drafts)):
        change, owner = drafts[index], drafts[index - 1]
        if change.yoy is None or owner.yoy is not None or owner.unit == change.unit or owner.unit == "rank":
            continue
        if _owner_gap().fullmatch(text, owner.end, change.yoy.start):
            owner.yoy = change.yoy
            change.notes.append(f"change of the figure before: {text[owner.start:owner.end]}")


__all__ = ["sentence_claims"]


@cache
def _owner_gap() -> regex.Pattern[str]:
    """Between a figure and a change of it: a comma, a yoy marker, adverbs ("，同比", "，全年大幅")."""
    data = load("zh")
    markers = "|".join(sorted(data.YOY_MARKERS, key=len, reverse=True))
    return regex.compile(rf"\s?[，,、]?\s?(?:{markers}|全年|年内|年內)?{data.CHANGE_GAP}")
