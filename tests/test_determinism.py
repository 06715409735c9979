"""The same text gives the same report in every process, whatever Python's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPORT = Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt"
# The report twice and with its paragraphs reversed: many near-duplicate candidates to choose from.
_CHILD = """
import hashlib, sys, ipnlp
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = text.split("\\n\\n")
for variant in (text + "\\n\\n" + text, "\\n\\n".join(reversed(paragraphs))):
    print(hashlib.sha256(ipnlp.analyze(variant).model_dump_json().encode()).hexdigest())
"""


def _digests(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", _CHILD, str(REPORT)], env=env, capture_output=True,
                          text=True, check=True).stdout


def test_output_does_not_depend_on_the_hash_seed():
    assert _digests("0") == _digests("5") == _digests("11")
