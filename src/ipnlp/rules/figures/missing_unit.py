"""IPN406 missing-unit: a count with no counted noun ("more than 400 basic data")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from . import _words as words
from ._common import alternation, matches_at, scale_words

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
# A plain four-digit year ("the 2024 data") is a date, not a count.
_YEAR = re.compile(r"(?:1[89]|20|21)\d\d")


@cache
def _count() -> re.Pattern[str]:
    # A figure not glued to other digits, a decimal point, a slash or a hyphen ("24/7", "COVID-19"),
# with an optional scale word.
    return re.compile(rf"(?<![\w.,/-])\d[\d,]*(?:\.\d+)?(?:\s+(?:{alternation(scale_words())})\b)?",
                      re.IGNORECASE)


def check(view: ReportView) -> Iterator[Finding]:
    """A count is followed by a noun that cannot be counted, with no counting word.

    ## What it does
    Reports a figure whose noun phrase ends in a mass noun ("data", "information", "equipment",
    "research", ...) with nothing that can be counted: "more than 400 basic data", "30 software".
    A counting word after the mass noun ("400 data items", "30 software packages") or a unit
    between ("5 terabytes of data") makes it fine. Years ("the 2024 data") are not counts.

    ## Why it matters
    "400 data" does not say what was counted: 400 records, 400 datasets, 400 categories? The
    figure cannot be compared with later years or other reports.

    ## Example
    ```text
    The platform now hosts more than 250 basic data.
    ```

    ## Use instead
    ```text
    The platform now hosts more than 250 basic data sets.
    ```

    ## Known limitations
    Mass nouns come from a closed list in the language data; a field's jargon that counts a mass
    noun ("30 softwares") is reported anyway, and a mass noun missing from the list is not.
    """
    text = view.text
    # A count opens a run of digits (a digit before it fails the look-behind): ``finditer`` without
    # trying every position of the text.
    for number in matches_at(_count(), text, view.index.digit_runs[0]):
        # Only a lower-case word after one space can be the mass noun or lead to it (the loop below
        # stops at anything else): most figures are left before the costlier tests.
        if text[number.end():number.end() + 1] != " " or not "a" <= text[number.end() + 1:number.end() + 2] <= "z":
            continue
        if _YEAR.fullmatch(number.group(0)) or _named(text, number.start()):
            continue
        position, modifiers = number.end(), 0
        while modifiers <= words.COUNT_MODIFIER_MAX:
            word = _WORD.match(text, position + 1) if text[position:position + 1] == " " else None
            if word is None:
                break
            lowered = word.group(0).lower()
            if lowered in words.NOUN_PHRASE_BREAKS or word.group(0)[0].isupper():
                break
            if lowered in words.MASS_NOUNS and not _counted_after(text, word.end()):
                yield make_finding(
                    RULE, view,
                    f"{text[number.start():word.end()]!r} has no counted noun: say what was counted "
                    f"(items, sets, types, ...).",
                    [(number.start(), word.end())],
                )
                break
            position, modifiers = word.end(), modifiers + 1


def _named(text: str, position: int) -> bool:
    """The figure is part of a name ("Level 3 support"), not a count."""
    before = text[max(0, position - 20):position].split()
    return bool(before) and before[-1].lower().rstrip(".") in words.NUMBER_NAME_WORDS


def _counted_after(text: str, position: int) -> bool:
    """A noun after the mass noun makes it a modifier: "data items", "research projects".

    Any following word that does not end the noun phrase (a preposition, verb or adverb) is taken
    for that noun: missing a defect is better than flagging "400 data items".
    """
    following = _WORD.match(text, position + 1) if text[position:position + 1] == " " else None
    if following is None:
        return False
    lowered = following.group(0).lower()
    if lowered in words.COORDINATORS:
        return True  # "research and development projects": the head noun comes later
    return lowered not in words.NOUN_PHRASE_BREAKS and not lowered.endswith("ly")


RULE = Rule(code="IPN406", name="missing-unit", severity="info", check=check)
