"""How scripts/align_eval.py counts alarms on machine translations: read and judged false, read and
judged an error, or not read yet (counted false). Synthetic documents, no realdocs needed."""

from __future__ import annotations

import json

import pytest

from ipnlp.lang.detect import has_language
from tests._scripts import load_script

pytestmark = pytest.mark.skipif(not has_language("zh"), reason="no Chinese language data")

SOURCE = "Sales rose to 420 tonnes.\n\nThe fleet grew to 48 vessels.\n\nCosts fell 3%.\n"
# The second figure is dropped, the third written 30%.
TRANSLATION = "銷量升至420噸。\n\n船隊有所增加。\n\n成本下降30%。\n"


def _document(evaluation):
    return evaluation.Document("Sys 2025/0 en>zh", SOURCE, TRANSLATION, "en", "zh", 2025, 0, "Sys")


def _alarms(evaluation, verdicts, records=()):
    tally = evaluation.MtTally()
    alarms: list[dict] = []
    evaluation.mt_pair(_document(evaluation), list(records), tally, alarms, [], [], verdicts)
    return tally, alarms


def _verdict(alarm: dict, verdict: str) -> dict:
    record = alarm["record"]
    return {**record, "rule": alarm["code"], "translation": record["mt"] or None, "occurrence": 0,
            "verdict": verdict, "note": "synthetic"}


def test_alarms_are_unread_until_a_verdict_says_otherwise(tmp_path):
    evaluation = load_script("align_eval")
    tally, alarms = _alarms(evaluation, {})
    assert len(alarms) == 2 and tally.unread["enzh"] == 2 and not tally.judged_false

    # One judged false, one judged an error (not yet in an error list), read back from a file.
    path = tmp_path / "mt_alarm_verdicts.enzh.jsonl"
    path.write_text("\n".join(json.dumps(_verdict(a, v)) for a, v in zip(alarms, ("false", "error"), strict=True)),
                    encoding="utf-8")
    verdicts = evaluation.load_verdicts(tmp_path)
    tally, _ = _alarms(evaluation, verdicts)
    assert (tally.judged_false["enzh"], tally.judged_error["enzh"], tally.unread["enzh"]) == (1, 1, 0)


def test_an_alarm_on_a_listed_error_is_no_false_alarm():
    evaluation = load_script("align_eval")
    _, alarms = _alarms(evaluation, {})
    missing = next(a for a in alarms if a["code"] == "IPN601")
    record = {**missing["record"], "kind": "omission", "note": "", "origin": "ipnlp-alarm"}
    tally, rest = _alarms(evaluation, {}, [record])
    assert len(rest) == 1 and tally.found["omission*"] == 1


def test_errors_found_by_reading_the_baseline_are_independent():
    evaluation = load_script("align_eval")
    _, alarms = _alarms(evaluation, {})
    missing = next(a for a in alarms if a["code"] == "IPN601")
    record = {**missing["record"], "kind": "omission", "note": "", "origin": "baseline-flag"}
    tally, _ = _alarms(evaluation, {}, [record])
    assert tally.total == {"omission": 1}
