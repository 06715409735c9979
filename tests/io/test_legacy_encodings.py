"""Legacy encodings are read correctly or refused with the reason; never silently mis-decoded.

A Western (Windows-1252/Latin-1) report with a handful of accented letters is also valid GB18030
byte for byte, so picking the "most likely" codec is not enough: each reading is judged on what it
produces, and when readings tie the file is refused with the candidates named.
"""

from __future__ import annotations

import codecs
import json

import pytest

import ipnlp
from ipnlp.cli import main
from ipnlp.config import Settings
from ipnlp.errors import IpnlpError
from ipnlp.io import read_bytes, read_document

# Mostly English, as reports are, with the odd name or word carrying an accent.
WESTERN = [
    ("The Montréal office granted 4,512 patents in 2024, and Zürich 1,980.\n", "latin-1"),
    ("Filings at the Office in Québec rose 12% to 3,400 applications.\n", "latin-1"),
    ("Revenue of the Société reached €45 million \u2013 a record \u201cby far\u201d.\n", "cp1252"),
    ("Die Zahl der Anmeldungen stieg um 5 %. Über 7.000 Verfahren wurden geprüft.\n", "latin-1"),
    ("La producción creció un 3% y la inversión alcanzó 1.200 millones.\n", "cp1252"),
    ("The école granted 5 licences.\n", "latin-1"),
    ("Zürich\n", "latin-1"),
]


@pytest.mark.parametrize(("text", "codec"), WESTERN, ids=[t[:14] for t, _ in WESTERN])
def test_western_texts_read_as_windows_1252(text, codec):
    document = read_bytes(text.encode(codec), name="report.txt")
    assert document.text == text
    assert document.encoding == "cp1252"  # Latin-1 text without C1 bytes reads identically


def test_a_long_report_with_one_accented_word_is_not_read_as_chinese():
    # Every byte pair here is valid GB18030 too ("Minist\xe8re" -> "Minist鑢e"): the classic mis-decode.
    text = ("The Ministère de la Justice and the office signed 12 agreements in 2024. "
            "Applications rose 5% year-on-year, and 1,045,000 invention patents were granted.\n") * 40
    document = read_bytes(text.encode("cp1252"), name="report.txt")
    assert (document.text, document.encoding) == (text, "cp1252")


def test_when_readings_tie_the_file_is_refused_naming_them():
    data = "Patents granted: 5 (专利).\n".encode("gb18030")  # two Chinese characters: GB18030 or Big5?
    with pytest.raises(IpnlpError) as caught:
        read_bytes(data, name="short.txt")
    message = str(caught.value)
    assert caught.value.code == "E002"
    assert "uncertain" in message and "GB18030" in message and "Big5" in message and "--encoding" in message
    # ... and naming the encoding reads it.
    assert read_bytes(data, name="short.txt", encoding="gb18030").text == "Patents granted: 5 (专利).\n"


@pytest.mark.parametrize(("data", "encoding", "expected"), [
    ("Québec".encode("latin-1"), "latin-1", "Québec"),
    ("Québec".encode("latin-1"), "cp1252", "Québec"),
    ("专利授权".encode("gbk"), "gbk", "专利授权"),
    (codecs.BOM_UTF8 + b"Sales rose.", "utf-8", "Sales rose."),  # the BOM is not text
    ("Sales 5%".encode("utf-16-le"), "utf-16-le", "Sales 5%"),
])
def test_a_named_encoding_overrides_detection(data, encoding, expected):
    assert read_bytes(data, name="x.txt", encoding=encoding).text == expected


@pytest.mark.parametrize(("data", "encoding", "code", "fragment"), [
    ("专利".encode(), "ascii", "E002", "not valid ascii (--encoding): byte 0xe4 at offset 0"),
    (b"Sales", "no-such-codec", "E006", "unknown encoding 'no-such-codec'"),
    (b"Sales", "hex", "E006", "'hex' is not a text encoding"),
    (b"Sales", "undefined", "E006", "'undefined' cannot decode anything"),
])
def test_a_named_encoding_is_applied_strictly(data, encoding, code, fragment):
    with pytest.raises(IpnlpError) as caught:
        read_bytes(data, name="x.txt", encoding=encoding)
    assert caught.value.code == code and fragment in str(caught.value), str(caught.value)


@pytest.mark.parametrize("charset", ["hex", "base64", "rot13", "zlib", "uu", "undefined", "no-such"])
def test_a_meta_charset_that_is_not_a_text_encoding_is_ignored(charset):
    pytest.importorskip("selectolax")
    page = (f'<html><head><meta charset="{charset}"></head><body><h1>Report</h1>'
            "<p>The Montréal office granted 5 patents.</p></body></html>").encode("cp1252")
    document = read_bytes(page, name="page.html")
    assert "The Montréal office granted 5 patents." in document.text


def test_encoding_reaches_the_readers_through_settings_and_analyze_file(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("Patents granted: 5 (专利).\n".encode("gb18030"))
    with pytest.raises(IpnlpError, match="E002"):
        ipnlp.analyze_file(path)
    assert ipnlp.analyze_file(path, encoding="gb18030").source.encoding == "gb18030"
    assert ipnlp.analyze_file(path, config=Settings().merged(encoding="gbk")).source.encoding == "gbk"
    with pytest.raises(IpnlpError, match=r"E006 .*--encoding: 'base64' is not a text encoding"):
        Settings().merged(encoding="base64")


@pytest.mark.parametrize("command", ["check", "analyze", "claims"])
def test_the_cli_reads_latin_1_or_says_why_not(tmp_path, capsys, command):
    path = tmp_path / "latin1.txt"
    path.write_bytes("The office in Québec granted 4,512 patents; Zürich granted 1,980.\n".encode("latin-1"))
    assert main([command, str(path)]) == 0
    out = capsys.readouterr().out
    assert "閎" not in out and "黵" not in out  # "Québec" and "Zürich" read as GB18030
    assert "Zürich" in out or command == "check"  # check prints no claims, only findings
    ambiguous = tmp_path / "ambiguous.txt"
    ambiguous.write_bytes("Patents granted: 5 (专利).\n".encode("gb18030"))
    assert main([command, str(ambiguous)]) == 2
    assert "E002" in capsys.readouterr().err
    assert main([command, str(ambiguous), "--encoding", "gb18030"]) == 0
    capsys.readouterr()


def test_the_cli_refuses_an_unusable_encoding_name_as_a_usage_error(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Sales rose.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as caught:
        main(["analyze", str(path), "--encoding", "base64"])
    assert caught.value.code == 2
    assert "'base64' is not a text encoding" in capsys.readouterr().err


def test_the_decoded_latin_1_text_is_what_the_claims_quote(tmp_path, capsys):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Filings at the Office in Québec rose 12% to 3,400 applications.\n".encode("latin-1"))
    assert main(["analyze", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["source"]["encoding"] == "cp1252"
    assert any("Québec" in claim["subject"] or "Québec" in report["sections"][0]["title"]
               for claim in report["claims"])


# --- binary content anywhere in the file -------------------------------------------------------

BODY = "The office granted 5 patents. " * 3000  # 90,000 characters, past any one sample window


@pytest.mark.parametrize(("data", "fragment"), [
    (codecs.BOM_UTF16_LE + (BODY + "\x00\x01\x02 junk").encode("utf-16-le"), "NUL character at character 90000"),
    (codecs.BOM_UTF8 + (BODY + "\x01\x02\x03\x04" * 5000).encode(), "control characters after decoding"),
    ((BODY + "\x01\x02\x03\x04\x05\x06\x07\x08" * 20000).encode(), "too many control characters near offset"),
    ((BODY + "\x00").encode(), "NUL byte at offset 90000"),
], ids=["utf16-bom-nul-late", "utf8-bom-controls-late", "utf8-controls-late", "utf8-nul-at-end"])
def test_binary_after_the_first_window_is_refused(data, fragment):
    with pytest.raises(IpnlpError) as caught:
        read_bytes(data, name="x.txt")
    assert caught.value.code == "E002" and fragment in str(caught.value), str(caught.value)


def test_a_few_form_feeds_and_escapes_are_still_text(tmp_path):
    text = ("Part one.\f\n" + BODY + "\x1b[0m\n") * 2  # page breaks and a stray terminal escape
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).text == text


def test_a_project_names_its_encoding_once_in_its_configuration(tmp_path, capsys):
    from ipnlp.config import settings_from_table

    assert settings_from_table({"encoding": "latin1"}).encoding == "iso8859-1"
    with pytest.raises(IpnlpError, match=r"E006 .*encoding: 'zlib' is not a text encoding"):
        settings_from_table({"encoding": "zlib"})
    config = tmp_path / "ipnlp.toml"
    config.write_text('[tool.ipnlp]\nencoding = "gb18030"\n', encoding="utf-8")
    ambiguous = tmp_path / "ambiguous.txt"
    ambiguous.write_bytes("Patents granted: 5 (专利).\n".encode("gb18030"))
    assert main(["analyze", str(ambiguous), "--config", str(config), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["encoding"] == "gb18030"
    # the command line wins over the file
    assert main(["analyze", str(ambiguous), "--config", str(config), "--encoding", "big5", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["encoding"] == "big5"
