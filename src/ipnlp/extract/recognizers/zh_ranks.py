"""Chinese ranks: "第11位", "排名第二", "居世界第二", "高踞全球首位". An ordinal that ranks nothing
("第一階段" is caught earlier as a name) is not a claim."""

from __future__ import annotations

from ...lang import load
from .. import zh_context as zctx
from .base import SKIP, Draft, Reading


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind not in ("ordinal", "word_ordinal"):
        return None
    end = m.end
    after = text[m.end:m.end + 2]
    ranked = after.startswith(data.RANK_NOUNS_AFTER)
    if ranked and m.kind == "ordinal":
        end = m.end + 1  # "第11位"
    clause = text[zctx.clause_start(text, m.start, reading.s0, reading.lang):m.start]
    if not ranked and not any(verb in clause[-8:] for verb in data.RANK_VERBS_BEFORE):
        return SKIP
    subject = zctx.subject_before(text, m.start, reading.s0, reading.lang)
    if not subject and reading.drafts:
        subject = reading.drafts[-1].subject  # "……，居世界第二": the figure just stated
    subject = f"{subject}{data.RANK_WORD}" if data.RANK_WORD not in subject else subject
    return Draft(m.start, end, m.start, m.value, "rank", subject=subject)
