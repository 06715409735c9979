"""The Han number grammar: number mentions in Chinese text (Simplified and Traditional).

Pure, like ``numbers.py``, and returns the same ``Mention`` tuples, so the claim pipeline downstream
is shared. What differs from Latin-script text:

- no spaces: a number stands between Han characters ("达到134.9万件"), so a Han character is no
  letter at a number's boundary, while a Latin letter or a digit still is ("A1", "GB/T29490");
- scales are characters glued to the number, alone or combined: 万, 亿, 万亿, 千亿, 萬, 億
  ("4.7万亿元" -> 4.7e12, "1,296.7億" -> 1.2967e11); 百 before 分 is no scale (百分点);
- Han numerals ("六十一点三万" -> 613000, "两千") with 点/點 as decimal point; a run that is no
  well-formed numeral ("十四五", the five-year plan) is no number;
- a sign in words ("負4.5%") or a dash with no digit before it ("（–5.2%）");
- 第 before a number makes it an ordinal (kind ``ordinal``), 首位 is rank one (``word_ordinal``);
- 百分之 before a number makes it a percent (``suffix`` "%"), as does 百分百 (100);
- dates are one mention of kind ``date`` ("2023年12月31日", "10月7日", "9月中", "1—11月"), so their
  digits are never figures.

Han numerals are kind ``word`` (like English number words: only a unit makes them a figure),
Arabic ones ``digits``. Full-width digits and separators are read through ``numbers.normalise``;
the full-width comma "，" stays a clause comma (Chinese writes "1，2" for a list, never for 1,2xx).

Libraries measured before writing this (cn2an 0.5.24, jieba 0.42.1): cn2an's "smart" mode reads
"61.3万" and "3564.1亿" but raises on "4.7万亿", "1,296.7億", "2,054億", "六十一点三万", "１５％" and
"104.5万件", and its ``transform`` leaves a sentence with those unchanged; it gives no offsets and
no dates. jieba cuts "61.3|万次" and "4.7|万亿元" (the scale goes with the unit). Neither reads the
genre; this grammar is a hundred lines, keeps offsets exact and downloads nothing.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import cache

import regex

from ..lang import load
from .numbers import MAX_NUMERAL_DIGITS, Mention, normalise
from .tables import alternation, rows


@cache
def _scales(lang: str) -> dict[str, Decimal]:
    return {row[0]: Decimal(row[1]) for row in rows(lang, "scales.tsv")}


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    han_digits = "".join(data.HAN_DIGITS)
    han_all = han_digits + "".join(data.HAN_UNITS) + "".join(data.HAN_SCALES)
    points = data.HAN_DECIMAL_POINTS
    day = r"\s?\d{1,2}\s?[日号號]"
    month_part = r"(?:份|初|中|底|末|上旬|中旬|下旬)?"
    han_month = r"(?:十[一二]|[一二三四五六七八九十])"
    return {
        # Dates first: their digits are never figures. "2023年12月31日", "2019年8月", "10月7日",
        # "9月中", "1—11月", "5月至12月", "十二月".
        "date": regex.compile(
            rf"(?<![\d.,])(?:\d{{4}}\s?年\s?)?\d{{1,2}}\s?月{month_part}(?:\s?[-–—~～至到]\s?\d{{1,2}}\s?月{month_part})?"
            rf"(?:{day})?"
            rf"|(?<![\d.,])\d{{1,2}}\s?[-–—~～至到]\s?\d{{1,2}}\s?月{month_part}"
            rf"|(?<![{han_all}]){han_month}月(?:份|初|中|底|末)?(?:[{han_digits}十]{{1,3}}[日号號])?"
        ),
        # A number: Arabic (grouped by commas or not, a decimal part) or a Han numeral; then a scale.
        "number": regex.compile(
            r"(?P<arabic>(?<![A-Za-z0-9_.,])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?![.,]\d))"
            rf"|(?P<han>[{han_digits}十][{han_all}]*(?:[{points}][{han_digits}]+[{''.join(data.HAN_SCALES)}]*)?)"
            rf"|(?P<first>{alternation(list(data.RANK_FIRST))})"
            rf"|(?P<hundred>{data.HUNDRED_PERCENT})"
        ),
        "scale": regex.compile(
            rf"\s?(?P<more>[{data.MORE_AFTER_NUMBER}])?(?P<scale>{alternation(list(_scales(lang)))})"),
    }


def han_value(numeral: str, lang: str = "zh") -> Decimal | None:
    """The value of a Han numeral ("六十一点三万" -> 613000, "一万亿" -> 10**12); None when the run
    is no well-formed numeral ("十四五": two digits with no place between them)."""
    data = load(lang)
    if len(numeral) > MAX_NUMERAL_DIGITS:
        return None  # a run this long is no figure (and would cost time to read)
    points = [i for i, ch in enumerate(numeral) if ch in data.HAN_DECIMAL_POINTS]
    if len(points) > 1:
        return None
    scale = Decimal(1)
    if points:
        whole, rest = numeral[:points[0]], numeral[points[0] + 1:]
        digits = rest.rstrip("".join(data.HAN_SCALES))
        for ch in rest[len(digits):]:
            scale *= data.HAN_SCALES[ch]
        if not whole or not digits or any(ch not in data.HAN_DIGITS for ch in digits):
            return None
        integer = _han_integer(whole, data)
        if integer is None:
            return None
        fraction = Decimal("0." + "".join(str(data.HAN_DIGITS[ch]) for ch in digits))
        return (integer + fraction) * scale
    return _han_integer(numeral, data)


def _han_integer(numeral: str, data) -> Decimal | None:
    if all(ch in data.HAN_DIGITS for ch in numeral):
        if len(numeral) == 1:
            return Decimal(data.HAN_DIGITS[numeral])
        # "二〇二四": digits read one by one (a year); "一二" with no zero is a list, not a number
        if not any(data.HAN_DIGITS[ch] == 0 for ch in numeral):
            return None
        return Decimal("".join(str(data.HAN_DIGITS[ch]) for ch in numeral))
    total = Decimal(0)  # everything before the last 亿
    section = Decimal(0)  # the part below 亿 and above 万's own digits
    group = Decimal(0)  # the part below 万
    number: int | None = None
    last_place = None
    for ch in numeral:
        if ch in data.HAN_DIGITS:
            if number is not None and number != 0 and data.HAN_DIGITS[ch] != 0:
                return None  # "十四五": two digits with no place between them
            number = data.HAN_DIGITS[ch]
        elif ch in data.HAN_UNITS:
            place = data.HAN_UNITS[ch]
            if last_place is not None and place >= last_place and number is None:
                return None  # "百百", "十百"
            group += Decimal(1 if number is None else number) * place
            number, last_place = None, place
        else:
            scale = data.HAN_SCALES[ch]
            group += number or 0
            if scale >= 10**8:
                total = (total + section + group) * scale
                section = Decimal(0)
            elif group:
                section += group * scale
            else:  # "万亿": 万 after nothing of its own multiplies what came before
                total = (total + section) * scale
                section = Decimal(0)
            group, number, last_place = Decimal(0), None, None
    return total + section + group + (number or 0)


def _zh_plain(text: str) -> str:
    """Digits ASCII, separators canonical, except the full-width comma, which stays a clause comma."""
    return normalise(text.replace("，", "、")) if not text.isascii() else text


def find_mentions(text: str, start: int = 0, end: int | None = None, lang: str = "zh",
                  limit: int | None = None) -> list[Mention]:
    """The number mentions in ``text[start:end]`` in text order; at most ``limit`` of them."""
    end = len(text) if end is None else end
    data = load(lang)
    patterns = _patterns(lang)
    scales = _scales(lang)
    plain = _zh_plain(text[start:end])
    dates = [(m.start(), m.end()) for m in patterns["date"].finditer(plain)]
    mentions: list[Mention] = []
    date_index = 0
    for match in patterns["number"].finditer(plain):
        if limit is not None and len(mentions) >= limit:
            break
        m0 = match.start()
        while date_index < len(dates) and dates[date_index][1] <= m0:
            if not mentions or mentions[-1].start < dates[date_index][0] + start:
                mentions.append(Mention(dates[date_index][0] + start, dates[date_index][1] + start,
                                        dates[date_index][1] + start, Decimal(0), "date"))
            date_index += 1
        if date_index < len(dates) and dates[date_index][0] <= m0 < dates[date_index][1]:
            continue  # a digit of a date
        mention = _mention(plain, match, start, data, scales, patterns)
        if mention is not None:
            mentions.append(mention)
    for d0, d1 in dates[date_index:]:
        if limit is None or len(mentions) < limit:
            mentions.append(Mention(d0 + start, d1 + start, d1 + start, Decimal(0), "date"))
    return mentions


def _mention(plain: str, match: regex.Match[str], offset: int, data, scales: dict[str, Decimal],
             patterns: dict[str, regex.Pattern[str]]) -> Mention | None:
    m0, m1 = match.span()  # m1 moves back when a Han numeral gives back a unit's 百 or 千
    if match.group("first"):
        return Mention(m0 + offset, m1 + offset, m1 + offset, Decimal(1), "word_ordinal")
    if match.group("hundred"):
        return Mention(m0 + offset, m1 + offset, m1 + offset, Decimal(100), "word", suffix="%")
    raw = match.group()
    has_comma = has_decimal = False
    if match.group("arabic"):
        if sum(ch.isdigit() for ch in raw) > MAX_NUMERAL_DIGITS:
            return None
        try:
            value = Decimal(raw.replace(",", ""))
        except InvalidOperation:
            return None
        kind = "digits"
        has_comma, has_decimal = "," in raw, "." in raw
    else:
        # A Han numeral keeps its scale characters (六十一点三万); a trailing 百 or 千 before a unit
        # it prefixes (百分点, 千米) is given back.
        while raw and raw[-1] in data.NOT_SCALE_BEFORE and plain[m0 + len(raw):m0 + len(raw) + 1] and \
                plain[m0 + len(raw)] in data.NOT_SCALE_BEFORE[raw[-1]]:
            raw = raw[:-1]
        if not raw:
            return None
        m1 = m0 + len(raw)
        parsed = han_value(raw)
        if parsed is None:
            return None
        value, kind = parsed, "word"
    start, number_end = m0, m1
    suffix = ""
    negative = False
    before = plain[max(0, m0 - 3):m0]
    if before.endswith(data.PERCENT_BEFORE):
        start, suffix = m0 - len(data.PERCENT_BEFORE), "%"  # "百分之十五"
    elif before.endswith(data.ORDINAL_PREFIX):
        start, kind = m0 - 1, "ordinal"  # "第11位", "第二十届"
    if start == m0 and before:
        sign = before[-1]
        if sign in data.MINUS_WORDS:
            start, negative = m0 - 1, True  # "負4.5%"
        elif sign in data.MINUS_SIGNS and not (len(before) > 1 and (before[-2].isalnum() and
                                                                   not _is_han(before[-2]))):
            start, negative = m0 - 1, True  # "（–5.2%）" (but "2012-2024" is a span)
        elif sign == "+" and not (len(before) > 1 and before[-2].isdigit()):
            start = m0 - 1  # "（+97.0%）": a sign written, the value stays positive
    multiplier = Decimal(1)
    scaled = False
    mention_end = number_end
    if kind == "digits":
        scale = patterns["scale"].match(plain, number_end)
        if scale and not _scale_is_unit_prefix(plain, scale, data):
            multiplier = scales[scale.group("scale")]
            value *= multiplier
            mention_end, scaled = scale.end(), True
    elif kind == "word":
        scaled = any(ch in data.HAN_SCALES for ch in raw)
    if negative:
        value = -value
    return Mention(start + offset, mention_end + offset, number_end + offset, value, kind, has_comma, has_decimal,
                   scaled, suffix, negative, multiplier)


def _scale_is_unit_prefix(plain: str, scale: regex.Match[str], data) -> bool:
    """ "0.7百分点", "5千米": the character is part of a unit, not a scale."""
    last = scale.group("scale")[-1]
    return last in data.NOT_SCALE_BEFORE and plain[scale.end():scale.end() + 1] != "" and \
        plain[scale.end()] in data.NOT_SCALE_BEFORE[last]


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


__all__ = ["find_mentions", "han_value"]
