"""What a figure measures: a short noun phrase built from the figure's clause.

Three shapes cover report prose:
- a figure after a linking verb ("The average examination cycle for X has been shortened to 15.5
  months") measures the clause subject, the words before the clause's first linking verb;
- a figure followed by its counted noun ("handled 72,000 administrative cases of patent
  disputes") measures that noun phrase, with the verb phrase that governs it;
- otherwise the clause up to the figure ("organizations have provided services for 1.45 million
  times") names it.
"""

from __future__ import annotations

from functools import cache

import regex

from ..lang import load
from .context import linking_verb_before

_SPACE = regex.compile(r"\s+")
_WORDS = regex.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[,;:()]")
_MAX_CLAUSE_WORDS = 14
_MAX_CLAUSE_CHARS = 250
_MAX_VERB_DISTANCE = 10


@cache
def _strip_patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    data = load(lang)
    adverbs = "|".join(sorted(list(data.ORDINAL_ADVERBS) + list(data.ORDINALS), key=len, reverse=True))
    months = "|".join(data.MONTHS)
    lead = regex.compile(
        rf"^(?:\s|[-–,;]|(?i:(?:{adverbs})\s*,|the\s+second\s+is|among\s+them,?|[-–]?(?:{months})\b|"
        rf"(?:the|a|an|and|of|in|which|its|their|it|we|they|has|have)\b))+")
    count = regex.compile(
        rf"(?i:\b(?:the\s+)?(?P<adj>total|effective|cumulative)?\s*{data.COUNT_HEAD_PHRASE[2:]}\s*(?:the\s+)?)")
    return lead, count


@cache
def _clause_break(lang: str) -> regex.Pattern[str]:
    return regex.compile(load(lang).CLAUSE_BREAK)


def clause_start(text: str, sentence_start: int, pos: int, lang: str = "en") -> int:
    # Look back a bounded distance: a clause longer than this names nothing usable, and an
    # unbounded scan would make a sentence with many figures quadratic.
    sentence_start = max(sentence_start, pos - _MAX_CLAUSE_CHARS)
    start = sentence_start
    # endpos a little past ``pos`` so the look-aheads (", 28 databases") can see the figure.
    for match in _clause_break(lang).finditer(text, sentence_start, min(len(text), pos + 3)):
        if match.end() <= pos:
            start = match.end()
    return start


def tidy(phrase: str, lang: str = "en") -> str:
    """Drop lead-ins ("Firstly,", "the", "among them"), "the number of", dangling words, spacing."""
    lead, count = _strip_patterns(lang)
    phrase = _SPACE.sub(" ", phrase).strip(" ,;:")
    phrase = lead.sub("", phrase)
    phrase = count.sub(lambda m: (m.group("adj") + " ") if m.group("adj") else "", phrase, count=1)
    words = _SPACE.sub(" ", phrase).strip(" ,;:").split(" ")
    dangling = load(lang).SUBJECT_DANGLING_WORDS
    while len(words) > 1 and words[-1].lower() in dangling:
        words.pop()  # a phrase cut at the word limit: "... across the" -> "..."
    return " ".join(words).strip(" ,;:")


def clause_subject(text: str, sentence_start: int, number_start: int, lang: str = "en") -> str | None:
    """Words before the clause's first linking verb, or None when the clause has no such verb."""
    start = clause_start(text, sentence_start, number_start, lang)
    verb = linking_verb_before(text, start, number_start, lang)
    if verb is None:
        return None
    subject = tidy(text[start:verb.start()], lang)
    if not subject:
        # "... yuan and accounted for 13.04%": a coordinated verb shares the previous subject.
        verb = linking_verb_before(text, max(sentence_start, start - _MAX_CLAUSE_CHARS), start, lang)
        if verb is None:
            return None
        subject = tidy(text[clause_start(text, sentence_start, verb.start(), lang):verb.start()], lang)
    return subject or None


def clause_before(text: str, sentence_start: int, number_start: int, lang: str = "en") -> str:
    """The clause up to the figure, when it is short enough to name what is measured."""
    start = clause_start(text, sentence_start, number_start, lang)
    if len(text[start:number_start].split()) > _MAX_CLAUSE_WORDS:
        return ""
    return tidy(text[start:number_start], lang)


def governed_phrase(text: str, sentence_start: int, qualifier_start: int, number_end: int,
                    sentence_end: int, lang: str = "en") -> str:
    """A figure with a counted noun: the noun phrase and what follows it up to punctuation, plus
    the verb phrase that governs the figure ("introduced ... methods in [17 places]")."""
    tail = _WORDS.finditer(text, number_end, sentence_end)
    after_end = number_end
    for count, match in enumerate(tail):
        if match.group() in ",;:()" or count >= _MAX_CLAUSE_WORDS:
            break
        after_end = match.end()
    after = text[number_end:after_end]
    start = clause_start(text, sentence_start, qualifier_start, lang)
    before_words = list(_WORDS.finditer(text, start, qualifier_start))
    data = load(lang)
    lead = ""
    for back, match in enumerate(reversed(before_words)):
        word = match.group()
        if back >= _MAX_VERB_DISTANCE or not word[0].isalpha():
            break
        lower = word.lower()
        if lower.endswith(data.PAST_TENSE_SUFFIX) or lower in data.IRREGULAR_PAST_VERBS:
            lead = text[match.start():qualifier_start]
            break
    if not lead and len(before_words) <= _MAX_CLAUSE_WORDS:
        lead = text[start:qualifier_start]  # "In conjunction with X and other [seven departments]"
    return tidy(f"{lead} {after}", lang)
