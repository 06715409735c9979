"""``extract.tables.alternation``: the one literal-surfaces alternation of the extractor and the figure rules."""

from __future__ import annotations

import re

import pytest
import regex

from ipnlp.extract.tables import alternation


@pytest.mark.parametrize("engine", [re, regex], ids=["re", "regex"])
@pytest.mark.parametrize(("surfaces", "text", "found"), [
    (["dollars", "Singapore dollars"], "paid in Singapore dollars", "Singapore dollars"),  # longest first
    (["million", "hundred million"], "two hundred\n  million", "hundred\n  million"),  # any white space
    (["S$", "C$", "US$"], "cost US$5", "US$"),  # symbols are literal
    (["U.S. dollars"], "U.S. dollars, not USx dollars", "U.S. dollars"),  # a dot is a dot
    (["(b)", "a+b"], "see a+b and (b)", "a+b"),
    (["萬億", "億"], "四萬億元", "萬億"),
])
def test_alternation_matches_the_longest_literal_surface(engine, surfaces, text, found):
    match = engine.search(alternation(surfaces), text)
    assert match and match.group(0) == found


@pytest.mark.parametrize("engine", [re, regex], ids=["re", "regex"])
def test_alternation_of_no_surfaces_matches_nothing(engine):
    # Not the empty string, which would match everywhere (every table header read as a currency).
    assert engine.search(alternation([]), "any text, even empty") is None
    assert engine.search(alternation([]), "") is None


def test_alternation_takes_any_iterable_and_repeats_are_one():
    assert alternation(s for s in ("yuan", "yuan", "RMB")) == alternation(["RMB", "yuan"])
