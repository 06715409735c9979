"""HTML, PDF and DOCX versions of a report give the claims of its text version, traced to the source."""

from __future__ import annotations

import sys

import pytest

import ipnlp
from ipnlp.errors import IpnlpError
from ipnlp.io import read_bytes, read_document

from . import _documents

RENDERERS = {"html": _documents.as_html, "pdf": _documents.as_pdf, "docx": _documents.as_docx}


def _claims(report: ipnlp.Report) -> list[tuple[float, str, str]]:
    return [(claim.value, claim.unit, claim.qualifier) for claim in report.claims]


def _sections(report: ipnlp.Report) -> list[tuple[str, str, str]]:
    return [(section.id, section.kind, " ".join(section.title.split())) for section in report.sections]


@pytest.fixture(scope="module")
def text_report() -> ipnlp.Report:
    return ipnlp.analyze(_documents.as_text())


@pytest.fixture(scope="module", params=sorted(RENDERERS))
def rich_report(request, tmp_path_factory) -> tuple[str, ipnlp.Report]:
    kind = request.param
    path = tmp_path_factory.mktemp(kind) / f"report.{kind}"
    path.write_bytes(RENDERERS[kind]())
    return kind, ipnlp.analyze_file(path)


def test_same_claims_as_the_text_version(text_report, rich_report):
    kind, report = rich_report
    assert _claims(report) == _claims(text_report), kind
    assert report.source.path.endswith(f"report.{kind}")


def test_same_sections_as_the_text_version(text_report, rich_report):
    kind, report = rich_report
    assert _sections(report) == _sections(text_report), kind


def test_every_claim_is_traced_to_its_page_or_block(rich_report):
    kind, report = rich_report
    for claim in report.claims:
        location = claim.source_location
        assert location is not None and location.kind == kind, claim
        if kind == "pdf":
            assert location.page == _documents.page_of(claim.text), claim
        else:
            assert location.block == _documents.block_of(claim.text), claim


def test_the_pdf_report_has_claims_on_both_pages(rich_report):
    kind, report = rich_report
    if kind != "pdf":
        pytest.skip("pages are a PDF notion")
    assert {claim.source_location.page for claim in report.claims} == {1, 2}


def test_text_claims_exist():
    """Guards the comparisons above from passing vacuously."""
    report = ipnlp.analyze(_documents.as_text())
    assert {(1040000, "patents"), (613000, "licenses")} <= {(c.value, c.unit) for c in report.claims}


def test_html_drops_navigation_scripts_and_page_chrome():
    text = read_bytes(_documents.as_html(), name="report.html").text
    for dropped in ("123456", "Home", "88 pages", "98,765", "Report 2024\n"):
        assert dropped not in text
    assert text.startswith(_documents.BLOCKS[0][1] + "\n\nI. Main achievements")


def test_html_keeps_headings_without_markers_as_sections():
    html = (b"<html><body><h1>Annual report 2024</h1><h2>Overview</h2><p>Sales rose 5%.</p>"
            b"<h2>Outlook</h2><p>Costs fell 3%.</p></body></html>")
    report = ipnlp.analyze(read_bytes(html, name="x.html").text)
    assert [s.title for s in report.sections if s.kind == "part"] == ["Overview", "Outlook"]


def test_html_line_breaks_tables_and_entities():
    html = (b"<body><p>Revenue&nbsp;rose<br>to 5&#37;.</p><article><header><h1>Kept</h1></header></article>"
            b"<table><tr><th>Item</th><th>Value</th></tr><tr><td>Cases</td><td> 7,000 </td></tr></table>"
            b"<pre>  a\n  b</pre></body>")
    document = read_bytes(html, name="x.html")
    assert document.text.split("\n\n") == ["Revenue rose\nto 5%.", "# Kept", "Item\tValue", "Cases\t7,000",
                                           "  a\n  b"]
    assert [document.locate(document.text.index(s)).block for s in ("Kept", "Cases", "  a")] == [1, 3, 4]


def test_html_declared_legacy_charset_is_honoured():
    html = "<html><head><meta charset=\"gbk\"></head><body><p>专利授权104.5万件，增长13.5%。</p></body></html>"
    document = read_bytes(html.encode("gbk"), name="x.html")
    assert "专利授权104.5万件" in document.text
    assert document.encoding == "gb18030"


def test_deeply_nested_html_is_refused_quickly():
    html = b"<div>" * 100_000 + b"x" + b"</div>" * 100_000
    with pytest.raises(IpnlpError, match=r"E001 cannot read deep\.html: HTML nested more than"):
        read_bytes(html, name="deep.html")


def test_docx_tables_and_headings(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Summary", level=1)
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate((("Item", "Value"), ("Cases", "7,000"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("Closing words.")
    path = tmp_path / "t.docx"
    document.save(path)
    loaded = read_document(path)
    # A Heading 1 opening the document is its title, as the first line of a text report is.
    assert loaded.text == "Summary\n\nItem\tValue\n\nCases\t7,000\n\nClosing words."
    assert [loaded.locate(loaded.text.index(s)).block for s in ("Summary", "Cases", "Closing")] == [0, 1, 2]


def test_format_is_sniffed_from_content_not_the_name(tmp_path):
    for kind, render in RENDERERS.items():
        path = tmp_path / f"{kind}-saved-as.txt"
        path.write_bytes(render())
        assert read_document(path).format == kind


@pytest.mark.parametrize(("kind", "module", "extra"), [
    ("html", "selectolax.lexbor", "html"), ("pdf", "pypdf", "pdf"), ("docx", "docx", "docx"),
])
def test_a_missing_extra_names_the_extra_to_install(monkeypatch, tmp_path, kind, module, extra):
    path = tmp_path / f"report.{kind}"
    path.write_bytes(RENDERERS[kind]())
    monkeypatch.setitem(sys.modules, module, None)  # makes "import module" raise ImportError
    with pytest.raises(IpnlpError) as caught:
        read_document(path)
    message = str(caught.value)
    assert caught.value.code == "E005" and f"pip install 'ipnlp[{extra}]'" in message
    assert "\n" not in message


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "damaged or unsupported PDF"),
    ("fake.pdf", b"just some text", "not a PDF"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a valid .docx"),
    ("plain.docx", b"plain text", "not a valid .docx"),
])
def test_damaged_documents_give_a_clear_error(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IpnlpError, match=rf"^E001 .*{name}: {reason}"):
        read_document(path)


def test_a_pdf_without_a_text_layer_says_so():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)  # a page with only a drawing, like a scanned image
    with pytest.raises(IpnlpError, match=r"E002 scan\.pdf .*no text layer"):
        read_bytes(bytes(pdf.output()), name="scan.pdf")
