"""Section segmentation across heading styles: ids, kinds, markers, numbers, levels and spans."""

from __future__ import annotations

import pytest

import ipnlp


def outline(text: str) -> list[tuple]:
    return [(s.id, s.kind, s.marker, s.number, s.level, s.parent) for s in ipnlp.analyze(text).sections]


def test_roman_parts_and_parenthesised_subsections():
    text = ("Annual Report of the Office\n2025-01-22\n\nI. Results in 2024\n\nIntro paragraph.\n\n"
            "1). First topic.\n\nBody one.\n\n2) Second topic.\n\nBody two.\n\nII. Plans for 2025\n\n"
            "1) Plan topic.\n\nBody three.")
    assert outline(text) == [
        ("title", "title", None, None, 0, None),
        ("date", "date", None, None, 0, None),
        ("I", "part", "I.", 1, 1, None),
        ("I.intro", "unnumbered_paragraph", None, None, 2, "I"),
        ("I.1", "subsection", "1).", 1, 2, "I"),
        ("I.2", "subsection", "2)", 2, 2, "I"),
        ("II", "part", "II.", 2, 1, None),
        ("II.1", "subsection", "1)", 1, 2, "II"),
    ]


def test_markdown_headings_nest_by_depth():
    text = "# Report\n\nIntro.\n\n## 1. Patents\n\nText.\n\n## 2. Trademarks\n\nText.\n\n# Plans\n\n## 1. Next\n\nText."
    sections = outline(text)
    assert [(s[1], s[2], s[3], s[4]) for s in sections if s[1] != "unnumbered_paragraph"] == [
        ("part", "#", None, 1), ("subsection", "##", 1, 2), ("subsection", "##", 2, 2),
        ("part", "#", None, 1), ("subsection", "##", 1, 2)]


@pytest.mark.parametrize(("heading", "marker", "number"), [
    ("Part One: Review", "Part One:", 1),
    ("Part 2. Outlook", "Part 2.", 2),
    ("Chapter III: Plans", "Chapter III:", 3),
])
def test_part_words(heading, marker, number):
    sections = ipnlp.analyze(f"{heading}\n\nBody text here.").sections
    part = next(s for s in sections if s.kind == "part")
    assert (part.marker, part.number) == (marker, number)


def test_numbered_and_dotted_subsections_under_parts():
    text = "I. Work\n\n1. Patents\n\nText.\n\n1.1 Examination\n\nText.\n\n1.2 Quality\n\nText.\n\n2. Brands\n\nText."
    assert [(s.id, s.marker, s.number, s.level) for s in ipnlp.analyze(text).sections if s.marker] == [
        ("I", "I.", 1, 1), ("I.1", "1.", 1, 2), ("I.1.1", "1.1", 1, 3), ("I.1.2", "1.2", 2, 3),
        ("I.2", "2.", 2, 2)]


def test_parenthesised_numbers_nest_below_arabic_ones():
    text = "1. Patents\n\n(1) Filing\n\nText.\n\n(2) Grants\n\nText.\n\n2. Brands\n\nText."
    assert [(s.marker, s.number, s.level) for s in ipnlp.analyze(text).sections if s.marker] == [
        ("1.", 1, 1), ("(1)", 1, 2), ("(2)", 2, 2), ("2.", 2, 1)]


def test_section_spans_cover_their_children_and_start_at_the_heading():
    text = "Title line\n\nI. Part one\n\n1) Topic.\n\nBody.\n\nII. Part two\n\nClosing body."
    sections = {s.id: s for s in ipnlp.analyze(text).sections}
    assert text[sections["I"].start:].startswith("I. Part one")
    assert sections["I"].end == sections["I.1"].end == text.index("Body.") + len("Body.")
    assert text[sections["II"].start:sections["II"].end] == "II. Part two\n\nClosing body."


def test_a_sentence_starting_with_a_number_is_not_a_heading():
    text = "Title\n\n2024 was a good year for the office, which granted many patents in every province."
    assert [s.kind for s in ipnlp.analyze(text).sections] == ["title", "unnumbered_paragraph"]


def test_plain_text_without_headings():
    sections = ipnlp.analyze("Just one sentence. And another.").sections
    assert [(s.id, s.kind) for s in sections] == [("p1", "unnumbered_paragraph")]


@pytest.mark.parametrize("text", [
    "I. Work in 2024\n\n1) Item\n\n",
    "Part One: Review\n\n1. Scope\n\n2. Method\n",
    "# Results\n\n## Headline figures\n",
    "I. Review\n\nIntro words here.\n\n1) First\n\nBody.\n\n2) Second",
])
def test_every_section_lies_inside_its_parent(text):
    """A heading with no body of its own still lies inside its part (issue 13, r26)."""
    sections = {s.id: s for s in ipnlp.analyze(text).sections}
    nested = [s for s in sections.values() if s.parent is not None]
    assert nested
    for section in nested:
        parent = sections[section.parent]
        assert parent.start <= section.start and section.end <= parent.end, (section.id, parent.id)


def test_headings_are_bounded_per_document():
    """Past MAX_SECTIONS, further heading-shaped lines are read as paragraphs: memory stays bounded."""
    from ipnlp.segment.sections import MAX_SECTIONS, segment

    text = "\n\n".join(f"{i}. Item" for i in range(1, MAX_SECTIONS + 50)) + "\n"
    sections = segment(text).sections
    assert sum(s.kind == "subsection" or s.kind == "part" for s in sections) <= MAX_SECTIONS
    assert sections[-1].end == len(text.rstrip("\n"))  # the rest of the text still belongs to a section
