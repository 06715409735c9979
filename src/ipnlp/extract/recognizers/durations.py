"""Durations and other measures named right after the number: "15.5 months", "for three straight
years", "1.45 million times" (kinds ``duration`` and ``measure`` of units.tsv)."""

from __future__ import annotations

from ...lang import load
from .base import SKIP, Reading, finish
from .references import is_year


def recognize(reading: Reading):
    m = reading.mention
    if m.kind not in ("digits", "word"):
        return None
    if m.suffix:
        glued = load(reading.lang).GLUED_DURATIONS.get(m.suffix.lower())
        return finish(reading, m.start, m.number_end + len(m.suffix), glued) if glued else None  # "40min"
    if is_year(reading):
        return SKIP  # a year, even before a noun ("2024 patents" is a heading's year)
    unit = reading.unit_after()
    if unit is None or unit.kind not in ("duration", "measure"):
        return None
    return finish(reading, m.start, unit.end, unit.unit)
