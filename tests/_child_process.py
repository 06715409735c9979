"""Run code in a child Python under a wall-clock bound, for the ``-m slow`` time guards.

A super-linear regex or loop would hang the test run; in a child it is killed at the bound instead
and the test fails naming what took too long.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


def run_child(code: str, *args: str, seconds: float, what: str) -> str:
    """``python -c code args...``: its stdout; the test fails if it takes over ``seconds`` or exits non-zero."""
    try:
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what} took over {seconds} s")
    if done.returncode != 0:
        pytest.fail(f"{what}: exit {done.returncode}: {done.stderr[-500:]}")
    return done.stdout


# The text is `unit` repeated up to `size` characters, or with kind "nested" size/2 "(" then ")".
_ANALYSE_CHILD = """
import sys, ipnlp
kind, unit, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
if kind == "nested":
    text = "(" * (size // 2) + ")" * (size - size // 2)
else:
    text = (unit * (size // len(unit) + 1))[:size]
ipnlp.analyze(text)
"""


def analyse_within(unit: str, size: int, *, seconds: float, kind: str = "repeat") -> None:
    """Analyse ``size`` characters of ``unit`` repeated (or nested parentheses) in a child within ``seconds``."""
    run_child(_ANALYSE_CHILD, kind, unit, str(size), seconds=seconds,
              what=f"analysing {size:,} characters of {unit[:20]!r}...")
