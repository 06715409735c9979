"""Periods: which period expressions are read, in which format, and which one a figure takes."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.extract.period import period_mentions, reporting_year


@pytest.mark.parametrize(("text", "period"), [
    ("Revenue for FY2025 was", "FY2025"),
    ("in fiscal year 2022 the", "FY2022"),
    ("over financial year 2021/22,", "FY2021/22"),
    ("FY19 spending", "FY2019"),
    ("during 2024/25 the", "2024/25"),
    ("at end-2022", "2022-12-31"),
    ("at the end of 2022", "2022-12-31"),
    ("year-end 2021", "2021-12-31"),
    ("at the end of March 2025", "2025-03-31"),
    ("as at end-September 2021", "2021-09-30"),
    ("end-February 2023", "2023-02-28"),
    ("end-February 2024", "2024-02-29"),
    ("in the second half of 2022", "2022-H2"),
    ("H1 2023 results", "2023-H1"),
    ("in the third quarter of 2021", "2021-Q3"),
    ("Q4 2020 saw", "2020-Q4"),
    ("at the end of the second quarter of 2022", "2022-06-30"),
    ("in October 2021", "2021-10"),
    ("on 30 June 2023", "2023-06-30"),
    ("on June 30, 2023", "2023-06-30"),
    ("for February–October 2022", "2022-02/2022-10"),
    ("from March to August 2021", "2021-03/2021-08"),
    ("from 2015 to 2022", "2015-2022"),
    ("between 2010 and 2020", "2010-2020"),
    ("over 2016–2021", "2016-2021"),
    ("in 2019", "2019"),
])
def test_a_period_expression_is_read_in_the_documented_format(text, period):
    assert [m.period for m in period_mentions(text, 0, len(text))] == [period]


@pytest.mark.parametrize("text", [
    "COVID-19 cases",  # part of a name
    "a total of 2,021 staff",  # a count with a comma
    "HK$2021 million",  # money
    "2021.5 units",  # a decimal
    "revenue may rise",  # "may" the verb
    "on 31 February 2023",  # no such day
    "in 2012-15",  # neither a split year nor a span of years
])
def test_what_is_not_a_period(text):
    assert period_mentions(text, 0, len(text)) == []


@pytest.mark.parametrize(("text", "role"), [
    ("up 3 points from 2021", "baseline"),
    ("compared with 2019 levels", "baseline"),
    ("higher than in 2020", "baseline"),
    ("down from the end of 2020", "baseline"),
    ("since 2015", "start"),
    ("since its launch in 2016", "start"),
    ("since inception in 2007", "start"),
    ("in 2022", "at"),
    ("from 2012 to 2018", "at"),  # a span's "from" is not a baseline
])
def test_a_period_has_a_role(text, role):
    assert [m.role for m in period_mentions(text, 0, len(text))] == [role]


def _periods(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.period) for c in ipnlp.analyze(text).claims]


@pytest.mark.parametrize(("text", "expected"), [
    # Each side of "from X at ... to Y at ..." takes the period written right after it.
    ("Reserves grew from US$310 billion at end-2021 to US$340 billion at end-2022.",
     [("US$310 billion", "2021-12-31"), ("US$340 billion", "2022-12-31")]),
    # A baseline year is not the claim's period.
    ("The jobless rate was 4.1% in March 2022, down from 5.0% a year before.",
     [("4.1%", "2022-03"), ("5.0%", "2021-03")]),
    ("Market share rose by 2.5 percentage points from 2020.", [("rose by 2.5 percentage points", None)]),
    ("In the first half of 2023, exports totalled 41 billion euros.", [("41 billion euros", "2023-H1")]),
    ("Spending in FY2022 reached 12.5 billion yuan.", [("12.5 billion yuan", "FY2022")]),
    ("In January–September 2021, 3,400 firms registered.", [("3,400 firms", "2021-01/2021-09")]),
    ("The fund has returned 4.2% a year since its launch in 2011.", [("4.2%", "2011-..")]),
])
def test_a_figure_takes_its_own_period_and_never_a_baseline(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize(("text", "period"), [
    # The report's year applies only where the sentence speaks of the reporting year.
    ("Annual Report 2022\n\nDuring the year, the agency opened 14 branches.", "2022"),
    ("Annual Report 2022\n\nThe agency opened 14 branches in May.", "2022-05"),
    ("Annual Report 2022\n\nBy end-December, 240 firms had joined.", "2022-12-31"),
    ("Annual Report 2022\n\nThe agency opened 14 branches.", "2022"),  # past tense: what the year saw
    ("Annual Report 2022\n\nThe agency will open 14 branches.", None),  # a plan
    ("Annual Report 2022\n\nThe agency has a staff of 240 people.", None),  # a standing fact
    ("Annual Report 2022\n\nWe opened 14 branches last year.", None),  # counted from the writing date
    ("Annual Report 2022\n\nWe opened 14 branches in October last year.", "2021-10"),
    ("Annual Report 2022\n\nLending grew 6% compared with 2021.", "2022"),
])
def test_the_reports_year_is_a_fallback_only_for_the_reporting_year(text, period):
    assert [c.period for c in ipnlp.analyze(text).claims] == [period]


@pytest.mark.parametrize(("text", "year"), [
    ("Annual Report 2021\n\nText.", "2021"),
    ("# Review\n\nThe year 2019 was a hard one. " + "In 2019 it grew. " * 5 + "In 2018 it fell.", "2019"),
    ("# Statement\n\nI move that Parliament approves the policy for the Financial Year 1 April 2026 to 31 March 2027.",
     "2026"),
    ("# Notes\n\n" + "In 2019 it grew. In 2020 it fell. " * 4, None),  # no year dominates
])
def test_the_reporting_year(text, year):
    assert reporting_year(text) == year


@pytest.mark.parametrize(("text", "period"), [
    # A heading's period applies to the figures under it, finer than a year where the heading says so.
    ("I. Results for FY2022\n\nThe board approved 310 grants.", "FY2022"),
    ("I. Second half of 2021\n\nThe board approved 310 grants.", "2021-H2"),
    ("I. Third quarter of 2020\n\n1. Grants\n\nThe board approved 310 grants.", "2020-Q3"),  # inherited
    ("I. Results in 2022\n\nThe board approved 310 grants.", "2022"),
    ("I. Results in 2022\n\nIn the first half of 2022, the board approved 310 grants.", "2022-H1"),  # own wins
])
def test_a_heading_names_the_period_of_what_follows(text, period):
    assert [c.period for c in ipnlp.analyze(text).claims] == [period]


@pytest.mark.parametrize(("text", "expected"), [
    # "rose to X at <later> from Y at <earlier>": Y keeps its own period, and no later figure takes it.
    ("The arrears ratio rose to 2.1% at end-2022 from 1.8% at end-2021, with the write-off ratio "
     "increasing to 0.9% from 0.7% during the same period.",
     [("2.1%", "2022-12-31"), ("1.8%", "2021-12-31"), ("0.9%", "2022-12-31"), ("0.7%", "2021-12-31")]),
    # A year inside a name is no period.
    ("In 2019, we launched the Smart Nation 2030 plan with a budget of $4 billion.", [("$4 billion", "2019")]),
    # A span that starts right after the figure.
    ("The portfolio returned 6.1% since 1998.", [("6.1%", "1998-..")]),
    # ... but a record's span later in the clause is not the figure's period.
    ("In 2021, yields rose above 3% to reach their highest level since 2011.", [("3%", "2021")]),
    # A figure with its own period after a verb phrase.
    ("Budget 2023\n\nThe first $150 will be paid in March and the other $150 will be paid in June next year.",
     [("$150", "2023-03"), ("$150", "2024-06")]),
])
def test_each_figure_of_a_comparison_or_list_keeps_its_own_period(text, expected):
    assert _periods(text) == expected


@pytest.mark.parametrize(("text", "period"), [
    # A budget looks ahead from its year: its plans are that year's, what it tells in the past the year before.
    ("Budget 2026\n\nI will provide $300 in vouchers to every household.", "2026"),
    ("Budget 2026\n\nOur economy grew by 2.2%.", "2025"),
    ("Budget 2026\n\nWe spent $1.2 billion on schools last year.", "2025"),
    ("Budget 2026\n\nThe second tranche of $200 follows next year.", "2027"),
    ("Budget 2026\n\nThe statutory tax rate is 17%.", None),  # a standing fact
    # An annual report looks back on its year: its past tense is that year.
    ("Annual Report 2026\n\nOur economy grew by 2.2%.", "2026"),
])
def test_a_budget_looks_ahead_and_an_annual_report_back(text, period):
    assert [c.period for c in ipnlp.analyze(text).claims] == [period]


@pytest.mark.parametrize(("text", "expected"), [
    # An old value changed on a day held until that day: the day, not the same day a year before.
    ("On 2 May 2021, the board cut the reserve ratio from 3.5% to 3.0%.",
     [("3.5%", "2021-05-02"), ("3.0%", "2021-05-02")]),
    # ... but an old value beside a year is the year before's.
    ("Annual Report 2022\n\nDuring the year, the default ratio rose to 1.2% from 0.9%.",
     [("1.2%", "2022"), ("0.9%", "2021")]),
    # "at the beginning of 2021" is the figure's own period.
    ("Bond yields climbed from 0.9% at the beginning of 2021 to 1.5% in the second half of 2021.",
     [("0.9%", "2021"), ("1.5%", "2021-H2")]),
    # A period inside a relative clause after the figure is the clause's, not the figure's.
    ("Budget 2026\n\nI will provide $1,500 to firms that hired an apprentice in 2025.", [("$1,500", "2026")]),
    # "Year of Assessment 2027" names a period, not a thing.
    ("With effect from the Year of Assessment 2027, the relief will rise from $3,000 to $4,500.",
     [("$3,000", "2026"), ("$4,500", "2027")]),
    # "Currently" speaks of the report's year.
    ("Budget 2026\n\nCurrently, the levy is charged at 4%.", [("4%", "2026")]),
    ("Annual Report 2025\n\nThe index concluded the year at 3,410 points.", [("3,410 points", "2025")]),
])
def test_a_figure_takes_the_period_its_wording_gives(text, expected):
    assert _periods(text) == expected
