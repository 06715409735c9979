"""元 followed by a currency name: the amount is in that currency, not in yuan.

Chinese writes an amount in Hong Kong dollars as "X亿元港币" as well as "X亿港元" or "港币X亿元"; read
with 元 alone, the first form became yuan and a translation that turned it into yuan passed. Sentences
written for these tests in the phrasing of mainland and Guangdong-Hong Kong-Macao statements."""

from __future__ import annotations

import pytest

import ipnlp

# (sentence, surface of the claim, value, unit)
CASES = [
    ("粤港两地签署的合作项目总额达120亿元港币。", "120亿元港币", 12_000_000_000, "HKD"),
    ("跨境理财通南向通额度为1,500億元港幣。", "1,500億元港幣", 150_000_000_000, "HKD"),
    ("每名合资格居民可获发5000元港币消费券。", "5000元港币", 5000, "HKD"),
    ("互换协议规模为8,000亿元人民币╱9,400亿元港币。", "9,400亿元港币", 940_000_000_000, "HKD"),
    # The other forms keep their reading.
    ("基金规模扩大至港币300亿元。", "300亿元", 30_000_000_000, "HKD"),
    ("两地合作基金规模为300亿港元。", "300亿港元", 30_000_000_000, "HKD"),
    ("专项资金规模为300亿元人民币。", "300亿元人民币", 30_000_000_000, "CNY"),
    ("全年财政补助资金达到300亿元。", "300亿元", 30_000_000_000, "CNY"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), CASES)
def test_the_currency_named_after_yuan_is_the_unit(text, surface, value, unit):
    found = [c for c in ipnlp.analyze(text, lang="zh").claims if c.text == surface]
    assert len(found) == 1, [(c.text, c.unit) for c in ipnlp.analyze(text, lang="zh").claims]
    assert float(found[0].value) == pytest.approx(value)
    assert found[0].unit == unit
