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
from ipnlp.rules.base import make_finding
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
    assert lines[1:4] == ["  3 | Patent transfer licenses reached 613,000, up 29.9%.",
                          "    |                                  ^^^^^^^",
                          "    also at 4:21: “610,000”"]
    assert any(line.startswith("reports/scan.pdf:3:9: IPN411 [info] ") and line.endswith("(page 2)")
               for line in lines)


def test_text_groups_by_file_and_summarises():
    lines = text.render(findings()).splitlines()
    blank = lines.index("")
    assert all(line.startswith("reports/work report,2025.txt") or line.startswith("  ")
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
    ("a\r\nb", "a%0D%0Ab", "a\\r\\nb"),  # a line break in a property (a file name) is shown, not decoded
    ("a\x1b[2Jb", "a\\x1b[2Jb", "a\\x1b[2Jb"),  # ESC never reaches the CI log
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
    # It ends just after a lone "\r", which is a line break of its own (SARIF and editors agree).
    multi_line = next(line for line in lines if "IPN404" in line)
    assert "line=6," in multi_line and "endLine=8," in multi_line and "col=" not in multi_line
    assert "%0A" in multi_line and "\n" not in multi_line


@pytest.mark.parametrize(("start", "end"), [(0, 4), (17, 27), (60, 130), (150, len(REPORT)), (5, 5)])
def test_end_line_col_matches_the_view(start, end):
    view = ReportView(text=REPORT, sections=(), claims=(), paragraphs=(), sentences=())
    assert end_line_col(view.evidence(start, end)) == view.line_col(end)


# --- source excerpts ------------------------------------------------------------------------------

def _excerpt_lines(document: str, needle: str) -> list[str]:
    from ipnlp.api import finalise_findings

    view = ReportView(text=document, sections=(), claims=(), paragraphs=(), sentences=(), path="r.txt")
    start = document.index(needle)
    finding = finalise_findings(document, [make_finding(RULES[0], view, "m", [(start, start + len(needle))])])[0]
    return text.render([finding]).splitlines()[:3]


LONG_PARAGRAPH = " ".join(f"word{i:04d}" for i in range(400))  # one 3,999-character line


@pytest.mark.parametrize(("document", "needle", "expected"), [
    # A short line is shown whole.
    ("Title\n\nSales rose 5% to 613,000.\n", "613,000",
     ["r.txt:3:18: IPN101 [error] m", "  3 | Sales rose 5% to 613,000.", "    | " + " " * 17 + "^" * 7]),
    # A one-paragraph-per-line text: a window around the span, clipped with an ellipsis on each side,
    # the true column in the location.
    ("Title\n" + LONG_PARAGRAPH + "\n", "word0200",
     ["r.txt:2:1801: IPN101 [error] m",
      "  2 | …" + LONG_PARAGRAPH[1800 - 32:1800 - 32 + 100] + "…",
      "    |  " + " " * 32 + "^" * 8]),
    # Near the start of a long line: no leading ellipsis.
    (LONG_PARAGRAPH, "word0001",
     ["r.txt:1:10: IPN101 [error] m", "  1 | " + LONG_PARAGRAPH[:100] + "…", "    | " + " " * 9 + "^" * 8]),
    # Near the end: the window ends with the line, no trailing ellipsis.
    (LONG_PARAGRAPH + "\r\nnext", "word0399",
     ["r.txt:1:3592: IPN101 [error] m", "  1 | …" + LONG_PARAGRAPH[-100:], "    |  " + " " * 92 + "^" * 8]),
    # Wide characters take two cells, a tab one (it is shown as a space), escapes their length.
    ("中文报告\t\x1b 613,000", "613,000",
     ["r.txt:1:8: IPN101 [error] m", "  1 | 中文报告 \\x1b 613,000", "    | " + " " * (8 + 1 + 4 + 1) + "^" * 7]),
    # A span over a line break is underlined to the end of its first line.
    ("a \"quote\nends here", "\"quote\nends", ["r.txt:1:3: IPN101 [error] m", '  1 | a "quote', "    |   ^^^^^^"]),
    # The excerpt ends at any line break an editor knows (CR, NEL, U+2028, ...), never shows the next line.
    ("a 613\rnext", "613", ["r.txt:1:3: IPN101 [error] m", "  1 | a 613", "    |   ^^^"]),
    ("a 613\u2028next", "613", ["r.txt:1:3: IPN101 [error] m", "  1 | a 613", "    |   ^^^"]),
    ("a 613\r\nnext", "613", ["r.txt:1:3: IPN101 [error] m", "  1 | a 613", "    |   ^^^"]),
    # An empty span still gets one caret.
    ("abc", "", ["r.txt:1:1: IPN101 [error] m", "  1 | abc", "    | ^"]),
])
def test_source_excerpt_with_caret(document, needle, expected):
    assert _excerpt_lines(document, needle) == expected


def test_excerpts_are_not_serialised_but_reach_sarif_context():
    payload = json.loads(json_output.render(findings()))
    assert "context" not in payload["findings"][0]["evidence"][0]
    region = json.loads(sarif.render(findings()))["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    context = region["contextRegion"]
    assert context["snippet"]["text"] == REPORT[context["charOffset"]:context["charOffset"] + context["charLength"]]
    assert context["startColumn"] == 1 and region["region"]["startLine"] == context["startLine"]


def test_context_is_filled_in_as_model_copy_fills_it():
    # with_context copies each evidence and finding directly (output.context.replaced): the copies
    # are model_copy's, down to the fields set, and pickle and serialise alike.
    import pickle

    from ipnlp.api import analyze, build_view
    from ipnlp.output.context import excerpt, replaced, with_context
    from ipnlp.rules import run_rules

    found = run_rules(build_view(REPORT))
    assert found
    for finding, filled in zip(found, with_context(REPORT, found), strict=True):
        evidence = [e.model_copy(update={"context": excerpt(REPORT, e)}) if e.path is None and e.context is None
                    else e for e in finding.evidence]
        plain = finding.model_copy(update={"evidence": evidence})
        for new, old in ((filled, plain), *zip(filled.evidence, plain.evidence, strict=True)):
            assert type(new) is type(old) and new == old and new.__dict__ == old.__dict__
            assert new.model_fields_set == old.model_fields_set
            assert new.__pydantic_extra__ == old.__pydantic_extra__
            assert new.__pydantic_private__ == old.__pydantic_private__
            assert pickle.loads(pickle.dumps(new)) == old and new.model_dump_json() == old.model_dump_json()
    claim = build_view(REPORT).claims[0]
    assert replaced(claim, "text", "x") == claim.model_copy(update={"text": "x"})
    report = analyze(REPORT)  # private attributes: left to model_copy
    assert replaced(report, "findings", [])._positions == report._positions


def test_findings_are_ordered_by_file_then_location():
    from ipnlp.output._spans import by_location

    ordered = by_location(list(reversed(findings())), ["reports/scan.pdf", "reports/work report,2025.txt"])
    assert [(f.path, f.evidence[0].line, f.evidence[0].column) for f in ordered] == [
        ("reports/scan.pdf", 3, 9),
        ("reports/work report,2025.txt", 3, 34),
        ("reports/work report,2025.txt", 5, 27),
        ("reports/work report,2025.txt", 6, 9),
    ]
