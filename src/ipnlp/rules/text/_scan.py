"""``pattern.finditer(text)`` tried only where a cheaper search says a match can start.

The ``regex`` engine tries a pattern at every position of the text, tens of nanoseconds each even
when the pattern opens with a look-behind that fails at once; a rule that looks for a few dozen
rare words ("Tenth", "14th") pays that for every character of the report. ``str.find`` skips
through the text far faster, so a rule first lists the places a match could start and matches
only there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex


def matches_at(pattern: regex.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[regex.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, when every place one of them can start is in
    ``starts`` (sorted; extra places cost a failed match each). Like finditer, a match is looked
    for only from the end of the previous one; the pattern must not match the empty string.
    ``pattern.match`` at a position sees the text before it, so look-behinds work as in finditer."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            end = match.end()
