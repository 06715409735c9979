"""Which period a Chinese figure refers to, in the period strings of ``period.py`` (docs/periods.md).

Chinese names the period before the figure and for the whole sentence ("2024年，发明专利授权量达到
104.5万件"), so a figure takes the nearest period before it in its sentence (。！？；), else the part's
heading year, else the report's year. Forms: "2024年" (2024), "2024年底"/"年末" (2024-12-31),
"2024年上半年" (2024-H1), "2024年第4季" (2024-Q4), "2024年1—11月" (2024-01/2024-11), "2023年12月31日",
"2018至2022年" (2018-2022), "自1994年起" (1994-<report year>). A period after 比/较/與 is the base
of a comparison ("较2018年下跌10%"), not the figure's period, unless the figure follows it with 的
("比2018年的4.4%"). A period with no year ("上半年", "第4季", "年底") takes the sentence's or report's.
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from ..lang import load
from .numbers import normalise
from .zh_context import LOOK_BACK, sentence_start

_NO_YEAR = "????"


class ZhPeriod(NamedTuple):
    start: int
    end: int
    period: str
    role: str  # "at", "start" (自1994年起), "baseline" (较2018年)


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    ends = "|".join(sorted(data.YEAR_END_WORDS, key=len, reverse=True))
    halves = "|".join(sorted(data.HALF_WORDS, key=len, reverse=True))
    quarter = r"第\s?\s?(?P<q>[1-4一二三四])\s?\s?季(?:度)?"
    dash = r"(?:至|到|[-–—~～])"
    y = r"(?<![\d.,])(?P<y>(?:19|20)\d{2})"
    forms = [
        rf"{y}\s?\s?年?\s?\s?{dash}\s?\s?(?P<y2>(?:19|20)?\d{{2}})\s?\s?年(?!度)",
        rf"{y}\s?\s?年\s?\s?(?P<m>\d{{1,2}})\s?\s?月\s?\s?(?P<d>\d{{1,2}})\s?\s?[日号號]",
        rf"{y}\s?\s?年\s?\s?(?P<m1>\d{{1,2}})\s?\s?(?:月\s?\s?)?{dash}\s?\s?(?P<m2>\d{{1,2}})\s?\s?月",
        rf"{y}\s?\s?年\s?\s?(?P<m>\d{{1,2}})\s?\s?月(?P<mend>底|末)?",
        rf"{y}\s?\s?(?:年\s?\s?)?(?P<end>{ends})",
        rf"{y}\s?\s?年\s?\s?(?P<half>{halves})",
        rf"{y}\s?\s?年\s?\s?{quarter}",
        rf"{y}\s?\s?年(?!期)",
        rf"(?<![\d年])(?P<half>{halves})",
        rf"(?<![\d年]){quarter}",
        rf"(?<![\d.,])(?P<m1>\d{{1,2}})\s?\s?(?:月\s?\s?)?{dash}\s?\s?(?P<m2>\d{{1,2}})\s?\s?月",
        r"(?<![\d.,年])(?P<m>\d{1,2})\s?\s?月(?P<mend>底|末)?(?!\s?\s?\d{1,2}\s?\s?[日号號])",
        r"(?<![\d年])(?P<end>年底|年末)",
        rf"(?P<prev>{'|'.join(sorted(data.PREVIOUS_YEAR_WORDS, key=len, reverse=True))})",
    ]
    starts = "|".join(data.PERIOD_START_BEFORE)
    baselines = "|".join(sorted(data.PERIOD_BASELINE_BEFORE, key=len, reverse=True))
    return {
        "period": regex.compile("|".join(f"(?:{form})" for form in forms)),
        "start_before": regex.compile(rf"(?:{starts})\s?$"),
        "start_after": regex.compile(r"[^，,。；;\d]{0,12}?(?:起|以来|以來|开始|開始)"),
        "change_word": regex.compile("|".join(sorted((w for w in (*data.CHANGE_UP, *data.CHANGE_DOWN) if len(w) > 1),
                                                     key=len, reverse=True))),
        # "由2.5%下調至2.0%": the figure after 由 is the old value, the one after 至 the new.
        "from_before": regex.compile(r"(?:由|從|从)\s?$"),
        "to_before": regex.compile(r"(?:至|到)\s?$"),
        "to_after": regex.compile(r"\s?(?:至|到)\s?"),
        # "年內……同期由0.57%上升至0.68%": a change over the year, from the year before's level.
        "over_the_year": regex.compile(r"同期|年內|年内|全年"),
        "baseline_before": regex.compile(rf"(?:{baselines})\s?$"),
        "year": regex.compile(r"(?<![\d.,])((?:19|20)\d{2})\s?\s?年"),
    }


def _read(match: regex.Match[str], lang: str) -> str | None:
    data = load(lang)
    g = match.groupdict()
    year = g["y"] or _NO_YEAR
    if g["y2"]:
        second = g["y2"] if len(g["y2"]) == 4 else g["y"][:2] + g["y2"]
        return f"{g['y']}-{second}" if second > g["y"] else None
    if g["d"]:
        return f"{year}-{int(g['m']):02d}-{int(g['d']):02d}"
    if g["m1"]:
        first, last = int(g["m1"]), int(g["m2"])
        if not 1 <= first < last <= 12:
            return None
        return f"{year}-{first:02d}/{year}-{last:02d}"
    if g["m"]:
        month = int(g["m"])
        if not 1 <= month <= 12:
            return None
        if g["mend"]:
            import calendar
            days = calendar.monthrange(int(year) if year.isdigit() else 2001, month)[1]
            return f"{year}-{month:02d}-{days:02d}"
        return f"{year}-{month:02d}"
    if g["prev"]:
        return f"{_NO_YEAR}@-1"
    if g["end"]:
        return f"{year}-12-31"
    if g["half"]:
        return f"{year}-{data.HALF_WORDS[g['half']]}"
    if g["q"]:
        return f"{year}-{data.QUARTER_DIGITS[g['q']]}"
    return year if year != _NO_YEAR else None


def periods_in(text: str, start: int, end: int, lang: str = "zh") -> list[ZhPeriod]:
    """Every period named in ``text[start:end]``, in text order, with its role."""
    patterns = _patterns(lang)
    plain = normalise(text[start:end].replace("，", "、"))  # the full-width comma is no digit group
    out = []
    for match in patterns["period"].finditer(plain):
        period = _read(match, lang)
        if period is None:
            continue
        p0, p1 = match.start() + start, match.end() + start
        role = "at"
        if patterns["start_before"].search(text, max(start, p0 - 3), p0) or \
                patterns["start_after"].match(text, p1, min(end, p1 + 14)):
            role = "start"  # "自1994年起", "2000年以來", "自2009年開展投資以來"
        elif patterns["baseline_before"].search(text, max(start, p0 - 3), p0):
            role = "baseline"
        out.append(ZhPeriod(p0, p1, period, role))
    return out


@lru_cache(maxsize=4)
def _sentence_periods(text: str, start: int, end: int, lang: str) -> tuple[list[ZhPeriod], list[int]]:
    periods = periods_in(text, start, end, lang)
    return periods, [p.start for p in periods]


def reporting_year(text: str, *, document_year: str | None = None) -> str | None:
    """The year a Chinese report speaks of: its stated year, else the year it names most ("2019年")."""
    if document_year:
        return document_year
    counts = Counter(m.group(1) for m in _patterns("zh")["year"].finditer(normalise(text[:50_000].replace("，", "、"))))
    ranked = counts.most_common(1)
    return ranked[0][0] if ranked and ranked[0][1] >= 2 else None


def resolve_period(text: str, sentence: tuple[int, int], figure_start: int, *, heading_year: str | None,
                   reporting_year: str | None, lang: str = "zh", figure_end: int | None = None) -> str | None:
    """The period of the figure at ``figure_start:figure_end`` in ``sentence``."""
    patterns = _patterns(lang)
    s0 = sentence_start(text, figure_start, sentence[0], lang)
    # Read once per sentence, not once per figure: a long sentence's figures would cost its length each.
    periods, starts = _sentence_periods(text, sentence[0], sentence[1], lang)
    mentions = periods[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, figure_start + 120)]
    before = [p for p in mentions if p.end <= figure_start]
    own = bool(before) and text[before[-1].end:figure_start].strip() in ("的", "")  # "2023年底的1.57%"
    found = None
    if figure_end is not None:
        to = patterns["to_after"].match(text, figure_end, sentence[1])
        if to is not None and patterns["change_word"].search(text, max(s0, figure_start - 8), figure_start):
            # "由43,002宗大幅上升23.5%至2024年的53,099宗": a change takes the period it leads to
            found = next((p for p in mentions if p.start == to.end()), None)
    earlier = False  # "由0.57%上升至0.65%" with no period of its own: the old value is the year before
    for marker in ("from_before", "to_before"):
        if found is None and not own and patterns[marker].search(text, max(s0, figure_start - 2), figure_start):
            # "由2022年底的1.40%上升至2023年底的1.56%，……於同期由0.85%升至1.24%": the old value takes the
            # period of the sentence's earlier 由, the new one that of its 至
            found = next((p for p in reversed(before)
                          if patterns[marker].search(text, max(s0, p.start - 2), p.start)), None)
            earlier = found is None and marker == "from_before" and figure_end is not None and \
                bool(patterns["to_after"].search(text, figure_end, min(sentence[1], figure_end + 6))) and \
                bool(patterns["over_the_year"].search(text, s0, figure_start))
    if found is None:
        for mention in reversed(before):
            if mention.role == "baseline" and patterns["change_word"].search(text, mention.end, figure_start):
                continue  # "较2018年下跌10%": the base of the comparison
            found = mention
            break
    fallback = heading_year or reporting_year
    if found is None and fallback is None:  # no period before it nor a report's year: one named after it
        found = next((p for p in mentions if p.start >= figure_start and p.role == "at"), None)
    period = _period_of(text, sentence, found, fallback, reporting_year, lang)
    if earlier and period is not None and period[:4].isdigit() and (len(period) == 4 or period.endswith("-12-31")):
        return str(int(period[:4]) - 1) + period[4:]
    return period


def _period_of(text: str, sentence: tuple[int, int], found: ZhPeriod | None, fallback: str | None,
               reporting_year: str | None, lang: str) -> str | None:
    if found is None:
        return fallback
    period = found.period
    if _NO_YEAR in period:
        year = _year_before(text, sentence[0], found.start, lang) or fallback
        if year is None:
            return None
        if period == f"{_NO_YEAR}@-1":
            return str(int(year) - 1)
        period = period.replace(_NO_YEAR, year)
    if found.role == "start":
        return f"{period}-{reporting_year}" if reporting_year and reporting_year > period else f"{period}-.."
    return period


def _year_before(text: str, lo: int, pos: int, lang: str) -> str | None:
    """The last full year named before ``pos`` in the sentence ("2024年……上半年")."""
    window = text[max(lo, pos - LOOK_BACK):pos]
    years = _patterns(lang)["year"].findall(normalise(window.replace("，", "、")))
    return years[-1] if years else None


__all__ = ["periods_in", "reporting_year", "resolve_period"]
