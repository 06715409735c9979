"""Cold start, as fresh processes: ``ipnlp check`` of the shipped report against
``python -c "import spacy; spacy.blank('en')"``, and that same spaCy start-up with ipnlp's
``spacy_factories`` entry points hidden from spaCy (as if ipnlp were not installed).

Rounds are interleaved; each process is measured in CPU time (user + system, from
``RUSAGE_CHILDREN``), which a busy machine disturbs less than wall time. Bytecode caching is on for
the children (an untimed first run writes it), as for any installed package, even where the
environment sets ``PYTHONDONTWRITEBYTECODE``; so is ipnlp's cache of compiled regex patterns
(``ipnlp.regex_cache``), kept in a fresh directory for the run and written by the same untimed run.
Targets (issue 11): ipnlp check <= 0.5x spaCy's start-up; ``spacy.blank`` costs no more with ipnlp
installed than without (1.0, within the spread).
Nothing asserts on time.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import LONG, add_row

REPORT = Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt"
# catalogue reads the entry points once, at import; spaCy loads every spacy_factories one when a
# Language is created. (A dict by group on Python 3.11, EntryPoints from 3.12.)
_HIDE_IPNLP = ("import warnings; warnings.simplefilter('ignore'); import catalogue; "
               "found = catalogue.AVAILABLE_ENTRY_POINTS; "
               "groups = found.items() if hasattr(found, 'items') else "
               "((g, found.select(group=g)) for g in found.groups); "
               "catalogue.AVAILABLE_ENTRY_POINTS = {group: [e for e in entries if not e.value.startswith('ipnlp.')] "
               "for group, entries in groups}; ")
COMMANDS = {
    # the console script, as a user runs it
    "ipnlp check": [str(Path(sys.executable).with_name("ipnlp")), "check", str(REPORT), "--exit-zero"],
    "spacy.blank('en')": [sys.executable, "-c", "import spacy; spacy.blank('en')"],
    "spacy.blank('en'), ipnlp hidden": [sys.executable, "-c", _HIDE_IPNLP + "import spacy; spacy.blank('en')"],
}
ROUNDS = 11 if LONG else 3
_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
# Compiled patterns as a user's second run finds them, not as whatever an earlier run left.
_ENV["IPNLP_CACHE_DIR"] = tempfile.mkdtemp(prefix="ipnlp-bench-cache-")


def _cpu_seconds(command: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_ENV)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _run_rounds() -> dict[str, list[float]]:
    for command in COMMANDS.values():
        _cpu_seconds(command)  # writes bytecode caches; not timed
    seconds: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(ROUNDS):
        for name, command in COMMANDS.items():
            seconds[name].append(_cpu_seconds(command))
    return seconds


@pytest.mark.benchmark(group="cold-start")
def test_cold_start(benchmark):
    seconds = benchmark.pedantic(_run_rounds, rounds=1, iterations=1)
    for name, values in seconds.items():
        add_row(f"CPU seconds, fresh process: {name}", values)
    blank, hidden = seconds["spacy.blank('en')"], seconds["spacy.blank('en'), ipnlp hidden"]
    check_row = add_row("cold ipnlp check / spacy.blank('en')",
                        [a / b for a, b in zip(seconds["ipnlp check"], blank, strict=True)], "<= 0.5")
    blank_row = add_row("spacy.blank('en'): ipnlp installed / hidden",
                        [a / b for a, b in zip(blank, hidden, strict=True)], "<= 1.0")
    benchmark.extra_info.update(check_vs_spacy_blank=round(check_row.median, 3),
                                spacy_blank_with_vs_without_ipnlp=round(blank_row.median, 3))
