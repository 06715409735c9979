"""Language data is files and fenced constants; unknown languages fail clearly."""

from __future__ import annotations

from importlib import resources

import pytest

import ipnlp
from ipnlp.errors import IpnlpError
from ipnlp.extract.tables import load_tables

LANGUAGES = ("en", "zh")
TABLES = sorted((lang, entry.name) for lang in LANGUAGES
                for entry in resources.files("ipnlp").joinpath("data", lang).iterdir() if entry.name.endswith(".tsv"))


@pytest.mark.parametrize(("lang", "name"), TABLES)
def test_every_table_has_a_commented_header_with_an_example_row(lang, name):
    lines = resources.files("ipnlp").joinpath("data", lang, name).read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    rows = [line for line in lines if line.strip() and not line.startswith("#")]
    assert header[0].startswith(f"# {name}"), "the header names its file"
    assert any("example row" in line for line in header)
    assert rows and all("\t" in row for row in rows), "rows are tab-separated"


def test_tables_load_for_english():
    tables = load_tables("en")
    assert tables.scales["billion"] == 10**9
    assert tables.qualifiers["more than"] == "more_than"
    assert tables.currency_prefixes["rmb"] == "CNY"


def test_tables_load_for_chinese():
    tables = load_tables("zh")
    assert tables.scales["万亿"] == 10**12 and tables.scales["億"] == 10**8
    assert tables.qualifiers["超过"] == "more_than"
    assert tables.units["港元"].unit == "HKD" and tables.units["個"].unit == "个"


def test_chinese_scales_cover_both_scripts():
    scales = load_tables("zh").scales
    for simplified, traditional in (("万", "萬"), ("亿", "億"), ("万亿", "萬億"), ("千亿", "千億")):
        assert scales[simplified] == scales[traditional]


def test_an_unknown_language_is_a_clear_error():
    with pytest.raises(IpnlpError, match="E003"):
        ipnlp.analyze("Sales rose 5%.", lang="zz")
