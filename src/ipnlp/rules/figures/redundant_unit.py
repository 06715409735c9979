"""IPN405 redundant-unit: the same unit named before and after a figure ("RMB 5 billion yuan")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import chain

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import alternation, scale_words, unit_rows

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# The first digit of each run of digits and commas. A percentage match starting later in a run
# implies one starting at its first digit (the run's head fits ``[\d,]*`` too), so trying only
# these starts finds the same matches as ``finditer`` without rescanning a long run at every digit.
_NUMBER_START = re.compile(r"(?<![\d,]),*\d")


@cache
def _patterns(lang: str = "en") -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None]:
    """One pattern per currency named both ways in units.tsv (prefix, number, scale, suffix), and
    the pattern of a percentage written with a symbol and a word, if the table has both."""
    rows = unit_rows(lang)
    scales = alternation(scale_words(lang))
    patterns = []
    for unit in sorted({u for _, u, kind in rows if kind == "currency_prefix"}):
        prefixes = alternation(s for s, u, kind in rows if u == unit and kind == "currency_prefix")
        suffixes = alternation(s for s, u, kind in rows if u == unit and kind == "currency")
        if suffixes:
            patterns.append(re.compile(
                rf"(?<![\w$])(?:{prefixes})\s*{_NUMBER}(?:\s*(?:{scales}))?\s+(?:{suffixes})\b",
                re.IGNORECASE))
    symbols = [s for s, _, kind in rows if kind == "percent" and not s[0].isalpha()]
    spelled = [s for s, _, kind in rows if kind == "percent" and s[0].isalpha()]
    percent = None
    if symbols and spelled:
        percent = re.compile(rf"{_NUMBER}\s*(?:{alternation(symbols)})\s*(?:{alternation(spelled)})\b",
                             re.IGNORECASE)
    return tuple(patterns), percent


def _percent_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with ``_NUMBER``, in linear time."""
    end = 0
    for start in _NUMBER_START.finditer(text):
        if start.end() - 1 < end:  # matches do not overlap, as with finditer
            continue
        match = pattern.match(text, start.end() - 1)
        if match:
            end = match.end()
            yield match


def check(view: ReportView) -> Iterator[Finding]:
    """A figure names its unit twice, before and after the number.

    ## What it does
    Reports a currency written both as a prefix and as a word after the number ("RMB 2.3 billion
    yuan", "USD 40 million US dollars", "$5 million dollars") and a percentage written "12% percent".
    The currencies and their spellings come from the language's units table.

    ## Why it matters
    It is harmless for meaning but reads as a translation slip, and a reader may wonder whether
    two amounts are meant. Other amounts in the same report usually use one form.

    ## Example
    ```text
    Royalty income reached RMB 2.3 billion yuan.
    ```

    ## Use instead
    ```text
    Royalty income reached 2.3 billion yuan.    (or: RMB 2.3 billion)
    ```

    ## Known limitations
    Only the currencies and spellings of the language's units table are known; a unit repeated in
    words outside that table is missed.
    """
    currencies, percent = _patterns()
    found = [pattern.finditer(view.text) for pattern in currencies]
    if percent is not None:
        found.append(_percent_matches(percent, view.text))
    for match in chain.from_iterable(found):
        yield make_finding(
            RULE, view, f"{match.group(0)!r} names its unit twice, before and after the number.",
            [match.span()],
        )


RULE = Rule(code="IPN405", name="redundant-unit", severity="info", check=check)
