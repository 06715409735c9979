"""IPN411 acronym-before-definition."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ...models import Finding
from ...regex_cache import compile as cached_compile
from ...view import ReportView
from ..base import Rule, make_finding
from . import _words

# "Patent Cooperation Treaty (PCT)": up to eight words, then the acronym in brackets.
_DEFINITION = cached_compile(
    r"(?P<full>(?:[\p{L}][\p{L}\-']*\s+){1,8}?)\((?P<acronym>\p{Lu}{2,8}s?)\)"
)
# Where a definition can end, and the (at most eight) words before it where it can start.
# _DEFINITION is only tried there: tried at every letter of a report it dominates the rule.
_BRACKETED_ACRONYM = cached_compile(r"\(\p{Lu}{2,8}s?\)")
_WORDS_BEFORE = cached_compile(r"(?:[\p{L}\-']*\s+){0,8}", flags=regex.REVERSE)
_WORD = cached_compile(r"[\p{L}][\p{L}\-']*")


def _definitions(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_DEFINITION.finditer(text)``: each ends at a bracketed acronym and starts
    within the eight whitespace-separated words before it."""
    for bracket in _BRACKETED_ACRONYM.finditer(text):
        words = _WORDS_BEFORE.match(text, 0, bracket.start())
        match = _DEFINITION.search(text, words.start(), bracket.end())
        if match is not None:
            yield match


def _initials_match(full: str, acronym: str) -> tuple[int, int] | None:
    """Offsets within ``full`` of the words whose initials spell ``acronym`` ("World Intellectual
    Property Organization" for WIPO); connectors may be skipped ("Patent Law Treaty" ... "of")."""
    letters = acronym.rstrip("s").upper()
    words = list(_WORD.finditer(full))
    for first in range(len(words)):
        if words[first].group()[0].upper() != letters[0] or words[first].group().lower() in _words.NAME_CONNECTORS:
            continue
        position = 1
        last = first
        for index, word in enumerate(words[first + 1:], start=first + 1):
            if position == len(letters):
                break
            initial = word.group()[0].upper()
            if initial == letters[position] and word.group()[0].isupper():
                position += 1
                last = index
            elif word.group().lower() not in _words.NAME_CONNECTORS:
                break
        if position == len(letters) and last == len(words) - 1:
            return words[first].start(), words[last].end()
    return None


def check(view: ReportView) -> Iterator[Finding]:
    """An acronym is used before the place where it is defined.

    ## What it does
    Finds definitions written as "Full Name (ACRONYM)" whose capitalised words spell the acronym,
    and reports uses of the bare acronym earlier in the report than that definition.

    ## Why it matters
    A reader meets the acronym before learning what it stands for; usually the definition was
    left where an earlier draft first used the term.

    ## Example
    ```text
    PCT filings rose. ... China joined the Patent Cooperation Treaty (PCT) in 1994.
    ```

    ## Use instead
    ```text
    Patent Cooperation Treaty (PCT) filings rose. ... China joined the PCT in 1994.
    ```

    ## Known limitations
    A definition is recognised only as "Full Name (ACRONYM)" of at most eight words whose
    capitalised words spell the acronym; "ACRONYM (Full Name)", glossary entries and acronyms that
    do not follow the initials are not definitions to it, so an acronym defined in another form
    may be reported as used before its definition.
    """
    defined: set[str] = set()
    for match in _definitions(view.text):
        acronym = match.group("acronym")
        if acronym in defined:
            continue
        name = _initials_match(match.group("full"), acronym)
        if name is None:
            continue
        defined.add(acronym)
        definition = (match.start("full") + name[0], match.end())
        use = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){acronym}(?![\p{{L}}\p{{N}}])")
        earlier = _uses(use, acronym, view.text, definition[0])
        if earlier:
            yield make_finding(
                RULE, view, f"{acronym!r} is used {len(earlier)} time(s) before it is defined as "
                f"{view.text[definition[0]:definition[1]]!r}; define it at its first use.",
                [*earlier, definition])


def _uses(use: regex.Pattern[str], acronym: str, text: str, end: int) -> list[tuple[int, int]]:
    """``[m.span() for m in use.finditer(text, 0, end)]`` for ``use``, the acronym (capitals and an
    optional "s", literal) between look-arounds: tried only where ``str.find`` finds the acronym
    instead of at every position. Matches are that literal with no letter or digit either side, so
    none overlaps another."""
    spans = []
    position = text.find(acronym, 0, end)
    while position != -1:
        match = use.match(text, position, end)
        if match is not None:
            spans.append(match.span())
        position = text.find(acronym, position + 1, end)
    return spans


RULE = Rule(code="IPN411", name="acronym-before-definition", severity="info", check=check)
