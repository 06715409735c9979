"""Benchmark profiles and the one summary table every run ends with.

``make bench`` runs the quick profile (a few minutes on a loaded 2-core machine): the headline speed
ratios (test_ratios.py), cold start (test_coldstart.py) and a batch of 1,000 reports
(test_batch_throughput.py). ``make bench-long`` (``IPNLP_BENCH_PROFILE=long``) runs more rounds and
adds the slow probes: peak memory of a batch, time scaling on hostile input and the near-duplicate
search on a generated 1 MB report.

Each benchmark adds rows to ``SUMMARY``; the terminal summary prints them as one table of ratios
(median, min-max over the rounds, target), so one run gives every figure side by side.
``IPNLP_BENCH_SUMMARY=FILE`` also writes the table as JSON.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus.py and friends

LONG = os.environ.get("IPNLP_BENCH_PROFILE", "quick") == "long"

# The slow probes run in the long profile only: together they took most of the 19 minutes that the
# quick profile used to take, and none of them gives a headline ratio.
collect_ignore = [] if LONG else ["test_batch_memory.py", "test_scaling.py", "test_duplicates_bench.py"]


@dataclass
class Row:
    label: str
    median: float
    low: float
    high: float
    rounds: int
    target: str = ""


SUMMARY: list[Row] = []
#: Words/s of each contender per round (test_ratios.py), which later benchmarks of the run compare with.
RATES: dict[str, list[float]] = {}
#: The headline ratios run first, so that the benchmarks after them can refer to their rates.
_ORDER = ("test_ratios.py", "test_coldstart.py", "test_batch_throughput.py")


def pytest_collection_modifyitems(items) -> None:
    items.sort(key=lambda item: _ORDER.index(item.path.name) if item.path.name in _ORDER else len(_ORDER))


def add_row(label: str, values: list[float], target: str = "") -> Row:
    """Record one ratio measured over ``values`` (one value per round)."""
    row = Row(label, median(values), min(values), max(values), len(values), target)
    SUMMARY.append(row)
    return row


def pytest_terminal_summary(terminalreporter) -> None:
    if not SUMMARY:
        return
    write = terminalreporter.write_line
    write("")
    write(f"ipnlp speed ({'long' if LONG else 'quick'} profile): median (min-max over rounds)")
    write(f"| {'measure':64s} | {'median':>9s} | {'spread':>19s} | rounds | target |")
    write(f"|{'-' * 66}|{'-' * 11}|{'-' * 21}|--------|--------|")
    for row in SUMMARY:
        spread = f"{_number(row.low)}-{_number(row.high)}"
        write(f"| {row.label:64s} | {_number(row.median):>9s} | {spread:>19s} | {row.rounds:>6d} | {row.target} |")
    destination = os.environ.get("IPNLP_BENCH_SUMMARY")
    if destination:
        Path(destination).write_text(json.dumps([asdict(row) for row in SUMMARY], indent=2) + "\n",
                                     encoding="utf-8")


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3f}"
