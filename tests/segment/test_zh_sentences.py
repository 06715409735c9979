"""Chinese sentence ends: 。！？； with no space after them, closing quotes kept, decimals and
half-width punctuation between Latin characters left alone. Offsets are exact."""

from __future__ import annotations

import pytest

from ipnlp.segment.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang="zh")]


@pytest.mark.parametrize(("text", "expected"), [
    ("全年受理商标注册申请712.3万件。同比下降3.2%。", ["全年受理商标注册申请712.3万件。", "同比下降3.2%。"]),
    ("一是完善制度；二是优化服务；三是强化保护。", ["一是完善制度；", "二是优化服务；", "三是强化保护。"]),
    ("成效显著！能否持续？仍需努力。", ["成效显著！", "能否持续？", "仍需努力。"]),
    # closing quotes and brackets stay with the sentence they close
    ("他指出：“要依法审查。”会议随后闭幕。", ["他指出：“要依法审查。”", "会议随后闭幕。"]),
    ("（详见附表。）下文从略。", ["（详见附表。）", "下文从略。"]),
    ("貸款總額減少2.8%。「穩中求進。」存款增加。", ["貸款總額減少2.8%。", "「穩中求進。」", "存款增加。"]),
    # half-width marks after a Han character end a sentence, between Latin letters they do not
    ("审查周期缩短!质量提高;效率提升?", ["审查周期缩短!", "质量提高;", "效率提升?"]),
    ("见ISO 9001;2015标准。下一句。", ["见ISO 9001;2015标准。", "下一句。"]),
    # a decimal or full-width digits never end a sentence; a year after 。 is not a footnote
    ("增长１２．５％。2025年继续。", ["增长１２．５％。", "2025年继续。"]),
    ("占比为45.2%，提高0.7个百分点。", ["占比为45.2%，提高0.7个百分点。"]),
    # an English sentence inside Chinese text still splits at ". " before a capital
    ("The office said so. It agreed。然后结束。", ["The office said so.", "It agreed。", "然后结束。"]),
    ("半角句号.不结束句子。", ["半角句号.不结束句子。"]),
])
def test_chinese_sentence_ends(text, expected):
    assert sentences(text) == expected


def test_offsets_are_exact_and_cover_every_sentence_character():
    text = "  一、总体情况\n全年受理申请150万件；其中发明专利50万件。\n“稳中求进。”  "
    spans = split_sentences(text, lang="zh")
    assert [text[a:b] for a, b in spans] == ["一、总体情况\n全年受理申请150万件；", "其中发明专利50万件。",
                                             "“稳中求进。”"]
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)
    assert "".join("".join(text[a:b].split()) for a, b in spans) == "".join(text.split())


def test_english_is_read_as_before():
    # 。 followed by a space ends an English-read sentence as it always did; without one it does not.
    assert split_sentences("Done here。 Next", lang="en") == [(0, 10), (11, 15)]
    assert split_sentences("完成。然后结束。", lang="en") == [(0, 8)]
