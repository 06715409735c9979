"""Time scaling of analyze() on adversarial input: 100 kB against 1 MB must be linear
(30 kB against 300 kB in the quick profile, ``make bench``).

Linear means the 1 MB run takes at most 3x of 10x the 100 kB run. Each case reports both times and
their ratio in ``extra_info`` (and prints them). tests/test_scaling_slow.py guards the same shapes
with a wall-clock bound in the normal test tooling (``pytest -m slow``).
"""

from __future__ import annotations

import time

import pytest

import ipnlp
from conftest import LONG

SMALL, LARGE = (100_000, 1_000_000) if LONG else (30_000, 300_000)
ALLOWED_RATIO = 3 * (LARGE / SMALL)


def _repeat(unit: str):
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _nested(size: int) -> str:
    return "(" * (size // 2) + ")" * (size - size // 2)  # 50k deep at 100 kB, 500k at 1 MB


CASES = {
    "digits-and-commas": _repeat("1234,567,89,0,"),
    "nested-parentheses": _nested,
    "one-line-no-spaces": _repeat("abc123.45%xyz"),
    "more-than-more-than": _repeat("more than more than "),
}


def _best_time(text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        ipnlp.analyze(text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.benchmark(group="scaling")
@pytest.mark.parametrize("name", [
    "digits-and-commas",
    "nested-parentheses",
    "one-line-no-spaces",
    "more-than-more-than",
])
def test_time_is_linear_from_100kb_to_1mb(benchmark, name):
    make = CASES[name]
    ipnlp.analyze(make(1000))  # warm up: language tables, compiled patterns
    small_seconds = _best_time(make(SMALL), rounds=3)
    benchmark.pedantic(ipnlp.analyze, args=(make(LARGE),), rounds=2, iterations=1)
    large_seconds = benchmark.stats.stats.min
    ratio = large_seconds / small_seconds
    benchmark.extra_info.update(small_seconds=small_seconds, large_seconds=large_seconds, ratio=ratio)
    print(f"\n{name}: {SMALL // 1000} kB {small_seconds:.3f} s, {LARGE // 1000} kB {large_seconds:.3f} s, "
          f"ratio {ratio:.1f} "
          f"(allowed {ALLOWED_RATIO:.0f})")
    assert ratio <= ALLOWED_RATIO
