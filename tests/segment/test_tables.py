"""Tables: structure found by markdown-it (pipe tables) or from tab-separated rows (HTML/DOCX
readers), and one claim per numeric cell with its subject from the row and its period from the column."""

from __future__ import annotations

import io

import pytest

import ipnlp
from ipnlp.segment.lines import iter_lines
from ipnlp.segment.sections import segment
from ipnlp.segment.table_claims import is_period_label, total_rows
from ipnlp.segment.tables import find_tables

BUDGET_TABLE = (
    "# Spending\n\n"
    "Table 2: Spending by ministry (S$ million)\n\n"
    "| Ministry | FY2023 | FY2024 |\n"
    "|:---|---:|---:|\n"
    "| Health | 17,400 | 19,200 |\n"
    "| Education \\| schools | 13,800 | 14,500 |\n"
    "| **Total** | 31,200 | 33,700 |\n\n"
    "Spending rose in FY2024.\n"
)


def tables_of(text: str):
    lines = [(s, e, b, text[s:e].strip()) for s, e, b in iter_lines(text)]
    return find_tables(text, lines)


def cell_texts(text: str, cells) -> list[str]:
    return [text[c.start:c.end] for c in cells]


def claims_by_text(text: str) -> dict[str, ipnlp.Claim]:
    return {c.text: c for c in ipnlp.analyze(text).claims}


def test_pipe_table_structure_and_exact_cell_offsets():
    (table,) = tables_of(BUDGET_TABLE)
    assert cell_texts(BUDGET_TABLE, table.header) == ["Ministry", "FY2023", "FY2024"]
    assert [cell_texts(BUDGET_TABLE, row) for row in table.rows] == [
        ["Health", "17,400", "19,200"],
        ["Education \\| schools", "13,800", "14,500"],  # an escaped pipe stays inside its cell
        ["**Total**", "31,200", "33,700"],
    ]
    assert BUDGET_TABLE[table.caption[0]:table.caption[1]] == "Table 2: Spending by ministry (S$ million)"
    assert total_rows(BUDGET_TABLE, table) == [2]


@pytest.mark.parametrize("text", [
    "Revenue | Spending\nboth rose this year.",  # pipes in prose, no delimiter row
    "|---|---|\n| 1 | 2 |",  # a delimiter row with no header row above it
    "Intro line\n\n```\n| a | b |\n|---|---|\n| 1 | 2 |\n```",  # inside a code fence: code, not a table
    "> | a | b |\n> |---|---|\n\n| 1 | 2 |",  # the quote's table ends at the quote
])
def test_not_tables(text):
    assert tables_of(text) == []


def test_rows_missing_cells_are_padded_like_gfm():
    text = "| Item | 2023 | 2024 |\n|---|---|---|\n| Fees | 40 |\n"
    (table,) = tables_of(text)
    assert cell_texts(text, table.rows[0]) == ["Fees", "40", ""]


def test_cell_claims_take_subject_from_the_row_and_period_from_the_column():
    claims = claims_by_text(BUDGET_TABLE)
    health = claims["19,200"]
    assert (health.value, health.period, health.subject) == (19_200_000_000, "FY2024", "Health")
    assert claims["13,800"].subject == "Education \\| schools"
    assert BUDGET_TABLE[health.start:health.end] == "19,200"
    # The sentence of a cell claim is its row, so the claims of one row stay together.
    row = BUDGET_TABLE[health.sentence.start:health.sentence.end]
    assert row.startswith("| Health") and row.endswith("|")


def test_a_total_row_is_marked_as_a_total():
    claims = claims_by_text(BUDGET_TABLE)
    assert claims["33,700"].subject.startswith("total")
    assert claims["33,700"].period == "FY2024"


def test_table_rows_are_not_read_as_prose():
    report = ipnlp.analyze(BUDGET_TABLE)
    table_start, table_end = BUDGET_TABLE.index("| Ministry"), BUDGET_TABLE.index("Spending rose")
    in_table = [c for c in report.claims if table_start <= c.start < table_end]
    assert len(in_table) == 6  # one per numeric body cell, none from the header or a run of pipes
    assert all("|" not in c.subject.replace("\\|", "") for c in in_table)
    assert not any(s for s in segment(BUDGET_TABLE).sentences if BUDGET_TABLE[s[0]:s[1]].startswith("|"))


@pytest.mark.parametrize(("table", "cell", "value", "unit", "period", "subject"), [
    # Unit and scale from the column header.
    ("| Bank | Deposits (US$m) | Share (%) |\n|---|---|---|\n| Alpha | 5.5 | 12.5 |",
     "5.5", 5_500_000, "USD", None, "Alpha Deposits"),
    ("| Bank | Deposits (US$m) | Share (%) |\n|---|---|---|\n| Alpha | 5.5 | 12.5 |",
     "12.5", 12.5, "percent", None, "Alpha Share"),
    # A local dollar written in capitals in the header ("HK$", "S$") is that dollar, not "$".
    ("| Sector | Loans (HK$ bn) |\n|---|---|\n| Trade | 410.2 |", "410.2", 410_200_000_000, "HKD", None,
     "Trade Loans"),
    # Periods down the side, measures across (a transposed table).
    ("| Year | Visitors (million) |\n|---|---|\n| 2022 | 6.3 |\n| 2023 | 13.6 |",
     "13.6", 13_600_000, "count", "2023", "Visitors"),
    # A unit in the cell wins over the header; accounting brackets are a negative.
    ("| Item | 2023/24 |\n|---|---|\n| Surplus | ($1.2 billion) |", "$1.2 billion", -1_200_000_000, "USD",
     "2023/24", "Surplus"),
    ("| Item | Q3 2024 |\n|---|---|\n| Growth | -0.4% |", "-0.4%", -0.4, "percent", "Q3 2024", "Growth"),
    # A scale word in the row header ("thousands").
    ("| Measure | 2024 |\n|---|---|\n| Jobs created (thousands) | 42 |", "42", 42_000, "count", "2024", "Jobs created"),
])
def test_cell_claims(table, cell, value, unit, period, subject):
    claim = claims_by_text(f"Report\n\n{table}\n")[cell]
    assert (claim.value, claim.unit, claim.period, claim.subject) == (value, unit, period, subject)


@pytest.mark.parametrize("cell", ["–", "n.a.", "2019", "Yes", ""])
def test_cells_without_a_figure_give_no_claim(cell):
    text = f"| Programme | Opened | Budget ($m) |\n|---|---|---|\n| Trains | {cell} | 40 |\n"
    assert [c.text for c in ipnlp.analyze(text).claims] == ["40"]


def test_tab_separated_rows_from_html_and_docx_readers():
    # The readers write one block per table row, cells joined by tabs, empty cells dropped.
    text = "Revenue (S$ million)\n\n2023\t2024\n\nTaxes\t80,100\t85,200\n\nFees\t3,400\t3,900\n\nTotal\t83,500\t89,100"
    (table,) = tables_of(text)
    assert cell_texts(text, table.header) == ["", "2023", "2024"]  # the corner cell was dropped
    claims = claims_by_text(text)
    taxes = claims["85,200"]
    assert (taxes.value, taxes.period, taxes.subject) == (85_200_000_000, "2024", "Taxes")
    assert claims["83,500"].subject.startswith("total") and claims["83,500"].period == "2023"


def test_table_claims_in_crlf_and_every_claim_offset_is_exact():
    text = BUDGET_TABLE.replace("\n", "\r\n")
    report = ipnlp.analyze(text)
    assert len(report.claims) == len(ipnlp.analyze(BUDGET_TABLE).claims)
    for claim in report.claims:
        assert text[claim.start:claim.end] == claim.text
    assert [c.id for c in report.claims] == [f"c{i:03d}" for i in range(1, len(report.claims) + 1)]


@pytest.mark.parametrize(("label", "expected"), [
    ("2024", True), ("FY2023", True), ("FY23", True), ("2023/24", True), ("Q3 2023", True), ("H1 2024", True),
    ("Dec 2023", True), ("31 March 2024", True), ("end-2023", True), ("2024 (revised)", True), ("**2023**", True),
    ("Total", False), ("Health 2023 plan", False), ("Share (%)", False), ("Level 3", False),
])
def test_period_labels(label, expected):
    assert is_period_label(label) is expected


@pytest.mark.parametrize(("rows", "flagged"), [
    # The total row adds up: nothing to say.
    ("| Health | 17,400 | 19,200 |\n| Schools | 13,800 | 14,500 |\n| Total | 31,200 | 33,700 |", []),
    # One column's total is off by 100.
    ("| Health | 17,400 | 19,200 |\n| Schools | 13,800 | 14,500 |\n| Total | 31,200 | 33,600 |", ["33,600"]),
    # Rounded figures: 0.5 of slack per figure written.
    ("| Health | 17.4 | 19.2 |\n| Schools | 13.8 | 14.6 |\n| Total | 31.2 | 33.7 |", []),
    # Subtotals: each adds the rows since the previous one; the grand total after them is skipped.
    ("| A | 10 | 20 |\n| B | 30 | 40 |\n| Subtotal | 40 | 60 |\n| C | 50 | 60 |\n| D | 70 | 80 |\n"
     "| Subtotal | 120 | 150 |\n| Total | 160 | 210 |", ["150"]),
    # Whole millions each carry half a million of rounding: 6 + 8 may well be written 15.
    ("| C | 5 | 6 |\n| D | 7 | 8 |\n| Total | 12 | 15 |", []),
])
def test_a_total_row_is_checked_against_the_rows_above_it(rows, flagged):
    text = f"Spending (S$ million)\n\n| Ministry | FY2023 | FY2024 |\n|---|---:|---:|\n{rows}\n"
    report = ipnlp.analyze(text, config=ipnlp.Settings(select=("IPN103",)))
    assert [f.evidence[0].text for f in report.findings] == flagged


def test_share_columns_are_not_added_up():
    text = ("| Fund | Assets ($m) | Share (%) |\n|---|---|---|\n| Bonds | 60 | 60.0 |\n| Equities | 40 | 40.5 |\n"
            "| Total | 100 | 100.0 |\n")
    assert ipnlp.analyze(text, config=ipnlp.Settings(select=("IPN103",))).findings == []


def test_html_and_docx_tables_become_cell_claims():
    """End to end through the readers: an HTML table and a Word table give the same claims."""
    pytest.importorskip("selectolax")
    docx = pytest.importorskip("docx")
    from ipnlp.io import read_bytes

    rows = [["", "2023", "2024"], ["Exports", "610.5", "640.2"], ["Imports", "580.0", "601.9"],
            ["Total", "1,190.5", "1,242.1"]]
    html = ("<html><body><h1>Trade review</h1><p>Trade in goods (S$ billion)</p><table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
            + "</table></body></html>").encode()
    document = docx.Document()
    document.add_heading("Trade review", level=1)
    document.add_paragraph("Trade in goods (S$ billion)")
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)

    found = []
    for name, data in (("t.html", html), ("t.docx", buffer.getvalue())):
        loaded = read_bytes(data, name=name)
        report = ipnlp.analyze(loaded.text, locate=loaded.locate)
        found.append([(c.text, c.value, c.period, c.subject) for c in report.claims])
    assert found[0] == found[1]
    assert ("640.2", 640_200_000_000, "2024", "Exports") in found[0]
    assert [c[3] for c in found[0] if c[0] == "1,242.1"] == ["total Trade in goods"]


def test_table_claims_respect_the_claims_cap(monkeypatch):
    from ipnlp.segment import table_claims as module

    monkeypatch.setattr(module, "MAX_CLAIMS", 5)
    rows = "".join(f"| Row {i} | {i + 10} | {i + 20} |\n" for i in range(10))
    report = ipnlp.analyze(f"| Item | 2023 | 2024 |\n|---|---|---|\n{rows}")
    assert len(report.claims) == 5


@pytest.mark.parametrize(("labels", "totals"), [
    (["Health", "Schools", "Total"], [2]),
    (["Health", "Schools", "**Grand total**"], [2]),
    (["Loans to SMEs", "Loans to others", "Total loans"], [2]),  # a named total closing the table
    (["Total assets", "Loans", "Deposits"], []),  # a measure that happens to start with "Total"
    (["A", "B", "Subtotal", "C", "Total"], [2, 4]),
    (["All sectors", "Trade", "Property"], []),
    (["Trade", "Property", "All sectors"], [2]),
])
def test_total_rows(labels, totals):
    rows = "".join(f"| {label} | {i + 1} |\n" for i, label in enumerate(labels))
    text = f"| Item | 2024 |\n|---|---|\n{rows}"
    (table,) = tables_of(text)
    assert total_rows(text, table) == totals


@pytest.mark.parametrize(("above", "caption"), [
    ("Table 4: Staff (number)\n\n", "Table 4: Staff (number)"),
    ("## Staff by grade\n", "## Staff by grade"),
    ("The office grew in 2021 and hired many people, as the\nfollowing table shows.\n\n", None),
    ("", None),
])
def test_caption_is_a_short_line_of_its_own_above_the_table(above, caption):
    text = f"{above}| Grade | 2024 |\n|---|---|\n| Senior | 40 |\n"
    (table,) = tables_of(text)
    assert (text[table.caption[0]:table.caption[1]] if table.caption else None) == caption
