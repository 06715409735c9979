"""Outline shapes of real reports: Markdown depth, numbered paragraphs and lists in running text,
tables of contents, and the paragraphs a PDF-to-Markdown converter dresses up as headings."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.segment.headings import is_toc_line


def tree(text: str) -> list[tuple[str, str | None, str]]:
    """(id, parent, title) of every headed section."""
    return [(s.id, s.parent, s.title) for s in ipnlp.analyze(text).sections if s.marker is not None]


def sections(text: str) -> dict[str, ipnlp.Section]:
    return {s.id: s for s in ipnlp.analyze(text).sections}


def test_an_unnumbered_preface_does_not_push_the_numbered_chapters_down():
    text = ("## Foreword\n\nA word from the chair.\n\n## 1. Year in Review\n\nWe held 12 hearings.\n\n"
            "### 1.1 Casework\n\nWe closed 400 cases.\n\nWe reopened 15 cases.\n\n### 1.2 Budget\n\n"
            "Spending was $3 million.\n\n## 2. Outlook\n\nMore to come.")
    assert tree(text) == [("h1", None, "Foreword"), ("I", None, "Year in Review"),
                          ("I.1", "I", "Casework"), ("I.2", "I", "Budget"), ("II", None, "Outlook")]


def test_paragraphs_under_a_markdown_heading_stay_in_its_section():
    text = ("# Review\n\n## Casework\n\nWe closed 400 cases.\n\nWe reopened 15 cases.\n\n"
            "## Budget\n\nSpending was $3 million.\n\nIt was under plan.")
    by_id = sections(text)
    casework = next(s for s in by_id.values() if s.title == "Casework")
    budget = next(s for s in by_id.values() if s.title == "Budget")
    assert text[casework.start:casework.end].endswith("We reopened 15 cases.")
    assert text[budget.start:budget.end].endswith("It was under plan.")
    assert not any(s.kind == "unnumbered_paragraph" and s.parent == casework.parent for s in by_id.values()
                   if casework.start < s.start < budget.start)


@pytest.mark.parametrize(("text", "expected"), [
    # Depth, not order of first appearance: "###" first, then "#", then "###" under it.
    ("### Note\n\nText.\n\n# Part A\n\nText.\n\n### Detail\n\nText.",
     [("Note", 1), ("Part A", 1), ("Detail", 2)]),
    # A skipped depth still nests: "####" directly under "##".
    ("## Chapter\n\nText.\n\n#### Box\n\nText.\n\n## Next chapter\n\nText.",
     [("Chapter", 1), ("Box", 2), ("Next chapter", 1)]),
    # "##" after "###" closes the "###" and is its parent's next child.
    ("# Book\n\n## One\n\n### One-a\n\nText.\n\n## Two\n\nText.",
     [("Book", 1), ("One", 2), ("One-a", 3), ("Two", 2)]),
])
def test_markdown_levels_come_from_the_number_of_hashes(text, expected):
    assert [(s.title, s.level) for s in ipnlp.analyze(text).sections if s.marker] == expected


def test_markdown_ids_do_not_collide_across_depths():
    text = "# Book\n\n## One\n\n### One-a\n\nText.\n\n## Two\n\nText.\n\n### Two-a\n\nText."
    ids = [s.id for s in ipnlp.analyze(text).sections]
    assert len(ids) == len(set(ids)) and not any("~" in i for i in ids)


@pytest.mark.parametrize("text", [
    # Numbered paragraphs of a speech: several sentences after the number.
    "Budget Statement\n\n14. Revenue rose 4% last year. We expect it to rise again.\n\n"
    "15. Spending will be $5 billion. Most of it goes to health.",
    # A numbered line that wraps onto the next line in the middle of its sentence.
    "Budget Statement\n\n7. The grant for first-time buyers will rise from $80,000\nto $120,000 next year.",
    # A speech whose every paragraph is numbered, one long sentence each.
    "Budget Speech\n\n1. The economy grew by 1.1% last year and avoided a recession despite the storms.\n\n"
    "2. Inflation was 4.8% and we expect it to ease to about 3% over the coming year.\n\n"
    "3. We will therefore spend $1.9 billion on a further package of support for households.",
    # A numbered list in one block, introduced by a sentence.
    "Measures announced in May:\n\n1. Defer repayments for six months\n2. Extend credit lines by 20%",
    "Measures:\n\n(1) Defer repayments\n(2) Extend credit lines",
])
def test_numbered_paragraphs_and_lists_are_not_subsections(text):
    assert [s.kind for s in ipnlp.analyze(text).sections if s.kind in ("part", "subsection")] == []


def test_a_numbered_paragraph_keeps_its_figures():
    text = "Budget Statement\n\n14. Revenue rose to $90 billion. We expect it to rise again."
    assert [c.value for c in ipnlp.analyze(text).claims] == [90_000_000_000]


@pytest.mark.parametrize("line", [
    "Introduction .............................................. 3",
    "# B.  Supporting Households ............................ 12 ",
    "Annex A. Fiscal tables . . . . . . . . . . 101",
    "Chapter 2 Outlook………… 7",
    "Foreword ..... iv",
])
def test_contents_lines(line):
    assert is_toc_line(line)


@pytest.mark.parametrize("line", [
    "The deficit was 1.2% of GDP... in 2023",
    "Revenue . 12",
    "# Overview",
    "1. Introduction",
])
def test_not_contents_lines(line):
    assert not is_toc_line(line)


def test_a_table_of_contents_is_not_a_list_of_parts():
    text = ("ANNUAL PLAN 2025\n\n# A.  Overview ........................ 2\n# B.  Revenue ....................... 5\n"
            "Taxes on income ............................ 6\n# C.  Spending ...................... 9\n\n"
            "# A. Overview\n\nThe plan spends $40 billion.\n\n# B. Revenue\n\nRevenue is $38 billion.\n\n"
            "# C. Spending\n\nSpending is $40 billion.")
    report = ipnlp.analyze(text)
    assert [s.title for s in report.sections if s.kind == "part"] == ["A. Overview", "B. Revenue", "C. Spending"]
    assert sorted(c.value for c in report.claims) == [38e9, 40e9, 40e9]  # no page numbers


@pytest.mark.parametrize("text", [
    # A converter's heading that is a sentence.
    "# Outlook\n\n## Sir, the past year has been difficult.\n\nGrowth was 1.1%.",
    # A converter's heading that is the first line of a wrapped paragraph.
    "# Outlook\n\n### Our economy grew by a modest 1.1%, avoiding a\nrecession last year.",
    "# Outlook\n\n## I will top up the Regional Development Fund by a further\nBillion Dollars.",
])
def test_converted_paragraphs_are_not_headings(text):
    assert [s.title for s in ipnlp.analyze(text).sections if s.marker] == ["Outlook"]


@pytest.mark.parametrize("text", [
    "# Outlook\n\n## Risks to growth\n\nGrowth may slow.",
    "# Outlook\n\n## What could go wrong?\n\nGrowth may slow.",
    "# Outlook\n\n## 2. Risks to growth.\n\nGrowth may slow.",  # numbered: a heading even with a full stop
])
def test_short_markdown_headings_stay_headings(text):
    assert len([s for s in ipnlp.analyze(text).sections if s.marker]) == 2


@pytest.mark.parametrize(("heading", "values"), [
    ("## Deposits grew to $1.5 billion", [1_500_000_000]),
    ("1). Grants reached 4,200 companies", [4200]),
    ("(2) Fees fell to 35 million pounds", [35_000_000]),
    ("### 2.1 Deposits", []),  # the number is the heading's, not a figure
    ("II. Results of 2024", []),  # a year names the period
])
def test_figures_on_heading_lines_are_claims(heading, values):
    text = f"Annual Review\n\nI. Overview\n\nBody.\n\n{heading}\n\nMore body text follows here."
    report = ipnlp.analyze(text)
    heading_start = text.index(heading)
    in_heading = [c.value for c in report.claims if heading_start <= c.start < heading_start + len(heading)]
    assert in_heading == values


@pytest.mark.parametrize(("line", "number", "title"), [
    ("# 9 Mar", None, "9 Mar"),
    ("## 17 April 2023", None, "17 April 2023"),
    ("## 3 Results", 3, "Results"),
    ("# 2.1 Statement of compliance", 1, "Statement of compliance"),
])
def test_a_markdown_heading_that_is_a_date_has_no_number(line, number, title):
    section = next(s for s in ipnlp.analyze(f"{line}\n\nText here.").sections if s.marker)
    assert (section.number, section.title) == (number, title)


def test_headings_named_by_the_contents_are_found_in_the_body():
    # A converted PDF: the contents list subheadings that the body keeps as plain lines.
    text = ("BUDGET STATEMENT\n\n# A.  Growth .................... 3\nAttracting Investment ........ 4\n"
            "Helping Firms .................. 6\n# B.  Workers .................. 9\n\n"
            "# A. Growth\n\nWe expect growth of 2%.\n\nAttracting Investment\nWe will add $1 billion to the fund.\n\n"
            "Helping Firms\nGrants rise to $500 million.\n\n# B. Workers\n\nWages rose 4%.\n\n"
            "Attracting Investment\nThe same words again are body text.")
    report = ipnlp.analyze(text)
    assert [(s.title, s.level, s.parent) for s in report.sections if s.marker is not None] == [
        ("A. Growth", 1, None), ("Attracting Investment", 2, "I"), ("Helping Firms", 2, "I"), ("B. Workers", 1, None)]


def test_a_plain_contents_names_top_level_headings():
    text = ("Contents\nIntroduction ........ 1\nResults ........ 2\n\nIntroduction\n\nThis report covers 2024.\n\n"
            "Results\n\nSales were 40 units.")
    assert [(s.title, s.level) for s in ipnlp.analyze(text).sections if s.marker is not None] == [
        ("Introduction", 1), ("Results", 1)]


def test_one_sentence_headings_with_bodies_stay_headings():
    text = ("I. Review\n\n1. Examination quality has been improved across all offices this year.\n\n"
            "The office trained 300 examiners.\n\n2. Protection of rights has been strengthened in every province.\n\n"
            "Courts heard 40 cases.\n\n3. Services for the public have become faster and easier to use.\n\n"
            "Waiting times fell by 10%.")
    assert [s.id for s in ipnlp.analyze(text).sections if s.kind == "subsection"] == ["I.1", "I.2", "I.3"]


def test_markdown_depths_are_not_heading_punctuation():
    # "###" straight under "#" is a sibling of the "##" headings; its hashes are depth, not style.
    text = "# Part\n\n### Box\n\nText one.\n\n## One\n\nText two.\n\n## Two\n\nText three."
    report = ipnlp.analyze(text, config=ipnlp.Settings(select=("IPN302",)))
    assert report.findings == []


def test_setext_headings_nest_like_atx_headings():
    text = ("Annual Review\n=============\n\nIntro text here.\n\nLending\n-------\n\nLoans grew 5%.\n\n"
            "### Mortgages\n\nMortgages grew 2%.\n\nOutlook\n=======\n\nGood.")
    assert [(s.title, s.level) for s in ipnlp.analyze(text).sections if s.marker is not None] == [
        ("Annual Review", 1), ("Lending", 2), ("Mortgages", 3), ("Outlook", 1)]


@pytest.mark.parametrize("text", [
    "Intro.\n\nThe first line of a paragraph\nand its second line\n---\n\nMore.",  # only a one-line block
    "Intro.\n\n---\n\nAfter a thematic break.",  # a rule alone is not an underline
    "Intro.\n\nThis is a sentence.\n---\n\nMore.",  # a sentence is not a title
])
def test_not_setext_headings(text):
    assert [s for s in ipnlp.analyze(text).sections if s.marker is not None] == []


def test_dotted_numbers_nest_flattened_markdown_headings():
    # A converter wrote every heading with one "#"; the numbers still carry the outline.
    text = ("# 1 Activities\n\nText.\n\n# 2 Accounting policies\n\n# 2.1 Compliance\n\nText.\n\n"
            "# 2.2 Basis of preparation\n\nText.\n\n# 3 Risks\n\nText.")
    assert [(s.id, s.parent) for s in ipnlp.analyze(text).sections if s.marker is not None] == [
        ("I", None), ("II", None), ("II.1", "II"), ("II.2", "II"), ("III", None)]
