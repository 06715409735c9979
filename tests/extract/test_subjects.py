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
    ("Retail sales shrank by 4.4% last quarter.", "4.4%", "Retail sales"),
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


@pytest.mark.parametrize("phrase", ["us", "compared", "(", "There", "it", "  ,  ", "123", "compared with", "grown",
                                    "it has grown by", "And over the span of ten years, it"])
def test_a_fragment_is_no_subject(phrase):
    assert tidy(phrase) == ""


@pytest.mark.parametrize(("phrase", "subject"), [
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
    ("5 in 2024 banks", None),  # a year is no denominator
    ("one of the largest banks", None),  # a partitive, not a share
    ("3 in Hong Kong", None),
])
def test_a_share_stated_as_a_ratio_measures_the_share_of_its_noun(text, subject):
    assert share_of(text, 0) == subject
