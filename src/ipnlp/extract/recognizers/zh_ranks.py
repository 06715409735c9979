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
    clause_start = zctx.clause_start(text, m.start, reading.s0, reading.lang)
    clause = text[clause_start:m.start]
    verbs = [clause.rfind(verb) for verb in data.RANK_VERBS_BEFORE if verb in clause[-8:]]
    if not ranked and not verbs:
        return SKIP
    # The subject stands before the rank verb ("PCT申请量居世界第一"); a clause with none of its own
    # ("……7.3万件，连续多年位居世界第一") ranks the figure just stated.
    subject = zctx.noun_phrase(clause[:min(verbs)] if verbs else clause, reading.lang)
    if len(subject) < 2:
        subject = reading.drafts[-1].subject if reading.drafts else \
            zctx.subject_before(text, clause_start, reading.s0, reading.lang)
    subject = f"{subject}{data.RANK_WORD}" if data.RANK_WORD not in subject else subject
    return Draft(m.start, end, m.start, m.value, "rank", subject=subject)
