"""Helpers shared by the figure rules: metric identity, part/whole cues, rounding tolerance.

All pure functions over a ``ReportView`` and its claims; no rule state.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import cache, lru_cache

from ...extract.tables import alternation  # noqa: F401 (re-exported to the figure rules)
from ...extract.tables import rows as table_rows
from ...index import MAX_NEIGHBOURS, ClaimIndex  # noqa: F401 (MAX_NEIGHBOURS: re-exported to the figure rules)
from ...models import Claim
from ...view import ReportView
from .._languages import any_language, any_language_set
from .._search import finditer_folded, finditer_from_first, matches_at  # noqa: F401 (re-exported to the figure rules)
from . import _words as words

_TOKEN = re.compile(r"[a-z][a-z'-]*|\d+")
# Chinese subjects are compared by their pairs of characters ("发明专利授权量": 发明, 明专, 专利, ...).
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SUBJECT_STOPWORDS = any_language_set(words.SUBJECT_STOPWORDS, "SUBJECT_STOPWORDS")
_SUBJECT_JOINTS = any_language_set((), "SUBJECT_JOINT_CHARACTERS")
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_PART_CUE = re.compile(any_language(words.PART_CUES, "PART_CUES"), re.IGNORECASE)
_EXHAUSTIVE_CUE = re.compile(any_language(words.EXHAUSTIVE_PART_CUES, "EXHAUSTIVE_PART_CUES") + r"\s*$",
                             re.IGNORECASE)
_PREVIOUS_BEFORE = re.compile(any_language(words.PREVIOUS_VALUE_BEFORE, "PREVIOUS_VALUE_BEFORE")
                              + r"\s*(?:the\s+|a\s+)?$", re.IGNORECASE)
_PREVIOUS_AFTER = re.compile(r"^[\s,，]*" + any_language(words.PREVIOUS_VALUE_AFTER, "PREVIOUS_VALUE_AFTER"),
                             re.IGNORECASE)
_CLAUSE_BREAK = re.compile(any_language(r"[;:]", "CLAUSE_BREAK"))
# Unit codes of the claim model that are measures, not counted nouns (see models.Claim.unit).
MEASURE_UNITS = frozenset({
    "percent", "percentage_point", "CNY", "USD", "EUR", "month", "year", "day", "week", "hour",
    "times", "points", "rank", "rank_positions",
})
# The unit the extractor gives a bare figure whose counted noun it could not find ("reached 124").
UNKNOWN_COUNT = "count"
_MARK_WORDS = r"\s+(?:the\s+)?(?:mark\s+of\s+|level\s+of\s+)?$"
# Chinese writes no space before the figure ("首次突破200亿元") and no word break inside a phrase.
_CROSSED_ABOVE = re.compile(any_language(r"\b" + words.CROSSED_ABOVE + _MARK_WORDS, "CROSSED_ABOVE") + "$",
                            re.IGNORECASE)
_CROSSED_BELOW = re.compile(any_language(r"\b" + words.CROSSED_BELOW + _MARK_WORDS, "CROSSED_BELOW") + "$",
                            re.IGNORECASE)


# --- claims in their text ------------------------------------------------------------------------

#: The view's claims in text order with their starts (``ipnlp.index.ClaimIndex``), for bisecting
#: instead of rescanning; the name the figure rules have always used.
ClaimOrder = ClaimIndex


def claim_order(view: ReportView) -> ClaimIndex:
    """The view's claim index, built once and shared by the rules."""
    return view.index.claims


def sentence_of(view: ReportView, offset: int) -> tuple[int, int]:
    """The sentence span containing ``offset`` (or an empty span there if none does)."""
    index = bisect.bisect_right(view.derived(_sentence_starts), offset) - 1
    if index >= 0 and view.sentences[index][0] <= offset < view.sentences[index][1]:
        return view.sentences[index]
    return offset, offset


def _sentence_starts(view: ReportView) -> list[int]:
    return [start for start, _ in view.sentences]


def _clause_breaks(view: ReportView) -> list[int]:
    return [match.start() for match in finditer_from_first(_CLAUSE_BREAK, view.text)]


def claim_sentence(view: ReportView, claim: Claim) -> tuple[int, int]:
    if claim.sentence.end > claim.sentence.start:
        return claim.sentence.start, claim.sentence.end
    return sentence_of(view, claim.start)


def same_sentence(view: ReportView, a: Claim, b: Claim) -> bool:
    return claim_sentence(view, a) == claim_sentence(view, b)


def clause_start(view: ReportView, claim: Claim) -> int:
    """Start of the clause holding the claim: after the last ';' or ':' of its sentence before it."""
    sentence_start, _ = claim_sentence(view, claim)
    breaks = view.derived(_clause_breaks)
    index = bisect.bisect_left(breaks, claim.start) - 1
    return breaks[index] + 1 if index >= 0 and breaks[index] >= sentence_start else sentence_start


def part_cue(view: ReportView, claim: Claim) -> re.Match[str] | None:
    """The "among them" / "of which" cue that makes ``claim`` a part of an earlier figure, if any.

    The cue must sit in the claim's own clause, before it; a clause that opens the sentence
    ("Among them, 76,000 ...") refers back to the previous sentence.
    """
    start = clause_start(view, claim)
    searched_to, ends, cues = view.derived(_part_cues_by_clause).get(start, (start, [], []))
    index = bisect.bisect_right(ends, claim.start)
    if claim.start <= searched_to and (index == len(cues) or cues[index].start() >= claim.start):
        return cues[index - 1] if index else None
    # A claim of another view, or a cue running into the claim: search the clause as written.
    matches = list(_PART_CUE.finditer(view.text, start, claim.start))
    return matches[-1] if matches else None


def _part_cues_by_clause(view: ReportView) -> dict[int, tuple[int, list[int], list[re.Match[str]]]]:
    """clause start -> (end searched to, cue ends, cues) for every clause holding a figure.

    Searched once per clause, up to its last figure: searching from the clause start for every
    figure is quadratic in a sentence of many figures. The cues ending before a figure are those
    a search stopping at the figure finds, unless one runs into it (``part_cue`` checks that).
    """
    searched_to: dict[int, int] = {}
    for claim in view.claims:
        start = clause_start(view, claim)
        searched_to[start] = max(searched_to.get(start, start), claim.start)
    found = {}
    for start, end in searched_to.items():
        cues = finditer_folded(_PART_CUE, view.text, start, end)
        found[start] = (end, [cue.end() for cue in cues], cues)
    return found


def is_exhaustive_cue(cue: re.Match[str]) -> bool:
    return bool(_EXHAUSTIVE_CUE.search(cue.group(0)))


def _memo(view: ReportView) -> dict[tuple[str, int, int], object]:
    """Per-view answers about a claim's place in the text, which several rules ask for each claim."""
    return {}


def is_previous_value(view: ReportView, claim: Claim) -> bool:
    """True for the earlier value of a stated change: "from 100", "100 a year earlier"."""
    memo = view.derived(_memo)
    key = ("previous", claim.start, claim.end)  # the answer reads only the text around these
    found = memo.get(key)
    if found is None:
        before = view.text[max(0, claim.start - 30):claim.start]
        after = view.text[claim.end:claim.end + 40]
        found = memo[key] = bool((_may_end_with(before, _PREVIOUS_BEFORE_ENDINGS) and _PREVIOUS_BEFORE.search(before))
                                 or _PREVIOUS_AFTER.match(after))  # "^": matches at the start only
    return bool(found)


def crossing(view: ReportView, claim: Claim) -> str | None:
    """"above" for a mark said to be exceeded ("to exceed 4 million"), "below" for one fallen under."""
    memo = view.derived(_memo)
    key = ("crossing", claim.start, 0)  # the answer reads only the text before the start
    if key in memo:
        return memo[key]  # "above", "below" or None
    before = view.text[max(0, claim.start - 40):claim.start]
    found = ("above" if _may_end_with(before, _CROSSED_ABOVE_ENDINGS) and _CROSSED_ABOVE.search(before)
             else "below" if _may_end_with(before, _CROSSED_BELOW_ENDINGS) and _CROSSED_BELOW.search(before)
             else None)
    memo[key] = found
    return found


# The words an English match of _PREVIOUS_BEFORE, _CROSSED_ABOVE or _CROSSED_BELOW ends with (the
# patterns end with "$" after optional spaces): a text ending otherwise cannot match, and is not
# searched. Each search tries its pattern, which folds case and opens with alternatives, at every
# position of the text before the figure; most figures follow none of these words.
_PREVIOUS_BEFORE_ENDINGS = ("from", "with", "to", "against", "versus", "vs", "vs.", "the", "a")
_CROSSED_ABOVE_ENDINGS = (
    "exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpasses", "surpassed", "surpassing",
    "through", "the", "cross", "crosses", "crossed", "crossing", "tops", "topped", "topping", "of",
)
_CROSSED_BELOW_ENDINGS = ("below", "under", "the", "of")


def _may_end_with(before: str, endings: tuple[str, ...]) -> bool:
    """False only when ``before`` (spaces stripped) ends with none of ``endings`` in ASCII letters.
    Any other letter at its end (Chinese, or one ``re`` folds to an ASCII letter: "ſ", "K") leaves
    the answer to the pattern."""
    tail = before.rstrip()[-10:]  # no ending is longer
    return not tail.isascii() or tail.lower().endswith(endings)


# --- what a claim measures -----------------------------------------------------------------------

def stem(word: str) -> str:
    """A crude, symmetric suffix stripper: enough to equate "licenses filed" and "licensing filings"."""
    word = word.lower().removesuffix("'s").removesuffix("'")
    for suffix, replacement in (("ies", "y"), ("ings", ""), ("ing", ""), ("ied", "y"), ("ed", ""),
                                ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)] + replacement
            break
    return word.removesuffix("e") if len(word) > 4 else word


def subject_terms(claim: Claim) -> frozenset[str]:
    """Content words of the claim's subject, stemmed; empty when the extractor found no subject."""
    return _terms(claim.subject)


@lru_cache(maxsize=4096)
def _terms(subject: str) -> frozenset[str]:
    terms = {stem(token) for token in _TOKEN.findall(subject.lower())
             if token not in _SUBJECT_STOPWORDS and not token.isdigit()}
    for run in _HAN_RUN.findall(subject):
        pairs = {run[i:i + 2] for i in range(len(run) - 1)} or {run}
        terms.update(pair for pair in pairs - _SUBJECT_STOPWORDS if _SUBJECT_JOINTS.isdisjoint(pair))
    return frozenset(terms)


def is_change_figure(claim: Claim) -> bool:
    """The figure is itself a stated change ("同比增长12.6%" read as a claim of its own), not a level."""
    return claim.yoy is not None and claim.yoy.start <= claim.start and claim.end <= claim.yoy.end


def same_yoy(a: Claim, b: Claim) -> bool | None:
    """True/False when both claims carry a change; None when at least one does not."""
    if a.yoy is None or b.yoy is None:
        return None
    return (math.isclose(a.yoy.value, b.yoy.value) and a.yoy.unit == b.yoy.unit
            and a.yoy.direction == b.yoy.direction)


def units_compatible(a: Claim, b: Claim, *, loose: bool = False) -> bool:
    """Same unit, or a bare count and a counted noun that may be the same thing.

    A bare count ("Registered trademarks reached 48,200") matches a counted noun ("47,800
    trademarks") when its subject names that noun, or, with ``loose`` (figures in one clause
    such as "52,000 cases; among them, 16,000 were ..."), whenever the noun is not a measure.
    """
    if a.unit == b.unit:
        return True
    if UNKNOWN_COUNT not in (a.unit, b.unit):
        return False
    bare, counted = (a, b) if a.unit == UNKNOWN_COUNT else (b, a)
    if counted.unit in MEASURE_UNITS:
        return False
    return loose or stem(counted.unit.replace("_", " ").split()[-1]) in subject_terms(bare)


def same_metric(a: Claim, b: Claim) -> bool:
    """Do two claims measure the same thing for the same period?

    Identity comes from the unit, the period and the subject's content words; a matching
    year-on-year change is supporting evidence that lets differently worded subjects match.
    A subject that adds words to the other's ("licenses filed by universities" vs "licenses
    filed") names a narrower metric, unless both carry the same change.
    """
    if a.period != b.period or not units_compatible(a, b):
        return False
    terms_a, terms_b = subject_terms(a), subject_terms(b)
    if not terms_a or not terms_b:
        return False
    changes_agree = same_yoy(a, b)
    if min(len(terms_a), len(terms_b)) < 2 and not changes_agree:
        return False  # one word ("universities") does not identify a metric on its own
    if terms_a == terms_b:
        return True
    if changes_agree is False:
        return False
    shared = len(terms_a & terms_b)
    if terms_a < terms_b or terms_b < terms_a:
        return bool(changes_agree)
    if changes_agree:
        return shared / min(len(terms_a), len(terms_b)) >= 0.5
    return shared / len(terms_a | terms_b) >= 0.75


def subject_overlap(a: Claim, b: Claim) -> float:
    terms_a, terms_b = subject_terms(a), subject_terms(b)
    if not terms_a or not terms_b:
        return 0.0
    return len(terms_a & terms_b) / len(terms_a | terms_b)


# --- numbers -------------------------------------------------------------------------------------

def rounding_tolerance(claim: Claim) -> float:
    """Half a unit of the last digit written: "4.756 million" -> 500, "613,000" -> 0.5."""
    match = _NUMBER.search(claim.text)
    if match is None:
        return 0.5
    written = float(match.group(0).replace(",", ""))
    decimals = len(match.group(1) or "")
    scale = claim.value / written if written else 1.0
    return 0.5 * 10 ** -decimals * abs(scale)


def decimals_of(text: str) -> int:
    match = _NUMBER.search(text)
    return len(match.group(1) or "") if match else 0


def value_interval(claim: Claim) -> tuple[float, float]:
    """The values a claim allows, given its qualifier and the precision it was written with."""
    value, tolerance = float(claim.value), rounding_tolerance(claim)
    qualifier = claim.qualifier
    if qualifier in words.LOWER_BOUND_QUALIFIERS:
        return value - tolerance, math.inf
    if qualifier == "nearly":
        return value * 0.85, value + tolerance
    if qualifier in words.UPPER_BOUND_QUALIFIERS:
        return -math.inf, value + tolerance
    if qualifier == "approximately":
        return value * 0.9 - tolerance, value * 1.1 + tolerance
    return value - tolerance, value + tolerance


def significant_digits(value: float) -> int:
    """Significant digits of a scaled value: 1349000 -> 4, 80 -> 1, 95.2 -> 3."""
    digits = f"{abs(value):.10g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


def format_value(claim: Claim) -> str:
    return claim.text.strip() or f"{claim.value:g}"


def spans_of(claim: Claim, *, with_yoy: bool = True) -> list[tuple[int, int]]:
    spans = [(claim.start, claim.end)]
    if with_yoy and claim.yoy is not None:
        spans.append((claim.yoy.start, claim.yoy.end))
    return spans


# --- units from the language data ----------------------------------------------------------------

@cache
def unit_rows(lang: str = "en") -> tuple[tuple[str, str, str], ...]:
    """(surface, unit, kind) rows of ``data/<lang>/units.tsv``."""
    return tuple((row[0].strip(), row[1].strip(), row[2].strip()) for row in table_rows(lang, "units.tsv")
                 if len(row) >= 3)


@cache
def scale_words(lang: str = "en") -> tuple[str, ...]:
    return tuple(row[0].strip() for row in table_rows(lang, "scales.tsv"))
