"""Chinese numbers that are not measured quantities: dates, years, references ("圖5", "表1", "第十条"),
labels and names ("10年期", "第1類機構", "標普500指數"), periods ("首5個月", "第4季"), figures in
quotation or book-title marks ("“十四五”", "《巴塞爾協定三》") and footnote digits glued to a word
("措施4"). Returns ``SKIP`` for them, None otherwise.

A bare Arabic number with no unit after it is a footnote, a label or a code in Chinese: a quantity
always carries its measure word, currency or percent sign, so the count recognizer skips it last.
"""

from __future__ import annotations

import regex

from ...lang import load
from .. import zh_context as zctx
from .base import SKIP, Reading

# "第187至289頁", "第3-5条": an ordinal opening a span of references.
_REFERENCE_SPAN = regex.compile(r"\s?(?:至|到|[-–—~～])\s?第?\s?[\d一二三四五六七八九十百]+")


def is_year(reading: Reading) -> bool:
    """Four digits in the year range with nothing that makes them an amount (or 年 after them)."""
    m, data = reading.mention, load(reading.lang)
    if not (m.kind == "digits" and not m.has_comma and not m.has_decimal and not m.scaled and not m.negative
            and m.number_end - m.start == 4 and data.YEAR_MIN <= m.value <= data.YEAR_MAX):
        return False
    unit = zctx.unit_after(reading.text, m.end, reading.s1, reading.lang)
    return unit is None or unit.unit == "year"


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind == "date":
        return SKIP
    if is_year(reading):
        return SKIP  # "2024年", "預計2020 年"
    if zctx.inside_quotes(text, m.start, reading.s0, reading.lang):
        return SKIP  # "“十四五”", "「八成信貸擔保產品」": a name
    before = text[max(reading.s0, m.start - 3):m.start].rstrip()
    after = text[m.end:m.end + 6].lstrip().lstrip(data.MORE_AFTER_NUMBER)  # "30多年來" reads as "30年來"
    if m.kind == "ordinal":
        if _REFERENCE_SPAN.match(text, m.end, reading.s1):
            return SKIP  # "列載於第187至289頁": a span of pages
        if after.startswith(data.ORDINAL_REFERENCES) and not after.startswith(data.RANK_NOUNS_AFTER):
            return SKIP  # "第十条", "第二十届", "第3次会议", "第1類機構", "第4季", "第一階段"
        return None
    if m.kind == "word" and before.endswith(data.VAGUE_BEFORE):
        return SKIP  # "未來幾十年", "数百家": an order of magnitude, not a figure
    if any(before.endswith(word) for word in data.REFERENCE_BEFORE) and not before.endswith(data.NOT_REFERENCE_BEFORE):
        return SKIP  # "圖5", "表 1", "附註3"
    if before.endswith(data.LIST_SCOPE_BEFORE) and after.startswith(data.LIST_SCOPE_AFTER):
        return SKIP  # "全球前10名": the size of a ranking list
    if after.startswith(data.LABEL_AFTER):
        return SKIP  # "10年期", "標普500指數"
    if reading.in_range and m.kind == "digits":
        low = text[max(reading.s0, m.start - 12):m.start]
        if "第" in low:
            return SKIP  # "第173至281頁": the second page of a reference
    unit = zctx.unit_after(text, m.end, reading.s1, reading.lang)
    if unit is not None and unit.kind == "duration" and \
            any(before.endswith(word) for word in data.PERIOD_ORDER_BEFORE):
        return SKIP  # "首5個月", "前三年": which period, not how long
    return None
