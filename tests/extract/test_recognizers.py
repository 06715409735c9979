"""One table per quantity family: what each recognizer reads, and what it must leave alone.

Rows are (text, claims) with claims as (value, value_high, unit, qualifier) in text order; an empty
list means no claim. Written for phrasings other than the corpus texts.
"""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.extract import recognizers


def read(text: str) -> list[tuple]:
    return [(c.value, c.value_high, c.unit, c.qualifier) for c in ipnlp.analyze(text).claims]


EXAMPLES: dict[str, list[tuple[str, list[tuple]]]] = {
    "money": [
        ("The authority earned HK$12.4 billion.", [(12400000000, None, "HKD", "exact")]),
        ("Grants of S$250 were paid.", [(250, None, "SGD", "exact")]),
        ("The deal was worth A$3.5m.", [(3500000, None, "AUD", "exact")]),
        ("Toronto raised C$80 million.", [(80000000, None, "CAD", "exact")]),
        ("Taipei set aside NT$9 billion.", [(9000000000, None, "TWD", "exact")]),
        ("Bonds worth US$6.5 billion were sold.", [(6500000000, None, "USD", "exact")]),
        ("The fine was £54m.", [(54000000, None, "GBP", "exact")]),
        ("Net worth reached $1.762bn.", [(1762000000, None, "USD", "exact")]),
        ("It will spend $13.6M on plant.", [(13600000, None, "USD", "exact")]),
        ("Sales were 7.3bn yuan.", [(7300000000, None, "CNY", "exact")]),
        ("They paid USD10m upfront.", [(10000000, None, "USD", "exact")]),
        ("Lending hit RMB1.2 trillion.", [(1200000000000, None, "CNY", "exact")]),
        ("A ticket costs 10 €.", [(10, None, "EUR", "exact")]),
        ("The budget is ¥800 million.", [(800000000, None, "CNY", "exact")]),
        ("The fee is 450 HKD per year.", [(450, None, "HKD", "exact")]),
        ("Stamps rose to 85 pence.", [(85, None, "pence", "exact")]),
        ("The shares closed at 164p.", [(164, None, "pence", "exact")]),
        ("Losses reached 30 MUSD.", [(30000000, None, "USD", "exact")]),
        ("It cost 12 dollars and 40 cents.", [(12.4, None, "USD", "exact")]),
        ("A salary of 25k euros was offered.", [(25000, None, "EUR", "exact")]),
        # a bracketed amount after another amount is a conversion, not a loss
        ("It raised HK$3.9 billion (US$500 million).", [(3900000000, None, "HKD", "exact"),
                                                       (500000000, None, "USD", "exact")]),
        # without a currency an "m" is metres, never millions
        ("The mast is 1.8m tall.", []),
    ],
    "percent": [
        ("Unemployment was 3.1%.", [(3.1, None, "percent", "exact")]),
        ("Borrowing costs 1.38pc a year.", [(1.38, None, "percent", "exact")]),
        ("Margins widened to 40 basis points.", [(40, None, "basis_point", "exact")]),
        ("The index closed at 3,120 points.", [(3120, None, "points", "exact")]),
        ("Inflation is seen at 2.5% to 3.5% next year.", [(2.5, 3.5, "percent", "at_least")]),
        ("At least 60% of firms replied.", [(60, None, "percent", "at_least")]),
        ("Turnout of ≥70% is required.", [(70, None, "percent", "at_least")]),
        ("Fewer than 5 per cent dissented.", [(5, None, "percent", "less_than")]),
        ("The survey covered 500 firms.", [(500, None, "firms", "exact")]),  # no percent: not this family
        ("Section 5 explains percent changes.", []),
    ],
    "durations": [
        ("Approval took 14 months.", [(14, None, "month", "exact")]),
        ("Reviews last between 6 and 9 weeks.", [(6, 9, "week", "at_least")]),
        ("The flight took 3hrs.", [(3, None, "hour", "exact")]),
        ("Talks lasted seven to 10 days.", [(7, 10, "day", "at_least")]),
        ("Trains ran 300 times a day.", [(300, None, "times", "exact")]),
        ("The 10-year plan was adopted.", []),  # a modifier, not a duration claim
    ],
    "counts": [
        ("The agency employs 4,200 inspectors.", [(4200, None, "inspectors", "exact")]),
        ("About 35m of its devices were sold.", [(35000000, None, "devices", "approximately")]),
        ("In all 5,000 or more households applied.", [(5000, None, "households", "at_least")]),
        ("Shops opened 318, 419 and 473 branches.", [(318, None, "branches", "exact"),
                                                     (419, None, "branches", "exact"),
                                                     (473, None, "branches", "exact")]),
        ("Models such as 5G are new.", []),  # a glued letter is a name, not a count
    ],
    "ranks": [
        ("The city ranked fourth in the survey.", [(4, None, "rank", "exact")]),
        ("It finished 12th place overall.", [(12, None, "rank", "exact")]),
        ("The second phase began.", []),
    ],
    "words": [
        ("One hundred and five cases were heard.", [(105, None, "cases", "exact")]),
        ("About two and a half million people voted.", [(2500000, None, "people", "approximately")]),
        ("A third of households rent.", [(33.33, None, "percent", "exact")]),
        ("One in six adults smokes.", [(16.67, None, "percent", "exact")]),
        ("Four out of five doctors agreed.", [(80, None, "percent", "exact")]),
        ("More than half of the schools reopened.", [(50, None, "percent", "more_than")]),
        ("Tens of thousands of workers marched.", [(10000, 100000, "workers", "approximately")]),
        ("Half a million visitors came.", [(500000, None, "visitors", "exact")]),
        ("The three agencies met.", []),  # a group already named
        ("Two of them resigned.", []),  # a partitive
        ("Exports in the first three quarters grew.", []),  # a period, never 75%
        ("Output in the second half of the year slowed.", []),
    ],
    "multiples": [
        ("Revenue doubled to $8 billion.", [(100, None, "percent", "exact"), (8000000000, None, "USD", "exact")]),
        ("Arrivals grew sixfold.", [(6, None, "times", "exact")]),
        ("The backlog was halved.", [(50, None, "percent", "exact")]),
        ("Costs rose 3-fold.", [(3, None, "times", "exact")]),
    ],
    "references": [
        ("Chart 13 shows the trend.", []),
        ("See Table 2.1 and note 2.5.", []),
        ("Paragraph 20 of Annex F-1 applies.", []),
        ("COVID-19 and Basel III rules, Tier 1 capital and Pillar 2 apply.", []),
        ("Terminal 5 and the 737 Max and the S&P 500 were named.", []),
        ("BEPS 2.0 takes effect.", []),
        ("The meeting starts at 3.30 pm or 10:30.", []),
        ("Residents aged 55 and above may apply.", []),
        ("The code 007 was used.", []),
        ("Index levels: FTSE -0.6%.", [(-0.6, None, "percent", "exact")]),  # a signed figure is a value
        ("The audited statements are on pages 205 to 311.", []),  # a span of references
        ("Prices rebounded in the first five months of the year.", []),  # which months: a period
        ("Output rose from 205 to 311 tonnes.", [(205, None, "tonnes", "exact"), (311, None, "tonnes", "exact")]),
    ],
}

ROWS = [(family, text, expected) for family, rows in EXAMPLES.items() for text, expected in rows]


@pytest.mark.parametrize(("family", "text", "expected"), ROWS, ids=[f"{f}:{t[:40]}" for f, t, _ in ROWS])
def test_family_examples(family, text, expected):
    assert read(text) == expected


def test_every_recognizer_has_examples_that_claim_and_that_do_not():
    names = {recognize.__module__.rsplit(".", 1)[-1] for recognize in recognizers.RECOGNIZERS}
    assert names <= set(EXAMPLES), f"recognizers without an examples table: {names - set(EXAMPLES)}"
    for family, rows in EXAMPLES.items():
        if family == "references":
            continue  # its positive row is a value that a reference word does not swallow
        assert any(expected for _, expected in rows), f"{family}: no claiming example"
    assert all(any(not expected for _, expected in rows) for family, rows in EXAMPLES.items()
               if family != "multiples"), "every family needs a row it must leave alone"


@pytest.mark.parametrize(("text", "change"), [
    ("Sales rose 9% to €640m.", (9, "up", "percent", 640000000)),
    ("The fund has doubled to more than $8 billion.", (100, "up", "percent", 8000000000)),
    ("The index lost 190 points to 7,100.", (190, "down", "points", 7100)),
    ("Rates rose 25 basis points to 5.5%.", (25, "up", "basis_point", 5.5)),
])
def test_a_change_before_its_figure_is_a_claim_of_its_own_not_a_range(text, change):
    value, direction, unit, figure = change
    claims = ipnlp.analyze(text).claims
    assert len(claims) == 2 and all(c.value_high is None for c in claims)
    stated, reached = claims
    assert (stated.value, stated.unit) == (value, unit)
    assert stated.yoy is not None and (stated.yoy.value, stated.yoy.direction, stated.yoy.unit) == (
        value, direction, unit)
    assert text[stated.yoy.start:stated.yoy.end] == stated.yoy.text
    assert reached.value == figure and reached.yoy is None


@pytest.mark.parametrize(("text", "change"), [
    ("The index lost 190 points.", (190, "down", "points")),
    ("Yields rose 25 basis points.", (25, "up", "basis_point")),
    ("Spreads narrowed by 12 bps.", (12, "down", "basis_point")),
])
def test_changes_in_points_and_basis_points_carry_their_direction(text, change):
    claims = ipnlp.analyze(text).claims
    assert [(c.yoy.value, c.yoy.direction, c.yoy.unit) for c in claims if c.yoy] == [change]


@pytest.mark.parametrize("before", [
    "notes 2.5, 2.6 and ", "Charts 5, 6 and ", "Tables 1 & ", "see notes 3,", "paragraphs 2 or\n", "notes 4 ,  ",
    "rose 5% and ", "Charts 5, 6", "notes A-1, B-2, and ", "", "and ", "notes 2.5,\u00a0",
])
def test_the_list_separator_check_passes_every_window_the_list_pattern_matches(before):
    from ipnlp.extract.recognizers import references

    text = before + "7"
    found = references._LIST_OF_NUMBERS_BEFORE.search(text, 0, len(before)) is not None
    assert references._LIST_SEPARATOR_AT_END.search(text, 0, len(before)) is not None or not found
