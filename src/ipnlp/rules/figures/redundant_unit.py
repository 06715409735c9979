"""IPN405 redundant-unit: the same unit named before and after a figure ("RMB 5 billion yuan")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import alternation, scale_words, unit_rows

_NUMBER = r"\d[\d,]*(?:\.\d+)?"


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


@dataclass(frozen=True)
class _Prefixes:
    pattern: re.Pattern[str]  # any currency prefix, spaces (group 1), a digit
    longest_unspaced: int  # length of the longest prefix without a space
    spaced: tuple[tuple[int, ...], ...]  # word lengths of each prefix written with spaces
    # Every character that can end a prefix, ignoring case as ``re`` does; None: not known.
    last_characters: frozenset[str] | None


@cache
def _prefix_before_number(lang: str = "en") -> _Prefixes | None:
    """Any currency prefix, spaces, a digit: where a currency pattern can match. None when a prefix
    holds a digit or ends in a space, which ``_currency_matches`` cannot rely on."""
    prefixes = {s for s, _, kind in unit_rows(lang) if kind == "currency_prefix"}
    if not prefixes or any(not s or s[-1].isspace() or any(c.isdigit() for c in s) for s in prefixes):
        return None
    return _Prefixes(
        re.compile(rf"(?<![\w$])(?:{alternation(prefixes)})(\s*)\d", re.IGNORECASE),
        max((len(s) for s in prefixes if len(s.split()) == 1), default=0),
        tuple(sorted({tuple(len(word) for word in s.split()) for s in prefixes if len(s.split()) > 1})),
        _last_characters(prefixes),
    )


# Besides a letter's two cases, ``re`` matches an ASCII letter ignoring case with these: Kelvin sign
# (k), long s (s), dotted capital I and dotless i (i).
_FOLDED_TO_ASCII = frozenset("\u212a\u017f\u0130\u0131")


def _last_characters(prefixes: set[str]) -> frozenset[str] | None:
    """Every character a match of a prefix can end with: an ASCII letter in either case (and the
    characters ``re`` folds to one), any other character as written when it has no case; None
    when a prefix ends in another cased character."""
    found = set(_FOLDED_TO_ASCII)
    for prefix in prefixes:
        last = prefix[-1]
        if last.isascii():
            found.update((last.lower(), last.upper()))
        elif last.lower() == last.upper() == last:
            found.add(last)
        else:
            return None
    return frozenset(found)


def _anchors(prefixes: _Prefixes, text: str, digit_starts: list[int]) -> list[int]:
    """``sorted({m.start(1) for m in prefixes.pattern.finditer(text)})``, tried only before digits.

    A match is a prefix, the spaces before a digit, the digit; its group 1 starts where that run of
    spaces does (a prefix ends in no space and holds no digit). So for each digit that opens a run
    of digits, the prefix must end where the spaces before it start, and it starts at most the
    longest prefix before there, or for a prefix of several words where their lengths and the runs
    of spaces between them put it: the pattern is searched from there to the digit only. No match
    hides another (a match holds one digit, its last character), so the searches together find
    what ``finditer`` finds.
    """
    anchors = set()
    search = prefixes.pattern.finditer
    for digit in digit_starts:
        end = digit
        while end and text[end - 1].isspace():  # str.isspace is re's \s
            end -= 1
        if not end or (prefixes.last_characters is not None and text[end - 1] not in prefixes.last_characters):
            continue  # no prefix ends where the spaces before the digit start
        low = end - prefixes.longest_unspaced
        for lengths in prefixes.spaced:
            start = end - lengths[-1]
            for length in lengths[-2::-1]:
                space = start
                while space and text[space - 1].isspace():
                    space -= 1
                if space == start:
                    break
                start = space - length
            else:
                low = min(low, start)
        anchors.update(match.start(1) for match in search(text, max(low, 0), digit + 1))
    return sorted(anchors)


def _number_starts(text: str, starts: list[int], ends: list[int]) -> Iterator[int]:
    """The first digit of each run of digits and commas, from the runs of digits."""
    previous_end = None
    for start, end in zip(starts, ends, strict=True):
        if previous_end is None or text[previous_end:start].strip(","):
            yield start
        previous_end = end


def _percent_matches(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    r"""``pattern.finditer(text)`` for a pattern that opens with ``_NUMBER``, tried at ``starts``:
    the first digit of each run of digits and commas. A match starting later in a run implies one
    starting at its first digit (the run's head fits ``[\d,]*`` too), so these starts find the same
    matches as ``finditer``."""
    end = 0
    for start in starts:
        if start < end:  # matches do not overlap, as with finditer
            continue
        match = pattern.match(text, start)
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
    prefixes = _prefix_before_number()
    digit_starts, digit_ends = view.index.digit_runs
    if prefixes is None:
        found = [currency.pattern.finditer(view.text) for currency in currencies]
    else:
        # Where the spaces before the number start; distinct, in text order.
        anchors = _anchors(prefixes, view.text, digit_starts)
        found = [_currency_matches(currency, anchors, view.text) for currency in currencies]
    if percent is not None:
        found.append(_percent_matches(percent, view.text, _number_starts(view.text, digit_starts, digit_ends)))
    for match in chain.from_iterable(found):
        yield make_finding(
            RULE, view, f"{match.group(0)!r} names its unit twice, before and after the number.",
            [match.span()],
        )


RULE = Rule(code="IPN405", name="redundant-unit", severity="info", check=check)
