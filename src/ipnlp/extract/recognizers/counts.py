"""Counts: a number and the noun it counts, next to it ("45 regional service stations") or named
earlier in the sentence ("the number of patent licences reached 613,000"); "24 places" after a rank
cue is a change of rank. The last family tried: a figure nothing else claimed is a count."""

from __future__ import annotations

from functools import cache

import regex

from ...lang import load
from .. import context as ctx
from ..numbers import scale_abbreviations
from .base import SKIP, Draft, Reading, finish
from .references import is_year

_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad")
_BASELINE_GAP = 80  # "460 vehicles have been stolen so far this year compared with 63": one clause at most
_OF_DETERMINER = regex.compile(r"\s+of\s+(?:its|the|their|our|his|her|these|those)?\s*")


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind not in ("digits", "word"):
        return None
    if is_year(reading):
        return SKIP  # a year, even before a noun ("2024 patents" is a heading's year)
    if m.suffix:
        return _abbreviated_count(reading)
    after = m.end
    while after < reading.s1 and text[after] in _INVISIBLE:
        after += 1  # "613,000\u200e patents": a direction mark is not a word
    bound = _pattern(reading.lang, "BOUND_AFTER").match(text, after, min(reading.s1, after + 24))
    if bound:
        after = bound.end()  # "5,000 or more households": the bound stands between number and noun
    approximate = _pattern(reading.lang, "APPROXIMATE_SUFFIX").match(text, after, min(reading.s1, after + 6))
    if approximate:
        after = approximate.end()  # "360-ish plates", "30-odd firms"
    phrase = ctx.noun_phrase_after(text, after, reading.s1, reading.lang)
    if phrase is not None and phrase.start - after <= 1:
        unit = phrase.unit
        if unit in data.HOUSEHOLD_MAKEUP_NOUNS and m.kind == "word" and not m.scaled:
            return SKIP  # "a couple with two young children": who is in the example, not a count
        if unit in data.RANK_PLACE_NOUNS and ctx.rank_change_cue_before(text, m.start, reading.s0, reading.lang):
            unit = "rank_positions"  # "a cumulative improvement of 24 places"
        return _approximately(finish(reading, m.start, phrase.end, unit, phrase=phrase), approximate)
    if m.kind == "word" and not m.scaled:
        return SKIP  # a single number word with nothing counted is a formula or an idiom
    if _pattern(reading.lang, "AGE_OF_BEFORE").search(text, max(reading.s0, m.start - 12), m.start) or \
            _pattern(reading.lang, "MEASURES_IN_YEARS_BEFORE").search(text, max(reading.s0, m.start - 100), m.start):
        return finish(reading, m.start, m.end, data.AGE_UNIT)  # "over the age of 21", "life expectancy ... 84.1"
    if _pattern(reading.lang, "PERSONS_AFTER").match(text, after, min(reading.s1, after + 8)):
        return finish(reading, m.start, m.end, data.PERSONS_UNIT)  # "and 95,800 who have been unemployed"
    counted = ctx.counted_noun_in_sentence(text, reading.s0, m.start, reading.lang)
    return _approximately(finish(reading, m.start, approximate.end() if approximate else m.end,
                                 counted[0].unit if counted else "count", counted_by_sentence=True), approximate)


@cache
def _pattern(lang: str, name: str) -> regex.Pattern[str]:
    """The language data's pattern ``name`` (AGE_OF_BEFORE, PERSONS_AFTER ...), compiled once."""
    return regex.compile(getattr(load(lang), name))


def _approximately(draft: Draft, suffix: regex.Match[str] | None) -> Draft:
    if suffix is not None and draft.qualifier == "exact":
        draft.qualifier = "approximately"
    return draft


@cache
def _between(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    data = load(lang)
    return regex.compile(data.BASELINE_BETWEEN), regex.compile(data.PART_OF_WHOLE_BETWEEN)


def inherit_compared_units(text: str, drafts: list[Draft], lang: str) -> None:
    """A bare figure compared with the figure before it, or a part of the figure after it, is in that
    figure's unit: "3.9 million headsets, up from 2.4 million", "rose to 5.2% from 4.9", "raised 280
    million of the 1.5 billion shekels". Only the words between the two figures decide (no other
    figure between them), so "from 2.4 million in 2017" is never read across a clause."""
    baseline, part_of = _between(lang)
    for i, draft in enumerate(drafts):
        if draft.unit != "count" or not draft.counted_by_sentence:
            continue
        before = drafts[i - 1] if i > 0 else None
        after = drafts[i + 1] if i + 1 < len(drafts) else None
        gap = text[before.end:draft.start] if before is not None and before.end <= draft.start else ";"
        if before is not None and before.unit != "count" and len(gap) <= _BASELINE_GAP and ";" not in gap and \
                baseline.search(gap) and (baseline.search(gap).start() == 0 or "from" not in gap.lower()):
            draft.unit = before.unit
        elif after is not None and after.unit != "count" and draft.end <= after.start and \
                part_of.fullmatch(text, draft.end, after.number_start):
            draft.unit = after.unit


#: Units a level never takes from the change before it: "rose 25 basis points to 4.5" is a rate in percent.
_SAME_SIZE = 1000
_NOT_A_LEVEL_UNIT = frozenset({"count", "percent", "percentage_point", "basis_point", "times", "rank_positions"})


@cache
def _elided(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    return {"counted_change": regex.compile(data.LEVEL_AFTER_COUNTED_CHANGE),
            "after_change": regex.compile(data.LEVEL_AFTER_CHANGE),
            "joiner": regex.compile(data.PARALLEL_CLAUSE_JOINER),
            "elided_subject": regex.compile(data.ELIDED_SUBJECT_BEFORE),
            "same_preposition": regex.compile(data.SAME_PREPOSITION_AFTER)}


def _is_change(draft: Draft) -> bool:
    """A figure that is itself a stated change ("climbed 0.1%"), not a level that carries one."""
    return draft.yoy is not None and draft.yoy.start == draft.start


def inherit_elided_units(text: str, drafts: list[Draft], s0: int, lang: str) -> None:
    """A bare level whose unit the writer gave once, earlier in the sentence, takes that unit:
    - the level a counted change led to: "fell 500 units, or 2.1%, to 17,000" (17,000 units);
    - a second clause of the same shape, a change and the level it led to: "the index fell 1% to 6,910
      points, while the broad index lost 1.1% to 5,200" (points);
    - a subject whose noun is left out: "the highest bid was $4.20, while the lowest was 3.95" (USD);
    - the same preposition answered twice: "435 homes by ballot and 187 by tender" (homes).
    Only bare counts with no noun of their own (and none named earlier) are changed; the words between
    the two figures decide, so "revenue was $5 billion and headcount was 120" keeps 120 a count."""
    patterns = _elided(lang)
    for i, draft in enumerate(drafts):
        if i == 0 or draft.unit != "count" or not draft.counted_by_sentence or draft.start != draft.number_start:
            continue
        unit = _counted_change_unit(text, drafts, i, s0, lang, patterns)
        if unit is None:
            source = _parallel_change_level(text, drafts, i, patterns) or \
                _elided_subject_level(text, drafts, i, patterns) or _same_preposition_level(text, drafts, i, patterns)
            # two levels of one unit in one sentence are of one size: "rose 5% to $5 billion while
            # headcount rose 2% to 120" is no amount of money
            if source is not None and abs(source.value) < _SAME_SIZE * abs(draft.value):
                unit = source.unit
        if unit:
            draft.unit = unit


def _counted_change_unit(text, drafts, i, s0, lang, patterns) -> str | None:
    j = i - 1
    while j >= 0 and drafts[j].unit == "percent":
        j -= 1  # "fell 500 units, or 2.1%, to": the restated percentage stands between
    if j < 0 or drafts[j].unit in _NOT_A_LEVEL_UNIT or drafts[j].end > drafts[i].start:
        return None
    moved = ctx.change_around(text, drafts[j].start, drafts[j].end, s0, lang)
    if moved is None or not patterns["counted_change"].fullmatch(text, drafts[j].end, drafts[i].start):
        return None
    return drafts[j].unit


def _parallel_change_level(text, drafts, i, patterns) -> Draft | None:
    """ "... rose 2% to 1,200 points, while Y lost 1% to 980": change, level; change, level."""
    if i < 3:
        return None
    change, level, earlier_change = drafts[i - 1], drafts[i - 2], drafts[i - 3]
    if not (_is_change(change) and _is_change(earlier_change) and not _is_change(level)) or \
            level.unit == "count" or change.unit != earlier_change.unit or \
            not (earlier_change.end <= level.start and level.end <= change.start <= change.end <= drafts[i].start):
        return None
    after = patterns["after_change"]
    if not (after.fullmatch(text, change.end, drafts[i].start) and after.fullmatch(text, earlier_change.end,
                                                                                   level.start)):
        return None
    return level if patterns["joiner"].search(text, level.end, change.start) else None


def _elided_subject_level(text, drafts, i, patterns) -> Draft | None:
    before = drafts[i - 1]
    if before.unit == "count" or _is_change(before) or before.end > drafts[i].start:
        return None
    found = patterns["elided_subject"].search(text, max(before.end, drafts[i].start - 60), drafts[i].start)
    return before if found else None


def _same_preposition_level(text, drafts, i, patterns) -> Draft | None:
    before = drafts[i - 1]
    if before.unit == "count" or _is_change(before) or before.end > drafts[i].start:
        return None
    between = patterns["same_preposition"].fullmatch(text, before.end, drafts[i].start)
    if between is None:
        return None
    again = regex.match(rf"\s+{between.group('prep')}\b", text[drafts[i].end:drafts[i].end + 12], flags=regex.I)
    return before if again else None


def _abbreviated_count(reading: Reading):
    """ "35m of its devices", "2.7m combined sales": an abbreviated scale before a counted plural noun
    is a count in millions; otherwise ("5G", "10kg", "1.8m tall", "50m of cable") not a count."""
    m, text, data = reading.mention, reading.text, load(reading.lang)
    multiplier, _ = scale_abbreviations(reading.lang).get(m.suffix, (None, ""))
    if multiplier is None:
        return SKIP
    end = m.number_end + len(m.suffix)
    of = _OF_DETERMINER.match(text, end, min(reading.s1, end + 16))
    phrase = ctx.noun_phrase_after(text, of.end() if of else end, reading.s1, reading.lang)
    if phrase is None or phrase.start - (of.end() if of else end) > 1 or (phrase.unit == phrase.head and \
            phrase.head in data.NOT_COUNTED_AFTER_ABBREVIATION):
        return SKIP
    return finish(reading, m.start, end if of else phrase.end, phrase.unit, value=m.value * multiplier, phrase=phrase)
