"""Where a figure sits: blocks shared by a document and its translation (alignment/layout.py)."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.alignment.layout import Layout, paragraph_starts, shared_layouts

LONG = "Para one has 3% growth and a long tail of words that pads the line out.\n"


@pytest.mark.parametrize(("text", "starts"), [
    ("a\nb\n", [0, 2]),
    ("a\n\n  \nb", [0, 6]),
    ("\n\nfirst\r\nsecond", [2, 9]),
    ("", []),
])
def test_paragraph_starts(text, starts):
    assert paragraph_starts(text) == starts


@pytest.mark.parametrize(("offset", "position"), [(0, 0.0), (5, 0.25), (10, 0.5), (15, 0.75), (19, 0.95)])
def test_position_is_block_index_plus_share_of_block(offset, position):
    layout = Layout((0, 10), 20)
    assert layout.position(offset) == pytest.approx(position)


def test_paragraphs_are_used_when_both_texts_have_as_many():
    source = "短段。\n长段落里有很多字。\n"
    translation = "A rather long first paragraph here.\nShort.\n"
    left, right = shared_layouts(source, translation)
    assert left.count == right.count == 2
    # The second paragraph starts at a tenth of the Chinese text but most of the way into the English.
    assert left.position(source.index("长")) == right.position(translation.index("Short")) == 0.5


def test_no_shared_blocks_falls_back_to_the_whole_text():
    left, right = shared_layouts("one\ntwo\nthree\n", "one two\nthree\n")
    assert left.count == right.count == 1


def test_a_value_repeated_in_another_paragraph_pairs_within_its_own_paragraph():
    # Two source paragraphs say 2%; the translation changes the second one's to 3%. Chaining equal
    # values by order alone could pair the first translated 2% with either source 2%; read against
    # the paragraphs, it is the first, and the second pair is a value mismatch.
    source = "Loans grew 2% in the year.\nDeposits grew 2%.\nBonds grew 4%.\n"
    translation = "Loans grew 2% in the year.\nDeposits grew 3%.\nBonds grew 4%.\n"
    (finding,) = ipnlp.align(source, translation).findings
    assert finding.code == "IPN603" and finding.evidence[0].start == translation.index("grew 3%")
