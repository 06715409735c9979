"""Chinese percentages and points: "13.5%", "１５％", "百分之十五", "0.7个百分点", "12.5基點", "28,190點",
"八成" (tenths), each perhaps a stated change ("同比增长13.5%", "比上年提高0.7个百分点", "下跌約19%").

A change is a claim of its own here, as the Chinese gold has it ("上升4%至59,797宗" states two
figures), carrying its direction in ``yoy``; the claim pipeline also gives it to the figure it
modifies when that figure comes right before it ("达到104.5万件，同比增长13.5%")."""

from __future__ import annotations

from ...lang import load
from ...models import Change
from .. import zh_context as zctx
from .base import Reading
from .zh_base import finish, with_change

_POINT_KINDS = ("percent", "percentage_point", "basis_point")


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind == "multiplier":  # "翻了一番": up 100%
        draft = finish(reading, m.start, m.end, "percent")
        draft.yoy = Change(value=float(m.value), unit="percent", direction="up", start=m.start, end=m.end,
                           text=text[m.start:m.end])
        return draft
    if m.kind not in ("digits", "word"):
        return None
    if m.suffix == "%":  # "百分之十五", "百分百"
        return with_change(reading, finish(reading, m.start, m.end, "percent"), "percent")
    if m.kind == "word" and not m.scaled and text[m.end:m.end + 1] == data.TENTHS and \
            text[m.end + 1:m.end + 2] not in data.TENTHS_NOT_BEFORE and 0 < m.value < 10 and \
            text[m.start:m.end] in data.HAN_DIGITS:
        return finish(reading, m.start, m.end + 1, "percent", value=m.value * 10)  # "八成"
    unit = zctx.unit_after(text, m.end, reading.s1, reading.lang)
    if unit is None or not (unit.kind in _POINT_KINDS or unit.unit == "points"):
        return None
    if unit.unit == "points" and (m.kind == "word" or m.scaled):
        return None  # "一点" is no score; "3万点" neither
    draft = finish(reading, m.start, unit.end, unit.unit)
    return with_change(reading, draft, unit.unit)
