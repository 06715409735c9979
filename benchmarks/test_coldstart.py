"""Cold start: ``ipnlp check`` on one report vs ``python -c "import spacy; spacy.blank('en')"``.

Both run as fresh processes, several times each; the best run is compared (the least disturbed by
the machine). Target: ipnlp check <= 1.3x the bare spaCy start-up. The ratio is printed and kept
in extra_info; nothing asserts on time.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

REPORT = Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt"
IPNLP = [str(Path(sys.executable).with_name("ipnlp")), "check", str(REPORT), "--exit-zero"]  # the console script
SPACY = [sys.executable, "-c", "import spacy; spacy.blank('en')"]
ROUNDS = 5
_BEST: dict[str, float] = {}


def _best_of(command: list[str]) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.benchmark(group="cold-start")
@pytest.mark.parametrize("name", ["spacy_blank", "ipnlp_check"])
def test_cold_start(benchmark, name):
    command = SPACY if name == "spacy_blank" else IPNLP
    best = benchmark.pedantic(_best_of, args=(command,), rounds=1, iterations=1)
    _BEST[name] = best
    benchmark.extra_info["best_seconds"] = round(best, 3)
    print(f"\n{name}: best of {ROUNDS}: {best:.3f} s")
    if len(_BEST) == 2:
        ratio = _BEST["ipnlp_check"] / _BEST["spacy_blank"]
        benchmark.extra_info["ratio_vs_spacy_blank"] = round(ratio, 2)
        print(f"ipnlp check / spacy.blank('en'): {ratio:.2f}x (target <= 1.3x)")
