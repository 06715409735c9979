"""Chinese claims in the phrasing of government work reports and IP office statistics bulletins
(Simplified Chinese): value, unit, qualifier, stated change and period; and the numbers of the genre
that are no claims. Sentences written for these tests, in the genre's phrasing."""

from __future__ import annotations

import pytest

import ipnlp


def claims(text: str):
    return ipnlp.analyze(text, lang="zh").claims


def only(text: str):
    found = claims(text)
    assert len(found) == 1, [(c.text, c.unit) for c in found]
    return found[0]


# (sentence, surface of the claim, value, unit, qualifier)
POSITIVE = [
    ("2024年，我国发明专利授权量达到104.5万件。", "104.5万件", 1045000, "件", "exact"),
    ("全年技术合同成交额超过5000亿元。", "5000亿元", 500_000_000_000, "CNY", "more_than"),
    ("截至2024年底，国内有效发明专利拥有量达475.6万件。", "475.6万件", 4_756_000, "件", "exact"),
    ("知识产权使用费进出口总额约3,564.1亿元。", "3,564.1亿元", 356_410_000_000, "CNY", "approximately"),
    ("全国专利密集型产业增加值超过15万亿元。", "15万亿元", 15 * 10**12, "CNY", "more_than"),
    ("建设国家级知识产权保护中心71家。", "71家", 71, "家", "exact"),
    ("累计受理知识产权纠纷案件逾3.2万件。", "3.2万件", 32000, "件", "more_than"),
    ("实现专利转让许可近61.3万次。", "61.3万次", 613000, "次", "nearly"),
    ("参与培训的专利代理师不少于2000人。", "2000人", 2000, "人", "at_least"),
    ("城镇新增就业1256万人。", "1256万人", 12_560_000, "人", "exact"),
    ("共审结各类知识产权案件49.4万宗。", "49.4万宗", 494000, "宗", "exact"),
    ("新增高新技术企业5000多家。", "5000多家", 5000, "家", "more_than"),
    ("专利质押融资项目惠及企业1万余家。", "1万余家", 10000, "家", "more_than"),
    ("外商直接投资达到1,163亿美元。", "1,163亿美元", 116_300_000_000, "USD", "exact"),
    ("离岸人民币存款余额为人民币9,800亿。", "人民币9,800亿", 980_000_000_000, "CNY", "exact"),
    ("全年国内生产总值增长5.2%左右。", "5.2%左右", 5.2, "percent", "approximately"),
    ("研发经费投入强度提高到２.６８％。", "２.６８％", 2.68, "percent", "exact"),
    # Money words and verbs that end in a reference word (款, 表) are no references.
    ("对侵权企业处以罚款80万元。", "80万元", 800_000, "CNY", "exact"),
    ("银行向中小企业发放贷款1,200亿元。", "1,200亿元", 120_000_000_000, "CNY", "exact"),
    ("财政拨付款项3.5亿元用于专利资助。", "3.5亿元", 350_000_000, "CNY", "exact"),
    ("全年在核心期刊发表论文46篇。", "46篇", 46, "篇", "exact"),
    # 厘 is a percent in an interest rate (Hong Kong usage).
    ("最优惠贷款利率维持在5.25厘。", "5.25厘", 5.25, "percent", "exact"),
    ("居民消费价格涨幅控制在百分之三以内。", "百分之三以内", 3, "percent", "at_most"),
    ("贷款市场报价利率下调25个基点。", "25个基点", 25, "basis_point", "exact"),
    ("上证综指收报3,351点。", "3,351点", 3351, "points", "exact"),
    ("审查周期压减至15.5个月。", "15.5个月", 15.5, "month", "exact"),
    ("全年出口额比上年增长2倍。", "2倍", 2, "times", "exact"),
    ("专利代理机构数量达到5,120家以上。", "5,120家以上", 5120, "家", "at_least"),
    ("2,000至3,000亿元的专项贷款。", "2,000至3,000亿元", 200_000_000_000, "CNY", "exact"),
    ("新注册商标共计三百二十万件。", "三百二十万件", 3_200_000, "件", "exact"),
    ("全年港口货物吞吐量逾170亿吨。", "170亿吨", 17_000_000_000, "吨", "more_than"),
    ("粮食产量1.4万亿斤，再创新高。", "1.4万亿斤", 1_400_000_000_000, "斤", "exact"),
    ("拟安排地方政府专项债券3.9万亿元。", "3.9万亿元", 3_900_000_000_000, "CNY", "exact"),
    ("城镇新增就业1200万人以上。", "1200万人以上", 12_000_000, "人", "at_least"),
    ("连续8年保持货物贸易第一大国地位。", "8年", 8, "year", "exact"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "qualifier"), POSITIVE)
def test_claims_of_the_genre(text, surface, value, unit, qualifier):
    claim = only(text)
    assert (claim.text, claim.value, claim.unit, claim.qualifier) == (surface, value, unit, qualifier)


def test_a_range_keeps_both_ends_and_the_scale_written_once():
    claim = only("释放2,000至3,000亿元银行信贷。")
    assert (claim.value, claim.value_high) == (200_000_000_000, 300_000_000_000)


def test_a_range_of_percentages_with_a_sign_in_words():
    claim = only("预测增长率介乎负1.5至0.5%。")
    assert (claim.value, claim.value_high, claim.unit) == (-1.5, 0.5, "percent")


# (sentence, surface of the change figure, value, unit, direction)
CHANGES = [
    ("发明专利授权量同比增长13.5%。", "13.5%", 13.5, "percent", "up"),
    ("研发投入强度比上年提高0.7个百分点。", "0.7个百分点", 0.7, "percentage_point", "up"),
    ("单位国内生产总值能耗下降3.6%。", "3.6%", 3.6, "percent", "down"),
    ("商标注册平均审查周期较上年缩短1.2个月，审查抽检合格率提高2.1个百分点。", "2.1个百分点", 2.1,
     "percentage_point", "up"),
    ("全年进口额同比下降1.8%。", "1.8%", 1.8, "percent", "down"),
    ("房屋成交量比上年减少12.3%。", "12.3%", 12.3, "percent", "down"),
    ("地方政府专项债券增幅为8.5%。", "8.5%", 8.5, "percent", "up"),
    ("恒生指数全年升幅9.1%。", "9.1%", 9.1, "percent", "up"),
    ("银行贷款总额全年录得4.4%的增长。", "4.4%", 4.4, "percent", "up"),
    ("最优惠贷款利率调低12.5基点。", "12.5基点", 12.5, "basis_point", "down"),
    ("净利息收入减少（–5.2%）。", "–5.2%", -5.2, "percent", "down"),
    ("增速比上年加快2.2个百分点。", "2.2个百分点", 2.2, "percentage_point", "up"),
    ("较上年同期放缓1.1个百分点。", "1.1个百分点", 1.1, "percentage_point", "down"),
    ("货物贸易逆差收窄12.5%。", "12.5%", 12.5, "percent", "down"),
    ("持有作交易的投资收益（+97.0%）。", "+97.0%", 97.0, "percent", "up"),
    ("城乡居民人均收入比2010年翻一番。", "翻一番", 100, "percent", "up"),
    ("研发经费投入翻了两番。", "翻了两番", 300, "percent", "up"),
]


def test_a_list_of_changes_shares_its_direction():
    bonds, equities = claims("债市及股市分别累计下跌16.2%及19.8%。")
    assert bonds.yoy.direction == equities.yoy.direction == "down"


def test_the_base_of_a_comparison_is_no_change():
    assert all(c.yoy is None for c in claims("不良贷款比率为2.58%，亦较2022年底的2.26%上升。"))


@pytest.mark.parametrize(("text", "surface", "value", "unit", "direction"), CHANGES)
def test_stated_changes(text, surface, value, unit, direction):
    claim = next(c for c in claims(text) if c.text == surface)
    assert claim.value == value and claim.unit == unit
    assert claim.yoy is not None and (claim.yoy.direction, claim.yoy.value) == (direction, abs(value))


def test_a_change_after_a_figure_is_that_figures_change_too():
    count, change = claims("2024年，发明专利授权量达到104.5万件，同比增长13.5%。")
    assert count.yoy is not None and (count.yoy.direction, count.yoy.value, count.yoy.unit) == ("up", 13.5, "percent")
    assert change.yoy == count.yoy


def test_a_change_that_leads_to_a_figure_is_not_its_change():
    change, level = claims("物业成交量较前一年上升4%至59,797宗。")
    assert change.yoy is not None and change.yoy.direction == "up"
    assert level.yoy is None and level.value == 59797


@pytest.mark.parametrize("text", ["失业率由2.9%上升至3.1%。", "逆周期缓冲资本比率下调至2.0%。"])
def test_a_level_reached_is_no_change(text):
    assert all(c.yoy is None for c in claims(text))


# (sentence, surface, expected period)
PERIODS = [
    ("2024年，发明专利授权量达到104.5万件。", "104.5万件", "2024"),
    ("截至2024年底，有效注册商标4,826.9万件。", "4,826.9万件", "2024-12-31"),
    ("2024年上半年，专利转让许可达25.8万次。", "25.8万次", "2024-H1"),
    ("2024年1—11月，规模以上工业增加值增长5.8%。", "5.8%", "2024-01/2024-11"),
    ("2018至2022年的平均回报率为2.3%。", "2.3%", "2018-2022"),
    ("2023年第4季，失业率为2.9%。", "2.9%", "2023-Q4"),
    ("2024年前三季度，国内生产总值增长4.8%。", "4.8%", "2024-01/2024-09"),
    ("2019年首5個月，樓價曾反彈10%。", "10%", "2019-01/2019-05"),
    ("贷款总额由2023年底的1.57%上升至2024年底的1.96%。", "1.57%", "2023-12-31"),
    ("贷款总额由2023年底的1.57%上升至2024年底的1.96%。", "1.96%", "2024-12-31"),
    ("2023年底资本比率为21.1%，相比上一年为20.1%。", "20.1%", "2022"),
    ("成交量由2023年的43,002宗大幅上升23.5%至2024年的53,099宗。", "23.5%", "2024"),
    ("出口额较2018年下跌10%，2019年全年录得逆差。", "10%", "2019"),
    ("比率由2022年底的1.4%升至2023年底的1.6%，逾期贷款比率于同期由0.9%升至1.2%。", "0.9%", "2022-12-31"),
]

# (a report of 2022: sentence, surface, expected period) — spans that start in the past run to the report's year
SPANS = [
    ("长期增长组合自2009年开展投资以来的内部回报率年率为12.6%。", "12.6%", "2009-2022"),
    ("有关水平低于2000年以来的长期平均水平1.8%。", "1.8%", "2000-2022"),
]


@pytest.mark.parametrize(("text", "surface", "period"), SPANS)
def test_spans_from_a_start(text, surface, period):
    report = "2022年的投资环境异常动荡。2022年，外汇基金录得亏损。" + text
    claim = next(c for c in claims(report) if c.text == surface)
    assert claim.period == period


@pytest.mark.parametrize(("text", "surface", "period"), PERIODS)
def test_periods(text, surface, period):
    claim = next(c for c in claims(text) if c.text == surface)
    assert claim.period == period


# (sentence, surface of the rank, value)
RANKS = [
    ("我国创新能力综合排名上升至全球第11位。", "第11位", 11),
    ("PCT国际专利申请量居世界第一。", "第一", 1),
    ("首次公开招股集资总额高踞全球首位。", "首位", 1),
    ("数字经济规模位居世界第二。", "第二", 2),
]


@pytest.mark.parametrize(("text", "surface", "value"), RANKS)
def test_ranks(text, surface, value):
    claim = only(text)
    assert (claim.text, claim.value, claim.unit) == (surface, value, "rank")


# Sentences whose numbers are all no claims: years, dates, plans, sessions, articles, labels, names,
# periods, references and footnotes.
NEGATIVE = [
    "“十四五”时期知识产权事业发展取得显著成效。",
    "十四五规划纲要提出了明确目标。",
    "党的二十届三中全会作出重要部署。",
    "第十四届全国人民代表大会第二次会议审议通过。",
    "根据专利法第十条的规定办理。",
    "依照《商标法》第四十九条第二款处理。",
    "2024年是实现“十四五”规划目标任务的关键一年。",
    "国务院于10月7日印发实施方案。",
    "自2023年12月31日起施行。",
    "详见图5和表1。",
    "具体数据见附表3。",
    "第1类机构须遵守流动性覆盖比率的规定。",
    "美国10年期国债收益率大幅波动。",
    "标普500指数全年表现强劲。",
    "首5个月的市场气氛较为审慎。",
    "第4季经济活动有所放缓。",
    "一是加强知识产权保护，二是促进成果转化。",
    "我们要进一步深化改革，推动一带一路建设。",
    "外汇基金大致上分成两个主要组合：支持组合及投资组合。",
    "物价上涨的压力有所减轻1，市场预期趋稳。",
    "千方百计稳定就业。",
    "全面落实“两个确立”的要求。",
    "推进第一阶段协议的落实。",
    "见第173至281页。",
    "五年来，我们坚持稳中求进工作总基调。",
    "过去五年，各项事业取得新进展。",
    "隔夜及1个月香港银行同业拆息上升。",
    "展览馆及图书馆两部分向公众开放。",
    "入选全球前10名的企业。",
    "国办发〔2024〕12号文件。",
    "失业率升至16年的高位。",
    "联系汇率制度实施40多年来运作畅顺。",
    "为未来几十年的发展奠定基础。",
    "政府发售5年、10年和30年期绿色债券。",
    "隔夜、1个月及3个月银行同业拆息上升。",
    "新版20元及100元面额纸币于年内发行。",  # denominations: the names of notes, not sums
    "5元硬币的流通量保持稳定。",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_numbers_that_are_no_claims(text):
    assert claims(text) == [], [(c.text, c.unit) for c in claims(text)]


def test_the_unit_amount_of_an_exchange_rate_is_no_claim():
    assert [c.text for c in claims("以7.85港元兑1美元的汇率买入港元。")] == ["7.85港元"]


def test_traditional_and_simplified_read_alike():
    simplified = only("外汇基金在2023年录得2,260亿港元的投资收入。")
    traditional = only("外匯基金在2023年錄得2,260億港元的投資收入。")
    assert (simplified.value, simplified.unit) == (traditional.value, traditional.unit) == (226_000_000_000, "HKD")


@pytest.mark.parametrize(("text", "subject"), [
    ("2024年，我国发明专利授权量达到104.5万件。", "我国发明专利授权量"),
    ("香港经济在2019年收缩1.2%。", "香港经济"),
    ("金管局于10月14日公布将逆周期缓冲资本比率由2.5%下调至2.0%。", "逆周期缓冲资本比率"),
    ("其中包括债券投资收益532亿元、股票投资收益805亿元。", "股票投资收益"),
    ("城镇调查失业率平均5.1%。", "城镇调查失业率"),
])
def test_subject_of_the_last_figure(text, subject):
    assert claims(text)[-1].subject == subject


def test_a_change_of_the_figure_before_shares_its_subject():
    income, change = claims("全国居民人均可支配收入41314元，实际增长5.1%。")
    assert income.subject == change.subject == "全国居民人均可支配收入"


def test_subject_is_the_noun_phrase_before_the_figure():
    assert only("2024年，我国发明专利授权量达到104.5万件。").subject == "我国发明专利授权量"
    assert only("香港经济在2019年收缩1.2%。").subject == "香港经济"
