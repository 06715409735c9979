"""Compiled ``regex`` patterns kept on disk between runs, as Python keeps bytecode in ``__pycache__``.

``regex`` compiles a pattern in Python: the language data's long alternations (months, units,
verbs) take 10-20 ms each, and a cold ``ipnlp check`` used to spend about a fifth of its CPU time
compiling the same patterns again. A compiled ``regex`` pattern pickles as its compiled code
(``regex`` registers that reduction with ``copyreg``, so this is its public pickle protocol), and
loading it back skips the parser: about 0.5 ms instead of 15 ms for the period pattern. The loaded
pattern is built by the same ``_regex.compile`` call from the same code, so it matches exactly as
a freshly compiled one.

- ``compile(pattern, flags)`` is ``regex.compile``, served from the cache when it holds the pattern.
- The cache is one file per ``regex`` version and Python version (the compiled code is specific to
  both) under ``$IPNLP_CACHE_DIR``, else ``$XDG_CACHE_HOME/ipnlp``, else ``~/.cache/ipnlp``;
  ``IPNLP_CACHE_DIR=""`` turns it off. Patterns compiled in a run are added at exit, written
  atomically (a temporary file renamed over the old one): concurrent processes lose at worst an
  entry, which the next run compiles again.
- Loading accepts nothing but ``regex`` patterns (a restricted unpickler), and any entry that does
  not load, or does not hold the pattern it is filed under, is compiled again: a damaged or foreign
  file costs time, never a wrong pattern. Nothing here raises for the cache's sake.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import pickle
import sys
import tempfile
import threading
from pathlib import Path

import regex

#: Bumped when the file's layout changes; part of the file name with the versions it depends on.
FORMAT = 1
#: Entries kept at most: past this the file starts afresh with the last run's patterns, so a
#: pattern spelled differently in every run cannot grow it without bound.
MAX_ENTRIES = 2_000
_Key = tuple[str, int]

_lock = threading.Lock()
_stored: dict[_Key, bytes] | None = None  # what the file held, pickled pattern by pattern
_loaded: dict[_Key, regex.Pattern[str]] = {}
_added: dict[_Key, bytes] = {}  # compiled in this run, written at exit
_exit_hook = False


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, loaded from the on-disk cache when it holds it."""
    key = (pattern, int(flags))
    found = _loaded.get(key)
    if found is not None:
        return found
    with _lock:
        found = _loaded.get(key)
        if found is None:
            found = _from_store(key)
            if found is None:
                found = regex.compile(pattern, flags)
                _remember(key, found)
            _loaded[key] = found
    return found


def cache_file() -> Path | None:
    """Where this interpreter's patterns are kept, or None when caching is off."""
    directory = os.environ.get("IPNLP_CACHE_DIR")
    if directory is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        directory = os.path.join(base, "ipnlp")
    if not directory:
        return None
    python = f"{sys.implementation.cache_tag}"
    return Path(directory) / f"regex-{FORMAT}-{regex.__version__}-{python}-v{int(regex.DEFAULT_VERSION)}.pickle"


#: Where a pickled pattern names its constructor (``regex._regex`` in the regex package).
_REGEX_COMPILE = frozenset({("regex._regex", "compile"), ("_regex", "compile")})


class _PatternsOnly(pickle.Unpickler):
    """Unpickles ``regex`` patterns and nothing else: a pattern pickles as ``_regex.compile(...)``
    with plain data arguments, so no other callable may be named in the file."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) in _REGEX_COMPILE:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a regex pattern")


class _DataOnly(pickle.Unpickler):
    """The file's outer layer: a dict of (str, int) keys and bytes values, nothing to construct."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the pattern cache")


def _from_store(key: _Key) -> regex.Pattern[str] | None:
    global _stored
    if _stored is None:
        _stored = _read_store()
    data = _stored.get(key)
    if data is None:
        return None
    try:
        pattern = _PatternsOnly(io.BytesIO(data)).load()
    except Exception:  # a damaged entry: compile the pattern again
        return None
    if not isinstance(pattern, regex.Pattern) or pattern.pattern != key[0]:
        return None
    return pattern


def _read_store() -> dict[_Key, bytes]:
    path = cache_file()
    if path is None:
        return {}
    try:
        with open(path, "rb") as file:
            entries = _DataOnly(file).load()
    except Exception:  # missing, unreadable or damaged: start afresh
        return {}
    if not isinstance(entries, dict):
        return {}
    return {key: value for key, value in entries.items()
            if isinstance(key, tuple) and len(key) == 2 and isinstance(value, bytes)}


def _remember(key: _Key, pattern: regex.Pattern[str]) -> None:
    global _exit_hook
    if cache_file() is None:
        return
    try:
        _added[key] = pickle.dumps(pattern, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a pattern regex cannot pickle is simply not cached
        return
    if not _exit_hook:
        atexit.register(save)
        _exit_hook = True


def save() -> None:
    """Write the patterns compiled in this run into the cache file (run at exit)."""
    path = cache_file()
    if path is None or not _added:
        return
    with _lock:
        entries = {**_read_store(), **_added}
        if len(entries) > MAX_ENTRIES:
            entries = dict(_added)
        _added.clear()
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=path.name, suffix=".tmp",
                                         delete=False) as file:
            temporary = file.name
            pickle.dump(entries, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except Exception:  # a read-only or full disk: the next run compiles again
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
