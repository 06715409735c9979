"""Chinese outlines: 第一部分 / 一、 / （一） / 1. at fixed depths, headings run into their paragraph,
one paragraph per line, 年/月/日 date lines; 一是/二是 stay running text. Offsets are exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipnlp.segment.headings import match_heading, number_of
from ipnlp.segment.sections import segment

HKMA = Path(__file__).resolve().parents[2] / ".." / "shared" / "realdocs" / "hkma" / "reports"


def outline(text: str) -> list[tuple[str, str, int, str]]:
    return [(s.id, s.kind, s.level, s.title) for s in segment(text, "zh").sections]


@pytest.mark.parametrize(("line", "family", "number"), [
    ("一、2024年工作回顾", "cn-dun", 1),
    ("十二、其他事项", "cn-dun", 12),
    ("二十三．附则", "cn-dun", 23),
    ("（一）专利审查质量稳步提升", "cn-paren", 1),
    ("(十一) 加强国际合作", "cn-paren", 11),
    ("（三）、優化營商環境", "cn-paren", 3),
    ("第一部分 总体情况", "cn-part-word", 1),
    ("第三章：監管架構", "cn-part-word", 3),
    ("第2篇 附录", "cn-part-word", 2),
    ("第二节 审查业务", "cn-section-word", 2),
    ("1.发明专利审查", "dot", 1),
    ("2．实用新型审查", "dot", 2),
    ("3、外观设计审查", "dot", 3),
    ("（4）地理标志", "paren-both", 4),
    ("貳、年度重點工作", "cn-formal", 2),
    ("拾、附錄", "cn-formal", 10),
])
def test_chinese_heading_markers(line, family, number):
    found = match_heading(line, "zh")
    assert found is not None and found[0] == family
    assert number_of(found[1].group("num"), family, "zh") == number


@pytest.mark.parametrize("line", [
    "一是完善制度；二是优化服务。",  # an enumeration in running text, not a heading
    "1.5万件专利已结案。",  # a decimal
    "1.1万家企业参与。",
    "2024年，全年授权发明专利104.5万件。",
    "第一，强化保护。",  # an ordinal adverb, not 第一部分
    "第一次全体会议。",
])
def test_running_text_is_no_heading(line):
    found = match_heading(line, "zh")
    assert found is None or found[0] in ("markdown",)


_REPORT = """国家版权局2025年工作要点

（2025年2月10日）

第一部分 2024年工作回顾

一、版权登记量稳步增长

（一）作品登记。全年作品登记量达到892.4万件，同比增长4.3%。

（二）软件著作权登记
全年登记计算机软件著作权250.1万件。
1.企业软件
企业登记占比为78.2%。
2.个人软件
个人登记占比为21.8%。

二、版权执法持续加强
全年查办案件3200件。

第二部分 2025年重点任务

主要做了以下工作：一是完善制度；二是优化服务。
"""


def test_outline_depths_follow_chinese_official_writing():
    assert outline(_REPORT) == [
        ("title", "title", 0, "国家版权局2025年工作要点"),
        ("date", "date", 0, "（2025年2月10日）"),
        ("1", "part", 1, "2024年工作回顾"),
        ("1.1", "subsection", 2, "版权登记量稳步增长"),
        ("1.1.1", "subsection", 3, "作品登记。"),
        ("1.1.2", "subsection", 3, "软件著作权登记"),
        ("1.1.2.1", "subsection", 4, "企业软件"),
        ("1.1.2.2", "subsection", 4, "个人软件"),
        ("1.2", "subsection", 2, "版权执法持续加强"),
        ("2", "part", 1, "2025年重点任务"),
        ("2.intro", "unnumbered_paragraph", 2, "主要做了以下工作：一是完善制度；"),
    ]


def test_a_run_in_heading_ends_at_its_first_sentence():
    seg = segment(_REPORT, "zh")
    heading = next(s for s in seg.sections if s.id == "1.1.1")
    assert _REPORT[heading.start:heading.start + 8] == "（一）作品登记。"
    body = "全年作品登记量达到892.4万件，同比增长4.3%。"
    assert (_REPORT.index(body), _REPORT.index(body) + len(body)) in seg.sentences
    assert heading.end == _REPORT.index(body) + len(body)  # the body belongs to the heading's section


def test_the_first_family_seen_does_not_decide_the_depth():
    # A "1." list in the preamble does not put 一、 under it: 一、 is always above （一） and 1.
    text = "前言\n\n1.说明\n\n一、总体情况\n\n（一）专利\n\n二、主要工作\n"
    levels = {title: level for _, _, level, title in outline(text)}
    assert levels["总体情况"] == 1 and levels["专利"] == 2 and levels["主要工作"] == 1


def test_one_paragraph_per_line_without_blank_lines():
    text = ("一、总体情况\n全年受理申请150万件。\n全年审结申请140万件。\n"
            "二、主要工作\n1.不要求提前还款；\n2.调整信贷额度。\n")
    seg = segment(text, "zh")
    assert [s.title for s in seg.sections if s.marker] == ["总体情况", "主要工作"]
    paragraphs = [text[a:b] for a, b in seg.paragraphs]
    assert "全年受理申请150万件。" in paragraphs and "全年审结申请140万件。" in paragraphs
    # a numbered list ending in "；" is a list, not two headings
    assert "1.不要求提前还款；\n2.调整信贷额度。" in paragraphs


def test_an_indented_line_opens_a_paragraph():
    text = "　　全年受理申请150万件，\n同比增长5%\n　　全年审结申请140万件。"
    seg = segment(text, "zh")
    assert [text[a:b] for a, b in seg.paragraphs] == ["全年受理申请150万件，\n同比增长5%", "全年审结申请140万件。"]


@pytest.mark.parametrize("line", ["2025年1月15日", "（二〇二五年一月十五日）", "2025 年 3 月"])
def test_chinese_date_lines(line):
    sections = segment(f"工作报告\n\n{line}\n\n一、总体情况\n\n正文。\n", "zh").sections
    assert [s.kind for s in sections][:3] == ["title", "date", "part"]


def test_english_outline_unchanged_by_chinese_families():
    text = "Report\n\n1. Review\n\nText here.\n\n(1) Detail\n\nMore text.\n"
    assert [(s.id, s.level) for s in segment(text, "en").sections if s.marker] == [("1", 1), ("1.1", 2)]


@pytest.mark.skipif(not HKMA.is_dir(), reason="shared realdocs not present")
def test_hkma_traditional_chapters_keep_every_markdown_heading():
    files = sorted(HKMA.glob("*/*.zh.md"))
    assert len(files) >= 60
    headings = found = long_sentences = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        seg = segment(text, "zh")
        headings += sum(line.startswith("#") for line in text.splitlines())
        found += sum(s.marker is not None for s in seg.sections)
        long_sentences += sum(b - a > 300 for a, b in seg.sentences)
    assert found == headings
    assert long_sentences == 0  # read with English ends, 46 "sentences" ran past 300 characters


def test_a_numbered_paragraph_is_no_heading():
    # The first sentence is far longer than a heading: the line is a numbered paragraph, its label kept
    # out of the figures.
    first = ("全年围绕知识产权强省建设目标，统筹推进专利、商标、地理标志和集成电路布图设计等"
             "各类知识产权审查工作，审查质量和审查效率稳步提升，社会各界满意度持续提高")
    text = f"报告\n\n一、总体情况\n\n1.{first}。其次是服务。\n"
    seg = segment(text, "zh")
    assert [s.title for s in seg.sections if s.marker] == ["总体情况"]
    assert (text.index("1."), text.index("1.") + 2) in seg.marker_spans


def test_formal_numerals_open_the_parts_of_a_traditional_outline():
    text = "年報\n\n壹、業務回顧\n\n一、銀行監管\n\n（一）資本\n\n正文。\n\n貳、未來工作\n\n一、風險管理\n\n正文。\n"
    assert [(s.id, s.level) for s in segment(text, "zh").sections if s.marker] == [
        ("1", 1), ("1.1", 2), ("1.1.1", 3), ("2", 1), ("2.1", 2)]
