"""Percentages and points: "95.2%", "88 per cent", "1.38pc", "3.1 percentage points", "25 basis
points", "190 points", and the same figures stated as a change ("up 8.5%", "lost 190 points",
"rose 25 basis points"), which become a ``Change`` for the figure they modify.
"""

from __future__ import annotations

from functools import cache

import regex

from ...lang import load
from ...models import Change
from .. import context as ctx
from .base import Draft, Reading, finish

# Kinds of units.tsv this family reads, and the units whose figure may be a stated change.
_KINDS = ("percent", "percentage_point", "basis_point")
_CHANGE_UNITS = ("percent", "percentage_point", "basis_point", "points")
_HYPHENATED = regex.compile(r"-((?i:basis[- ]points?|percentage[- ]points?|per[- ]?cent|bps?))\b")
_PERCENT_COMPOUND = regex.compile(r"\s+(?i:per\s?cent|percent)(?=-[A-Za-z])")
_GLUED = {"pc": "percent", "pct": "percent", "bp": "basis_point", "bps": "basis_point", "pp": "percentage_point"}


@cache
def _named_before(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    data = load(lang)
    return regex.compile(data.PERCENT_NAMED_BEFORE), regex.compile(data.PERCENT_NAMED_BEFORE_END)


def percent_named_before(reading: Reading) -> int | None:
    """Where "per cent of" starts when it comes before a bare figure that ends the phrase ("per cent of
    twenty-two"); None otherwise ("50 per cent of 20 firms", "percent of 10 companies")."""
    m = reading.mention
    if m.kind not in ("digits", "word") or m.suffix:
        return None
    before, end = _named_before(reading.lang)
    found = before.search(reading.text, max(reading.s0, m.start - 24), m.start)
    if found is None or not end.match(reading.text, m.end, reading.s1 + 1):
        return None
    return found.start()


def unit_of(reading: Reading) -> ctx.UnitMatch | None:
    """The percent-family unit right after the number, glued ("1.38pc") or not ("3.1 points")."""
    m = reading.mention
    if m.kind == "fraction":
        return ctx.UnitMatch("percent", "percent", m.end)
    if m.suffix:
        unit = _GLUED.get(m.suffix.lower())
        return ctx.UnitMatch(unit, unit, m.number_end + len(m.suffix)) if unit else None
    # Both patterns open on one character (a hyphen, a space): tested first, as most figures have neither.
    hyphenated = _HYPHENATED.match(reading.text, m.end, min(reading.s1, m.end + 24)) \
        if reading.text.startswith("-", m.end) else None
    if hyphenated:  # "a 300-basis point rise"
        unit = "basis_point" if hyphenated.group(1)[0] in "bB" else \
            "percentage_point" if hyphenated.group(1)[0] in "pP" and "oint" in hyphenated.group(1) else "percent"
        return ctx.UnitMatch(unit, unit, hyphenated.end())
    found = reading.unit_after()
    if found and (found.kind in _KINDS or found.unit == "points"):
        return found
    compound = _PERCENT_COMPOUND.match(reading.text, m.end, min(reading.s1, m.end + 12)) \
        if reading.text[m.end:m.end + 1].isspace() else None  # ``str.isspace`` holds for every ``\s``
    if compound:  # "a 43.4 percent-owned unit": the percent word starts a compound adjective
        return ctx.UnitMatch("percent", "percent", compound.end())
    return None


def recognize(reading: Reading):
    m, text = reading.mention, reading.text
    if m.kind not in ("digits", "fraction", "word"):
        return None
    unit = unit_of(reading)
    if unit is None:
        named = percent_named_before(reading)
        return None if named is None else finish(reading, named, m.end, "percent")
    if m.kind == "word" and unit.unit == "points":
        return None  # "two points": a list of points made, not a score
    if unit.unit in _CHANGE_UNITS:
        change = ctx.change_around(text, m.start, unit.end, reading.s0, reading.lang)
        if change is not None:
            value = abs(m.value)
            direction = change.direction
            if m.value < 0:
                direction = "down"  # "changed by -3.2%"
            return Change(value=float(value), unit=unit.unit, direction=direction,  # type: ignore[arg-type]
                          start=change.start, end=change.end, text=text[change.start:change.end])
    start = m.start
    end = unit.end
    # "(-5.2%)": the bracket only frames the figure; the sign is the number's own.
    return finish(reading, start, end, unit.unit)


def is_percent_like(reading: Reading) -> bool:
    unit = unit_of(reading)
    return unit is not None and unit.unit in ("percent", "percentage_point", "basis_point")


__all__ = ["index_levels", "is_percent_like", "load", "percent_named_before", "recognize", "unit_of"]


def index_levels(text: str, drafts: list[Draft], lang: str) -> None:
    """A bare level that a change in points belongs to, or that a change in points leads to, or whose
    subject is an index, is in points: "(16,369.03, up 58.06 points)", "the index lost 190 points to
    7,100", "The Hang Seng Index closed the year at 23,398"."""
    leads_to = _leads_to(lang)
    index_subject = _index_subject(lang)
    for i, draft in enumerate(drafts):
        if draft.unit == "count" and draft.counted_by_sentence and index_subject.search(draft.subject):
            draft.unit = "points"
        change = draft.yoy
        if change is None or change.unit != "points":
            continue
        if draft.unit == "count" and draft.counted_by_sentence and draft.start != change.start:
            draft.unit = "points"  # the level that carries the change
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        gap_start = change.end
        if nxt is not None and nxt.unit == "percent" and i + 2 < len(drafts) and \
                _restated(lang).fullmatch(text, change.end, nxt.start):
            gap_start, nxt = nxt.end, drafts[i + 2]  # "fell 500 points, or 2.1%, to 17,000": the same change
        if draft.start == change.start and nxt is not None and nxt.unit == "count" and nxt.counted_by_sentence \
                and leads_to.fullmatch(text, gap_start, nxt.start):
            nxt.unit = "points"  # the level a stated change leads to


@cache
def _index_subject(lang: str) -> regex.Pattern[str]:
    return regex.compile(load(lang).INDEX_SUBJECT)


@cache
def _restated(lang: str) -> regex.Pattern[str]:
    return regex.compile(load(lang).CHANGE_RESTATED)


@cache
def _leads_to(lang: str) -> regex.Pattern[str]:
    return regex.compile(load(lang).CHANGE_LEADS_TO + r"(?:\w+\s+){0,2}?")
