"""Properties of segmentation on generated outlines: spans nest, offsets are exact, and the line
break style changes nothing but the offsets (issue 13: r21 line endings, r26 heading-only spans)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import ipnlp
from ipnlp.segment.lines import iter_lines
from ipnlp.segment.sections import segment

_HEADINGS = st.sampled_from([
    "I. Review of {y}", "II. Plans", "Part Two: Outlook", "1) Grants", "2). Fees", "(1) Filing", "3. Results",
    "1.1 Examination", "# Chapter", "## Section", "### 2.1 Detail", "## 1. Highlights", "# 9 Mar",
    "Contents ........ 4",
])
_BODIES = st.sampled_from([
    "The office granted 4,200 patents in {y}.", "Fees fell 3.5% to $12 million.",
    "14. Revenue rose. It will rise again.", "1. Defer repayments\n2. Extend credit lines",
    "| Item | {y} |\n|---|---|\n| Loans | 1,200 |\n| Total | 1,200 |", "Taxes\t80\t85\nFees\t3\t4",
    "A short closing paragraph without figures.",
])
_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\x85", "\u2028"])


@st.composite
def outlines(draw) -> str:
    year = str(draw(st.integers(2015, 2030)))
    pieces = [draw(st.one_of(_HEADINGS, _BODIES)).replace("{y}", year)
              for _ in range(draw(st.integers(1, 12)))]
    blank = draw(st.booleans())
    return ("\n\n" if blank else "\n").join(pieces) + draw(st.sampled_from(["", "\n", "\n\n"]))


@given(outlines())
def test_sections_nest_inside_their_parents(text):
    sections = {s.id: s for s in ipnlp.analyze(text).sections}
    assert len(sections) == len(ipnlp.analyze(text).sections)  # ids are unique
    for section in sections.values():
        assert 0 <= section.start <= section.end <= len(text)
        if section.parent is not None:
            parent = sections[section.parent]
            assert parent.start <= section.start and section.end <= parent.end
            assert parent.level < section.level


@given(outlines(), _BREAKS)
def test_the_line_break_style_changes_only_offsets(text, line_break):
    converted = text.replace("\n", line_break)
    plain, other = ipnlp.analyze(text), ipnlp.analyze(converted)
    assert [(s.id, s.kind, s.title.split()) for s in other.sections] == \
        [(s.id, s.kind, s.title.split()) for s in plain.sections]
    assert [(c.value, c.unit, c.period) for c in other.claims] == [(c.value, c.unit, c.period) for c in plain.claims]
    for claim in other.claims:
        assert converted[claim.start:claim.end] == claim.text


@given(outlines())
def test_sentences_and_tables_are_inside_the_text_and_apart(text):
    segmentation = segment(text)
    previous_end = 0
    for start, end in segmentation.sentences:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
    for table in segmentation.tables:
        assert not any(table.start <= start < table.end for start, _ in segmentation.sentences)
        for row in (table.header, *table.rows):
            for cell in row:
                assert table.start <= cell.start <= cell.end <= table.end


@given(st.text(alphabet=st.sampled_from("ab \n\r\x85\u2028\u2029\x0c\x0b"), max_size=40))
def test_iter_lines_covers_the_text_between_breaks(text):
    lines = list(iter_lines(text))
    assert "".join(text[s:e] + brk for s, e, brk in lines) == text
