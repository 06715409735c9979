"""Chinese counts, durations and ratios: a number and its measure word ("104.5万件", "59,797宗",
"5000多家", "1万余件"), a duration ("15.5个月", "连续5年"), a multiple ("2倍") and a ratio ("35：65").
The last family tried: a number with none of these after it is no claim in Chinese (a footnote,
a label, a code), since a quantity always carries its measure word."""

from __future__ import annotations

import regex

from ...lang import load
from .. import zh_context as zctx
from .base import SKIP, Reading
from .zh_base import finish

_RATIO = regex.compile(r"[：:](\d+(?:\.\d+)?)(?![\d.])")
# The rest of a list of durations: "、10年和30年", "及3個月".
_DURATION_LIST = regex.compile(r"(?:\s?[、及和与與或]\s?[\d一二三四五六七八九十]+\s?(?:年|個月|个月|天|日|周|週))+")


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind not in ("digits", "word"):
        return SKIP
    pos = m.end
    qualifier = None
    if pos < reading.s1 and text[pos] in data.MORE_AFTER_NUMBER:
        pos, qualifier = pos + 1, "more_than"  # "5000多家"
    elif any(ch in data.MORE_AFTER_NUMBER for ch in text[m.number_end:m.end]):
        qualifier = "more_than"  # "100多万人"
    unit = zctx.unit_after(text, pos, reading.s1, reading.lang)
    if unit is not None and unit.kind in ("noun", "duration", "measure") and unit.unit != "points":
        if unit.kind == "noun" and text[unit.end:unit.end + 1] and \
                text[unit.end] in data.NOT_MEASURE_BEFORE.get(unit.unit, ""):
            return SKIP  # "兩部分", "名单": the measure word begins another word
        listed = _DURATION_LIST.match(text, unit.end, reading.s1) if unit.kind == "duration" else None
        after = listed.end() if listed else unit.end  # "5年、10年和30年期": tenors listed before their noun
        if unit.kind == "duration" and after < reading.s1 and _is_han(text[after]) and \
                (text[after] not in data.DURATION_FOLLOWERS or text[after] == "期") and \
                not text[max(reading.s0, m.start - 2):m.start].endswith(data.DURATION_RUN_BEFORE):
            return SKIP  # "1個月香港銀行同業拆息", "5天移動平均數": a tenor or a label
        if m.kind == "word" and not m.scaled and qualifier is None:
            if m.value in data.ARTICLE_VALUES and unit.kind in ("noun", "duration"):
                return SKIP  # "一项重要举措", "的一年": a determiner, not a count
            if m.value <= 10 and unit.unit in data.ENUMERATING_MEASURES:
                return SKIP  # "分成兩個主要組合：", "三个方面": the size of an enumeration that follows
        return finish(reading, m.start, unit.end, unit.unit, qualifier=qualifier)
    ratio = _RATIO.match(text, m.end, reading.s1)
    if ratio and m.kind == "digits" and "比" in text[max(reading.s0, m.start - 20):m.start]:
        return finish(reading, m.start, ratio.end(), "ratio")  # "比重約為35：65"
    return SKIP


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
