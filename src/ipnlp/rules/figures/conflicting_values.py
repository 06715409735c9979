"""IPN101 conflicting-values: one metric, one period, two different values."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import Claim, Finding
from ...view import ReportView
from .._languages import any_language, any_language_set
from ..base import Rule, make_finding
from . import _words as words
from ._common import (
    UNKNOWN_COUNT,
    claim_sentence,
    crossing,
    format_value,
    is_change_figure,
    is_previous_value,
    part_cue,
    same_yoy,
    spans_of,
    stem,
    subject_terms,
    units_compatible,
    value_interval,
)

# A label of a part of the document before the figure ("Annex F-1", "notes 2.5 and 2.11"); glued to
# the word before it in converted text ("toAnnex D-1"), so a capitalised label needs no word break.
_REFERENCE_LABEL = re.compile(
    rf"(?:(?<![A-Za-z])(?i:{words.REFERENCE_LABEL_WORDS})|(?<=[a-z])(?:Annex|Appendix|Note|Chart|Table|Figure|"
    r"Box|Section|Paragraph|Chapter))\s*(?:[A-Z]{1,2}\s*[-–.]\s*)?"
    r"(?:[\dA-Z][\w.–-]*\s*(?:,|and|or|to|&|–|-)\s*)*$"
)
_GENERIC_STEMS = frozenset(stem(word) for word in words.GENERIC_SUBJECT_WORDS)
_ACTOR_VERB_ENDINGS = tuple(any_language_set((), "ACTOR_VERB_ENDINGS"))
# "in early November", "on 18-26 November", "by mid-March", "in the third quarter" after a figure
# (tried with .match at the figure's end, so no "^": it would anchor at the start of the text).
_DATED_WITHIN = re.compile(
    r"[\s,]*(?:in|on|by|at|as\s+(?:at|of)|since|until)\s+"
    r"(?:(?:early|mid|late|the\s+(?:end|start|middle)\s+of)[-\s]+)?"
    rf"(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+)?(?:{words.MONTH_NAMES}|the\s+(?:first|second|third|fourth)\s+"
    r"quarter\b|Q[1-4]\b)"
)
# "set higher than 2.00%", "well above 100%": a bound the value is compared with, not the value.
# ("more than", "over", "at least" are qualifiers the extractor reads; their intervals are compared.)
_COMPARED_BOUND = re.compile(r"\b(?:(?:higher|lower|greater)\s+than|above|below)\s+$", re.IGNORECASE)
# "increase the Cash Gift by $3,000": the size of a change, not the level it changes.
_INCREMENT_BEFORE = re.compile(any_language(r"\bby\s+(?:about\s+|around\s+|some\s+|another\s+)?$",
                                            "INCREMENT_BEFORE"), re.IGNORECASE)
# "$500 in credits for each child", "$1,000 a year per household": an amount per recipient, which
# schemes set differently for different groups; not one total stated twice.
_PER_RECIPIENT_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:for\s+(?:each|every)|per\s+(?!cent\b)[a-z]+|each\s+(?:year|month)|annually|a\s+year|"
    r"every\s+(?:year|month))\b",
    re.IGNORECASE,
)
# "the remaining 9%", "another $2 billion": a further part, not the same figure again.
_FURTHER_PART = re.compile(r"\b(?:remaining|rest\s+of\s+the|other|another|further|additional|extra)\s+$",
                           re.IGNORECASE)
# "from $500 to $700": the figure a change starts from, written before the figure it reaches.
_CHANGE_ORIGIN = re.compile(
    r"\bfrom\s+(?P<origin>\S+(?:\s+(?:million|billion|trillion))?)\s+(?:[^,;.]{0,40}?\s)?to\s+$"
)
# A figure other than a year ("from $500", "2.5"): a subject holding one is a frame around that figure.
_FIGURE_NOT_YEAR = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d|[.,]\d))\d")

# A claim is compared with at most _MAX_COMPARED of the nearest earlier claims sharing a subject
# word, and reported against at most _MAX_CONFLICTS of them. A metric is restated a handful of
# times; more figures on one word come from a table run into the text or from hostile input, where
# comparing or reporting every pair is quadratic in time and output.
_MAX_COMPARED = 128
_MAX_CONFLICTS = 8


def check(view: ReportView) -> Iterator[Finding]:
    """The same metric for the same period is stated with two different values.

    ## What it does
    Compares every pair of figures that measure the same thing (same unit, same period, and
    subjects with the same content words, or closely related subjects that also carry the same
    year-on-year change) and reports the pair when their values cannot both be true, allowing for
    rounding and for qualifiers such as "more than" or "nearly". Figures inside one sentence are
    not compared (that is how ranges and "from ... to ..." changes are written), a part introduced
    by "among them" / "of which" is not compared with a whole, and the earlier value of a stated
    change ("from 100", "100 a year earlier") and milestones ("to exceed 4 million", IPN106) are
    left out.

    Two figures count as one metric only when the unit, the period and the subject agree
    together: both must carry the same period (or the same stated change), and their subjects
    must share words that name what is measured, not only who acts ("we will provide").
    Reference labels ("Annex F-1", "notes 2.5 and 2.11", "Chart 13") are not figures, a subject
    that holds another figure ("increase the quantum from $500") is a frame, not a name, and a
    benchmark ("well above the statutory minimum requirement of 3%") is not the metric compared
    with it. A figure dated inside the period ("to 2.00% in early November") is a reading at that
    time, two figures reached from different starting figures ("from $500 to $700", "from
    $250 to $350") are two tiers, "the remaining 9%" or two percentages adding up to 100 are
    parts of one whole, "increase the grant by $3,000" states a change, not a level, and amounts
    per recipient ("$500 in credits for each child", "$1,000 a year") differ by group on purpose.

    In Chinese, subjects are compared by their pairs of characters ("发明专利授权量"), and a
    subject ending in a verb of doing ("金管局共进行") names no metric.

    ## Why it matters
    A reader cannot tell which value is right, and a figure quoted from the report may be the
    wrong one. It usually means one sentence was revised and a copy elsewhere was not.

    ## Example
    ```text
    Registered trademarks reached 48,200 for the year, up 6.1% year-on-year. ...
    The number of trademarks registered this year was 47,800, up 6.1% year-on-year.
    ```

    ## Known limitations
    Undated figures without a stated change are never compared, so a conflict between two
    undated mentions is missed until the extractor finds their period. Subjects come from the
    extractor's wording and stemming; a metric named with different words in each mention
    ("trademark registrations" / "registered marks") is missed, and two schemes described with
    the same words and the same period ("households will receive $5,500 in FY2024") can still be
    taken for one metric.

    ## Use instead
    State the figure once, or make every mention agree:
    ```text
    Registered trademarks reached 48,200 for the year, up 6.1% year-on-year.
    ```
    """
    # Milestones ("the first to exceed 4 million") are IPN106's to compare. A claim without subject
    # words is never the same metric as another (_known_same_metric), so it is left out from the start.
    # A change read as a figure of its own ("同比增长13.5%") is compared through the level that
    # carries it (same_yoy), as an English change is.
    candidates = [c for c in view.claims if _metric_terms(c) and not is_previous_value(view, c)
                  and not is_change_figure(c)
                  and crossing(view, c) is None and not _is_reference_label(view, c)
                  and not _DATED_WITHIN.match(view.text, c.end, c.end + 60)
                  and not _ends_with_bound(view.text, c.start, _BOUND_LAST_WORDS, _COMPARED_BOUND)
                  and not _ends_with_bound(view.text, c.start, _FURTHER_LAST_WORDS, _FURTHER_PART)
                  and not _ends_with_bound(view.text, c.start, _INCREMENT_LAST_WORDS, _INCREMENT_BEFORE, 20)
                  and not (c.unit not in ("percent", "percentage_point") and _per_recipient(view, c))
                  and not _figure_not_year(c.subject)]
    # Per-claim features, computed once: the loop below meets each claim many times. Claims are
    # numbered in text order and the loop works on their numbers.
    is_part = {c.id: part_cue(view, c) is not None for c in candidates}
    interval = {c.id: value_interval(c) for c in candidates}
    sentence = {c.id: claim_sentence(view, c) for c in candidates}
    terms = {c.id: _metric_terms(c) for c in candidates}
    ordered = sorted(candidates, key=lambda c: c.start)
    ids = [c.id for c in ordered]
    starts = [c.start for c in ordered]
    lows = [interval[i][0] for i in ids]
    highs = [interval[i][1] for i in ids]
    sentences = [sentence[i] for i in ids]
    units = [c.unit for c in ordered]
    if len(set(ids)) < len(ids):
        nearest_earlier = _nearest_earlier
    elif len(set(starts)) < len(starts):
        nearest_earlier = _nearest_earlier_numbers
    else:
        nearest_earlier = _nearest_earlier_distinct
    # Two claims of one metric share the period, the part-or-whole role and at least one subject
    # word (_known_same_metric), so each claim is compared only with the earlier claims indexed under those.
    earlier_by_word: dict[tuple[str | None, bool, str], list[int]] = {}
    conflicts: list[tuple[Claim, Claim]] = []
    for b, second in enumerate(ordered):
        postings = [earlier_by_word.setdefault((second.period, is_part[ids[b]], word), [])
                    for word in sorted(subject_terms(second))]
        found = 0
        low_b, high_b, sentence_b, unit_b = lows[b], highs[b], sentences[b], units[b]
        # Left out first, in one pass: values that can both be true, one sentence, units that are
        # not compatible (units_compatible, so not one metric).
        for a in [a for a in nearest_earlier(postings, starts, ids)
                  if (lows[a] > high_b or low_b > highs[a]) and sentences[a] != sentence_b
                  and (units[a] == unit_b or UNKNOWN_COUNT in (units[a], unit_b))]:
            first = ordered[a]
            if (_same_metric_terms(first, second, terms[ids[a]], terms[ids[b]])
                    and not _complementary_shares(first, second)
                    and not _from_different_origins(view, first, second)):
                conflicts.append((first, second))
                found += 1
                if found == _MAX_CONFLICTS:
                    break
        for posting in postings:
            posting.append(b)
    for first, second in sorted(conflicts, key=lambda pair: (pair[0].start, pair[1].start)):
        period = f" ({first.period})" if first.period else ""
        subject = first.subject.strip() or "the same metric"
        message = (
            f"{subject[:1].upper()}{subject[1:]}{period} is stated as {format_value(first)} "
            f"and as {format_value(second)}; one metric for one period cannot have two values"
        )
        if first.yoy is not None and second.yoy is not None:
            message += f" (both with the change {first.yoy.text.strip()!r})"
        yield make_finding(RULE, view, message + ".", [*spans_of(first), *spans_of(second)])


def _figure_not_year(subject: str) -> bool:
    """``_FIGURE_NOT_YEAR.search(subject)``, looked for only in a subject with a digit (most have
    none; the pattern opens with look-arounds, which ``re`` tries at every position)."""
    return _DIGIT.search(subject) is not None and _FIGURE_NOT_YEAR.search(subject) is not None


_DIGIT = re.compile(r"\d")


def _metric_terms(claim: Claim) -> frozenset[str]:
    """The subject words that name what is measured, without who acts or how ("we will provide")."""
    if claim.subject.endswith(_ACTOR_VERB_ENDINGS):  # "金管局共进行": what is counted comes after the figure
        return frozenset()
    return subject_terms(claim) - _GENERIC_STEMS


def _known_same_metric(a: Claim, b: Claim) -> bool:
    """Subject, unit and period together (``_same_metric_terms`` over the claims' ``_metric_terms``)."""
    return _same_metric_terms(a, b, _metric_terms(a), _metric_terms(b))


def _same_metric_terms(a: Claim, b: Claim, terms_a: frozenset[str], terms_b: frozenset[str]) -> bool:
    """Subject, unit and period together (``same_metric``'s rules over the words that name what is
    measured): the claims must be pinned to one period or carry the same change, and share words
    that name a metric, not only a frame. Two undated amounts of a speech ("will receive $5,500" ...
    "will receive $3,000") are usually two schemes, not one figure restated."""
    if a.period != b.period or not units_compatible(a, b):
        return False
    changes_agree = same_yoy(a, b)
    if a.period is None and not changes_agree:
        return False
    if not terms_a or not terms_b:
        return False
    if min(len(terms_a), len(terms_b)) < 2 and not changes_agree:
        return False  # one word ("universities") does not identify a metric on its own
    if terms_a == terms_b:
        return True
    if changes_agree is False:
        return False
    if terms_a < terms_b or terms_b < terms_a:
        return bool(changes_agree)  # a narrower subject is a narrower metric, unless the change agrees
    shared = len(terms_a & terms_b)
    if changes_agree:
        return shared / min(len(terms_a), len(terms_b)) >= 0.5
    return shared / len(terms_a | terms_b) >= 0.75


def _complementary_shares(a: Claim, b: Claim) -> bool:
    """Two percentages adding up to 100 ("91% of these assets" ... "9% of these assets") split one
    whole between them."""
    return a.unit == b.unit == "percent" and abs(float(a.value) + float(b.value) - 100) <= 0.5


def _change_origin(view: ReportView, claim: Claim) -> str | None:
    start = claim_sentence(view, claim)[0]
    match = _CHANGE_ORIGIN.search(view.text, max(start, claim.start - 80), claim.start)
    return match.group("origin").rstrip(",") if match else None


def _from_different_origins(view: ReportView, a: Claim, b: Claim) -> bool:
    """"raise the quantum from $500 to $700" and "from $250 to $350": two tiers, each with its own
    starting figure, not one figure stated twice."""
    origin_a, origin_b = _change_origin(view, a), _change_origin(view, b)
    return origin_a is not None and origin_b is not None and origin_a != origin_b


def _is_reference_label(view: ReportView, claim: Claim) -> bool:
    """The figure numbers a part of the document ("Annex F-1", "notes 2.5 and 2.11", "Chart 13")."""
    start = max(0, claim.start - 60)
    if not _holds_any(view.text[start:claim.start], _LABEL_STEMS):
        return False
    return _REFERENCE_LABEL.search(view.text, start, claim.start) is not None


def _holds_any(window: str, stems: re.Pattern[str]) -> bool:
    """False only when no match of a pattern can lie in ``window``: the pattern ignores case and
    each of its matches holds one of ``stems`` (lower-case ASCII). Looked for in C in the
    lower-cased window, which a few characters outside ASCII would not show ("ſ", "ı" and the
    Kelvin sign match "s", "i" and "k" ignoring case): a window with any is left to the pattern.
    Most figures stand far from every stem, and the patterns, anchored at the figure, are tried at
    every place of the window."""
    if not window.isascii():
        return True
    return stems.search(window.lower()) is not None


def _stems(*stems: str) -> re.Pattern[str]:
    """A search for any of ``stems``: alternatives of literals, which ``re`` looks for from their
    first letters in C."""
    return re.compile("|".join(re.escape(stem) for stem in stems))


# Every match of _REFERENCE_LABEL holds one of these (tests check each word of REFERENCE_LABEL_WORDS).
_LABEL_STEMS = _stems("annex", "append", "note", "chart", "table", "fig", "box", "section", "para", "page", "p.",
                      "chapter", "article", "clause", "schedule", "exhibit")
# The last word of every match of _COMPARED_BOUND and of _FURTHER_PART, before its closing spaces.
_BOUND_LAST_WORDS = ("than", "above", "below")
_FURTHER_LAST_WORDS = ("remaining", "the", "other", "another", "further", "additional", "extra")
# The last word of every English match of _INCREMENT_BEFORE (a Chinese one holds Chinese characters).
_INCREMENT_LAST_WORDS = ("by", "about", "around", "some", "another")


def _ends_with_bound(text: str, start: int, last_words: tuple[str, ...], pattern: re.Pattern[str],
                     width: int = 30) -> bool:
    """``pattern.search(text, start - width, start)`` for a pattern ignoring case whose English
    matches end with one of ``last_words`` and then spaces: searched only when the text before the
    figure ends so or holds a character outside ASCII (the pattern, anchored at the figure, is
    tried at each of the ``width`` places)."""
    window = text[max(0, start - width):start]
    if window.isascii() and not window.rstrip().lower().endswith(last_words):
        return False
    return pattern.search(text, max(0, start - width), start) is not None


# Every match of _PER_RECIPIENT_AFTER holds one of these ("a year" its "year").
_PER_RECIPIENT_STEMS = _stems("each", "every", "per", "annually", "year")
# The rest of a sentence looked through for them; in a longer one the pattern is tried at once (a
# sentence of many figures would otherwise be read once per figure).
_PER_RECIPIENT_WINDOW = 240


def _per_recipient(view: ReportView, claim: Claim) -> bool:
    """``_PER_RECIPIENT_AFTER.match`` from the figure to the end of its sentence."""
    end = claim_sentence(view, claim)[1]
    if end - claim.end <= _PER_RECIPIENT_WINDOW and not _holds_any(view.text[claim.end:end], _PER_RECIPIENT_STEMS):
        return False
    return _PER_RECIPIENT_AFTER.match(view.text, claim.end, end) is not None


def _nearest_earlier(postings: list[list[int]], starts: list[int], ids: list[str]) -> list[int]:
    """The claims of ``postings`` (lists of claim numbers in text order), nearest first, each once
    (by id), at most ``_MAX_COMPARED`` of them; of claims starting at one offset, those of earlier
    postings first.

    No posting gives more than its last ``_MAX_COMPARED`` (a posting holds a claim once), so those,
    nearest first and sorted stably, are what merging the whole postings would give up to the cap.
    """
    newest_first = _newest_first(postings, starts)
    nearest: dict[str, int] = {}
    for number in newest_first:
        nearest.setdefault(ids[number], number)
        if len(nearest) == _MAX_COMPARED:
            break
    return list(nearest.values())


def _nearest_earlier_numbers(postings: list[list[int]], starts: list[int], ids: list[str]) -> list[int]:
    """``_nearest_earlier`` when every claim has its own id: each once by number, deduplicated in C."""
    if len(postings) == 1:
        return postings[0][:-_MAX_COMPARED - 1:-1]  # a posting holds a claim once
    return list(dict.fromkeys(_newest_first(postings, starts)))[:_MAX_COMPARED]


def _nearest_earlier_distinct(postings: list[list[int]], starts: list[int], ids: list[str]) -> list[int]:
    """``_nearest_earlier`` when every claim has its own id and its own start: claim numbers then
    follow the starts, so the nearest are the highest numbers."""
    if len(postings) == 1:
        return postings[0][:-_MAX_COMPARED - 1:-1]
    return sorted(set().union(*(posting[-_MAX_COMPARED:] for posting in postings)), reverse=True)[:_MAX_COMPARED]


def _newest_first(postings: list[list[int]], starts: list[int]) -> list[int]:
    """The last ``_MAX_COMPARED`` of each posting, merged nearest first (stable: of claims starting
    at one offset, those of earlier postings first)."""
    if len(postings) == 1:
        return postings[0][:-_MAX_COMPARED - 1:-1]
    newest_first = [number for posting in postings for number in posting[:-_MAX_COMPARED - 1:-1]]
    newest_first.sort(key=starts.__getitem__, reverse=True)  # stable, as a merge of the postings is
    return newest_first


RULE = Rule(code="IPN101", name="conflicting-values", severity="error", check=check)
