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
#: How far back a clause or a sentence is read from a figure: Chinese sentences are rarely longer, and
#: a text with no full stop (a dump, a table flattened to one line) must not cost each figure its length.
LOOK_BACK = 400
#: How many clauses back a subject is looked for ("，同比增长13.5%" takes the clause before's).
MAX_CLAUSES_BACK = 4


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
        # "2.9%的增長", "5%升幅", "4.4%增長為高"; never "2.9%上升至3.1%" (a level reached) nor
        # "較2022年底的2.26%上升" (the base of a comparison).
        "change_after": regex.compile(rf"[)）]?\s?(?:的(?:(?P<nup>{noun_up})|(?P<ndown>{noun_down}))(?![至到])|"
                                      rf"(?:(?P<nup>{noun_up})|(?P<ndown>{noun_down}))(?=[為为])|"
                                      rf"(?P<size>{alternation(list(data.CHANGE_SIZE_NOUNS))}))"),
        # "投資收益（+97.0%）", "（–0.4%）": a signed figure in brackets is a change.
        "signed_in_brackets": regex.compile(r"[（(]\s?[+\-–−－]"),
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
    if patterns["signed_in_brackets"].match(text, max(lo, start - 1), start + 1) and text[end:end + 1] in "）)":
        return ZhChange("down" if text[start] != "+" else "up", start, end, False)
    return None


def clause_start(text: str, pos: int, lo: int, lang: str = "zh") -> int:
    """Where the clause holding ``pos`` starts: after the last comma, semicolon or full stop before it."""
    breaks = load(lang).CLAUSE_BREAKS
    lo = max(lo, pos - LOOK_BACK)
    while True:
        i = max(text.rfind(ch, lo, pos) for ch in breaks)
        if i > lo and text[i] in ",:" and text[i - 1].isdigit() and text[i + 1:i + 2].isdigit():
            pos = i  # "1,296.7", "35:65": a comma or colon between digits belongs to the figure
            continue
        return max(i + 1, lo)


def sentence_start(text: str, pos: int, lo: int, lang: str = "zh") -> int:
    """Where the Chinese sentence holding ``pos`` starts (after 。！？；), at least ``lo``."""
    lo = max(lo, pos - LOOK_BACK)
    return max(max(text.rfind(ch, lo, pos) for ch in load(lang).SENTENCE_BREAKS) + 1, lo)


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
def _subject_patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    predicates = [w for w in (*data.SUBJECT_PREDICATES, *data.CHANGE_UP, *data.CHANGE_DOWN,
                              *data.CHANGE_NOUNS_UP, *data.CHANGE_NOUNS_DOWN)]
    quals = list(_qualifiers(lang)[0])
    units = alternation([surface for surface, (_, kind) in _units(lang)[0].items() if kind != "duration"])
    time = (r"(?:(?:19|20)\d{2}\s*年?\s*(?:底|末|初|内|內|度|全年|上半年|下半年|第\s*[1-4一二三四]\s*季度?)?"
            r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|初|中|份|下旬|上旬|中旬)?"
            r"|年内|年內|年底|年末|年初|同期|全年|期内|期內|上半年|下半年|第\s*[1-4一二三四]\s*季度?"
            r"|上一年|上年|去年|前一年|一年前|当年|當年|今年|本年)")
    return {
        # "在2019年", "於10月14日", "截至2024年底", "相比上一年", "比2018年的": a time, not the subject
        "time": regex.compile(rf"(?:在|於|于|截至|至|到|自|从|從|由|相比|较|較|比|与|與)?\s*{time}+"
                              r"(?:起|以来|以來)?的?"),
        "predicate_end": regex.compile(rf"(?:{alternation(predicates + quals)}|[\s（(：:])+$"),
        "disposal": regex.compile(rf"(?:{alternation(list(data.SUBJECT_DISPOSAL))})"),
        "preposition": regex.compile("|".join(data.SUBJECT_PREPOSITIONS)),
        "leads": regex.compile(rf"^(?:(?:{alternation(list(data.SUBJECT_LEADS))})[，,、\s]*)+"),
        # A figure with its unit: what a subject never reaches across ("532億港元、股票投資虧損805億港元").
        "figure": regex.compile(
            rf"[\d０-９][\d０-９,.]*\s?(?:[萬万億亿千百十兆]+(?:{units})?|(?:{units}))[)）]?"),
    }


# Punctuation is no part of a subject.
_NOT_SUBJECT = regex.compile(r"[.,，%％()（）\[\]「」“”《》、：:\s]+")
# Between two figures of one list ("分別減少2.1%及5.7%"): the second shares the first's subject.
LIST_JOINERS = ("及", "和", "与", "與", "、", "或", "以及")


def noun_phrase(phrase: str, lang: str = "zh") -> str:
    """The subject in the words before a figure's predicate (see lang/zh.py, subjects)."""
    patterns = _subject_patterns(lang)
    phrase = patterns["time"].sub("", phrase)
    phrase = patterns["predicate_end"].sub("", phrase)
    disposals = list(patterns["disposal"].finditer(phrase))
    if disposals and phrase[disposals[-1].end():].strip():
        phrase = phrase[disposals[-1].end():]
    cut = patterns["preposition"].search(phrase, 1)
    if cut:
        phrase = phrase[:cut.start()]
    phrase = patterns["predicate_end"].sub("", patterns["leads"].sub("", phrase.strip()))
    return _NOT_SUBJECT.sub("", phrase).strip("0123456789０１２３４５６７８９")[:40]


def subject_before(text: str, pos: int, lo: int, lang: str = "zh") -> str:
    """The noun phrase a figure is stated of: the words before its predicate in its clause
    ("香港經濟在2019年收縮1.2%" -> "香港經濟"); a clause with none ("，同比增长13.5%") takes the
    subject of the clause before it in the sentence, read up to that clause's first figure."""
    figure = _subject_patterns(lang)["figure"]
    s_lo = sentence_start(text, pos, lo, lang)
    end = pos
    for _ in range(MAX_CLAUSES_BACK):
        if end <= s_lo:
            break
        start = clause_start(text, end, s_lo, lang)
        phrase = text[start:end]
        figures = list(figure.finditer(phrase))
        if end == pos and figures:  # the figure's clause: the words after the figure before it first
            head = noun_phrase(phrase[figures[-1].end():], lang)
            if len(head) >= 2:
                return head
        phrase = phrase[:figures[0].start()] if figures else phrase  # then those before its first figure
        head = noun_phrase(phrase, lang)
        if len(head) >= 2:
            return head
        end = start - 1
    return ""
