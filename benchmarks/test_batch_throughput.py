"""Batch throughput in words per second, 1 vs 2 processes, over the synthetic corpus.

Run with ``make bench`` (or ``pytest benchmarks/test_batch_throughput.py --benchmark-only``). The
corpus (``corpus.py``, >= 1,000 documents) is generated at run time into a temporary directory;
the throughput runs take the first ``IPNLP_BENCH_DOCS`` documents (default 200) so one round stays
around a minute. In the same run, single-document ``analyze`` and — when it is installed —
quantulum3 on the same text give reference lines. Nothing asserts on time.
"""

from __future__ import annotations

import os

import pytest

import ipnlp
from corpus import REPORT, generate_corpus

CORPUS_SIZE = 1000
THROUGHPUT_DOCS = int(os.environ.get("IPNLP_BENCH_DOCS", "200"))
TEXT = REPORT.read_text(encoding="utf-8")
WORDS = len(TEXT.split())
_RESULTS: dict[str, float] = {}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    paths, _ = generate_corpus(tmp_path_factory.mktemp("corpus"), CORPUS_SIZE)
    sample = paths[:THROUGHPUT_DOCS]
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in sample)
    return sample, words


@pytest.mark.benchmark(group="batch-throughput")
@pytest.mark.parametrize("n_process", [1, 2])
def test_analyze_many_throughput(benchmark, corpus, n_process):
    paths, words = corpus

    def run() -> int:
        return sum(1 for result in ipnlp.analyze_many(paths, n_process=n_process)
                   if isinstance(result, ipnlp.Report))

    done = benchmark.pedantic(run, rounds=1, iterations=1, warmup_rounds=0)
    assert done == len(paths)
    rate = words / benchmark.stats.stats.mean
    _RESULTS[f"processes_{n_process}"] = rate
    benchmark.extra_info.update(documents=len(paths), words=words, words_per_second=round(rate))
    print(f"\nanalyze_many n_process={n_process}: {len(paths)} docs, {rate:,.0f} words/s")
    if "processes_1" in _RESULTS and "processes_2" in _RESULTS:
        speedup = _RESULTS["processes_2"] / _RESULTS["processes_1"]
        benchmark.extra_info["speedup_vs_1"] = round(speedup, 2)
        print(f"speed-up with 2 processes: {speedup:.2f}x")


@pytest.mark.benchmark(group="batch-reference")
def test_analyze_one_document(benchmark):
    benchmark(ipnlp.analyze, TEXT)
    rate = WORDS / benchmark.stats.stats.mean
    benchmark.extra_info["words_per_second"] = round(rate)
    _RESULTS["analyze_one"] = rate


@pytest.mark.benchmark(group="batch-reference")
def test_quantulum3_reference(benchmark):
    parser = pytest.importorskip("quantulum3.parser")
    parser.parse(TEXT[:2000])  # load its tables outside the timing
    benchmark.pedantic(parser.parse, args=(TEXT,), rounds=3, iterations=1)
    rate = WORDS / benchmark.stats.stats.mean
    benchmark.extra_info["words_per_second"] = round(rate)
    print(f"\nquantulum3: {rate:,.0f} words/s on the shipped report")
