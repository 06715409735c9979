"""What the Chinese recognizers share: finishing a figure whose unit is known (its bound, written
before or after it, and its subject), and reading a stated change into a ``Change``."""

from __future__ import annotations

from decimal import Decimal

from ...models import Change
from .. import zh_context as zctx
from .base import Draft, Reading

_RANGE_CHARACTERS = frozenset("0123456789０１２３４５６７８９,.%％ 至到-–—~～負负")


def finish(reading: Reading, start: int, end: int, unit: str, *, value: Decimal | None = None,
           qualifier: str | None = None, notes: list[str] | None = None) -> Draft:
    """A Draft for a figure whose unit is known: its qualifier and its subject."""
    text, lang, m = reading.text, reading.lang, reading.mention
    s0, s1 = reading.sentence
    before = zctx.qualifier_before(text, start, s0, lang)
    after = zctx.qualifier_after(text, end, s1, lang)
    subject_end = start
    if qualifier is None:
        if before:
            qualifier, subject_end = before[0], before[1]
        elif after:
            qualifier = after[0]
    if after and qualifier is not None and after[0] == qualifier:
        end = after[1]  # "5000亿元以上": the bound is part of the figure's text
    if reading.in_range:  # "釋放2,000至3,000億港元": the subject stands before the low end
        while subject_end > s0 and text[subject_end - 1] in _RANGE_CHARACTERS:
            subject_end -= 1
    previous = reading.drafts[-1] if reading.drafts else None
    if previous is not None and text[previous.end:subject_end].strip() in zctx.LIST_JOINERS:
        subject = previous.subject  # "分別減少2.1%及5.7%": one list, one subject
    else:
        subject = zctx.subject_before(text, subject_end, s0, lang)
    return Draft(start, end, m.start, m.value if value is None else value, unit,
                 qualifier=qualifier or "exact", subject=subject, notes=list(notes or ()))


def with_change(reading: Reading, draft: Draft, unit: str) -> Draft:
    """Set ``draft.yoy`` when the figure is a stated change ("同比增长13.5%", "下跌約19%")."""
    text, m = reading.text, reading.mention
    change = zctx.change_around(text, draft.start, draft.end, reading.s0, reading.s1, reading.lang)
    if change is None:
        return draft
    direction = "down" if m.value < 0 else change.direction  # "減少（–5.2%）", "增長負1.5%"
    draft.yoy = Change(value=float(abs(m.value)), unit=unit, direction=direction,  # type: ignore[arg-type]
                       start=change.start, end=max(change.end, draft.end), text=text[change.start:max(change.end,
                                                                                                     draft.end)])
    return draft
