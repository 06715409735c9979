"""Chinese tables: a header's unit and scale in brackets ("（万件）", "（億港元）", "（%）") and its period
("2024年", "2023年底") apply to the cells below it."""

from __future__ import annotations

import pytest

import ipnlp

TABLE = """# 表1 主要指标

| 指标 | 2023年 | 2024年 |
|---|---|---|
| 发明专利授权量（万件） | 92.1 | 104.5 |
| 技术合同成交额（亿元） | 61,376 | 68,000 |
| 研发投入强度（%） | 2.65 | 2.68 |
"""


def _cells(text: str) -> dict[tuple[str, str | None], tuple[float, str]]:
    return {(c.subject, c.period): (c.value, c.unit) for c in ipnlp.analyze(text, lang="zh").claims}


@pytest.mark.parametrize(("subject", "period", "value", "unit"), [
    ("发明专利授权量", "2023", 921000, "件"),
    ("发明专利授权量", "2024", 1045000, "件"),
    ("技术合同成交额", "2024", 6_800_000_000_000, "CNY"),
    ("研发投入强度", "2023", 2.65, "percent"),
])
def test_header_units_scales_and_periods(subject, period, value, unit):
    assert _cells(TABLE)[(subject, period)] == (value, unit)


def test_traditional_headers_and_year_ends():
    table = "| 項目 | 2023年底 | 2024年底 |\n|---|---|---|\n| 資產總值（億港元） | 40,165 | 41,000 |\n"
    assert _cells(table)[("資產總值", "2024-12-31")] == (4_100_000_000_000, "HKD")
