"""Numbers that label, date or name something are not claims: the later numbers of a list of
references, versions and numbers inside names, footnote markers glued to a bracket, a paragraph
number standing alone, the second year of a fiscal year, a day before a month abbreviation, a
hanging hyphen ("3- and 4- room"), an age someone must reach. Each table has rows that must claim and
rows that must not, written for phrasings other than the real reports'.

Rows are (text, claims) with claims as (value, unit) in text order.
"""

from __future__ import annotations

import pytest

import ipnlp


def read(text: str) -> list[tuple]:
    return [(c.value, c.unit) for c in ipnlp.analyze(text).claims]


REFERENCE_LISTS = [
    ("The method is set out in sections 4.1, 4.3 and 7.2 of the guide.", []),
    ("Prices rose 3% (Figures 2, 5 and 9).", [(3, "percent")]),
    ("See Tables 3 and 4 or 11 for the breakdown.", []),
    ("Rates of 4, 6 and 9 percent applied.", [(4, "percent"), (6, "percent"), (9, "percent")]),
    ("Deposits grew in 2019, 2020 and 2021.", []),
    ("Steps 1, 2 and 3 took 40 days.", [(40, "day")]),
    ("The figures are on pages 40 to 44 and 61 to 63 of the annex.", []),  # a list of page ranges
    ("Prices rose 2 to 3% and wages 4 to 5%.", [(2, "percent"), (4, "percent")]),
    ("See the Gazette, Vol 12, Issue 48, for the notice.", []),
    ("Under paragraph (2) of the rules, 14 banks applied.", [(14, "banks")]),
]

NAMES_AND_VERSIONS = [
    ("The agency rolled out Protocol 3.0 to all schools.", []),
    ("The plan follows the (OECD) 2.0 framework for reporting.", []),
    ("Members adopted the Clean Energy Roadmap 4.1 last spring.", []),
    ("The ministry tested a Phase 2 Trial with four towns.", [(4, "towns")]),
    ("The council named the Harbour 7 Bridge after the district.", []),
    ("Exports reached 2.5 times the level of imports.", [(2.5, "times")]),
    ("Inflation averaged 2.0% in the euro area.", [(2, "percent")]),
    ("Regional Banks Add 3 Branches Across Town", [(3, "branches")]),  # a title-case headline
    ("The FTSE Global 100 Index fell by 3%.", [(3, "percent")]),
    ("It met the ASEAN+3 finance ministers.", []),
]

ADDRESSES_AND_TYPES = [
    ("Its office moved to 12 Queensway Road in May.", []),
    ("The registry is at 3 North Harbour Square, Level 4.", []),
    ("Licences for Type 4 activity rose to 310 firms.", [(310, "firms")]),
    ("About 12 roads were resurfaced.", [(12, "roads")]),  # a count of roads, not an address
    ("Type 2 diabetes affects 400,000 adults.", [(400000, "adults")]),
    ("It ranks among the top 100 banks.", []),  # the size of a ranking list
    ("The top 10% of earners pay most.", [(10, "percent")]),  # a share, not a list's size
    ("The Ordinance (Cap. 628) binds 30 banks.", [(30, "banks")]),
    ("GPS 2.0 went live in May.", []),  # a version after an acronym opening the sentence
]

FOOTNOTE_MARKERS_AND_LABELS = [
    ("The board reviewed the charter (IOSCO)4 in detail.", []),
    ("Filed under form AB(CD)12 each quarter.", []),
    ("17.  First, the levy will rise.", []),  # a numbered paragraph
    ("(3).", []),
    ("-42", [(-42, "count")]),  # a number alone, without a label's punctuation
    ("4.800", [(4.8, "count")]),
    ("192.", [(192, "count")]),
    ("Loans (net) 12 billion were written off.", [(12000000000, "count")]),
    ("Sales fell (-4%) in the quarter.", [(-4, "percent")]),
    ("Systems achieved 99%3 availability this year.", [(99, "percent")]),  # a note mark glued to %
    ("Rates rose to 5.25%.2 Banks followed.", [(5.25, "percent")]),
    ("Quality stayed “healthy”4 in 2023.", []),
    ("Loans were “stable” at 4% in 2023.", [(4, "percent")]),  # a figure after a quote, spaced, is one
    ("It was the lowest since the recession in 20094. Exports fell.", []),  # 2009 and note 4
]

DATES_AND_YEAR_SPANS = [
    ("The forum met on 12 Sep and again on 3–4 Nov.", []),
    ("Measures in the 2019–20 Budget supported 300 firms.", [(300, "firms")]),
    ("The review ran over 14 Feb, with 12 staff.", [(12, "staff")]),
    ("Settlement moves from D+2 to D+1 next year.", []),
    ("Talks were held on 14–15 March and 2–4 June.", []),  # days of a month
]

HANGING_HYPHENS = [
    ("Grants cover 2- and 3- bedroom homes.", []),
    ("A 300-basis point rise followed.", [(300, "basis_point")]),
    ("Output rose 4% - the most since 2010.", [(4, "percent")]),
]

AGE_CONDITIONS = [
    ("Workers may apply when they turn 50.", []),
    ("Support is paid until the child turns three years old.", []),
    ("Children aged under six years old ride free.", []),
    ("Pupils aged seven to nine years old ride free.", []),
    ("Residents aged 21 to 50 get a bonus of $300.", [(300, "USD")]),
    ("Ms Lee, who turns 72 this year, still volunteers.", [(72, "count")]),
    ("The building is 80 years old.", [(80, "year")]),
    ("Profits turned 5% higher in May.", [(5, "percent")]),
]

TABLES = {"reference lists": REFERENCE_LISTS, "names and versions": NAMES_AND_VERSIONS,
          "footnote markers and labels": FOOTNOTE_MARKERS_AND_LABELS, "dates and year spans": DATES_AND_YEAR_SPANS,
          "hanging hyphens": HANGING_HYPHENS, "age conditions": AGE_CONDITIONS,
          "addresses and types": ADDRESSES_AND_TYPES}
ROWS = [(name, text, expected) for name, rows in TABLES.items() for text, expected in rows]


@pytest.mark.parametrize(("table", "text", "expected"), ROWS, ids=[f"{n}:{t[:40]}" for n, t, _ in ROWS])
def test_labels_are_not_claims(table, text, expected):
    assert read(text) == expected


def test_a_dash_after_a_figure_is_no_code_when_a_unit_follows():
    # "from 4.25–4.50%": a range of percentages, both ends kept (never a code, never a bare 4.25)
    claims = ipnlp.analyze("Rates fell from 4.25–4.50% at the start of the year.").claims
    assert [(c.value, c.value_high, c.unit) for c in claims] == [(4.25, 4.5, "percent")]


def test_a_hanging_hyphen_before_a_unit_of_measure_keeps_its_figure():
    assert 7 in [value for value, _ in read("Screens come in 7- or 8-inch sizes.")]


def test_every_table_has_rows_that_claim_and_rows_that_do_not():
    for name, rows in TABLES.items():
        assert any(expected for _, expected in rows), f"{name}: no claiming row"
        assert any(not expected for _, expected in rows), f"{name}: no row it must leave alone"
