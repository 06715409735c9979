"""IPN405 redundant-unit: the same unit named before and after a figure ("RMB 5 billion yuan")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import alternation, scale_words, unit_rows

_NUMBER = r"\d[\d,]*(?:\.\d+)?"


@cache
def _patterns(lang: str = "en") -> tuple[re.Pattern[str], ...]:
    """One pattern per unit named both ways in units.tsv: prefix, number, scale, suffix."""
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
    if symbols and spelled:
        patterns.append(re.compile(rf"{_NUMBER}\s*(?:{alternation(symbols)})\s*(?:{alternation(spelled)})\b",
                                   re.IGNORECASE))
    return tuple(patterns)


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
    """
    for pattern in _patterns():
        for match in pattern.finditer(view.text):
            yield make_finding(
                RULE, view, f"{match.group(0)!r} names its unit twice, before and after the number.",
                [match.span()],
            )


RULE = Rule(code="IPN405", name="redundant-unit", severity="info", check=check)
