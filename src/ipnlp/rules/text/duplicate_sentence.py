"""IPN201 duplicate-sentence."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import Token, body_sentences, tokenize_spans
from ._similarity import Unit, candidate_pairs, similarity

MIN_WORDS = 8
MIN_SIMILARITY = 0.85
# The opening clause of a sentence ends at its first semicolon or colon.
_CLAUSE_END = regex.compile(r"[;:；：]")
_FIGURE = regex.compile(r"\d(?:[\d,.]*\d)?%?")


def duplicate_units(text: str, sentences: Sequence[tuple[int, int]],
                    sentence_tokens: Sequence[Sequence[Token]]) -> list[Unit]:
    """Every sentence, plus the opening clause of each sentence that has more than one clause."""
    units: list[Unit] = []
    for index, ((start, end), words) in enumerate(zip(sentences, sentence_tokens, strict=True)):
        if len(words) < MIN_WORDS:
            continue
        units.append(Unit(start, end, tuple(w.norm for w in words), index))
        clause_end = _CLAUSE_END.search(text, start, end)
        if clause_end is not None:
            opening = [w for w in words if w.end <= clause_end.start()]
            if len(opening) >= MIN_WORDS:
                units.append(Unit(start, opening[-1].end, tuple(w.norm for w in opening), index, "opening"))
    return units


def find_duplicates(text: str, sentences: Sequence[tuple[int, int]],
                    sentence_tokens: Sequence[Sequence[Token]] | None = None,
                    ) -> Iterator[tuple[Unit, Unit, float]]:
    """(earlier, later, similarity) for each sentence that repeats an earlier sentence or the opening
    clause of another sentence. Two clauses are never compared with each other: parallel clauses
    are how reports enumerate, a whole sentence said twice is not. ``sentence_tokens`` saves
    tokenising again when the caller has the sentences' tokens."""
    if sentence_tokens is None:
        sentence_tokens = tokenize_spans(text, sentences)
    units = duplicate_units(text, sentences, sentence_tokens)
    reported: set[int] = set()
    for first, second in candidate_pairs(units):
        a, b = units[first], units[second]
        if a.sentence == b.sentence or (a.kind == "opening" and b.kind == "opening"):
            continue
        repeat = b if b.kind == "sentence" else a
        if repeat.sentence in reported:
            continue
        score = similarity(a.words, b.words)
        if score >= MIN_SIMILARITY:
            reported.add(repeat.sentence)
            yield a, b, score


def check(view: ReportView) -> Iterator[Finding]:
    """A sentence repeats another sentence, or another sentence's opening clause, almost verbatim.

    ## What it does
    Compares every sentence with the rest of the report (word shingles propose candidates, a word
    alignment confirms them) and reports a sentence that is at least 85% the same words as an
    earlier sentence, or as the clause before the first semicolon of another sentence. Figures are
    compared as placeholders, so a repeated sentence with a changed number is still found and the
    differing figures are named. Headings are left out; clause-level parallels such as "It issued
    the plan" / "It will implement the plan" are not compared.

    ## Why it matters
    A repeated sentence is usually a merge or copy-paste leftover; with a different figure it is
    also a contradiction that readers cannot resolve.

    ## Example
    ```text
    Exports reached 4.1 million tons, up 3% year-on-year; among them, steel ... Exports for the
    year were 4.0 million tons, up 3% year-on-year.
    ```

    ## Use instead
    ```text
    Exports reached 4.1 million tons, up 3% year-on-year; among them, steel ...
    ```
    """
    sentences, sentence_tokens = view.derived(body_sentences)
    for a, b, score in find_duplicates(view.text, sentences, sentence_tokens):
        earlier, later = sorted((a, b), key=lambda u: u.start)
        what = "the opening clause of an earlier sentence" if earlier.kind == "opening" else "an earlier sentence"
        if later.kind == "opening":
            what = "an earlier sentence in the opening clause of this one"
        message = f"This sentence repeats {what} (word similarity {score:.2f})"
        old = _FIGURE.findall(view.text, earlier.start, earlier.end)
        new = _FIGURE.findall(view.text, later.start, later.end)
        changed = [(x, y) for x, y in zip(old, new, strict=False) if x != y]
        if changed:
            message += "; the figures differ: " + ", ".join(f"{x} vs {y}" for x, y in changed)
        yield make_finding(RULE, view, message + ".", [(earlier.start, earlier.end), (later.start, later.end)])


RULE = Rule(code="IPN201", name="duplicate-sentence", severity="warning", check=check)
