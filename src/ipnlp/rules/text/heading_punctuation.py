"""IPN302 inconsistent-heading-punctuation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from ...models import Finding, Section
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import is_heading

_NUMBER = regex.compile(r"\d+|[一二三四五六七八九十〇零两兩百壹貳贰參叁肆伍陸陆柒捌玖拾]+")
_ROMAN_NUMBER = regex.compile(r"^[IVXLC]+")


def marker_shape(marker: str) -> str:
    """"N)." for "1).", "N)" for "4)", "R." for "II.": the marker with its number abstracted."""
    shape = _NUMBER.sub("N", marker.strip())
    return _ROMAN_NUMBER.sub("R", shape)


def check(view: ReportView) -> Iterator[Finding]:
    """Headings of one level punctuate their number markers differently.

    ## What it does
    Groups the headings of one outline level that are numbered the same way (digits or roman
    numerals) and compares how their markers are punctuated. When some use one form ("1).") and
    the rest another ("4)"), it reports the less common form and shows one marker of the usual form.

    ## Why it matters
    Mixed marker punctuation shows that parts of the report were drafted or converted separately,
    and makes automatic outline extraction and cross-references less reliable.

    ## Example
    ```text
    1). Protection was strengthened.
    2) Services were improved.
    ```

    ## Use instead
    ```text
    1) Protection was strengthened.
    2) Services were improved.
    ```

    ## Known limitations
    Only the marker's punctuation is compared, not its numbering or the title's style ("II.
    Second, ..." is IPN301's). Headings the segmenter does not recognise as numbered headings
    (numbered paragraphs of converted PDFs, headings in bold only) are not compared.
    """
    families: dict[tuple[int, str], list[Section]] = {}
    for section in view.sections:
        # Markdown's "##" and "###" say depth, not punctuation: a skipped depth is not a style slip.
        if is_heading(section) and section.marker and not section.marker.startswith("#"):
            digits = "digits" if any(ch.isdigit() for ch in section.marker) else "letters"
            families.setdefault((section.level, digits), []).append(section)

    for siblings in families.values():
        shapes = Counter(marker_shape(s.marker or "") for s in siblings)
        if len(shapes) < 2:
            continue
        usual, _ = shapes.most_common(1)[0]
        odd = [s for s in siblings if marker_shape(s.marker or "") != usual]
        example = next(s for s in siblings if marker_shape(s.marker or "") == usual)
        odd_forms = ", ".join(sorted({repr(s.marker) for s in odd}))
        message = (f"{len(odd)} heading marker(s) at this level are punctuated as {odd_forms} while "
                   f"{shapes[usual]} use the form {example.marker!r}; number markers of one level "
                   "should look alike.")
        spans = [(s.start, s.start + len(s.marker or "")) for s in [*odd, example]]
        spans.sort()
        yield make_finding(RULE, view, message, spans)


RULE = Rule(code="IPN302", name="inconsistent-heading-punctuation", severity="warning", check=check)
