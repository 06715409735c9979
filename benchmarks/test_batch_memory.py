"""Peak memory of a batch over N vs 10N documents: it must not grow with the corpus.

N is 20 in the quick profile (``make bench``) and 100 in the long one (``make bench-long``): the
probe runs under tracemalloc, which slows Python several times, so 1,000 documents take minutes.

Each size runs ``ipnlp claims DIR`` in a fresh subprocess (the way a user runs a collection), in
one process so that reading, analysis, rules and output all count, and reports its peak RSS
(``resource.getrusage``) and the peak of Python allocations (``tracemalloc``), where an
accumulating list of reports or an unbounded cache would show. (With ``--jobs`` the workers are
children of the forkserver, out of ``RUSAGE_CHILDREN``'s reach; they run this same code.) The
assertions allow a small constant slack, never a per-document cost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import LONG
from corpus import generate_corpus

SMALL = 100 if LONG else 20
LARGE = 10 * SMALL

_PROBE = r"""
import json, resource, sys, tracemalloc
tracemalloc.start()
from ipnlp.cli import main
code = main(["claims", sys.argv[1], "--jobs", "1", "--output", sys.argv[2]])
current, peak = tracemalloc.get_traced_memory()
rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"exit": code, "peak_rss_mb": rss_kb / 1024, "python_peak_mb": peak / 2**20,
                  "python_after_mb": current / 2**20}))
"""

_RESULTS: dict[int, dict[str, float]] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("memory")
    paths, _ = generate_corpus(root / "all", LARGE)
    small = root / "small"
    small.mkdir()
    for path in paths[:SMALL]:
        # hard links, not symlinks: a walk does not follow links out of the directory it was given
        os.link(path, small / path.name)
    return {SMALL: small, LARGE: root / "all"}, root


@pytest.mark.benchmark(group="batch-memory")
@pytest.mark.parametrize("documents", [SMALL, LARGE])
def test_peak_memory_is_flat(benchmark, corpus, documents):
    directories, root = corpus

    def run() -> dict[str, float]:
        output = root / f"claims-{documents}.csv"
        completed = subprocess.run([sys.executable, "-c", _PROBE, str(directories[documents]), str(output)],
                                   capture_output=True, text=True, check=True)
        return json.loads(completed.stdout)

    figures = benchmark.pedantic(run, rounds=1, iterations=1)
    assert figures["exit"] == 0
    _RESULTS[documents] = figures
    benchmark.extra_info.update({k: round(v, 1) for k, v in figures.items()})
    print(f"\n{documents} documents: " + ", ".join(f"{k}={v:.1f}" for k, v in figures.items()))
    if SMALL in _RESULTS and LARGE in _RESULTS:
        small, large = _RESULTS[SMALL], _RESULTS[LARGE]
        # 10x the documents may cost a few MB of allocator noise, not 10x anything.
        assert large["python_peak_mb"] <= small["python_peak_mb"] * 1.2 + 5
        assert large["peak_rss_mb"] <= small["peak_rss_mb"] * 1.2 + 10
