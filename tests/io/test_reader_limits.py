"""Readers refuse what would hang or exhaust them, before the expensive part, naming the file."""

from __future__ import annotations

import io
import os
import stat
import threading
import zipfile

import pytest

from ipnlp.errors import IpnlpError
from ipnlp.io import read_bytes, read_document

from . import _documents

# --- special files -----------------------------------------------------------------------------


def _read_in_thread(path):
    """read_document(path) with a watchdog: a reader that opened a FIFO would block forever."""
    outcome: list[BaseException | object] = []

    def target():
        try:
            outcome.append(read_document(path))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert outcome, f"reading {path} blocked"
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    error = _read_in_thread(fifo)
    assert isinstance(error, IpnlpError)
    assert str(error) == f"E001 cannot read {fifo}: a named pipe (FIFO), not a regular file"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_without_being_read(device):
    if not os.path.exists(device) or not stat.S_ISCHR(os.stat(device).st_mode):
        pytest.skip(f"no {device} here")
    error = _read_in_thread(device)
    assert isinstance(error, IpnlpError) and "a character device, not a regular file" in str(error)


# --- DOCX --------------------------------------------------------------------------------------

_BODY_START = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
               b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')


def _docx_with_body(body: bytes) -> bytes:
    """A real .docx (from python-docx) whose document body is replaced by ``body``."""
    pytest.importorskip("docx")
    original = zipfile.ZipFile(io.BytesIO(_documents.as_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "word/document.xml":
                data = _BODY_START + body + b"</w:body></w:document>"
            archive.writestr(info.filename, data)
    return buffer.getvalue()


def test_a_docx_whose_body_unpacks_past_max_bytes_is_refused_before_parsing():
    empty_paragraphs = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 30_000  # ~1 MB of XML, a few KB zipped
    data = _docx_with_body(empty_paragraphs)
    assert len(data) < 100_000
    with pytest.raises(IpnlpError) as caught:
        read_bytes(data, name="bomb.docx", max_bytes=200_000)
    assert caught.value.code == "E004" and "its body unpacks to" in str(caught.value)


def test_a_docx_body_with_more_elements_than_the_limit_allows_is_refused():
    # Within the byte limit, but one element per 6 bytes: more nodes than any document of its size.
    data = _docx_with_body(b"<w:p/>" * 40_000)
    with pytest.raises(IpnlpError, match=r"E001 .*more than \d+ XML elements in its body"):
        read_bytes(data, name="nodes.docx", max_bytes=300_000)


def test_an_ordinary_docx_is_within_the_limits():
    pytest.importorskip("docx")
    data = _documents.as_docx()
    assert "613,000 patent transfer licenses" in read_bytes(data, name="r.docx", max_bytes=len(data) * 2).text


# --- HTML --------------------------------------------------------------------------------------

def _page(body: str) -> bytes:
    return f"<html><body><h1>Report</h1>{body}<p>The office granted 5 patents.</p></body></html>".encode()


@pytest.mark.parametrize(("body", "reason"), [
    ("".join(f'<i class="c{n}">' for n in range(1_500)), "unclosed formatting elements"),
    ("".join(f"<font size={n % 7}><a name=x{n}>" for n in range(800)), "unclosed formatting elements"),
    ("<p " + " ".join(f"data-k{n}=v" for n in range(1_500)) + ">x</p>", "more than 1000 attributes"),
    # a quoted ">" early in the tag must not hide the attributes after it
    ('<p title=">" ' + " ".join(f"k{n}='v'" for n in range(1_500)) + ">x</p>", "more than 1000 attributes"),
], ids=["nested-i", "font-and-a", "attributes", "attributes-after-quoted-gt"])
def test_html_that_makes_the_parser_quadratic_is_refused(body, reason):
    pytest.importorskip("selectolax")
    with pytest.raises(IpnlpError) as caught:
        read_bytes(_page(body), name="hostile.html")
    assert caught.value.code == "E001" and reason in str(caught.value)


@pytest.mark.parametrize("body", [
    "".join(f'<b id="k{n}">bold {n}</b> and <em>more</em>' for n in range(5_000)),  # many, all closed
    "<p " + " ".join(f"data-k{n}=v" for n in range(200)) + ">x</p>",  # generous, but a real element
    "<p data-state='" + "{\"key\": \"value\"} " * 2_000 + "'>x</p>",  # a long attribute value with spaces
])
def test_html_that_is_merely_large_is_read(body):
    pytest.importorskip("selectolax")
    assert "The office granted 5 patents." in read_bytes(_page(body), name="big.html").text
