"""A batch of 1,000 reports through ``ipnlp.analyze_many``, in words per second.

The corpus (``corpus.py``: the shipped report with perturbed figures) is generated at run time into
a temporary directory; ``IPNLP_BENCH_DOCS`` changes how many documents it has. In the quick profile
each document is a short report of about 700 words (the title and a run of the paragraphs, a
different run in each) and the batch runs with 2 processes (what ``--jobs 0`` gives on a 2-core machine):
1,000 full reports are 5.8 million words, minutes of CPU on their own, which would not leave the
quick profile under 5 minutes on a loaded machine. The long profile runs 1,000 full reports with 1
and with 2 processes. (The 20x report of test_ratios.py measures the opposite shape: one long
document.) Throughput is
wall-clock here (CPU time of worker processes is not this process's), taken per chunk of 200
documents, so the summary shows a spread; it is also given as a ratio to the single-report
``analyze`` rate measured in the same run (test_ratios.py), which shows what reading files, shipping
reports between processes and the second core add or take. Nothing asserts on time.
"""

from __future__ import annotations

import os
import time

import pytest

import ipnlp
from conftest import LONG, RATES, add_row, median
from corpus import generate_corpus

DOCUMENTS = int(os.environ.get("IPNLP_BENCH_DOCS", "1000"))
WORDS_PER_DOCUMENT = None if LONG else 600  # None: the whole report
CHUNK = max(1, DOCUMENTS // 5)
PROCESSES = [1, 2] if LONG else [2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    paths, _ = generate_corpus(tmp_path_factory.mktemp("corpus"), DOCUMENTS, words=WORDS_PER_DOCUMENT)
    words = [len(path.read_text(encoding="utf-8").split()) for path in paths]
    return paths, words


@pytest.mark.benchmark(group="batch-throughput")
@pytest.mark.parametrize("n_process", PROCESSES)
def test_analyze_many_throughput(benchmark, corpus, n_process):
    paths, words = corpus

    def run() -> list[float]:
        chunk_rates, done, chunk_words = [], 0, 0
        started = time.perf_counter()
        for index, result in enumerate(ipnlp.analyze_many(paths, n_process=n_process)):
            assert isinstance(result, ipnlp.Report), result
            done += 1
            chunk_words += words[index]
            if done % CHUNK == 0 or done == len(paths):
                now = time.perf_counter()
                chunk_rates.append(chunk_words / max(now - started, 1e-9))
                started, chunk_words = now, 0
        assert done == len(paths)
        return chunk_rates

    rates = benchmark.pedantic(run, rounds=1, iterations=1, warmup_rounds=0)
    size = f"{round(sum(words) / len(words), -2):,.0f}-word " if WORDS_PER_DOCUMENT else ""
    label = f"batch of {len(paths):,} {size}reports, {n_process} process{'es' if n_process > 1 else ''}"
    row = add_row(f"words/s: {label} (wall, per {CHUNK} docs)", rates)
    benchmark.extra_info.update(documents=len(paths), words=sum(words), words_per_second=round(row.median))

    single = RATES.get("analyze")  # the single-report rate of the same run (test_ratios.py), when it ran
    if single:
        reference = median(single)
        add_row(f"{label} / analyze (1 report, CPU)", [rate / reference for rate in rates])
