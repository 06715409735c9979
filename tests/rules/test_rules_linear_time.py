"""The shortcuts that keep figure rules linear on hostile input find what the plain search finds."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.rules.figures import conflicting_values, redundant_unit


@pytest.mark.parametrize("text", [
    "12% percent", "1,234.5 % per cent", "x,12% percent", "1,,2%percent", "5% percent,12% percent",
    "1.2.3% percent", "12 % percentage", "1234,567,89,0,", "12%", "%percent 3% Percent",
])
def test_percent_matches_are_those_of_finditer(text):
    _, percent = redundant_unit._patterns()
    expected = [m.span() for m in percent.finditer(text)]
    assert [m.span() for m in redundant_unit._percent_matches(percent, text)] == expected


def test_a_metric_stated_many_times_is_reported_a_bounded_number_of_times_per_mention():
    text = "".join(f"Patent grants in the region reached {1000 + 10 * i} in 2024. " for i in range(40))
    findings = [f for f in ipnlp.analyze(text).findings if f.code == "IPN101"]
    last = text.rindex("1390")
    assert sum(f.evidence[-1].start == last for f in findings) == conflicting_values._MAX_CONFLICTS
