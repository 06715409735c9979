"""Every code block of README.md runs as printed, so the README cannot drift from the code.

- ```python blocks run as scripts (``python block.py``) in a temporary directory holding the
  shipped texts under ``corpus/``; full-line comments right after a ``print`` are its expected
  output, checked in order.
- ```sh blocks run line by line in bash with this virtualenv's ``ipnlp`` first on PATH, on
  stand-in inputs named as in the README (``REPORT.txt``, ``docs/``, ...). Set-up lines (``make``,
  ``pip install``) are skipped, and only those listed in ``SKIPPED``: a new one fails the test.
- ```toml blocks are written as ``pyproject.toml`` and every command that reads reports runs
  under them; ```json blocks must parse and hold only documented fields.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CORPUS = ROOT / "corpus" / "cnipa-2025-work-report.en.txt"
BIN = Path(sys.executable).parent

# Set-up lines, run by `make install`/`make demo` rather than here (they need the network or
# rebuild the virtualenv this test runs in).
SKIPPED = {
    "make demo",
    "make test",
    'pip install -e ".[dev]"',
    'pip install -e ".[html,pdf,docx]"',
}

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_blocks(language: str) -> list[tuple[int, str]]:
    """(line number, code) of each fenced block in ``language``."""
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, match.start()) + 1, match.group(2))
            for match in _FENCE.finditer(text) if match.group(1) == language]


def _ids(blocks: list[tuple[int, str]]) -> list[str]:
    return [f"README.md:{line}" for line, _ in blocks]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A project directory with the inputs the README's examples name."""
    (tmp_path / "corpus").mkdir()
    for shipped in (ROOT / "corpus").glob("*.txt"):  # every shipped text, the bilingual pair included
        shutil.copy(shipped, tmp_path / "corpus" / shipped.name)
    for name in ("REPORT.txt", "reports-2025.txt", "reports-2026.txt"):
        shutil.copy(CORPUS, tmp_path / name)
    for directory in ("docs", "reports"):
        (tmp_path / directory).mkdir()
        shutil.copy(CORPUS, tmp_path / directory / "report.txt")
    return tmp_path


def _environment() -> dict[str, str]:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=_environment(), capture_output=True, text=True, timeout=600)


def expected_output(code: str) -> list[str]:
    """The full-line comments directly under a line that prints: what it prints, in order."""
    expected: list[str] = []
    after_print = False
    for line in code.splitlines():
        if after_print and line.startswith("# "):
            expected.append(line[2:])
        else:
            after_print = "print(" in line
    return expected


def test_the_readme_has_blocks_of_each_kind():
    assert readme_blocks("python") and readme_blocks("sh") and readme_blocks("toml") and readme_blocks("json")


@pytest.mark.parametrize(("line", "code"), readme_blocks("python"), ids=_ids(readme_blocks("python")))
def test_python_block_runs_as_printed(workdir, line, code):
    script = workdir / "example.py"
    script.write_text(code, encoding="utf-8")
    result = _run([sys.executable, str(script)], workdir)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    printed = result.stdout.splitlines()
    position = 0
    for wanted in expected_output(code):
        assert wanted in printed[position:], f"README.md:{line}: expected {wanted!r} in the output:\n{result.stdout}"
        position = printed.index(wanted, position) + 1


def _commands(code: str) -> list[str]:
    return [line.strip() for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize(("line", "code"), readme_blocks("sh"), ids=_ids(readme_blocks("sh")))
def test_shell_block_runs_as_printed(workdir, line, code):
    for command in _commands(code):
        bare = command.split("  #")[0].split(" # ")[0].strip()
        if bare in SKIPPED:
            continue
        assert bare.split()[0] == "ipnlp" or bare.startswith("python -m ipnlp"), \
            f"README.md:{line}: not an ipnlp command: {command}"
        result = _run(["bash", "-c", command], workdir)
        assert "Traceback (most recent call last)" not in result.stderr and "ipnlp: internal error" not in result.stderr
        if bare == "ipnlp":  # documented: the help, with the exit status of a usage error
            assert result.returncode == 2 and result.stderr.startswith("usage: ipnlp"), result.stderr
            continue
        # check exits 1 when it finds something; 2 is an error, which a README example must not show
        assert result.returncode in (0, 1), f"README.md:{line}: {command}\n{result.stderr}"


def test_every_skipped_setup_line_is_in_the_readme():
    commands = {c.split("  #")[0].split(" # ")[0].strip() for _, code in readme_blocks("sh") for c in _commands(code)}
    inline = set(re.findall(r"`(pip install [^`]+)`", README.read_text(encoding="utf-8")))
    assert not SKIPPED - commands - inline, "SKIPPED names a line the README no longer has"


@pytest.mark.parametrize(("line", "code"), readme_blocks("toml"), ids=_ids(readme_blocks("toml")))
@pytest.mark.parametrize("command", ["check", "analyze", "claims"])
def test_configuration_block_works_as_pasted(workdir, line, code, command):
    (workdir / "pyproject.toml").write_text(code, encoding="utf-8")
    result = _run(["ipnlp", command, "REPORT.txt"], workdir)
    assert result.returncode in (0, 1), f"README.md:{line}: ipnlp {command}\n{result.stderr}"
    assert not re.search(r"\bE0\d\d\b", result.stderr), result.stderr


def test_json_example_holds_only_documented_fields():
    from ipnlp.models import Report

    (_, code), = readme_blocks("json")
    example = json.loads(code)
    schema = Report.model_json_schema()
    _assert_fields_known(example, schema, schema, "report")


def _assert_fields_known(value: object, node: dict, schema: dict, where: str) -> None:
    """Every key in ``value`` is a property of its schema ``node`` (following $ref and anyOf)."""
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    for option in node.get("anyOf", ()):
        if (option.get("type") == "null") == (value is None):
            _assert_fields_known(value, option, schema, where)
            return
    if isinstance(value, dict):
        properties = node.get("properties", {})
        for key, item in value.items():
            assert key in properties, f"{where}.{key} is not a field of the JSON output"
            _assert_fields_known(item, properties[key], schema, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value:
            _assert_fields_known(item, node.get("items", {}), schema, f"{where}[]")
