"""The CLI over collections: directories, globs, stdin, --jobs, jsonl/csv tables and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from ipnlp.cli.common import iter_input_paths

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
