"""One short report, rendered at test time as plain text, HTML, PDF (two pages) and DOCX.

Every claim's text occurs in exactly one block, so a test can tell which block (and page) a claim
must be traced back to.
"""

from __future__ import annotations

import io

# (kind, text); kind is "title", "heading" or "para". PAGES splits the blocks over the PDF's pages.
PAGE_ONE = [
    ("title", "Work Report of the Example Intellectual Property Office 2024"),
    ("heading", "I. Main achievements in 2024"),
    ("para", "In 2024, the number of invention patents granted reached 1.04 million, up 13.5% "
             "year-on-year. Revenue from patent licensing was 356.41 billion yuan."),
    ("para", "The office handled more than 7,000 infringement cases, and the average examination "
             "period was shortened to 15.5 months."),
]
PAGE_TWO = [
    ("heading", "II. Public services"),
    ("para", "A total of 613,000 patent transfer licenses were recorded, an increase of 0.44% over "
             "the previous year. Seven departments issued joint guidelines."),
    ("para", "The share of high-value invention patents rose to 42.3%, and nearly 2,600 training "
             "sessions were held."),
]
PAGES = [PAGE_ONE, PAGE_TWO]
BLOCKS = PAGE_ONE + PAGE_TWO


def as_text() -> str:
    return "\n\n".join(text for _, text in BLOCKS) + "\n"


def as_html() -> bytes:
    """Real-page furniture around the report: all of it holds numbers that must not become claims."""
    body = []
    for kind, text in BLOCKS:
        tag = {"title": "h1", "heading": "h2", "para": "p"}[kind]
        body.append(f"<{tag}>{text}</{tag}>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>Report 2024</title>"
        "<style>p { margin: 12px 0 }</style><script>var visits = 123456;</script></head>"
        "<body><header><a href='/'>Home</a> | 3 new messages</header>"
        "<nav><ul><li><a href='/2023'>2023 report, 88 pages</a></li></ul></nav>"
        "<main>" + "\n".join(body) + "</main>"
        "<footer>Visited 98,765 times</footer></body></html>"
    ).encode("utf-8")


def as_docx() -> bytes:
    import docx

    document = docx.Document()
    for kind, text in BLOCKS:
        if kind == "title":
            document.add_heading(text, level=0)
        elif kind == "heading":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)  # one page per entry of PAGES, footer included
    for page in PAGES:
        pdf.add_page()
        for kind, text in page:
            pdf.set_font("Helvetica", style="B" if kind != "para" else "", size=11)
            pdf.multi_cell(0, 6, text)
            pdf.ln(5)
        # A running page number at the foot of the page, as real reports have.
        pdf.set_y(-20)
        pdf.cell(0, 6, f"- {pdf.page_no()} -", align="C")
    return bytes(pdf.output())


def block_of(claim_text: str) -> int:
    """Index in BLOCKS of the one block that holds ``claim_text`` (whitespace-insensitive)."""
    wanted = " ".join(claim_text.split())
    hits = [i for i, (_, text) in enumerate(BLOCKS) if wanted in text]
    assert len(hits) == 1, f"{claim_text!r} is in blocks {hits}"
    return hits[0]


def page_of(claim_text: str) -> int:
    return 1 if block_of(claim_text) < len(PAGE_ONE) else 2


def pdf_of_text(text: str, *, font: str = "Helvetica", size: int = 11, align: str = "L",
                page: str = "A4") -> bytes:
    """A PDF of a plain-text report as a word processor prints it: paragraphs (blank-line separated
    in ``text``) wrapped to the page width (``align="J"``: justified), page breaks wherever they
    fall, a running page number."""
    from fpdf import FPDF

    class _Numbered(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font(font, size=9)
            self.cell(0, 6, f"- {self.page_no()} -", align="C")

    pdf = _Numbered(format=page)
    pdf.core_fonts_encoding = "windows-1252"  # curly quotes and dashes in the built-in fonts
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font(font, size=size)
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            pdf.multi_cell(0, size * 0.55, paragraph.strip(), align=align)
            pdf.ln(4)
    return bytes(pdf.output())


def raw_pdf(objects: dict[int, bytes], *, root: int = 1) -> bytes:
    """A PDF file assembled from numbered object bodies, with a correct cross-reference table:
    for shapes no PDF library writes (broken ToUnicode maps, pages sharing one stream)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    table_at, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, table_at)
    return bytes(out)


def pdf_stream(data: bytes, *, compress: bool = False) -> bytes:
    """The body of a stream object; ``compress`` deflates it, as real files do."""
    import zlib

    if compress:
        data = zlib.compress(data)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data)
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def pdf_with_pages(content: bytes, pages: int, *, font: bytes | None = None, extra: dict[int, bytes] | None = None,
                   shared: bool = True) -> bytes:
    """``pages`` pages drawing ``content`` with Helvetica as /F1: all from one content stream when
    ``shared``, else each from its own copy."""
    font = font or b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: font, 4: pdf_stream(content, compress=True)}
    objects.update(extra or {})
    kids = []
    for index in range(pages):
        number = 100 + 2 * index
        contents = 4 if shared else number + 1
        if not shared:
            objects[number + 1] = pdf_stream(content, compress=True)
        objects[number] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                           b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % contents)
        kids.append(b"%d 0 R" % number)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    return raw_pdf(objects)
