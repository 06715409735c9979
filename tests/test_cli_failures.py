"""The CLI on inputs it cannot read: a message naming the file and the reason, never a traceback;
the rest of a batch still analysed; --output never half-written; Ctrl-C keeps what was written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import ipnlp.batch
from ipnlp.cli import main

GOOD = ("Work Report 2024\n\nI. Results\n\nThe office handled more than 7,000 cases, up 5.2% year-on-year. "
        "Royalty income reached RMB 2.3 billion yuan.\n")  # IPN405 redundant-unit: a finding for check
IPNLP = [sys.executable, "-c", "import sys; from ipnlp.cli import main; sys.exit(main())"]


def _run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*IPNLP, *args], input=stdin, capture_output=True, timeout=120, cwd=cwd)


@pytest.fixture
def batch_dir(tmp_path: Path) -> Path:
    """Two good reports around a missing, an empty and a binary file."""
    (tmp_path / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "c-empty.txt").write_bytes(b"")
    (tmp_path / "d-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "e-good.html").write_text(f"<html><body><p>{GOOD}</p></body></html>", encoding="utf-8")
    return tmp_path


def _batch_args(directory: Path) -> list[str]:
    names = ["a-good.txt", "b-missing.txt", "c-empty.txt", "d-binary.txt", "e-good.html"]
    return [str(directory / name) for name in names]


def test_a_single_unreadable_file_is_one_line_with_no_traceback(tmp_path):
    result = _run("analyze", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stdout == b""
    assert result.stderr.decode() == f"ipnlp: E001 cannot read {tmp_path / 'missing.txt'}: No such file or directory\n"


@pytest.mark.parametrize("command", ["analyze", "check"])
def test_a_batch_reports_bad_inputs_and_analyses_the_rest(batch_dir, command):
    result = _run(command, "--format", "json", *_batch_args(batch_dir))
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert any(line.startswith("ipnlp: E001") and "b-missing.txt" in line and "No such file" in line
               for line in lines), stderr
    assert any(line.startswith("ipnlp: E020") and "c-empty.txt" in line for line in lines), stderr
    assert any(line.startswith("ipnlp: E002") and "d-binary.txt" in line and "PNG image" in line
               for line in lines), stderr
    output = json.loads(result.stdout)
    if command == "analyze":
        assert [Path(r["source"]["path"]).name for r in output] == ["a-good.txt", "e-good.html"]
        assert all(r["claims"] for r in output)
    else:
        assert [e["code"] for e in output["input_errors"]] == ["E001", "E020", "E002"]
        found = {Path(f["path"]).name: f for f in output["findings"] if f["code"] == "IPN405"}
        assert sorted(found) == ["a-good.txt", "e-good.html"]
        assert found["e-good.html"]["evidence"][0]["source_location"] == {"kind": "html", "page": None, "block": 0}


def test_stdin_that_is_not_text_is_named_stdin():
    result = _run("analyze", "-", stdin=b"\x00\x01\x02 binary")
    assert result.returncode == 2
    assert result.stderr.decode().startswith("ipnlp: E002 <stdin> is not text (binary file")


def test_stdin_in_another_encoding_is_decoded():
    result = _run("analyze", "-", "--format", "json", stdin=GOOD.encode("utf-16"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["claims"]


def test_output_is_not_half_written_when_the_run_crashes(batch_dir, monkeypatch, capsys):
    output = batch_dir / "out" / "report.txt"
    output.parent.mkdir()
    output.write_text("the previous complete run\n")
    import ipnlp.cli.analyze as analyze_command

    real_render = analyze_command.render_report
    calls = []

    def crash_on_second(report):
        calls.append(report)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real_render(report)

    monkeypatch.setattr(analyze_command, "render_report", crash_on_second)
    good = [str(batch_dir / "a-good.txt"), str(batch_dir / "e-good.html")]
    assert main(["analyze", "--output", str(output), *good]) == 2
    assert output.read_text() == "the previous complete run\n"
    assert os.listdir(output.parent) == ["report.txt"]  # no temporary file left behind
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: disk on fire" in err and "Traceback" not in err

    calls.clear()
    with pytest.raises(RuntimeError):  # --debug shows the real exception
        main(["--debug", "analyze", "--output", str(output), *good])


def _copies(directory: Path, text: str, count: int) -> list[str]:
    """``count`` reports holding ``text`` (r000.txt, r001.txt, ...), their paths in batch order."""
    paths = []
    for index in range(count):
        path = directory / f"r{index:03}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _interrupt_after(monkeypatch, done: int) -> None:
    """Ctrl-C arrives while the batch is analysing document ``done + 1``."""
    real = ipnlp.batch.analyze_many

    def interrupted(*args, **kwargs):
        for index, result in enumerate(real(*args, **kwargs)):
            if index == done:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(ipnlp.batch, "analyze_many", interrupted)


def test_ctrl_c_keeps_the_reports_already_written_to_stdout(tmp_path, monkeypatch, capsys):
    paths = _copies(tmp_path, GOOD, 4)
    _interrupt_after(monkeypatch, done=2)
    assert main(["analyze", "--format", "jsonl", *paths]) == 130
    captured = capsys.readouterr()
    assert [json.loads(line)["source"]["path"] for line in captured.out.splitlines()] == paths[:2]
    assert captured.err == "ipnlp: interrupted\n"


def test_ctrl_c_leaves_an_existing_output_file_intact(tmp_path, monkeypatch, capsys):
    output = tmp_path / "claims.jsonl"
    output.write_text("previous\n")
    paths = _copies(tmp_path, GOOD, 3)
    _interrupt_after(monkeypatch, done=1)
    assert main(["analyze", "--format", "jsonl", "--output", str(output), *paths]) == 130
    assert output.read_text() == "previous\n"
    assert sorted(os.listdir(tmp_path)) == ["claims.jsonl", "r000.txt", "r001.txt", "r002.txt"]


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or sys.platform == "win32", reason="POSIX signals")
def test_a_real_sigint_stops_the_batch_cleanly(tmp_path):
    text = (Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt").read_text()
    paths = _copies(tmp_path, text, 200)
    process = subprocess.Popen([*IPNLP, "analyze", "--format", "jsonl", *paths],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               # a SIGINT ignored by whoever started pytest (a background job) is
                               # inherited and kept; a terminal's Ctrl-C reaches a default one
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    first = process.stdout.readline()  # the batch is under way
    process.send_signal(signal.SIGINT)
    rest, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"Traceback" not in stderr and stderr.decode().strip() == "ipnlp: interrupted"
    lines = (first + rest).decode().splitlines()
    assert 1 <= len(lines) < len(paths)
    assert [json.loads(line)["source"]["path"] for line in lines] == paths[:len(lines)]
