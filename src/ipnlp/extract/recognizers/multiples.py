"""Quantities of multiplication: "doubled" and "halved" (a change: up 100%, down 50%) and
"sixfold", "6-fold", "two-and-a-half times" (a ratio in ``times``)."""

from __future__ import annotations

from ...models import Change
from .base import Reading, finish


def recognize(reading: Reading):
    m = reading.mention
    if m.kind == "multiplier":
        direction = "up" if m.value > 0 else "down"
        return Change(value=float(abs(m.value)), unit="percent", direction=direction, start=m.start, end=m.end,
                      text=reading.text[m.start:m.end])
    if m.kind == "fold":
        return finish(reading, m.start, m.end, "times")
    return None
