"""Which language data a text needs, from its script alone (no model, no download).

Reports are written in one script: a text where Han characters make up 30% of the letters is
Chinese (Simplified or Traditional alike), any other is read with the English data. The point is
not subtle identification but never reading a Chinese report with English rules and passing it
silently: a detected language without data is an error for that document (E003).
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: How much of the text the decision reads: enough for any report's opening pages.
SAMPLE = 20_000


def detect_language(text: str) -> str:
    sample = text[:SAMPLE]
    letters = sum(ch.isalpha() for ch in sample)
    # A Han character is a word, a Latin letter a part of one: an English text quoting a Chinese name
    # stays far below the threshold, a Chinese text with acronyms (HKMA, GDP) far above it.
    return "zh" if letters and len(_HAN.findall(sample)) >= 0.3 * letters else "en"


def has_language(code: str) -> bool:
    """Whether ``ipnlp/lang/<code>.py`` exists (without importing it)."""
    import importlib.util

    return code.isidentifier() and importlib.util.find_spec(f"ipnlp.lang.{code}") is not None
