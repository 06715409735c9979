"""Two small reports of one series (2025 and 2026) and helpers to run the CLI in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipnlp.cli import main

DATA = Path(__file__).parent / "data"

REPORT_2025 = (DATA / "report-2025.md").read_text(encoding="utf-8")

# One restated value that differs (royalties for 2024: 356.41 -> 365.41 billion yuan), one change
# that implies another previous value (5.3 million up 20% -> about 4.42 million, not 4.756 million),
# and two consistent relations: trademark registrations for 2024 restated unchanged, and 613,000
# patent transfer licenses * 1.142 = 700,046.
REPORT_2026 = (DATA / "report-2026.md").read_text(encoding="utf-8")

GOOD = "Annual Report\n\nI. Results in 2024\n\nThe office granted 1,200 patents for the year.\n"


@pytest.fixture
def series(tmp_path: Path) -> tuple[Path, Path]:
    first = tmp_path / "report-2025.md"
    second = tmp_path / "report-2026.md"
    first.write_text(REPORT_2025, encoding="utf-8")
    second.write_text(REPORT_2026, encoding="utf-8")
    return first, second


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def json_findings(out: str) -> list[dict]:
    return json.loads(out)["findings"]
