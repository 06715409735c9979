"""Which period a figure refers to: a year in its sentence, "for the year", or its part's heading."""

from __future__ import annotations

from functools import cache

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
        "since": regex.compile(r"(?i:since|from)\s+$"),
        "anchor": regex.compile(
            rf"(?i:\b(?:since|from)\s+(?:the\s+)?(?P<anchor>{alternation(list(_anchors(lang)))}))"),
        # A month range whose start was lost ("-November the total ..."): the period is unknown.
        "dangling_range": regex.compile(rf"(?<![\w-])[-–]\s?(?i:{months})\b"),
    }


@cache
def _anchors(lang: str) -> dict[str, str]:
    """Named period starts from ``data/<lang>/period_anchors.tsv``, lower-cased."""
    return {row[0].lower(): row[1] for row in rows(lang, "period_anchors.tsv")}


def years_in(text: str, start: int, end: int, lang: str = "en") -> list[tuple[int, int, str]]:
    """(start, end, period) of year mentions in a span; "2012-2024" gives one range period."""
    out = []
    for match in _patterns(lang)["year"].finditer(text, start, end):
        period = match.group("y1") if not match.group("y2") else f"{match.group('y1')}-{match.group('y2')}"
        out.append((match.start(), match.end(), period))
    return out


def period_lost(text: str, start: int, end: int, lang: str = "en") -> bool:
    """A month range whose start was lost ("-November the total ..."): the period is unknown."""
    return _patterns(lang)["dangling_range"].search(text, start, end) is not None


def resolve_period(
    text: str,
    sentence: tuple[int, int],
    claim_start: int,
    heading_year: str | None,
    *,
    sentence_years: list[tuple[int, int, str]],
    claim_end: int | None = None,
    period_lost: bool = False,
    lang: str = "en",
) -> str | None:
    patterns = _patterns(lang)
    s0, s1 = sentence
    if period_lost:
        return None
    anchor = patterns["anchor"].search(text, s0, s1)
    if anchor and heading_year:
        # "a cumulative improvement of 24 places since the 18th National Congress": 2012-2024.
        start_year = _anchors(lang)[" ".join(anchor.group("anchor").lower().split())]
        return f"{start_year}-{heading_year}"
    if sentence_years:
        before = [y for y in sentence_years if y[1] <= claim_start]
        # "108,000 in 2024": a year right after the figure is its own period.
        right_after = [y for y in sentence_years if claim_end is not None and 0 <= y[0] - claim_end <= 4
                       and text[claim_end:y[0]].strip() in ("in", "for", "")]
        chosen = right_after[0] if right_after else (before[-1] if before else sentence_years[0])
        start, _end, period = chosen
        if "-" not in period and heading_year and patterns["since"].search(text[max(s0, start - 8):start]):
            return f"{period}-{heading_year}"
        return period
    return heading_year
