"""The rule words of every language, tried together.

A rule sees a ``ReportView``, not the language it was read in, so its cues ("among them" /
"其中", "accounted for" / "占比") are the union of each language's cue of that name: English from
the rule's own ``_words`` module, the others from their ``lang/<code>_text.py``. The union is safe
because the scripts do not overlap: a Chinese cue never matches English text, nor the reverse.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..lang import zh_text

#: Modules holding the rule words of languages other than English, under the English names.
OTHER_LANGUAGES = (zh_text,)


def any_language(english: str, name: str) -> str:
    """A regex fragment matching ``english`` or the fragment named ``name`` of another language."""
    others = [getattr(module, name) for module in OTHER_LANGUAGES if hasattr(module, name)]
    return "(?:" + "|".join((english, *others)) + ")" if others else english


def any_language_set(english: Iterable[str], name: str) -> frozenset[str]:
    """The words of ``english`` and of the set named ``name`` of every other language."""
    words = set(english)
    for module in OTHER_LANGUAGES:
        words.update(getattr(module, name, ()))
    return frozenset(words)


__all__ = ["OTHER_LANGUAGES", "any_language", "any_language_set"]
