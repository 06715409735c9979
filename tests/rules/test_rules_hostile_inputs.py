"""Hostile shapes that once made a rule super-linear, and proof that the bounds added against them
keep finding what the rules are for.

The shapes: a long hyphen chain ending in a full stop and a digit (IPN403's glued-marker regex
re-scanned the line from every hyphen), one sentence of hundreds of comma clauses (IPN202 tried
every clause break against every word), and two long sentences of one repeated word (IPN201 and
IPN202 aligned them word by word with difflib). The timing guards run under ``-m slow`` only and
compare a small and an 8x larger input in a child process, as tests/test_scaling_slow.py does.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from ipnlp.api import build_view
from ipnlp.rules.figures import stray_footnote_marker
from ipnlp.rules.text import duplicate_clause, duplicate_sentence
from ipnlp.rules.text._restatement import MAX_ALIGNED_WORDS


def _codes(rule, text: str) -> list[str]:
    return [f.code for f in rule.RULE.check(build_view(text))]


# --- the bounds keep the findings --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "flagged"), [
    ("Turnover rose by a third year-on-year.4 Margins held.", True),
    ("The well-known self-assessment.2 Next sentence.", True),
    ("a-" * 2000 + "a.1x", False),  # no sentence after the digit: not a marker, and no hang
    ("Section A.1 Overview", False),
])
def test_glued_marker_after_hyphenated_words(text, flagged):
    assert bool(_codes(stray_footnote_marker, text)) is flagged


def test_a_clause_restated_after_many_list_clauses_is_still_found():
    # The restatement sits next to its clause; many short clauses before it do not hide it.
    filler = ", ".join(f"item {chr(97 + i % 26)}{i}" for i in range(60))
    text = (f"The scheme covers {filler}, and we will expand green financing for small companies "
            "across the region, we will expand green financing for small companies in every district.")
    assert _codes(duplicate_clause, text) == ["IPN202"]


def test_a_long_sentence_repeated_later_is_still_found():
    # Longer than the aligned words: the first MAX_ALIGNED_WORDS decide, and they repeat.
    words = " ".join(f"term{i}" for i in range(MAX_ALIGNED_WORDS + 50))
    text = f"Opening {words}.\n\nOther text here that is unrelated to it.\n\nOpening {words}."
    assert _codes(duplicate_sentence, text) == ["IPN201"]


def test_two_long_runs_of_one_word_are_compared_without_hanging():
    run = " ".join(["alpha"] * 3000)
    # Equal runs: a repeat, found (IPN201) within the bounded alignment.
    assert _codes(duplicate_sentence, f"{run}.\n\nBeta {run}.") == ["IPN201"]
    assert isinstance(_codes(duplicate_clause, f"Alpha {run}. Alpha {run}."), list)


# --- timing guards ----------------------------------------------------------------------------------

_CHILD = """
import sys, time
from ipnlp.api import build_view
from ipnlp.rules.figures import stray_footnote_marker
from ipnlp.rules.text import duplicate_clause, duplicate_sentence
run = lambda n: " ".join(["alpha"] * n)
shapes = {
    "hyphen-chain": (stray_footnote_marker, lambda n: "a-" * n + "a.1x"),
    "comma-clauses": (duplicate_clause, lambda n: "Gamma delta epsilon zeta" + ", gamma delta epsilon zeta" * n + "."),
    "long-twin-sentences": (duplicate_sentence, lambda n: run(n) + ".\\n\\nBeta " + run(n) + "."),
    "long-adjacent-sentences": (duplicate_clause, lambda n: "Alpha " + run(n) + ". Alpha " + run(n) + "."),
}
rule, make = shapes[sys.argv[1]]
for n in map(int, sys.argv[2:]):
    view = build_view(make(n))
    start = time.process_time()
    list(rule.RULE.check(view))
    print(time.process_time() - start)
"""
# 8x the input: linear code takes about 8x; the quadratic versions took 60x and more.
_GROWTH = 8
_MAX_RATIO = 24
_NOISE_FLOOR = 0.05  # seconds: below this the larger run says nothing about growth


@pytest.mark.slow
@pytest.mark.parametrize(("shape", "size"), [
    ("hyphen-chain", 4000), ("comma-clauses", 500),
    ("long-twin-sentences", 2000), ("long-adjacent-sentences", 2000),
])
def test_rule_time_grows_linearly_on_hostile_shapes(shape, size):
    try:
        out = subprocess.run([sys.executable, "-c", _CHILD, shape, str(size), str(size * _GROWTH)],
                             check=True, capture_output=True, text=True, timeout=120).stdout
    except subprocess.TimeoutExpired:
        pytest.fail(f"{shape}: {size * _GROWTH} units took over 120 s")
    small, large = map(float, out.split())
    if large < _NOISE_FLOOR:
        return
    assert large / max(small, _NOISE_FLOOR / _GROWTH) < _MAX_RATIO, (shape, small, large)
