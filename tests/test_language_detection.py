"""A report in a language ipnlp has no data for is never passed silently: detected from its script,
it is that document's E003 (exit 2), unless --lang says how to read it."""

from __future__ import annotations

import pytest

from ipnlp.cli import main
from ipnlp.lang.detect import detect_language, has_language


@pytest.mark.parametrize(("text", "lang"), [
    ("貸款總額於2024年減少2.8%，存款總額增加7.1%。", "zh"),
    ("2024年专利授权量达到104.5万件，同比增长13.5%。", "zh"),
    ("The Hong Kong Monetary Authority (金融管理局) reported 21.8% capital ratios in 2024.", "en"),
    ("Loans fell 2.8% in 2024 while deposits rose 7.1%.", "en"),
    ("Patents granted: 5 (专利).", "en"),
    ("金管局（HKMA）於2024年底的綜合總資本比率為21.8%（GDP增長2.5%）。", "zh"),
    ("2024 2025 12.5%", "en"),  # no letters at all: nothing says it is not English
    ("", "en"),
])
def test_detection_by_script(text, lang):
    assert detect_language(text) == lang


def test_language_data_is_looked_up_without_importing_unknown_names():
    assert has_language("en") and not has_language("xx") and not has_language("../en")


@pytest.fixture
def chinese_report(tmp_path):
    path = tmp_path / "annual-report.zh.md"
    path.write_text("# 年報\n\n貸款總額於2024年減少2.8%，存款總額增加7.1%。\n", encoding="utf-8")
    return str(path)


@pytest.mark.skipif(has_language("zh"), reason="Chinese data exists: this guards its absence")
@pytest.mark.parametrize("command", ["check", "analyze", "claims"])
def test_a_report_in_a_language_without_data_is_an_error(chinese_report, command, capsys):
    assert main([command, chinese_report]) == 2
    err = capsys.readouterr().err
    assert "E003" in err and "detected from its script" in err


def test_lang_overrides_detection(chinese_report, capsys):
    assert main(["check", chinese_report, "--lang", "en"]) == 0


def test_an_unknown_lang_is_a_usage_error(chinese_report, capsys):
    assert main(["check", chinese_report, "--lang", "xx"]) == 2
    assert "E006" in capsys.readouterr().err


def test_lang_in_the_configuration(chinese_report, tmp_path, capsys):
    config = tmp_path / "ipnlp.toml"
    config.write_text('[tool.ipnlp]\nlang = "en"\n', encoding="utf-8")
    assert main(["check", chinese_report, "--config", str(config)]) == 0


def test_analyze_file_reads_a_chinese_report_with_the_chinese_data(chinese_report):
    import ipnlp

    claims = ipnlp.analyze_file(chinese_report).claims
    assert [(c.subject, c.yoy.direction, c.yoy.value) for c in claims] == [("貸款總額", "down", 2.8),
                                                                          ("存款總額", "up", 7.1)]
    assert ipnlp.analyze_file(chinese_report, lang="en").claims == []  # lang= overrides detection


@pytest.mark.parametrize("text", ["年次報告書によると、貸出は2024年に2.8%減少した。",
                                  "Кредиты снизились на 2,8% в 2024 году."])
def test_analyze_file_refuses_a_script_without_language_data(tmp_path, text):
    import ipnlp
    from ipnlp.errors import IpnlpError

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IpnlpError, match="E003"):
        ipnlp.analyze_file(path)
