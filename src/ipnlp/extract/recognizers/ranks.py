"""Ranks: an ordinal is a claim only when it ranks something ("11th place", "ranking second",
"the first country to ...")."""

from __future__ import annotations

from ...lang import load
from .. import context as ctx
from ..subject import clause_subject
from .base import SKIP, Draft, Reading


def recognize(reading: Reading):
    m, text = reading.mention, reading.text
    if m.kind not in ("ordinal", "word_ordinal"):
        return None
    s0, s1 = reading.sentence
    end = m.end
    noun_end = ctx.rank_noun_after(text, m.end, s1, reading.lang)
    if noun_end is not None:
        end = noun_end
    elif not (ctx.rank_before(text, m.start, reading.lang) or
              ctx.ranked_entity_after(text, m.start, m.end, s1, reading.lang)):
        return SKIP
    subject = clause_subject(text, s0, m.start, reading.lang)
    if not subject and reading.drafts:
        subject = reading.drafts[-1].subject  # "..., ranking second in the world": the figure just stated
    word = load(reading.lang).RANK_WORD
    subject = f"{subject} {word}" if subject and word not in subject.lower() else (subject or word)
    return Draft(m.start, end, m.start, m.value, "rank", subject=subject)
