"""IPN301 heading-numbering."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ...models import Finding, Section
from ...regex_cache import compile as cached_compile
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import heading_span, is_heading, ordinal_value, title_start

# An ordinal word opening a heading title as an enumerator: "Second, do a good job ...".
_TITLE_ORDINAL = cached_compile(r"(?P<word>\p{L}+|\d{1,3}(?:st|nd|rd|th))\s*[,:、，：]")


# A Markdown heading's own number ("# 2.1 Statement of compliance"): the segmenter keeps only one
# level of it, so the rule reads the dotted label itself.
_MARKDOWN_NUMBER = cached_compile(
    r"#+\s*(?:(?P<label>\d{1,3}(?:\.\d{1,3})*)\.?|(?P<roman>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.)\s"
)
# Roman numerals up to XXXIX: a single "C." or "L." opens a lettered outline (A., B., C.), not 100.
_ROMAN = {"I": 1, "V": 5, "X": 10}
# A heading that is a date ("# 9 Mar", "# 17 April 2023"): a calendar of events, not a numbered outline.
_CALENDAR_HEADING = cached_compile(
    r"#*\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"(?i:[a-z]*)\.?(?:\s+\d{4})?\s*$"
)


def _numbering(view: ReportView, section: Section) -> tuple[str, int] | None:
    """(prefix, number) of a heading: ("2.", 1) for "# 2.1 ...", ("", 2) for "II."; None for a date
    or an unnumbered Markdown heading."""
    start, end = heading_span(view, section)
    line = view.text[start:end]
    if _CALENDAR_HEADING.match(line):
        return None
    marker = section.marker or ""
    if marker.startswith("#"):
        match = _MARKDOWN_NUMBER.match(line)
        if match is None:
            return None
        if match.group("roman"):
            numeral = match.group("roman")
            if len(numeral) == 1 and chr(ord(numeral) - 1) in view.derived(_lettered_headings):
                return None  # "# I." after "# H.": the ninth letter of a lettered outline
            return "roman:", _roman_value(numeral)
        *outer, last = match.group("label").split(".")
        return "".join(part + "." for part in outer), int(last)
    return ("", section.number) if section.number is not None else None


_LETTER_HEADING = cached_compile(r"(?m)^#+[ \t]*(?P<letter>[A-Z])\.[ \t]")


def _lettered_headings(view: ReportView) -> frozenset[str]:
    """The letters that open Markdown headings as outline labels ("# A.", "# B.")."""
    return frozenset(match.group("letter") for match in _LETTER_HEADING.finditer(view.text))


def _roman_value(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _number_style(marker: str) -> str:
    """Sibling headings numbered with roman numerals, Chinese numerals ("一、", "（一）") and digits
    are separate sequences."""
    if _HAN_NUMERAL.search(marker):
        return "han"
    return "roman" if _ROMAN_LETTER.match(marker) else "digits"


_HAN_NUMERAL = regex.compile(r"[一二三四五六七八九十〇零两兩百壹貳贰參叁肆伍陸陆柒捌玖拾]")
_ROMAN_LETTER = regex.compile(r"[IVXLC]")


def check(view: ReportView) -> Iterator[Finding]:
    """Heading numbers skip, repeat, or a heading carries a second ordinal after its marker.

    ## What it does
    Follows the numbers of sibling headings (parts, or the subsections of one part) and reports a
    sequence that does not run 1, 2, 3, ... without gaps or repeats. It also reports a heading whose
    title opens with an ordinal word although its marker already numbers it ("II. Second, ...").

    Dotted Markdown numbers ("# 2.1", "# 2.2") are followed per prefix, a run that starts again
    at 1 is a new run (the notes of a second set of accounts), and date headings ("# 9 Mar",
    "# 17 Apr") are not numbers.

    Chinese outlines ("一、", "（一）", "第一章", "1.") are followed the same way; Chinese
    numerals, roman numerals and digits are separate sequences.

    ## Why it matters
    A skipped or repeated number usually means a section was lost, moved or merged while
    editing; a double ordinal is a leftover of a translation or a pasted outline.

    ## Example
    ```text
    I. Review of the year
    II. Second, priorities for next year
    ```

    ## Known limitations
    The first heading of a run sets its start, so a run that begins at 2 (its first heading lost)
    is not reported. Numbered paragraphs that the segmenter reads as headings are followed like
    headings. Only the heading line is read: a number given in words ("Part Two") is not followed.

    ## Use instead
    ```text
    I. Review of the year
    II. Priorities for next year
    ```
    """
    headed = [s for s in view.sections
              if is_heading(s) and (s.number is not None or (s.marker or "").startswith("#"))]
    families: dict[tuple[str | None, str, str], list[tuple[Section, int]]] = {}
    for section in headed:
        numbering = _numbering(view, section)
        if numbering is None:
            continue
        prefix, number = numbering
        key = (section.parent, _number_style(section.marker or ""), prefix)
        families.setdefault(key, []).append((section, number))

    for numbered in families.values():
        siblings = [section for section, _ in numbered]
        expected = None
        seen: set[int] = set()
        for section, number in numbered:
            marker_span = (section.start, section.start + len(section.marker or ""))
            if (section.marker or "").startswith("#"):  # the number follows the "#" marker
                marker_span = heading_span(view, section)
            label = " ".join(view.text[marker_span[0]:marker_span[1]].split()[:2])
            if number == 1 and seen and max(seen) > 1:
                # A second run from 1: the notes of another statement, the next chapter's outline.
                # (A run that never got past 1 is not restarted: "I." twice is a repeat.)
                seen = set()
                expected = None
            if expected is None:
                # The first heading sets where the run starts: converted text often turns numbered
                # paragraphs ("20.  Sir, ...") into headings from the middle of a run.
                expected = number
            if number in seen:
                yield make_finding(RULE, view, f"Heading number {number} ({label!r}) repeats an "
                                   "earlier sibling heading's number.", [marker_span])
            elif number != expected:
                what = "skipped" if number > expected else "out of order"
                yield make_finding(RULE, view, f"Heading {label!r} follows sibling heading "
                                   f"{expected - 1}: number {expected} was expected ({what}).",
                                   [marker_span])
            seen.add(number)
            expected = max(expected, number + 1)

        title_ordinals = {section.id: _title_ordinal(view, section) for section in siblings}
        plain = [s for s in siblings if title_ordinals[s.id] is None]
        for section in siblings:
            match = title_ordinals[section.id]
            if match is None:
                continue
            spans = [(section.start, section.start + len(section.marker or "")),
                     (match.start("word"), match.end("word"))]
            message = (f"Heading {section.marker!r} is numbered twice: by its marker and by the ordinal "
                       f"{match.group('word')!r} that opens its title.")
            if plain:
                spans.append(heading_span(view, plain[0]))
                message += " Its sibling headings carry no such ordinal."
            yield make_finding(RULE, view, message, spans)


def _title_ordinal(view: ReportView, section: Section) -> regex.Match[str] | None:
    match = _TITLE_ORDINAL.match(view.text, title_start(view, section), heading_span(view, section)[1])
    return match if match is not None and ordinal_value(match.group("word")) is not None else None

RULE = Rule(code="IPN301", name="heading-numbering", severity="warning", check=check)
