"""One small recognizer per quantity family, tried in order on every number mention.

The shape follows Presidio's predefined recognizers and spaCy's language data: each family is a
module with one ``recognize(reading)`` function and its words in the language data
(``lang/<code>.py``, ``data/<code>/*.tsv``); this list is the registry. The first recognizer that
answers decides: a ``Draft`` (a claim), a ``Change`` (a stated change for a nearby figure),
``SKIP`` (certainly not a claim) or None (not this family; try the next).
"""

from __future__ import annotations

from collections.abc import Callable

from ...models import Change
from . import counts, durations, money, multiples, percent, ranks, references, words
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


def read_mention(reading: Reading) -> Draft | Change | None:
    for recognize in RECOGNIZERS:
        result = recognize(reading)
        if result is SKIP:
            return None
        if result is not None:
            return result  # type: ignore[return-value]
    return None


__all__ = ["RECOGNIZERS", "DocumentFacts", "Draft", "Reading", "money", "read_mention"]
