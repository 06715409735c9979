"""IPN413 missing-space: two words run together, a lower-case word glued to a capitalised one."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ...models import Finding
from ...regex_cache import compile as cached_compile
from ...view import ReportView
from ..base import Rule, make_finding
from . import _words

# A lower-case word of two or more letters glued to a capitalised word of three or more: "toAnnex",
# "theMinistry". One lower-case letter before the capital is a brand style ("mBridge", "iPhone",
# "eHKD"), and an upper-case run after it an acronym suffix ("macOS"), so neither matches.
_GLUED_WORDS = cached_compile(r"(?<![\p{L}\p{N}_-])(?P<left>\p{Ll}{2,})(?P<right>\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])")
_WORD = cached_compile(r"\p{L}+")
# Every glued pair holds exactly one lower-case letter followed by a capital, where its two words
# meet, and prose has few: the scan stops there instead of trying the pattern at every letter. It
# looks for the capital, then back at the letter before it: scanning for capitals alone is faster
# than for the pair.
_CASE_CHANGE = cached_compile(r"\p{Lu}(?<=\p{Ll}\p{Lu})")
# The run of lower-case letters ending at a place, read backwards from it.
_LOWER_RUN_BEFORE = cached_compile(r"(?r)\p{Ll}+")


def _glued_pairs(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_GLUED_WORDS.finditer(text)``, tried only where a case change is.

    A match's left word is the whole run of lower-case letters before its capital (a letter before
    it fails the look-behind), so each case change gives one start to try; matches never overlap.
    """
    end = 0
    for change in _CASE_CHANGE.finditer(text):
        run = _LOWER_RUN_BEFORE.search(text, end, change.start())  # the capital is not in the run
        if run is None:
            continue
        match = _GLUED_WORDS.match(text, run.start())
        if match is not None:
            end = match.end()
            yield match


def check(view: ReportView) -> Iterator[Finding]:
    """Two words are run together: a space is missing between a word and a capitalised word.

    ## What it does
    Reports a lower-case word glued to a capitalised word ("please refer toAnnex D-1") when the
    lower-case part is a function word ("to", "the", "of") or the capitalised part is used as a
    word of its own elsewhere in the report. Each glued form is reported once, with how often it
    occurs.

    ## Why it matters
    Glued words come from conversion (a line break or a hyperlink lost between two words) or from
    careless editing; they break search and screen readers and look careless in print.

    ## Example
    ```text
    For details, please refer toAnnex B-2.
    ```

    ## Use instead
    ```text
    For details, please refer to Annex B-2.
    ```

    ## Known limitations
    Only a lower-case word followed by a capitalised one is seen: two lower-case words run
    together ("theeconomy") need a dictionary and are not reported. A brand or product name
    written in camel case with a lower-case word of two or more letters before a capital
    ("myGov", "eduCare") is reported when its capitalised part also stands alone in the report.
    """
    words: set[str] | None = None  # every word of the report, read only if a glued pair needs it
    first: dict[str, tuple[int, int]] = {}
    count: dict[str, int] = {}
    for match in _glued_pairs(view.text):
        left, right = match.group("left"), match.group("right")
        if left not in _words.FUNCTION_WORDS:
            if words is None:
                words = set(_WORD.findall(view.text))
            if right not in words:
                continue
        glued = match.group(0)
        count[glued] = count.get(glued, 0) + 1
        first.setdefault(glued, match.span())
    for glued, span in first.items():
        times = f" ({count[glued]} times)" if count[glued] > 1 else ""
        left = _GLUED_WORDS.match(glued)
        assert left is not None
        yield make_finding(
            RULE, view,
            f"{glued!r}{times} runs two words together: a space is missing in "
            f"{left.group('left')!r} {left.group('right')!r}.",
            [span],
        )


RULE = Rule(code="IPN413", name="missing-space", severity="warning", check=check)
