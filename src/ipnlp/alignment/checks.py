"""The translation checks (IPN6xx): what can be wrong with a figure between a source and its
translation. Each is a value (code, name, severity) plus a function whose docstring is its
documentation; a function receives one pairing and returns a message, or None when all is well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from ..models import Claim
from ..rules.base import Rule
from .features import ClaimFeatures, kind, power_of_ten_slip, same_value
from .items import attached


def _carried(source: ClaimFeatures, target: ClaimFeatures) -> bool:
    """Either side is a change carried by a level: its value is compared by IPN610, not IPN603/604."""
    return attached(source.claim) or attached(target.claim)


@dataclass(frozen=True)
class AlignRule(Rule):
    """A ``Rule`` whose ``check`` takes a pairing of figures rather than a report view.

    It subclasses ``Rule`` so the registry lists, documents and selects it like any rule
    (``ipnlp rules IPN604``, ``--select IPN60``); the per-document engine recognises ``translation``
    and leaves it to ``ipnlp.align``.
    """

    translation: ClassVar[bool] = True


def _show(claim: Claim) -> str:
    return f'"{claim.text}"'


def missing(source: ClaimFeatures) -> str:
    """A figure of the source has no counterpart in the translation.

    ## Why it matters
    A dropped figure ("rose from 18.5% to 18.7%" translated as "rose to 18.7%") loses a fact the
    reader of the translation cannot recover.

    ## Known limitations
    A figure is reported only when its number is not written where its counterpart would be (the
    corresponding paragraph; the matched block and its neighbours when the translation has a few
    paragraphs more or fewer; or anywhere in a translation whose paragraphs cannot be matched), in
    digits, in Chinese numerals, as a share (九成, 三分之一, 全額) or a multiple (兩倍): a figure the
    other extractor did not read as a claim is then "unpaired", not missing. A number that names (a
    version "Sandbox 2.0", "Type 13", a street number, a year with a glued note mark) is no figure,
    and the unit of an exchange rate ("US$1" of "HK$7.85/US$1") may go unwritten. So a dropped figure whose
    number recurs in the same paragraph (or, without shared paragraphs, anywhere) is not reported,
    and a number written in words ipnlp does not read ("triennial") is. A small count in words
    whose items the sentence lists after a colon ("two types of asset allocation: ...") is not
    reported, since a translation may give the list without the count.
    """
    return f"{_show(source.claim)} in the source has no counterpart in the translation"


def added(target: ClaimFeatures) -> str:
    """A figure of the translation has no counterpart in the source.

    ## Known limitations
    Translations legitimately add conversions ("HK$5 billion (about US$640 million)") and years
    written as figures; this is information, not a defect.
    """
    return f"{_show(target.claim)} in the translation has no counterpart in the source"


def scale_slip(source: ClaimFeatures, target: ClaimFeatures) -> str | None:
    """A figure is translated with the wrong power of ten: 億 (100 million) read as billion.

    ## What it does
    Flags a pair of figures in the same place whose values differ by exactly 10, 100, 1,000 or
    10,000 times within rounding: `4,575億港元` (HK$457.5 billion) translated as "HK$4,575 billion",
    "HK$4,226 billion" translated as `4,226億港元`, `3,000萬港元` as "HK$3 million".

    ## Why it matters
    It is the commonest number error of machine and human translation between Chinese and English:
    every digit is right, so digit-matching QA tools pass it.

    ## Known limitations
    Two different figures that happen to sit in the same slot and differ by a power of ten are
    reported as a slip; a translation that converts units on purpose (thousands to millions in a
    table header) is read cell by cell and may be reported.
    """
    k = None if _carried(source, target) else power_of_ten_slip(source, target)
    if k is None:
        return None
    return (f"{_show(target.claim)} is {10 ** abs(k):,} times {'larger' if k > 0 else 'smaller'} than "
            f"{_show(source.claim)} in the source: a scale word was mistranslated")


def _within_range(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    high = a.claim.value_high
    return high is not None and min(a.value, high) - b.tolerance <= b.value <= max(a.value, high) + b.tolerance


def value_mismatch(source: ClaimFeatures, target: ClaimFeatures) -> str | None:
    """The figure in the same place has another value in the translation.

    ## Known limitations
    Pairing is by order and place: when a translation drops one figure and adds another of the
    same kind between the same neighbours (in the same paragraph, within half as much again), the
    two are compared as one. Rounding to the precision written on either side ("61.3万" and "about
    0.6 million") is not a mismatch, nor is a sign one side writes in words ("a negative return of
    4.5%", 負4.5%), so a lost minus sign is not reported either; a value inside a range the other
    side states ("7.7% and 5.8%" read as a range) is not compared. A Chinese translation that writes
    a figure twice over, a numeral followed by a percent with its own number (一百百分百 for "100%",
    50百分之五十), is reported with no figure paired, since neither half is a claim; other garbles
    (a numeral beside a scale word that doubles it) are not recognised.
    """
    if _carried(source, target) or same_value(source, target) or power_of_ten_slip(source, target) is not None:
        return None
    if abs(source.value) == abs(target.value):
        return None  # a sign one language writes in words ("a negative return of 4.5%", 減少（-19%）)
    if _within_range(source, target) or _within_range(target, source):
        return None  # "7.7% and 5.8%" read as a range on one side, as two figures on the other
    return f"{_show(target.claim)} in the translation, {_show(source.claim)} in the source"


def _rate_as_range(feature: ClaimFeatures) -> bool:
    """"HK$7.80 to US$1" read as a range from 7.80 down to 1: a rate between two currencies."""
    high = feature.claim.value_high
    return high is not None and float(high) < feature.value


def unit_mismatch(source: ClaimFeatures, target: ClaimFeatures) -> str | None:
    """The same value is given in another currency or unit: HK$ translated as 美元 (US dollars).

    ## Known limitations
    Only currencies are compared, and only for the same value: a counted noun is a "count" in
    every language, so "cases" for 宗 or a wrong counted noun is not checked. A bare 元 in a
    Hong Kong text is its dollar, not yuan, so 元 against HK$ is not reported (nor is a currency
    named after the amount, 5,900億元港幣); a rate between two currencies ("HK$7.80 to US$1") is
    not compared when an extractor reads it as a range down to 1; a band ("HK$7.75–7.85") is. A
    currency the extractor could not resolve (a bare "$" in a document that never says which
    dollar) is USD.
    """
    if source.family == target.family or kind(source.family) != "money" or kind(target.family) != "money" \
            or not same_value(source, target):
        return None  # another value too: two different figures more likely than one in another currency
    if _rate_as_range(source) or _rate_as_range(target):
        return None  # "HK$7.80 to US$1" is a rate between two currencies, read as a range
    if {source.family, target.family} == {"CNY", "HKD"} and (_bare_yuan(source) or _bare_yuan(target)):
        return None  # a bare 元 in a Hong Kong text is the text's dollar, which the extractor reads as yuan
    if _CURRENCY_AFTER.get(_currency_word(target.after)) == source.family or \
            _CURRENCY_AFTER.get(_currency_word(source.after)) == target.family:
        return None  # "5,900億元港幣": the currency is named after the amount, where the extractor did not look
    return (f"{_show(target.claim)} is in {target.family}, {_show(source.claim)} in the source is in "
            f"{source.family}")


_CURRENCY_AFTER = {"港幣": "HKD", "港币": "HKD", "港元": "HKD", "美元": "USD", "人民幣": "CNY", "人民币": "CNY"}


_NAMES_YUAN = re.compile(r"人民幣|人民币|RMB|CNY|yuan|renminbi", re.IGNORECASE)


def _bare_yuan(figure: ClaimFeatures) -> bool:
    return figure.family == "CNY" and not _NAMES_YUAN.search(figure.claim.text + figure.after[:4])


def _currency_word(after: str) -> str:
    return next((word for word in _CURRENCY_AFTER if after.startswith(word)), "")


def percent_vs_points(source: ClaimFeatures, target: ClaimFeatures) -> str | None:
    """A change in percentage points is translated as percent, or the other way round.

    ## Example
    `提高0.44個百分點` translated as "an increase of 0.44%": the figure itself, or the change attached
    to it ("up 0.44 percentage points"), changes unit.

    ## Known limitations
    It relies on the extractor reading 個百分點 / "percentage points" as points and a bare % as
    percent; "a rise of 0.4 points" without "percentage" is read as index points and not compared.
    """
    units = {source.family, target.family}
    if units == {"percent", "percentage_point"}:
        return (f"{_show(target.claim)} is in {target.family.replace('_', ' ')}s, {_show(source.claim)} in the "
                f"source in {source.family.replace('_', ' ')}s")
    return None


def direction_flipped(source: ClaimFeatures, target: ClaimFeatures) -> str | None:
    """A stated change goes the other way in the translation: 增長 translated as "fell".

    ## Known limitations
    Only changes attached to a figure are compared; a direction stated in a verb the extractor
    does not read as a change ("narrowed", "edged") is not.
    """
    a, b = source.claim.yoy, target.claim.yoy
    if a is not None and b is not None and a.direction != b.direction and abs(a.value - b.value) <= max(
            source.tolerance, target.tolerance, 1e-9):
        return (f'"{b.text}" in the translation, "{a.text}" in the source: the direction of the change is '
                "reversed")
    return None


def change_mismatch(source: ClaimFeatures, target: ClaimFeatures) -> str | None:
    """A stated change attached to the figure has another value or unit in the translation.

    ## Known limitations
    The change values are compared within a twentieth of a point of the written precision; a
    change restated on another base (year-on-year as month-on-month) is reported as a mismatch.
    """
    a, b = source.claim.yoy, target.claim.yoy
    if not _carried(source, target):
        return None  # two changes stated as figures of their own ("grew 3%"): IPN603/IPN604 compare them
    if a is None or b is None or a.direction != b.direction or a.unit != b.unit:
        return None  # a reversed direction or a changed unit is its own finding
    if abs(a.value - b.value) > 0.051 * max(1.0, 10 ** -_decimals(a.text)):
        return f'"{b.text}" in the translation, "{a.text}" in the source'
    return None


def _decimals(text: str) -> int:
    match = re.search(r"\d+(?:[.．](\d+))?", text)
    return len(match.group(1)) if match and match.group(1) else 0


# A comparison with a reference figure, not a bound on it: "well above the minimum of 3%" states 3%.
_COMPARATIVE = re.compile(r"(?:高於|低於|高于|低于|above|below|exceed(?:ing|ed|s)?)\s*(?:the\s+)?$", re.IGNORECASE)
# "edging up to 0.85%" moves to a level; it does not bound it.
_MOVED_UP_TO = re.compile(r"\b(?:edg|mov|climb|r[io]s|went|go|jump|surg|increas|pick)\w*\s+up\s+to\s*$", re.IGNORECASE)
# Words that qualify a figure in either language, wherever the extractor attached them or not.
_HEDGE = re.compile(
    r"^\s*\+|約|约|估計|估计|左右|超過|超过|逾|多於|多于|以上|以下|最多|最少|不少於|不少于|不超過|不超过|近|至少|"
    r"高達|高达|幾乎|几乎|"
    r"\b(?:about|around|approximately|roughly|nearly|almost|close to|over|more than|at least|at most|up to|"
    r"or (?:above|below|more|less)|less than|fewer than|under|maximum|minimum|estimated|some)\b", re.IGNORECASE)
_LIMIT = re.compile(r"\b(?:maximum|minimum|cap|ceiling|floor|limit)\b|上限|下限|最多|最少|至少", re.IGNORECASE)
_BOUND = {"more_than": 1, "over": 1, "at_least": 1, "less_than": -1, "at_most": -1, "nearly": -1}


def qualifier_lost(source: ClaimFeatures, target: ClaimFeatures) -> str | None:
    """A bound or approximation of the source ("超過", "近", "more than") is lost or reversed.

    ## Known limitations
    Adding "about" to a rounded figure is fine and not reported; only a qualifier of the source that
    the translation drops, or one that turns a lower bound into an upper bound, is. A threshold
    compared with (`遠高於3%的法定最低要求`, "well above the minimum of 3%") is no bound; a
    translation that qualifies the figure in words its extractor did not attach (或以下, 幾乎,
    "the maximum duration ... 18 months") is not reported; ranges are not compared.
    """
    a, b = source.claim.qualifier, target.claim.qualifier
    if a == b or a == "exact" or source.claim.value_high is not None or target.claim.value_high is not None:
        return None  # a range is read as "at least" its low end by convention, whatever its words
    if _COMPARATIVE.search(source.before) or _MOVED_UP_TO.search(source.before):
        return None  # "遠高於3%的法定最低要求": the figure is the threshold compared with, stated exactly
    if b == "exact":
        if _HEDGE.search(target.before) or _HEDGE.search(target.after):
            return None  # the translation qualifies it in words its extractor did not attach (或以下, 約維持於)
        if attached(target.claim) and _HEDGE.search(target.claim.text):
            return None  # a change carried by a level keeps its hedge in its words: "an increase of about 120%"
        if a in ("at_most", "at_least") and _LIMIT.search(target.sentence):
            return None  # "最多18個月" as "the maximum duration ... from 18 months"
        return f"{_show(target.claim)} states exactly what the source qualifies as {a.replace('_', ' ')}"
    if _BOUND.get(a, 0) * _BOUND.get(b, 0) < 0:
        return f"{_show(target.claim)} ({b.replace('_', ' ')}) reverses the source's {a.replace('_', ' ')}"
    return None


_YEAR = re.compile(r"(?<![0-9０-９])(?:19|20)[0-9]{2}(?![0-9０-９])")


def _years(period: str | None) -> set[str]:
    return set(_YEAR.findall(period or ""))


def period_changed(source: ClaimFeatures, target: ClaimFeatures) -> str | None:
    """The figure is dated to another period in the translation ("2023年" become "2024").

    ## Known limitations
    Only years written in the figure's sentence on both sides are compared: a period the extractor
    carried over from a heading or an earlier sentence differs between languages as often as the
    sentences are cut differently. So "first half" for "first quarter" of the same year, and a year
    that only the context supplies, are not reported.
    """
    a, b = _years(source.claim.period), _years(target.claim.period)
    stated_a, stated_b = set(_YEAR.findall(source.sentence)), set(_YEAR.findall(target.sentence))
    # The source's year is stated beside the figure and missing from the translation's sentence, which
    # states another year for it, one the source's sentence does not mention either ("2020年底…與2019年底
    # 相比維持穩定，仍為8.2%" names both years, and either may be the figure's).
    if a and b and a != b and a <= stated_a and b <= stated_b and not a & stated_b and not b & stated_a:
        return (f"{_show(target.claim)} is dated {target.claim.period}, {_show(source.claim)} in the source "
                f"{source.claim.period}")
    return None


MISSING = AlignRule("IPN601", "figure-missing-in-translation", "warning", missing)  # type: ignore[arg-type]
ADDED = AlignRule("IPN602", "figure-added-in-translation", "info", added)  # type: ignore[arg-type]
PAIR_RULES: tuple[AlignRule, ...] = tuple(AlignRule(code, name, severity, check)  # type: ignore[arg-type]
                                          for code, name, severity, check in (
    ("IPN603", "translated-value-mismatch", "warning", value_mismatch),
    ("IPN604", "translated-scale-slip", "error", scale_slip),
    ("IPN605", "translated-unit-mismatch", "error", unit_mismatch),
    ("IPN606", "translated-percent-vs-points", "error", percent_vs_points),
    ("IPN607", "translated-direction-flipped", "error", direction_flipped),
    ("IPN608", "translated-qualifier-lost", "warning", qualifier_lost),
    ("IPN609", "translated-period-changed", "warning", period_changed),
    ("IPN610", "translated-change-mismatch", "warning", change_mismatch),
))
ALIGN_RULES: tuple[AlignRule, ...] = (MISSING, ADDED, *PAIR_RULES)
_BY_CODE = {rule.code: rule for rule in PAIR_RULES}
#: A figure the translation writes as two numbers (一百百分百 for "100%"): a wrong value with no claim to pair.
GARBLED = _BY_CODE["IPN603"]
#: What is compared between two figures (levels), and between two stated changes (see items.py).
FIGURE_RULES = tuple(_BY_CODE[c] for c in ("IPN603", "IPN604", "IPN605", "IPN606", "IPN608", "IPN609"))
CHANGE_RULES = tuple(_BY_CODE[c] for c in ("IPN603", "IPN604", "IPN606", "IPN607", "IPN608", "IPN610"))
