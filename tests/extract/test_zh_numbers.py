"""The Han number grammar (extract/zh_numbers.py): values, spans and kinds of Chinese number mentions."""

from __future__ import annotations

from decimal import Decimal

import pytest

import ipnlp
from ipnlp.extract.numbers import find_mentions
from ipnlp.extract.zh_numbers import han_value


@pytest.mark.parametrize(("numeral", "value"), [
    ("六十一点三万", 613000),
    ("一万亿", 10**12),
    ("三千五百万", 35_000_000),
    ("两千", 2000),
    ("十一", 11),
    ("一百零五", 105),
    ("三亿五千万", 350_000_000),
    ("二〇二四", 2024),
    ("十万亿", 10**13),
    ("四点五", Decimal("4.5")),
])
def test_han_numerals(numeral, value):
    assert han_value(numeral) == value


@pytest.mark.parametrize("numeral", ["十四五", "一二", "百百", "三点", "一点二点三"])
def test_runs_that_are_no_numeral(numeral):
    assert han_value(numeral) is None


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("全年发明专利授权量达到104.5万件", "104.5万", 1045000),
    ("进出口总额达到4.7万亿元", "4.7万亿", 4_700_000_000_000),
    ("社会融资规模增量为1,296.7億元", "1,296.7億", 129_670_000_000),
    ("投资虧損2,054億港元", "2,054億", 205_400_000_000),
    ("技术合同成交额３５６４.１亿元", "３５６４.１亿", 356_410_000_000),
    ("专利质押融资金额达六十一点三万元", "六十一点三万", 613000),
    ("新增就业1,244万人", "1,244万", 12_440_000),
    ("粮食产量6.95亿吨", "6.95亿", 695_000_000),
])
def test_scaled_numbers(text, surface, value):
    mention = next(m for m in find_mentions(text, lang="zh") if m.kind in ("digits", "word"))
    assert text[mention.start:mention.end] == surface
    assert mention.value == value


@pytest.mark.parametrize(("text", "value"), [
    ("投资回报率为負4.5%", Decimal("-4.5")),
    ("增速为负0.3%", Decimal("-0.3")),
    ("净利息收入（–5.2%）", Decimal("-5.2")),
    ("投资收益（+97.0%）", Decimal("97.0")),
])
def test_signs(text, value):
    mention = next(m for m in find_mentions(text, lang="zh") if m.kind == "digits")
    assert mention.value == value


@pytest.mark.parametrize(("text", "kind"), [
    ("截至2024年12月31日", "date"),
    ("国务院于10月7日印发", "date"),
    ("1—11月，规模以上工业增加值", "date"),
    ("自9月中以来", "date"),
    ("在十二月召开", "date"),
    ("排名第11位", "ordinal"),
    ("稳居全球首位", "word_ordinal"),
])
def test_dates_and_ordinals_are_their_own_kinds(text, kind):
    assert [m.kind for m in find_mentions(text, lang="zh")] == [kind]


def test_a_han_character_is_no_letter_at_a_number_boundary_but_a_latin_one_is():
    kinds = [(m.value, m.kind) for m in find_mentions("达到134.9万件，A1级，GB/T29490", lang="zh")]
    assert kinds == [(Decimal(1349000), "digits")]


def test_the_full_width_comma_separates_a_list():
    values = [m.value for m in find_mentions("分别为1，200，3", lang="zh")]
    assert values == [1, 200, 3]


def test_percent_written_before_the_number():
    mention = find_mentions("占比达到百分之十五", lang="zh")[0]
    assert (mention.value, mention.suffix) == (15, "%")


@pytest.mark.parametrize("text", ["一" * 5000, "一零" * 3000, "1" * 5000, "万" * 5000, "第" * 3000 + "1"])
def test_runs_too_long_to_be_figures_are_no_figures(text):
    assert [m for m in find_mentions(text, lang="zh") if abs(m.value) > 10**40] == []
    assert ipnlp.analyze(text, lang="zh").claims == []
