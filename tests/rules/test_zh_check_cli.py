"""`ipnlp check` on Chinese files: read as Chinese by default (detected from the script) and with
--lang zh, never passed silently in a script it has no data for, and only language codes accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipnlp.cli import main
from ipnlp.lang.detect import detect_language

HKMA = Path(__file__).resolve().parents[2] / ".." / "shared" / "realdocs" / "hkma" / "reports"

_CONFLICT = "# 年報\n\n2024年，發明專利授權量達到104.5萬件。\n\n審查周期縮短。\n\n2024年，發明專利授權量為105.4萬件。\n"


@pytest.fixture
def chinese_report(tmp_path):
    path = tmp_path / "report.zh.md"
    path.write_text(_CONFLICT, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("lang", [[], ["--lang", "zh"], ["--lang", "auto"]], ids=["default", "zh", "auto"])
def test_a_chinese_report_is_read_as_chinese(chinese_report, lang, capsys):
    assert main(["check", chinese_report, *lang]) == 1  # the conflict is an error
    assert "IPN101" in capsys.readouterr().out


@pytest.mark.parametrize(("text", "lang"), [
    ("令和6年度の特許出願件数は30万件であった。", "ja"),  # kanji with kana is not Chinese
    ("2024년 특허 출원은 24만 건이었다.", "ko"),
    ("В 2024 году было подано 30 тысяч заявок.", "und"),
    ("全年受理商标注册申请712.3万件，同比下降3.2%。", "zh"),
    ("Trademark filings fell 3.2% to 7.1 million (商标).", "en"),
])
def test_detection_names_the_script_it_sees(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["令和6年度の特許出願件数は30万件であった。",
                                  "В 2024 году было подано 30 тысяч заявок."])
def test_a_script_without_data_is_an_error_not_a_silent_pass(tmp_path, text, capsys):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert "E003" in capsys.readouterr().err


@pytest.mark.parametrize("module", ["zh_text", "detect"])
def test_modules_that_are_not_languages_are_no_lang(chinese_report, module, capsys):
    assert main(["check", chinese_report, "--lang", module]) == 2
    assert "E006" in capsys.readouterr().err


@pytest.mark.skipif(not HKMA.is_dir(), reason="shared realdocs not present")
def test_every_hkma_chapter_is_detected_in_its_language():
    for path in sorted(HKMA.glob("*/*.md")):
        expected = "zh" if path.name.endswith(".zh.md") else "en"
        assert detect_language(path.read_text(encoding="utf-8")) == expected, path.name
