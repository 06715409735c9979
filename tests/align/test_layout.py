"""Where a figure sits: blocks shared by a document and its translation (alignment/layout.py)."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.alignment.layout import Layout, paragraph_starts, shared_layouts
from ipnlp.alignment.paragraphs import matched_paragraph_starts

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


def _lines(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# A report of five paragraphs and translations that add, drop or merge one (other phrasings than the
# HKMA chapters): the matched blocks must put each figure's paragraph beside its counterpart.
_SOURCE = _lines("# Annual review", "Exports rose 4.2% to 1,350 tonnes.", "# Outlook",
                 "Imports are expected to fall by 2.5% in 2026.", "The fleet grew to 48 vessels.")


@pytest.mark.parametrize(("translation", "figure", "counterpart"), [
    # a line the system added at the end
    (_lines("# 年度回顾", "出口增长4.2%至1,350吨。", "# 展望", "预计2026年进口下降2.5%。", "船队增至48艘。",
            "以上为译文。"), "2.5%", "2.5%"),
    # a heading dropped
    (_lines("# 年度回顾", "出口增长4.2%至1,350吨。", "预计2026年进口下降2.5%。", "船队增至48艘。"),
     "48 vessels", "48艘"),
    # two paragraphs merged into one line, and the heading marker lost
    (_lines("年度回顾", "出口增长4.2%至1,350吨。", "# 展望", "预计2026年进口下降2.5%。船队增至48艘。"),
     "1,350", "1,350"),
])
def test_paragraphs_matched_when_a_translation_has_a_few_more_or_fewer(translation, figure, counterpart):
    left, right = shared_layouts(_SOURCE, translation)
    assert left.count == right.count > 1 and left.reach == right.reach == 1
    assert left.block(_SOURCE.index(figure)) == right.block(translation.index(counterpart))


def test_matched_paragraphs_are_not_trusted_when_many_are_left_alone():
    # Half the translation is missing: no shared paragraphs, so no blocks to misplace figures in.
    translation = _lines("# 年度回顾", "出口增长4.2%至1,350吨。", "# 展望", "预计2026年进口下降2.5%。")
    source = _SOURCE + _lines("Ports handled 9.1 million boxes.", "Fees were cut by 3%.", "# Staff",
                              "Headcount reached 2,310.")
    assert matched_paragraph_starts(source, translation) is None


@pytest.mark.parametrize(("reach", "block", "expected"), [
    (0, 1, (10, 20)), (1, 1, (0, 30)), (1, 0, (0, 20)), (1, 2, (10, 30)),
])
def test_the_stretch_searched_for_a_number_reaches_neighbouring_blocks_of_matched_paragraphs(reach, block, expected):
    from ipnlp.alignment.features import ClaimFeatures
    from ipnlp.alignment.presence import stretch

    figure = ClaimFeatures(claim=None, family="count", tolerance=0.0, position=0.0, block=block)  # type: ignore[arg-type]
    assert stretch(Layout((0, 10, 20), 30, reach), figure, 0.2, blocks=True) == expected


@pytest.mark.parametrize(("text", "figure", "sentence"), [
    # a machine translation that ends sentences with "." and no space
    ("2018年9月,系统启动.自启动以来,参与银行增至30家.年底不变.", "30家", "自启动以来,参与银行增至30家"),
    ("利率为2.5%.其后维持不变。", "2.5%", "利率为2.5%"),
    ("Rates were 2.5%. Then they held.", "2.5%", "Rates were 2.5%"),
])
def test_the_sentence_of_a_figure(text, figure, sentence):
    from ipnlp.alignment.features import sentence_around

    start = text.index(figure)
    begin, end = sentence_around(text, start, start + len(figure))
    assert text[begin:end].strip() == sentence
