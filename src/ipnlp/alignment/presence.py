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
# Whole, full: "100% Government guarantee" is 政府全額擔保, "100% backed" 全面支持 or 完全支持.
_FULL = re.compile("全額|全额|全數|全数|十足|全面|完全")
_FOLD_GROWTH = re.compile("([0-9０-９.．]+|[零〇一二兩两三四五六七八九十]+)倍(?:的)?(?:增長|增长|增幅)")
# Digits grouped in fours before a scale word (1,0598億, 4,7250億, 31 000): the comma or space
# separates myriads or thousands, the value is the digits read as one number. 兆 before 億 is a
# million million (1兆1330億 = 11,330億).
_WAN_GROUPED = re.compile(r"([0-9]{1,4}(?:[,，][0-9]{4})+|[0-9]{1,3}(?: [0-9]{3})+)(?:[.．]([0-9]+))?"
                          r"\s*([億亿萬万兆]?)")
_ZHAO = re.compile(r"([0-9]+)兆([0-9][0-9,，]*)[億亿]")
_SCALE = {"億": 1e8, "亿": 1e8, "萬": 1e4, "万": 1e4, "兆": 1e12, "": 1.0}


def _grouped_by_wan(text: str, start: int, end: int) -> list[float]:
    values = []
    for match in _WAN_GROUPED.finditer(text, start, end):
        digits = re.sub(r"[,， ]", "", match.group(1)) + ("." + match.group(2) if match.group(2) else "")
        values.append(float(digits) * _SCALE[match.group(3)])
    for match in _ZHAO.finditer(text, start, end):
        values.append(float(match.group(1)) * 1e12 + float(re.sub("[,，]", "", match.group(2))) * 1e8)
    return values


# Colloquial numerals that leave the last unit unsaid: 七百五萬 is 7,500,000, 一千二 is 1,200.
_COLLOQUIAL = re.compile("([一二兩两三四五六七八九])([百千萬万])([一二三四五六七八九])(?![十百千])([萬万億亿]?)")
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"兩": 2, "两": 2}
_UNIT = {"百": 100, "千": 1000, "萬": 10000, "万": 10000}


def _colloquial(text: str) -> list[float]:
    out = []
    for match in _COLLOQUIAL.finditer(text):
        unit = _UNIT[match.group(2)]
        value = _DIGIT[match.group(1)] * unit + _DIGIT[match.group(3)] * unit / 10
        out.append(value * _SCALE.get(match.group(4), 1.0))
    return out


# Half a year is six months ("extended by six months" / 延長半年).
_HALF_YEAR = re.compile("半年|半個月|半个月")
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
    # A "number" with two decimal points (109.8110.5) is two numbers run together, neither of which
    # is written: what it seems to say must not pass for a figure near it.
    garbled = [(m.start(), m.end()) for m in _TWO_POINTS.finditer(text, start, end)]

    def inside(a: int, b: int) -> bool:
        return any(g_start <= a and b <= g_end for g_start, g_end in garbled)

    for mention in find_mentions(text, start, end, lang=lang):
        if inside(mention.start, mention.end):
            continue
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
    values.extend(float(m.group().translate(_FULLWIDTH)) for m in _DIGIT_RUN.finditer(text, start, end)
                  if not inside(m.start(), m.end()))
    if lang == "zh":
        values.extend(_han_shares(text[start:end]))
        # Every run of Chinese numerals, whatever the extractor made of it: 兩類 ("two types"), 萬 alone.
        values.extend(_han_numbers(text[start:end]))
        values.extend(10000.0 for _ in _LONE_WAN.finditer(text, start, end))
        values.extend(6.0 if m.group() == "半年" else 0.5 for m in _HALF_YEAR.finditer(text, start, end))
        values.extend(_grouped_by_wan(text, start, end))
        values.extend(100.0 for _ in _FULL.finditer(text, start, end))
        values.extend(_colloquial(text[start:end]))
        # 三倍增長, "threefold growth", is read as tripling too (增長三倍 strictly is fourfold).
        values.extend((v - 1) * 100 for v in (_han_value(m.group(1)) if not m.group(1)[0].isdigit()
                                               else float(m.group(1).translate(_FULLWIDTH))
                                               for m in _FOLD_GROWTH.finditer(text, start, end)) if v)
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


_GLUED_SCALE = re.compile(r"\s*(thousand|million|billion|trillion)[a-z]", re.IGNORECASE)
_EN_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def written_in(figure: ClaimFeatures, numbers: list[float]) -> bool:
    """The figure's value (within its rounding, or half a percent) is among ``numbers``, or the same
    amount in another unit (within the figure's rounding, scaled: 78 basis points are 0.78, not 0.5
    to 1.3, percentage points)."""
    value = abs(figure.value)
    if _within(value, max(figure.tolerance, 0.005 * value), numbers):
        return True
    factors = []
    # A scale word the extractor did not read because a word is glued to it ("HK$10 billionequivalent").
    glued = _GLUED_SCALE.match(figure.after)
    if glued:
        factors.append(_EN_SCALE[glued.group(1).lower()])
    if figure.claim.unit in _IN_YEARS:
        factors.append(_IN_YEARS[figure.claim.unit])
    if figure.claim.unit == "times":
        factors.append(100)
    # 100 basis points are one percentage point (一個百分點（即100基點）, "a 1-percentage-point cut").
    if figure.claim.unit == "basis_point":
        factors.append(0.01)
    if figure.claim.unit == "percentage_point":
        factors.append(100)
    return any(_within(value * factor, max(figure.tolerance * factor, 1e-9 * value * factor), numbers)
               for factor in factors)


def _within(value: float, slack: float, numbers: list[float]) -> bool:
    return any(abs(abs(number) - value) <= max(slack, 1e-9) for number in numbers)


def stretch(layout: Layout, figure: ClaimFeatures, band: float, blocks: bool) -> tuple[int, int]:
    """Where in the other text (described by its ``layout``) the figure's counterpart would be."""
    if blocks:
        first = max(0, min(figure.block, layout.count - 1) - layout.reach)
        last = min(figure.block + layout.reach, layout.count - 1)
        end = layout.starts[last + 1] if last + 1 < layout.count else layout.length
        return layout.starts[first], end
    centre = figure.position * layout.length
    return max(0, int(centre - band * layout.length)), min(layout.length, int(centre + band * layout.length) + 1)


_LIST_FOLLOWS = re.compile(r"[^.。!?！？;；\n]{0,60}?(?:[:：]|[,，]?\s*\b(?:namely|i\.e\.)\s)", re.IGNORECASE)


def enumerated(figure: ClaimFeatures, text: str) -> bool:
    """A small count in words whose items the sentence goes on to list ("two types of asset
    allocation: the strategic ... and the tactical", "in seven languages, namely ..."): a translation
    may list them without the count."""
    claim = figure.claim
    return (not any(ch.isdigit() for ch in claim.text) and 0 < abs(figure.value) <= 10
            and _LIST_FOLLOWS.match(text, claim.end) is not None)


# The "US$1" of "HK$7.85/US$1" or "HK$7.80 to one US dollar" is the unit of a rate: a translation may
# write the currency alone (每美元兌7.85港元, 7.85港元/美元).
_RATE_UNIT_BEFORE = re.compile(r"(?:/|\bto|\bper|\bagainst|兌|兑|對|对|每)\s*$", re.IGNORECASE)


def rate_unit(figure: ClaimFeatures, text: str) -> bool:
    """A figure of one currency unit that is the denominator of an exchange rate."""
    claim = figure.claim
    return (abs(figure.value) == 1 and len(figure.family) == 3 and figure.family.isupper()
            and _RATE_UNIT_BEFORE.search(text[max(0, claim.start - 12):claim.start]) is not None)


# A Chinese numeral directly followed by a percent written with its own number (一百百分百, 50百分之五十):
# the translation wrote one figure twice over, which reads as no number at all. 百分百 and 百分之X
# each state a whole percent. A Han numeral before 百分之 is a fraction's denominator (三百分之一 is
# one three-hundredth) unless it ends in 百 itself (一百百分之五十).
_HAN_NUMERAL = f"[{_HAN_DIGIT}百千萬万]*[{_HAN_DIGIT}百千萬万]"
_DIGIT_NUMERAL = "[0-9０-９]+(?:[.．][0-9０-９]+)?"
_GARBLED = re.compile(f"(?:{_DIGIT_NUMERAL}|{_HAN_NUMERAL})(?=百分百)(百分百)"
                      f"|(?:{_DIGIT_NUMERAL}|[{_HAN_DIGIT}百千萬万]*百)(?=百分之)(百分之[{_HAN_DIGIT}百]+)")


def garbled_numerals(text: str, start: int, end: int, figure: ClaimFeatures,
                     lang: str = "zh") -> tuple[int, int] | None:
    """Where ``text[start:end]`` writes the figure's number garbled, if it does: a numeral followed by
    another number expression (一百百分百 for "100%", Chinese only), or one number with two decimal
    points (the range "109.9–112.1%" run together as 109.9112.1%, 39,151.17億 as "39.151.17")."""
    if lang == "zh":
        for match in _GARBLED.finditer(text, start, end):
            percent = match.group(1) or match.group(2)
            numeral = text[match.start():match.end() - len(percent)]
            first = float(numeral.translate(_FULLWIDTH)) if numeral[0].isdigit() else _han_value(numeral)
            second = [_han_value(percent[3:])] if percent.startswith("百分之") else _han_shares(percent)
            if any(value is not None and abs(value - abs(figure.value)) <= max(figure.tolerance, 1e-9)
                   for value in (first, *second)):
                return match.start(), match.end()
    for match in _TWO_POINTS.finditer(text, start, end):
        if _run_together(match.group().translate(_FULLWIDTH), figure):
            return match.start(), match.end()
    return None


# One "number" with two decimal points: never a number, always two numbers (or one) run together.
_TWO_POINTS = re.compile(r"(?<![0-9０-９.．])[0-9０-９]+[.．][0-9０-９]+[.．][0-9０-９]+(?![0-9０-９])")


def _run_together(written: str, figure: ClaimFeatures) -> bool:
    """``written`` (with two points) holds the figure's digits: a range's two bounds one after the
    other, or the figure's own digits with a point misplaced."""
    claim = figure.claim
    numbers = [_digits_of(claim.value)] + ([_digits_of(claim.value_high)] if claim.value_high is not None else [])
    literal = re.sub(r"[^0-9.]", "", (_NUMERAL_IN.search(claim.text) or re.match("", "")).group())
    if len(numbers) == 2:
        if not written.startswith(numbers[0]):
            return False
        try:  # what follows the low bound reads as the high bound (2.25|2.50, 4.75|5.00)
            return float(written[len(numbers[0]):]) == float(claim.value_high)  # type: ignore[arg-type]
        except ValueError:
            return False
    # One bound of a range the extractor read as two figures ("2.25" of 2.25–2.50% in 2.252.50%), or
    # the figure's digits with a point misplaced (39,151.17 as 39.151.17).
    if not literal:
        return False
    bound = "." in literal and (written.startswith(literal) or written.endswith(literal))
    return bound or written.replace(".", "") == literal.replace(",", "").replace(".", "")


_NUMERAL_IN = re.compile(r"[0-9][0-9,.]*[0-9]|[0-9]")


def _digits_of(value: object) -> str:
    """A Decimal or float as it is written, without trailing zeros after the point: 2.50 -> '2.5'."""
    text = format(value, "f") if not isinstance(value, float) else repr(value)
    return text.rstrip("0").rstrip(".") if "." in text else text
