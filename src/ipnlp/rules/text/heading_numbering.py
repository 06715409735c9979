"""IPN301 heading-numbering."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ...models import Finding, Section
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import heading_span, is_heading, ordinal_value, title_start

# An ordinal word opening a heading title as an enumerator: "Second, do a good job ...".
_TITLE_ORDINAL = regex.compile(r"(?P<word>\p{L}+|\d{1,3}(?:st|nd|rd|th))\s*[,:、]")


def _number_style(marker: str) -> str:
    """Sibling headings numbered with roman numerals and with digits are separate sequences."""
    return "roman" if regex.match(r"[IVXLC]", marker) else "digits"


def check(view: ReportView) -> Iterator[Finding]:
    """Heading numbers skip, repeat, or a heading carries a second ordinal after its marker.

    ## What it does
    Follows the numbers of sibling headings (parts, or the subsections of one part) and reports a
    sequence that does not run 1, 2, 3, ... without gaps or repeats. It also reports a heading whose
    title opens with an ordinal word although its marker already numbers it ("II. Second, ...").

    ## Why it matters
    A skipped or repeated number usually means a section was lost, moved or merged while
    editing; a double ordinal is a leftover of a translation or a pasted outline.

    ## Example
    ```text
    I. Review of the year
    II. Second, priorities for next year
    ```

    ## Use instead
    ```text
    I. Review of the year
    II. Priorities for next year
    ```
    """
    headed = [s for s in view.sections if is_heading(s) and s.number is not None]
    families: dict[tuple[str | None, str], list[Section]] = {}
    for section in headed:
        families.setdefault((section.parent, _number_style(section.marker or "")), []).append(section)

    for siblings in families.values():
        expected = 1
        seen: set[int] = set()
        for section in siblings:
            number = section.number or 0
            marker_span = (section.start, section.start + len(section.marker or ""))
            if number in seen:
                yield make_finding(RULE, view, f"Heading number {number} ({section.marker!r}) repeats an "
                                   "earlier sibling heading's number.", [marker_span])
            elif number != expected:
                what = "skipped" if number > expected else "out of order"
                yield make_finding(RULE, view, f"Heading {section.marker!r} follows sibling heading "
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
