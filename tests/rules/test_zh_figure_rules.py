"""The figure rules on Chinese claims: a flagging and a clean example for each rule that runs in
Chinese (IPN101 conflicting values, IPN102 part exceeds whole, IPN103 sums, IPN104 shares, IPN105
year-on-year, IPN106 thresholds, IPN401 percent for percentage points), written in the phrasing of
Chinese government work reports with figures of their own (not the shipped reports')."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.config import Settings

_FILINGS = "全年共受理专利申请21.6万件，{cue}发明专利申请7.4万件、实用新型申请10.9万件、外观设计申请{design}万件。"

EXAMPLES = [
    # IPN101 conflicting-values: one metric, one year, two values; another year or another metric is fine
    ("IPN101", "2024年，发明专利授权量达到104.5万件，同比增长13.5%。审查周期缩短。"
               "2024年，发明专利授权量为105.4万件，同比增长13.5%。", True),
    ("IPN101", "2023年末，全省有效注册商标总量为148.6万件。执法力度加大。2023年末，全省有效注册商标总量达到184.6万件。",
     True),
    ("IPN101", "2024年，发明专利授权量达到104.5万件，同比增长13.5%。2023年，发明专利授权量为92.1万件。", False),
    ("IPN101", "2024年，发明专利授权量达到104.5万件。2024年，实用新型专利授权量为210.1万件。", False),
    ("IPN101", "2024年，发明专利授权量达到104.5万件。审查周期缩短。2024年，发明专利授权量约为105万件。", False),
    # the subject names who acts ("共进行"); what is counted follows the figure
    ("IPN101", "2024年，执法部门共进行196次现场检查。审查周期缩短。2024年，执法部门共进行18次联合检查。", False),
    # a figure that lengthens a scheme is a change, not its level
    ("IPN101", "2024年3月，贴息计划延长6个月至年底。审查周期缩短。2024年9月，贴息计划延长3个月至次年3月。", False),
    # the start of a change ("由……的") is not the figure's level
    ("IPN101", "2024年末，有效注册商标总量为156.2万件。审查周期缩短。"
               "有效注册商标与地理标志总量由2023年末的148.6万件，增加至2024年末的160.1万件。", False),
    # IPN102 part-exceeds-whole: 其中 introduces a part larger than its whole
    ("IPN102", "全年受理商标注册申请56.2万件，其中个人申请61.3万件。", True),
    ("IPN102", "全年受理商标注册申请56.2万件，其中个人申请21.3万件。", False),
    ("IPN102", "基金全年投资回报率为6.6%，其中股票组合回报率为9.7%。", False),  # rates are no parts
    ("IPN102", "基金投资收入为478亿元，其中包括境外股票收益688亿元及本地股票亏损210亿元。", False),  # a loss
    # a change is no whole: 83.5% is a share of the firms, not a part of the 21.7% growth
    ("IPN102", "质押融资登记金额达到186.4亿元，同比增长21.7%，惠及企业2418家，其中中小微企业占比为83.5%。", False),
    # IPN103 sum-mismatch: 其中 parts above the total; 分别为 parts that must add up
    ("IPN103", _FILINGS.format(cue="其中", design="5.3"), True),
    ("IPN103", _FILINGS.format(cue="分别为", design="2.3"), True),
    ("IPN103", _FILINGS.format(cue="其中", design="3.3"), False),
    ("IPN103", "全年共举办125次宣传活动，包括10次新闻发布会、12次专题访谈及103次其他活动，又安排了25次媒体专访。",
     False),  # "又" adds something outside the breakdown
    # IPN104 shares-not-100: 分别为 shares of one whole
    ("IPN104", "从资金来源看，财政资金、银行贷款和社会资本占比分别为45%、30%和35%。", True),
    ("IPN104", "从资金来源看，财政资金、银行贷款和社会资本占比分别为45%、30%和25%。", False),
    # a change in % is no share: 同比增长5.6% is left out of the sum
    ("IPN104", "发明、实用新型和外观设计专利占比分别为38.2%、50.4%和11.4%，发明专利同比增长5.6%。", False),
    # IPN105 yoy-mismatch: a stated change the two values do not produce
    ("IPN105", "商标注册申请量为28.7万件，上年为25.0万件，同比增长4.1%。", True),
    ("IPN105", "商标注册申请量为28.7万件，比上年的25.0万件增长4.1%。", True),
    ("IPN105", "商标注册申请量由25.0万件增至28.7万件，同比增长14.8%。", False),
    ("IPN105", "十年期国债收益率由年初的2.6%下降约50基点至年末的1.6%。", True),
    ("IPN105", "十年期国债收益率由年初的2.6%下降约100基点至年末的1.6%。", False),
    # IPN106 threshold-contradiction: a mark said to be crossed that the stated value does not reach
    ("IPN106", "2024年，发明专利授权量达到98.3万件，首次突破100万件。", True),
    ("IPN106", "2024年，发明专利授权量达到104.5万件，首次突破100万件。", False),
    # IPN401 percent-vs-percentage-point: a share's or a rate's change written with %
    ("IPN401", "专利密集型产业增加值占地区生产总值的比重为13.9%，比上年提高0.6%。", True),
    ("IPN401", "审查结案率为96.5%，同比提高1.2%。", True),
    ("IPN401", "全省有效发明专利中，高价值发明专利占比达到45.2%，比上年提高0.7%。", True),
    ("IPN401", "专利密集型产业增加值占地区生产总值的比重为13.9%，比上年提高0.6个百分点。", False),
    ("IPN401", "知识产权使用费进出口总额达到3564.1亿元，同比增长3.2%。", False),  # an amount grows in %
    # Traditional Chinese
    ("IPN401", "綠色貸款佔貸款總額的比例為8.4%，按年上升1.1%。", True),
    ("IPN401", "綠色貸款佔貸款總額的比例為8.4%，按年上升1.1個百分點。", False),
    ("IPN101", "2023年底，本地註冊公司數目為14.2萬家。監管加強。2023年底，本地註冊公司數目為12.4萬家。", True),
]


@pytest.mark.parametrize(("code", "text", "should_flag"), EXAMPLES,
                         ids=[f"{code}-{i}-{'flags' if flag else 'passes'}"
                              for i, (code, _, flag) in enumerate(EXAMPLES)])
def test_chinese_example(code, text, should_flag):
    report = ipnlp.analyze(text, lang="zh", config=Settings(select=(code,), debug=True))
    found = [f for f in report.findings if f.code == code]
    assert bool(found) == should_flag, ([f.message for f in found],
                                        [(c.text, c.subject, c.period) for c in report.claims])


def test_every_chinese_figure_rule_has_both_examples():
    for code in {code for code, _, _ in EXAMPLES}:
        assert {flag for c, _, flag in EXAMPLES if c == code} == {True, False}, code


def test_the_evidence_of_a_conflict_is_both_figures_and_their_change():
    text = ("2024年，发明专利授权量达到104.5万件，同比增长13.5%。审查周期缩短。"
            "2024年，发明专利授权量为105.4万件，同比增长13.5%。")
    (finding,) = ipnlp.analyze(text, lang="zh", config=Settings(select=("IPN101",))).findings
    assert [e.text for e in finding.evidence] == ["104.5万件", "同比增长13.5%", "105.4万件", "同比增长13.5%"]


def test_the_same_report_read_as_english_finds_no_chinese_figures():
    # What a silent pass looked like: read with English data, the conflict above is not seen.
    text = "2024年，发明专利授权量达到104.5万件。审查周期缩短。2024年，发明专利授权量为105.4万件。"
    assert not ipnlp.analyze(text, lang="en", config=Settings(select=("IPN101",))).findings
    assert ipnlp.analyze(text, lang="zh", config=Settings(select=("IPN101",))).findings
