"""Which of two reports giving different values for one figure is likely right.

A later report usually carries the revised figure: returns filed after a report went to print,
audited accounts replacing preliminary ones. Its sentence saying "revised", "restated" or
"updated" confirms it; the earlier sentence calling its figure "preliminary", "provisional" or an
"estimate" points the same way. Sentences are read only when the report's text was kept
(``SeriesDocument.text``); otherwise the verdict rests on the order of the reports alone.
"""

from __future__ import annotations

import re

from ...models import Claim
from .base import SeriesDocument

_REVISED = re.compile(r"\b(?:revis(?:ed|ion|ions)|restat(?:ed|ement)|updated|corrected|amended)\b",
                      re.IGNORECASE)
_PROVISIONAL = re.compile(r"\b(?:preliminary|provisional|estimated?|advance|flash|unaudited)\b",
                          re.IGNORECASE)


def sentence_of(document: SeriesDocument, claim: Claim) -> str | None:
    text = document.text
    if text is None:
        return None
    return text[claim.sentence.start:claim.sentence.end]


def likely_right(later: SeriesDocument, later_claim: Claim,
                 earlier: SeriesDocument | None = None, earlier_claim: Claim | None = None) -> str:
    """A clause for the finding's message saying which report is likely right, and why."""
    later_sentence = sentence_of(later, later_claim) or ""
    if _REVISED.search(later_sentence):
        return f"{later.name} says the figure was revised, so its value is likely the right one"
    if earlier is not None and earlier_claim is not None:
        earlier_sentence = sentence_of(earlier, earlier_claim) or ""
        if _PROVISIONAL.search(earlier_sentence):
            return (f"{earlier.name} called its figure provisional, so {later.name}'s value is likely "
                    "the revised one; say so where it is restated")
    return (f"{later.name}, the later report, likely carries a revised figure, but neither says so: "
            "state the revision, or correct the copy")
