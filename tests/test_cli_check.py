"""``ipnlp check`` and ``ipnlp rules`` end to end, in-process, with fake rules in the registry.

Fake rules flag words: alpha (IPN101, error), beta (IPN102, warning), gamma (IPN201, info),
delta (IPN202, warning).
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from ipnlp.cli import main

from ._fake_rules import ALPHA, crashing_rule, install

CLEAN = "Nothing to see in this report.\nIt is entirely consistent.\n"
WITH_ERROR = "The first part.\nHere is alpha, and beta.\n"


@pytest.fixture(autouse=True)
def project(tmp_path, monkeypatch):
    """Fake rules, and a working directory with no pyproject.toml above it that could leak in."""
    install(monkeypatch)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def write(name: str, text: str) -> str:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(text, encoding="utf-8")
    return name


def check(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- exit codes ---------------------------------------------------------------------------------

def test_clean_report_exits_0(capsys):
    code, out, err = check(capsys, write("clean.txt", CLEAN))
    assert code == 0 and out == "No findings.\n" and err == ""


def test_an_error_finding_exits_1_and_findings_come_in_document_order(capsys):
    code, out, _ = check(capsys, write("r.txt", WITH_ERROR))
    assert code == 1
    assert out.splitlines()[:6] == ["r.txt:2:9: IPN101 [error] 'alpha' found at offset 24",
                                    "  2 | Here is alpha, and beta.",
                                    "    |         ^^^^^",
                                    "r.txt:2:20: IPN102 [warning] 'beta' found at offset 35",
                                    "  2 | Here is alpha, and beta.",
                                    "    |                    ^^^^"]


@pytest.mark.parametrize(("text", "fail_on", "expected"), [
    ("only beta here", None, 0),           # default fail-on is error
    ("only beta here", "warning", 1),
    ("only gamma here", "warning", 0),
    ("only gamma here", "info", 1),
    ("alpha", "info", 1),                  # a lower threshold still fails on more severe findings
])
def test_fail_on(capsys, text, fail_on, expected):
    args = [write("r.txt", text)] + (["--fail-on", fail_on] if fail_on else [])
    assert check(capsys, *args)[0] == expected


def test_fail_on_from_pyproject(capsys):
    write("pyproject.toml", '[tool.ipnlp]\nfail-on = "warning"\n')
    assert check(capsys, write("r.txt", "only beta here"))[0] == 1
    assert check(capsys, write("r.txt", "only beta here"), "--fail-on", "error")[0] == 0  # CLI wins


def test_exit_zero(capsys):
    code, out, _ = check(capsys, write("r.txt", WITH_ERROR), "--exit-zero")
    assert code == 0 and "IPN101" in out


def test_exit_zero_never_hides_an_unreadable_input(capsys):
    assert check(capsys, write("r.txt", WITH_ERROR), "missing.txt", "--exit-zero")[0] == 2


@pytest.mark.parametrize(("args", "fragment"), [
    (["--select", "IPN9"], "E007 unknown rule selector 'IPN9'"),
    (["--ignore", "nonsense"], "E007 unknown rule selector 'nonsense'"),
    (["--config", "missing.toml"], "E006"),
    (["--baseline", "missing.json"], "E008 baseline missing.json"),
])
def test_usage_and_configuration_errors_exit_2_without_traceback(capsys, args, fragment):
    code, _, err = check(capsys, write("r.txt", WITH_ERROR), *args)
    assert code == 2 and fragment in err and "Traceback" not in err


def test_invalid_pyproject_exits_2(capsys):
    write("pyproject.toml", '[tool.ipnlp]\nfail-on = "fatal"\n')
    code, _, err = check(capsys, write("r.txt", CLEAN))
    assert code == 2 and "E006" in err and "fail-on" in err


def test_bad_flag_value_is_a_usage_error():
    with pytest.raises(SystemExit) as info:
        main(["check", "r.txt", "--fail-on", "fatal"])
    assert info.value.code == 2


def test_unreadable_input_is_named_and_the_batch_goes_on(capsys):
    Path("bad.txt").write_bytes(b"\xff\xfe\x00 not utf-8 \xc3")
    code, out, err = check(capsys, "missing.txt", write("r.txt", WITH_ERROR), "bad.txt")
    assert code == 2
    assert "missing.txt" in err and "E001" in err
    assert "r.txt:2:9: IPN101" in out  # the readable file was still checked


def test_crashing_rule_exits_2_and_names_the_rule(capsys, monkeypatch):
    install(monkeypatch, (ALPHA, crashing_rule()))
    code, out, err = check(capsys, write("r.txt", WITH_ERROR))
    assert code == 2
    assert "IPN199 always-crashes" in err and "ZeroDivisionError" in err
    assert "IPN101" in out  # the other rules' findings are still reported


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(WITH_ERROR.encode())))
    code, out, _ = check(capsys, "-")
    assert code == 1 and out.startswith("<stdin>:2:9: IPN101")


# --- selection ------------------------------------------------------------------------------------

def codes_in(out: str) -> set[str]:
    return {line.split(": ")[1].split()[0] for line in out.splitlines() if ": IPN" in line}


ALL_WORDS = "alpha beta gamma delta"


@pytest.mark.parametrize(("pyproject", "args", "expected"), [
    ("", [], {"IPN101", "IPN102", "IPN201", "IPN202"}),
    ("", ["--select", "IPN1"], {"IPN101", "IPN102"}),
    ("", ["--select", "IPN1,IPN201"], {"IPN101", "IPN102", "IPN201"}),
    ("", ["--select", "IPN1", "--select", "IPN201"], {"IPN101", "IPN102", "IPN201"}),
    ("", ["--select", "IPN1", "--ignore", "IPN1"], set()),              # ignore wins a tie
    ("", ["--select", "IPN101", "--ignore", "IPN1"], {"IPN101"}),       # more specific wins
    ('ignore = ["IPN1"]', [], {"IPN201", "IPN202"}),
    ('ignore = ["IPN1"]', ["--select", "IPN101"], {"IPN101"}),          # CLI select starts afresh
    ('select = ["IPN1"]', ["--ignore", "IPN102"], {"IPN101"}),          # CLI ignore adds
    ('select = ["IPN2"]\nignore = ["IPN202"]', [], {"IPN201"}),
])
def test_select_and_ignore_precedence(capsys, pyproject, args, expected):
    if pyproject:
        write("pyproject.toml", f"[tool.ipnlp]\n{pyproject}\n")
    _, out, _ = check(capsys, write("r.txt", ALL_WORDS), *args, "--exit-zero")
    assert codes_in(out) == expected


def test_per_file_ignores_from_pyproject(capsys):
    write("pyproject.toml", '[tool.ipnlp.per-file-ignores]\n"drafts/*" = ["IPN1"]\n')
    _, out, _ = check(capsys, write("drafts/a.txt", ALL_WORDS), write("final/b.txt", ALL_WORDS), "--exit-zero")
    in_drafts = {line.split(": ")[1].split()[0] for line in out.splitlines() if line.startswith("drafts/")}
    in_final = {line.split(": ")[1].split()[0] for line in out.splitlines() if line.startswith("final/")}
    assert in_drafts == {"IPN201", "IPN202"}
    assert in_final == {"IPN101", "IPN102", "IPN201", "IPN202"}


def test_explicit_config_file(capsys):
    write("conf/ipnlp.toml", '[tool.ipnlp]\nselect = ["IPN2"]\n')
    _, out, _ = check(capsys, write("r.txt", ALL_WORDS), "--config", "conf/ipnlp.toml", "--exit-zero")
    assert codes_in(out) == {"IPN201", "IPN202"}


# --- output ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "github", "text"])
def test_every_format_reports_the_same_findings(capsys, fmt):
    code, out, _ = check(capsys, write("r.txt", WITH_ERROR), "--format", fmt)
    assert code == 1
    if fmt == "json":
        assert [f["code"] for f in json.loads(out)["findings"]] == ["IPN101", "IPN102"]
    elif fmt == "jsonl":
        assert [json.loads(line)["code"] for line in out.splitlines()] == ["IPN101", "IPN102"]
    elif fmt == "sarif":
        run = json.loads(out)["runs"][0]
        assert [r["ruleId"] for r in run["results"]] == ["IPN101", "IPN102"]
        assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["IPN101", "IPN102", "IPN201", "IPN202"]
    elif fmt == "github":
        assert [line.split(" ")[0] for line in out.splitlines()] == ["::error", "::warning"]
    else:
        assert codes_in(out) == {"IPN101", "IPN102"}


def test_output_file_is_written_instead_of_stdout(capsys):
    code, out, _ = check(capsys, write("r.txt", WITH_ERROR), "--format", "json", "--output", "out/f.json")
    assert code == 1 and out == ""
    assert json.loads(Path("out/f.json").read_text(encoding="utf-8"))["findings"][0]["code"] == "IPN101"


def test_output_is_atomic(capsys, monkeypatch):
    write("out.json", "previous results\n")

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    code, _, err = check(capsys, write("r.txt", WITH_ERROR), "--format", "json", "--output", "out.json")
    assert code == 2 and "No space left on device" in err
    assert Path("out.json").read_text(encoding="utf-8") == "previous results\n"  # never half-written
    assert sorted(p.name for p in Path().iterdir()) == ["out.json", "r.txt"]  # no temporary left over


def test_no_colour_when_not_a_terminal(capsys):
    _, out, _ = check(capsys, write("r.txt", WITH_ERROR))
    assert "\x1b[" not in out


# --- baseline -------------------------------------------------------------------------------------

def test_baseline_round_trip(capsys):
    write("r.txt", "alpha here.\nAnd alpha there, with beta.\n")
    code, out, err = check(capsys, "r.txt", "--write-baseline", "baseline.json")
    assert code == 0 and "wrote 3" in err
    entries = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert sorted(e["code"] for e in entries) == ["IPN101", "IPN101", "IPN102"]
    assert all(e["path"] == "r.txt" and e["message"] and e["fingerprint"] for e in entries)

    code, out, err = check(capsys, "r.txt", "--baseline", "baseline.json")
    assert (code, out, err) == (0, "No findings.\n", "")

    # Moving text around keeps accepted findings accepted; a third alpha is new and reported.
    write("r.txt", "A new first line.\n\nalpha here.\nalpha again!\nAnd alpha there, with beta.\n")
    code, out, err = check(capsys, "r.txt", "--baseline", "baseline.json")
    assert code == 1 and len([line for line in out.splitlines() if "IPN101" in line]) == 1
    assert err == ""


def test_stale_baseline_entries_are_reported(capsys):
    write("r.txt", "alpha and beta\n")
    check(capsys, "r.txt", "--write-baseline", "baseline.json")
    write("r.txt", "alpha, beta fixed away\n".replace("beta", "b"))
    code, out, err = check(capsys, "r.txt", "--baseline", "baseline.json")
    assert code == 0 and out == "No findings.\n"
    assert "stale baseline entry IPN102" in err and "1 baseline entry" in err


def test_baseline_entries_for_files_not_checked_are_not_stale(capsys):
    write("a.txt", "alpha\n")
    write("b.txt", "beta\n")
    check(capsys, "a.txt", "b.txt", "--write-baseline", "baseline.json")
    code, _, err = check(capsys, "a.txt", "--baseline", "baseline.json")
    assert code == 0 and "stale" not in err


def test_baseline_from_pyproject_is_relative_to_it(capsys):
    write("r.txt", WITH_ERROR)
    check(capsys, "r.txt", "--write-baseline", "conf/accepted.json")
    write("pyproject.toml", '[tool.ipnlp]\nbaseline = "conf/accepted.json"\n')
    assert check(capsys, "r.txt")[0] == 0
    os.chdir("conf")
    assert check(capsys, "../r.txt")[0] == 0  # the baseline is found from a subdirectory too


def test_invalid_baseline_is_E008(capsys):
    write("baseline.json", '{"something": "else"}')
    code, _, err = check(capsys, write("r.txt", WITH_ERROR), "--baseline", "baseline.json")
    assert code == 2 and "E008" in err and "--write-baseline" in err


# --- ipnlp rules ----------------------------------------------------------------------------------

def test_rules_lists_code_name_severity_summary(capsys):
    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:3] for line in lines] == [
        ["IPN101", "alpha-error", "error"], ["IPN102", "beta-warning", "warning"],
        ["IPN201", "gamma-info", "info"], ["IPN202", "delta-warning", "warning"]]
    assert lines[0].endswith("Flags the word 'alpha'.")


def test_rules_family_prefix(capsys):
    assert main(["rules", "IPN2"]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == ["IPN201", "IPN202"]


@pytest.mark.parametrize("selector", ["IPN101", "alpha-error"])
def test_rules_prints_one_rules_documentation(capsys, selector):
    assert main(["rules", selector]) == 0
    out = capsys.readouterr().out
    assert out.startswith("IPN101 alpha-error (error)\n")
    assert "What it does: reports every occurrence of 'alpha'." in out


def test_rules_json(capsys):
    assert main(["rules", "--format", "json", "IPN101"]) == 0
    assert json.loads(capsys.readouterr().out)["doc"] == ALPHA.doc


def test_rules_unknown_code_exits_2(capsys):
    assert main(["rules", "IPN999"]) == 2
    assert "E007" in capsys.readouterr().err


# --- the shipped report, with the real rules ------------------------------------------------------

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt"


@pytest.mark.skipif(not CORPUS.is_file(), reason="the shipped report is not in this checkout")
def test_shipped_report_exits_1_with_the_conflict_in_location_order(capsys, monkeypatch):
    monkeypatch.undo()  # the real registry, not the fake rules
    monkeypatch.chdir(CORPUS.parent)
    code = main(["check", "--quiet", CORPUS.name])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert any("IPN101 [error]" in line and "613,000" in line and "610,000" in line for line in lines)
    locations = [tuple(int(n) for n in line.split(":")[1:3]) for line in lines]
    assert locations == sorted(locations)
