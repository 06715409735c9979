"""Words that a case-insensitive pattern matches through Unicode case folding ("thouſand" with a long
s, "Kelvin" with the Kelvin sign) are read like their plain spelling, never a KeyError that ends the
document's analysis."""

from __future__ import annotations

from collections import Counter

import pytest

import ipnlp

# A table word of each kind: a qualifier, a scale, a unit word, a currency word, a percent word.
SENTENCES = [
    "The fund holds some 5 million units.",
    "It rose 5 per cent to 300 thousand yuan.",
    "It was about 2 billion dollars.",
    "Exports fell by 2.5 basis points.",
    "It took over six months, at least 25 percentage points more than 5 times.",
]
FOLDED = {"s": "\u017f", "k": "\u212a"}  # long s, Kelvin sign: both fold to an ASCII letter


def _figures(text: str) -> list[tuple]:
    return [(c.value, c.unit, c.qualifier) for c in ipnlp.analyze(text).claims]


@pytest.mark.parametrize("plain", SENTENCES)
def test_a_case_folded_letter_is_read_as_the_letter(plain):
    expected = _figures(plain)
    for letter, folded in FOLDED.items():
        for index, char in enumerate(plain):
            if char == letter:
                variant = plain[:index] + folded + plain[index + 1:]
                got = _figures(variant)  # never raises
                # every figure read is one of the plain text's (a folded number word may be missed,
                # never read as another value)
                assert not Counter(v for v, _, _ in got) - Counter(v for v, _, _ in expected), variant
