"""Table-driven extraction cases, written for phrasings other than the shipped report's.

Each row: a text and the claims it must yield as (value, unit, qualifier), in text order; an
empty list means the text holds no measured quantity (years, names, references, ordinals...).
"""

from __future__ import annotations

import pytest

import ipnlp


def extracted(text: str) -> list[tuple]:
    return [(c.value, c.unit, c.qualifier) for c in ipnlp.analyze(text).claims]


POSITIVE = [
    # money: scale words, prefixes and suffixes, both at once
    ("Revenue reached 356.41 billion yuan in 2023.", [(356410000000, "CNY", "exact")]),
    ("The company invested $4.7 billion in research.", [(4700000000, "USD", "exact")]),
    ("Exports totaled USD 312 million last year.", [(312000000, "USD", "exact")]),
    ("The fund holds RMB 16.87 trillion yuan.", [(16870000000000, "CNY", "exact")]),
    ("Sales rose to €2.5 million.", [(2500000, "EUR", "exact")]),
    ("Royalties came to 1.76 trillion U.S. dollars.", [(1760000000000, "USD", "exact")]),
    ("The budget is 3 million euros.", [(3000000, "EUR", "exact")]),
    ("Licensing income was 2.5 bn yuan.", [(2500000000, "CNY", "exact")]),
    ("Fees reached 120,000 yuan per case.", [(120000, "CNY", "exact")]),
    ("Funding of ¥800 million was approved.", [(800000000, "CNY", "exact")]),
    # percentages and shares
    ("Accuracy reached 95.2%.", [(95.2, "percent", "exact")]),
    ("Coverage rose to 88 percent.", [(88, "percent", "exact")]),
    ("Coverage rose to 88 per cent in rural areas.", [(88, "percent", "exact")]),
    ("Over 97% of applicants passed.", [(97, "percent", "over")]),
    ("Less than 5% of cases were appealed.", [(5, "percent", "less_than")]),
    ("Two-thirds of enterprises reported growth.", [(66.67, "percent", "exact")]),
    ("The sector accounted for 7.5% of GDP.", [(7.5, "percent", "exact")]),
    # durations, times, points
    ("The examination cycle was shortened to 15.5 months.", [(15.5, "month", "exact")]),
    ("Trademark review has stabilised at 4 months.", [(4, "month", "exact")]),
    ("Hearings now take 30 days on average.", [(30, "day", "exact")]),
    ("Services were provided 1.45 million times.", [(1450000, "times", "exact")]),
    ("Satisfaction rose to 82.36 points.", [(82.36, "points", "exact")]),
    ("It has led the list for three straight years.", [(3, "year", "exact")]),
    # counted nouns, adjacent or named earlier in the sentence
    ("It issued more than 22,000 certificates.", [(22000, "certificates", "more_than")]),
    ("Nearly 140,000 cases were accepted.", [(140000, "cases", "nearly")]),
    ("The pool has exceeded 900,000 people.", [(900000, "people", "more_than")]),
    ("About 300 firms took part.", [(300, "firms", "approximately")]),
    ("At least 12 provinces joined the scheme.", [(12, "provinces", "at_least")]),
    ("No more than 30 experts were invited.", [(30, "experts", "at_most")]),
    ("Almost 4,000 examiners were trained.", [(4000, "examiners", "nearly")]),
    ("Roughly 60 hospitals signed up.", [(60, "hospitals", "approximately")]),
    ("A total of 3,500 trademarks were registered.", [(3500, "trademarks", "exact")]),
    ("There were 1,234 disputes in the region.", [(1234, "disputes", "exact")]),
    ("It handled 72,000 administrative cases of infringement.", [(72000, "cases", "exact")]),
    ("The office built 45 regional service stations.", [(45, "stations", "exact")]),
    ("The number of patent licenses reached 613,000.", [(613000, "licenses", "exact")]),
    ("The number of mediation organizations reached 2,230.", [(2230, "organizations", "exact")]),
    ("The total number of branch offices has increased to 57.", [(57, "offices", "exact")]),
    ("Research output covered 500 institutes.", [(500, "institutions", "exact")]),
    ("The platform aggregated 300 basic data.", [(300, "data_items", "exact")]),
    # spelled-out numbers
    ("Seven departments signed the plan.", [(7, "departments", "exact")]),
    ("It worked with forty-two universities.", [(42, "universities", "exact")]),
    ("The office cooperated with other five departments.", [(5, "departments", "exact")]),
    ("Twelve cities joined the pilot.", [(12, "cities", "exact")]),
    ("It opened three new offices abroad.", [(3, "offices", "exact")]),
    ("One million applications were filed.", [(1000000, "applications", "exact")]),
    # ranks and rank changes
    ("China ranked second in the world.", [(2, "rank", "exact")]),
    ("The country improved to 11th place.", [(11, "rank", "exact")]),
    ("The region came 3rd among all provinces.", [(3, "rank", "exact")]),
    ("It was the first country in the world to exceed 4 million patents.",
     [(1, "rank", "exact"), (4000000, "patents", "more_than")]),
    ("Its ranking rose by 24 places.", [(24, "rank_positions", "exact")]),
    ("The university climbed 7 places in the index.", [(7, "rank_positions", "exact")]),
    ("Pilots ran in 17 places such as Hainan.", [(17, "places", "exact")]),
    # several claims in one sentence
    ("It signed 39 agreements and trained 1,200 officials.",
     [(39, "agreements", "exact"), (1200, "officials", "exact")]),
]

# Ranges are one claim: value is the low end, value_high the high end; the qualifier is at_least
# (the low end bounds the quantity from below) unless a bound is written before the range.
RANGES = [
    ("Processing took between 15 and 20 months.", [(15, 20, "month", "at_least")]),
    ("Fees range from 200 to 300 yuan.", [(200, 300, "CNY", "at_least")]),
    ("Each review lasts 3-5 days.", [(3, 5, "day", "at_least")]),
    ("Budgets grew to 15 to 20 million yuan.", [(15000000, 20000000, "CNY", "at_least")]),
    ("Inflation is forecast at 2.5% to 3.5% next year.", [(2.5, 3.5, "percent", "at_least")]),
    ("Growth of 1–2 per cent is expected.", [(1, 2, "percent", "at_least")]),
    ("The project will cost $10 to $15 billion.", [(10e9, 15e9, "USD", "at_least")]),
    ("Up to 30-40 employees may move.", [(30, 40, "employees", "at_most")]),
    # a change and the value it leads to are not a range
    ("Sales rose 9% to €640m.", [(9, None, "percent", "exact"), (640000000, None, "EUR", "exact")]),
    ("The ratio rose 0.5% to 14%.", [(0.5, None, "percent", "exact"), (14, None, "percent", "exact")]),
    ("Prices rose 2-3% last year.", [(2, 3, "percent", "at_least")]),
    ("Output rose from 15 to 20 tonnes.", [(15, None, "tonnes", "exact"), (20, None, "tonnes", "exact")]),
]

NEGATIVE = [
    "The year 2024 marks the 75th anniversary of the founding.",
    "It implemented the 14th Five-Year Plan with high quality.",
    "The 20th National Congress of the Party was held.",
    "The 21st Shanghai International Forum was held in June.",
    "Article 20 of the Patent Law applies.",
    "The standard GB/T 29490-2023 was issued.",
    "Call 010-6208-3114 or +86 10 6208 3114 for details.",
    "Firstly, we improved quality. Secondly, we cut costs.",
    "The Third Plenary Session of the Committee was convened.",
    "Among the top 100 clusters, several are new.",
    "The report was published on 2025-01-22.",
    "It was published on January 22, 2025.",
    "The conference opened on 3 March 2024 in Beijing.",
    "China is one of the fastest growing countries.",
    "It upheld the “two establishments” firmly.",
    "The three countries issued a joint statement.",
    "Leaders adopted a 10-year vision on cooperation.",
    "We will follow the one-to-many licensing approach.",
    "Since 2012, progress has been steady.",
    "In 2023 and 2024, work continued.",
    "The second batch of zones was launched.",
    "The Second and Third Plenums were convened.",
    "It was the first local tour for officials.",
    "The Fifth National Advisory Committee was set up.",
    "The period 2021-2025 covers the plan.",
    "Section 3.2 describes the method.",
    "See page 12 for details.",
    "It implemented the spirit of the eight provisions.",
    "It promoted the “Thousands of Enterprises and Hundred Cities” action.",
    "The sentence ends here.1 The next one starts.",
    "The Tenth Five-Year Plan was drafted.",
    "It commemorated the 40th anniversary of the society.",
    "Two of them were approved.",
    "The 2025 China-ASEAN Conference will be organised.",
]

CHANGES = [
    ("Applications reached 1.2 million, up 8.5% year-on-year.", (1200000, "up", 8.5, "percent")),
    ("Imports were 300 tonnes, a year-on-year decrease of 2.3%.", (300, "down", 2.3, "percent")),
    ("The rate was 45.6%, down 3.1 percentage points.", (45.6, "down", 3.1, "percentage_point")),
    ("Output stood at 500,000 units, an increase of 4% over the previous year.", (500000, "up", 4, "percent")),
    ("Revenue hit 9 billion yuan, rising 12% from a year earlier.", (9000000000, "up", 12, "percent")),
    ("Exports fell to 2,000 cases, a decline of 5.5% compared with the previous year.",
     (2000, "down", 5.5, "percent")),
    ("The share reached 13.04% of GDP, an increase of 0.44 percentage points.",
     (13.04, "up", 0.44, "percentage_point")),
    ("Filings totalled 80,000, up 3.2 percentage points in share.", (80000, "up", 3.2, "percentage_point")),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE, ids=[row[0][:40] for row in POSITIVE])
def test_claims_are_extracted(text, expected):
    assert extracted(text) == expected


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[row[0][:40] for row in RANGES])
def test_ranges_are_one_claim_with_both_ends(text, expected):
    claims = ipnlp.analyze(text).claims
    assert [(c.value, c.value_high, c.unit, c.qualifier) for c in claims] == expected
    for claim in claims:
        assert text[claim.start:claim.end] == claim.text


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_non_claims_are_ignored(text):
    assert extracted(text) == []


@pytest.mark.parametrize(("text", "expected"), CHANGES, ids=[row[0][:40] for row in CHANGES])
def test_changes_attach_to_their_figure(text, expected):
    value, direction, change, unit = expected
    claims = ipnlp.analyze(text).claims
    assert len(claims) == 1, "a stated change is not a claim of its own"
    claim = claims[0]
    assert claim.value == value
    assert claim.yoy is not None
    assert (claim.yoy.direction, claim.yoy.value, claim.yoy.unit) == (direction, change, unit)
    assert text[claim.yoy.start:claim.yoy.end] == claim.yoy.text


def test_standalone_change_is_a_claim_carrying_its_change():
    claims = ipnlp.analyze("The share of exports fell by 3.1 percentage points.").claims
    assert [(c.value, c.unit, c.yoy.direction if c.yoy else None) for c in claims] == [
        (3.1, "percentage_point", "down")]


def test_offsets_are_exact():
    text = "Intro line.\n\nIt issued more than 22,000 certificates and 1.5 million licences."
    for claim in ipnlp.analyze(text).claims:
        assert text[claim.start:claim.end] == claim.text
        assert claim.sentence.start <= claim.start < claim.end <= claim.sentence.end


def test_a_year_next_to_a_figure_is_neither_a_range_end_nor_a_claim():
    claims = ipnlp.analyze("Filings rose from 96,000 in 2023 to 108,000 in 2024.").claims
    assert [(c.value, c.qualifier, c.period) for c in claims] == [(96000, "exact", "2023"), (108000, "exact", "2024")]


def test_a_change_belongs_to_the_new_value_not_the_from_baseline():
    text = "The share rose to 31.5% in 2024 from 29.0% in 2023, up 2.5 percentage points."
    claims = ipnlp.analyze(text).claims
    assert [(c.value, c.yoy.value if c.yoy else None) for c in claims] == [(31.5, 2.5), (29, None)]


@pytest.mark.parametrize(("text", "period"), [
    ("I. Results in 2024\n\nIts rank rose by 24 places since the 18th National Congress.", "2012-2024"),
    ("I. Results in 2024\n\nExports grew 5% since 2019 to 300 billion yuan.", "2019-2024"),
    ("I. Results in 2024\n\nThe office trained 1,200 examiners.", "2024"),
    ("I. Results in 2024\n\nIn 2023, the office trained 1,200 examiners.", "2023"),
    ("I. Results in 2024\n\n-November the total reached 356 billion yuan.", None),
])
def test_period_comes_from_the_sentence_then_the_heading(text, period):
    assert [c.period for c in ipnlp.analyze(text).claims][-1] == period
