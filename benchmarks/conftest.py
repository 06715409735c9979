"""Benchmark profiles: ``make bench`` runs the quick one (a few minutes on a loaded 2-core
machine); ``make bench-long`` (``IPNLP_BENCH_PROFILE=long``) runs more rounds and larger batches."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus.py and friends

LONG = os.environ.get("IPNLP_BENCH_PROFILE", "quick") == "long"
