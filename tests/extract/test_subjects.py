"""Subjects: a short noun phrase naming what a figure measures, never a fragment."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.extract.subject import share_of, tidy


def _subjects(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.subject) for c in ipnlp.analyze(text).claims]


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # A change that opens with its verb measures the clause's subject.
    ("Household debt fell by 2.1% in 2022.", "fell by 2.1%", "Household debt"),
    ("Retail sales shrank by 4.4% last quarter.", "shrank by 4.4%", "Retail sales"),
    # The noun a figure completes with "of".
    ("The ministry reported a deficit of $3.2 billion.", "$3.2 billion", "deficit"),
    ("Members pay a monthly premium of at least $45.", "$45", "monthly premium"),
    ("The result included profits on bonds of HK$12.5 billion.", "HK$12.5 billion", "profits on bonds"),
    # ... but not "a total of", which names no measure.
    ("Spending on schools reached a total of $9 billion.", "$9 billion", "Spending on schools"),
    # The object a verb moves to, from or by the figure.
    ("We will raise the annual grant from $500 to $700.", "$700", "annual grant"),
    ("Each payment adds $50, bringing the weekly allowance to $300.", "$300", "weekly allowance"),
    ("We will top up the Endowment Fund by $1.5 billion.", "$1.5 billion", "change in Endowment Fund"),
    ("Parents receive $400 in baby credits for each child.", "$400", "baby credits for each child"),
    # A figure in a list, or compared with, shares the subject of the first.
    ("The jobless rate was 3.1% in May, 3.4% in June and 3.9% in July.", "3.9%", "jobless rate"),
    ("Exports grew by 6.0% in 2021, compared with a rise of 2.2% in 2020.", "a rise of 2.2%", "Exports"),
    ("The vacancy rate stood at 8%, compared with 11% a year before.", "11%", "vacancy rate"),
    # Adverbs and auxiliaries are no part of the subject.
    ("The default ratio also decreased to 0.7%.", "0.7%", "default ratio"),
    ("The filing fee will be capped at $250.", "$250", "filing fee"),
    ("The Central Bank’s reserves reached US$3.1 trillion.", "US$3.1 trillion", "Central Bank’s reserves"),
    # Figures listed after another share its subject; "respectively" gives each its member.
    ("The agency expects the core and headline rates to be 1.8% and 2.3% respectively.", "2.3%",
     "headline rates forecast"),
    ("The fee will be $40, up from $35 last year.", "$35", "fee"),
    ("Net margin stood at 2.4% at end-2022, compared with 2.0% a year earlier.", "2.0%", "Net margin"),
    # What an amount is paid or held in, or the noun it modifies.
    ("Every pensioner will get $300 in energy vouchers.", "$300", "energy vouchers for every pensioner"),
    ("The scheme freed about €2 billion of lending capacity.", "€2 billion", "lending capacity"),
    ("We will set up a $90 million innovation fund for start-ups.", "$90 million", "innovation fund"),
    # Adverbial lead-ins and asides are no part of the subject.
    ("Helped by lower costs, the operating ratio improved to 61%.", "61%", "operating ratio"),
    ("On the asset side, bond holdings rose by 4.0%.", "rose by 4.0%", "bond holdings"),
    ("Wage inequality, as measured by the Gini index, fell to 0.41.", "0.41", "Wage inequality"),
    ("The core price index, which excludes food, rose to 2.2%.", "2.2%", "core price index"),
    # A figure in brackets after what it measures; a noun coordinated before "at".
    ("Gains came from bond holdings (+6.1%) and equity holdings (+2.3%).", "2.3%", "equity holdings"),
    ("Stocks were valued at €40 billion and property at €9 billion.", "€9 billion", "property"),
    # A bare head narrowed by what follows the figure; a rate "of return".
    ("It booked losses of $2.2 billion from foreign bonds.", "$2.2 billion", "losses from foreign bonds"),
    ("The fund earned a net rate of return of 5.6% in 2022.", "5.6%", "net rate of return"),
    # A verb in -ing states the figure too; an adverb is no object.
    ("Prices rose, with the core index climbing to 3.3%.", "3.3%", "core index"),
    ("While exports fell, imports increased slightly by 0.8%.", "0.8%", "imports"),
    ("Profit rose, led by income from assets held for sale (+12.0%).", "12.0%", "assets held for sale"),
])
def test_a_figure_gets_the_noun_phrase_it_measures(text, figure, subject):
    got = dict(_subjects(text))
    assert got[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # The high end of a range and the new value of a change measure what the other end measures.
    ("The vacancy rate eased from 4.1% to 3.6% over the year.", "3.6%", "vacancy rate"),
    ("The jobless rate stayed within a narrow range of 3.0%–3.4% during the year.", "3.0%–3.4%", "jobless rate"),
    ("The fund offers a Start-up Grant of between $500 and $900.", "$500 and $900", "Start-up Grant"),
    # The noun of a moving verb, and the coordinated object of a moving verb.
    ("The council announced a cut in the policy rate from 5.25% to 5.0% in March.", "5.0%", "policy rate"),
    ("We will raise the entry threshold from $6,000 to $9,000 and the top band from over $80,000 to over "
     "$120,000.", "$120,000", "top band"),
    ("We will extend Paid Study Leave for each trainee, from the current five days to eight days.", "eight days",
     "Paid Study Leave for each trainee"),
    # "respectively" gives each figure its member of the coordinated subject.
    ("Core and headline inflation were 1.9% and 2.4% respectively.", "2.4%", "headline inflation"),
    ("The euro and the yen weakened by 3.1% and 5.2% against the dollar respectively.", "5.2%",
     "yen against the dollar"),
    ("Short-term and long-term yields rose to 3.5% and 4.1% at the end of 2023 respectively.", "3.5%",
     "Short-term yields"),
    # A figure after an earlier one and "and" starts a clause of its own.
    ("Wages were up 4% and rents were down 2%.", "down 2%", "rents"),
    # A figure in an opening phrase with no subject of its own measures the main clause's subject.
    ("After hovering at a two-year low of 1.8% in the first quarter, the default rate rose to 2.2%.", "1.8%",
     "default rate"),
    ("Following a 3.4% contraction in 2020, the economy grew by 6.1% in 2021.", "3.4%", "economy contraction"),
    # A rate that modifies a noun, or a change noun.
    ("Every retiree will receive a 20% Pension Top-up Bonus.", "20%", "Pension Top-up Bonus"),
    ("Prices fell, partly reversing a 12% surge in the first half.", "12%", "Prices surge"),
    ("The levy will see a 7% increase in landfill charges.", "7% increase", "increase in landfill charges"),
    # What spending, investing or costing verbs measure.
    ("The Treasury will spend about $2 billion on flood defences in 2025, and close to $9 billion in total by 2030.",
     "$9 billion", "spending on flood defences"),
    ("The Ministry will invest a further $400 million in school buildings.", "$400 million",
     "investment in school buildings"),
    ("The scheme will cost the Treasury $75 million.", "$75 million", "cost of scheme"),
    # Who receives an amount; what a duration is of.
    ("A single parent with two children, on a low income, will receive about $2,300 in credits next year.",
     "$2,300", "credits for single parent with two children"),
    ("Pensioners will get up to three months of energy rebates.", "three months", "energy rebates for Pensioners"),
    # A forecast is marked so; "higher than expected" is no forecast, "can expect $700" an entitlement.
    ("The bank expects gross domestic product (GDP) growth at 2% to 3% next year.", "2% to 3%",
     "GDP growth forecast"),
    ("Output is expected to rise to about 5% in 2026.", "5%", "Output forecast"),
    ("Growth was higher than expected at 3.2%.", "3.2%", "Growth"),
    ("Households can expect up to $700 in vouchers, as well as $150 every quarter.", "$150",
     "vouchers for Households"),
    # The amount of what a clause approved; the value of what is worth an amount; a multiple of what it multiplies.
    ("Lenders had approved payment deferrals for small firms in over 9,000 cases, involving an aggregate amount "
     "of over $2.5 billion.", "$2.5 billion", "amount of payment deferrals for small firms"),
    ("The platform handled 40,000 payments worth $1.2 million in May.", "$1.2 million", "value of payments"),
    ("Use grew to three times the number of sessions in 2022.", "three times", "multiple of sessions"),
    # A figure in brackets after a predicate measures the clause's subject.
    ("Among all loans, loans to retailers remained flat (+0.2%).", "0.2%", "loans to retailers"),
    # A change after a figure and a comma is the change of what that figure measures.
    ("The benchmark index ended the year at 7,120, up sharply by 9.5%.", "9.5%", "benchmark index"),
    # A specific generic head as a last resort; what a cause led to.
    ("It stayed below the ten-year average of 1.5%.", "1.5%", "ten-year average"),
    ("The reforms led to the share of renters nearly doubling to 24%.", "24%", "share of renters"),
    ("The Straits Times Index finished the year at 3,240.", "3,240", "Straits Times Index"),
])
def test_a_figure_gets_what_its_wording_says_it_measures(text, figure, subject):
    got = dict(_subjects(text))
    assert got[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("The 5 of us met.", "5"),  # a partitive of a pronoun names nothing
    ("This is 10 times faster than before.", "10 times"),  # a comparison with no named base
])
def test_no_subject_is_invented(text, figure):
    assert dict(_subjects(text))[figure] == ""


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # A pronoun subject stands for what the last figure of the sentence before measures.
    ("Members get a housing grant of 40% this year. This will be capped at $9,000 per family.", "$9,000",
     "housing grant"),
    ("The benchmark index ended at 3,250. This marked a gain of 12.4% on the year.", "a gain of 12.4%",
     "benchmark index"),
    ("Farm output was about 6% of GDP. Since then, it has shrunk by 2 percentage points.",
     "shrunk by 2 percentage points", "Farm output share of GDP"),
])
def test_a_pronoun_subject_stands_for_the_sentence_before(text, figure, subject):
    assert dict(_subjects(text))[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # An amount opening its clause after "the first", "the remaining" is a part of the amount named before.
    ("Each family gets $900 in travel credits. The first $400 is paid in March, and the remaining $500 in July.",
     "$500", "remaining travel credits for each family"),
    ("We will give $200 in book vouchers. The first $120 comes in May. The balance $80 comes later.", "$80",
     "balance book vouchers"),
    # ... not a count, not an object of its clause's verb, not an amount after another unit.
    ("Grants went to 60 firms. The remaining 40 firms left.", "40 firms", "remaining firms left"),
    ("Each family gets $900 in travel credits. Families spent the first $400 on fares.", "$400",
     "spending on fares"),
    ("Exports rose 5%. The remaining $300 is held back.", "$300", ""),
])
def test_a_part_of_an_amount_named_before(text, figure, subject):
    subjects = [s for t, s in _subjects(text) if t == figure]
    assert subjects[-1] == subject


@pytest.mark.parametrize(("text", "figure", "before"), [
    # A determiner and its noun, a pronoun object, a sentence with a subject of its own, or no figure before.
    ("Exports rose 5% last year. This year, we will provide $800.", "$800", "Exports"),
    ("Sales reached 900 units in May. Analysts expected it to be 3% higher.", "3%", "Sales"),
    ("The levy was 2% in 2022. This levy will rise to 3% next year.", "3%", "levy was"),
    ("The grant is 40%. It lasts for 3 years.", "3 years", "grant"),  # a duration says when, not what
])
def test_a_pronoun_subject_takes_nothing_from_a_sentence_it_does_not_stand_for(text, figure, before):
    assert before not in dict(_subjects(text))[figure]


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # An age the clause names no other subject for is the age of the noun before it.
    ("Consider Ms Ong, 52 years old, who retrained last year.", "52 years old", "age of Ms Ong"),
    ("Free rides for toddlers under three years old.", "three years old", "age of toddlers"),
    ("The bridge is 90 years old.", "90 years old", "bridge"),  # the clause's own subject
    ("We will raise the retirement age to 65 years old.", "65 years old", "retirement age"),  # its own subject
    # Time into something that a duration opening its clause measures.
    ("Six months into the strike, the port reopened.", "Six months", "time into strike"),
    # A duration framing another figure of its clause is the period of that figure.
    ("The city will award a $40 million grant for parks over the next four years.", "four years",
     "period of grant"),
    ("We will provide the regions with additional funding of $8 million over the coming two years.", "two years",
     "period of additional funding"),
    # ", or" restates the noun phrase before it in money when no figure in digits came first.
    ("Owners receive double the usual rent rebate, or up to $600, this year.", "$600", "usual rent rebate"),
    ("The agency will hand out food parcels, or about $90 a family.", "$90", "food parcels"),
])
def test_a_duration_or_a_restated_amount_gets_what_it_is_of(text, figure, subject):
    assert dict(_subjects(text))[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # A heading of figures only, as a converted infographic writes it, is captioned by the short line under it.
    ("# Markets\n\nTrading was calm.\n\n# US$48.1 billion, -2.3%\n\nNet assets of the pension fund\n",
     "US$48.1 billion", "Net assets of the pension fund"),
    ("## 12,400\n\nNew firms registered\n", "12,400", "New firms registered"),
    # ... not a heading with words, nor one followed by a sentence or another heading.
    ("# Lending rose 4%\n\nTotal loans of banks\n", "rose 4%", "Lending"),
    ("# 7.5%\n\nThe rate stayed high. It fell later.\n", "7.5%", ""),
    ("# 7.5%\n\n# Outlook\n", "7.5%", ""),
])
def test_a_heading_of_figures_takes_its_caption(text, figure, subject):
    assert dict(_subjects(text))[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # Where an amount goes, after its noun: "to" a determiner, a name or a plural noun.
    ("The council will make a $2 million grant to the Harbour Trust and review it.", "$2 million",
     "grant to the Harbour Trust"),
    ("The scheme gives $900 million in relief to farmers this year.", "$900 million", "relief to farmers"),
    ("A $300 top-up to each account was paid.", "$300", "top-up to each account"),
    # ... never a verb after "to", nor what follows a coordination or the next preposition.
    ("We give $800 in vouchers to help families.", "$800", "vouchers"),
    ("It gives a $50 million top-up to the Arts Fund over the next four years.", "$50 million",
     "top-up to the Arts Fund"),
])
def test_an_amount_takes_where_it_goes(text, figure, subject):
    assert dict(_subjects(text))[figure] == subject


def test_a_range_with_no_subject_takes_the_change_noun_after_it():
    # "an average of" names no measure and the clause has no subject: the change noun after the range does
    assert dict(_subjects("If we secure an average of 2% to 3% growth a year, we gain."))["3% growth"] == "growth"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("We will invest $2 billion over the next five years into ports.", "five years", "period of investment"),
    ("Costs rose 4%, or about $9 million, last year.", "$9 million", "cost"),  # the figure before's subject
])
def test_a_duration_into_or_a_restatement_after_a_figure_is_read_otherwise(text, figure, subject):
    assert dict(_subjects(text))[figure] == subject


@pytest.mark.parametrize(("phrase", "subject"), [
    ("gross domestic product (GDP) growth", "GDP growth"),
    ("the Housing and Development Board (HDB) flats", "HDB flats"),
    ("the Net Stable Funding Ratio (NSFR)", "NSFR"),
    ("the rate (as revised)", "rate (as revised)"),  # no acronym: nothing replaced
    ("Our economy", "economy"),
    ("a modest rebound", "rebound"),
])
def test_tidy_prefers_acronyms_and_drops_possessives_and_judgements(phrase, subject):
    assert tidy(phrase) == subject


@pytest.mark.parametrize("phrase", ["us", "compared", "(", "There", "it", "  ,  ", "123", "compared with", "grown",
                                    "it has grown by", "And over the span of ten years, it"])
def test_a_fragment_is_no_subject(phrase):
    assert tidy(phrase) == ""


@pytest.mark.parametrize(("phrase", "subject"), [
    ("the **GST Voucher** Fund", "GST Voucher Fund"),  # Markdown emphasis is no part of a name
    ("There are", ""),
    ("Overall, the coverage ratio also", "coverage ratio"),
    ("net inflows of HK", "net inflows"),
    ("the deposit base was", "deposit base"),
])
def test_tidy_drops_lead_ins_trailing_words_and_currency_codes(phrase, subject):
    assert tidy(phrase) == subject


@pytest.mark.parametrize(("text", "subject"), [
    ("one in five adults", "share of adults"),
    ("2 out of 3 small firms", "share of small firms"),
    ("a quarter of all households", "share of households"),
    ("two-thirds of the respondents", "share of respondents"),
    ("half of our graduates", "share of graduates"),
    ("half the condos", "share of condos"),
    ("5 in 2024 banks", None),  # a year is no denominator
    ("one of the largest banks", None),  # a partitive, not a share
    ("3 in Hong Kong", None),
])
def test_a_share_stated_as_a_ratio_measures_the_share_of_its_noun(text, subject):
    assert share_of(text, 0) == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # a share's whole is named once, never twice ("share of X share of X")
    ("A third of the city's population lives in the north.", "A third", "share of city's population"),
    ("Nearly two-thirds of the members voted in favour.", "two-thirds", "share of members"),
    # the whole ends at a verb ...
    ("About 45% of the firms said they would hire.", "45%", "share of firms"),
    ("Half of all households got the rebate.", "Half", "share of households"),
    # ... but a preposition that goes on naming it is kept, so two shares stay apart
    ("Firms can cover up to 90% of the cost for retraining staff and 70% of the cost for new machines.",
     "90%", "share of cost for retraining staff"),
    ("Firms can cover up to 90% of the cost for retraining staff and 70% of the cost for new machines.",
     "70%", "share of cost for new machines"),
    # a determiner before the whole, and a list it runs on into, are no part of it
    ("For 86% of these financial assets and all other assets, fair values were used.", "86%",
     "share of financial assets"),
    # a ranking list's scope words make a share of the top or the bottom ("the top 7% of ...")
    ("The tax falls mainly on the top 7% of owner-\noccupied homes.", "7%", "top share of owner-occupied homes"),
])
def test_the_whole_of_a_share(text, figure, subject):
    subjects = [got for shown, got in _subjects(text) if shown == figure]
    assert len(subjects) == 1 and subjects[0].endswith(subject), subjects
    assert subjects[0].count("share of") == 1


@pytest.mark.parametrize(("text", "change", "owner"), [
    # a change with its own subject after a clause break is a figure of its own ...
    ("Following a 2.9% expansion in 2018, the economy contracted by 1.2% in 2019.", "contracted by 1.2%", None),
    ("Deposits were flat (-0.4%), while loans and trade finance fell by 10.4% and 13.1% respectively.",
     "fell by 10.4%", None),
    # ... but one that goes on with the figure's clause is that figure's change
    ("The index finished the year at 28,190, registering an overall gain of 9.1%.", "gain of 9.1%", "28,190"),
    ("Loans reached $10 billion at end-2023, a decrease of 3.6% from a year earlier.", "a decrease of 3.6%",
     "$10 billion"),
    ("Deposits were $15 billion, having increased by 3%.", "increased by 3%", "$15 billion"),
    ("Exports reached $5 billion in 2023 and grew 4%.", "grew 4%", "$5 billion"),
])
def test_a_change_belongs_to_the_figure_before_it_only_in_that_figure_s_clause(text, change, owner):
    claims = ipnlp.analyze(text).claims
    holder = next(c for c in claims if c.yoy is not None and change in c.yoy.text)
    assert (None if holder.yoy.start == holder.start else holder.text) == owner


def test_a_change_of_its_own_takes_its_member_of_a_respectively_list():
    text = ("Deposits were flat (-0.4%), while loans for use abroad and trade finance fell by 10.4% and 13.1% "
            "respectively.")
    assert ("fell by 10.4%", "loans for use abroad") in _subjects(text)


def test_half_before_a_determiner_is_a_share():
    claims = ipnlp.analyze("Half the flats have been sold.").claims
    assert [(c.text, c.value, c.unit) for c in claims] == [("Half", 50, "percent")]


@pytest.mark.parametrize("before", [
    "rose from 2.5% to ", "between $200 and ", "2.9%–", "from about 3 per cent in 2019 to an ",
    "grew 4% and ", "rose to ", "in 2023 to ", "from 12 million\nto ", "1.5 to a ", "from 7 TO\n", "",
    "between 5\u00a0and\u00a0", "from ٣ to ", "fell -", "from 3 —",
])
def test_the_cheap_range_checks_pass_every_window_the_range_pattern_matches(before):
    from ipnlp.extract import subject as subject_module

    text = before + "3.1%"
    pos = len(before)
    found = subject_module._LOW_END_BEFORE.search(text, 0, pos) is not None
    passes = subject_module._DIGIT.search(text, 0, pos) is not None and \
        subject_module._RANGE_JOIN_AT_END.search(text, 0, pos) is not None
    assert passes or not found


@pytest.mark.parametrize(("first", "second"), [
    ("Exports rose by 5% in 2024.", "Imports rose by 5% in 2024."),
    ("The loan rate fell to 3.1%.", "The debt rate fell to 3.1%."),
])
def test_two_texts_read_at_the_same_offsets_keep_their_own_subjects(first, second):
    from ipnlp.extract.subject import clause_subject

    assert len(first) == len(second)
    number = next(i for i, ch in enumerate(first) if ch.isdigit())
    subjects = [clause_subject(text, 0, number) for text in (first, second, first)]
    assert subjects[0] != subjects[1]
    assert subjects[0] == subjects[2]
