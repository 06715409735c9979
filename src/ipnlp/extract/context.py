"""Read the words around a number: its qualifier, unit, counted noun phrase, rank context, change.

Pure functions over (text, offsets). They look at a bounded window around the number, so the
cost per number is constant and extraction stays linear in the length of the text.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

import regex

from ..lang import load
from ..regex_cache import compile as cached_compile
from ..segment.lines import SPACES
from .tables import load_tables
from .word_scan import holds_any

# Characters of context looked at on either side of a number. Every match is bounded by it: the
# regex module's match() costs time in proportion to its endpos, not to what it reads.
WINDOW = 80
_NEXT_WORD = regex.compile(r"\s+([A-Za-z]+)")
_WORD = regex.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|\S")
_PLUS_BEFORE = regex.compile(r"(?<![\w+.,%])\+\s?$")  # "+0.2%" (but not "1+2%" or "A+ 5%")


class NounPhrase(NamedTuple):
    start: int
    end: int  # end of the head noun
    head: str  # the head noun as written, lower-cased
    unit: str  # the unit it maps to
    tail_end: int  # end of trailing modifiers ("patents openly licensed"), for the subject


class UnitMatch(NamedTuple):
    unit: str
    kind: str
    end: int


class ChangeMatch(NamedTuple):
    start: int
    end: int
    direction: str


# The English phrase that introduces a counted noun, and its head words (matched ignoring case).
_EN_COUNT_HEAD_PHRASE = r"\b(?:total\s+|effective\s+|cumulative\s+)?(?:number|amount|volume|count|total)\s+of\b"
_EN_COUNT_HEADS = ("number", "amount", "volume", "count", "total")


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    return {
        "change_before": cached_compile(
            rf"(?i:\b(?:(?P<up>{data.CHANGE_UP})|(?P<down>{data.CHANGE_DOWN}))(?:\s+by)?"
            rf"(?:\s+{data.CHANGE_QUALIFIERS})?)\s+$"),
        "change_after": cached_compile(data.CHANGE_NOUN_AFTER),
        "determiners": cached_compile(data.DETERMINERS),
        "change_tail": cached_compile(data.CHANGE_TAIL, regex.IGNORECASE),
        "rank_before": cached_compile(rf"(?i:\b{data.RANK_VERBS}\s+(?:(?:No\.|number)\s*)?)$"),
        "rank_after": cached_compile(rf"\s*-?\s*(?i:{data.RANK_NOUNS})\b"),
        "rank_change_cue": cached_compile(rf"(?i:\b{data.RANK_CHANGE_CUES}\b)"),
        "count_head": cached_compile(data.COUNT_HEAD_PHRASE, regex.IGNORECASE),
        "linking_verb": cached_compile(rf"(?i:\b{data.LINKING_VERBS})"),
    }


def word_at_end(window: str, extra: str = "") -> str | None:
    """The word ending ``window`` (before a full stop and spaces): group 1 of
    ``regex.search(r"([A-Za-z][A-Za-z<extra>]*)\\.?\\s*$", window)``, None when there is none.

    A search for a pattern anchored at the end tries it at every position of the window; matched on
    the window reversed it is anchored at the start, one attempt (a fifth of the time)."""
    match = _reversed_word(extra).match(window[::-1])
    return match.group(1)[::-1] if match else None


@cache
def _reversed_word(extra: str) -> re.Pattern[str]:
    # ``re``'s \S is ``not str.isspace()``; the information separators are no space to ``regex``.
    return re.compile(rf"[^\S\x1c-\x1f]*\.?([A-Za-z{re.escape(extra)}]*[A-Za-z])")


@cache
def _qualifier_ends(lang: str) -> tuple[tuple[str, ...], int] | None:
    """The last words of the qualifiers (lower-cased) and the longest one's length; None when one is not
    ASCII (their case-insensitive matches are then left to the pattern alone)."""
    last = {surface.split()[-1] for surface in load_tables(lang).qualifiers}
    if not all(word.isascii() for word in last):
        return None
    return tuple(sorted(last)), max(map(len, last))


def may_end_with_qualifier(window: str, lang: str) -> bool:
    """False only when ``qualifier_re`` cannot match ``window``: it needs a qualifier's last word
    right before the spaces that end the window. Most figures have none: the pattern, tried at every
    position of the window, then is never run."""
    ends = _qualifier_ends(lang)
    if ends is None:
        return True
    words, longest = ends
    stripped = window.rstrip(SPACES)
    if len(stripped) == len(window):
        return False  # no space before the figure ("$5", "(5")
    tail = stripped[-longest:]
    # An ASCII tail matches a word case-insensitively exactly when its lower case ends with it
    # (the pattern's case folding also lets "\u017f" stand for "s" and the Kelvin sign for "k").
    return not tail.isascii() or tail.lower().endswith(words)


def qualifier_before(text: str, start: int, sentence_start: int = 0,
                     lang: str = "en") -> tuple[str, int] | None:
    """("more_than", start of "more than") when a qualifier ends right before ``start``."""
    tables = load_tables(lang)
    window = text[max(sentence_start, start - 30):start]  # never reach into the previous sentence
    if not may_end_with_qualifier(window, lang):
        return None
    match = tables.qualifier_re.search(window)
    if not match:
        return None
    surface = " ".join(match.group("qual").lower().split())
    return tables.qualifiers[surface], start - len(window) + match.start("qual")


def currency_prefix_before(text: str, start: int, sentence_start: int = 0,
                           lang: str = "en") -> tuple[str, int] | None:
    tables = load_tables(lang)
    window = text[max(sentence_start, start - 12):start]
    match = tables.prefix_re.search(window)
    if not match:
        return None
    unit = tables.currency_prefixes.get(" ".join((match.group("word") or match.group("sym")).lower().split()))
    if unit is None:
        return None  # "MUSD": a code that counts millions, read by the money recognizer only
    return unit, start - len(window) + match.start()


def unit_after(text: str, end: int, limit: int, lang: str = "en") -> UnitMatch | None:
    """A unit word right after the number: %, percent, yuan, U.S. dollars, months, times, points."""
    after = text[end:end + 1]
    if after != "%" and not after.isspace():
        return None  # the pattern reads white space or "%" first (``str.isspace`` holds for every ``\s``)
    tables = load_tables(lang)
    match = tables.unit_re.match(text, end, min(limit, end + WINDOW))
    if not match:
        return None
    if match.group("pct"):
        return UnitMatch("percent", "percent", match.end())
    entry = tables.units[" ".join(match.group("word").lower().split())]
    if entry.kind == "noun":
        return None
    return UnitMatch(entry.unit, entry.kind, match.end())


def noun_phrase_after(text: str, pos: int, limit: int, lang: str = "en", *, max_words: int = 8,
                      allow_numbers: bool = False) -> NounPhrase | None:
    """The counted noun phrase after a number: "123 national ... demonstration zones" -> zones.

    Words are taken until punctuation, a stop word or another number; the head is the last word
    found in the unit table, else the last plural-looking word.
    """
    data = load(lang)
    tables = load_tables(lang)
    head: tuple[int, int, str, str] | None = None
    start: int | None = None
    tail_end = pos
    taken = 0
    frozen = False
    for match in _WORD.finditer(text, pos, min(limit, pos + 16 * max_words)):
        word = match.group()
        lower = word.lower()
        if allow_numbers and word[0].isdigit():
            continue  # "the number of the world's top 100 clusters": a list size inside the phrase
        if not word[0].isalpha() or lower in data.NP_STOP_WORDS or taken >= max_words or \
                (lower in data.CARDINALS and not allow_numbers):
            break  # a number word starts the next figure: "two seniors and two young children"
        if lower in data.COORDINATORS and head is None and taken == 0:
            break
        if start is None:
            start = match.start()
        taken += 1
        tail_end = match.end()
        if head is not None and (lower.endswith(data.VERB_FORM_SUFFIXES) or lower in data.IRREGULAR_PAST_VERBS):
            frozen = True  # "two sisters helped fraudsters", "vehicles following failures": a verb's object
        if frozen:
            continue
        entry = tables.units.get(lower)
        if entry is not None and entry.kind == "noun":
            head = (match.start(), match.end(), lower, entry.unit)
        elif _looks_plural(lower, data) and (head is None or tables.units.get(head[2]) is None
                                       or head[1] < match.start()):
            head = (match.start(), match.end(), lower, lower)
    if head is None or start is None:
        return None
    return NounPhrase(start, head[1], head[2], head[3], tail_end)


def _looks_plural(word: str, data) -> bool:
    if word.endswith(data.MEN_PLURAL_SUFFIX) and len(word) > 5 and not word.endswith(data.NOT_MEN_PLURAL_ENDINGS):
        return True  # "fishermen", "chairmen" (but "specimen", "abdomen")
    return len(word) > 3 and word.endswith(data.PLURAL_SUFFIX) and not word.endswith(data.NOT_PLURAL_ENDINGS)


def counted_noun_in_sentence(text: str, sentence_start: int, number_start: int,
                             lang: str = "en") -> tuple[NounPhrase, int] | None:
    """For a bare figure, the noun of the nearest "number of X" before it in the sentence."""
    pattern = _patterns(lang)["count_head"]
    if load(lang).COUNT_HEAD_PHRASE == _EN_COUNT_HEAD_PHRASE and \
            not holds_any(text[max(sentence_start, number_start - 300):number_start], _EN_COUNT_HEADS):
        return None  # no head word ("number", "amount", ...) before the figure: the scan finds nothing
    best = None
    # Bounded look-back: "the number of X" is never far from its figure, and an unbounded scan
    # would be quadratic in a sentence with many figures.
    for match in pattern.finditer(text, max(sentence_start, number_start - 300), number_start):
        best = match
    if best is None:
        return None
    phrase = noun_phrase_after(text, _skip_determiners(text, best.end(), lang), number_start, lang,
                               max_words=14, allow_numbers=True)
    return (phrase, best.start()) if phrase else None


def _skip_determiners(text: str, pos: int, lang: str) -> int:
    match = _patterns(lang)["determiners"].match(text, pos, pos + 12)
    return match.end() if match else pos


# The English rank verbs, and the letters each of them holds (ignoring case) whatever its ending: a window
# holding none of these has no rank verb, and the pattern, searched at every place of it, is not tried.
_EN_RANK_VERBS = r"(?:rank(?:s|ed|ing)?|placed|placing|came|coming|finished|finishing|stood|standing)"
_EN_RANK_VERB_STEMS = ("rank", "plac", "came", "coming", "finish", "stood", "standing")


def rank_before(text: str, start: int, lang: str = "en") -> bool:
    window = text[max(0, start - 24):start]
    if load(lang).RANK_VERBS == _EN_RANK_VERBS and not holds_any(window, _EN_RANK_VERB_STEMS):
        return False
    return bool(_patterns(lang)["rank_before"].search(window))


def rank_noun_after(text: str, end: int, limit: int, lang: str = "en") -> int | None:
    match = _patterns(lang)["rank_after"].match(text, end, min(limit, end + WINDOW))
    return match.end() if match else None


def ranked_entity_after(text: str, start: int, end: int, limit: int, lang: str = "en") -> bool:
    """'the first country (in the world) to ...': an ordinal ranking an entity."""
    data = load(lang)
    before = text[max(0, start - 5):start].lower()
    if not before.endswith(data.DEFINITE_BEFORE):
        return False
    match = _NEXT_WORD.match(text, end, min(limit, end + WINDOW))
    return bool(match) and match.group(1).lower() in data.RANKED_ENTITY_NOUNS


def rank_change_cue_before(text: str, start: int, sentence_start: int, lang: str = "en") -> bool:
    window = text[max(sentence_start, start - 40):start]
    return bool(_patterns(lang)["rank_change_cue"].search(window))


def change_around(text: str, start: int, unit_end: int, sentence_start: int,
                  lang: str = "en") -> ChangeMatch | None:
    """A percent/pp figure that is a change: "up 29.9% year-on-year", "an increase of 0.44% ..."."""
    patterns = _patterns(lang)
    window = text[max(sentence_start, start - 40):start]
    # the pattern ends in white space before "$" ("rose 5%"): a window ending otherwise ("(+5%") has none
    before = patterns["change_before"].search(window) if window[-1:].isspace() else None
    plus = None if before else _PLUS_BEFORE.search(window)
    direction = None
    change_start = start
    if before:
        direction = "up" if before.group("up") else "down"
        change_start = start - len(window) + before.start()
    elif plus:  # "Dow +0.2%", "+12% year on year": a plus sign states a rise (the figure starts at its digits)
        direction = "up"
    else:
        after = patterns["change_after"].match(text, unit_end, unit_end + WINDOW) \
            if text[unit_end:unit_end + 1].isspace() or not _starts_with_space(lang) else None
        if after:
            direction = "up" if after.group("up") else "down"
            unit_end = after.end()
    if direction is None:
        return None
    tail = patterns["change_tail"].match(text, unit_end, unit_end + WINDOW)
    return ChangeMatch(change_start, tail.end() if tail else unit_end, direction)


@cache
def _starts_with_space(lang: str) -> bool:
    """Whether the language's CHANGE_NOUN_AFTER reads white space first (then no match starts elsewhere)."""
    return load(lang).CHANGE_NOUN_AFTER.startswith(r"\s+")


def linking_verb_before(text: str, clause_start: int, number_start: int, lang: str = "en"):
    """The first linking verb of the clause ("reached", "has been shortened") before the figure."""
    return _patterns(lang)["linking_verb"].search(text, clause_start, number_start)


def inside_quotes(text: str, sentence_start: int, pos: int) -> bool:
    segment = text[sentence_start:pos]
    curly = segment.count("“") - segment.count("”")
    straight = segment.count('"') % 2
    return curly > 0 or straight == 1


def decimal_to_number(value: Decimal) -> int | float:
    """JSON-friendly value: an int when whole (356410000000), else a float (95.2)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
