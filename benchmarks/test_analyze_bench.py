"""analyze() throughput on the shipped report, against spaCy's tokenizer on the same text.

Run with ``make bench``. The baseline is ``spacy.blank("en")`` tokenizing the report paragraph by
paragraph (its fast path: the tokenizer cache is not reset by special cases within one call).
The ratio analyze/tokenizer is printed and stored in the benchmark's extra_info; the target is
>= 0.25. Nothing here asserts on time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import ipnlp
from ipnlp.api import build_view

REPORT = Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt"
TEXT = REPORT.read_text(encoding="utf-8")
WORDS = len(TEXT.split())
PARAGRAPHS = [p for p in TEXT.split("\n") if p.strip()]
_RESULTS: dict[str, float] = {}


def _words_per_second(benchmark) -> float:
    return WORDS / benchmark.stats.stats.mean


@pytest.mark.benchmark(group="analyze-vs-tokenizer")
def test_spacy_tokenizer_baseline(benchmark):
    nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer

    def tokenize_paragraphs():
        return [tokenizer(paragraph) for paragraph in PARAGRAPHS]

    benchmark(tokenize_paragraphs)
    _RESULTS["tokenizer"] = _words_per_second(benchmark)
    benchmark.extra_info["words_per_second"] = round(_RESULTS["tokenizer"])


@pytest.mark.benchmark(group="analyze-vs-tokenizer")
def test_spacy_tokenizer_cold_cache(benchmark):
    """The same, with a fresh tokenizer each round: what one new document costs in a new process."""

    def fresh_tokenizer():
        return (spacy.blank("en").tokenizer,), {}

    def tokenize_paragraphs(tokenizer):
        return [tokenizer(paragraph) for paragraph in PARAGRAPHS]

    benchmark.pedantic(tokenize_paragraphs, setup=fresh_tokenizer, rounds=15)
    _RESULTS["tokenizer_cold"] = _words_per_second(benchmark)
    benchmark.extra_info["words_per_second"] = round(_RESULTS["tokenizer_cold"])


@pytest.mark.benchmark(group="analyze-vs-tokenizer")
def test_extract_only(benchmark):
    """Segmentation and claim extraction without the consistency rules."""
    build_view(TEXT)
    benchmark(build_view, TEXT)
    _RESULTS["extract"] = _words_per_second(benchmark)
    benchmark.extra_info["words_per_second"] = round(_RESULTS["extract"])


@pytest.mark.benchmark(group="analyze-vs-tokenizer")
def test_analyze(benchmark):
    ipnlp.analyze(TEXT)  # warm the language tables and compiled patterns
    benchmark(ipnlp.analyze, TEXT)
    _RESULTS["analyze"] = _words_per_second(benchmark)
    benchmark.extra_info["words_per_second"] = round(_RESULTS["analyze"])
    print()
    for name in ("analyze", "extract"):
        for baseline in ("tokenizer", "tokenizer_cold"):
            if name in _RESULTS and baseline in _RESULTS:
                ratio = _RESULTS[name] / _RESULTS[baseline]
                benchmark.extra_info[f"{name}_to_{baseline}"] = round(ratio, 3)
                print(f"{name}: {_RESULTS[name]:,.0f} words/s vs {baseline}: {_RESULTS[baseline]:,.0f} words/s"
                      f" -> ratio {ratio:.3f} (target >= 0.25)")
