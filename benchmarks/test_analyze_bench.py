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
def test_analyze(benchmark):
    ipnlp.analyze(TEXT)  # warm the language tables and compiled patterns
    benchmark(ipnlp.analyze, TEXT)
    _RESULTS["analyze"] = _words_per_second(benchmark)
    benchmark.extra_info["words_per_second"] = round(_RESULTS["analyze"])
    if "tokenizer" in _RESULTS:
        ratio = _RESULTS["analyze"] / _RESULTS["tokenizer"]
        benchmark.extra_info["ratio_to_tokenizer"] = round(ratio, 3)
        print(f"\nanalyze: {_RESULTS['analyze']:,.0f} words/s; tokenizer: {_RESULTS['tokenizer']:,.0f} "
              f"words/s; ratio {ratio:.2f} (target >= 0.25)")
