"""[tool.ipnlp] loading, validation (E006/E007) and the merge with command-line flags."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from ipnlp.config import Settings, load_settings, settings_from_table
from ipnlp.errors import IpnlpError

from ._fake_rules import install


def write_pyproject(directory: Path, body: str) -> Path:
    path = directory / "pyproject.toml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_defaults_select_everything_and_fail_on_errors():
    settings = Settings()
    assert settings.select == ("ALL",) and settings.ignore == () and settings.fail_on == "error"
    assert settings.baseline is None and not settings.per_file_ignores


def test_full_table_is_read(tmp_path):
    write_pyproject(tmp_path, """
        [tool.ipnlp]
        select = ["IPN1", "IPN201"]
        ignore = ["IPN104"]
        fail-on = "warning"
        baseline = "ipnlp-baseline.json"
        [tool.ipnlp.per-file-ignores]
        "drafts/*.md" = ["IPN2"]
    """)
    settings = load_settings(start=tmp_path)
    assert settings.select == ("IPN1", "IPN201")
    assert settings.ignore == ("IPN104",)
    assert settings.fail_on == "warning"
    assert settings.per_file_ignores == {"drafts/*.md": ("IPN2",)}
    # The baseline path is relative to the pyproject.toml, not to wherever ipnlp runs.
    assert Path(settings.baseline) == tmp_path / "ipnlp-baseline.json"
    assert Path(settings.root) == tmp_path


def test_nearest_pyproject_with_a_tool_ipnlp_table_wins(tmp_path):
    write_pyproject(tmp_path, '[tool.ipnlp]\nfail-on = "info"\n')
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    write_pyproject(tmp_path / "a", '[project]\nname = "unrelated"\n')  # no [tool.ipnlp]: skipped
    assert load_settings(start=nested).fail_on == "info"
    write_pyproject(nested, '[tool.ipnlp]\nfail-on = "warning"\n')
    assert load_settings(start=nested).fail_on == "warning"


def test_no_pyproject_gives_defaults(tmp_path):
    assert load_settings(start=tmp_path) == Settings()


def test_explicit_config_file(tmp_path):
    config = write_pyproject(tmp_path, '[tool.ipnlp]\nignore = ["IPN2"]\n')
    other = tmp_path / "work"
    other.mkdir()
    assert load_settings(config, start=other).ignore == ("IPN2",)


def test_explicit_config_file_must_exist(tmp_path):
    with pytest.raises(IpnlpError, match=r"E006.*not found"):
        load_settings(tmp_path / "missing.toml")


@pytest.mark.parametrize(("body", "fragment"), [
    ('[tool.ipnlp]\nfail-on = "fatal"\n', "fail-on must be one of error, warning, info"),
    ('[tool.ipnlp]\nselect = [1, 2]\n', "select must be a list of rule codes"),
    ('[tool.ipnlp]\nselcet = ["IPN1"]\n', "unknown key 'selcet'"),
    ('[tool.ipnlp]\nper-file-ignores = ["x"]\n', "per-file-ignores must be a table"),
    ('[tool.ipnlp]\nbaseline = 3\n', "baseline must be a file path"),
    ('[tool.ipnlp\nselect = []\n', "not valid TOML"),
    ('[tool]\nipnlp = 3\n', "must be a table"),
])
def test_invalid_configuration_is_E006_naming_the_problem(tmp_path, body, fragment):
    write_pyproject(tmp_path, body)
    with pytest.raises(IpnlpError) as info:
        load_settings(start=tmp_path)
    assert info.value.code == "E006"
    assert fragment in str(info.value)


def test_snake_case_keys_are_accepted():
    assert settings_from_table({"fail_on": "info"}).fail_on == "info"


def test_a_single_string_selector_is_forgiven():
    assert settings_from_table({"select": "IPN1"}).select == ("IPN1",)


def test_unknown_selectors_in_config_are_E007(monkeypatch):
    install(monkeypatch)
    for settings in (Settings(select=("IPN9",)), Settings(ignore=("nope",)),
                     Settings(per_file_ignores={"*.md": ("IPN7",)})):
        with pytest.raises(IpnlpError, match="E007"):
            settings.validate()
    assert Settings(select=("IPN1",), ignore=("gamma-info",)).validate()


# --- the command line wins ----------------------------------------------------------------------

CONFIG = Settings(select=("IPN1",), ignore=("IPN102",), fail_on="warning", baseline="old.json")


def test_nothing_given_keeps_the_configuration():
    assert CONFIG.merged() == CONFIG


def test_cli_select_starts_afresh():
    merged = CONFIG.merged(select=["IPN2"])
    assert merged.select == ("IPN2",) and merged.ignore == ()


def test_cli_select_and_ignore_replace_both():
    merged = CONFIG.merged(select=["IPN2"], ignore=["IPN202"])
    assert merged.select == ("IPN2",) and merged.ignore == ("IPN202",)


def test_cli_ignore_adds_to_the_configuration():
    merged = CONFIG.merged(ignore=["IPN101"])
    assert merged.select == ("IPN1",) and merged.ignore == ("IPN102", "IPN101")


def test_cli_fail_on_and_baseline_replace():
    merged = CONFIG.merged(fail_on="info", baseline="new.json")
    assert merged.fail_on == "info" and merged.baseline == "new.json"


def test_cli_fail_on_is_validated():
    with pytest.raises(IpnlpError, match="E006"):
        CONFIG.merged(fail_on="fatal")


def test_settings_pickle_for_worker_processes():
    import pickle

    settings = Settings(per_file_ignores={"*.md": ("IPN2",)}, root="/x")
    assert pickle.loads(pickle.dumps(settings)) == settings


def test_without_a_toml_parser_the_configuration_is_an_error_not_ignored(tmp_path, monkeypatch):
    # Python 3.10 has no tomllib and tomli is a dependency there; if it is missing anyway, the
    # project's settings must not silently stop applying (CI on 3.10 passing where 3.11 fails).
    write_pyproject(tmp_path, '[tool.ipnlp]\nfail-on = "info"\n')
    monkeypatch.setitem(sys.modules, "tomllib", None)
    monkeypatch.setitem(sys.modules, "tomli", None)
    with pytest.raises(IpnlpError, match=r"E006 .*pyproject.toml not read: Python 3.10 needs the tomli"):
        load_settings(start=tmp_path)


def test_tomli_is_a_dependency_on_python_3_10():
    from importlib.metadata import requires

    assert any(r.startswith("tomli") and "python_version < \"3.11\"" in r for r in requires("ipnlp"))


# --- one configuration for every command that reads reports ------------------------------------

REPORT = "Work Report\n\nI. Results\n\nRoyalty income reached RMB 2.3 billion yuan, up 5.2% year-on-year.\n"
COMMANDS = ["check", "analyze", "claims"]


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


def _cli(*args: str) -> int:
    from ipnlp.cli import main

    return main(list(args))


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_honours_max_bytes_from_pyproject(project, command, capsys):
    write_pyproject(project, "[tool.ipnlp]\nmax-bytes = 20\n")
    assert _cli(command, "r.txt") == 2
    assert "E004 r.txt is" in capsys.readouterr().err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_config_and_isolated(project, command, capsys):
    (project / "limits.toml").write_text("[tool.ipnlp]\nmax-bytes = 20\n", encoding="utf-8")
    assert _cli(command, "r.txt", "--config", "limits.toml") == 2
    assert "E004" in capsys.readouterr().err
    write_pyproject(project, "[tool.ipnlp]\nmax-bytes = 20\n")
    assert _cli(command, "r.txt", "--isolated") in (0, 1)
    assert "E004" not in capsys.readouterr().err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_validates_select_and_ignore(project, command, capsys):
    assert _cli(command, "r.txt", "--select", "IPN9") == 2
    assert "E007 unknown rule selector 'IPN9'" in capsys.readouterr().err
    assert _cli(command, "r.txt", "--ignore", "IPN4") in (0, 1)


def test_config_and_isolated_exclude_each_other(project, capsys):
    with pytest.raises(SystemExit) as exit_info:
        _cli("check", "r.txt", "--config", "x.toml", "--isolated")
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_analyze_shows_only_the_selected_findings(project, capsys):
    import json

    assert _cli("analyze", "r.txt", "--format", "json") == 0
    assert {f["code"] for f in json.loads(capsys.readouterr().out)["findings"]} == {"IPN405"}
    write_pyproject(project, '[tool.ipnlp]\nignore = ["IPN405"]\n')
    assert _cli("analyze", "r.txt", "--format", "json") == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_a_configured_baseline_that_does_not_exist_yet_is_a_notice(project, capsys):
    write_pyproject(project, '[tool.ipnlp]\nbaseline = "ipnlp-baseline.json"\n')
    assert _cli("check", "r.txt") == 0  # IPN405 is info: below the default fail-on
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ipnlp: note: baseline ") and "--write-baseline" in err
    assert _cli("check", "r.txt", "--write-baseline", "ipnlp-baseline.json") == 0
    capsys.readouterr()
    assert _cli("check", "r.txt", "--format", "json") == 0
    captured = capsys.readouterr()
    assert captured.err == "" and '"findings": []' in captured.out


def test_an_explicit_baseline_that_does_not_exist_is_E008(project, capsys):
    assert _cli("check", "r.txt", "--baseline", "missing.json") == 2
    assert "E008 baseline missing.json: cannot read" in capsys.readouterr().err


# --- malformed files are numbered errors naming the file, never "internal error" ----------------

@pytest.mark.parametrize(("body", "fragment"), [
    (b'tool = "x"\n', "tool must be a table"),
    (b'[tool.ipnlp]\nselect = ["IPN1\xff"]\n', "not valid TOML: not UTF-8"),
    (b"[tool.ipnlp]\nselect = " + b"[" * 3000 + b"]" * 3000 + b"\n", "not valid TOML"),
    (b"[tool.ipnlp]\nmax-bytes = 9223372036854775807\n", "max-bytes must be a number of bytes from 1 to"),
    (b"[tool.ipnlp]\nmax-bytes = 0\n", "max-bytes must be a number of bytes"),
])
@pytest.mark.parametrize("command", COMMANDS)
def test_malformed_pyproject_is_E006_naming_it(project, command, body, fragment, capsys):
    (project / "pyproject.toml").write_bytes(body)
    assert _cli(command, "r.txt") == 2
    err = capsys.readouterr().err
    assert err.startswith("ipnlp: E006 invalid configuration: ") and fragment in err, err
    assert "pyproject.toml" in err and "internal error" not in err


@pytest.mark.parametrize(("text", "fragment"), [
    ('{"ipnlp_baseline": 1, "findings": [{"fingerprint": "x", "path": 5}]}', "path must be a string"),
    ('{"ipnlp_baseline": 1, "findings": [{"fingerprint": "x", "code": ["IPN1"]}]}', "code must be a string"),
    ('{"ipnlp_baseline": 1, "findings": [' + "[" * 100_000 + "]" * 100_000 + "]}", "nested too deeply"),
    ('{"ipnlp_baseline": 1, "findings": [{"fingerprint": 5}]}', "without a fingerprint"),
])
def test_malformed_baseline_is_E008_naming_it(project, text, fragment, capsys):
    (project / "bl.json").write_text(text, encoding="utf-8")
    assert _cli("check", "r.txt", "--baseline", "bl.json") == 2
    err = capsys.readouterr().err
    assert err.startswith("ipnlp: E008 baseline bl.json: ") and fragment in err, err

