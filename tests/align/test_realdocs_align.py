"""Alignment on real translations: the HKMA chapters in English and Traditional Chinese and their
machine translations (../shared/realdocs/hkma, not shipped). Skips when they are absent.

The full measurement is scripts/align_eval.py (docs/alignment.md); this runs it on one year of human
pairs and on the two system-years with the most independently verified errors, so a change that
breaks alignment on real text fails here rather than in the next evaluation.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from ipnlp.lang.detect import has_language
from tests._scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
HKMA = ROOT / ".." / "shared" / "realdocs" / "hkma"

pytestmark = [pytest.mark.skipif(not (HKMA / "pairs").is_dir(), reason="../shared/realdocs/hkma not present"),
              pytest.mark.skipif(not has_language("zh"), reason="no Chinese language data")]


def _evaluation():
    return load_script("align_eval")


@pytest.mark.parametrize("direction", ["en > zh", "zh > en"])
def test_human_translations_align_with_few_false_mismatches(direction):
    evaluation = _evaluation()
    tally = evaluation.HumanTally()
    for document in evaluation.human_documents(HKMA, {2022}):
        if f"{document.source_lang} > {document.target_lang}" == direction:
            evaluation.human_pair(document, tally, evaluation.load_human_errors(), [], [])
    assert tally.aligned / tally.with_counterpart >= 0.95
    false_pairs = (tally.alarms - tally.missing) - (tally.real - tally.missing_real)
    assert false_pairs / tally.aligned <= 0.01
    assert (tally.missing - tally.missing_real) / tally.aligned <= 0.02


def test_verified_machine_translation_errors_are_found():
    evaluation = _evaluation()
    wanted = {("CommandA_MT", 2024), ("organizers_NLLB", 2020)}
    by_document = defaultdict(list)
    for record in evaluation.load_mt_errors():
        if (record["system"], record["year"]) in wanted and record.get("origin") is None:
            by_document[(record["system"], record["year"], record["doc"])].append(record)
    tally = evaluation.MtTally()
    for system, year in sorted(wanted):
        for document in evaluation.mt_documents(HKMA, {year}, {system}):
            evaluation.mt_pair(document, by_document.get((system, year, document.doc), []), tally, [], [], [])
    assert sum(tally.total.values()) >= 20
    assert sum(tally.found.values()) / sum(tally.total.values()) >= 0.9
    # The digit-matching baseline misses the scale slips that keep every digit.
    assert tally.found_baseline["scale"] < tally.found["scale"]
