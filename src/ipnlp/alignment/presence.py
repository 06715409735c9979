"""Is a figure's number written in a stretch of the other text, claim or not?

A figure is reported missing from the translation (IPN601) only when its number is not in the
corresponding paragraph at all. The extractors of two languages do not read the same things as
claims: "the four-phase approach" is no claim in English and `分4個階段` may be one in Chinese, a
figure inside a title is skipped on one side, a measure word the Chinese data does not know leaves
a count unread. Without this test every such difference is a missing figure on one side and an
added one on the other; with it, only a number that is truly absent is.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .features import ClaimFeatures
from .layout import Layout

_DIGIT_RUN = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
# Shares Chinese writes in words the number reader does not scale: 九成 (nine tenths), 三分之一,
# 百分之百, 一半. A closed list: the percent each stands for.
_HAN_DIGIT = "零〇一二兩两三四五六七八九十"
_TENTHS = re.compile(f"([{_HAN_DIGIT}]+)成")
_FRACTION = re.compile(f"([{_HAN_DIGIT}]+)分之([{_HAN_DIGIT}]+)")
_WHOLE = re.compile("百分之百|百分百|一半|半數|半数|半")
_LONE_WAN = re.compile("(?<![0-9０-９一二三四五六七八九十百千兩两])[萬万]")
_TIMES = re.compile("([0-9０-９.．]+|[零〇一二兩两三四五六七八九十]+)倍")
# English words that are numbers the reader does not count as such.
_EN_WORDS = {"decade": 10.0, "dozen": 12.0, "century": 100.0}
_EN_WORD = re.compile(r"\b(?:decade|dozen|century)\b", re.IGNORECASE)


def numbers_in(text: str, start: int, end: int, lang: str) -> list[float]:
    """Every number mention in ``text[start:end]``: its scaled value and its bare written number."""
    if lang == "zh":
        from ..extract.zh_numbers import find_mentions
    else:
        from ..extract.numbers import find_mentions
    values: list[float] = []
    for mention in find_mentions(text, start, end, lang=lang):
        if mention.kind == "date":
            # The day of "十二月十三日" is the "13" of "13 Dec".
            values.extend(_han_numbers(text[mention.start:mention.end]) if lang == "zh" else [])
            continue
        values.append(float(mention.value))
        if mention.high is not None:
            values.append(float(mention.high))
        if _DECADES.match(text, mention.end):
            values.append(float(mention.value) * 10)
        multiplier = getattr(mention, "multiplier", Decimal(1)) or Decimal(1)
        if multiplier != 1:
            values.append(float(mention.value / multiplier))
    # Any run of digits, whatever the extractor made of it: the 12 of "11月12日", a figure in a title.
    values.extend(float(m.group().translate(_FULLWIDTH)) for m in _DIGIT_RUN.finditer(text, start, end))
    if lang == "zh":
        values.extend(_han_shares(text[start:end]))
        # Every run of Chinese numerals, whatever the extractor made of it: 兩類 ("two types"), 萬 alone.
        values.extend(_han_numbers(text[start:end]))
        values.extend(10000.0 for _ in _LONE_WAN.finditer(text, start, end))
        # X倍 of growth is a change of X times 100 percent: 增長兩倍 is "tripling", 急增2.3倍 "soared 230%".
        times = (_han_value(m.group(1)) if not m.group(1)[0].isdigit() else float(m.group(1).translate(_FULLWIDTH))
                 for m in _TIMES.finditer(text, start, end))
        values.extend(v * 100 for v in times if v is not None)
    else:
        values.extend(_EN_WORDS[m.group().lower()] for m in _EN_WORD.finditer(text, start, end))
    return values


_HAN_RUN = re.compile(f"[{_HAN_DIGIT}廿卅百千萬万]+")


def _han_value(numeral: str) -> float | None:
    from ..extract.zh_numbers import han_value

    try:  # 廿 and 卅 (twenty, thirty) are read as 二十 and 三十
        value = han_value(numeral.replace("廿", "二十").replace("卅", "三十"))
    except (KeyError, ValueError, ArithmeticError):
        return None
    return None if value is None else float(value)


def _han_numbers(text: str) -> list[float]:
    return [v for v in (_han_value(m.group()) for m in _HAN_RUN.finditer(text)) if v is not None]


def _han_shares(text: str) -> list[float]:
    shares = [100.0 if m.group() in ("百分之百", "百分百") else 50.0 for m in _WHOLE.finditer(text)]
    for match in _TENTHS.finditer(text):
        tenths = _han_value(match.group(1))
        if tenths is not None:
            shares.append(tenths * 10)
    for match in _FRACTION.finditer(text):
        whole, part = _han_value(match.group(1)), _han_value(match.group(2))
        if whole and part is not None:
            shares.append(round(part / whole * 100, 2))
    return shares


# Durations one language counts in decades and the other in years (三十多年, "three decades").
_IN_YEARS = {"decades": 10, "decade": 10}
_DECADES = re.compile(r"\s*decades?\b", re.IGNORECASE)


def written_in(figure: ClaimFeatures, numbers: list[float]) -> bool:
    """The figure's value (within its rounding, or half a percent) is among ``numbers``."""
    values = [abs(figure.value)]
    if figure.claim.unit in _IN_YEARS:
        values.append(abs(figure.value) * _IN_YEARS[figure.claim.unit])
    if figure.claim.unit == "times":
        values.append(abs(figure.value) * 100)
    for value in values:
        slack = max(figure.tolerance, 0.005 * value, 1e-9)
        if any(abs(abs(number) - value) <= slack for number in numbers):
            return True
    return False


def stretch(layout: Layout, figure: ClaimFeatures, band: float, blocks: bool) -> tuple[int, int]:
    """Where in the other text (described by its ``layout``) the figure's counterpart would be."""
    if blocks:
        first = max(0, min(figure.block, layout.count - 1) - layout.reach)
        last = min(figure.block + layout.reach, layout.count - 1)
        end = layout.starts[last + 1] if last + 1 < layout.count else layout.length
        return layout.starts[first], end
    centre = figure.position * layout.length
    return max(0, int(centre - band * layout.length)), min(layout.length, int(centre + band * layout.length) + 1)


_LIST_FOLLOWS = re.compile(r"[^.。!?！？;；\n]{0,60}?[:：]")


def enumerated(figure: ClaimFeatures, text: str) -> bool:
    """A small count in words whose items the sentence goes on to list ("two types of asset
    allocation: the strategic ... and the tactical"): a translation may list them without the count."""
    claim = figure.claim
    return (not any(ch.isdigit() for ch in claim.text) and 0 < abs(figure.value) <= 10
            and _LIST_FOLLOWS.match(text, claim.end) is not None)
