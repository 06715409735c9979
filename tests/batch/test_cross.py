"""Cross-document rules over a series: the 2025 and 2026 reports of one office."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.rules.cross import cross_check
from ipnlp.rules.cross.metrics import implied_previous, interval, subject_words
from ipnlp.rules.cross.series import place_in_series

from .conftest import REPORT_2025, REPORT_2026, json_findings, run_cli


def test_check_cross_finds_the_restated_value_and_the_yoy_with_evidence_in_both_files(series, capsys):
    first, second = series
    code, out, _ = run_cli(capsys, "check", "--cross", str(first), str(second), "--format", "json")
    findings = json_findings(out)
    assert sorted(f["code"] for f in findings) == ["IPN501", "IPN502"]
    for finding in findings:
        assert finding["path"] == str(second)
        assert {e["path"] for e in finding["evidence"]} == {str(first), str(second)}
    restated = next(f for f in findings if f["code"] == "IPN501")
    assert [e["text"] for e in restated["evidence"]] == ["365.41 billion yuan", "356.41 billion yuan"]
    implied = next(f for f in findings if f["code"] == "IPN502")
    assert [e["text"] for e in implied["evidence"]] == ["5.3 million", "up 20% year-on-year", "4.756 million"]
    # line/column point into each evidence's own file
    evidence_2025 = implied["evidence"][2]
    line = REPORT_2025.splitlines()[evidence_2025["line"] - 1]
    assert line[evidence_2025["column"] - 1:].startswith("4.756 million")
    assert code == 1


def test_reports_of_one_series_are_compared_without_cross_flag(series, capsys):
    code, out, _ = run_cli(capsys, "check", str(series[0].parent), "--select", "IPN5", "--format", "json")
    assert sorted(f["code"] for f in json_findings(out)) == ["IPN501", "IPN502"]
    assert code == 1


def test_ignoring_the_family_turns_cross_rules_off(series, capsys):
    _, out, _ = run_cli(capsys, "check", "--cross", *map(str, series), "--ignore", "IPN5",
                           "--format", "json")
    assert not [f for f in json_findings(out) if f["code"].startswith("IPN5")]


def test_consistent_series_is_not_flagged(tmp_path, capsys):
    fixed = (REPORT_2026.replace("365.41 billion", "356.41 billion")
             .replace("5.3 million, up 20%", "5.3 million, up 11.4%"))
    (tmp_path / "a.md").write_text(REPORT_2025, encoding="utf-8")
    (tmp_path / "b.md").write_text(fixed, encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--cross", str(tmp_path), "--select", "IPN5", "--format", "json")
    assert json_findings(out) == []
    assert code == 0


def test_reports_of_different_series_are_not_compared(tmp_path):
    other = REPORT_2026.replace("Example Intellectual Property Office", "Northern Province Bureau of Statistics") \
        .replace("National Conference of Intellectual Property Offices", "Provincial Statistics Meeting")
    reports = [(ipnlp.analyze(REPORT_2025, path="a.md"), REPORT_2025),
               (ipnlp.analyze(other, path="b.md"), other)]
    assert cross_check(reports) == []
    # ... unless the caller says they are one series
    assert {f.code for f in cross_check(reports, series="mine")} == {"IPN501", "IPN502"}


def test_series_survives_a_new_speaker_and_years_come_from_the_date_line():
    renamed = REPORT_2026.replace("Work Report of the Director General", "Work Report of Director General Li Hua")
    documents = place_in_series([(ipnlp.analyze(REPORT_2025, path="a.md"), None),
                                 (ipnlp.analyze(renamed, path="b.md"), None)])
    assert [d.year for d in documents] == [2025, 2026]
    assert documents[0].series == documents[1].series


def test_explicit_years_override_the_date_line():
    untitled = "I. Results\n\nThe total import and export of intellectual property royalties was 1 yuan.\n"
    report = ipnlp.analyze(untitled, path="x.md")
    assert place_in_series([(report, None)]) == []
    placed = place_in_series([(report, None)], series="s", years={"x.md": 2030})
    assert [(d.series, d.year) for d in placed] == [("s", 2030)]


def test_the_same_document_twice_is_not_a_restatement():
    report = ipnlp.analyze(REPORT_2025, path="a.md")
    copy = ipnlp.analyze(REPORT_2025, path="copy/a.md")
    assert cross_check([report, copy], series="s") == []


@pytest.mark.parametrize(("first", "second", "same"), [
    ("patent transfer licenses filed for the year", "The number of patent transfer licenses filed in 2024", True),
    ("effective invention patents for strategic emerging industries",
     "effective invention patents in strategic emerging industries", True),
    ("trademark registrations throughout the year", "trademark registration", True),
    ("patent transfer licenses filed for colleges", "patent transfer licenses filed", False),
    ("invention patents granted", "utility model patents granted", False),
    # a compound is one word, also when a line break lost one of its hyphens
    ("cost-to-income ratio of retail lenders", "cost-toincome ratio of retail lenders", True),
    ("loan-to-value ratio", "loan value ratio", False),
    # the population a regulator reports on throughout, named once and left out the next time
    ("non-performing loan ratio", "non-performing loan ratio of the credit union sector", True),
    ("non-performing loan ratio", "non-performing loan ratio for property lending", False),
    # a subject that ran on into its sentence's next clause
    ("deposits of credit unions rose by 4.1% in 2024, after", "deposits of credit unions", True),
])
def test_metric_identity_from_normalised_subjects(first, second, same):
    assert (subject_words(first) == subject_words(second)) is same


def _claim(text: str, value: float, unit: str, qualifier: str = "exact", yoy=None):
    return ipnlp.Claim(id="c", start=0, end=len(text), text=text, value=value, unit=unit,
                       qualifier=qualifier, yoy=yoy, subject="x y", sentence=ipnlp.SentenceRef(start=0, end=1))


@pytest.mark.parametrize(("text", "value", "qualifier", "inside", "outside"), [
    ("4.756 million", 4_756_000, "exact", 4_756_400, 4_757_000),   # stated to the thousand
    ("613,000", 613_000, "exact", 613_000.4, 612_900),              # every written digit counts
    ("470,000", 470_000, "approximately", 474_000, 476_000),       # rounded at its last non-zero digit
    ("22,000", 22_000, "more_than", 1e9, 21_000),
    ("95.2%", 95.2, "exact", 95.24, 95.3),
])
def test_interval_follows_the_wording(text, value, qualifier, inside, outside):
    low, high = interval(_claim(text, value, "patents", qualifier))
    assert low <= inside <= high
    assert not low <= outside <= high


def test_implied_previous_value_of_a_percent_change_and_of_percentage_points():
    up = ipnlp.Change(value=29.9, unit="percent", direction="up", start=0, end=1, text="up 29.9%")
    low, high = implied_previous(_claim("613,000", 613_000, "licenses", yoy=up))
    assert low < 613_000 / 1.299 < high and high - low < 400  # 29.9 is +-0.05 points
    pp = ipnlp.Change(value=0.44, unit="percentage_point", direction="up", start=0, end=1,
                      text="up 0.44 percentage points")
    low, high = implied_previous(_claim("13.04%", 13.04, "percent", yoy=pp))
    assert low < 12.60 < high
    # a percent change of a percentage is ambiguous (relative or misused points): no inference
    ambiguous = ipnlp.Change(value=0.44, unit="percent", direction="up", start=0, end=1, text="up 0.44%")
    assert implied_previous(_claim("13.04%", 13.04, "percent", yoy=ambiguous)) is None
    # a claim that is the change itself ("increased by about 60 basis points") implies no previous level
    itself = ipnlp.Change(value=60, unit="basis_point", direction="up", start=0, end=34,
                          text="increased by about 60 basis points")
    assert implied_previous(_claim("increased by about 60 basis points", 60, "basis_point", yoy=itself)) is None


def test_rules_are_listed_and_documented(capsys):
    _, out, _ = run_cli(capsys, "rules", "IPN5")
    assert "IPN501  restated-value-mismatch" in out and "IPN502  yoy-implies-other-previous" in out
    _, out, _ = run_cli(capsys, "rules", "IPN502")
    for heading in ("## What it does", "## Why it matters", "## Example", "## Use instead"):
        assert heading in out
