"""Text files in the encodings reports arrive in are read correctly; anything else fails clearly."""

from __future__ import annotations

import codecs
import io

import pytest

import ipnlp
from ipnlp.errors import IpnlpError
from ipnlp.io import read_bytes, read_document, read_stream
from ipnlp.lang.detect import detect_language

SIMPLIFIED = (
    "国家知识产权局2024年工作报告\n\n"
    "一、主要工作\n\n"
    "In 2024, the number of invention patents granted reached 1.04 million (发明专利授权104.5万件), "
    "up 13.5% year-on-year. 全年共受理专利申请和商标注册申请,审查周期进一步缩短。\n"
)
TRADITIONAL = (
    "國家知識產權局2024年工作報告\n\n"
    "一、主要工作\n\n"
    "In 2024, the number of invention patents granted reached 1.04 million (發明專利授權104.5萬件), "
    "up 13.5% year-on-year. 全年共受理專利申請和商標註冊申請,審查週期進一步縮短。\n"
)


@pytest.mark.parametrize(("text", "data", "encoding"), [
    (SIMPLIFIED, SIMPLIFIED.encode("utf-8"), "utf-8"),
    (SIMPLIFIED, codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
    (SIMPLIFIED, SIMPLIFIED.encode("utf-16"), "utf-16"),  # with the platform's BOM
    (SIMPLIFIED, codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16"),
    (SIMPLIFIED, SIMPLIFIED.encode("utf-32"), "utf-32"),
    (SIMPLIFIED, SIMPLIFIED.encode("gb18030"), "gb18030"),
    (SIMPLIFIED, SIMPLIFIED.encode("gbk"), "gb18030"),  # GB18030 is a superset of GBK
    (TRADITIONAL, TRADITIONAL.encode("big5"), "big5"),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom", "gb18030", "gbk", "big5"])
def test_encodings_are_detected_and_recorded(tmp_path, text, data, encoding):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    document = read_document(path)
    assert (document.text, document.encoding) == (text, encoding)
    report = ipnlp.analyze_file(path)
    assert report.source.encoding == encoding
    expected = ipnlp.analyze(text, lang=detect_language(text)).claims  # the file's script decides
    assert [(c.value, c.unit) for c in report.claims] == [(c.value, c.unit) for c in expected]


def test_offsets_index_the_decoded_text_without_its_bom(tmp_path):
    text = "Sales reached 7,000 units.\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    report = ipnlp.analyze_file(path)
    assert report.claims and all(text[c.start:c.end] == c.text for c in report.claims)


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file: a PNG image"),
    (b"%s\x00\x01\x02" % b"Sales rose 5%." * 3, "binary file: NUL byte at offset 14"),
    (bytes(range(1, 32)) * 100, "binary file: too many control characters"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy Office file"),
    ("专利授权104.5万件".encode()[:-1], "truncated UTF-8: the file ends inside a multi-byte character"),
    (("专利授权104.5万件。" * 10).encode() + b"\xe9 caf\xe9", "invalid UTF-8: byte 0xe9 at offset 260"),
    # Undefined in Windows-1252, C1 controls in Latin-1, invalid GB18030 and Big5: no reading is text.
    (b"Caf\xe9 \x81\x8d\x90 prices", "not UTF-8 (byte 0xe9 at offset 3), and no reading as GB18030, Big5 or "
                                        "Windows-1252 looks like text"),
], ids=["png", "nul", "controls", "ole", "truncated-utf8", "damaged-utf8", "undecodable"])
def test_binary_and_undecodable_files_give_a_clear_error(tmp_path, data, reason):
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    with pytest.raises(IpnlpError) as caught:
        read_document(path)
    message = str(caught.value)
    assert caught.value.code == "E002"
    assert message.startswith(f"E002 {path} is not text (") and reason in message, message


def test_oversized_input_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: 60 MB that take no disk space
    reads: list[int] = []
    real_open = open

    def spying_open(*args, **kwargs):
        handle = real_open(*args, **kwargs)
        original_read = handle.read
        handle.read = lambda size=-1: reads.append(size) or original_read(size)
        return handle

    monkeypatch.setattr("builtins.open", spying_open)
    with pytest.raises(IpnlpError, match=r"^E004 .*huge\.txt is 62914560 bytes, over the limit of 52428800"):
        read_document(path)
    assert reads == []


def test_size_limit_is_configurable_and_applies_to_streams(tmp_path):
    path = tmp_path / "small.txt"
    path.write_bytes(b"Sales rose 5%.\n" * 10)
    with pytest.raises(IpnlpError, match="E004"):
        read_document(path, max_bytes=100)
    with pytest.raises(IpnlpError, match="E004 <stdin>"):
        read_bytes(b"x" * 101, max_bytes=100)
    with pytest.raises(IpnlpError, match=r"E004 <stdin> is more than 100 bytes"):
        read_stream(io.BytesIO(b"y" * 5000), max_bytes=100)


def test_missing_files_and_directories_name_the_reason(tmp_path):
    with pytest.raises(IpnlpError, match=rf"^E001 cannot read {tmp_path}/nope.txt: No such file or directory$"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(IpnlpError, match=r"^E001 cannot read .*: Is a directory$"):
        read_document(tmp_path)
