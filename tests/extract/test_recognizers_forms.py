"""Forms that quantity-extraction suites of other projects hold and reports also write: currency symbols
and codes on either side of the number, "per cent of N", ranges that run upwards only, a scale written
once after two figures, numbers inside web addresses. Each table has rows that must claim and rows that
must not, written for phrasings other than the suites' own sentences.

Rows are (text, claims) with claims as (value, value_high, unit, qualifier) in text order.
"""

from __future__ import annotations

import pytest

import ipnlp


def read(text: str) -> list[tuple]:
    return [(c.value, c.value_high, c.unit, c.qualifier) for c in ipnlp.analyze(text).claims]


CURRENCIES = [
    # a dollar sign after the number, as French and Canadian writers put it
    ("The fare is 12 $ one way.", [(12, None, "USD", "exact")]),
    ("Tickets cost 40 $ each.", [(40, None, "USD", "exact")]),
    # a symbol followed by digits opens the next amount, it does not close this one
    ("The 20 $50 notes were counted.", [(20, None, "count", "exact"), (50, None, "USD", "exact")]),
    # an ISO code written with its dollar sign, and a country letter spaced from it
    ("Fees: AUD$ 45 per visit.", [(45, None, "AUD", "exact")]),
    ("Fees: cad$120 per visit.", [(120, None, "CAD", "exact")]),
    ("The bond raised C $ 2.5 billion.", [(2500000000, None, "CAD", "exact")]),
    ("The budget is U.S $ 3 million.", [(3000000, None, "USD", "exact")]),
    ("Imports of Mex$ 40 million were paid.", [(40000000, None, "MXN", "exact")]),
    # currency names and symbols beyond the dollar, pound, euro and yuan
    ("Wages rose to 900 turkish lira a month.", [(900, None, "TRY", "exact")]),
    ("The loan was 5,000 mexican pesos.", [(5000, None, "MXN", "exact")]),
    ("He was paid 300 chinese yuan.", [(300, None, "CNY", "exact")]),
    ("A coffee is 2,500 ₡ there.", [(2500, None, "CRC", "exact")]),
    ("The wallet holds ₿3.5 after the sale.", [(3.5, None, "BTC", "exact")]),
    ("Rent is ₩850,000 a month.", [(850000, None, "KRW", "exact")]),
    # a possessive "s" is never a country letter
    ("The group's $5bn bid failed.", [(5000000000, None, "USD", "exact")]),
    ("It's $7 a ticket.", [(7, None, "USD", "exact")]),
    ("All amounts are in S$. It will cost us $240 million.", [(240000000, None, "SGD", "exact")]),
    ("Fares were set at AU $19.50 and NZ $21.", [(19.5, None, "AUD", "exact"), (21, None, "NZD", "exact")]),
    ("A set costs 4 or $6 in shops.", [(4, None, "USD", "exact"), (6, None, "USD", "exact")]),
    # "£" folded to ASCII ("PS") is money on an amount-shaped figure only, never on "PS5"
    ("The bonus was PS1.2m and the fee PS45,000.", [(1200000, None, "GBP", "exact"), (45000, None, "GBP", "exact")]),
    ("He queued for a PS5 and a PS 4.", []),
    ("Profit was Y=420 billion and the share Y=3,150.", [(420000000000, None, "JPY", "exact"),
                                                         (3150, None, "JPY", "exact")]),
    ("Plot y=4 against x.", []),
    # a scale letter one space after an amount with its currency
    ("The unit holds $3 B in cash.", [(3000000000, None, "USD", "exact")]),
    ("It bought $7 T-shirts.", [(7, None, "USD", "exact")]),
    # "one" is an idiom unless a unit of money or percent follows it
    ("Sales rose one per cent.", [(1, None, "percent", "exact")]),
    ("The stamp costs one penny more.", [(1, None, "pence", "exact")]),
    ("It is one of the largest ports and, at one point, the busiest.", []),
    # cents in words after an amount that ends on its currency word, when nothing else follows
    ("The ticket was twelve dollars thirty.", [(12.3, None, "USD", "exact")]),
    ("It costs one euro and five and no more.", [(1.05, None, "EUR", "exact")]),
    ("It paid 20 euros and two staff came.", [(20, None, "EUR", "exact"), (2, None, "staff", "exact")]),
    # digit cents after a named amount, before a comparative; a currency symbol between whole and cents named
    ("With 15 USD 50 more they could pay.", [(15.5, None, "USD", "exact")]),
    ("The toll is 10 $ 30 cents.", [(10.3, None, "USD", "exact")]),
    ("He paid 15 USD 50 staff.", [(15, None, "USD", "exact"), (50, None, "staff", "exact")]),
    ("He bought 10 $30 vouchers.", [(10, None, "count", "exact"), (30, None, "USD", "exact")]),
    # a range takes the currency of its low end; "to" does not carry a currency back over a figure
    ("The peg holds within S$1.30–1.40 to US$1.", [(1.3, 1.4, "SGD", "at_least"), (1, None, "USD", "exact")]),
    ("Tickets run between £8 and 12 each.", [(8, 12, "GBP", "at_least")]),
    ("A rate of 6.9 to US$1 applied.", [(6.9, None, "count", "exact"), (1, None, "USD", "exact")]),
    ("Lira holders were 300 people.", [(300, None, "people", "exact")]),  # a currency name is no amount
    ("The lira and the peso fell in 2023.", []),
]

PERCENT_NAMED_FIRST = [
    ("The share was given as per cent of twenty.", [(20, None, "percent", "exact")]),
    ("Write it as percent of 45.", [(45, None, "percent", "exact")]),
    ("percents of thirty-five", [(35, None, "percent", "exact")]),
    # a figure before the percent word owns it; a counted noun after the figure makes it a count
    ("Some 40 per cent of 12 firms replied.", [(40, None, "percent", "approximately"), (12, None, "firms", "exact")]),
    ("A small percent of 30 schools closed.", [(30, None, "schools", "exact")]),
    ("Debt is reported in per cent of 60.", [(60, None, "count", "exact")]),  # "in per cent of": a basis
    ("Debt is shown in per cent of GDP.", []),
]

RANGES_UPWARDS = [
    ("The home side won 3-1 in the final.", []),  # a score, never a range running downwards
    ("They drew 2-2 on Sunday.", []),
    ("A 7-4 majority approved it.", []),
    ("Rates of 3-4% are expected.", [(3, 4, "percent", "at_least")]),
    ("Waits of 10–12 weeks are common.", [(10, 12, "week", "at_least")]),
    # after a change verb, a unit written once after both ends makes a range; a level reached does not
    ("Fares climbed 15 to 25 per cent.", [(15, 25, "percent", "at_least")]),
    ("The gauge climbed 85 to 6,910.", [(85, None, "count", "exact"), (6910, None, "count", "exact")]),
    # a dash never joins an old value to a new one: after "from" it is still a range
    ("The policy band was lowered from 4.75–5.00% in June.", [(4.75, 5, "percent", "at_least")]),
    ("Yields moved from 1.5-1.75% to 2.0-2.25%.", [(1.5, 1.75, "percent", "at_least"),
                                                  (2, 2.25, "percent", "at_least")]),
    ("Capacity grew from 40 to 55 megawatts.", [(40, None, "megawatts", "exact"), (55, None, "megawatts", "exact")]),
]

SCALE_WRITTEN_ONCE = [
    ("Turnover grew from 1.5 to 2.25 billion euros.", [(1500000000, None, "EUR", "exact"),
                                                      (2250000000, None, "EUR", "exact")]),
    ("The target moved from $4 to $6 million.", [(4000000, None, "USD", "exact"), (6000000, None, "USD", "exact")]),
    ("Deposits may grow from 80 to 90-95 billion yuan.", [(80000000000, None, "CNY", "exact"),
                                                          (90000000000, 95000000000, "CNY", "at_least")]),
    ("Estimates range from 3 to 5 million visitors.", [(3000000, 5000000, "visitors", "at_least")]),
    # the first figure is larger than the second's unscaled figure: it is written in full already
    ("Prices range from $650,000 to $1.2 million.", [(650000, 1200000, "USD", "at_least")]),
    ("Staff fell from 2019 to 3 million.", [(3000000, None, "count", "exact")]),  # a year takes no scale
    ("The plan runs from 2021 to 2025.", []),
    ("The ratio went from 12 to 8 million.", [(12, None, "count", "exact"), (8000000, None, "count", "exact")]),
]

# A bare figure compared with the one before it, or a part of the one after it, is in that one's unit;
# a level that a change in points belongs to (or leads to) is in points.
UNITS_FROM_NEIGHBOURS = [
    ("The fleet grew to 120 buses, up from 95.", [(120, None, "buses", "exact"), (95, None, "buses", "exact")]),
    ("Clinics treated 900 patients this spring compared with 750 a year before.",
     [(900, None, "patients", "exact"), (750, None, "patients", "exact")]),
    ("Unemployment rose to 4.1% from 3.8 in March.", [(4.1, None, "percent", "exact"),
                                                      (3.8, None, "percent", "exact")]),
    ("They have spent 40 million of the 250 million euros allotted.",
     [(40000000, None, "EUR", "exact"), (250000000, None, "EUR", "exact")]),
    ("The Nikkei closed at 31,200.55, up 120.4 points.", [(31200.55, None, "points", "exact")]),
    ("The benchmark shed 85 points to 6,910.2.", [(85, None, "points", "exact"), (6910.2, None, "points", "exact")]),
    # another clause, or another figure between, breaks the link
    ("Exports hit $3 billion while imports grew from 12 to 15.", [(3000000000, None, "USD", "exact"),
                                                                (12, None, "count", "exact"),
                                                                (15, None, "count", "exact")]),
    ("Some 2 million homes, including 400,000 in the capital, lost power.",
     [(2000000, None, "homes", "approximately"), (400000, None, "homes", "exact")]),
    ("Deposits were HK$900 billion, of which 210 billion were in US dollars.",
     [(900000000000, None, "HKD", "exact"), (210000000000, None, "HKD", "exact")]),
    ("The fund returned 6% and then 48 in total.", [(6, None, "percent", "exact"), (48, None, "count", "exact")]),
    ("Page views fell from a peak.", []),
    # a level whose unit was written once before it: after a counted change, in a second clause of the
    # same shape, after a subject whose noun is left out, answering the same preposition
    ("Output fell 300 tonnes, or 1.5%, to 19,700.", [(300, None, "tonnes", "exact"), (1.5, None, "percent", "exact"),
                                                    (19700, None, "tonnes", "exact")]),
    ("Brent rose 1% to $80.10, while WTI gained 0.8% to 76.20.",
     [(1, None, "percent", "exact"), (80.1, None, "USD", "exact"), (0.8, None, "percent", "exact"),
      (76.2, None, "USD", "exact")]),
    ("The largest grant was HK$2 million, while the smallest was 50,000.",
     [(2000000, None, "HKD", "exact"), (50000, None, "HKD", "exact")]),
    ("The scheme offers 400 seats for adults and 120 for children.",
     [(400, None, "seats", "exact"), (120, None, "seats", "exact")]),
    # nothing in the words says the unit is shared, or the sizes differ too much: the level stays a count
    ("Revenue was $5 billion and headcount was 120.", [(5000000000, None, "USD", "exact"),
                                                       (120, None, "count", "exact")]),
    ("Revenue rose 5% to $5 billion while headcount rose 2% to 120.",
     [(5, None, "percent", "exact"), (5000000000, None, "USD", "exact"), (2, None, "percent", "exact"),
      (120, None, "count", "exact")]),
    ("The policy rate rose 25 basis points to 4.5.", [(25, None, "basis_point", "exact"),
                                                      (4.5, None, "count", "exact")]),
]

OTHER_UNITS = [
    ("A 52 year-old driver was fined.", [(52, None, "year", "exact")]),
    ("She is 34 years old.", [(34, None, "year", "exact")]),
    ("The ministry has 2,300 staff.", [(2300, None, "staff", "exact")]),
    ("About 400 women and 350 men enrolled.", [(400, None, "women", "approximately"), (350, None, "men", "exact")]),
    ("The state is 51 per cent-owned by the group.", [(51, None, "percent", "exact")]),
    ("The 25-year-old rule was dropped.", []),  # a hyphenated age is a modifier
    ("Queues lasted 2 hrs and checks 45 mins.", [(2, None, "hour", "exact"), (45, None, "minute", "exact")]),
    ("The sprint took 9.9 seconds.", [(9.9, None, "second", "exact")]),
    ("Some 40-odd towns and 300-ish farms signed.", [(40, None, "towns", "approximately"),
                                                     (300, None, "farms", "approximately")]),
    ("The 20-yard line held.", []),
    # a lone scale letter before a word: billions, or a label (class B shares); never a sure value
    ("Nearly 2 B people use it.", []),
    ("Holders of 40 B shares voted.", []),
    ("Fill 3 L of water.", [(3, None, "count", "exact")]),  # other capitals are units of measure
    # a bare figure followed by "who" counts people; "which" does not
    ("Of the applicants, 240 who applied late were refused.", [(240, None, "people", "exact")]),
    ("It listed 240 which were late.", [(240, None, "count", "exact")]),
]

ADDRESSES = [
    ("Data are at https://stats.example.org/t?id=2024&rows=500 online.", []),
    ("See www.example42.com or write to desk77@example.org.", []),
    ("Exports rose 4% (source: http://example.org/x/12) and imports 6%.", [(4, None, "percent", "exact"),
                                                                         (6, None, "percent", "exact")]),
]

@pytest.mark.parametrize(("text", "direction"), [
    ("Shares plummeted 12.5 per cent on Monday.", "down"),
    ("The currency slumped 3% against the dollar.", "down"),
    ("Output shrank 0.4% in the quarter.", "down"),
    ("Prices dipped 1.2% in May.", "down"),
    ("The index rallied 2.1% after the vote.", "up"),
    ("Exports rebounded 6% last year.", "up"),
])
def test_change_verbs_give_the_direction(text, direction):
    changes = [c.yoy for c in ipnlp.analyze(text).claims if c.yoy is not None]
    assert [(ch.direction, ch.unit) for ch in changes] == [(direction, "percent")]


def test_a_figure_with_no_change_verb_has_no_direction():
    assert [c.yoy for c in ipnlp.analyze("The rate was 3.5% in the dip year.").claims] == [None]


# Days of abbreviated months, index and fixture names, and chained codes are not quantities.
NOT_QUANTITIES = [
    ("The offer closes Nov. 30 and results follow Dec 4.", []),
    ("Hearings run Sept. 8-12 in the capital.", []),
    ("The Nasdaq 100 and the Fortune 500 were cited; Game 3 is next.", []),
    ("Quote account 2040-55501234-77 when paying.", []),
    ("Costs grew 3% in Jan and 12 firms left.", [(3, None, "percent", "exact"), (12, None, "firms", "exact")]),
    ("Storms mar 14 beaches a year.", [(14, None, "beaches", "exact")]),  # "mar" is a verb here
    # "the last two Budgets" says which ones; "the last two years" and "the past three decades" are spans
    ("Taxes rose in the last two Budgets.", []),
    ("Taxes rose 5% over the last two years.", [(5, None, "percent", "exact"), (2, None, "year", "exact")]),
    ("Trade doubled in the past three decades.", [(100, None, "percent", "exact"),
                                                   (3, None, "decades", "exact")]),
]

BOUNDS = [
    ("Applicants earning less than or equal to $3,000 qualify.", [(3000, None, "USD", "at_most")]),
    ("Firms with greater than or equal to 50 staff report.", [(50, None, "staff", "at_least")]),
    ("Scores equal to or above 75 pass.", [(75, None, "count", "at_least")]),
    ("Loads of <= 20 tonnes and >= 5 tonnes.", [(20, None, "tonnes", "at_most"), (5, None, "tonnes", "at_least")]),
    ("Exposure of < = 0.5 units is safe.", [(0.5, None, "units", "at_most")]),
    ("Fewer than 40 or equal were absent.", [(40, None, "count", "at_most")]),
    ("About 300 or more firms joined.", [(300, None, "firms", "at_least")]),  # the bound says more than "about"
    ("Exports may surpass 900 containers.", [(900, None, "containers", "more_than")]),
    ("It rose from 5 to 7 = 2 points.", [(5, None, "count", "exact"), (7, None, "count", "exact"),
                                         (2, None, "points", "exact")]),  # "=" alone is no bound
    ("The equal-pay rule covers staff.", []),
]

# A number word picking from a group named right after "of" counts that group's noun; a number word
# after "of" counts the noun that follows it. With no noun ("two of them", "one of seven") it is no figure.
PARTITIVES = [
    ("A poll of nine Asian economies found slower growth.", [(9, None, "economies", "exact")]),
    ("Three of the bank's subsidiaries were sold.", [(3, None, "subsidiaries", "exact")]),
    ("Two of its branches closed in May.", [(2, None, "branches", "exact")]),
    ("Inspectors made a total of four visits.", [(4, None, "visits", "exact")]),
    ("Two of them resigned.", []),
    ("One of seven was late.", []),
    ("It is one of the largest ports.", []),
    ("Two of the largest closed.", []),
    ("Two of the five lenders failed.", []),  # the whole has its own figure ("the five lenders")
]

# A list of figures closes with a word before its last figure, which gives the list its unit; a comma
# alone does not make a list ("at 5,210, 12 per cent above" is a level and a percentage).
LISTS = [
    ("Yields rose by 120, 150 and 180 basis points.", [(120, None, "basis_point", "exact"),
                                                       (150, None, "basis_point", "exact"),
                                                       (180, None, "basis_point", "exact")]),
    ("Fees of 2, 3 or 4% apply.", [(2, None, "percent", "exact"), (3, None, "percent", "exact"),
                                   (4, None, "percent", "exact")]),
    ("The index should close the year at 5,210, 12 per cent above its level.",
     [(5210, None, "points", "exact"), (12, None, "percent", "exact")]),  # an index's level is in points
    # a share written in words after the list is no unit written for it
    ("Orders reached 40,000, and a quarter of them came online.", [(40000, None, "count", "exact"),
                                                                    (25, None, "percent", "exact")]),
    ("Members met on the matter.", []),
    # an index's level is in points
    ("The Straits Times Index ended the year at 3,240.", [(3240, None, "points", "exact")]),
]

# a whole number and a proper fraction after it are one number; a date or an improper fraction is not
MIXED_FRACTIONS = [
    ("Repairs took 4 1/2 months.", [(4.5, None, "month", "exact")]),
    ("Yields rose to 3 3/4 per cent.", [(3.75, None, "percent", "exact")]),
    ("The ferry left on 7 2/5/2024 at dawn.", [(7, None, "count", "exact")]),
    ("Form 12/7 is filed yearly.", []),
]

# a number before "dozen" multiplies it; "dozens" alone is a vague order of magnitude
DOZENS = [
    ("Two dozen lenders joined the scheme.", [(24, None, "lenders", "exact")]),
    ("The shop sold 5 dozen pies.", [(60, None, "pies", "exact")]),
    ("A dozen ports reopened.", [(12, None, "ports", "exact")]),
    ("By 2021 dozens of banks had merged.", [(12, 120, "banks", "approximately")]),
    ("Dozen is an old word.", []),
]

# the same quantity in another unit, alone in brackets after a bounded figure, has that bound
BRACKETED_EQUIVALENTS = [
    ("Loans of over 40 million yuan (US$5.6 million) need approval.",
     [(40000000, None, "CNY", "over"), (5600000, None, "USD", "over")]),
    ("Grants of up to €9,000 (£7,700) are paid.", [(9000, None, "EUR", "at_most"), (7700, None, "GBP", "at_most")]),
    # a comparison in brackets is another figure, with its own qualifier
    ("Fees were over €9,000 (€8,100 in 2022).", [(9000, None, "EUR", "over"), (8100, None, "EUR", "exact")]),
    ("The site (see map) is closed.", []),
]


def test_a_bracketed_equivalent_measures_what_its_figure_measures():
    first, second = ipnlp.analyze("Exports of more than 2 million tonnes (US$900 million) left port.").claims
    assert second.subject == first.subject and second.qualifier == first.qualifier == "more_than"


# "and a half" after a scale word is half that scale more, never a stray share
HALF_OF_A_SCALE = [
    ("Some two million and a half tourists arrived.", [(2500000, None, "tourists", "approximately")]),
    ("The port handled a million and a half containers.", [(1500000, None, "containers", "exact")]),
    ("The talks lasted a year and a half.", []),
]

# A change in points restated in percent still leads to the level it reached.
INDEX_LEVELS = [
    ("The benchmark shed 95.4 points, or 1.2%, to 7,650.3.", [(95.4, None, "points", "exact"),
                                                             (1.2, None, "percent", "exact"),
                                                             (7650.3, None, "points", "exact")]),
    ("Output fell 40 units, or 0.5%, in 20 weeks.", [(40, None, "units", "exact"), (0.5, None, "percent", "exact"),
                                                     (20, None, "week", "exact")]),
    ("The board met in spring.", []),
]

# The counted noun is the one before a verb after it, not the verb's object.
COUNTED_NOUN_BEFORE_A_VERB = [
    ("Four inspectors visited farms in May.", [(4, None, "inspectors", "exact")]),
    ("Dozens of lorries carrying containers were stopped.", [(12, 120, "lorries", "approximately")]),
    ("Some 30 licensed banks reported.", [(30, None, "banks", "approximately")]),
    ("Inspectors visited farms.", []),
]

# A country letter spaced from its dollar, as tokenized text writes it; never a possessive "s".
SPACED_COUNTRY_LETTER = [
    ("Fines of S $2mil were imposed.", [(2000000, None, "SGD", "exact")]),
    ("The film ' s $ 40 million budget was spent.", [(40000000, None, "USD", "exact")]),
    ("Cases of COVID\u201119 fell.", []),  # a non-breaking hyphen in a name
    # a minus sign after letters: "\u22121" is no figure
    ("The run reached 5 fb\u22121.", [(5, None, "count", "exact")]),
]

# Plurals without an "s" count like any other plural; "specimen" and "abdomen" are singular.
PLURALS_WITHOUT_S = [
    ("The fund employs 120 fishermen and 35 chairmen.", [(120, None, "fishermen", "exact"),
                                                         (35, None, "chairmen", "exact")]),
    ("Two seniors and two infants live there.", [(2, None, "seniors", "exact"), (2, None, "infants", "exact")]),
    ("Some 1,500 police were deployed.", [(1500, None, "police", "approximately")]),
    ("Each of 12 specimen trays held 40.", [(12, None, "trays", "exact"), (40, None, "count", "exact")]),
    ("A specimen was kept.", []),
    # children in digits are counted; in words they describe an example household
    ("Clinics vaccinated 2.4 million children last year.", [(2400000, None, "children", "exact")]),
    ("The ward cared for 85 children.", [(85, None, "children", "exact")]),
    ("Take a family of two adults and three children.", [(2, None, "adults", "exact")]),
]

# The ages of who is counted are a condition, not a measured range; an index named with a slash is a name.
CONDITIONS_AND_NAMES = [
    ("Of workers aged 25 to 54, 81% were employed.", [(81, None, "percent", "exact")]),
    ("Residents aged 21-64 pay a 5% levy.", [(5, None, "percent", "exact")]),
    ("The S&P/ASX 200 rose 0.5% to 7,100 and the Nasdaq/Nikkei 225 spread held.",
     [(0.5, None, "percent", "exact"), (7100, None, "count", "exact")]),
    ("Wages of 25 to 54 dollars were paid.", [(25, 54, "USD", "at_least")]),
    ("Aged care got more staff.", []),
    ("The 2020\u201321 Budget gave four rounds of aid.", [(4, None, "rounds", "exact")]),  # a fiscal year's end
    # a bare number after "the age of" is an age, in years
    ("Staff over the age of 60 can retire early.", [(60, None, "year", "exact")]),
    ("She joined the firm at the age of 19.", [(19, None, "year", "exact")]),
    ("The ages of 3 firms were compared.", [(3, None, "firms", "exact")]),
    # life expectancy and a median or average age are in years, unwritten; another clause is not
    ("Life expectancy at birth reached 83.9 in 2022.", [(83.9, None, "year", "exact")]),
    ("The median age of nurses was 46.", [(46, None, "year", "exact")]),
    ("Life expectancy rose, and 300 were hired.", [(300, None, "count", "exact")]),
    # a name whose hyphen lost its glue ("COVID -19" in a converted PDF) is still a name, not minus 19
    ("Clinics handed out MERS -12 kits to travellers.", []),
    ("Staff ran 400 daily tests for COVID -19 in May.", [(400, None, "tests", "exact")]),
    ("Output was flat and GDP -3% in the quarter.", [(-3, None, "percent", "exact")]),
    ("The reading fell to -12 degrees.", [(-12, None, "degrees", "exact")]),
]

TABLES = {"partitives": PARTITIVES, "plurals without s": PLURALS_WITHOUT_S,
          "conditions and names": CONDITIONS_AND_NAMES, "lists": LISTS, "half of a scale": HALF_OF_A_SCALE,
          "bracketed equivalents": BRACKETED_EQUIVALENTS, "mixed fractions": MIXED_FRACTIONS,
          "dozens": DOZENS,
          "index levels": INDEX_LEVELS,
          "counted noun before a verb": COUNTED_NOUN_BEFORE_A_VERB, "spaced country letter": SPACED_COUNTRY_LETTER,
          "bounds": BOUNDS, "not quantities": NOT_QUANTITIES, "currencies": CURRENCIES,
          "percent named first": PERCENT_NAMED_FIRST,
          "ranges upwards": RANGES_UPWARDS,
          "scale written once": SCALE_WRITTEN_ONCE, "units from neighbours": UNITS_FROM_NEIGHBOURS,
          "other units": OTHER_UNITS, "addresses": ADDRESSES}
ROWS = [(name, text, expected) for name, rows in TABLES.items() for text, expected in rows]


@pytest.mark.parametrize(("table", "text", "expected"), ROWS, ids=[f"{n}:{t[:40]}" for n, t, _ in ROWS])
def test_forms(table, text, expected):
    assert read(text) == expected


def test_every_table_has_rows_that_claim_and_rows_that_do_not():
    for name, rows in TABLES.items():
        assert any(expected for _, expected in rows), f"{name}: no claiming row"
        assert any(not expected for _, expected in rows), f"{name}: no row it must leave alone"


# A qualifier between a change verb and its figure keeps the change ("rose about 1.5%"); a percentage
# joined by "or" to a stated change restates it, in the same direction ("lost 190 points, or 0.6%").
# Rows: (value, unit, qualifier, direction of the change the claim states, or None).
STATED_CHANGES = [
    ("Shares of the lender rose about 1.5% on Monday.", [(1.5, "percent", "approximately", "up")]),
    ("Exports are up nearly 20% this year.", [(20, "percent", "nearly", "up")]),
    ("Output fell more than 10% in 2020.", [(10, "percent", "more_than", "down")]),
    ("Inflation fell below 2% in May.", [(2, "percent", "less_than", None)]),  # a level reached
    ("The index lost 210 points, or 1.1%, on Friday.", [(210, "points", "exact", "down"),
                                                        (1.1, "percent", "exact", "down")]),
    ("Deposits grew by S$3 billion, or 2.5%, to S$123 billion.", [(3000000000, "SGD", "exact", None),
                                                                 (2.5, "percent", "exact", "up"),
                                                                 (123000000000, "SGD", "exact", None)]),
    ("Loans were $8 billion, or 4% of assets.", [(8000000000, "USD", "exact", None), (4, "percent", "exact", None)]),
    # a plus sign states a rise; a plus inside a sum or a grade does not
    ("Turnover was +7.5% on a year earlier.", [(7.5, "percent", "exact", "up")]),
    ("Grade B+ 40% of pupils.", [(40, "percent", "exact", None)]),
    # "and imports by 3.2%": the verb left out, the direction kept; a verb of its own leaves it unknown
    ("Sales fell 4.5% and margins by 1.2% last year.", [(4.5, "percent", "exact", "down"),
                                                        (1.2, "percent", "exact", "down")]),
    ("Costs rose 6% while fees were trimmed by 2%.", [(6, "percent", "exact", "up"), (2, "percent", "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"), STATED_CHANGES, ids=[t[:40] for t, _ in STATED_CHANGES])
def test_stated_changes_keep_direction_and_qualifier(text, expected):
    claims = ipnlp.analyze(text).claims
    assert [(c.value, c.unit, c.qualifier, c.yoy.direction if c.yoy is not None and c.yoy.start == c.start
             else None) for c in claims] == expected


def test_money_and_table_cells_read_currency_prefixes_with_one_pattern():
    from ipnlp.extract import context
    from ipnlp.extract.recognizers import money
    from ipnlp.extract.tables import load_tables

    assert money.currencies("en").prefix_re is load_tables("en").prefix_re
    assert context.currency_prefix_before("HK$ 5", 4) == ("HKD", 0)
    assert context.currency_prefix_before("the group's $5", 13) == ("$", 12)  # a possessive is no country letter
    assert context.currency_prefix_before("MUSD 5", 5) is None  # millions of a code: the money recognizer's
