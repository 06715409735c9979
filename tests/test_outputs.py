"""Golden tests for the finding formats, plus the escaping and colour rules each format promises.

Regenerate the golden files after an intended change with ``IPNLP_UPDATE_GOLDEN=1 pytest
tests/test_outputs.py`` and review the diff.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from ipnlp.models import InputError
from ipnlp.output import github, jsonl, sarif, text
from ipnlp.output import json as json_output
from ipnlp.output._spans import end_line_col
from ipnlp.view import ReportView

from ._golden_findings import REPORT, RULES, findings

GOLDEN = Path(__file__).parent / "data" / "golden"
VERSION = "0.0.0-test"  # fixed so the golden files do not change with every release
INPUT_ERRORS = [InputError(path="reports/missing.txt", code="E001",
                           message="E001 cannot read reports/missing.txt: No such file or directory")]

RENDERERS = {
    "findings.txt": lambda: text.render(findings(), rules=RULES, input_errors=INPUT_ERRORS),
    "findings.json": lambda: json_output.render(findings(), rules=RULES, input_errors=INPUT_ERRORS,
                                                version=VERSION),
    "findings.jsonl": lambda: jsonl.render(findings(), rules=RULES),
    "findings.sarif": lambda: sarif.render(findings(), rules=RULES, input_errors=INPUT_ERRORS,
                                           version=VERSION),
    "findings.github": lambda: github.render(findings(), rules=RULES, input_errors=INPUT_ERRORS),
}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_golden(name):
    rendered = RENDERERS[name]()
    path = GOLDEN / name
    if os.environ.get("IPNLP_UPDATE_GOLDEN"):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(rendered)
    with open(path, encoding="utf-8", newline="") as handle:
        assert rendered == handle.read()


def test_text_lines_are_path_line_col_code_severity_message():
    lines = text.render(findings()).splitlines()
    assert lines[0] == ("reports/work report,2025.txt:3:34: IPN101 [error] patent transfer licenses for "
                        "2025 are stated as 613,000 and 610,000")
    assert lines[1].strip() == "also at 4:21: “610,000”"
    assert any(line.startswith("reports/scan.pdf:3:9: IPN411 [info] ") and line.endswith("(page 2)")
               for line in lines)


def test_text_groups_by_file_and_summarises():
    lines = text.render(findings()).splitlines()
    blank = lines.index("")
    assert all(line.startswith("reports/work report,2025.txt") or line.startswith("    ")
               for line in lines[:blank] if line)
    assert lines[-1] == "Found 4 findings (1 error, 2 warnings, 1 info) in 2 files."
    assert text.render([]) == "No findings.\n"


def test_text_is_plain_unless_colour_is_asked_for():
    assert "\x1b[" not in text.render(findings())
    assert "\x1b[31m" in text.render(findings(), color=True)


class _Tty(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize(("stream", "environ", "expected"), [
    (_Tty(), {}, True),
    (_Tty(), {"NO_COLOR": "1"}, False),
    (_Tty(), {"NO_COLOR": ""}, True),  # no-color.org: only a non-empty value disables colour
    (io.StringIO(), {}, False),
])
def test_should_color(stream, environ, expected):
    assert text.should_color(stream, environ) is expected


def test_json_findings_have_the_report_findings_shape():
    payload = json.loads(json_output.render(findings(), input_errors=INPUT_ERRORS))
    assert payload["schema_version"] == 2
    assert payload["findings"] == [f.model_dump(mode="json") for f in findings()]
    assert payload["input_errors"][0]["code"] == "E001"


def test_jsonl_is_one_finding_per_line():
    lines = jsonl.render(findings()).splitlines()
    assert [json.loads(line)["code"] for line in lines] == [f.code for f in findings()]


@pytest.mark.parametrize(("raw", "data", "prop"), [
    ("100% sure", "100%25 sure", "100%25 sure"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
    ("%3A", "%253A", "%253A"),  # an already-escaped-looking value is escaped again, not passed through
])
def test_github_escaping(raw, data, prop):
    assert github.escape_data(raw) == data
    assert github.escape_property(raw) == prop


def test_github_annotation_fields():
    lines = github.render(findings(), input_errors=INPUT_ERRORS).splitlines()
    assert lines[0] == ("::error file=reports/work report%2C2025.txt,line=3,col=34,endLine=3,endColumn=41,"
                        "title=IPN101 conflicting-values::patent transfer licenses for 2025 are stated as "
                        "613,000 and 610,000")
    commands = [line.split(" ", 1)[0] for line in lines]
    assert commands == ["::error", "::warning", "::warning", "::notice", "::error"]
    # A span over several lines carries no columns: GitHub rejects columns on multi-line annotations.
    multi_line = next(line for line in lines if "IPN404" in line)
    assert "line=6," in multi_line and "endLine=7," in multi_line and "col=" not in multi_line
    assert "%0A" in multi_line and "\n" not in multi_line


@pytest.mark.parametrize(("start", "end"), [(0, 4), (17, 27), (60, 130), (150, len(REPORT)), (5, 5)])
def test_end_line_col_matches_the_view(start, end):
    view = ReportView(text=REPORT, sections=(), claims=(), paragraphs=(), sentences=())
    assert end_line_col(view.evidence(start, end)) == view.line_col(end)
