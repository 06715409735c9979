"""Every Unicode line break ends a line: sections, findings, offsets and line/column agree across
LF, CRLF, CR-only, mixed, NEL, LINE SEPARATOR and form-feed files (issue 13, r21)."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.api import build_view
from ipnlp.segment.lines import end_line_col, iter_lines, line_col, line_starts

# A short outline with a conflict (two values for one figure) and a repeated sentence, so both the
# segmenter and the rules have something to get right.
LF_REPORT = (
    "Annual Review of the Registry\n\nI. Activity in 2023\n\n1) Registrations\n\n"
    "The registry recorded 48,200 companies in 2023.\n\n2) Closures\n\n"
    "The registry struck off 3,100 companies in 2023. Overall the registry recorded 47,900 companies in 2023.\n"
).replace("A. Activity", "I. Activity")


def _oracle_line_col(text: str, offset: int) -> tuple[int, int]:
    """Line/column by ``str.splitlines``, an implementation independent of ipnlp's; a form feed
    or vertical tab stays inside its line, as editors show it."""
    consumed = 0
    for index, line in enumerate(text.replace("\f", " ").replace("\v", " ").splitlines(keepends=True)):
        if offset < consumed + len(line):
            return index + 1, offset - consumed + 1
        consumed += len(line)
    return len(text.splitlines()) + 1, 1


VARIANTS = {
    "lf": LF_REPORT,
    "crlf": LF_REPORT.replace("\n", "\r\n"),
    "cr-only": LF_REPORT.replace("\n", "\r"),
    "cr-only-with-one-trailing-lf": LF_REPORT.replace("\n", "\r")[:-1] + "\n",
    "crlf-with-lone-cr": LF_REPORT.replace("\n", "\r\n").replace("\r\n\r\n2) Closures\r\n\r\n", "\r\r2) Closures\r\r"),
    "nel": LF_REPORT.replace("\n", "\x85"),
    "line-separator": LF_REPORT.replace("\n", "\u2028"),
    "paragraph-separator": LF_REPORT.replace("\n\n", "\u2029"),
    "form-feed-between-paragraphs": LF_REPORT.replace("\n\n", "\f"),
    "vertical-tab": LF_REPORT.replace("\n", "\x0b"),
}


def _outline(text: str) -> list[tuple[str, str, str]]:
    return [(s.id, s.kind, s.title) for s in ipnlp.analyze(text).sections]


@pytest.mark.parametrize("name", [n for n in VARIANTS if n != "lf"])
def test_sections_do_not_depend_on_the_line_break(name):
    assert _outline(VARIANTS[name]) == _outline(LF_REPORT)


@pytest.mark.parametrize("name", list(VARIANTS))
def test_section_and_claim_offsets_are_exact(name):
    text = VARIANTS[name]
    report = ipnlp.analyze(text)
    control = ipnlp.analyze(LF_REPORT)

    def words(source: str, span) -> list[str]:
        return source[span.start:span.end].split()  # str.split breaks at every Unicode space

    assert [words(text, s) for s in report.sections] == [words(LF_REPORT, s) for s in control.sections]
    for claim in report.claims:
        assert text[claim.start:claim.end] == claim.text
    assert [c.value for c in report.claims] == [c.value for c in control.claims]


@pytest.mark.parametrize("name", [n for n in VARIANTS if n != "lf"])
def test_findings_do_not_depend_on_the_line_break(name):
    def codes(text: str) -> list[str]:
        return sorted(f.code for f in ipnlp.analyze(text).findings)

    assert codes(VARIANTS[name]) == codes(LF_REPORT)


@pytest.mark.parametrize("name", list(VARIANTS))
def test_line_and_column_match_splitlines(name):
    text = VARIANTS[name]
    view = build_view(text)
    for claim in view.claims:
        assert view.line_col(claim.start) == _oracle_line_col(text, claim.start)
    for finding in ipnlp.analyze(text).findings:
        for evidence in finding.evidence:
            assert (evidence.line, evidence.column) == _oracle_line_col(text, evidence.start)


@pytest.mark.parametrize(("text", "lines"), [
    ("a\nb", ["a", "b"]),
    ("a\r\nb\r\n", ["a", "b"]),
    ("a\rb\r\nc\nd", ["a", "b", "c", "d"]),
    ("a\r\rb", ["a", "", "b"]),  # two lone CRs are a blank line, not one CRLF
    ("a\x85b\u2028c\u2029d\x0ce", ["a", "b", "c", "d", "e"]),
    ("", [""]),
    ("no break", ["no break"]),
])
def test_iter_lines(text, lines):
    assert [text[start:end] for start, end, _ in iter_lines(text)] == lines


@pytest.mark.parametrize(("text", "offset", "expected"), [
    ("ab\r\ncd", 4, (2, 1)),
    ("ab\r\ncd", 5, (2, 2)),
    ("ab\rcd\x85ef", 6, (3, 1)),
    ("x\u2028\u2028y", 3, (3, 1)),
    ("page one\n\fpage two", 10, (2, 2)),  # the form feed at the top of a page is on the page's first line
])
def test_line_col(text, offset, expected):
    assert line_col(line_starts(text), offset) == expected == _oracle_line_col(text, offset)


@pytest.mark.parametrize(("span", "expected"), [
    ("abc", (3, 8)),
    ("ab\r\ncd", (4, 3)),
    ("ab\rcd\u2028e", (5, 2)),
    ("ab\fcd", (3, 10)),  # a form feed is a character of its line
])
def test_end_line_col(span, expected):
    assert end_line_col(3, 5, span) == expected


def test_splitlines_shortcut_is_the_break_patterns() -> None:
    """``iter_lines`` and ``line_starts`` split with ``str.splitlines`` when the text has none of the
    characters where it and the break patterns differ; the result is the patterns' own."""
    import random

    from ipnlp.segment.lines import LINE_BREAK, NUMBERED_LINE_BREAK

    def plain_lines(text: str) -> list[tuple[int, int, str]]:
        lines, position = [], 0
        for match in LINE_BREAK.finditer(text):
            lines.append((position, match.start(), match.group()))
            position = match.end()
        if position < len(text) or position == 0:
            lines.append((position, len(text), ""))
        return lines

    rng = random.Random(13)
    pieces = ["a", "b c", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1e", "\x85", "\u2028", "\u2029", " "]
    texts = ["", "\n", "a", "\r\n", "a\r\n", LF_REPORT, *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
                                                          for _ in range(5_000))]
    for text in texts:
        assert list(iter_lines(text)) == plain_lines(text), repr(text)
        assert line_starts(text) == [0, *(m.end() for m in NUMBERED_LINE_BREAK.finditer(text))], repr(text)
