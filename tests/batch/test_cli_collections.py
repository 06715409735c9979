"""The CLI over collections: directories, globs, stdin, --jobs, jsonl/csv tables and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from ipnlp.io.walk import iter_input_paths

from .conftest import GOOD, json_findings, run_cli
from .test_analyze_many import PNG


@pytest.fixture
def collection(tmp_path):
    """good files (one nested, one in a hidden dir) and the three bad ones."""
    tmp_path = tmp_path / "collection"
    tmp_path.mkdir()
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(GOOD.replace("1,200", "1,300"), encoding="utf-8")
    (tmp_path / ".git" / "c.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    os.symlink(tmp_path / "gone", tmp_path / "unreadable.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(PNG)
    return tmp_path


def _names(paths):
    return [os.path.basename(p) for p in paths]


def test_directories_are_walked_recursively_with_default_includes(collection):
    assert _names(iter_input_paths([str(collection)])) == \
        ["a.txt", "empty.txt", "image.txt", "unreadable.txt", "b.md"]


def test_include_and_exclude_globs(collection):
    assert _names(iter_input_paths([str(collection)], include=["*.md"])) == ["b.md"]
    assert _names(iter_input_paths([str(collection)], exclude=["sub", "image.*"])) == \
        ["a.txt", "empty.txt", "unreadable.txt"]
    assert _names(iter_input_paths([str(collection)], exclude=["sub/*.md"])) == \
        ["a.txt", "empty.txt", "image.txt", "unreadable.txt"]
    # a file named on the command line is read whatever its extension
    assert _names(iter_input_paths([str(collection / "notes.csv")])) == ["notes.csv"]
    # a file named twice, or named and inside a named directory, is read once
    assert _names(iter_input_paths([str(collection / "a.txt"), str(collection), "-"], include=["*.txt"],
                                   exclude=["empty.*", "image.*", "unreadable.*"])) == ["a.txt", "-"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_analyze_jsonl_streams_one_report_per_line_and_exits_2_after_the_rest(collection, capsys, jobs):
    code, out, err = run_cli(capsys, "analyze", str(collection), "--format", "jsonl", "--jobs", jobs)
    reports = [json.loads(line) for line in out.splitlines()]
    assert [os.path.basename(r["source"]["path"]) for r in reports] == ["a.txt", "b.md"]
    assert [r["claims"][0]["value"] for r in reports] == [1200, 1300]
    for name, code_ in (("unreadable.txt", "E001"), ("empty.txt", "E020"), ("image.txt", "E002")):
        assert any(name in line and code_ in line for line in err.splitlines()), err
    assert "Traceback" not in err
    assert code == 2


def test_stdin_and_files_together(collection, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    code, out, _ = run_cli(capsys, "analyze", "-", str(collection / "a.txt"), "--format", "jsonl")
    paths = [json.loads(line)["source"]["path"] for line in out.splitlines()]
    assert paths == [None, str(collection / "a.txt")]
    assert code == 0


def test_claims_csv_is_a_table_with_one_row_per_claim(collection, capsys):
    code, out, _ = run_cli(capsys, "claims", str(collection / "a.txt"), str(collection / "sub"))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["path", "id", "section", "subject", "period", "value", "unit", "qualifier",
                             "yoy_value", "yoy_unit", "yoy_direction", "start", "end", "text"]
    assert [(os.path.basename(r["path"]), r["value"], r["unit"]) for r in rows] == \
        [("a.txt", "1200", "patents"), ("b.md", "1300", "patents")]
    assert code == 0


def test_claims_jsonl_to_an_output_file(series, tmp_path, capsys):
    target = tmp_path / "out" / "claims.jsonl"
    code, out, _ = run_cli(capsys, "claims", *map(str, series), "--format", "jsonl", "-o", str(target))
    assert out == ""
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    licenses = [r for r in rows if r["unit"] == "licenses"]
    assert [(r["period"], r["value"], r["yoy_value"], r["yoy_direction"]) for r in licenses] == \
        [("2024", 613000, 29.9, "up"), ("2025", 700046, 14.2, "up")]
    assert code == 0


def test_check_exit_codes(series, collection, capsys):
    first, second = series
    # clean inputs: 0
    assert run_cli(capsys, "check", str(collection / "a.txt"))[0] == 0
    # findings at or above --fail-on: 1; below it: 0
    assert run_cli(capsys, "check", "--cross", str(first), str(second))[0] == 1
    assert run_cli(capsys, "check", "--cross", str(first), str(second), "--select", "IPN5",
                   "--fail-on", "error", "--exit-zero")[0] == 0
    # an unreadable input: 2, even with findings, and the other inputs are still checked
    code, out, err = run_cli(capsys, "check", "--cross", str(first), str(second), str(collection),
                             "--format", "json")
    assert code == 2
    assert sorted(f["code"] for f in json_findings(out) if f["code"].startswith("IPN5")) == \
        ["IPN501", "IPN502"]
    assert "E001" in err and "E020" in err and "E002" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(collection, capsys):
    _, _, err = run_cli(capsys, "analyze", str(collection / "a.txt"), str(collection / "sub"),
                        "--format", "jsonl")
    assert err == ""


# --- walking safely ----------------------------------------------------------------------------

@pytest.fixture
def tree(tmp_path):
    """A repository with docs/ inside it and a secret outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "credentials.md").write_text("The token is 4,242 characters long.\n", encoding="utf-8")
    docs = tmp_path / "repo" / "docs"
    (docs / "part").mkdir(parents=True)
    (docs / "a.txt").write_text(GOOD, encoding="utf-8")
    (docs / "part" / "b.md").write_text(GOOD.replace("1,200", "1,300"), encoding="utf-8")
    return docs, outside


def test_a_walk_never_follows_a_symlink_out_of_its_root(tree):
    docs, outside = tree
    os.symlink(outside / "credentials.md", docs / "notes.md")  # a file link leading out
    os.symlink(outside, docs / "more")  # a directory link leading out
    skipped = []
    paths = list(iter_input_paths([str(docs)], on_skip=lambda path, reason: skipped.append((path, reason))))
    assert _names(paths) == ["a.txt", "b.md"]
    assert skipped == [(str(docs / "notes.md"), f"a symlink to {outside / 'credentials.md'}, outside {docs}")]
    # a link to a file inside the root is the same file: read once
    os.symlink(docs / "a.txt", docs / "alias.txt")
    assert _names(iter_input_paths([str(docs)])) == ["a.txt", "b.md"]


def test_a_walk_ends_on_a_symlink_loop(tree):
    docs, _ = tree
    os.symlink(docs, docs / "part" / "loop")  # docs/part/loop -> docs
    os.symlink("self.md", docs / "self.md")  # a link to itself
    paths = list(iter_input_paths([str(docs)]))
    assert _names(paths) == ["a.txt", "self.md", "b.md"]  # the dangling self-link is reported when read


def test_the_cli_does_not_print_text_from_outside_the_walked_directory(tree, capsys):
    docs, outside = tree
    os.symlink(outside / "credentials.md", docs / "notes.md")
    code, out, err = run_cli(capsys, "analyze", str(docs), "--format", "jsonl")
    assert "4,242" not in out and "token" not in out
    assert f"ipnlp: note: skipped {docs / 'notes.md'}: a symlink to" in err
    assert code == 0
    # naming the link on the command line is the user's explicit choice
    code, out, _ = run_cli(capsys, "analyze", str(docs / "notes.md"), "--format", "jsonl")
    assert "4,242" in out and code == 0


def test_an_unreadable_directory_is_an_error_not_a_gap(tree, capsys, monkeypatch):
    docs, _ = tree
    locked = docs / "part"
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    # chmod 000 does not stop root, so the refusal is simulated where os.walk lists directories.
    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = run_cli(capsys, "check", str(docs), "--format", "json", "--exit-zero")
    payload = json.loads(out)
    assert payload["input_errors"] == [{"path": str(locked), "code": "E001",
                                        "message": f"E001 cannot read directory {locked}: Permission denied"}]
    assert f"E001 cannot read directory {locked}: Permission denied" in err
    assert code == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_in_a_walked_directory_is_that_files_error(tree, capsys, tmp_path):
    docs, _ = tree
    os.mkfifo(docs / "pipe.txt")
    target = tmp_path / "out.sarif"
    code, _, err = run_cli(capsys, "check", str(docs), "--format", "sarif", "-o", str(target))
    assert f"E001 cannot read {docs / 'pipe.txt'}: a named pipe (FIFO), not a regular file" in err
    assert json.loads(target.read_text(encoding="utf-8"))["runs"]  # the other files were checked
    assert code == 2


@pytest.mark.parametrize(("files", "extra"), [
    ({}, ()),  # an empty directory
    ({"data.csv": "a,b\n", "notes.rst": "Notes\n"}, ()),  # only files no reader takes
    ({"a.txt": GOOD}, ("--include", "*.md")),  # an --include that matches nothing
    ({"a.txt": GOOD}, ("--exclude", "*.txt")),  # everything excluded
])
@pytest.mark.parametrize("command", ["check", "analyze", "claims"])
def test_no_files_to_check_is_exit_2_not_a_clean_pass(tmp_path, capsys, files, extra, command):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, out, err = run_cli(capsys, command, str(tmp_path), *extra)
    assert code == 2
    assert f"E010 no files to check: {tmp_path} holds no file matching" in err
    assert "No findings" not in out


# --- one document's failure is that document's error -------------------------------------------

@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_declaring_a_bytes_codec_as_its_charset_loses_no_other_file(tmp_path, capsys, jobs):
    pytest.importorskip("selectolax")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(GOOD, encoding="utf-8")
    # "hex" is a codec, but bytes to bytes; two GBK characters make the page not UTF-8.
    (docs / "b.html").write_bytes(b'<html><head><meta charset="hex"></head><body><p>\xd7\xa8\xc0\xfb: the office '
                                  b"granted 5 patents.</p></body></html>")
    (docs / "c.md").write_text(GOOD.replace("1,200", "1,300"), encoding="utf-8")
    target = tmp_path / "out.sarif"
    code, _, err = run_cli(capsys, "check", str(docs), "--format", "sarif", "-o", str(target), "--jobs", jobs)
    assert code == 2
    assert f"E002 {docs / 'b.html'} is not text" in err and "internal error" not in err
    sarif = json.loads(target.read_text(encoding="utf-8"))
    assert sarif["runs"][0]["tool"]["driver"]["name"] == "ipnlp"


def test_a_reader_that_fails_unexpectedly_fails_only_its_file(tmp_path, monkeypatch):
    from ipnlp import io as readers
    from ipnlp.batch import analyze_many

    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(GOOD, encoding="utf-8")
    real = readers.read_document

    def flaky(path, **options):
        if str(path).endswith("bad.txt"):
            raise ValueError("a bug in some library")
        return real(path, **options)

    monkeypatch.setattr(readers, "read_document", flaky)
    results = list(analyze_many([str(good), str(bad)]))
    assert type(results[0]).__name__ == "Report"
    assert results[1].code == "E001"
    assert results[1].message == f"E001 cannot read {bad}: the reader failed (ValueError: a bug in some library)"


def test_stdin_keeps_what_its_reader_found(capsys, monkeypatch):
    # The encoding detected (or named) and, for a PDF, the page of each claim.
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(GOOD.replace("office", "Zürich office")
                                                                  .encode("latin-1"))))
    code, out, _ = run_cli(capsys, "analyze", "-", "--format", "jsonl")
    report = json.loads(out)
    assert (report["source"]["encoding"], code) == ("cp1252", 0)
    assert "Zürich" in report["claims"][0]["subject"] or "Zürich" in out

    pytest.importorskip("fpdf")
    from tests.io._documents import as_pdf

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(as_pdf())))
    code, out, _ = run_cli(capsys, "analyze", "-", "--format", "jsonl")
    report = json.loads(out)
    assert report["source"]["encoding"] == "pdf"
    assert {claim["source_location"]["page"] for claim in report["claims"]} == {1, 2}
