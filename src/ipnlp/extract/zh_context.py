"""What stands around a figure in Chinese text: its unit, its bound, a stated change, its clause and
its subject. Pure helpers for the Chinese recognizers (``recognizers/zh_*.py``).

Chinese writes no spaces and puts the modifiers of a figure before it ("同比增长13.5%", "超过5000亿元")
and its unit right after it ("104.5万件", "2,054億港元"), so every helper here reads a fixed number
of characters on one side, never words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..lang import load
from .tables import alternation, rows

#: How far before a figure its modifiers are looked for (characters).
WINDOW = 24


@dataclass(frozen=True)
class ZhUnit:
    unit: str
    kind: str
    end: int


@dataclass(frozen=True)
class ZhChange:
    direction: str  # "up" or "down"
    start: int
    end: int
    yoy: bool  # a 同比/按年 marker says the change is against the year before


@cache
def _units(lang: str) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(surface -> (unit, kind) for units after a figure, surface -> unit for currencies before it)."""
    after: dict[str, tuple[str, str]] = {}
    before: dict[str, str] = {}
    for surface, unit, kind in rows(lang, "units.tsv"):
        if kind == "currency_prefix":
            before.setdefault(surface, unit)
        else:
            after.setdefault(surface, (unit, kind))
    return after, before


@cache
def _qualifiers(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for surface, qualifier, position in rows(lang, "qualifiers.tsv"):
        (before if position == "before" else after)[surface] = qualifier
    return before, after


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    units_after, units_before = _units(lang)
    quals_before, quals_after = _qualifiers(lang)
    yoy = alternation(list(data.YOY_MARKERS))
    up, down = alternation(list(data.CHANGE_UP)), alternation(list(data.CHANGE_DOWN))
    noun_up, noun_down = alternation(list(data.CHANGE_NOUNS_UP)), alternation(list(data.CHANGE_NOUNS_DOWN))
    qual = alternation(list(quals_before))
    return {
        "unit": regex.compile(rf"\s?(?P<unit>{alternation(list(units_after))})"),
        "currency_before": regex.compile(rf"(?P<cur>{alternation(list(units_before))})\s?$"),
        "qualifier_before": regex.compile(rf"(?P<qual>{qual})\s?$"),
        "qualifier_after": regex.compile(rf"\s?(?P<qual>{alternation(list(quals_after))})"),
        # "同比增长13.5%", "比上年增加", "下跌約19%", "增幅为5.1%", "增加（+15.4%）": a change word before the
        # figure, a few adverbs and a qualifier between; never "上升至3.0%" (a level).
        "change_before": regex.compile(
            rf"(?P<yoy>{yoy})?(?:(?P<up>{up})|(?P<down>{down})|(?P<nup>{noun_up})|(?P<ndown>{noun_down}))"
            rf"{data.CHANGE_GAP}(?:{qual})?\s?[（(]?$"),
        # "錄得2.9%的增長", "5%升幅": the change named after the figure.
        "change_after": regex.compile(rf"[)）]?\s?(?:的(?:(?P<nup>{noun_up})|(?P<ndown>{noun_down}))|"
                                      rf"(?P<size>{alternation(list(data.CHANGE_SIZE_NOUNS))}))"),
        "yoy_before": regex.compile(rf"(?:{yoy})"),
    }


def unit_after(text: str, pos: int, limit: int, lang: str = "zh") -> ZhUnit | None:
    """The unit written right after ``pos`` (longest surface first)."""
    match = _patterns(lang)["unit"].match(text, pos, limit)
    if match is None:
        return None
    unit, kind = _units(lang)[0][match.group("unit")]
    return ZhUnit(unit, kind, match.end())


def currency_before(text: str, pos: int, lo: int, lang: str = "zh") -> tuple[str, int] | None:
    """A currency written before the figure ("人民币5000亿元", "HK$3億"): (ISO code, its start)."""
    match = _patterns(lang)["currency_before"].search(text, max(lo, pos - 6), pos)
    return (_units(lang)[1][match.group("cur")], match.start()) if match else None


def qualifier_before(text: str, pos: int, lo: int, lang: str = "zh") -> tuple[str, int] | None:
    match = _patterns(lang)["qualifier_before"].search(text, max(lo, pos - 6), pos)
    return (_qualifiers(lang)[0][match.group("qual")], match.start()) if match else None


def qualifier_after(text: str, pos: int, hi: int, lang: str = "zh") -> tuple[str, int] | None:
    match = _patterns(lang)["qualifier_after"].match(text, pos, hi)
    return (_qualifiers(lang)[1][match.group("qual")], match.end()) if match else None


def change_around(text: str, start: int, end: int, lo: int, hi: int, lang: str = "zh") -> ZhChange | None:
    """A stated change for the figure at ``start:end``: a change word before it ("同比增长13.5%",
    "下跌約19%"), or a change noun after it ("錄得2.9%的增長")."""
    patterns = _patterns(lang)
    clause_lo = clause_start(text, start, lo, lang)
    found = patterns["change_before"].search(text, max(clause_lo, start - WINDOW), start)
    if found:
        up = found.group("up") or found.group("nup")
        yoy = bool(found.group("yoy")) or bool(patterns["yoy_before"].search(text, max(clause_lo, found.start() - 8),
                                                                             found.start()))
        return ZhChange("up" if up else "down", found.start(), end, yoy)
    after = patterns["change_after"].match(text, end, hi)
    if after:
        size = after.group("size")
        up = after.group("nup") if size is None else size in load(lang).CHANGE_NOUNS_UP
        return ZhChange("up" if up else "down", start, after.end(), False)
    return None


def clause_start(text: str, pos: int, lo: int, lang: str = "zh") -> int:
    """Where the clause holding ``pos`` starts: after the last comma, semicolon or full stop before it."""
    breaks = load(lang).CLAUSE_BREAKS
    i = pos - 1
    while i >= lo and text[i] not in breaks:
        i -= 1
    return i + 1


def sentence_start(text: str, pos: int, lo: int, lang: str = "zh") -> int:
    """Where the Chinese sentence holding ``pos`` starts (after 。！？；), at least ``lo``."""
    breaks = load(lang).SENTENCE_BREAKS
    i = pos - 1
    while i >= lo and text[i] not in breaks:
        i -= 1
    return i + 1


def inside_quotes(text: str, pos: int, lo: int, lang: str = "zh") -> bool:
    """Whether ``pos`` is inside quotation or book-title marks opened in the sentence ("“十四五”")."""
    quotes = load(lang).QUOTES
    depth: list[str] = []
    for ch in text[max(lo, pos - 40):pos]:
        if depth and ch == quotes[depth[-1]]:
            depth.pop()
        elif ch in quotes:
            depth.append(ch)
    return bool(depth)


@cache
def _subject_patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    data = load(lang)
    return (regex.compile(rf"(?:{alternation(list(data.SUBJECT_ENDS))})"),
            regex.compile(rf"^(?:(?:{alternation(list(data.SUBJECT_LEADS))})[，,、\s]*)+"))


# Time words, figures and punctuation are no part of a subject ("2024年，我国……" -> "我国……").
_NOT_SUBJECT = regex.compile(
    r"(?:19|20)\d{2}\s*年(?:底|末|初|內|内|度)?|第\S|[\d０-９.,，%％()（）\[\]「」“”《》、：:\s]+")


def subject_before(text: str, pos: int, lo: int, lang: str = "zh") -> str:
    """The noun phrase a figure is stated of: its clause up to the first verb or preposition
    ("香港經濟在2019年收縮1.2%" -> "香港經濟"); a clause with none ("，同比增长13.5%") takes the
    subject of the clause before it in the sentence."""
    ends, leads = _subject_patterns(lang)
    s_lo = sentence_start(text, pos, lo, lang)
    end = pos
    while end > s_lo:
        start = clause_start(text, end, s_lo, lang)
        phrase = text[start:end]
        cut = ends.search(phrase)
        head = phrase[:cut.start()] if cut else phrase
        head = _NOT_SUBJECT.sub("", leads.sub("", head.strip()))
        head = leads.sub("", head)
        if len(head) >= 2:
            return head[:40]
        end = start - 1
    return ""
