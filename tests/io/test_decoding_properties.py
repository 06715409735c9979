"""Property: a legacy-encoded text is read back exactly or refused (E002); never read as other text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipnlp.errors import IpnlpError
from ipnlp.io.encoding import decode_text

ASCII_WORDS = st.sampled_from(["The", "office", "granted", "patents", "in", "2024", "rose", "5%", "and",
                               "licences", "of", "the", "Bureau", "(", ")", ",", ".", "\n\n", "-"])
# Words as Western reports write them: a Latin word with an accent or two, or typographic punctuation.
WESTERN_WORDS = st.sampled_from(["Québec", "Zürich", "Ministère", "école", "Société", "São", "Paulo",
                                 "Málaga", "Genève", "Øresund", "naïve", "façade", "Straße", "€5",
                                 "\u201cquoted\u201d", "\u2013", "Dvořák"[:3], "Ærø", "señor", "Köln"])
# Chinese words (in GB2312 and in Big5, so either encoding can hold them).
CHINESE_WORDS = st.sampled_from(["专利", "商标", "报告", "工作", "增长", "国家", "年", "件", "万", "审查",
                                 "知识产权", "申请", "，", "。", "（", "）"])
TRADITIONAL_WORDS = st.sampled_from(["專利", "商標", "報告", "工作", "增長", "國家", "年", "件", "萬", "審查",
                                     "知識產權", "申請", "，", "。", "（", "）"])


def _text(words: st.SearchStrategy[str], foreign: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    token = st.one_of(words, foreign)
    return st.lists(token, min_size=1, max_size=60).map(" ".join).filter(lambda t: not t.isascii())


def _exact_or_refused(text: str, codec: str) -> None:
    data = text.encode(codec)
    try:
        decoded = decode_text(data, name="x.txt")
    except IpnlpError as exc:
        assert exc.code == "E002", str(exc)
        return
    assert decoded.text == text, f"{codec} text read as {decoded.encoding}: {decoded.text[:80]!r}"


# At least 300 examples in the bounded run; the long profile's count (100,000) when it is loaded.
COMMON = settings(max_examples=max(300, settings.default.max_examples), deadline=None,
                  suppress_health_check=[HealthCheck.filter_too_much])


@COMMON
@given(_text(ASCII_WORDS, WESTERN_WORDS))
def test_windows_1252_text_is_never_misread(text):
    _exact_or_refused(text, "cp1252")


@COMMON
@given(_text(ASCII_WORDS, CHINESE_WORDS))
def test_gb18030_text_is_never_misread(text):
    _exact_or_refused(text, "gb18030")


@COMMON
@given(_text(ASCII_WORDS, TRADITIONAL_WORDS))
def test_big5_text_is_never_misread(text):
    _exact_or_refused(text, "big5")


@pytest.mark.parametrize("codec", ["cp1252", "gb18030", "big5"])
def test_the_properties_are_not_vacuous(codec):
    # A typical sentence of each family is read, not merely refused.
    sample = {"cp1252": "The Ministère in Zürich granted 5 patents, and the école 7.\n" * 20,
              "gb18030": "国家知识产权局工作报告：专利申请增长，审查周期缩短。\n" * 20,
              "big5": "國家知識產權局工作報告：專利申請增長，審查週期縮短。\n" * 20}[codec]
    assert decode_text(sample.encode(codec), name="x.txt").text == sample
