"""The headline speed ratios, measured interleaved in one process and in CPU time.

Each round times, one after the other, spaCy's tokenizer over the shipped report paragraph by
paragraph (warm: one tokenizer for all rounds; fresh: a new ``spacy.blank("en")`` per round, its
construction not timed), ipnlp's extraction alone (``build_view``), the full ``analyze``, the full
``analyze`` of the report repeated 20 times, and quantulum3 (``pip install -e ".[bench]"``) when it
is installed. Interleaving makes a busy machine slow every contender alike; CPU time
(``time.process_time``) ignores time spent waiting for the other core. The table gives medians and
the spread (min-max of the per-round ratios). Targets (issue: speed): analyze >= 0.25x the warm
tokenizer, >= 50x quantulum3, per-word cost of the 20x report within 1.2x of the 1x report.
Nothing here asserts on time.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest
import spacy

import ipnlp
from conftest import LONG
from ipnlp.api import build_view

REPORT = Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt"
TEXT = REPORT.read_text(encoding="utf-8")
TEXT_20X = "\n".join([TEXT] * 20)
WORDS = len(TEXT.split())
PARAGRAPHS = [p for p in TEXT.split("\n") if p.strip()]
ROUNDS = 25 if LONG else 7


def _cpu_seconds(function, *args) -> float:
    started = time.process_time()
    function(*args)
    return time.process_time() - started


def _tokenize_with(tokenizer) -> None:
    for paragraph in PARAGRAPHS:
        tokenizer(paragraph)


def _contenders():
    warm = spacy.blank("en").tokenizer
    contenders = {
        "tokenizer (warm)": (lambda: _tokenize_with(warm), WORDS),
        "tokenizer (fresh)": None,  # built per round below
        "extraction (build_view)": (lambda: build_view(TEXT), WORDS),
        "analyze": (lambda: ipnlp.analyze(TEXT), WORDS),
        "analyze, report x20": (lambda: ipnlp.analyze(TEXT_20X), WORDS * 20),
    }
    try:
        from quantulum3 import parser
    except ImportError:
        parser = None
    if parser is not None:
        contenders["quantulum3"] = (lambda: parser.parse(TEXT), WORDS)
    return contenders


def _run_rounds() -> dict[str, list[float]]:
    contenders = _contenders()
    for entry in contenders.values():  # warm caches, tables and compiled patterns
        if entry is not None:
            entry[0]()
    rates: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(ROUNDS):
        for name, entry in contenders.items():
            if entry is None:
                seconds = _cpu_seconds(_tokenize_with, spacy.blank("en").tokenizer)
                words = WORDS
            else:
                function, words = entry
                seconds = _cpu_seconds(function)
            rates[name].append(words / max(seconds, 1e-9))
    return rates


RATIOS = [
    ("analyze / tokenizer (warm)", "analyze", "tokenizer (warm)", "target >= 0.25"),
    ("analyze / tokenizer (fresh)", "analyze", "tokenizer (fresh)", ""),
    ("extraction / tokenizer (warm)", "extraction (build_view)", "tokenizer (warm)", ""),
    ("analyze / quantulum3", "analyze", "quantulum3", "target >= 50"),
    ("per-word cost, x20 / x1", "analyze", "analyze, report x20", "target <= 1.2"),
]


@pytest.mark.benchmark(group="ratios")
def test_speed_ratios(benchmark):
    rates = benchmark.pedantic(_run_rounds, rounds=1, iterations=1)
    lines = [f"\n{ROUNDS} interleaved rounds, CPU time, words/s (median, min-max):"]
    for name, values in rates.items():
        lines.append(f"  {name:28s} {statistics.median(values):>12,.0f}  ({min(values):,.0f}-{max(values):,.0f})")
        benchmark.extra_info[f"{name} words/s"] = round(statistics.median(values))
    lines.append("ratios (median of per-round ratios, spread min-max):")
    for label, top, bottom, target in RATIOS:
        if top not in rates or bottom not in rates:
            lines.append(f"  {label:32s} n/a ({bottom} not measured)")
            continue
        per_round = [a / b for a, b in zip(rates[top], rates[bottom], strict=True)]
        median = statistics.median(per_round)
        benchmark.extra_info[label] = round(median, 3)
        lines.append(f"  {label:32s} {median:8.3f}  ({min(per_round):.3f}-{max(per_round):.3f})  {target}")
    print("\n".join(lines))
