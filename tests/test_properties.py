"""Hostile and random input: analyze() never raises, is deterministic and keeps every span honest.

Runs bounded in the normal suite; ``HYPOTHESIS_PROFILE=long`` runs 100,000 examples per test.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import ipnlp
from ipnlp.models import Report

# --- strategies --------------------------------------------------------------------------------

_digits = st.integers(min_value=0, max_value=10**13)


@st.composite
def numbers(draw) -> str:
    """A number in one of the many shapes reports write them in."""
    value = draw(_digits)
    shape = draw(st.sampled_from(["plain", "commas", "decimal", "word-scale", "percent", "currency",
                                  "ordinal", "spelled", "range", "points", "broken"]))
    if shape == "plain":
        return str(value)
    if shape == "commas":
        return f"{value:,}"
    if shape == "decimal":
        return f"{value % 100000}.{draw(st.integers(0, 9999))}"
    if shape == "word-scale":
        scale = draw(st.sampled_from(["thousand", "million", "billion", "trillion", "hundred million"]))
        return f"{value % 1000}.{value % 100} {scale}"
    if shape == "percent":
        return f"{value % 1000}.{value % 10}{draw(st.sampled_from(['%', ' %', ' percent', ' per cent']))}"
    if shape == "currency":
        amount = f"{value % 100000:,}"
        return draw(st.sampled_from([f"RMB {amount} yuan", f"${amount} billion", f"USD {amount} million",
                                     f"{amount} yuan", f"EUR {amount}", f"{amount} ten thousand yuan"]))
    if shape == "ordinal":
        n = value % 200
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return draw(st.sampled_from([f"{n}{suffix}", f"{n}{suffix} place", f"ranking {n}{suffix}",
                                     "first", "second", "the third", "Secondly,"]))
    if shape == "spelled":
        return draw(st.sampled_from(["seven", "forty-two", "two-thirds", "a hundred", "one million",
                                     "twenty thousand", "nine hundred and ninety"]))
    if shape == "range":
        return f"between {value % 50} and {value % 50 + 5} months"
    if shape == "points":
        return f"{draw(st.sampled_from(['up', 'down']))} {value % 100}.{value % 10} percentage points"
    # Malformed on purpose: doubled separators, stray dots and commas.
    return draw(st.sampled_from([f"{value:,}".replace(",", ",,"), f"{value}.", f".{value}", f"{value},",
                                 f"1.2.3.{value}", f"{value}%%", f"-{value}", f"{value}..{value}"]))


_words = st.sampled_from([
    "the", "number", "of", "patents", "reached", "more than", "nearly", "over", "about", "at least",
    "up", "down", "year-on-year", "an increase of", "a decrease of", "over the previous year",
    "compared with", "cases", "licenses", "yuan", "month", "months", "days", "times", "points",
    "percentage points", "in", "2024", "2012-2024", "14th Five-Year Plan", "Article 20",
    "GB/T 29490-2023", "U.S.", "etc.", "No.", "top 100", "(", ")", "“", "”", ",", ";", ".", "\n",
    "\n\n", "I.", "II.", "1).", "(2)", "3.", "1.1", "# ", "## 1.", "Part One:", "First,", "—", "-",
])
tokens = st.one_of(numbers(), _words, st.text(max_size=6))
report_like = st.lists(tokens, max_size=60).map(" ".join)
any_text = st.one_of(report_like, st.text(max_size=300),
                     st.text(alphabet=st.characters(codec="utf-8"), max_size=300))


TITLE = "Work Report of the Office"

# --- invariants --------------------------------------------------------------------------------

def assert_spans_inside(text: str, report: Report) -> None:
    length = len(text)
    for section in report.sections:
        assert 0 <= section.start <= section.end <= length, section
    for claim in report.claims:
        assert 0 <= claim.start < claim.end <= length, claim
        assert text[claim.start:claim.end] == claim.text, claim
        assert 0 <= claim.sentence.start <= claim.sentence.end <= length, claim
        if claim.yoy is not None:
            assert 0 <= claim.yoy.start < claim.yoy.end <= length, claim
            assert text[claim.yoy.start:claim.yoy.end] == claim.yoy.text, claim
    for finding in report.findings:
        for evidence in finding.evidence:
            if getattr(evidence, "path", None):
                continue  # evidence from another document (cross-document rules)
            assert 0 <= evidence.start <= evidence.end <= length, finding
            assert text[evidence.start:evidence.end] == evidence.text, finding


@given(any_text)
@example("")
@example("\n\n\n")
@example("1" * 50)
@example("In 2024, revenue reached 356.41 billion yuan, up 29.9% year-on-year.")
@example("((((((((((1))))))))))")
@example("more than more than more than 5 %")
@example("RMB 0 yuan 1: up 0.0 percentage points")  # cents joined to an amount before a change (soak find)
def test_analyze_never_raises_and_spans_stay_inside(text):
    report = ipnlp.analyze(text)
    assert report.source.chars == len(text)
    assert_spans_inside(text, report)


@given(any_text)
def test_analyze_is_deterministic(text):
    first = ipnlp.analyze(text).model_dump_json()
    assert ipnlp.analyze(text).model_dump_json() == first


@given(report_like)
@example("Sales reached 7,000 units.")
@example("0 \t 0")
@example("RMB 0 yuan 1")  # the amount ends its paragraph: the next paragraph's first word is not its noun
def test_a_text_twice_has_twice_the_claims(text):
    # Under a fixed title, so both copies are body text: the opening block of a report is its title
    # (which holds no claims), and only the first copy could be read that way.
    # The copies are kept apart by a paragraph without figures: tab-separated rows of the two
    # copies would otherwise make one table (blank lines may separate rows, as DOCX gives them),
    # whose first column is read as row headers ("0 \t 0" twice, found by the long profile).
    single_text = f"{TITLE}\n\n{text}"
    single = ipnlp.analyze(single_text)
    double_text = f"{single_text}\n\nThe Office reported.\n\n{text}"
    double = ipnlp.analyze(double_text)
    assert_spans_inside(double_text, double)
    assert [(c.value, c.unit) for c in double.claims] == [(c.value, c.unit) for c in single.claims] * 2


# Found by the long profile (now fixed): a currency symbol or qualifier ending one paragraph was read
# as part of the figure opening the next, so the claim started outside its own sentence.
@pytest.mark.parametrize("text", [
    "Work Report\n\n0 ¥\n\n0 ¥",
    "Work Report\n\nThe price was ¥\n\n7 cases closed.",
    "Work Report\n\nThe figure rose by more than\n\n7 cases were closed.",
])
def test_claims_do_not_reach_into_the_previous_paragraph(text):
    report = ipnlp.analyze(text)
    assert report.claims
    for claim in report.claims:
        assert claim.sentence.start <= claim.start and claim.end <= claim.sentence.end, claim
        assert claim.unit != "CNY" and claim.qualifier == "exact", claim


# Found by the long profile: the run was OOM-killed at 24 GB. A huge heading number becomes a roman
# section id one "C" per hundred. Run in a child with 1 GB of address space so it cannot take the
# machine down with it.
_CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
import ipnlp
ipnlp.analyze(sys.argv[1])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="resource.setrlimit is POSIX")
# Found by the long profile: a huge heading number once became a 687-million-character roman id.
@pytest.mark.parametrize("text", [
    "Work Report\n\n# 68719476737 Results\n\nSales rose 5%.",
    "Work Report\n\nPart 68719476737: Results\n\nSales rose 5%.",
])
def test_a_huge_heading_number_does_not_exhaust_memory(text):
    result = subprocess.run([sys.executable, "-c", _CHILD, text], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()[-300:]
