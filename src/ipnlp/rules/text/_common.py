"""Helpers shared by the text rules: word tokens with offsets, headings, enumeration ordinals, and
which parts of a report give results and which give plans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from ...extract.tables import FoldedKeys
from ...index import WordIndex
from ...lang import load, zh_text
from ...models import Section
from ...regex_cache import compile as cached_compile
from ...view import ReportView
from . import _words

_YEAR = cached_compile(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)")


def body_sentences(view: ReportView) -> WordIndex:
    """The sentences that are not headings, title or date, with their words (``WordIndex.spans``
    are the sentences): IPN201 and IPN202 both compare them, out of the view's one word index."""
    headings = {s.start for s in view.sections if is_heading(s) or s.kind in ("title", "date")}
    words = view.index.words
    return words.subset([n for n, (start, _) in enumerate(words.spans) if start not in headings])


_STEM_SUFFIXES = ("ation", "ion", "ing", "ed", "es", "e", "s")


@lru_cache(maxsize=1 << 16)  # a report's vocabulary is stemmed by several rules, and reports share words
def stem(word: str) -> str:
    """A crude suffix stripper: enough to see "realized" and "realize", "objectives" and "objective"."""
    if not word.endswith(_STEM_SUFFIXES):  # one C call rejects most words
        return word
    for suffix in _STEM_SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


# --- ordinals ------------------------------------------------------------------------------------
@cache
def ordinal_words() -> dict[str, int]:
    lang = load("en")
    # folded lookups too: the enumeration pattern is case-insensitive, so "Firſt" (long s) matches "first"
    return FoldedKeys({**lang.ORDINALS, **lang.ORDINAL_ADVERBS})


def ordinal_value(word: str) -> int | None:
    """1 for "First", "Firstly", "1st" and "第一"; None for anything else."""
    low = word.casefold()
    if low in ordinal_words():
        return ordinal_words()[low]
    if low.startswith("第"):
        return zh_text.han_number(low[1:])
    match = regex.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", low)
    return int(match.group(1)) if match else None


@cache
def _enumeration_pattern() -> regex.Pattern[str]:
    words = "|".join(sorted(ordinal_words(), key=len, reverse=True))
    return cached_compile(
        rf"^(?:(?P<adverb>(?i:{words})),|(?P<clause>(?i:{_words.ENUMERATION_CLAUSE_LEAD})\s+"
        rf"(?P<clause_word>(?i:{words}))\s+{_words.ENUMERATION_CLAUSE_VERBS}\b))"
    )


@dataclass(frozen=True)
class EnumerationItem:
    start: int  # span of the ordinal word ("Firstly", "second")
    end: int
    value: int
    style: str  # "adverb-ly" (Firstly), "bare" (First), "clause" (The second is)
    lead_start: int  # span of the whole lead ("Firstly", "The second is")
    lead_end: int


@cache
def _enumeration_leads() -> tuple[frozenset[str], frozenset[str]] | None:
    """The ordinal words and the clause leads ("the", "its") an enumeration item opens with, lower
    case; None unless all are plain ASCII letters (the word tests would not hold)."""
    ordinals = frozenset(ordinal_words())
    leads = frozenset(_words.ENUMERATION_CLAUSE_LEAD.removeprefix("(?:").removesuffix(")").split("|"))
    if all(word.isascii() and word.isalpha() for word in ordinals | leads):
        return ordinals, leads
    return None


_ASCII_WORD = re.compile(r"[A-Za-z]+")
_ASCII_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def _may_open_enumeration(text: str, start: int, end: int) -> bool:
    """False when the sentence cannot open an item by its first words: an item opens with an
    ordinal word and a comma, or a clause lead, spaces and an ordinal word ("The second is"), all
    ASCII letters, which the pattern matches ignoring case; other ASCII words cannot. Anything
    else (a word going on past ASCII, another character) is left to the pattern (True)."""
    known = _enumeration_leads()
    word = _ASCII_WORD.match(text, start, end)
    if known is None or word is None or _goes_on(text, word.end(), end):
        return True
    ordinals, leads = known
    first = word.group(0).lower()
    if first in ordinals:
        return True
    if first not in leads:
        return False
    spaces = _ASCII_SPACES.match(text, word.end(), end)
    following = _ASCII_WORD.match(text, spaces.end(), end) if spaces else None
    if following is None or _goes_on(text, following.end(), end):
        return True  # not an ASCII word after ASCII spaces: let the pattern judge
    return following.group(0).lower() in ordinals


def _goes_on(text: str, position: int, end: int) -> bool:
    """A letter or digit beyond ASCII follows (ignoring case, the pattern may read it as a letter)."""
    after = text[position:position + 1] if position < end else ""
    return bool(after) and not after.isascii() and after.isalnum()


def enumeration_item(text: str, sentence: tuple[int, int]) -> EnumerationItem | None:
    """The paragraph-level enumeration ordinal that opens a sentence, if any."""
    start, end = sentence
    if not _may_open_enumeration(text, start, end):
        return None
    match = _enumeration_pattern().match(text[start:end])
    if match is None:
        return None
    if match.group("adverb"):
        word = match.group("adverb")
        style = "adverb-ly" if word.lower().endswith("ly") else "bare"
        group = "adverb"
        lead_end = match.end("adverb")
    else:
        word = match.group("clause_word")
        style = "clause"
        group = "clause_word"
        lead_end = match.end()
    return EnumerationItem(
        start=start + match.start(group), end=start + match.end(group),
        value=ordinal_words()[word.lower()], style=style,
        lead_start=start, lead_end=start + lead_end,
    )


_CHINESE_ITEM = cached_compile(zh_text.ENUMERATION_ITEM)
_CHINESE_ITEM_LEADS = frozenset(zh_text.ENUMERATION_LEADS)
# A character every Chinese item holds: a sentence without one has no item ("是", "第", brackets).
# (The standard ``re``: it skips to the next character of a set in C.)
_CHINESE_ITEM_MARK = re.compile(r"[是第（(]")


def chinese_enumeration_items(text: str, sentence: tuple[int, int]) -> list[EnumerationItem]:
    """"一是……" / "第二，……" / "（三）" items in a sentence: at its start or after a colon, comma or semicolon
    ("主要做了以下工作：一是……"); never inside a word ("统一是")."""
    start, end = sentence
    if _CHINESE_ITEM_MARK.search(text, start, end) is None:
        return []
    items = []
    for match in _CHINESE_ITEM.finditer(text, start, end):
        before = match.start() - 1
        while before >= start and text[before].isspace():
            before -= 1
        if before >= start and text[before] not in _CHINESE_ITEM_LEADS:
            continue
        group = next(name for name in ("shi", "di", "paren") if match.group(name) is not None)
        value = zh_text.han_number(match.group(f"{group}_num"))
        if value is None:
            continue
        items.append(EnumerationItem(start=match.start(group), end=match.end(group), value=value,
                                     style=f"cn-{group}", lead_start=match.start(group), lead_end=match.end(group)))
    return items


# --- headings and parts --------------------------------------------------------------------------
def is_heading(section: Section) -> bool:
    return section.marker is not None and section.kind in ("part", "subsection")


def heading_span(view: ReportView, section: Section) -> tuple[int, int]:
    """The heading line of a headed section."""
    line_end = view.text.find("\n", section.start)
    return section.start, (section.end if line_end == -1 else min(line_end, section.end))


def title_start(view: ReportView, section: Section) -> int:
    """Offset of the heading title, after the marker and its spaces."""
    start, end = heading_span(view, section)
    pos = start + len(section.marker or "")
    while pos < end and view.text[pos].isspace():
        pos += 1
    return pos


def document_year(view: ReportView) -> int | None:
    """The year a report is dated, from its date line or failing that its title."""
    for kind in ("date", "title"):
        for section in view.sections:
            if section.kind == kind:
                match = _YEAR.search(view.text, section.start, section.end)
                if match:
                    return int(match.group(1))
    return None


def part_orientation(view: ReportView, part: Section) -> str | None:
    """"plans" for a part that sets out future work, "results" for one that reports, else None.

    A part headed with a year before the report's own year reports results; one headed with the
    report's year (or later) or with plan wording ("do a good job of ...") sets out plans.
    """
    start, end = heading_span(view, part)
    heading = view.text[start:end]
    match = _YEAR.search(heading)
    year = view.derived(document_year)  # once per view, not once per part
    if match and year is not None:
        return "results" if int(match.group(1)) < year else "plans"
    if _PLAN_HEADING.search(heading):
        return "plans"
    if _RESULT_HEADING.search(heading):
        return "results"
    return None




_PLAN_HEADING = regex.compile(rf"(?i)\b{_words.PLAN_HEADING_CUES}\b")
_RESULT_HEADING = regex.compile(rf"(?i)\b{_words.RESULT_HEADING_CUES}\b")
