"""PDF text as it was written: wrapped lines joined, furniture dropped, hostile files bounded."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

import ipnlp
from ipnlp.errors import IpnlpError
from ipnlp.io import read_bytes
from ipnlp.io.pdf import _Line, reflow, runs_on, text_width, wrapped

from ._documents import pdf_of_text, pdf_stream, pdf_with_pages

pytest.importorskip("pypdf")
pytest.importorskip("fpdf")

REPORT = Path(__file__).resolve().parents[2] / "corpus" / "cnipa-2025-work-report.en.txt"
REALDOCS = Path(__file__).resolve().parents[2] / ".." / "shared" / "realdocs" / "texts"


def _findings(report) -> list[tuple[str, str]]:
    return sorted((f.code, f.fingerprint) for f in report.findings)


@pytest.mark.parametrize("layout", [{}, {"font": "Times", "size": 12, "align": "J", "page": "Letter"}],
                         ids=["helvetica-left-a4", "times-justified-letter"])
def test_a_pdf_of_the_shipped_report_gives_the_findings_of_its_text(tmp_path, layout):
    text = REPORT.read_text(encoding="utf-8")
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_of_text(text, **layout))
    from_pdf = ipnlp.analyze_file(path)
    from_text = ipnlp.analyze(text)
    assert _findings(from_pdf) == _findings(from_text)
    assert [(c.text, c.value, c.unit, c.subject) for c in from_pdf.claims] == \
        [(c.text, c.value, c.unit, c.subject) for c in from_text.claims]
    assert [s.title for s in from_pdf.sections] == [s.title for s in from_text.sections]
    assert "\n" not in "".join(c.subject for c in from_pdf.claims)


@pytest.mark.parametrize("name", ["sg-budget-speech-2024.hansard.md"])  # hkma-ar-2019..2022 agree too
def test_real_reports_printed_to_pdf_give_the_findings_of_their_text(name):
    # Reports from other publishers, laid out by the same generator: the reflow is not tuned to one text.
    path = REALDOCS / name
    if not path.is_file():
        pytest.skip("../shared/realdocs is not available")
    text = path.read_text(encoding="utf-8")
    document = read_bytes(pdf_of_text(text), name=name.replace(".md", ".pdf"))
    assert _findings(ipnlp.analyze(document.text, locate=document.locate)) == _findings(ipnlp.analyze(text))


def test_a_short_report_in_other_words_survives_the_round_trip():
    paragraphs = [
        "Annual Review of the Regional Trade Marks Registry",
        "Part One: Operations in 2023",
        "The Registry examined 84,250 applications for trade mark registration during the year, which "
        "is 6.2% more than in the previous year, and the Board of Appeal of the Department of Commerce "
        "and Industry decided 1,318 oppositions within the statutory period of nine months.",
        "Renewals reached 22,901. The Registry of the Department of Commerce and Industry also "
        "published its first guidance on collective marks for the co-operative sector.",
    ]
    text = "\n\n".join(paragraphs) + "\n"
    document = read_bytes(pdf_of_text(text), name="review.pdf")
    assert document.text.split("\n\n") == paragraphs


W = 100  # text width, in layout columns, of the hand-made pages below


@pytest.mark.parametrize(("line", "following", "joined"), [
    # running text that reached the margin
    (_Line("the number of patents granted by the Ministry of", 97), _Line("Justice rose by 5%.", 19), True),
    # the next word would not have fitted, even though the line stops short of the margin
    (_Line("licences were recorded by the", 86), _Line("intellectual property offices", 30), True),
    # a title and a date: the date would have fitted after the title, so the break was meant
    (_Line("Annual Report of the Office", 27), _Line("2025-01-22", 10), False),
    # a list item after a sentence ends
    (_Line("The office reported the following results for the year, as listed below in the table:", 97),
     _Line("1. Patents granted rose.", 24), False),
    # table rows set in columns
    (_Line("Patents      1,200      1,300", 96), _Line("Trademarks      800      900", 96), False),
])
def test_a_line_is_joined_to_the_next_only_when_it_was_wrapped(line, following, joined):
    assert wrapped(line, following, W) is joined


@pytest.mark.parametrize(("last", "first", "joined"), [
    # a sentence cut by the page break
    (_Line("the office recorded 613,000 licences and the Ministry of", 98), _Line("Justice granted 7.", 18), True),
    (_Line("the office recorded 613,000 licences.", 37), _Line("and more were filed.", 20), True),
    # a one-line heading that fills the width, then the next page's first paragraph
    (_Line("4) Efforts will be made to promote the efficient use of intellectual property rights.", 99),
     _Line("First, it will act.", 19), False),
    # a short last line: the paragraph ended on the page
    (_Line("The year closed well", 20), _Line("Part Two", 8), False),
])
def test_a_paragraph_runs_on_across_a_page_break_only_mid_sentence(last, first, joined):
    assert runs_on(last, first, W) is joined


def test_reflow_keeps_written_hyphens_and_deliberate_breaks():
    lines = [_Line("Work Report", 11), _Line("", 0), _Line("The office pursued high-", 99),
             _Line("quality growth and granted 5 patents.", 38)]
    assert reflow(lines, W) == "Work Report\n\nThe office pursued high-quality growth and granted 5 patents."


def test_the_text_width_ignores_one_overlong_line():
    lines = [_Line("x", edge) for edge in [100] * 30 + [400]]
    assert text_width(lines) == 100


# --- hostile PDFs ------------------------------------------------------------------------------

_SURROGATE_CMAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Broken def "
                   b"/CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar "
                   b"<51> <D800> <5A> <DFFF> endbfchar endcmap CMapName currentdict /CMap defineresource pop "
                   b"end end")


def test_unpaired_surrogates_from_a_broken_font_map_are_replaced_with_a_note(caplog):
    # "Q" and "Z" map to halves of a surrogate pair, as broken real-world fonts do.
    content = b"BT /F1 12 Tf 72 720 Td (Sales of Q rose 5% and Z 7% in 2024.) Tj ET"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 9 0 R >>"
    data = pdf_with_pages(content, 1, font=font, extra={9: pdf_stream(_SURROGATE_CMAP)})
    with caplog.at_level(logging.WARNING, logger="ipnlp.io"):
        document = read_bytes(data, name="broken.pdf")
    assert "\ufffd" in document.text
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in document.text)
    assert "2 unpaired surrogate" in caplog.text and "broken.pdf" in caplog.text
    report = ipnlp.analyze(document.text, locate=document.locate)
    json.loads(report.model_dump_json())  # every output format can encode it now


def test_pages_sharing_one_content_stream_are_extracted_once(monkeypatch):
    from ipnlp.io import pdf

    calls = []
    real = pdf._page_lines
    monkeypatch.setattr(pdf, "_page_lines", lambda page: calls.append(1) or real(page))
    content = b"BT /F1 12 Tf 72 720 Td (The office granted 9 patents.) Tj ET"
    shared = read_bytes(pdf_with_pages(content, 40), name="shared.pdf")
    assert len(calls) == 1
    assert shared.text.count("The office granted 9 patents.") == 40  # the text is still every page's
    calls.clear()
    read_bytes(pdf_with_pages(content, 3, shared=False), name="copies.pdf")
    assert len(calls) == 3


def test_extracted_text_is_bounded_by_max_bytes():
    # One small page stream repeating a line 5,000 times: ~1 KB of file, ~60 KB of text per page.
    content = b"BT /F1 12 Tf 72 720 Td 14 TL " + b"(1 patents.) Tj T* " * 5_000 + b"ET"
    data = pdf_with_pages(content, 2)
    assert len(data) < 20_000
    with pytest.raises(IpnlpError) as caught:
        read_bytes(data, name="amplified.pdf", max_bytes=20_000)
    assert caught.value.code == "E004" and "its text is more than 20000" in str(caught.value)


def test_a_page_count_beyond_any_report_is_refused(monkeypatch):
    from ipnlp.io import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 5)
    data = pdf_with_pages(b"BT /F1 12 Tf 72 720 Td (Page.) Tj ET", 6)
    with pytest.raises(IpnlpError, match=r"E001 .*6 pages, more than the 5"):
        read_bytes(data, name="many.pdf")
