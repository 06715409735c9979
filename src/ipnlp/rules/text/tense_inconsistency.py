"""IPN412 tense-inconsistency."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import Finding, Section
from ...regex_cache import compile as cached_compile
from ...view import ReportView
from .._search import branches
from ..base import Rule, make_finding
from . import _words
from ._common import is_heading, part_orientation, title_start

_ADVERBS = rf"(?:\s+{_words.MANNER_ADVERB})*"
# Heading titles: "Efforts will be made to ...", "Protection has been strengthened.".
_HEADING_FUTURE = cached_compile(rf"(?:\p{{L}}+\s+){{0,4}}?{_words.FUTURE_AUX}{_ADVERBS}\s+(?:be\s+)?\p{{L}}+")
_HEADING_PERFECT = cached_compile(rf"(?:\p{{L}}+\s+){{0,4}}?{_words.PERFECT_AUX}{_ADVERBS}\s+(?:been\s+)?\p{{L}}+")
# Sentence openings: "It has issued ...", "We will actively implement ...".
_SENTENCE_PERFECT = cached_compile(
    rf"{_words.ACTOR_SUBJECTS}\s+{_words.PERFECT_AUX}{_ADVERBS}\s+(?!been\b)\p{{Ll}}+(?:ed|en|ne|de|lt|ht)\b")
_SENTENCE_FUTURE = cached_compile(rf"{_words.ACTOR_SUBJECTS}\s+{_words.FUTURE_AUX}{_ADVERBS}\s+\p{{Ll}}+\b")


def _actor_leads() -> tuple[str, ...] | None:
    """The letters each way of naming the reporting body opens with ("It", "We", "The"), which a
    sentence must open with for the sentence patterns to match (they fold no case); None when an
    alternative opens with anything else."""
    leads = tuple(_LEAD_LETTERS.match(alternative) for alternative in branches(_words.ACTOR_SUBJECTS))
    if not all(leads):
        return None
    return tuple(lead.group(0) for lead in leads if lead is not None)


_LEAD_LETTERS = re.compile(r"[A-Za-z]+(?![A-Za-z]*[?*+{])")
_ACTOR_LEADS = _actor_leads()


def _heading_tense(view: ReportView, section: Section) -> tuple[str, tuple[int, int]] | None:
    start = title_start(view, section)
    end = view.text.find("\n", start)
    end = section.end if end == -1 else min(end, section.end)
    for tense, pattern in (("future", _HEADING_FUTURE), ("perfect", _HEADING_PERFECT)):
        match = pattern.match(view.text, start, end)
        if match:
            return tense, match.span()
    return None


def check(view: ReportView) -> Iterator[Finding]:
    """A part that plans future work is written in the past, or a part reporting results in the future.

    ## What it does
    Reads each part's heading to tell a results part (headed with a year before the report's own
    year, or "Progress", "Achievements") from a plans part (the report's year or later, or "do a
    good job of", "Tasks for"). Among the subsection headings of a part, a heading whose tense
    goes against its siblings and the part ("Efforts have been made ..." among "Efforts will be
    made ..." in a plans part) is a warning. Sentences that open with the reporting body in the
    perfect tense inside a plans part ("It has issued ..."), or in the future inside a results
    part ("We will ..."), are reported together as info.

    ## Why it matters
    The reader cannot tell whether the work is done or still planned; in a translation it is a
    sign that a sentence was taken from last year's report or mistranslated.

    ## Example
    ```text
    II. Work plan for 2025
    1) Efforts will be made to improve services.
    2) Efforts have been made to strengthen protection.
    ```

    ## Use instead
    ```text
    II. Work plan for 2025
    1) Efforts will be made to improve services.
    2) Efforts will be made to strengthen protection.
    ```

    ## Known limitations
    Parts are told apart by their headings only; a report whose parts carry no year or plan or
    result wording is not checked. Tense is read from a few auxiliary patterns ("will"/"shall", "has"/"have"
    + participle) and sentences are checked only when they open with the reporting body ("It",
    "We", "The office"); other forms of the future or the perfect are not seen.
    """
    for part in view.sections:
        if part.kind != "part":
            continue
        orientation = part_orientation(view, part)
        if orientation is None:
            continue
        expected, wrong = ("future", "perfect") if orientation == "plans" else ("perfect", "future")
        children = [s for s in view.sections if s.parent == part.id]
        tenses = [(s, t) for s in children if is_heading(s) and (t := _heading_tense(view, s))]
        agreeing = [(s, span) for s, (tense, span) in tenses if tense == expected]
        for section, (tense, span) in tenses:
            if tense == wrong and len(agreeing) > 1:
                yield make_finding(
                    RULE, view, f"Heading {section.marker!r} is in the {tense} tense ("
                    f"{view.text[span[0]:span[1]]!r}) while {len(agreeing)} sibling headings of this "
                    f"{orientation} part are in the {expected} tense.",
                    [span, agreeing[0][1]])

        body_pattern = _SENTENCE_PERFECT if orientation == "plans" else _SENTENCE_FUTURE
        heading_starts = {s.start for s in children if is_heading(s)}
        spans = []
        for start, end in view.sentences_in(part.start, part.end):
            if start in heading_starts or start == part.start:
                continue
            if _ACTOR_LEADS is not None and not view.text.startswith(_ACTOR_LEADS, start, end):
                continue  # the sentence does not open with the reporting body
            match = body_pattern.match(view.text, start, end)
            if match:
                spans.append(match.span())
        if spans:
            done = "as already done" if orientation == "plans" else "as still to be done"
            yield make_finding(
                RULE, view, f"This part sets out {orientation}, but {len(spans)} sentence(s) describe "
                f"the work in the {wrong} tense, {done}.", spans, severity="info")


RULE = Rule(code="IPN412", name="tense-inconsistency", severity="warning", check=check)
