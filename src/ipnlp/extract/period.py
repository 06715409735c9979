"""Which period a figure refers to: a year in its sentence, "for the year", or its part's heading."""

from __future__ import annotations

import bisect
from functools import cache
from typing import NamedTuple

import regex

from ..lang import load
from .tables import alternation, rows


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    months = "|".join(data.MONTHS)
    return {
        "year": regex.compile(r"(?<![\w.,/-])(?P<y1>1[89]\d{2}|20\d{2}|2100)(?:\s*[-–]\s*(?P<y2>(?:19|20)\d{2}))?"
                              r"(?![\w%]|,\d|\.\d|-\d{1,2}-)"),
        "since": regex.compile(rf"(?i:{data.PERIOD_START_WORDS})\s+$"),
        "right_after": regex.compile(rf"\s*(?:(?i:{data.PERIOD_PREPOSITIONS})\s+)?"),
        "anchor": regex.compile(
            rf"(?i:\b{data.PERIOD_START_WORDS}\s+(?:the\s+)?(?P<anchor>{alternation(list(_anchors(lang)))}))"),
        # A month range whose start was lost ("-November the total ..."): the period is unknown.
        "dangling_range": regex.compile(rf"(?<![\w-])[-–]\s?(?i:{months})\b"),
    }


@cache
def _anchors(lang: str) -> dict[str, str]:
    """Named period starts from ``data/<lang>/period_anchors.tsv``, lower-cased."""
    return {row[0].lower(): row[1] for row in rows(lang, "period_anchors.tsv")}


class SentenceTime(NamedTuple):
    """What a sentence says about time, read once per sentence (not once per figure)."""

    years: list[tuple[int, int, str]]  # (start, end, period) of each year or year range
    year_ends: list[int]
    lost: bool  # a month range lost its start ("-November ..."): the period is unknown
    anchor_year: str | None  # "since the 18th National Congress" -> "2012"


def years_in(text: str, start: int, end: int, lang: str = "en") -> list[tuple[int, int, str]]:
    """(start, end, period) of year mentions in a span; "2012-2024" gives one range period."""
    out = []
    for match in _patterns(lang)["year"].finditer(text, start, end):
        period = match.group("y1") if not match.group("y2") else f"{match.group('y1')}-{match.group('y2')}"
        out.append((match.start(), match.end(), period))
    return out


def sentence_time(text: str, start: int, end: int, lang: str = "en") -> SentenceTime:
    patterns = _patterns(lang)
    years = years_in(text, start, end, lang)
    anchor = patterns["anchor"].search(text, start, end)
    anchor_year = _anchors(lang)[" ".join(anchor.group("anchor").lower().split())] if anchor else None
    return SentenceTime(years, [y[1] for y in years], patterns["dangling_range"].search(text, start, end) is not None,
                        anchor_year)


def resolve_period(
    text: str,
    sentence_start: int,
    time: SentenceTime,
    claim_start: int,
    claim_end: int,
    heading_year: str | None,
    lang: str = "en",
) -> str | None:
    """The sentence's own year nearest the figure, a named anchor, else the heading's year."""
    if time.lost:
        return None
    if time.anchor_year and heading_year:
        # "a cumulative improvement of 24 places since the 18th National Congress": 2012-2024.
        return f"{time.anchor_year}-{heading_year}"
    if not time.years:
        return heading_year
    patterns = _patterns(lang)
    after = bisect.bisect_left(time.year_ends, claim_end)
    if after < len(time.years) and time.years[after][0] - claim_end <= 12 and \
            patterns["right_after"].fullmatch(text, claim_end, time.years[after][0]):
        return time.years[after][2]  # "108,000 in 2024": a year right after the figure is its own
    before = bisect.bisect_right(time.year_ends, claim_start) - 1
    start, _end, period = time.years[before] if before >= 0 else time.years[0]
    if "-" not in period and heading_year and patterns["since"].search(text, max(sentence_start, start - 8), start):
        return f"{period}-{heading_year}"
    return period
