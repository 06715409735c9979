"""Counts: a number and the noun it counts, next to it ("45 regional service stations") or named
earlier in the sentence ("the number of patent licences reached 613,000"); "24 places" after a rank
cue is a change of rank. The last family tried: a figure nothing else claimed is a count."""

from __future__ import annotations

from ...lang import load
from .. import context as ctx
from .base import SKIP, Reading, finish
from .references import is_year


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind not in ("digits", "word"):
        return None
    if is_year(reading):
        return SKIP  # a year, even before a noun ("2024 patents" is a heading's year)
    if m.suffix:
        return SKIP  # "5G", "10kg", "S23": a glued unit of measure or a model name, not a count
    phrase = ctx.noun_phrase_after(text, m.end, reading.s1, reading.lang)
    if phrase is not None and phrase.start - m.end <= 1:
        unit = phrase.unit
        if unit in data.RANK_PLACE_NOUNS and ctx.rank_change_cue_before(text, m.start, reading.s0, reading.lang):
            unit = "rank_positions"  # "a cumulative improvement of 24 places"
        return finish(reading, m.start, phrase.end, unit, phrase=phrase)
    if m.kind == "word" and not m.scaled:
        return SKIP  # a single number word with nothing counted is a formula or an idiom
    counted = ctx.counted_noun_in_sentence(text, reading.s0, m.start, reading.lang)
    return finish(reading, m.start, m.end, counted[0].unit if counted else "count", counted_by_sentence=True)
