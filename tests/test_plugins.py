"""Rule plugins: their own code prefix, selectable like built-in rules; a broken or clashing plugin is
skipped with a one-line warning and never stops `ipnlp check` or `ipnlp.analyze`.

The last tests install the example package of docs/plugins.md (laid out as pip would) into a temporary
directory and run the real command line on it, so the documentation runs as printed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import warnings
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

import ipnlp
from ipnlp.cli import main
from ipnlp.config import Settings
from ipnlp.errors import IpnlpError
from ipnlp.rules import registry
from ipnlp.rules.registry import PluginWarning

from ._fake_rules import word_rule

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "cnipa-2025-work-report.en.txt"
TEXT = "Work Report\n\nI. Results\n\nThe alpha office granted 7,000 patents, up 5.2% year-on-year; beta too.\n"

ACME_ALPHA = word_rule("ACME001", "acme-alpha", "warning", "alpha")
ACME_BETA = word_rule("ACME101", "acme-beta", "info", "beta")


class _EntryPoint:
    """An installed entry point: ``load()`` returns the value, or raises it if it is an exception."""

    def __init__(self, name: str, value: object) -> None:
        self.name = name
        self._value = value

    def load(self) -> object:
        if isinstance(self._value, BaseException):
            raise self._value
        return self._value


@pytest.fixture
def plugins(monkeypatch, request):
    """``plugins(name=value, ...)``: these entry points are installed, and nothing else."""
    request.addfinalizer(registry._skipped_plugins.clear)
    request.addfinalizer(registry.all_rules.cache_clear)

    def install(**values: object) -> None:
        points = [_EntryPoint(name, value) for name, value in values.items()]
        monkeypatch.setattr(registry, "entry_points",
                            lambda group: points if group == registry.ENTRY_POINT_GROUP else [])
        registry.all_rules.cache_clear()

    return install


def _all_rules_warning(*patterns: str) -> tuple:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rules = registry.all_rules()
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    for pattern in patterns:
        assert any(re.search(pattern, m) for m in messages), messages
    assert len(messages) == len(patterns), messages
    return rules


def test_plugin_rules_join_the_builtin_ones(plugins):
    plugins(acme=(ACME_ALPHA, ACME_BETA))
    rules = _all_rules_warning()
    codes = [r.code for r in rules]
    assert "ACME001" in codes and "ACME101" in codes and "IPN101" in codes
    assert codes == sorted(codes)


@pytest.mark.parametrize(("select", "ignore", "expected"), [
    (["ACME"], [], ["ACME001", "ACME101"]),
    (["acme1"], [], ["ACME101"]),
    (["ACME001"], [], ["ACME001"]),
    (["acme-beta"], [], ["ACME101"]),
    (["ACME"], ["ACME1"], ["ACME001"]),
])
def test_plugin_codes_are_selected_by_their_prefix(plugins, select, ignore, expected):
    plugins(acme=(ACME_ALPHA, ACME_BETA))
    assert [r.code for r in registry.select_rules(select, ignore)] == expected


def test_ipn_selects_only_the_builtin_rules(plugins):
    plugins(acme=(ACME_ALPHA,))
    assert all(r.code.startswith("IPN") for r in registry.select_rules(["IPN"]))


@pytest.mark.parametrize("selector", ["AC", "ACM", "ACME9", "ACME0011", "ZZZ"])
def test_a_prefix_must_be_spelt_whole(plugins, selector):
    plugins(acme=(ACME_ALPHA, ACME_BETA))
    with pytest.raises(IpnlpError, match="E007"):
        registry.select_rules([selector])


@pytest.mark.parametrize(("values", "warning", "kept"), [
    ({"acme": ImportError("No module named 'acme_ipnlp'")},
     r"E009 rule plugin 'acme' .*cannot be loaded: ImportError: No module named 'acme_ipnlp' \(plugin skipped\)", []),
    ({"acme": SyntaxError("invalid syntax")}, r"cannot be loaded: SyntaxError", []),
    ({"acme": "not a rule"}, r"'acme' .*must be a Rule or a tuple of Rules, not str", []),
    ({"acme": (ACME_ALPHA, 3)}, r"must be a Rule or a tuple of Rules", []),
    ({"acme": (ACME_ALPHA, word_rule("IPN999", "acme-x", "info", "x"))}, r"'IPN999'.*own prefix", ["ACME001"]),
    ({"acme": (ACME_ALPHA, word_rule("acme002", "acme-x", "info", "x"))}, r"'acme002'.*own prefix", ["ACME001"]),
    ({"acme": (ACME_ALPHA, word_rule("A002", "acme-x", "info", "x"))}, r"'A002'.*own prefix", ["ACME001"]),
    ({"acme": (ACME_ALPHA, word_rule("ACME02", "acme-x", "info", "x"))}, r"'ACME02'.*own prefix", ["ACME001"]),
    ({"acme": (ACME_ALPHA, word_rule("ACME002", "Acme X", "info", "x"))}, r"kebab-case", ["ACME001"]),
    ({"acme": (ACME_ALPHA, word_rule("ACME002", "acme-x", "fatal", "x"))}, r"severity must be", ["ACME001"]),
    ({"acme": (ACME_ALPHA, word_rule("ACME002", "conflicting-values", "info", "x"))},
     r"name conflicting-values is already registered", ["ACME001"]),
    ({"acme": (ACME_ALPHA,), "zeta": (word_rule("ACME001", "zeta-alpha", "info", "x"), ACME_BETA)},
     r"'zeta' .*rule 'ACME001' 'zeta-alpha' skipped: code ACME001 is already registered", ["ACME001", "ACME101"]),
])
def test_a_broken_or_clashing_plugin_is_skipped_with_a_warning(plugins, values, warning, kept):
    plugins(**values)
    rules = _all_rules_warning(warning)
    assert [r.code for r in rules if not r.code.startswith("IPN")] == kept
    assert len([r for r in rules if r.code.startswith("IPN")]) == len(registry.builtin_rules())


def test_analyze_works_with_a_broken_plugin_installed(plugins):
    plugins(acme=(ACME_ALPHA,), broken=ImportError("boom"))
    with pytest.warns(PluginWarning, match="'broken'"):
        report = ipnlp.analyze(TEXT, config=Settings(select=("ACME",)))
    assert [f.code for f in report.findings] == ["ACME001"]


def test_check_reports_a_broken_plugin_in_one_line_and_goes_on(plugins, tmp_path, capsys):
    plugins(acme=(ACME_ALPHA,), broken=ImportError("No module named 'broken_ipnlp'"))
    report = tmp_path / "r.txt"
    report.write_text(TEXT, encoding="utf-8")
    assert main(["check", str(report), "--format", "json", "--select", "ACME"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ("ipnlp: warning: E009 rule plugin 'broken' (entry point group ipnlp.rules): cannot be "
                            "loaded: ImportError: No module named 'broken_ipnlp' (plugin skipped)\n")
    assert [f["code"] for f in json.loads(captured.out)["findings"]] == ["ACME001"]


def test_selecting_the_prefix_of_a_skipped_plugin_is_a_warning_not_an_error(plugins, tmp_path, capsys):
    plugins(acme=ImportError("boom"))
    report = tmp_path / "r.txt"
    report.write_text(TEXT, encoding="utf-8")
    assert main(["check", str(report), "--select", "ACME,IPN4"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "rule selector 'ACME' matches no installed rule" in err[1]
    assert main(["check", str(report), "--select", "IPN9"]) == 2  # a built-in typo is still E007
    assert "E007" in capsys.readouterr().err


def test_real_entry_points_are_read_from_the_group(monkeypatch, request):
    request.addfinalizer(registry.all_rules.cache_clear)
    seen = []
    monkeypatch.setattr(registry, "entry_points", lambda group: seen.append(group) or [
        EntryPoint(name="fake", value="tests.test_plugins:ACME_ALPHA", group=group)])
    assert registry.plugin_rules() == (ACME_ALPHA,)
    assert seen == ["ipnlp.rules"]


# --- the documented example, installed for real ---------------------------------------------------

def _doc_blocks(language: str) -> list[str]:
    text = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    return [m.group(2) for m in re.finditer(r"^```(\w*)\n(.*?)^```", text, re.M | re.S) if m.group(1) == language]


def _install(site: Path, module: str, source: str, pyproject: str) -> None:
    """Install a one-module package the way pip lays it out: the module and a .dist-info directory
    whose entry_points.txt comes from the package's pyproject.toml (importlib.metadata reads it).
    (No pip: building a wheel needs the ``wheel`` package, which a bare venv may lack.)"""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    project = tomllib.loads(pyproject)["project"]
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    info = site / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n", encoding="utf-8")
    groups = project["entry-points"]
    (info / "entry_points.txt").write_text("".join(
        f"[{group}]\n" + "".join(f"{name} = {value}\n" for name, value in points.items())
        for group, points in groups.items()), encoding="utf-8")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """docs/plugins.md's package and a broken one, installed into a directory for PYTHONPATH."""
    site = tmp_path_factory.mktemp("site")
    pyproject = _doc_blocks("toml")[0]
    _install(site, "acme_ipnlp", _doc_blocks("python")[0], pyproject)
    _install(site, "broken_ipnlp", "raise ImportError('this plugin is broken')\n",
             pyproject.replace("acme", "broken"))
    return site


def _ipnlp(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(installed), "PATH": str(Path(sys.executable).parent)}
    return subprocess.run([sys.executable, "-m", "ipnlp", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=600)


BROKEN_WARNING = ("ipnlp: warning: E009 rule plugin 'broken' (entry point group ipnlp.rules): cannot be loaded: "
                  "ImportError: this plugin is broken (plugin skipped)")


def test_the_documented_plugin_works_when_installed(installed, tmp_path):
    (tmp_path / "REPORT.txt").write_text(
        "Work Report\n\nI. Results\n\nExports rose significantly, by 4.2%, to 3 billion yuan.\n", encoding="utf-8")
    listing = _ipnlp(installed, "rules", "ACME", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    assert [line.split()[0] for line in listing.stdout.splitlines()] == ["ACME001", "ACME002"]
    assert listing.stderr.splitlines() == [BROKEN_WARNING]  # the broken package next to it: one line
    for jobs in ("1", "2"):
        result = _ipnlp(installed, "check", "REPORT.txt", "--select", "ACME", "--format", "json", "--jobs", jobs,
                        cwd=tmp_path)
        assert result.returncode == 0, result.stderr  # warning and info only: below --fail-on error
        assert result.stderr.splitlines() == [BROKEN_WARNING]  # once, not once per worker
        assert sorted(f["code"] for f in json.loads(result.stdout)["findings"]) == ["ACME001", "ACME002"]


def test_the_documented_shell_lines_run(installed, tmp_path):
    (tmp_path / "REPORT.txt").write_text(CORPUS.read_text(encoding="utf-8"), encoding="utf-8")
    for line in _doc_blocks("sh")[0].splitlines():
        command = line.split("  #")[0].split()
        assert command[0] == "ipnlp"
        result = _ipnlp(installed, *command[1:], cwd=tmp_path)
        assert result.returncode in (0, 1), f"{line}\n{result.stderr}"
        assert "Traceback" not in result.stderr


def test_the_documented_test_snippet_runs(installed, tmp_path):
    block = _doc_blocks("python")[1]
    (tmp_path / "snippet.py").write_text(block, encoding="utf-8")
    env = {"PYTHONPATH": str(installed)}
    result = subprocess.run([sys.executable, "snippet.py"], capture_output=True, text=True, env=env, cwd=tmp_path,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    expected = [line[2:] for line in block.splitlines() if line.startswith("# ")]
    assert result.stdout.splitlines() == expected
