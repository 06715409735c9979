"""One small recognizer per quantity family, tried in order on every number mention.

The shape follows Presidio's predefined recognizers and spaCy's language data: each family is a
module with one ``recognize(reading)`` function and its words in the language data
(``lang/<code>.py``, ``data/<code>/*.tsv``); this list is the registry. The first recognizer that
answers decides: a ``Draft`` (a claim), a ``Change`` (a stated change for a nearby figure),
``SKIP`` (certainly not a claim) or None (not this family; try the next).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ...lang import load
from ...models import Change
from . import (
    counts,
    durations,
    money,
    multiples,
    percent,
    ranks,
    references,
    words,
    zh_counts,
    zh_money,
    zh_percent,
    zh_ranks,
    zh_references,
)
from .base import SKIP, DocumentFacts, Draft, Reading

Recognizer = Callable[[Reading], "Draft | Change | object | None"]

RECOGNIZERS: tuple[Recognizer, ...] = (
    multiples.recognize,  # "doubled", "halved", "sixfold", "6-fold"
    references.recognize,  # references, labels, names, codes, clock times, dates, age conditions
    ranks.recognize,  # ordinals that rank something
    words.recognize,  # number words that are idioms, groups or partitives; "first three quarters"
    money.recognize,  # currencies before or after, cents and pence, accounting brackets
    percent.recognize,  # percent, percentage points, basis points, index points; stated changes
    durations.recognize,  # months, years, times
    counts.recognize,  # a counted noun, or a bare count
)

# Chinese (the Han number grammar): the same contract, its own families (recognizers/zh_*.py).
RECOGNIZERS_HAN: tuple[Recognizer, ...] = (
    zh_references.recognize,  # dates, years, references, labels, names, periods, quoted figures
    zh_ranks.recognize,  # "第11位", "居世界第二", "全球首位"
    zh_percent.recognize,  # %, 百分之, 个百分点, 基点, 点, 成; stated changes
    zh_money.recognize,  # 元, 港元, 美元, 人民币 ...
    zh_counts.recognize,  # measure words, durations, 倍, ratios; a bare number is no claim
)


@cache
def recognizers_for(lang: str) -> tuple[Recognizer, ...]:
    return RECOGNIZERS_HAN if getattr(load(lang), "NUMBER_GRAMMAR", "latin") == "han" else RECOGNIZERS


def read_mention(reading: Reading) -> Draft | Change | None:
    for recognize in recognizers_for(reading.lang):
        result = recognize(reading)
        if result is SKIP:
            return None
        if result is not None:
            return result  # type: ignore[return-value]
    return None


__all__ = ["RECOGNIZERS", "RECOGNIZERS_HAN", "DocumentFacts", "Draft", "Reading", "money", "read_mention"]
