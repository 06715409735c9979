"""``extract.tables.alternation``: the one literal-surfaces alternation of the extractor and the figure rules."""

from __future__ import annotations

import random
import re

import pytest
import regex

from ipnlp.extract.subject import _words
from ipnlp.extract.tables import alternation, tree_alternation


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


def test_tree_alternation_is_a_tree_of_lower_case_ascii_surfaces_and_flat_otherwise():
    assert tree_alternation(["rise", "rises", "risen", "rose"]) == "r(?:ise(?:(?:n|s))?|ose)"
    assert tree_alternation(["went up", "went"]) == r"went(?:\s+up)?"
    for surfaces in (["Rise", "rise"], ["€", "eur"], ["a  b"], [" a"], []):
        assert tree_alternation(surfaces) == alternation(surfaces)


@pytest.mark.parametrize("engine", [re, regex], ids=["re", "regex"])
@pytest.mark.parametrize("after", ["", r"\b", r"\s+x", r"(?=s)", r"ed\b", r"(?![\w-])", r"\s*$"])
def test_tree_alternation_matches_as_the_flat_alternation(engine, after):
    """Every list of surface words extraction reads, each place of text built from the surfaces, their
    prefixes, upper case, white space and the letters ``regex`` folds onto ASCII (long s, Kelvin sign)."""
    rng = random.Random(7)
    for kind, surfaces in sorted(_words("en").items()):
        flat = engine.compile(rf"(?i:(?:{alternation(surfaces)}){after})")
        tree = engine.compile(rf"(?i:(?:{tree_alternation(surfaces)}){after})")
        for _ in range(150):
            base = rng.choice(surfaces)
            text = "".join(rng.choice([base, base.upper(), base[:rng.randint(0, len(base))], " ", "\n ", "x", "s",
                                       "ed", "ing", "-", "\u017f", "\u212a"]) for _ in range(4))
            for pos in range(len(text)):
                flat_match, tree_match = flat.match(text, pos), tree.match(text, pos)
                assert (flat_match and flat_match.span()) == (tree_match and tree_match.span()), (kind, text, pos)
