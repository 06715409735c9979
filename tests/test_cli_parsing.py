"""The command line's parsing: help with no arguments, global options anywhere, "did you mean",
`python -m ipnlp`, and a `--version` that imports nothing heavy."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ipnlp import __version__
from ipnlp.cli import build_parser, main
from ipnlp.cli._parser import parse


def test_no_arguments_prints_the_help_and_is_a_usage_error(capsys):
    assert main([]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("usage: ipnlp") and "check" in captured.err and "exit status:" in captured.err


@pytest.mark.parametrize("argv", [
    ["--debug", "check", "r.txt"],
    ["check", "--debug", "r.txt"],
    ["check", "r.txt", "--debug"],
    ["rules", "--debug"],
])
def test_global_options_before_or_after_the_command(argv):
    assert parse(build_parser(), argv).debug is True


@pytest.mark.parametrize("argv", [["check", "r.txt"], ["analyze", "r.txt"], ["rules"]])
def test_global_options_default_off(argv):
    assert parse(build_parser(), argv).debug is False


@pytest.mark.parametrize(("argv", "hint"), [
    (["chek", "r.txt"], "did you mean 'check'?"),
    (["claim", "r.txt"], "did you mean 'claims'?"),
    (["check", "r.txt", "--slect", "IPN1"], "did you mean '--select'?"),
    (["check", "r.txt", "--fail-of=warning"], "did you mean '--fail-on'?"),
    (["analyze", "r.txt", "--isolatd"], "did you mean '--isolated'?"),
    (["check", "r.txt", "--format", "jsn"], "did you mean 'json'?"),
    (["report.txt"], "the command comes first, e.g. ipnlp check REPORT.txt"),
])
def test_mistakes_get_a_suggestion(capsys, argv, hint):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert hint in err.splitlines()[-1], err


def test_an_unknown_option_far_from_any_gets_no_suggestion(capsys):
    with pytest.raises(SystemExit):
        main(["check", "r.txt", "--zzzzzz"])
    assert capsys.readouterr().err.splitlines()[-1] == "ipnlp check: error: unrecognized arguments: --zzzzzz"


def test_the_unknown_option_is_reported_with_the_subcommand_usage(capsys):
    with pytest.raises(SystemExit):
        main(["claims", "r.txt", "--slect", "x"])
    assert capsys.readouterr().err.startswith("usage: ipnlp claims")


@pytest.mark.parametrize("argv", [["--version"], ["--debug", "--version"]])
def test_version(capsys, argv):
    assert main(argv) == 0
    assert capsys.readouterr().out == f"ipnlp {__version__}\n"


def _fresh(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          timeout=120).stdout


def test_version_and_the_entry_point_import_nothing_heavy():
    # `ipnlp --version` stays instant, and the Ctrl-C handler is installed before any heavy import.
    heavy = ("pydantic", "regex", "spacy", "ipnlp.api", "ipnlp.models", "argparse")
    loaded = _fresh("import sys\nfrom ipnlp.cli import main\nmain(['--version'])\n"
                    f"print(*[m for m in {heavy!r} if m in sys.modules])")
    assert loaded.splitlines() == [f"ipnlp {__version__}", ""]


def test_the_public_api_is_still_imported_on_first_use():
    assert _fresh("import ipnlp\nprint(ipnlp.analyze('Sales rose 5%.').claims[0].value, ipnlp.Settings().fail_on)") \
        == "5 error\n"


def test_python_dash_m_ipnlp():
    result = subprocess.run([sys.executable, "-m", "ipnlp", "--version"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and result.stdout == f"ipnlp {__version__}\n"
    result = subprocess.run([sys.executable, "-m", "ipnlp", "rules", "IPN101"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and result.stdout.startswith("IPN101 conflicting-values")
