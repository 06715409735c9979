"""Chinese money: a currency after the number and its scale ("2,054億港元", "4.7万亿元", "100亿美元",
"5000亿元人民币") or before it ("人民币5000亿", "港幣3億"). Every currency is a row of
``data/zh/units.tsv``: 元 and 人民币 are CNY, 港元/港幣 HKD, 美元 USD."""

from __future__ import annotations

from functools import cache

import regex

from ...lang import load
from .. import zh_context as zctx
from .base import SKIP, Reading
from .zh_base import finish


def recognize(reading: Reading):
    m, text = reading.mention, reading.text
    if m.kind not in ("digits", "word") or m.suffix:
        return None
    unit = zctx.unit_after(text, m.end, reading.s1, reading.lang)
    before = zctx.currency_before(text, m.start, reading.s0, reading.lang)
    if unit is not None and unit.kind == "currency" and m.value == 1 and \
            text[max(reading.s0, m.start - 2):m.start].endswith(load(reading.lang).EXCHANGE_RATE_BEFORE):
        return SKIP  # "以7.85港元兌1美元的匯率": the unit of an exchange rate, not an amount
    if unit is not None and unit.kind == "currency" and not m.scaled and \
            _denomination(reading.lang).match(text, unit.end, reading.s1):
        return SKIP  # "10港元流通紙幣總值46億港元": the note's name; its total is the figure
    if unit is not None and unit.kind == "currency":
        return finish(reading, m.start, unit.end, before[0] if before else unit.unit)
    if before is not None and (unit is None or unit.kind != "noun") and (m.scaled or m.kind == "digits"):
        return finish(reading, before[1], m.end, before[0])  # "人民币5000亿"
    return None


@cache
def _denomination(lang: str) -> regex.Pattern[str]:
    return regex.compile(load(lang).DENOMINATION_AFTER)
