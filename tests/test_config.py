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


def test_without_a_toml_parser_the_file_is_skipped_with_a_note(tmp_path, monkeypatch, capsys):
    # Python 3.10 has no tomllib; ipnlp does not depend on tomli, so it says so and uses defaults.
    write_pyproject(tmp_path, '[tool.ipnlp]\nfail-on = "info"\n')
    monkeypatch.setitem(sys.modules, "tomllib", None)
    monkeypatch.setitem(sys.modules, "tomli", None)
    assert load_settings(start=tmp_path) == Settings()
    assert "needs Python 3.11" in capsys.readouterr().err
