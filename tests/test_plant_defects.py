"""scripts/plant_defects.py: each kind of planted defect is found by its rule in the shipped report."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from ipnlp import Settings, analyze
from tests._scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
REPORT = (ROOT / "corpus" / "cnipa-2025-work-report.en.txt").read_text(encoding="utf-8")


def _load():
    return load_script("plant_defects")


PLANT = _load()


@pytest.mark.parametrize("kind", sorted(PLANT.KINDS))
def test_a_planted_defect_is_found_by_its_rule(kind):
    code, plant = PLANT.KINDS[kind]
    rng = random.Random(kind)
    found = 0
    for _ in range(4):
        planting = plant(REPORT, rng)
        assert all(planting.text[s:e] for s, e in planting.spans)
        report = analyze(planting.text, config=Settings(select=(code,)))
        found += PLANT.found(report.findings, planting.spans)
    assert found >= 3, f"{code} found {found} of 4 planted {kind} defects"
