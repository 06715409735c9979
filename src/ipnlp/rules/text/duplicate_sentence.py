"""IPN201 duplicate-sentence."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from functools import partial

from ...find import positions
from ...index import WordIndex, shingle_keys
from ...lang import zh_text
from ...models import Finding
from ...regex_cache import compile as cached_compile
from ...view import ReportView
from .._languages import any_language
from ..base import Rule, make_finding
from ..figures import _words as figure_words
from . import _words
from ._common import body_sentences, is_heading, stem
from ._similarity import Unit, aligner, half_overlap_by_later, similarity_bound

MIN_WORDS = 8
MIN_SIMILARITY = 0.85
# The opening clause of a sentence ends at its first semicolon or colon.
_CLAUSE_ENDS = ";:；："
_FIGURE = cached_compile(r"\d(?:[\d,.]*\d)?%?")
# A caption ("Chart 13 Liquidity ratios ...") or a cross-reference ("Refer to notes 2.5 and 2.6 to
# the financial statements.", "[See Annex F-1.]"): boilerplate that differs only in its labels.
_NOT_A_STATEMENT = cached_compile(
    r"\s*[\[(（]?\s*" + any_language(rf"(?:{_words.CAPTION_LABELS}\s+[A-Z]?\d|(?i:(?:please\s+)?(?:refer\s+to|see)\b))",
                                      "NOT_A_STATEMENT")
)
_MAX_SUMMARY_HEADINGS = 200
# Headings of the parts of a report that restate the rest on purpose.
_SUMMARY_HEADING = cached_compile(any_language(
    r"(?i)\b(?:highlights?|summary|overview|at\s+a\s+glance|key\s+(?:facts|figures|messages|points)|"
    r"(?:chief\s+executive|chairman|chairperson|chair|president|governor|minister)['’]s\s+"
    r"(?:statement|message|foreword|review)|foreword|preface)\b", "SUMMARY_HEADING"))
_HAN = cached_compile(r"\p{Han}")
# A figure that only dates a sentence: a year, or a day or month beside a month name or a date character
# ("on 9 March 2021", "2021年9及10月"). Sentences differing only in these are one template for events on
# different dates (a calendar's entries), not a figure contradicted.
_MONTH = figure_words.MONTH_NAMES + r"\.?"
_DATE_FIGURE = cached_compile(
    r"(?i:(?:19|20)\d\d(?!\d)|\d{1,2}(?=\s*(?:" + _MONTH + r"|[年月日號号]|及\d{1,2}\s*月))|"
    r"(?<=\b" + _MONTH + r"\s{1,3})\d{1,2}\b)")
_HAN_PER_WORD = zh_text.HAN_CHARACTERS_PER_WORD


def _word_count(text: str, start: int, end: int, words: WordIndex, span: int, count: int, han: bool = True) -> float:
    """The first ``count`` words of span ``span`` of ``words`` (all of them from ``start`` to ``end``),
    counting a Chinese character as a part of one ("回应者普遍支持建议" is five words). ``han``: whether
    the text may hold a Chinese character at all."""
    if not han or not _HAN.search(text, start, end):
        return count
    starts, ends = words.offsets(span)
    han = sum(1 for s, e in zip(starts[:count], ends[:count], strict=True) if e - s == 1 and _HAN.match(text, s))
    return count - han + han / _HAN_PER_WORD


# Builds a Unit from a tuple of all its fields in C; the NamedTuple's own constructor is Python.
_make_unit = partial(tuple.__new__, Unit)


def duplicate_units(text: str, words: WordIndex) -> list[Unit]:
    """Every sentence of ``words.spans``, plus the opening clause of each sentence that has more
    than one clause; a unit's words are word ids."""
    units: list[Unit] = []
    # Read once for the whole text rather than once a sentence: whether it holds a Chinese character
    # at all (from its few distinct characters outside ASCII), and where clauses end (one character
    # each, so the first in a sentence is the first at or after its start).
    han = any(map(_HAN.match, words.non_ascii))
    clause_ends = positions(text, _CLAUSE_ENDS)
    for index, ((start, end), ids) in enumerate(zip(words.spans, words.ids, strict=True)):
        if (_word_count(text, start, end, words, index, len(ids), han) < MIN_WORDS
                or _NOT_A_STATEMENT.match(text, start, end)):
            continue
        units.append(_make_unit((start, end, ids, index, "sentence")))
        following = bisect.bisect_left(clause_ends, start)
        if following < len(clause_ends) and clause_ends[following] < end:
            ends = words.offsets(index)[1]
            opening = bisect.bisect_right(ends, clause_ends[following])  # the words ending before it
            if _word_count(text, start, ends[opening - 1] if opening else start, words, index, opening,
                           han) >= MIN_WORDS:
                units.append(Unit(start, ends[opening - 1], ids[:opening], index, "opening"))
    return units


def find_duplicates(text: str, sentences: Sequence[tuple[int, int]], words: WordIndex | None = None,
                    ) -> Iterator[tuple[Unit, Unit, float]]:
    """(earlier, later, similarity) for each sentence that repeats an earlier sentence or the opening
    clause of another sentence. Two clauses are never compared with each other: parallel clauses
    are how reports enumerate, a whole sentence said twice is not. ``words`` (whose spans are
    ``sentences``) saves tokenising again when the caller has the sentences' words."""
    if words is None:
        words = WordIndex(text, sentences)
    units = duplicate_units(text, words)
    vocabulary = words.vocabulary
    keys = [shingle_keys(u.words, len(vocabulary)) for u in units]
    reported: set[int] = set()
    for second, earlier_units in half_overlap_by_later(units, keys):
        b = units[second]
        for first in earlier_units:
            if b.kind == "sentence" and b.sentence in reported:
                break  # each later pair of ``b`` would repeat it again: all skipped
            a = units[first]
            if a.sentence == b.sentence or (a.kind == "opening" and b.kind == "opening"):
                continue
            repeat = b if b.kind == "sentence" else a
            if repeat.sentence in reported:
                continue
            if a.words == b.words:  # the alignment of equal words is all "equal": ratio 1, no parallel
                reported.add(repeat.sentence)
                yield a, b, 1.0
                continue
            if similarity_bound(a.words, b.words) < MIN_SIMILARITY:
                continue
            matcher = aligner(a.words, b.words)
            score = matcher.ratio()
            if score >= MIN_SIMILARITY and not _parallel(matcher, vocabulary, _name_words(text, words, a),
                                                         _name_words(text, words, b)):
                reported.add(repeat.sentence)
                yield a, b, score


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our"})


def _content_stems(words: Sequence[str], before: str | None) -> set[str]:
    """Stems of the content words; a reporting verb after a determiner is a noun ("the increase")."""
    stems = set()
    for word in words:
        if word != "#" and word not in _words.FUNCTION_WORDS and (
                word not in _words.REPORTING_VERBS or before in _DETERMINERS):
            stems.add(stem(word))
        before = word
    return stems


def _name_words(text: str, words: WordIndex, unit: Unit) -> frozenset[int]:
    """The positions, in ``unit``, of its capitalised words after the first: the words of names."""
    starts = words.offsets(unit.sentence)[0]
    return frozenset(k for k in range(1, min(len(unit.words), len(starts))) if text[starts[k]].isupper())


def _parallel(matcher, vocabulary: Sequence[str], names_a: frozenset[int] = frozenset(),
              names_b: frozenset[int] = frozenset()) -> bool:
    """Two sentences built alike about different things: a content word swapped for another ("Total
    loans fell by 3.0%" / "Total deposits rose by 1.7%", "the Minister for Education" / "for
    Manpower"), a name's own words left out ("the National Productivity Fund" / "the Fund"), or a
    contrast added ("inputs not based on", "above $13,000"). Rewording the verb ("reached" / "was")
    or adding a time phrase keeps a sentence a repeat."""
    a, b = [vocabulary[i] for i in matcher.a], [vocabulary[i] for i in matcher.b]
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left, right = a[i1:i2], b[j1:j2]
        if any(w in _words.CONTRAST_WORDS for w in (*left, *right)):
            return True
        if tag in ("delete", "insert") and (not names_a.isdisjoint(range(i1, i2)) or
                                            not names_b.isdisjoint(range(j1, j2))):
            return True  # "top up the [National Productivity] Fund by $3 billion" / "the Fund by $5 billion"
        if tag == "replace":
            old = _content_stems(left, a[i1 - 1] if i1 else None)
            new = _content_stems(right, b[j1 - 1] if j1 else None)
            if old and new and old.isdisjoint(new):
                return True
    return False


def _dates(text: str, figure) -> bool:
    """Whether a figure of a sentence is a date's year, month or day."""
    date = _DATE_FIGURE.match(text, figure.start())
    return date is not None and date.end() == figure.end()


def _summary_spans(view: ReportView) -> list[tuple[int, int]]:
    """Stretches of the report that summarise the rest: from a summary heading ("Highlights of
    2024", "Chief Executive's Statement") to the first later heading that repeats a heading of the
    stretch (the chapters it summarised, now in full), or to the end of its section."""
    headings = [s for s in view.sections if is_heading(s) or s.marker]
    spans: list[tuple[int, int]] = []
    for index, section in enumerate(headings):
        if not _SUMMARY_HEADING.search(section.title) or (spans and section.start < spans[-1][1]):
            continue
        seen: set[str] = set()
        end = section.end
        # A summary names a few dozen chapters at most; looking further is quadratic in headings.
        for later in headings[index + 1:index + 1 + _MAX_SUMMARY_HEADINGS]:
            title = " ".join(later.title.lower().split())
            if title in seen:
                end = later.start
                break
            seen.add(title)
        spans.append((section.start, max(end, section.end)))
    return spans


def _in_summary(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    return next(((start, end) for start, end in spans if start <= offset < end), None)


def check(view: ReportView) -> Iterator[Finding]:
    """A sentence repeats another sentence, or another sentence's opening clause, almost verbatim.

    ## What it does
    Compares every sentence with the rest of the report (word shingles propose candidates, a word
    alignment confirms them) and reports a sentence that is at least 85% the same words as an
    earlier sentence, or as the clause before the first semicolon of another sentence. Figures are
    compared as placeholders, so a repeated sentence with a changed number is still found and the
    differing figures are named. Headings are left out; clause-level parallels such as "It issued
    the plan" / "It will implement the plan" are not compared.

    Sentences built alike about different things are not repeats: a content word swapped for
    another ("Total loans fell ..." / "Total deposits rose ..."), or a contrast added ("not",
    "above"). Captions ("Chart 13 ...") and cross-references ("Refer to notes ...") are not
    compared. A sentence of a summary ("Highlights", "Chief Executive's Statement", up to the
    chapters it summarises) restated with the same figures in the body is reported as info, and so
    is a sentence repeated with only its dates changed (a year, or a day or month beside a month name:
    the same announcement on another date, as in a calendar of events).

    Chinese sentences are compared character by character.

    ## Why it matters
    A repeated sentence is usually a merge or copy-paste leftover; with a different figure it is
    also a contradiction that readers cannot resolve.

    ## Example
    ```text
    Exports reached 4.1 million tons, up 3% year-on-year; among them, steel ... Exports for the
    year were 4.0 million tons, up 3% year-on-year.
    ```

    ## Known limitations
    Only the first 200 words of a sentence are aligned. A repeat whose subject was reworded with
    another word, or whose name was shortened ("the Monetary Authority" / "the Authority"), is taken
    for a parallel and missed. A
    summary is recognised by its heading only; a chapter's lead paragraph restating its body is
    reported as a warning.

    ## Use instead
    ```text
    Exports reached 4.1 million tons, up 3% year-on-year; among them, steel ...
    ```
    """
    words = view.derived(body_sentences)
    summaries = _summary_spans(view)
    for a, b, score in find_duplicates(view.text, words.spans, words):
        earlier, later = sorted((a, b), key=lambda u: u.start)
        what = "the opening clause of an earlier sentence" if earlier.kind == "opening" else "an earlier sentence"
        if later.kind == "opening":
            what = "an earlier sentence in the opening clause of this one"
        message = f"This sentence repeats {what} (word similarity {score:.2f})"
        old = list(_FIGURE.finditer(view.text, earlier.start, earlier.end))
        new = list(_FIGURE.finditer(view.text, later.start, later.end))
        changed = [(x, y) for x, y in zip(old, new, strict=False) if x.group() != y.group()]
        severity = None
        if changed:
            message += "; the figures differ: " + ", ".join(f"{x.group()} vs {y.group()}" for x, y in changed)
            if all(_dates(view.text, x) and _dates(view.text, y) for x, y in changed):
                severity = "info"  # the same announcement for another date: a calendar's entries
                message += " (dates only)"
        else:
            summary = _in_summary(summaries, earlier.start) or _in_summary(summaries, later.start)
            if summary is not None and not (summary[0] <= earlier.start and later.start < summary[1]):
                # A summary restating the body with the same figures is what a summary is for.
                severity = "info"
                message += "; one of them is in a summary of the report, which restates on purpose"
        yield make_finding(RULE, view, message + ".", [(earlier.start, earlier.end), (later.start, later.end)],
                           severity=severity)


RULE = Rule(code="IPN201", name="duplicate-sentence", severity="warning", check=check)
