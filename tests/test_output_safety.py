"""Writing results safely: hostile file names and text in every format, ``--output`` targets, CSV.

Regression tests for the hostile-input cases of issue 13 on the output side: lone surrogates and
file names that are not UTF-8 (every format serialises them), terminal escapes and forged lines
(escaped), ``-o`` onto links, FIFOs, devices, directories and inputs (refused, E030), file modes
(the umask's), output never half-written (E031 for one document), spreadsheet formulas in CSV.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ipnlp
from ipnlp.cli import main
from ipnlp.models import InputError
from ipnlp.output import github, jsonl, sarif, statistics, text
from ipnlp.output import json as json_output
from ipnlp.output._escape import csv_cell, printable
from ipnlp.rules.base import Rule, make_finding
from ipnlp.view import ReportView

from ._fake_rules import ALPHA, install

FORMATS = ("text", "json", "jsonl", "sarif", "github")
RENDERERS = {"text": text.render, "json": json_output.render, "jsonl": jsonl.render, "sarif": sarif.render,
             "github": github.render}


@pytest.fixture(autouse=True)
def project(tmp_path, monkeypatch):
    install(monkeypatch)  # alpha (IPN101, error), beta, gamma, delta: word-flagging fake rules
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def parse(fmt: str, output: str) -> object:
    """The machine formats must parse; the others are returned as they are."""
    if fmt in ("json", "sarif"):
        return json.loads(output)
    if fmt == "jsonl":
        return [json.loads(line) for line in output.splitlines()]
    return output


# --- lone surrogates and file names that are not UTF-8 (hostile r02, r03) ---------------------------

def _finding_over(document: str, path: str | None):
    view = ReportView(text=document, sections=(), claims=(), paragraphs=(), sentences=(), path=path)
    start = document.index("alpha")
    return make_finding(ALPHA, view, f"quoted {document[start - 3:start + 5]!r}", [(start, start + 5)])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("document", "path"), [
    ("broken \ud800 glyph alpha\n", "scan.pdf"),          # a lone surrogate in the text (a broken PDF)
    ("x\udfff\udfffalpha\n", "a.txt"),                   # right before the span: in the message too
    ("plain alpha\n", os.fsdecode(b"bad\xff name.txt")),  # a file name that is not UTF-8
])
def test_every_format_serialises_lone_surrogates(fmt, document, path):
    from ipnlp.api import finalise_findings

    findings = finalise_findings(document, [_finding_over(document, path)])
    errors = [InputError(path=path, code="E001", message=f"E001 cannot read {path}: gone")]
    rendered = RENDERERS[fmt](findings, rules=(ALPHA,), input_errors=errors)
    rendered.encode("utf-8")  # strict: what stdout and the output file need
    parsed = parse(fmt, rendered)
    if fmt in ("json", "jsonl"):  # JSON keeps the exact string (RFC 8259 \udcff escapes)
        first = parsed["findings"][0] if fmt == "json" else parsed[0]
        assert first["path"] == path and first["evidence"][0]["text"] == "alpha"
    if fmt == "sarif":
        uri = parsed["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert "\\" not in uri and ("%FF" in uri if "\udcff" in path else uri == path)


def test_non_utf8_file_name_in_a_batch_keeps_every_file(capsys):
    name = b"bad\xff.txt"
    try:
        Path(os.fsdecode(name)).write_text("alpha here\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    Path("good.txt").write_text("alpha there\n", encoding="utf-8")
    for fmt in FORMATS:
        code, _, err = run(capsys, "check", ".", "--format", fmt, "-o", f"out.{fmt}", "--exit-zero")
        assert code == 0, err
        rendered = Path(f"out.{fmt}").read_text(encoding="utf-8")
        parse(fmt, rendered)
        assert "good.txt" in rendered and ("bad%FF.txt" if fmt == "sarif" else "bad") in rendered
    assert "bad\\xff.txt:1:1: IPN101" in Path("out.text").read_text(encoding="utf-8")
    code, out, _ = run(capsys, "analyze", ".", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 2
    assert {json.loads(line)["source"]["path"] for line in out.splitlines()} == {
        os.path.join(".", os.fsdecode(name)), os.path.join(".", "good.txt")}


def test_non_utf8_file_name_in_the_claims_table(capsys):
    name = os.fsdecode(b"bad\xff.txt")
    try:
        Path(name).write_text("Exports rose 5% in 2024.\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    code, out, _ = run(capsys, "claims", name)
    assert code == 0 and next(csv.DictReader(io.StringIO(out)))["path"] == "bad\\xff.txt"
    code, out, _ = run(capsys, "claims", name, "--format", "jsonl")
    assert code == 0 and json.loads(out.splitlines()[0])["path"] == name


# --- terminal escapes and forged lines (hostile r22) -------------------------------------------------

HOSTILE_TEXT = ('Title\n\nThe slogan "\x1b]0;PWNED\x07\x1b[2J\x1b[31mRED alpha \u202ereversed\u202c '
                "and \x9b31m C1 \x7f DEL.\n")


def _quoting_rule():
    """Flags "alpha" and quotes its whole line in the message, as IPN404 quotes the document."""
    def check(view):
        start = view.text.index("alpha")
        line_start = view.text.rfind("\n", 0, start) + 1
        yield make_finding(rule, view, f"in {view.text[line_start:view.text.index(chr(10), start)]!s}",
                           [(start, start + 5)])

    rule = Rule(code="IPN404", name="quoting", severity="warning", check=check)
    return rule


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_document_text_cannot_drive_the_terminal(capsys, monkeypatch, fmt):
    install(monkeypatch, (_quoting_rule(),))
    Path("ansi.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    _, out, _ = run(capsys, "check", "ansi.txt", "--format", fmt)
    for raw in ("\x1b", "\x07", "\x9b", "\x7f", "\u202e"):
        assert raw not in out
    assert "\\x1b]0;PWNED\\x07" in out and "\\u202e" in out  # shown, not dropped


def test_analyze_text_cannot_drive_the_terminal(capsys):
    Path("ansi.txt").write_text(HOSTILE_TEXT.replace("alpha", "5 patents"), encoding="utf-8")
    _, out, _ = run(capsys, "analyze", "ansi.txt")
    assert "\x1b" not in out and "\\x1b" in out


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_a_newline_in_a_file_name_cannot_forge_a_finding(capsys, fmt):
    forged = "x\nreport.txt:9:9: IPN101 [error] Injected finding.\n::error file=y::Injected\ny.txt"
    Path("d").mkdir()
    Path("d", forged).write_text("alpha\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", "d", "--format", fmt)
    lines = out.splitlines()
    assert not any(line.startswith(("report.txt", "::error file=y")) for line in lines)
    findings = [line for line in lines if "IPN101" in line and not line.startswith(" ")]
    assert len(findings) == 1 and "x\\nreport.txt" in findings[0]


@pytest.mark.parametrize(("raw", "shown"), [
    ("a\x1b[31mb", "a\\x1b[31mb"),
    ("tab\there", "tab\\there"),
    ("nel\x85next", "nel\\x85next"),
    ("del\x7f", "del\\x7f"),
    ("rlo\u202eolr", "rlo\\u202eolr"),
    ("isolate\u2066x\u2069", "isolate\\u2066x\\u2069"),
    ("ls\u2028ps\u2029", "ls\\u2028ps\\u2029"),
    ("byte\udcff", "byte\\xff"),          # os.fsdecode's escape for an undecodable byte: shown as that byte
    ("lone\ud800", "lone\\ud800"),
    ("Québec 中文 “quoted”", "Québec 中文 “quoted”"),  # ordinary text is left alone
])
def test_printable(raw, shown):
    assert printable(raw) == shown


# --- -o / --output (hostile r15, r28) ----------------------------------------------------------------

def _refused(capsys, *args: str) -> str:
    code, out, err = run(capsys, "check", *args)
    assert code == 2 and out == ""
    assert err.startswith("ipnlp: E030 ") and "Traceback" not in err
    return err


def test_output_onto_an_input_is_refused(capsys):
    Path("victim.txt").write_text("alpha\n", encoding="utf-8")
    assert "input" in _refused(capsys, "victim.txt", "-o", "victim.txt")
    assert Path("victim.txt").read_text(encoding="utf-8") == "alpha\n"


def test_output_onto_a_file_found_in_a_walked_directory_is_refused(capsys):
    Path("docs").mkdir()
    Path("docs/a.txt").write_text("alpha\n", encoding="utf-8")
    assert "input" in _refused(capsys, "docs", "-o", "docs/a.txt", "--format", "json")
    assert Path("docs/a.txt").read_text(encoding="utf-8") == "alpha\n"


@pytest.mark.parametrize("kind", ["symlink", "dangling-symlink", "fifo", "directory"])
def test_output_onto_something_not_a_regular_file_is_refused(capsys, kind):
    Path("r.txt").write_text("alpha\n", encoding="utf-8")
    Path("elsewhere.txt").write_text("keep me\n", encoding="utf-8")
    {"symlink": lambda: os.symlink("elsewhere.txt", "target"),
     "dangling-symlink": lambda: os.symlink("nowhere.txt", "target"),
     "fifo": lambda: os.mkfifo("target"),
     "directory": lambda: os.mkdir("target")}[kind]()
    before = os.lstat("target")
    _refused(capsys, "r.txt", "-o", "target")
    after = os.lstat("target")
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode) and after.st_ino == before.st_ino
    assert Path("elsewhere.txt").read_text(encoding="utf-8") == "keep me\n"
    assert not os.path.exists("nowhere.txt")


def test_output_onto_a_device_node_is_refused(capsys):
    try:
        os.mknod("null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("creating a device node needs root")
    Path("r.txt").write_text("alpha\n", encoding="utf-8")
    _refused(capsys, "r.txt", "-o", "null")
    assert stat.S_ISCHR(os.lstat("null").st_mode)


@pytest.mark.parametrize("command", ["analyze", "claims"])
def test_streaming_commands_refuse_too_and_print_nothing(capsys, command):
    Path("r.txt").write_text("alpha 5 patents\n", encoding="utf-8")
    os.mkfifo("pipe")
    code, out, err = run(capsys, command, "r.txt", "-o", "pipe")
    assert code == 2 and out == "" and "E030" in err
    code, out, err = run(capsys, command, "r.txt", "-o", "r.txt")
    assert code == 2 and out == "" and "E030" in err
    assert Path("r.txt").read_text(encoding="utf-8") == "alpha 5 patents\n"


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_a_new_output_file_gets_the_umask_mode(capsys, umask):
    Path("r.txt").write_text("alpha\n", encoding="utf-8")
    previous = os.umask(umask)
    try:
        run(capsys, "check", "r.txt", "--format", "sarif", "-o", "new.sarif")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat("new.sarif").st_mode) == 0o666 & ~umask


def test_an_existing_output_file_keeps_its_mode(capsys):
    Path("r.txt").write_text("alpha\n", encoding="utf-8")
    Path("shared.sarif").write_text("{}", encoding="utf-8")
    os.chmod("shared.sarif", 0o640)
    run(capsys, "check", "r.txt", "--format", "sarif", "-o", "shared.sarif")
    assert stat.S_IMODE(os.stat("shared.sarif").st_mode) == 0o640
    assert json.loads(Path("shared.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


# --- never half an output (hostile r04's output side) --------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_a_document_that_cannot_be_serialised_is_its_own_error(capsys, monkeypatch, fmt):
    # Simulate a report serialisation rejects (a value JSON cannot hold): the others are complete
    # and the output is valid.
    from ipnlp.models import Report

    dump = Report.model_dump

    def failing_dump(self, *args, **kwargs):
        if (self.source.path or "").endswith("b.txt"):
            raise ValueError("Out of range float values are not JSON compliant")
        return dump(self, *args, **kwargs)

    monkeypatch.setattr(Report, "model_dump", failing_dump)
    if fmt == "text":
        monkeypatch.setattr("ipnlp.cli.analyze.render_report", lambda r: failing_dump(r) and "ok\n")
    for name in ("a.txt", "b.txt", "c.txt"):
        Path(name).write_text("Exports rose 5% in 2024.\n", encoding="utf-8")
    code, out, err = run(capsys, "analyze", "a.txt", "b.txt", "c.txt", "--format", fmt)
    assert code == 2 and "E031 b.txt" in err
    if fmt == "json":
        assert [r["source"]["path"] for r in json.loads(out)] == ["a.txt", "c.txt"]
    elif fmt == "jsonl":
        assert [json.loads(line)["source"]["path"] for line in out.splitlines()] == ["a.txt", "c.txt"]
    else:
        assert out == "ok\n\nok\n"


# --- CSV formulas (hostile r27) ----------------------------------------------------------------------

@pytest.mark.parametrize(("value", "cell"), [
    ("=HYPERLINK(\"http://evil.example/\")", "'=HYPERLINK(\"http://evil.example/\")"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("+1+2", "'+1+2"),
    ("-2+3", "'-2+3"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("-3.5", "-3.5"),        # a negative number written as text is still a number
    ("+12", "+12"),
    ("-1e5", "-1e5"),
    (-3.5, -3.5),            # numbers are never touched
    (0, 0),
    (None, None),
    ("patents", "patents"),
    ("a=b", "a=b"),          # only the first character matters
    ("bad\udcff", "bad\\xff"),  # a lone surrogate would stop the UTF-8 writer
])
def test_csv_cell(value, cell):
    assert csv_cell(value) == cell


def test_claims_csv_neutralises_formulas_and_keeps_number_columns(capsys):
    Path("f.txt").write_text('Report\n\n@SUM(1+1) totalled 7 patents. =HYPERLINK("http://x/") reached 5 '
                             "patents. -Exports rose 5% in 2024.\n", encoding="utf-8")
    code, out, _ = run(capsys, "claims", "f.txt")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows, out
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (column, cell)
            if cell.startswith("-"):
                float(cell)  # only numbers may start with a minus
        float(row["value"])
    assert any(row["subject"].startswith("'@SUM") for row in rows)


# --- statistics, quiet ---------------------------------------------------------------------------

def test_statistics_counts_per_rule_most_frequent_first(capsys):
    Path("r.txt").write_text("alpha alpha beta\n\nalpha gamma delta delta\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "r.txt", "--statistics")
    assert code == 1  # the findings still decide the exit status
    assert out.splitlines() == ["3  IPN101  alpha-error", "2  IPN202  delta-warning",
                                "1  IPN102  beta-warning", "1  IPN201  gamma-info"]
    assert statistics.render([]) == "No findings.\n"


def test_quiet_prints_one_line_per_finding_and_nothing_else(capsys):
    Path("r.txt").write_text("alpha beta\n", encoding="utf-8")
    code, out, err = run(capsys, "check", "r.txt", "--quiet")
    assert code == 1 and err == ""
    assert out == ("r.txt:1:1: IPN101 [error] 'alpha' found at offset 0\n"
                   "r.txt:1:7: IPN102 [warning] 'beta' found at offset 6\n")
    Path("clean.txt").write_text("nothing\n", encoding="utf-8")
    assert run(capsys, "check", "clean.txt", "-q") == (0, "", "")


def test_colour_only_on_a_terminal(capsys, monkeypatch):
    Path("r.txt").write_text("alpha\n", encoding="utf-8")
    _, plain, _ = run(capsys, "check", "r.txt")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    _, coloured, _ = run(capsys, "check", "r.txt")
    assert "\x1b[" not in plain and "\x1b[31m" in coloured


# --- property: any text, any file name, every format ------------------------------------------------

_hostile_chars = st.one_of(
    st.characters(codec=None),  # anything, lone surrogates and control characters included
    st.sampled_from(["\n", "\r\n", "\x1b[2J", "\x1b]0;x\x07", "\u202e", "\x85", "\u2028", "\t", "alpha"]),
)
_hostile_text = st.lists(_hostile_chars, min_size=1, max_size=60).map("".join)
_hostile_paths = st.one_of(st.none(), _hostile_text, st.binary(min_size=1, max_size=12).map(os.fsdecode))


@given(document=_hostile_text, path=_hostile_paths, data=st.data())
def test_every_format_renders_any_text_and_path(document, path, data):
    from ipnlp.api import finalise_findings

    start = data.draw(st.integers(0, len(document)))
    end = data.draw(st.integers(start, len(document)))
    view = ReportView(text=document, sections=(), claims=(), paragraphs=(), sentences=(), path=path)
    finding = make_finding(ALPHA, view, f"quotes {document[start:end]}", [(start, end)])
    findings = finalise_findings(document, [finding])
    for fmt, render in RENDERERS.items():
        rendered = render(findings, rules=(ALPHA,),
                          input_errors=[InputError(path=path, code="E001", message=f"E001 {path}")])
        rendered.encode("utf-8")  # strict
        parsed = parse(fmt, rendered)
        if fmt == "json":
            assert parsed["findings"][0]["path"] == path  # exactly, surrogates included
            assert parsed["findings"][0]["evidence"][0]["text"] == document[start:end]
        if fmt in ("text", "github"):
            assert not any(c in rendered for c in "\x1b\x07\x85\u202e\u2028"), fmt
        if fmt == "text":  # the finding's line, its excerpt and caret, a blank line, the summary
            lines = rendered.split("\n")
            assert len(lines) == 6 and lines[3] == "" and lines[4].startswith("Found 1 finding"), lines
            assert re.match(r"  \d+ \|", lines[1]) and re.match(r"   +\| ", lines[2])
        if fmt == "github":
            assert len(rendered.splitlines()) == 2  # the finding and the input error, nothing forged


def test_the_report_model_itself_serialises_lone_surrogates():
    """``Report.model_dump_json()`` is public API: a lone surrogate in the text (a broken PDF) is
    written as a ``\\udXXX`` escape that reads back to the same string, not an exception."""
    text = "The office granted \ud800 5 patents\udfff in 2024. "
    report = ipnlp.analyze(text)
    for indent in (None, 2):
        back = json.loads(report.model_dump_json(indent=indent))
        assert back["claims"][0]["subject"] == report.claims[0].subject
        assert "\ud800" in back["claims"][0]["subject"]
