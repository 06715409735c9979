"""Number words that are not quantities, and quantities written in words.

Skips: "the three countries" (a group already named), "one of the fastest" (an idiom), "two of
them" (a partitive), capitalised words inside a name, words in quotation marks, and "the first
three quarters" (a period, never 75%).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from ...lang import load
from .. import context as ctx
from . import money, percent
from .base import DURATIONS, SKIP, Draft, Reading, finish

_OF = regex.compile(r"\s+of\s+(?:the\s+)?")
_WORD_AFTER = regex.compile(r"\s+(?!(?:and|or)\b)[A-Za-z]")  # a coordination ends the phrase too


def _vague(reading: Reading) -> Draft:
    """ "tens of thousands of jobs": a range of one order of magnitude, approximately."""
    m, text = reading.mention, reading.text
    of = _OF.match(text, m.end, min(reading.s1, m.end + 12))
    phrase = ctx.noun_phrase_after(text, of.end(), reading.s1, reading.lang) if of else None
    unit = phrase.unit if phrase is not None and phrase.start == of.end() else "count"
    draft = finish(reading, m.start, m.end, unit, notes=[load(reading.lang).VAGUE_NOTE])
    draft.value_high = m.high
    draft.qualifier = "approximately"
    return draft


def _minor_after_named_amount(reading: Reading) -> bool:
    """ "thirteen dollars forty five", "two euros and ten.": a number word under 100 that ends the phrase
    right after an amount ending on its currency word gives the cents of that amount."""
    m, text = reading.mention, reading.text
    if not reading.drafts or m.scaled or not 0 < m.value < 100:
        return False
    amount = reading.drafts[-1]
    if not (text[amount.end - 1:amount.end].isalpha() and len(amount.unit) == 3 and amount.unit.isupper()):
        return False
    return bool(_minor_gap(reading.lang).fullmatch(text, amount.end, m.start)) and \
        not _WORD_AFTER.match(text, m.end, min(reading.s1, m.end + 40))


@cache
def _minor_gap(lang: str) -> regex.Pattern[str]:
    return regex.compile(load(lang).MINOR_AFTER_MAJOR)


def _measured(reading: Reading) -> bool:
    """Whether a unit of the percent or money family follows the number word ("one per cent", "one
    basis point", "one dollar", "one penny"): then the word is a figure, not an idiom."""
    unit = percent.unit_of(reading)
    if unit is not None:
        return unit.unit != "points"  # "at one point": an idiom
    after = money.currencies(reading.lang).suffix_re.match(reading.text, reading.mention.end,
                                                           min(reading.s1, reading.mention.end + 40))
    return after is not None and after.group("word") is not None


@cache
def _partitive(lang: str) -> regex.Pattern[str]:
    return regex.compile(load(lang).PARTITIVE_AFTER)


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind == "vague":
        if ctx.inside_quotes(text, reading.s0, m.start) or (text[m.start].isupper() and m.start != reading.s0):
            return SKIP  # "“Thousands of Enterprises and Hundred Cities”": a name
        return _vague(reading)
    if m.kind == "fraction":
        if reading.word_before() in data.PERIOD_ORDER_WORDS or reading.word_before() in data.ORDINALS:
            return SKIP  # "the first three quarters of 2024", "the second half of the year": a period
        return None
    if m.kind != "word":
        return None
    half = _half_of_scale(reading.lang).match(text, m.end, min(reading.s1, m.end + 16)) if m.scaled else None
    if half is not None and m.multiplier >= 1000:
        return _and_a_half(reading, half.end())
    if percent.percent_named_before(reading) is not None:
        return None  # "per cent of twenty-two": a percentage, read by the percent family
    if _minor_after_named_amount(reading):
        return finish(reading, m.start, m.end, "count")  # "thirteen dollars forty five": joined to its amount
    word = text[m.start:m.number_end]
    before = reading.word_before()
    if before in data.GROUP_DETERMINERS or ctx.inside_quotes(text, reading.s0, m.start):
        return SKIP  # "the three countries", "“four consciousnesses”"
    if before in data.PERIOD_ORDER_WORDS and not m.scaled and _ordered_group(reading):
        return SKIP  # "the last two Budgets": which ones (but "the last two years" is a duration)
    if before in data.PARTITIVE_BEFORE and _counted_phrase(reading, m.end) is None:
        return SKIP  # "one of seven" (but "a survey of seven countries" counts countries)
    if word[0].isupper() and m.start != reading.s0 and not text[reading.s0:m.start].rstrip().endswith(":"):
        return SKIP  # "Thousands of Enterprises and Hundred Cities": part of a name
    if word.lower() in data.AMBIGUOUS_NUMBER_WORDS and not m.scaled and not _measured(reading):
        return SKIP  # "one of the fastest", "one policy for one province" (but "one per cent", "one dollar")
    if _partitive(reading.lang).match(text, m.end, m.end + 4) and not m.scaled:
        # "two of them" (but "a hundred and two of those" is a number); "two of the banks" counts banks
        return _partitive_count(reading) or SKIP
    return None


_ORDER_WORD_BEFORE = regex.compile(r"([A-Za-z]+)\s+[A-Za-z]+\s+$")


def _ordered_group(reading: Reading) -> bool:
    """ "the last two Budgets", "its first three branches": a determiner, an order word, then a number
    word counting something that is not a span of time."""
    m, text, data = reading.mention, reading.text, load(reading.lang)
    determiner = _ORDER_WORD_BEFORE.search(text, max(reading.s0, m.start - 30), m.start)
    if determiner is None or determiner.group(1).lower() not in data.GROUP_DETERMINERS:
        return False
    unit = reading.unit_after()
    if unit is not None and unit.unit in DURATIONS:
        return False  # "over the next two years": a span of time
    phrase = _counted_phrase(reading, m.end)
    return phrase is not None and phrase.head.lower() not in data.TIME_SPAN_NOUNS  # "the past three decades"


@cache
def _half_of_scale(lang: str) -> regex.Pattern[str]:
    return regex.compile(load(lang).HALF_OF_SCALE_AFTER)


def _and_a_half(reading: Reading, end: int) -> Draft:
    """ "a million and a half people": 1.5 million people (never "a million" and a stray half)."""
    m = reading.mention._replace(end=end)  # the subject is read after the half, not inside it
    reading = replace(reading, mention=m)
    value = m.value + m.multiplier / 2
    phrase = _counted_phrase(reading, end)
    if phrase is not None:
        return finish(reading, m.start, phrase.end, phrase.unit, value=value, phrase=phrase)
    return finish(reading, m.start, end, "count", value=value)


def _counted_phrase(reading: Reading, pos: int) -> ctx.NounPhrase | None:
    """The counted noun phrase starting right at ``pos`` (one space allowed), with no number word in
    it: in "two of the five banks" the whole has its own figure, which counts it."""
    data = load(reading.lang)
    phrase = ctx.noun_phrase_after(reading.text, pos, reading.s1, reading.lang)
    if phrase is None or phrase.start - pos > 1 or \
            any(word in data.CARDINALS for word in reading.text[phrase.start:phrase.end].lower().split()):
        return None
    return phrase


def _partitive_count(reading: Reading) -> Draft | None:
    """ "two of the banks", "three of its subsidiaries": a count of the group named after "of"."""
    m = reading.mention
    whole = _partitive_whole(reading.lang).match(reading.text, m.end, min(reading.s1, m.end + 40))
    phrase = None if whole is None else _counted_phrase(reading, whole.end())
    if phrase is None:
        return None
    return finish(reading, m.start, phrase.end, phrase.unit, phrase=phrase)


@cache
def _partitive_whole(lang: str) -> regex.Pattern[str]:
    return regex.compile(load(lang).PARTITIVE_WHOLE)
