"""Batch throughput in words per second, 1 vs 2 processes, over the synthetic corpus.

Run with ``make bench`` (or ``pytest benchmarks/test_batch_throughput.py --benchmark-only``). The
corpus (``corpus.py``) is generated at run time into a temporary directory: 200 report-sized
documents in the quick profile, 1,000 in the long one (``make bench-long``), or
``IPNLP_BENCH_DOCS``. Single-document speed and the reference to quantulum3 are in
test_ratios.py. Nothing asserts on time.
"""

from __future__ import annotations

import os

import pytest

import ipnlp
from conftest import LONG
from corpus import generate_corpus

THROUGHPUT_DOCS = int(os.environ.get("IPNLP_BENCH_DOCS", "1000" if LONG else "200"))
_RESULTS: dict[str, float] = {}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    paths, _ = generate_corpus(tmp_path_factory.mktemp("corpus"), THROUGHPUT_DOCS)
    sample = paths
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
