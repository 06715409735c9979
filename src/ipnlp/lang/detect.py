"""Which language data a text needs, from its script alone (no model, no download).

Reports are written in one script: a text where Han characters make up 30% of the letters is
Chinese (Simplified or Traditional alike), unless kana or Hangul show it is Japanese or Korean; a
text of Latin letters (or of no letters at all) is read with the English data; any other script
(Cyrillic, Arabic, Thai ...) is undetermined ("und"). The point is not subtle identification but
never reading a report with rules of another language and passing it silently: a detected
language without data, "und" included, is an error for that document (E003).
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: How much of the text the decision reads: enough for any report's opening pages.
SAMPLE = 20_000
#: Below this share of Latin letters, a text that is not Chinese is not read as English.
_MIN_LATIN_SHARE = 0.5
#: Kana or Hangul making up this share of the letters make a text Japanese or Korean.
_MIN_KANA_SHARE = 0.1


def detect_language(text: str) -> str:
    sample = text[:SAMPLE]
    letters = sum(ch.isalpha() for ch in sample)
    if not letters:
        return "en"  # figures alone: nothing says it is not English
    if len(_KANA.findall(sample)) >= _MIN_KANA_SHARE * letters:
        return "ja"  # kanji and kana: Han characters alone would read it as Chinese
    if len(_HANGUL.findall(sample)) >= _MIN_KANA_SHARE * letters:
        return "ko"
    # A Han character is a word, a Latin letter a part of one: an English text quoting a Chinese name
    # stays far below the threshold, a Chinese text with acronyms (HKMA, GDP) far above it.
    if len(_HAN.findall(sample)) >= 0.3 * letters:
        return "zh"
    return "en" if len(_LATIN.findall(sample)) >= _MIN_LATIN_SHARE * letters else "und"


#: A language is named by its ISO 639 code; ``lang/`` also holds modules that are not languages
#: (``detect``, ``zh_text``), which ``--lang`` must not accept.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def has_language(code: str) -> bool:
    """Whether ``ipnlp/lang/<code>.py`` exists for an ISO 639 ``code`` (without importing it)."""
    import importlib.util

    return bool(_LANGUAGE_CODE.fullmatch(code)) and importlib.util.find_spec(f"ipnlp.lang.{code}") is not None
