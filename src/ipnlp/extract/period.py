"""Which period a figure refers to: a period named in its sentence, its part's heading, or the report's year.

Period strings (documented in docs/periods.md):

- ``2024`` a calendar year; ``FY2024`` a fiscal year as the report names it; ``FY2023/24`` and
  ``2023/24`` a year that straddles two calendar years;
- ``2024-H1``, ``2024-Q3``, ``2024-06`` a half, a quarter, a month;
- ``2024-06-30`` a day: stocks "at the end of June 2024", "end-2023" (``2023-12-31``), "as at 31 December 2024";
- ``2012-2024`` a span of years ("from 2012 to 2024", "2014–2023", "since 2012" in a 2024 report),
  ``2009-..`` one whose end the report does not give; ``2024-01/2024-11`` a span of finer periods
  (an ISO 8601 interval, "January–November 2024").

A figure takes the period written right after it ("HK$1.2 trillion at end-2023"), else the nearest
period before it in its sentence, else one after it; a baseline ("down 2 points from 2022",
"compared with 2021") is never the figure's period. With none in the sentence, the part's heading
year applies, and the report's own year only where the sentence speaks of the reporting year
("during the year", "this year").
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

import regex

from ..find import matches_at
from ..lang import load
from ..regex_cache import compile as cached_compile
from .numbers import ascii_folded
from .tables import emit_tree, rows, surface_tree, tree_alternation
from .word_scan import holds_any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..models import Section

_YEAR = r"(?:1[89]\d{2}|20\d{2}|2100)"
# A year is four digits standing alone: not "2,024", "2024.5", "20245", "29490-2023" codes or "2024-01-02".
_YEAR_BEFORE = r"(?<![\w.,/$£€¥-])"
_YEAR_AFTER = r"(?![\w%]|,\d|\.\d)"
# Words allowed between a figure and the period written right after it ("108,000 in 2024",
# "HK$1.2 trillion as at end-2023", "3.2% for 2023 as a whole").
_RIGHT_AFTER_GAP = 40
_NO_YEAR = "????"  # placeholder year of "in March", filled by _fill_year; "????@-1": the year before
_PERIOD_PARTS = regex.compile(rf"(FY)?({_YEAR})((?:-(?:H[12]|Q[1-4]|\d{{2}}(?:-\d{{2}})?))?)$")
# Roles of periods that no figure but their own takes.
_NOT_THE_SENTENCES = frozenset({"baseline", "baseline_value"})
_START_RIGHT_AFTER = regex.compile(
    r"(?i:\s*(?:(?:a|per)\s+(?:year|annum)\s+|annually\s+|on\s+average\s+)?since\b[^.;,\d]{0,40})")
_LOWER_WORD = regex.compile(r"[A-Za-z]+")
_LAST_WORD = regex.compile(r"([A-Za-z][\w’'-]*)\s+$")
_PLACEHOLDER = regex.compile(r"\?\?\?\?(?:@([+-]\d))?")


class PeriodMention(NamedTuple):
    start: int
    end: int
    period: str  # in the documented format; a month with no year has "????" for its year
    role: str  # "at" (the period of figures near it), "start" ("since 2009"), "baseline" ("from 2022")


class SentenceTime(NamedTuple):
    """What a sentence says about time, read once per sentence (not once per figure)."""

    years: list[tuple[int, int, str]]  # (start, end, period) of each period the figure may take
    year_ends: list[int]
    lost: bool  # a month range lost its start ("-November ..."): the period is unknown
    anchor_year: str | None  # "since the 18th National Congress" -> "2012"
    mentions: tuple[PeriodMention, ...] = ()  # every period named, baselines included
    span: tuple[int, int] = (0, 0)  # the sentence, read again only for figures that reach the report's year
    # What is read of the sentence once for all its figures (mention starts, cue verdicts), filled lazily:
    # reading it per figure would make a sentence with many figures quadratic.
    memo: dict | None = None


@cache
def _words(lang: str) -> dict[str, dict[str, str]]:
    """period_words.tsv by kind: {kind: {surface: value}}."""
    table: dict[str, dict[str, str]] = {}
    for surface, kind, value in rows(lang, "period_words.tsv"):
        table.setdefault(kind, {})[" ".join(surface.lower().split())] = value
    return table


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    words = _words(lang)
    month = rf"(?P<{{name}}>{tree_alternation(list(words['month']))})\b\.?"
    m1, m2, mon = month.format(name="m1"), month.format(name="m2"), month.format(name="mon")
    y = rf"(?P<y>{_YEAR}){_YEAR_AFTER}"
    y2 = rf"(?P<y2>{_YEAR}){_YEAR_AFTER}"
    end = rf"(?P<end>{tree_alternation(list(words['end']))})[-\s]\s*"
    fiscal = tree_alternation(list(words["fiscal"]))
    half = tree_alternation(list(words["half"]))
    quarter = tree_alternation(list(words["quarter"]))
    span_from = tree_alternation(list(words["span_from"]))
    span_to = tree_alternation(list(words["span_to"]))
    relative = tree_alternation(list(words["relative"]))
    bare_months = "|".join(m.capitalize() for m in data.MONTHS)
    # How a period expression can start (the forms below): a digit, a month, "end", "FY", "from"/"between",
    # "the end"/"the first half", "first quarter", "year-end", "H1", "Q3". Whole words, so that "mar" is
    # not "market" and "the" alone is not enough.
    ordinals = tree_alternation(list(words["half"]) + list(words["quarter"]))
    first_words = (rf"(?:{tree_alternation(list(words['month']) + list(words['span_from']))})\b|FY|"
                   rf"(?:{tree_alternation(list(words['fiscal']))})\s*\d|"
                   rf"end\b|year[-\s]end\b|[HQ][1-4]\b|(?:the\s+)?(?:end\b|(?:{ordinals})\s+(?:half|quarter)\b)")
    forms = [
        # "from 2012 to 2024", "between 2012 and 2024": a span, and its "from" is no baseline.
        rf"(?P<span>\b(?:{span_from})\s+){y}\s+(?:{span_to})\s+{y2}",
        rf"(?P<fiscal>\b(?:{fiscal})\s*)(?P<y>{_YEAR})(?:\s*/\s*(?P<fy2>\d{{2}}|{_YEAR}))?{_YEAR_AFTER}",
        r"(?P<fiscal>\bFY)(?P<fyy>\d{2})(?:\s*/\s*(?P<fy2>\d{2}))?\b",
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{mon}\s*,?\s+{y}",
        rf"\b{mon}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,\s*{y}",
        rf"\b(?:{end})?{m1}\s*(?:[-–]|to|until|through)\s*{m2}(?:\s*,?\s+{y})?",
        rf"\b(?:{end})?{mon}\s*,?\s+{y}",
        rf"\b(?:{end})?(?:the\s+)?(?P<half>{half})\s+half\s+(?:of\s+)?(?:the\s+year\s+)?{y}",
        rf"\b(?P<hh>[12])H\s*{y}|\bH(?P<hh2>[12])\s*{y}",
        rf"\b(?:{end})?(?:the\s+)?(?P<quarter>{quarter})\s+quarter\s+(?:of\s+)?{y}",
        rf"\bQ(?P<q>[1-4])\s*{y}|\b(?P<q2>[1-4])Q\s*{y}|{_YEAR_BEFORE}{y}\s*Q(?P<q3>[1-4])\b",
        rf"{_YEAR_BEFORE}{y}\s*[/–-]\s*(?P<yy>\d{{2}})(?![\d%])",
        rf"(?:{end}|{_YEAR_BEFORE}){y}(?:\s*[-–]\s*(?P<y2>{_YEAR})(?![\w%]|,\d|\.\d))?",
        # The end of the year the sentence or report speaks of ("at the end of the year", "at year-end").
        r"(?P<yearend>\b(?:the\s+)?end\s+of\s+the\s+year\b|\byear[-\s]end\b)",
        # A half or quarter with no year ("in the fourth quarter", "the first half of the year").
        rf"\b(?:{end})?(?:the\s+)?(?:(?P<half>{half})\s+half|(?P<quarter>{quarter})\s+quarter)\b"
        rf"(?:\s+of\s+the\s+year)?(?!\s+of\s+\d)",
        # A month with no year ("in March", "on 31 December", "end-December last year"): capitalised,
        # so that "may" the verb is no month; its year comes from the sentence or the report.
        rf"\b(?:{end})?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?-i:(?P<mon>{bare_months}))\b"
        rf"(?:\s+(?P<day2>\d{{1,2}})\b(?!\s*[-–,.]?\s*\d))?(?:\s+(?P<rel>{relative}))?",
    ]
    cue = {kind: tree_alternation(list(words[kind]))
           for kind in ("start", "baseline", "reporting", "previous", "relative")}
    months = "|".join(data.MONTHS)
    return {
        # Every form starts a word, and with one of a few words or a digit: the look-ahead lets the scan
        # skip every other position at once (the alternation alone is tried at each word, ~5x slower).
        "period": cached_compile(rf"\b(?=\d|(?:{first_words}))(?:" + "|".join(f"(?:{form})" for form in forms) + ")",
                                regex.IGNORECASE),
        # "since 2009", "since inception in 2009", "since the scheme started in 2019".
        "start": cached_compile(rf"(?i:\b(?:{cue['start']})\b(?:[^.;,]{{0,40}}?\s(?:in|on))?\s+(?:the\s+)?)$"),
        "baseline": cached_compile(
            rf"(?i:\b(?:{cue['baseline']})\s+(?:(?:the\s+)?(?:level|levels|same\s+period|figure)\s+(?:of|in)\s+)?"
            rf"(?:(?:in|at|of)\s+)?(?:the\s+)?)$"),
        "reporting": cached_compile(rf"(?i:\b(?:{cue['reporting']})\b)"),
        "relative": cached_compile(rf"(?i:\b(?:{cue['relative']})\b)"),
        "previous": cached_compile(rf"\s*,?\s*(?i:{cue['previous']})\b"),
        "baseline_value": cached_compile(
            r"(?i:\bfrom\s+(?:a\s+|the\s+)?(?:[\w-]+\s+of\s+)?[A-Z]{0,3}[$£€¥]?\d[\d,.]*\s*(?:%|per\s*cent|"
            r"(?:[a-z]+\s+){0,2}?)\s*(?:,\s*)?(?:(?:in|at|on|as\s+at|as\s+of|during|for)\s+)?(?:the\s+)?)$"),
        "from_figure": cached_compile(r"(?i:\bfrom\s+(?:[A-Z]{0,3}[$£€¥])?)$"),
        # What may stand between a figure and its own period: "108,000 in 2024", "4.5% since 1994", "$300
        # will be disbursed in January next year".
        "right_after": cached_compile(
            r"(?i:\s*,?\s*(?:(?:will|would|is|are|was|were|to)\s+be\s+[a-z]+\s+)?"
            r"(?:(?:in|for|during|of|at|on|by|over|throughout|through|since|as\s+(?:at|of))\s+)?"
            r"(?:the\s+)?(?:(?:whole|full)\s+(?:year\s+)?(?:of\s+)?|(?:beginning|start)\s+of\s+(?:the\s+)?)?)"),
        "anchor": cached_compile(
            rf"(?i:\b{data.PERIOD_START_WORDS}\s+(?:the\s+)?(?P<anchor>{tree_alternation(list(_anchors(lang)))}))"),
        # A month range whose start was lost ("-November the total ..."): the period is unknown.
        "dangling_range": cached_compile(rf"(?<![\w-])[-–]\s?(?i:{months})\b"),
        "stated_year": cached_compile(
            rf"(?i:\b(?P<kind>annual\s+report|budget|the\s+year(?:\s+of)?|financial\s+year|fiscal\s+year|"
            rf"report\s+for)\s+(?:1\s+april\s+)?(?P<y>{_YEAR})\b)"),
        "relative_clause": cached_compile(r"(?i:\b(?:that|which|who|whose)\b)"),
        "any_year": cached_compile(rf"{_YEAR_BEFORE}(?P<y>{_YEAR}){_YEAR_AFTER}"),
    }


#: ``regex``'s case-insensitive matching lets these stand for ASCII letters; no other character does.
#: After an ASCII word: what ``regex``'s ``\b`` needs at least (a letter, digit or underscore is a word character).
_ENDS = r"(?![a-z0-9_])"
_SOME_DIGIT = r"(?:[0-9]|[^\x00-\x7f])"  # ``regex``'s ``\d`` knows digits that ``re``'s Unicode does not yet


@cache
def _period_starts(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Where the "period" pattern may match, found by ``re`` on a lower-cased copy of the sentence:
    (a pattern for the sentence's first character, one for the character before any other place).

    ``regex`` tries that pattern's look-ahead at every character (a twentieth of extraction on an
    annual report); ``re`` skips a sentence several times faster, and the pattern is then tried at
    these places only. Every place it can match is among them: a non-ASCII character; a digit that
    starts a year, a day before a month's name ("5 March"; "5 months" is no place), or "1H"/"2Q";
    or the look-ahead's words, each followed by what its forms need (no letter or digit for a ``\b``).
    None when a word is not ASCII: the lower-cased copy would not match it written in capitals.

    A place past the first character follows one that is no ASCII word character: the second
    pattern reads that character, and ``re`` skips to such characters in C, where a pattern that
    opens on a look-behind is entered at every character. In a look-ahead only whether some branch
    matches counts, so the words are one tree, each followed by what must follow it."""
    words = _words(lang)
    months = [*words["month"], *load(lang).MONTHS]
    kinds = ("month", "span_from", "fiscal", "half", "quarter")
    if not all(word.isascii() and word == word.lower() for word in [*months, *(w for k in kinds for w in words[k])]):
        return None
    ordinals = tree_alternation(list(words["half"]) + list(words["quarter"]))
    half_or_quarter = rf"\s+(?:half|quarter){_ENDS}"
    entries = [
        *((word, _ENDS) for word in [*words["month"], *words["span_from"]]),
        ("fy", ""),  # "FY" before anything
        *((word, rf"\s*{_SOME_DIGIT}") for word in words["fiscal"]),
        ("end", _ENDS),
        ("year", rf"[-\s]end{_ENDS}"),
        ("h", rf"[1-4]{_ENDS}"),
        ("q", rf"[1-4]{_ENDS}"),
        *((word, half_or_quarter) for word in [*words["half"], *words["quarter"]]),
        ("the", rf"\s+(?:end{_ENDS}|(?:{ordinals}){half_or_quarter})"),
    ]
    # A day (a digit before a space) opens a form only before a month's name: "5 March 2024", "on 31
    # December". Any month, capitalised or not, with or without "\b": a superset. Every space
    # ``regex`` reads in "\s+" is one for ``re`` too (tests/extract/test_fast_paths.py).
    day = rf"[0-9]{_SOME_DIGIT}?(?:st|nd|rd|th)?\s+(?:{tree_alternation(months)})"
    starts = (rf"[^\x00-\x7f]|[0-9]{_SOME_DIGIT}{{3}}|{day}|[0-9][hq]|"
              rf"(?:{tree_alternation([w for w in [*words['half'], *words['quarter']] if w[:1].isdigit()])})|"
              rf"{emit_tree(surface_tree(entries))}")
    return re.compile(rf"(?=(?:{starts}))"), re.compile(rf"[^a-z0-9_](?=(?:{starts}))")


def _period_matches(text: str, start: int, end: int, lang: str):
    """``_patterns(lang)["period"].finditer(text, start, end)``, tried only where ``_period_starts`` finds
    a place (on the sentence lower-cased, with the letters ``regex`` folds onto ASCII ones folded)."""
    pattern = _patterns(lang)["period"]
    starts = _period_starts(lang)
    if starts is None:
        yield from pattern.finditer(text, start, end)
        return
    first, after_gap = starts
    lowered = ascii_folded(text[start:end])
    places = chain([start] if first.match(lowered) is not None else [],
                   (start + candidate.start() + 1 for candidate in after_gap.finditer(lowered)))
    yield from matches_at(pattern, text, places, end)


@cache
def _anchors(lang: str) -> dict[str, str]:
    """Named period starts from ``data/<lang>/period_anchors.tsv``, lower-cased."""
    return {row[0].lower(): row[1] for row in rows(lang, "period_anchors.tsv")}


def _month_days(year: str, month: str) -> int:
    # A month whose year is not known yet: a non-leap year, so end-February is the 28th.
    return calendar.monthrange(int(year) if year.isdigit() else 2001, int(month))[1]


def _last_day(year: str, month: str) -> str:
    return f"{year}-{month}-{_month_days(year, month):02d}"


def _read(match: regex.Match[str], lang: str) -> str | None:
    """The period string of one match of the "period" pattern, None when it is not a real period."""
    words = _words(lang)
    g = match.groupdict()
    months = words["month"]
    ended = g["end"] is not None
    if g["fiscal"] is not None:
        year = g["y"] or f"20{g['fyy']}"
        second = g["fy2"]
        if second:
            if len(second) == 4:
                second = second[2:]
            if int(second) != (int(year) + 1) % 100:
                return None
            return f"FY{year}/{second}"
        return f"FY{year}"
    if g["yearend"] is not None:
        return f"{_NO_YEAR}-12-31"
    if g["span"] is not None:
        return f"{g['y']}-{g['y2']}" if g["y2"] > g["y"] else None
    year = g["y"]
    if g["m1"] is not None:
        first, last = months[g["m1"].lower()], months[g["m2"].lower()]
        year = year or _NO_YEAR
        if ended:  # "end-January to end-June 2024": two days
            return f"{_last_day(year, first)}/{_last_day(year, last)}"
        return f"{year}-{first}/{year}-{last}"
    if g["mon"] is not None:
        month = months[g["mon"].lower()]
        if year is None:
            # "????" stands for the year the sentence or report supplies; "+1"/"-1" shift it.
            offset = int(words["relative"][" ".join(g["rel"].lower().split())]) if g["rel"] else None
            year = _NO_YEAR if offset is None else f"{_NO_YEAR}@{offset:+d}"
        day_text = g["day"] or g["day2"]
        if day_text is not None:
            day = int(day_text)
            if not 1 <= day <= _month_days(year, month):
                return None
            return f"{year}-{month}-{day:02d}"
        return _last_day(year, month) if ended else f"{year}-{month}"
    year = year or _NO_YEAR
    if g["half"] is not None or g["hh"] is not None or g["hh2"] is not None:
        half = words["half"][g["half"].lower()] if g["half"] else f"H{g['hh'] or g['hh2']}"
        return f"{year}-{half}"
    if g["quarter"] is not None or g["q"] is not None or g["q2"] is not None or g["q3"] is not None:
        quarter = words["quarter"][g["quarter"].lower()] if g["quarter"] else f"Q{g['q'] or g['q2'] or g['q3']}"
        if ended:
            return _last_day(year, f"{int(quarter[1]) * 3:02d}")
        return f"{year}-{quarter}"
    if g["yy"] is not None:
        # "2023/24": a year that straddles two; "2012-15" with a later second year is a span.
        if int(g["yy"]) == (int(year) + 1) % 100:
            return f"{year}/{g['yy']}"
        return None
    if g["y2"] is not None:
        return f"{year}-{g['y2']}" if g["y2"] > year else None
    return f"{year}-12-31" if ended else year


def period_mentions(text: str, start: int, end: int, lang: str = "en") -> list[PeriodMention]:
    """Every period named in ``text[start:end]``, in text order, each with its role."""
    patterns = _patterns(lang)
    out = []
    for match in _period_matches(text, start, end, lang):
        period = _read(match, lang)
        if period is None:
            continue
        role = "at"
        lead = text[max(start, match.start() - 60):match.start()]
        if period.isdigit() and _is_name_year(lead, lang):
            continue  # "Research, Innovation and Enterprise 2025", "Vision 2030": a name, not a period
        if match.group("span") is None and patterns["start"].search(lead) and "/" not in period:
            role = "start"
        elif match.group("span") is None and patterns["baseline"].search(lead):
            role = "baseline"
        elif patterns["baseline_value"].search(lead):
            # "rose to 1.56% at the end of 2023 from [1.40% at the end of 2022]": the earlier value's own
            # period, which no other figure of the sentence takes.
            role = "baseline_value"
        out.append(PeriodMention(match.start(), match.end(), period, role))
    return out


def _is_name_year(lead: str, lang: str) -> bool:
    """A year right after a capitalised word that is no month or function word names a thing."""
    word = _LAST_WORD.search(lead)
    if word is None or not word.group(1)[0].isupper() or lead[:word.start(1)].strip() == "":
        return False  # no word before it, or the sentence's first word ("In 2020")
    lower = word.group(1).lower()
    return lower not in load(lang).NP_STOP_WORDS and lower not in _words(lang)["month"] and \
        lower not in _words(lang)["name_exempt"]


def years_in(text: str, start: int, end: int, lang: str = "en") -> list[tuple[int, int, str]]:
    """(start, end, period) of the periods in a span that are not baselines."""
    return [(m.start, m.end, m.period) for m in period_mentions(text, start, end, lang)
            if m.role not in _NOT_THE_SENTENCES]


@cache
def _anchor_openers(lang: str) -> tuple[str, ...] | None:
    """The words that open a named period start ("since", "from"), when the language writes them as a
    plain list of lower-case ASCII words; None otherwise."""
    words = re.fullmatch(r"\(\?:([a-z]+(?:\|[a-z]+)*)\)", load(lang).PERIOD_START_WORDS)
    return tuple(words.group(1).split("|")) if words else None


def _may_name_anchor(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the "anchor" pattern may match in ``text[start:end]``: only where one of its opening
    words is written, lower-cased and with the letters ``regex`` folds onto ASCII ones folded (the
    pattern ignores case). ``str`` finds them in C; ``regex`` tried the pattern at every character."""
    openers = _anchor_openers(lang)
    if openers is None:
        return True
    return holds_any(text[start:end], openers)


def sentence_time(text: str, start: int, end: int, lang: str = "en") -> SentenceTime:
    patterns = _patterns(lang)
    mentions = period_mentions(text, start, end, lang)
    usable = [(m.start, m.end, m.period) for m in mentions if m.role not in _NOT_THE_SENTENCES]
    anchor = patterns["anchor"].search(text, start, end) if _may_name_anchor(text, start, end, lang) else None
    anchor_year = _anchors(lang)[" ".join(anchor.group("anchor").lower().split())] if anchor else None
    # a dangling range opens on a hyphen or an en dash: a sentence with neither is not scanned for one
    dangling = (text.find("-", start, end) >= 0 or text.find("\u2013", start, end) >= 0) and \
        patterns["dangling_range"].search(text, start, end) is not None
    return SentenceTime(usable, [y[1] for y in usable], dangling,
                        anchor_year, tuple(mentions), (start, end), {})


def speaks_of_reporting_year(text: str, start: int, end: int, lang: str = "en") -> bool:
    """A cue ("during the year", "this year") or a past-tense statement with no modal and no "last year"."""
    patterns = _patterns(lang)
    if patterns["reporting"].search(text, start, end):
        return True
    # The past and modal cues are single words: a set look-up beats an alternation tried at every word.
    words = set(_LOWER_WORD.findall(text, start, end))
    return (not words.isdisjoint(_words(lang)["past"])
            and {w.lower() for w in words}.isdisjoint(_words(lang)["modal"])
            # "last year" counts from when the report was written, which may not be its year
            and patterns["relative"].search(text, start, end) is None)


def heading_periods(sections: Sequence[Section], lang: str = "en") -> dict[str, str]:
    """Section id -> the period its nearest heading names, where finer than a year ("## First half of
    2024" -> "2024-H1", "Results for FY2023" -> "FY2023"); sections inherit their parent's. A year alone
    is left to the segmenter's heading years."""
    by_id = {section.id: section for section in sections}
    found: dict[str, str] = {}
    for section in sections:  # parents come before their children
        named = []
        if section.marker is not None and section.kind in ("part", "subsection"):
            named = [m.period for m in period_mentions(section.title, 0, len(section.title), lang)
                     if m.role == "at" and _NO_YEAR not in m.period]
        if named:  # a heading's own period, even a plain year, replaces its parent's
            period = None if named[0].isdigit() else named[0]
        else:
            period = found.get(section.parent) if section.parent in by_id else None
        if period is not None:
            found[section.id] = period
    return found


def reporting_year(text: str, *, document_year: str | None = None, lang: str = "en") -> str | None:
    """The year a report reports on: its dateline or title year, else a year it names as such near its
    start ("The year 2020 ...", "Annual Report 2023", "Budget 2024", "the Financial Year 1 April 2024"),
    else a year that clearly dominates its text (at least twice as frequent as any other)."""
    if document_year:
        return document_year
    patterns = _patterns(lang)
    stated = patterns["stated_year"].search(text, 0, min(len(text), 3000))
    if stated:
        return stated.group("y")
    counts = Counter(m.group("y") for m in patterns["any_year"].finditer(text))
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 5 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def looks_ahead(text: str, lang: str = "en") -> bool:
    """Whether a report looks ahead from its year, as a budget does, rather than back on it, as an annual
    report does: read from how it names its year near its start ("Budget 2024", "the Financial Year 1
    April 2024 to 31 March 2025" against "Annual Report 2023", "The year 2020 ...")."""
    stated = _patterns(lang)["stated_year"].search(text, 0, min(len(text), 3000))
    return bool(stated) and stated.group("kind").split()[0].lower() in _words(lang)["prospective"]


def _has_a_year_before(period: str) -> bool:
    """Whether "the same period a year before" is what an earlier value of a change means: for a year, a half,
    a quarter or a year-end ("rose to 0.89% from 0.57% during the year"), not for a day an event happened
    ("On 16 March 2020 the HKMA cut the ratio from 2.0% to 1.0%": 2.0% held up to that day)."""
    return not regex.fullmatch(r"(?:FY)?\d{4}-\d{2}-\d{2}", period) or period.endswith("-12-31")


def _earlier(period: str) -> str | None:
    """The same period one year before: "2023" -> "2022", "2023-12-31" -> "2022-12-31"."""
    match = _PERIOD_PARTS.match(period)
    if not match:
        return None
    prefix, year, rest = match.groups()
    if rest.endswith("-02-29"):
        rest = "-02-28"
    return f"{prefix or ''}{int(year) - 1}{rest}"


def _fill_year(period: str, time: SentenceTime, fallback: str | None) -> str | None:
    """A month without a year ("January–November", "in March") takes the sentence's or the report's
    year; "in December last year" the year before the report's."""
    placeholder = _PLACEHOLDER.search(period)
    if placeholder is None:
        return period
    year = None
    if placeholder.group(1) is None:
        year = _memo(time, "first_year", lambda: next((other[:4] for _s, _e, other in time.years
                                                       if other[:4].isdigit()), None))
    if year is None and fallback and fallback.isdigit():
        year = str(int(fallback) + int(placeholder.group(1) or 0))
    return _PLACEHOLDER.sub(year, period) if year else None


def resolve_period(
    text: str,
    sentence_start: int,
    time: SentenceTime,
    claim_start: int,
    claim_end: int,
    heading_year: str | None,
    lang: str = "en",
    *,
    reporting_year: str | None = None,
    heading_period: str | None = None,
    prospective: bool = False,
) -> str | None:
    """The period right after the figure, the nearest before it, one after it, a named anchor, else the
    heading's period, else the report's year when the sentence speaks of the reporting year.

    ``prospective``: the report looks ahead from its year (a budget): its plans ("I will provide
    $600") are that year's, and what it tells in the past tense happened the year before.
    """
    if time.lost:
        return None
    patterns = _patterns(lang)
    fallback = heading_year or reporting_year
    if time.anchor_year and fallback:
        # "a cumulative improvement of 24 places since the 18th National Congress": 2012-2024.
        return f"{time.anchor_year}-{fallback}"
    own = _right_after(text, time, claim_end, patterns)
    if own is not None and own.role != "baseline":  # "down 15.5% from the end of 2021" is no own period
        return _finish(own, time, fallback)
    # "rose to 0.89% from [0.57%] during the same period", "[20.2%] a year before": the year before.
    earlier = patterns["previous"].match(text, claim_end, claim_end + 30) is not None or \
        patterns["from_figure"].search(text, max(sentence_start, claim_start - 12), claim_start) is not None
    if time.years:
        before = bisect.bisect_right(time.year_ends, claim_start) - 1
        if before >= 0:
            chosen = _mention_at(time, time.years[before][0])
        else:
            # Only a period after the figure: never a start ("the highest level since 2007" is a record's span),
            # nor one inside a relative clause after it ("$2,000 for companies [that employed ... in 2023]").
            chosen = _memo(time, "first_at", lambda: next((m for m in time.mentions if m.role == "at"), None))
            if chosen is not None and patterns["relative_clause"].search(text, claim_end, chosen.start):
                chosen = None
        if chosen is not None:
            if earlier and "?" not in chosen.period and _has_a_year_before(chosen.period):
                return _earlier(chosen.period)
            return _finish(chosen, time, fallback)
    if heading_year or heading_period:
        own_heading = heading_period or heading_year  # "## First half of 2024": "2024-H1"
        return _earlier(own_heading) if earlier else own_heading
    if reporting_year is None:
        return None
    if prospective:
        return _memo(time, "prospective", lambda: _prospective_year(text, time, reporting_year, lang))
    if _memo(time, "reporting", lambda: speaks_of_reporting_year(text, time.span[0], time.span[1], lang)):
        # "increased to 2.21% from 0.89% a year ago": the later figure is the year's, this one the year before
        return _earlier(reporting_year) if earlier else reporting_year
    if earlier:
        return None
    baselines = _memo(time, "baselines", lambda: [m.period[:4] for m in time.mentions
                                                   if m.role == "baseline" and m.period[:4].isdigit()])
    if baselines and all(year < reporting_year for year in baselines):
        return reporting_year  # "up 303% compared with 2023" in a 2024 report: the figure is 2024's
    return None


def _memo(time: SentenceTime, key: str, compute):
    memo = time.memo if time.memo is not None else {}
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _mention_at(time: SentenceTime, start: int) -> PeriodMention | None:
    return _memo(time, "by_start", lambda: {m.start: m for m in time.mentions}).get(start)


def _prospective_year(text: str, time: SentenceTime, year: str, lang: str) -> str | None:
    """A budget's year for its plans and for "this year", the year before for "last year" and what it
    tells in the past tense, the year after for "next year"; None for a standing fact ("the rate is 15%")."""
    start, end = time.span
    patterns = _patterns(lang)
    relative = patterns["relative"].search(text, start, end)
    if relative:
        return str(int(year) + int(_words(lang)["relative"][" ".join(relative.group().lower().split())]))
    if patterns["reporting"].search(text, start, end):
        return year
    words = {w.lower() for w in _LOWER_WORD.findall(text, start, end)}
    if not words.isdisjoint(_words(lang)["modal"]):
        return year  # "I will provide $600 in vouchers", "we expect growth of 1% to 3%"
    if not words.isdisjoint(_words(lang)["past"]):
        return str(int(year) - 1)  # "The past year ... Our economy grew by 1.1%"
    return None


def _right_after(text: str, time: SentenceTime, claim_end: int, patterns) -> PeriodMention | None:
    starts = _memo(time, "starts", lambda: [m.start for m in time.mentions])
    for mention in time.mentions[bisect.bisect_left(starts, claim_end):]:
        if mention.start - claim_end > _RIGHT_AFTER_GAP:
            return None
        if patterns["right_after"].fullmatch(text, claim_end, mention.start):
            return mention
        if mention.role == "start" and _START_RIGHT_AFTER.fullmatch(text, claim_end, mention.start):
            return mention  # "returned 4.2% a year since its launch in 2011"
        return None
    return None


def _finish(mention: PeriodMention, time: SentenceTime, fallback: str | None) -> str | None:
    period = _fill_year(mention.period, time, fallback)
    if period is None:
        return None
    if mention.role == "start":
        # "since 2019": from then to the report's year, or open-ended when that is unknown.
        end = fallback if fallback and fallback > period[:4] else ".."
        return f"{period[:4]}-{end}" if period[:4].isdigit() else period
    return period
