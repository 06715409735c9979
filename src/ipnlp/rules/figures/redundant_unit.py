"""IPN405 redundant-unit: the same unit named before and after a figure ("RMB 5 billion yuan")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True)
class _Currency:
    pattern: re.Pattern[str]  # prefix, number, optional scale, suffix
    prefix_lengths: tuple[int, ...]  # of its prefixes, longest first


@cache
def _patterns(lang: str = "en") -> tuple[tuple[_Currency, ...], re.Pattern[str] | None]:
    """One pattern per currency named both ways in units.tsv (prefix, number, scale, suffix), and
    the pattern of a percentage written with a symbol and a word, if the table has both."""
    rows = unit_rows(lang)
    scales = alternation(scale_words(lang))
    currencies = []
    for unit in sorted({u for _, u, kind in rows if kind == "currency_prefix"}):
        prefix_list = {s for s, u, kind in rows if u == unit and kind == "currency_prefix"}
        suffixes = [s for s, u, kind in rows if u == unit and kind == "currency"]
        if suffixes:  # a currency with no word after the number cannot be named twice
            currencies.append(_Currency(
                re.compile(rf"(?<![\w$])(?:{alternation(prefix_list)})\s*{_NUMBER}(?:\s*(?:{scales}))?\s+"
                           rf"(?:{alternation(suffixes)})\b", re.IGNORECASE),
                tuple(sorted({len(s) for s in prefix_list}, reverse=True))))
    symbols = [s for s, _, kind in rows if kind == "percent" and not s[0].isalpha()]
    spelled = [s for s, _, kind in rows if kind == "percent" and s[0].isalpha()]
    percent = None
    if symbols and spelled:
        percent = re.compile(rf"{_NUMBER}\s*(?:{alternation(symbols)})\s*(?:{alternation(spelled)})\b",
                             re.IGNORECASE)
    return tuple(currencies), percent


@cache
def _prefix_before_number(lang: str = "en") -> re.Pattern[str] | None:
    """Any currency prefix, spaces, a digit: where a currency pattern can match. None when a prefix
    holds a digit or ends in a space, which ``_currency_matches`` cannot rely on."""
    prefixes = {s for s, _, kind in unit_rows(lang) if kind == "currency_prefix"}
    if not prefixes or any(not s or s[-1].isspace() or any(c.isdigit() for c in s) for s in prefixes):
        return None
    return re.compile(rf"(?<![\w$])(?:{alternation(prefixes)})(\s*)\d", re.IGNORECASE)


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


def _currency_matches(currency: _Currency, anchors: list[int], text: str) -> Iterator[re.Match[str]]:
    """``currency.pattern.finditer(text)``, trying only where a prefix can end (``anchors``).

    A match is a prefix, spaces, then a digit. Its prefix ends where the spaces before that digit
    start, and one search for any prefix finds every such place: prefixes hold no digit, so a match
    cannot hide another digit's prefix. Tried in text order, longest prefix (earliest start) first,
    skipping starts inside the last match: the matches ``finditer`` gives, without trying every
    position of the text once per currency.
    """
    last_end = 0
    for prefix_end in anchors:
        for length in currency.prefix_lengths:
            start = prefix_end - length
            if start < last_end:
                continue
            match = currency.pattern.match(text, start)
            if match:
                last_end = match.end()
                yield match
                break


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
    anchor = _prefix_before_number()
    if anchor is None:
        found = [currency.pattern.finditer(view.text) for currency in currencies]
    else:
        # Where the spaces before the number start; distinct, in text order.
        anchors = sorted({match.start(1) for match in anchor.finditer(view.text)})
        found = [_currency_matches(currency, anchors, view.text) for currency in currencies]
    if percent is not None:
        found.append(_percent_matches(percent, view.text))
    for match in chain.from_iterable(found):
        yield make_finding(
            RULE, view, f"{match.group(0)!r} names its unit twice, before and after the number.",
            [match.span()],
        )


RULE = Rule(code="IPN405", name="redundant-unit", severity="info", check=check)
