"""The input size limit: refused with E004 before reading, configurable from the CLI and pyproject."""

from __future__ import annotations

import pytest

from ipnlp.cli import main
from ipnlp.config import Settings, settings_from_table
from ipnlp.errors import IpnlpError

TEXT = "Work Report\n\nThe office issued 1,200 certificates in 2024.\n"


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_the_command_line_limit_refuses_a_larger_input(report, capsys):
    assert main(["analyze", str(report), "--max-bytes", "20"]) == 2
    assert "E004" in capsys.readouterr().err
    assert main(["analyze", str(report), "--max-bytes", "1K"]) == 0


def test_the_limit_comes_from_pyproject(report, tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.ipnlp]\nmax-bytes = 20\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "report.txt"]) == 2
    assert "E004 report.txt" in capsys.readouterr().err
    assert main(["check", "report.txt", "--max-bytes", "1M"]) == 0  # the command line wins


@pytest.mark.parametrize("value", [0, -5, "big", True])
def test_an_invalid_limit_is_a_configuration_error(value):
    with pytest.raises(IpnlpError, match="E006"):
        settings_from_table({"max-bytes": value})


def test_merged_limit():
    assert Settings().merged(max_bytes=10).max_bytes == 10
    assert Settings().merged().max_bytes == 50 * 1024 * 1024
