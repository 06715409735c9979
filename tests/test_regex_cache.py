"""The on-disk cache of compiled patterns (ipnlp.regex_cache): a pattern loaded from it matches as
the compiled one does, and a missing, damaged or foreign cache file costs a compile, never a wrong
pattern or an error."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import pytest
import regex

from ipnlp import regex_cache
from ipnlp.extract.tables import alternation

PATTERNS = [
    (r"(?i:\b(?:jan(?:uary)?|feb(?:ruary)?)\b)\s+(?P<y>\d{4})", regex.IGNORECASE, "In JANUARY 2024 and feb 2023"),
    (r"(?<![\w.,])\d{1,3}(?:,\d{3})+", 0, "1,234,567 and 12,000.5 and x1,000"),
    (r"\p{Han}|[[\p{L}\p{N}]--\p{Han}]+", regex.V1, "发明专利 patents 2024"),
    (r"(?P<a>ab|a)(?P=a)?b", 0, "abab aab ab"),
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("IPNLP_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_loaded", {})
    monkeypatch.setattr(regex_cache, "_added", {})
    return tmp_path


def _fresh_process_matches(pattern: str, flags: int, text: str, cache: str) -> list:
    """What a new process finds with ``regex_cache.compile``, and whether it compiled the pattern."""
    code = (
        "import sys, json; from ipnlp import regex_cache as c; "
        "p = c.compile(sys.argv[1], int(sys.argv[2])); "
        "print(json.dumps([[m.span(), m.groupdict()] for m in p.finditer(sys.argv[3])] + [len(c._added)]))"
    )
    env = {**os.environ, "IPNLP_CACHE_DIR": cache}
    out = subprocess.run([sys.executable, "-c", code, pattern, str(int(flags)), text], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


@pytest.mark.parametrize(("pattern", "flags", "text"), PATTERNS)
def test_a_pattern_from_the_cache_matches_as_a_compiled_one(pattern, flags, text, tmp_path):
    expected = [[list(m.span()), m.groupdict()] for m in regex.compile(pattern, flags).finditer(text)]
    first = _fresh_process_matches(pattern, flags, text, str(tmp_path))
    second = _fresh_process_matches(pattern, flags, text, str(tmp_path))
    assert first[:-1] == expected and first[-1] == 1  # compiled, and written at exit
    assert second[:-1] == expected and second[-1] == 0  # loaded from the file


@pytest.mark.parametrize("content", [
    b"not a pickle",
    pickle.dumps({("a+", 0): b"garbage"}),
    pickle.dumps(["a list"]),
    # A pickle that would call os.system when loaded: refused, the pattern is compiled instead.
    b"cos\nsystem\n(S'echo unsafe'\ntR.",
    pickle.dumps({("a+", 0): b"cos\nsystem\n(S'echo unsafe'\ntR."}),
    pickle.dumps({("a+", 0): pickle.dumps(regex.compile("b+"))}),  # filed under another pattern
])
def test_a_damaged_or_foreign_cache_file_is_compiled_over(cache_dir, content):
    regex_cache.cache_file().write_bytes(content)
    pattern = regex_cache.compile("a+")
    assert pattern.pattern == "a+"
    assert pattern.findall("caaab b") == ["aaa"]


def test_an_empty_cache_dir_turns_the_cache_off(cache_dir, monkeypatch):
    monkeypatch.setenv("IPNLP_CACHE_DIR", "")
    assert regex_cache.cache_file() is None
    assert regex_cache.compile("x+").findall("xx") == ["xx"]
    regex_cache.save()
    assert list(cache_dir.iterdir()) == []


def test_an_unwritable_cache_dir_is_no_error(cache_dir, monkeypatch):
    monkeypatch.setenv("IPNLP_CACHE_DIR", str(cache_dir / "file-not-dir" / "sub"))
    (cache_dir / "file-not-dir").write_text("a file where the directory would be")
    regex_cache.compile("y+")
    regex_cache.save()  # nothing raised


@pytest.mark.parametrize(("surfaces", "expected"), [
    (["dollars", "us dollars", "usd", "eur"], r"us\s+dollars|dollars|eur|usd"),
    (["b", "a", "c"], "a|b|c"),
    ([], "(?!)"),
])
def test_alternation_is_the_same_string_in_every_run(surfaces, expected):
    # Longest first, ties in text order: a set's order changes with the hash seed, and a pattern
    # spelled differently in each run would never be found in the cache again.
    assert alternation(surfaces) == expected
    assert alternation(list(reversed(surfaces))) == expected
