"""Figure alignment between Chinese and English, both directions (ipnlp.align with lang zh/en).

The phrasings are written for these tests in the register of Chinese government and central-bank
reports (Simplified and Traditional), not taken from the corpus or the HKMA chapters.
"""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.lang.detect import has_language

pytestmark = pytest.mark.skipif(not has_language("zh"), reason="no Chinese language data yet")

# (Chinese source, English translation, expected finding codes)
ZH_TO_EN = [
    # Faithful: scale words rewritten, rounding to the precision either side writes.
    ("全年专利授权量达到61.3万件。", "Patents granted in the year reached 613,000.", []),
    ("全年专利授权量达到61.3万件。", "Patents granted in the year reached about 0.6 million.", []),
    ("各项贷款余额为1,296.7亿元。", "Outstanding loans stood at 129.67 billion yuan.", []),
    ("货物出口额为3564.1亿元。", "Exports of goods were 356.41 billion yuan.", []),
    ("社会融资规模存量为4.7万亿元。", "The stock of aggregate financing was 4.7 trillion yuan.", []),
    ("港元存款增長4.4%至45,220億港元。", "Hong Kong dollar deposits rose 4.4% to HK$4,522 billion.", []),
    ("基金支出50億港元。", "The Fund spent HKD 5 billion.", []),
    ("超过2.2万家企业受惠。", "More than 22,000 enterprises benefited.", []),
    ("受惠企業近1,900家。", "Nearly 1,900 enterprises benefited.", []),
    ("占比为13%，比上年提高0.44个百分点。",
     "The share was 13%, up 0.44 percentage points from the previous year.", []),
    # 億 (100 million) read as billion, 萬 (10,000) as million: every digit right.
    ("總存款為4,575億港元。", "Total deposits were HK$4,575 billion.", ["IPN604"]),
    ("融資額為3,000萬港元。", "Financing amounted to HK$3 million.", ["IPN604"]),
    # Hong Kong dollars become US dollars.
    ("基金支出50億港元。", "The Fund spent US$5 billion.", ["IPN605"]),
    # 个百分点 translated as percent.
    ("占比为13%，比上年提高0.44个百分点。", "The share was 13%, up 0.44% from the previous year.", ["IPN606"]),
    # 下降 translated as a rise.
    ("出口额为9.6亿元，同比下降3.2%。", "Exports were 960 million yuan, up 3.2% year on year.", ["IPN607"]),
    # 超过 / 近 lost or turned round.
    ("超过2.2万家企业受惠。", "22,000 enterprises benefited.", ["IPN608"]),
    ("受惠企業近1,900家。", "More than 1,900 enterprises benefited.", ["IPN608"]),
    # Another year.
    ("2023年粮食产量为6.95亿吨。", "Grain output was 695 million tonnes in 2024.", ["IPN609"]),
    # A figure dropped.
    ("出口增长3%，进口增长4%，服务贸易增长5%。", "Exports grew 3% and trade in services grew 5%.", ["IPN601"]),
    # What differs between the languages but not in the figures.
    ("整体贷存比率由2021年底的71.8%降至2022年底的68.5%。",
     "The loan-to-deposit ratio edged down to 68.5% at the end of 2022 from 71.8% a year before.", []),
    ("杠杆比率为8.2%，远高于3%的法定最低要求。", "The leverage ratio was 8.2%, well above the minimum of 3%.", []),
    # The hedge of a change carried by a level is in the change's own words.
    ("訪客超過6.8萬人，較上年增加約120%。", "Visitors exceeded 68,000, an increase of about 120% on 2023.", []),
    ("外汇基金的投资回报率为负4.5%。", "The Fund recorded a negative investment return of 4.5%.", []),
    ("协议规模扩大至9,400億元港幣。", "The agreement was expanded to HK$940 billion.", []),
    ("2020年底杠杆比率与2019年底相比维持稳定，仍为8.2%。", "The ratio remained stable at 8.2% at the end of 2020.", []),
    ("# 十二月十三日\n\n金管局發出3份通告。", "# 13 Dec\n\nThe HKMA issued 3 circulars.", []),
    # Renminbi turned into Hong Kong dollars, Hong Kong dollars into yuan.
    ("流动资金安排规模为1,000亿元人民币。", "The liquidity facility is HKD 100 billion.", ["IPN605"]),
    ("繳付帳單涉及22億港元。", "The bills paid involved 2.2 billion yuan.", ["IPN605"]),
]

EN_TO_ZH = [
    ("Loans reached HK$4,226 billion.", "貸款達到42,260億港元。", []),
    ("Loans reached HK$4,226 billion.", "贷款达到4.226万亿港元。", []),
    ("More than 25,000 applications were approved.", "超過25,000宗申請獲批。", []),
    ("Patents granted reached 613,000, up 29.9% year on year.", "专利授权量达到61.3万件，同比增长29.9%。", []),
    ("Loans reached HK$4,226 billion.", "貸款達到4,226億港元。", ["IPN604"]),
    ("The programme lent HK$0.5 billion.", "該計劃借出0.5億港元。", ["IPN604"]),
    ("The Fund paid HK$5 billion.", "基金支付了50亿美元。", ["IPN605"]),
    ("The ratio was 18.7%, up 0.4 percentage points from a year earlier.", "比率为18.7%，比上年上升0.4%。",
     ["IPN606"]),
    ("Exports were 960 million yuan, down 3.2% year on year.", "出口额为9.6亿元，同比增长3.2%。", ["IPN607"]),
    ("More than 25,000 applications were approved.", "25,000宗申請獲批。", ["IPN608"]),
    ("The ratio rose from 18.5% to 18.7%.", "比率升至18.7%。", ["IPN601"]),
    # A note reference glued to a bracket is no figure; a bare 元 in a Hong Kong text is its dollar.
    ("Loans grew 3.2% in the year (Chart 2)4.", "年內貸款增長3.2%（圖2）。", []),
    ("Loans approved totalled HK$900 million.", "獲批貸款總額為九億元。", []),
    # A small count whose items the sentence lists may be translated by the list alone; without the
    # list, the count is a figure the translation lost.
    ("Risks are managed at two levels: the entity level and the department level.", "風險在機構及部門層面管理。", []),
    ("The HKMA set up two working groups on fintech.", "金管局成立了金融科技工作小組。", ["IPN601"]),
]


@pytest.mark.parametrize(("source", "translation", "codes"), ZH_TO_EN)
def test_chinese_into_english(source, translation, codes):
    result = ipnlp.align(source, translation, source_lang="zh", translation_lang="en")
    assert sorted(f.code for f in result.findings) == codes, [f.message for f in result.findings]


@pytest.mark.parametrize(("source", "translation", "codes"), EN_TO_ZH)
def test_english_into_chinese(source, translation, codes):
    result = ipnlp.align(source, translation, source_lang="en", translation_lang="zh")
    assert sorted(f.code for f in result.findings) == codes, [f.message for f in result.findings]
