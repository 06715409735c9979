"""Inline suppression comments (``ipnlp.suppression``), through ``ipnlp.analyze`` and ``ipnlp check``.

The fake rules flag words: alpha (IPN101), beta (IPN102), gamma (IPN201), delta (IPN202).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import ipnlp
from ipnlp.cli import main
from ipnlp.suppression import parse_suppressions

from ._fake_rules import crashing_rule, install, word_rule


@pytest.fixture(autouse=True)
def fake_rules(monkeypatch, tmp_path):
    install(monkeypatch)
    monkeypatch.chdir(tmp_path)


def flagged(text: str) -> list[tuple[str, str]]:
    """(code, flagged word) of every finding that survives suppression."""
    return [(f.code, f.evidence[0].text) for f in ipnlp.analyze(text).findings]


@pytest.mark.parametrize(("text", "expected"), [
    # Alone on its line: the next paragraph only (a block of non-blank lines).
    ("<!-- ipnlp: ignore IPN101 -->\nalpha and beta\nalpha again\n\nalpha later\n",
     [("IPN102", "beta"), ("IPN101", "alpha")]),
    # Blank lines between the comment and its paragraph are skipped.
    ("<!-- ipnlp: ignore IPN101 -->\n\nalpha here\n\nalpha there\n", [("IPN101", "alpha")]),
    # At the end of a line: that line only.
    ("alpha one <!-- ipnlp: ignore IPN101 -->\nalpha two\n", [("IPN101", "alpha")]),
    # A prefix selects a family, a rule name selects that rule, several selectors by commas or spaces.
    ("<!-- ipnlp: ignore IPN1 -->\nalpha beta gamma\n", [("IPN201", "gamma")]),
    ("<!-- ipnlp: ignore beta-warning -->\nalpha beta\n", [("IPN101", "alpha")]),
    ("<!-- ipnlp: ignore IPN101, IPN201 IPN202 -->\nalpha beta gamma delta\n", [("IPN102", "beta")]),
    # No selector: every rule.
    ("<!-- ipnlp: ignore -->\nalpha beta\ngamma\n\ndelta\n", [("IPN202", "delta")]),
    # The whole document, wherever the comment is.
    ("alpha beta\n\ngamma\n\n<!-- ipnlp: ignore-file IPN101 IPN201 -->\nalpha\n", [("IPN102", "beta")]),
    # Plain-text form, alone on a line and at the end of one.
    ("# ipnlp: ignore IPN102\nalpha beta\nbeta\n\nbeta\n", [("IPN101", "alpha"), ("IPN102", "beta")]),
    ("beta first  # ipnlp: ignore IPN102\nbeta second\n", [("IPN102", "beta")]),
    # Two comments stacked above one paragraph both apply to it.
    ("<!-- ipnlp: ignore IPN101 -->\n<!-- ipnlp: ignore IPN102 -->\nalpha beta\n",  []),
    # Tight spelling: no spaces, the code against the comment's end.
    ("alpha <!--ipnlp:ignore IPN101-->\nalpha\n", [("IPN101", "alpha")]),
    # A comment over several lines, lower-case codes.
    ("<!--\n  ipnlp: ignore ipn101\n-->\nalpha\n", []),
    # Not directives: another tool's comment, a misspelt kind, a '#' glued to a word.
    ("<!-- other: ignore IPN101 -->\nalpha\n", [("IPN101", "alpha")]),
    ("<!-- ipnlp: ignored IPN101 -->\nalpha\n", [("IPN101", "alpha")]),
    ("alpha#ipnlp: ignore IPN101\n", [("IPN101", "alpha")]),
    # A comment with nothing after it suppresses nothing.
    ("alpha\n\n<!-- ipnlp: ignore IPN101 -->\n", [("IPN101", "alpha")]),
])
def test_suppression_scopes(text, expected):
    assert sorted(flagged(text)) == sorted(expected)


def test_findings_inside_a_directive_are_not_reported():
    assert flagged("<!-- ipnlp: ignore beta-warning -->\nalpha beta\n") == [("IPN101", "alpha")]


def test_a_finding_is_suppressed_where_it_starts():
    # Only the first evidence span counts: a finding starting in the suppressed paragraph is gone,
    # one starting after it stays even when the paragraph is part of it.
    text = "<!-- ipnlp: ignore IPN101 -->\nsome alpha\n\nalpha\n"
    scopes = parse_suppressions(text)
    assert [(text[s.start:s.end], s.selectors) for s in scopes] == [("some alpha\n", ("IPN101",))]
    assert [f.evidence[0].start for f in ipnlp.analyze(text).findings] == [text.rindex("alpha")]


def test_crashed_rules_cannot_be_suppressed(monkeypatch):
    install(monkeypatch, (crashing_rule(),))
    codes = [f.code for f in ipnlp.analyze("<!-- ipnlp: ignore-file -->\nalpha\n").findings]
    assert codes == ["IPN000"]


def test_suppressed_findings_reach_no_format_and_no_exit_status(capsys):
    Path("r.md").write_text("<!-- ipnlp: ignore IPN101 -->\nalpha beta\n", encoding="utf-8")
    for fmt in ("text", "json", "jsonl", "sarif", "github"):
        code = main(["check", "r.md", "--format", fmt])
        out = capsys.readouterr().out
        assert code == 0, fmt  # IPN101 is the only error; beta is a warning
        assert "'alpha' found" not in out and "'beta' found" in out
    assert main(["check", "r.md", "--statistics", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"code": "IPN102", "name": "beta-warning", "count": 1}]


def test_directives_are_found_in_linear_time_on_hostile_text(monkeypatch):
    # Many unterminated directives in one line must not make the pattern backtrack quadratically;
    # this is a correctness check (they are not directives), the size keeps a regression visible.
    install(monkeypatch, (word_rule("IPN101", "alpha-error", "error", "alpha"),))
    text = "<!-- ipnlp: ignore " + "IPN1 " * 20_000 + "\nalpha\n"
    assert flagged(text) == [("IPN101", "alpha")]


@pytest.mark.parametrize("directive", ["<!-- ipnlp: ignore IPN101 -->", "# ipnlp: ignore IPN405",
                                       "<!-- ipnlp: ignore-file IPN2 -->"])
def test_directives_are_not_report_text(directive):
    # Blanked before segmentation: the code's digits are no claim, and the comment line does not
    # become the start of the sentence below it.
    text = f"Annual Report\n\n{directive}\nExports rose 5% in 2024.\n"
    report = ipnlp.analyze(text)
    assert [c.value for c in report.claims] == [5]
    assert report.claims[0].sentence.start == text.index("Exports")
    assert report.source.sha256 == hashlib.sha256(text.encode()).hexdigest()  # of the text as given


def test_stacked_directives_merge_into_one_scope():
    text = "<!-- ipnlp: ignore IPN101 -->\n# ipnlp: ignore IPN102\n<!-- ipnlp: ignore IPN101 -->\nalpha beta\n"
    assert [(s.start, s.selectors) for s in parse_suppressions(text)] == [
        (text.index("alpha"), ("IPN101", "IPN102"))]


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["# ipnlp: ignore IPN101\n",          # many stacked directive lines
                                  "<!-- ipnlp: ignore IPN1 --> ",        # many directives on one line
                                  "<!-- ipnlp: ignore IPN101 -->\nalpha\n",  # many short paragraphs
                                  "<!-- ipnlp: ignore" + " " * 400 + "x"])  # unterminated, long spaces
def test_directives_cost_linear_time(unit):
    # A ratio guard (like tests/test_scaling_slow.py): 10x the directives may cost at most 15x.
    import time

    from ipnlp.suppression import apply_suppressions, mask_directives

    def cost(count: int) -> float:
        text = "Title\n\n" + unit * count + "alpha\n"
        started = time.process_time()
        apply_suppressions(text, ipnlp.analyze("alpha\n").findings)
        mask_directives(text)
        return time.process_time() - started

    small, large = min(cost(5_000) for _ in range(3)), min(cost(50_000) for _ in range(2))
    assert large <= 15 * max(small, 0.005)
