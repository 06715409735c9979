"""Find number mentions in text: digits, number words and ordinals, with their scale word.

Pure: takes text and a span, returns ``Mention`` tuples. Deciding which mentions are claims is the
job of ``claims.py``. Every pattern here is a single pass without nested quantifiers, so the
scan stays linear on hostile input (long digit runs, long lines).
"""

from __future__ import annotations

import heapq
import re
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import NamedTuple

from ..lang import load
from .tables import load_tables


class Mention(NamedTuple):
    start: int  # first character of the number (or number word)
    end: int  # end of the number including its scale word ("356.41 billion")
    number_end: int  # end of the bare number, before the scale word
    value: Decimal  # scaled value
    kind: str  # "digits", "ordinal" (11th), "word" (seven), "word_ordinal" (first), "fraction", "date"
    has_comma: bool = False
    has_decimal: bool = False
    scaled: bool = False


#: A numeral with more digits than this is an identifier, a hash or garbage, not a figure: it is
#: not a mention. Bounding it keeps every value a float can hold, and converting a digit string
#: to an int costs time quadratic in its length (a 1 MB digit run would take minutes, in C,
#: where Ctrl-C cannot interrupt it).
MAX_NUMERAL_DIGITS = 40

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@cache
def _digit_re(lang: str) -> re.Pattern[str]:
    data = load(lang)
    months = "|".join(data.MONTHS)
    # Every alternative starts with a digit, "+" or "(", so the scan skips letters quickly.
    # The leading look-ahead lets the scan skip every position that cannot start a number.
    return re.compile(
        r"(?=[\d+(])(?:(?P<date>(?<![\w.-])\d{4}-\d{1,2}-\d{1,2}(?![\w-])"
        # "22 January 2025": the day is part of a date, not a count.
        rf"|(?<![\w.,])\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{months})\b(?:,?\s+\d{{4}})?"
        # Telephone and fax numbers: "+86 10 6208 3114", "010-6208-3114", "(010) 6208 3114".
        r"|\+\d{1,3}(?:[\s-]\(?\d{1,4}\)?){2,5}(?!\d)|(?<![\w.,])\d{3,4}-\d{3,4}-\d{4}(?!\d)"
        r"|(?<![\w.,])\(\d{2,4}\)\s?\d{3,4}[\s-]?\d{4}(?!\d))"
        # Digits: grouped thousands or a plain run, an optional decimal part and ordinal suffix.
        # The look-behind keeps "year.1" (footnote) and "GB/T29490" (code) out.
        r"|(?P<digits>(?<![\w.,/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<suffix>" + data.ORDINAL_SUFFIX
        + r")?(?![\w]))"
    )


@cache
def _word_re(lang: str) -> re.Pattern[str]:
    """Number words, ordinals, fractions and month-first dates, matched on an ASCII-lowered copy."""
    data = load(lang)
    cardinals = sorted(data.CARDINALS, key=len, reverse=True)
    ordinals = sorted(data.ORDINALS, key=len, reverse=True)
    units = "|".join(w for w in cardinals if w not in data.TENS and w not in {"dozen", "zero", "ten"})
    tens = "|".join(sorted(data.TENS, key=len, reverse=True))
    months = "|".join(data.MONTHS)
    fractions = "|".join(sorted(data.FRACTIONS, key=len, reverse=True))
    # Only word starts can begin a match: "\b(?=[a-z])" rejects every other position at once.
    return re.compile(
        # "January 22, 2025": the day is part of a date, not a count.
        rf"\b(?=[a-z])(?:(?P<date>(?<![\w])(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{{4}})?)"
        # Fractions: "two-thirds", "one quarter" (a share, read as percent).
        rf"|(?P<fraction>(?<![\w-])(?P<numerator>{units})[- ](?P<denominator>{fractions})(?![\w-]))"
        rf"|(?P<word>(?<![\w-])(?:(?:{tens})[- ](?:{units})|{'|'.join(cardinals)})(?![\w]))"
        rf"|(?P<wordord>(?<![\w-])(?:{'|'.join(ordinals)})(?![\w])))"
    )


def find_mentions(text: str, start: int = 0, end: int | None = None, lang: str = "en",
                  limit: int | None = None) -> list[Mention]:
    """The number mentions in ``text[start:end]`` in text order; at most ``limit`` of them."""
    end = len(text) if end is None else end
    data = load(lang)
    tables = load_tables(lang)
    word_re = _word_re(lang)
    lowered = text[start:end].translate(_ASCII_LOWER)  # same length: offsets are shared
    # Both scans run in text order, so a lazy merge keeps them in order and stops at ``limit``.
    matches = heapq.merge(
        _digit_re(lang).finditer(text, start, end), word_re.finditer(lowered),
        key=lambda match: match.start() + (start if match.re is word_re else 0))
    mentions: list[Mention] = []
    covered = start  # end of the last date/phone span: digits inside it are not numbers
    for match in matches:
        if limit is not None and len(mentions) >= limit:
            break
        is_word = match.re is word_re
        offset = start if is_word else 0
        m_start, m_end = match.start() + offset, match.end() + offset
        if m_start < covered:
            continue
        if match.group("date"):
            mentions.append(Mention(m_start, m_end, m_end, Decimal(0), "date"))
            covered = m_end
            continue
        group = match.lastgroup
        if group == "fraction":
            numerator = Decimal(data.CARDINALS[match.group("numerator")])
            denominator = Decimal(data.FRACTIONS[match.group("denominator")])
            value = (numerator * 100 / denominator).quantize(Decimal("0.01"))
            mentions.append(Mention(m_start, m_end, m_end, value, "fraction"))
            continue
        if not is_word and group in ("digits", "suffix"):
            raw = match.group("digits")
            if len(raw) - raw.count(",") - raw.count(".") > MAX_NUMERAL_DIGITS:
                continue
            try:
                value = Decimal(raw.replace(",", ""))
            except InvalidOperation:
                continue
            kind = "ordinal" if match.group("suffix") else "digits"
            number_end = match.end("digits") if kind == "digits" else m_end
            has_comma, has_decimal = "," in raw, "." in raw
        elif group == "word":
            words = match.group("word").replace("-", " ").split()
            value = Decimal(sum(data.CARDINALS[w] for w in words))
            kind, number_end, has_comma, has_decimal = "word", m_end, False, False
        elif group == "wordord":
            value = Decimal(data.ORDINALS[match.group("wordord")])
            kind, number_end, has_comma, has_decimal = "word_ordinal", m_end, False, False
        else:
            continue
        mention_end = number_end
        scaled = False
        if kind in ("digits", "word"):
            scale = tables.scale_re.match(text, number_end, min(end, number_end + 24))
            if scale:
                value *= tables.scales[" ".join(scale.group("scale").lower().split())]
                mention_end = scale.end()
                scaled = True
        mentions.append(Mention(m_start, mention_end, number_end, value, kind, has_comma, has_decimal, scaled))
    return mentions
