"""Cross-year rules on small two-report pairs, one restatement habit per row.

The pairs are written for other offices than the corpus (a statistics bureau, a port, a water
utility, a pension fund): what must be flagged is the same metric for the same period given two
values beyond the written precision; what must stay quiet is a cumulative figure to a different end
date, an average over a different span, a stock against a flow, or a coarser rounding of one value.
"""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.rules.cross import cross_check
from ipnlp.rules.cross.metrics import agree
from ipnlp.rules.cross.periods import comparable_period, previous_period


def _pair_findings(first: str, second: str) -> list[ipnlp.Finding]:
    reports = [(ipnlp.analyze(first, path="first.md"), first), (ipnlp.analyze(second, path="second.md"), second)]
    return cross_check(reports, series="s", years={"first.md": 2023, "second.md": 2024})


FLAGGED = [
    pytest.param(
        "Annual Report 2023\n\nThe unemployment rate of the labour market stood at 4.2% at the end of 2023.\n",
        "Annual Report 2024\n\nThe unemployment rate of the labour market fell to 3.8% at the end of 2024 "
        "from 4.3% at the end of 2023.\n",
        "IPN501", ("4.3%", "4.2%"), "likely carries a revised figure", id="year-end-rate-restated"),
    pytest.param(
        "Annual Report 2023\n\nContainer throughput of the port was 18.26 million TEUs in 2023.\n",
        "Annual Report 2024\n\nContainer throughput of the port in 2023 was revised to 18.31 million TEUs.\n",
        "IPN501", ("18.31 million", "18.26 million"), "says the figure was revised", id="revised-says-which"),
    pytest.param(
        "Annual Report 2023\n\nThe water utility's operating cost ratio was 61.4% in 2023.\n",
        "Annual Report 2024\n\nThe water utility's operating cost ratio rose to 62.0% in 2024 from 61.5% in 2023.\n",
        "IPN501", ("61.5%", "61.4%"), "", id="adjacent-last-digit"),
    pytest.param(
        "Annual Report 2023\n\nRevenue of the water utility was $250.0 million in 2023.\n",
        "Annual Report 2024\n\nRevenue of the water utility was $290.0 million in 2024, up 10.0% year-on-year.\n",
        "IPN502", ("$290.0 million", "up 10.0% year-on-year", "$250.0 million"), "from a revised figure",
        id="growth-implies-another-previous-year"),
    pytest.param(
        "Annual Report 2023\n\nDeposits of the credit unions were $84.2 billion at the end of June 2023.\n",
        "Annual Report 2024\n\nDeposits of the credit unions were $86.9 billion at the end of June 2023.\n",
        "IPN501", ("$86.9 billion", "$84.2 billion"), "", id="mid-year-stock-restated"),
]


@pytest.mark.parametrize(("first", "second", "code", "evidence", "verdict"), FLAGGED)
def test_a_restated_figure_is_flagged_with_both_statements(first, second, code, evidence, verdict):
    findings = _pair_findings(first, second)
    assert [f.code for f in findings] == [code], [f.message for f in findings]
    # the later statement first, then the one it contradicts
    assert tuple(e.text for e in findings[0].evidence) == evidence
    assert (findings[0].evidence[0].path, findings[0].evidence[-1].path) == ("second.md", "first.md")
    assert verdict in findings[0].message


QUIET = [
    pytest.param(
        "Annual Report 2023\n\nThe pension fund's annualised return since its inception in 2015 was 6.1%.\n",
        "Annual Report 2024\n\nThe pension fund's annualised return since its inception in 2015 was 5.8%.\n",
        id="since-inception-is-cumulative"),
    pytest.param(
        "Annual Report 2023\n\nAverage annual export growth from 2013 to 2022 was 3.1%.\n",
        "Annual Report 2024\n\nAverage annual export growth from 2014 to 2023 was 2.8%.\n",
        id="averages-over-different-spans"),
    pytest.param(
        "Annual Report 2023\n\nThe non-performing loan ratio of banks was 1.38% at the end of 2023.\n",
        "Annual Report 2024\n\nThe non-performing loan ratio of banks rose to 1.6% at the end of 2024 "
        "from 1.4% at the end of 2023.\n",
        id="coarser-rounding-of-one-value"),
    pytest.param(
        "Annual Report 2023\n\nThe household debt ratio of the economy was 92.5% at the end of 2023.\n",
        "Annual Report 2024\n\nThe household debt ratio of the economy averaged 91.0% in 2023.\n",
        id="stock-at-year-end-is-not-the-year-average"),
    pytest.param(
        "Annual Report 2023\n\nThe cost-to-income ratio of retail lenders was 44.0% in 2023.\n",
        "Annual Report 2024\n\nThe cost-to-income ratio of retail lenders fell to 41.2% in 2024 from 44% in 2023.\n",
        id="trailing-zero-same-value"),
    pytest.param(
        "Annual Report 2023\n\nThe rules are set out in the Pillar 32 Disclosure Requirements.\n",
        "Annual Report 2024\n\nThe rules are set out in the Pillar 33 Disclosure Requirements.\n",
        id="label-with-glued-footnote-digit"),
]


@pytest.mark.parametrize(("first", "second"), QUIET)
def test_figures_that_are_not_one_metric_for_one_period_stay_quiet(first, second):
    assert [f.message for f in _pair_findings(first, second)] == []


@pytest.mark.parametrize(("period", "comparable", "previous"), [
    ("2023", "2023", "2022"),
    ("2023-12-31", "2023-12-31", "2022-12-31"),
    ("2024-02-29", "2024-02-29", "2023-02-28"),
    ("2023-Q4", "2023-Q4", "2022-Q4"),
    ("2023-H1", "2023-H1", "2022-H1"),
    ("FY2023", "FY2023", "FY2022"),
    ("FY2023/24", "FY2023/24", "FY2022/23"),
    ("2000/01", "2000/01", "1999/00"),
    ("2009-..", None, None),          # "since inception in 2009"
    ("1994-2022", None, None),        # "from 1994 to 2022"
    ("2024-01/2024-11", None, None),  # "January-November 2024"
    (None, None, None),
])
def test_only_single_periods_are_compared(period, comparable, previous):
    assert comparable_period(period) == comparable
    if comparable is not None:
        assert previous_period(comparable) == previous


def _claim(text: str, value: float, qualifier: str = "exact") -> ipnlp.Claim:
    return ipnlp.Claim(id="c", start=0, end=len(text), text=text, value=value, unit="percent",
                       qualifier=qualifier, subject="x y", sentence=ipnlp.SentenceRef(start=0, end=1))


@pytest.mark.parametrize(("a", "b", "same"), [
    (("0.88%", 0.88), ("0.89%", 0.89), False),   # same precision, different digits
    (("1.4%", 1.4), ("1.38%", 1.38), True),      # 1.38 rounds to 1.4
    (("1.4%", 1.4), ("1.34%", 1.34), False),
    (("1.4%", 1.4), ("1.35%", 1.35), True),      # a tie may round either way
    (("47.0%", 47.0), ("47%", 47.0), True),
    (("47.0%", 47.0), ("46.8%", 46.8), False),
    (("12%", 12.0, "approximately"), ("12.4%", 12.4), True),
])
def test_two_statements_agree_within_the_written_precision(a, b, same):
    assert agree(_claim(*a), _claim(*b)) is same
    assert agree(_claim(*b), _claim(*a)) is same
