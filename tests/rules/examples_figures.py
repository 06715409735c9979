"""Examples for the figure, arithmetic and unit/wording rules: (code, text, should_flag).

Written for texts other than the shipped report. tests/rules/test_examples.py runs each one with
only its rule selected.
"""

from __future__ import annotations

EXAMPLES = [
    # IPN101 conflicting-values
    ("IPN101",  # one dated figure given twice
     "Public housing completions reached 14,600 flats in 2025. Construction costs rose. Public "
     "housing completions in 2025 were 13,900 flats.", True),
    ("IPN101",  # reference labels are not values
     "Details are in Annex C-1. The scheme is described below. [See Annex C-3.]", False),
    ("IPN101",  # note numbers
     "Refer to notes 3.2 and 3.14 for the accounting policies. Refer to notes 3.7 and 3.9 for the "
     "valuation of investments.", False),
    ("IPN101",  # undated amounts of two schemes with a generic subject
     "A retired couple will receive about $4,200 in support. A young family will receive about "
     "$1,800 in support.", False),
    ("IPN101",  # benchmarks of two ratios are not one metric
     "The leverage ratio was 7.9% at the end of 2024, well above the statutory minimum requirement of "
     "3%. The funding ratio was 141.2% at the end of 2024, well above the statutory minimum requirement "
     "of 100%.", False),
    ("IPN101",  # two tiers reached from different starting figures
     "For smaller flats, the rebate in 2025 will rise from $300 to $450. For larger flats, the rebate in "
     "2025 will rise from $150 to $200.", False),
    ("IPN101",  # a reading during the year, then the year-end value
     "The policy rate in 2024 was cut to 4.75% in early September. The policy rate in 2024 closed at "
     "4.50%.", False),
    ("IPN101",  # two shares of one whole
     "In 2024, 84% of these loans were secured by property. Unsecured lending was small. In 2024, the "
     "remaining 16% of these loans were unsecured.", False),
    ("IPN101",  # a subject that frames another figure is a tier, not a metric
     "For flats below $15,000 in value, we will raise the rebate from $300 to $450 in 2025. For "
     "flats above $15,000 in value, we will raise the rebate from $150 to $200 in 2025.", False),
    ("IPN101",
     "Registered trademarks reached 48,200 for the year, up 6.1% year-on-year. Examination times "
     "fell. The number of trademarks registered this year was 47,800, up 6.1% year-on-year.", True),
    ("IPN101",
     "In 2024 the office granted 11,200 design patents. Design work went well. In 2024 the office "
     "granted 12,900 design patents.", True),
    ("IPN101",  # the same value repeated
     "Registered trademarks reached 48,200 for the year, up 6.1% year-on-year. Examination times "
     "fell. The number of trademarks registered this year was 48,200, up 6.1% year-on-year.", False),
    ("IPN101",  # different periods
     "In 2023 the office granted 9,500 design patents. In 2024 the office granted 11,200 design "
     "patents.", False),
    ("IPN101",  # a part and its whole
     "Technology contracts signed for the year reached 95,000, up 8.4% year-on-year; among them, "
     "technology contracts signed by universities reached 12,000, up 20.3% year-on-year.", False),
    ("IPN101",  # different subjects
     "In 2024 the office granted 11,200 design patents. In 2024 the office granted 64,000 utility "
     "model patents.", False),
    ("IPN101",  # "respectively" pairs values with subjects one by one
     "Invention patents and utility models granted reached 920,000 and 2.1 million respectively in "
     "2024. Invention patents granted reached 920,000 in 2024.", False),
    ("IPN101",  # the plan for next year is another period
     "In 2024 the office granted 920,000 invention patents. In 2025 the office will grant about "
     "1 million invention patents.", False),
    ("IPN101",  # rounding: 4.76 million is 4,756,000 written with fewer digits
     "Valid registrations reached 4,756,000 in 2024. Growth was steady. Valid registrations "
     "reached 4.76 million in 2024.", False),
    # IPN102 part-exceeds-whole
    ("IPN102", "Courts concluded 52,000 cases in 2024; among them, 61,000 were patent cases.", True),
    ("IPN102", "In 2024, 93 new service centres opened, bringing the total number of centres to 80.", True),
    ("IPN102", "Courts concluded 52,000 cases in 2024; among them, 16,000 were patent cases.", False),
    ("IPN102",
     "Over 120,000 people were trained, including 40,000 judges and 30,000 lawyers.", False),
    ("IPN102", "In 2024, 33 new service centres opened, bringing the total number of centres to 80.", False),
    # IPN103 sum-mismatch
    ("IPN103",
     "A total of 120 pilot cities were selected, of which 45 cities in the east and 70 cities in "
     "the west.", True),
    ("IPN103",
     "A total of 120 pilot cities were selected, of which 45 cities in the east and 75 cities in "
     "the west.", False),
    ("IPN103",
     "The office handled 1,200 cases in the first half and 1,500 cases in the second half, a "
     "total of 2,900 cases.", True),
    ("IPN103",
     "The office handled 1,200 cases in the first half and 1,500 cases in the second half, a "
     "total of 2,700 cases.", False),
    ("IPN103",  # "including" may list only some of the parts
     "A total of 120 pilot cities were selected, including 45 cities in the east and 30 cities "
     "in the west.", False),
    # IPN104 shares-not-100
    ("IPN104",
     "Domestic applicants, foreign applicants and the rest accounted for 71%, 18% and 7% of "
     "filings respectively.", True),
    ("IPN104",
     "Domestic applicants, foreign applicants and the rest accounted for 71%, 18% and 11% of "
     "filings respectively.", False),
    ("IPN104",  # rounded shares may add up to 99%
     "Small, medium and large firms accounted for 33%, 33% and 33% of applicants respectively.", False),
    ("IPN104",  # rates of different things, not shares of one whole
     "The pass rates of the written and oral tests were 92% and 88% respectively.", False),
    # IPN105 yoy-mismatch
    ("IPN105",  # annual-report style: the change disagrees with the two amounts
     "Operating income reached $4.2 billion, up 18.0% from $3.8 billion a year earlier.", True),
    ("IPN105",  # a growth rate compared with last year's growth rate: no levels to recompute
     "Total deposits grew by 5.9% in 2024, compared with 3.1% in 2023.", False),
    ("IPN105",  # two metrics in one sentence
     "Net profit increased by 48.5%, while the return on equity went up from 0.61% to 0.93%.", False),
    ("IPN105", "Design registrations reached 108,000, up 15.0% from 96,000 a year earlier.", True),
    ("IPN105",
     "The share of renewable power rose to 31.5% in 2024 from 29.0% in 2023, up 2.0 percentage "
     "points.", True),
    ("IPN105", "Design registrations reached 108,000, up 12.5% from 96,000 a year earlier.", False),
    ("IPN105",
     "The share of renewable power rose to 31.5% in 2024 from 29.0% in 2023, up 2.5 percentage "
     "points.", False),
    # IPN106 threshold-contradiction
    ("IPN106",
     "Registered users reached 3.86 million, making the platform the first to exceed 4 million "
     "users.", True),
    ("IPN106",
     "Registered users reached 4.12 million, making the platform the first to exceed 4 million "
     "users.", False),
    ("IPN106", "The accuracy rate reached 97%, exceeding the 95% target.", False),
    ("IPN106",  # a new subject after "and": the two figures measure different things
     "Exports exceeded 200 billion yuan, and imports reached 150 billion yuan.", False),
    # IPN107 same-value-different-subject
    ("IPN107",
     "Courts handled 38,417 patent cases in 2024. Arbitration bodies closed 38,417 trademark "
     "cases in 2024.", True),
    ("IPN107",
     "Courts handled 38,417 patent cases in 2024. Arbitration bodies closed 21,905 trademark "
     "cases in 2024.", False),
    ("IPN107",  # round numbers repeat by chance
     "The city opened 20 service centres in 2024. The province trained 20 service centres in 2024.", False),
    # IPN401 percent-vs-percentage-point
    ("IPN401",
     "Research spending accounted for 2.68% of GDP, an increase of 0.12% over the previous year.", True),
    ("IPN401",
     "Research spending accounted for 2.68% of GDP, an increase of 0.12 percentage points over the "
     "previous year.", False),
    ("IPN401", "Patent licensing income reached 8.3 billion yuan, up 12.4% year-on-year.", False),
    ("IPN401",  # a rate named by its wording
     "The unemployment rate stood at 3.9% in the final quarter, an increase of 0.4% from a year "
     "earlier.", True),
    ("IPN401",  # a share of a total
     "Green bonds accounted for 21% of all issuance in the period, up 3% on the previous year.", True),
    ("IPN401",  # "made up 34%" is a share even where "up" reads like a change
     "Women made up 34% of senior managers at the end of the year, up 2% on the previous year.", True),
    ("IPN401",  # a plain growth rate of an amount is a relative change: correct in percent
     "Residential property prices fell 11.2% over the year, after rising 2.6% the year before.", False),
    ("IPN401",  # growth of output, then growth of the previous year: two growth rates
     "The economy expanded by 2.7% in 2023, up from 1.1% in 2022, as exports grew by 4.9%.", False),
    ("IPN401",  # the change belongs to another portfolio, in a clause of its own
     "Specifically, the equity portfolio achieved a rate of return of 8.3%, while the bond portfolio "
     "gained 1.9%.", False),
    ("IPN401",  # the change belongs to a count after another figure
     "Bank deposits grew by 5.1%, compared with 4.3% in 2022, and loans increased by 2.8%.", False),
    # IPN402 garbled-fragment
    ("IPN402", "Growth was steady. -September the number of registered brands reached 41,200.", True),
    ("IPN402", "Work continued. From January- the agency handled more appeals.", True),
    ("IPN402", "The report is attached () for reference.", True),
    ("IPN402",
     "Growth was steady. From January to September the number of registered brands reached "
     "41,200.", False),
    ("IPN402", "The plan covers 2021–2025 and was adopted in May.", False),
    ("IPN402", "Main results:\n- more examiners\n- faster reviews", False),
    # IPN403 stray-footnote-marker
    ("IPN403", "Exports rose 8.2% year-on-year.3 Imports were stable.", True),
    ("IPN403", "Imports were stable.12\n\nExports rose.", True),
    ("IPN403", "Exports rose 8.2% year-on-year. Imports were stable.", False),
    ("IPN403", "See Fig.2 The chart shows exports. Version 4.5 Beta was released.", False),
    ("IPN403",  # a footnote number glued before the punctuation
     "Lending slowed in the second half of the quarter3. Deposits grew.", True),
    ("IPN403", "Funds placed by the Pension Reserve4, which earn a fixed rate, are excluded.", True),
    ("IPN403",  # names and units with digits are not markers
     "The G20 met in May. Emissions of CO2, measured in km2, fell. Leaders of the G7. The FY2024.", False),
    # IPN404 unbalanced-quotes
    ("IPN404",
     "The campaign adopted the slogan “Quality first and went on to cover 12 provinces.", True),
    ("IPN404", 'The campaign adopted the slogan "Quality first and went on to cover 12 provinces.', True),
    ("IPN404",
     "The campaign adopted the slogan “Quality first” and went on to cover 12 provinces.", False),
    ("IPN404", 'The display measures 27" and the slogan "Quality first" is printed on it.', False),
    # IPN405 redundant-unit
    ("IPN405", "Royalty income reached RMB 2.3 billion yuan.", True),
    ("IPN405", "Export sales reached USD 40 million US dollars.", True),
    ("IPN405", "Royalty income reached 2.3 billion yuan, and fees RMB 80 million.", False),
    # IPN406 missing-unit
    ("IPN406", "The platform now hosts more than 250 basic data, open to all users.", True),
    ("IPN406", "The platform now hosts more than 250 basic data sets, open to all users.", False),
    ("IPN406", "The 2024 data show growth; 12 research projects were funded.", False),
    ("IPN406", "The agency funded 20 research and development projects.", False),
    ("IPN406", "Level 3 support runs 24/7, with COVID-19 information online.", False),
    # IPN407 ambiguous-quantity-wording
    ("IPN407", "The number of new service stations has increased to 12, bringing the total to 40.", True),
    ("IPN407", "The number of newly registered brands rose to 3,100 in the province.", True),
    ("IPN407", "12 new service stations were opened, bringing the total to 40.", False),
    ("IPN407", "The number of service stations has increased to 40.", False),
]
