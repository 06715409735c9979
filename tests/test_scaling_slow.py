"""Guards against super-linear time on adversarial input: ``pytest -m slow`` (deselected by default).

Each input is analysed in a child process with a generous wall-clock bound (linear code takes a
few seconds for 1 MB); a quadratic regex or loop blows far past it, and the child is killed rather
than hanging the run. benchmarks/test_scaling.py measures the actual 100 kB -> 1 MB scaling.
A case found super-linear is marked xfail (strict) with where the time goes until it is fixed.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

# name -> repeated unit; the text is the unit repeated up to the size.
ADVERSARIAL = {
    "digits-and-commas": "1234,567,89,0,",
    "one-line-no-spaces": "abc123.45%xyz",
    "more-than-more-than": "more than more than ",
}
_CHILD = """
import sys, ipnlp
kind, unit, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
if kind == "nested":
    text = "(" * (size // 2) + ")" * (size - size // 2)
else:
    text = (unit * (size // len(unit) + 1))[:size]
ipnlp.analyze(text)
"""


def _analyse_within(kind: str, unit: str, size: int, seconds: float) -> None:
    try:
        subprocess.run([sys.executable, "-c", _CHILD, kind, unit, str(size)], check=True,
                       timeout=seconds, capture_output=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"analysing {size:,} characters of {unit[:20]!r}... took over {seconds} s")


@pytest.mark.parametrize(("kind", "unit"), [
    pytest.param("repeat", ADVERSARIAL["digits-and-commas"], id="digits-and-commas"),
    pytest.param("nested", "", id="nested-parentheses"),  # 500k "(" then 500k ")"
    pytest.param("repeat", ADVERSARIAL["one-line-no-spaces"], id="one-line-no-spaces"),
    pytest.param("repeat", ADVERSARIAL["more-than-more-than"], id="more-than-more-than"),
])
def test_one_megabyte_of_adversarial_input_in_bounded_time(kind, unit):
    _analyse_within(kind, unit, 1_000_000, seconds=60)


# Further shapes found while fuzzing: 200 kB each (linear code: ~1 s), bound 20 s.
@pytest.mark.parametrize("unit", [
    pytest.param("1", id="one-digit-run"),
    pytest.param("1,", id="digit-comma-run"),
    pytest.param("1 ", id="many-numbers-one-sentence"),
    pytest.param("5%", id="many-percents-one-sentence"),
    pytest.param("1. ", id="digit-dot-space"),
    pytest.param("Sales rose 5%.\n\n", id="many-paragraphs-with-claims"),
    pytest.param("1. Work\n", id="many-same-number-headings"),
    pytest.param("Revenue reached 7 cases. ", id="many-sentences"),
    pytest.param("x\n", id="many-lines"),
])
def test_other_adversarial_shapes_in_bounded_time(unit):
    _analyse_within("repeat", unit, 200_000, seconds=20)
