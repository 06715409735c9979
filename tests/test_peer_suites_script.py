"""scripts/peer_suites.py: its readings of ipnlp's documented output apply to the shared harness."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._scripts import load_script

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "peersuites" / "eval"


@pytest.mark.skipif(not (SHARED_EVAL / "run.sh").exists(), reason="../shared/peersuites is not beside the project")
def test_every_reading_applies_once_to_the_shared_harness(tmp_path):
    peer_suites = load_script("peer_suites")
    script = peer_suites.documented_output_harness(SHARED_EVAL, tmp_path / "harness")
    text = script.read_text(encoding="utf-8")
    assert f"here={tmp_path / 'harness'}" in text and str(SHARED_EVAL.parent) in text
    scorer = (tmp_path / "harness" / "score.py").read_text(encoding="utf-8")
    assert 'c.get("value_high") is not None' in scorer
    assert (SHARED_EVAL / "score.py").read_text(encoding="utf-8") != scorer  # the shared copy is untouched


def test_a_changed_harness_stops_the_script(tmp_path):
    peer_suites = load_script("peer_suites")
    fake = tmp_path / "eval"
    fake.mkdir()
    for name in ("predict_ipnlp.py", "score.py", "units.py", "run.sh"):
        (fake / name).write_text("# nothing the readings expect\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="the shared harness changed"):
        peer_suites.documented_output_harness(fake, tmp_path / "copy")
