"""The headline speed ratios, measured interleaved in one process and in CPU time.

Each round times, one after the other, over the shipped report: spaCy's tokenizer paragraph by
paragraph (warm: one tokenizer for all rounds; fresh: a new ``spacy.blank("en")`` tokenizer per
round, its construction not timed), ipnlp's extraction alone (``build_view``), the full
``analyze``, the full ``analyze`` of the report repeated 20 times, and quantulum3 (``pip install -e
".[bench]"``, which ``make bench`` does) when it is installed. Interleaving makes a busy machine slow
every contender alike; CPU time (``time.process_time``) ignores time spent waiting for the other
core. Ratios are taken per round, and the summary gives their median and spread (min-max).
Targets (issue 11): analyze >= 0.25x the warm tokenizer, >= 50x quantulum3, per-word cost of the
20x report within 1.2x of the 1x report. Nothing here asserts on time.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import spacy

import ipnlp
from conftest import LONG, RATES, add_row, median
from ipnlp.api import build_view

REPORT = Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt"
TEXT = REPORT.read_text(encoding="utf-8")
TEXT_20X = "\n".join([TEXT] * 20)
WORDS = len(TEXT.split())
PARAGRAPHS = [p for p in TEXT.split("\n") if p.strip()]
ROUNDS = 15 if LONG else 3


def _cpu_seconds(function) -> float:
    started = time.process_time()
    function()
    return time.process_time() - started


def _tokenize_with(tokenizer) -> None:
    for paragraph in PARAGRAPHS:
        tokenizer(paragraph)


def _contenders() -> dict[str, tuple[object, int]]:
    warm = spacy.blank("en").tokenizer
    contenders: dict[str, tuple[object, int]] = {
        "tokenizer (warm)": (lambda: _tokenize_with(warm), WORDS),
        "tokenizer (fresh)": (None, WORDS),  # a new tokenizer per round, built untimed below
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
    for function, _ in contenders.values():  # warm caches, tables and compiled patterns
        if function is not None:
            function()
    rates: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(ROUNDS):
        for name, (function, words) in contenders.items():
            if function is None:
                fresh = spacy.blank("en").tokenizer
                seconds = _cpu_seconds(lambda: _tokenize_with(fresh))  # noqa: B023 (called right here)
            else:
                seconds = _cpu_seconds(function)
            rates[name].append(words / max(seconds, 1e-9))
    return rates


RATIOS = [
    ("analyze / tokenizer (warm)", "analyze", "tokenizer (warm)", ">= 0.25"),
    ("analyze / tokenizer (fresh)", "analyze", "tokenizer (fresh)", ""),
    ("extraction / tokenizer (warm)", "extraction (build_view)", "tokenizer (warm)", ""),
    ("analyze / quantulum3", "analyze", "quantulum3", ">= 50"),
    ("per-word cost, report x20 / x1", "analyze", "analyze, report x20", "<= 1.2"),
    # The rest of analyze's time is the rules': this says where the time goes.
    ("extraction share of analyze time", "analyze", "extraction (build_view)", ""),
]


@pytest.mark.benchmark(group="ratios")
def test_speed_ratios(benchmark):
    rates = benchmark.pedantic(_run_rounds, rounds=1, iterations=1)
    RATES.update(rates)
    for name, values in rates.items():
        add_row(f"words/s: {name}", values)
        benchmark.extra_info[f"{name} words/s"] = round(median(values))
    for label, top, bottom, target in RATIOS:
        if top not in rates or bottom not in rates:
            print(f"{label}: not measured ({bottom} missing; make bench installs the bench extra)")
            continue
        row = add_row(label, [a / b for a, b in zip(rates[top], rates[bottom], strict=True)], target)
        benchmark.extra_info[label] = round(row.median, 3)
