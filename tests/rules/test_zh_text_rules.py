"""The structure and repetition rules on Chinese text: a flagging and a clean example for each rule
that runs in Chinese (IPN201, IPN202, IPN301, IPN302, IPN303, IPN304), written in the phrasing of
Chinese government work reports. These rules read sections and sentences only, so the view is built
from the Chinese segmenter alone."""

from __future__ import annotations

import pytest

from ipnlp.rules import registry
from ipnlp.segment.sections import segment
from ipnlp.view import ReportView


def chinese_view(text: str) -> ReportView:
    seg = segment(text, "zh")
    return ReportView(text=text, sections=tuple(seg.sections), claims=(), paragraphs=tuple(seg.paragraphs),
                      sentences=tuple(seg.sentences))


def findings(code: str, text: str) -> list:
    return list(registry.get_rule(code).check(chinese_view(text)))


_OUTLINE = ("知识产权工作报告\n\n一、总体情况\n\n正文。\n\n{second}、主要工作\n\n正文。\n\n"
            "{third}、下一步安排\n\n正文。\n")
_WORK = "报告\n\n一、主要工作\n\n"  # a title and one part, before the running text of each example
_STATE = "报告\n\n一、总体情况\n\n"

EXAMPLES = [
    # IPN301 heading-numbering: 一、二、四、 skips three; （一）（三） skips two; a heading numbered twice
    ("IPN301", _OUTLINE.format(second="二", third="四"), True),
    ("IPN301", _OUTLINE.format(second="二", third="三"), False),
    ("IPN301", _STATE + "（一）专利\n\n正文。\n\n（三）商标\n\n正文。\n", True),
    ("IPN301", _STATE + "（一）专利\n\n正文。\n\n（二）商标\n\n正文。\n\n二、其他\n\n（一）版权\n\n正文。\n", False),
    ("IPN301", _STATE + "正文。\n\n二、第二，主要工作\n\n正文。\n", True),
    ("IPN301", "报告\n\n第一章 总则\n\n正文。\n\n第二章 审查\n\n正文。\n\n第二章 附则\n\n正文。\n", True),
    ("IPN301", "年報\n\n壹、業務回顧\n\n正文。\n\n貳、監管\n\n正文。\n\n肆、展望\n\n正文。\n", True),
    ("IPN301", "年報\n\n壹、業務回顧\n\n正文。\n\n貳、監管\n\n正文。\n\n參、展望\n\n正文。\n", False),
    # IPN302 inconsistent-heading-punctuation: 一、 against 三.
    ("IPN302", _STATE + "正文。\n\n二、主要工作\n\n正文。\n\n三.下一步安排\n\n正文。\n", True),
    ("IPN302", _OUTLINE.format(second="二", third="三"), False),
    # IPN303 enumeration-order: 一是/二是/四是 skips three; 第一，第二，第二， repeats
    ("IPN303", _WORK + "全年主要做了以下工作：一是完善审查制度；二是优化审查流程；四是强化质量管理。\n", True),
    ("IPN303", _WORK + "全年主要做了以下工作：一是完善审查制度；二是优化审查流程；三是强化质量管理。\n", False),
    ("IPN303", _WORK + "第一，完善制度。第二，优化流程。第二，强化管理。\n", True),
    ("IPN303", _WORK + "第一，完善制度。第二，优化流程。第三，强化管理。\n", False),
    ("IPN303", _WORK + "首先，完善制度。第二，优化流程。第三，强化管理。\n", False),
    ("IPN303", _WORK + "推进审查标准统一是今年重点。二是加强培训。\n", True),  # 统一是 is no item
    # IPN304 enumeration-style: 一是 and 第二， mixed
    ("IPN304", _WORK + "一是完善制度；二是优化流程。\n\n二、下一步\n\n"
               "第一，强化保护。第二，优化服务。第三，扩大开放。\n", True),
    ("IPN304", _WORK + "一是完善制度；二是优化流程。\n\n二、下一步\n\n一是强化保护；二是优化服务。\n", False),
    # IPN201 duplicate-sentence: the same sentence twice with another figure; two parallel sentences
    ("IPN201", _STATE + "全年授权发明专利104.5万件，同比增长13.5%。审查周期进一步缩短。"
               "全年授权发明专利104.8万件，同比增长13.5%。\n", True),
    ("IPN201", _STATE + "全年授权发明专利104.5万件，同比增长13.5%。审查周期进一步缩短。"
               "全年注册商标商品类别456.2万件，同比增长13.5%。\n", False),
    ("IPN201", _STATE + "请参阅财务报表附注2.5、2.6及38.1。审查周期进一步缩短。请参阅财务报表附注2.11、18及19。\n",
     False),  # cross-references differ only in their labels
    # IPN202 duplicate-clause: a clause said twice in one sentence
    ("IPN202", _STATE + "全年知识产权快速协同保护体系建设取得积极成效，"
               "知识产权快速协同保护体系建设取得积极成效，群众满意度持续提升。\n", True),
    ("IPN202", _STATE + "全年知识产权保护工作取得积极成效，公共服务水平不断提高，群众满意度持续提升。\n", False),
]


@pytest.mark.parametrize(("code", "text", "should_flag"), EXAMPLES,
                         ids=[f"{code}-{i}-{'flags' if flag else 'passes'}"
                              for i, (code, _, flag) in enumerate(EXAMPLES)])
def test_chinese_example(code, text, should_flag):
    found = findings(code, text)
    assert bool(found) == should_flag, [f.message for f in found]


def test_every_chinese_text_rule_has_both_examples():
    for code in {code for code, _, _ in EXAMPLES}:
        assert {flag for c, _, flag in EXAMPLES if c == code} == {True, False}, code


def test_a_skipped_chinese_heading_is_located_exactly():
    text = _OUTLINE.format(second="二", third="四")
    (finding,) = findings("IPN301", text)
    assert text[finding.evidence[0].start:finding.evidence[0].end] == "四、"


def test_a_skipped_item_points_at_both_items():
    text = "报告\n\n一、主要工作\n\n一是完善制度；二是优化流程；四是强化管理。\n"
    (finding,) = findings("IPN303", text)
    assert [e.text for e in finding.evidence] == ["二是", "四是"]
