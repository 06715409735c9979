"""Load the language tables in ``ipnlp/data/<lang>/*.tsv`` (units, scales, qualifiers).

Each table is read once per process. Rows are ``surface<TAB>value[<TAB>kind]``; lines starting
with ``#`` are comments. Surfaces are matched case-insensitively, longest first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

import regex

from ..lang import load
from ..regex_cache import compile as cached_compile


@dataclass(frozen=True)
class UnitEntry:
    unit: str
    kind: str  # currency, currency_prefix, percent, percentage_point, duration, measure, noun


@dataclass(frozen=True)
class Tables:
    scales: dict[str, Decimal]
    qualifiers: dict[str, str]
    units: dict[str, UnitEntry]  # surface -> entry, for every kind except currency_prefix
    currency_prefixes: dict[str, str]  # surface (lower-case, spaces single) -> unit
    # "musd", "meur": an ISO code after the language's million mark counts millions of it ("30 MUSD")
    million_codes: dict[str, str]
    scale_re: regex.Pattern[str]  # matches a scale word right after a number
    qualifier_re: regex.Pattern[str]  # matches a qualifier at the END of the text before a number
    # A currency prefix at the END of the text before a number, a million code included: the one
    # pattern that money (extract/recognizers/money.py) and table cells read currencies with.
    prefix_re: regex.Pattern[str]
    unit_re: regex.Pattern[str]  # matches a unit word right after a number (and its scale)


class FoldedKeys(dict):
    """A table keyed by lower-cased surfaces that also finds a surface its case-insensitive pattern
    matched through Unicode case folding: "thouſand" (long s), "Kelvin" with the Kelvin sign. Without
    this, the pattern matches and the lookup raises KeyError, which ends the document's analysis."""

    def __missing__(self, key: str):
        folded = " ".join(key.casefold().split())
        if folded != key and folded in self:
            return self[folded]
        raise KeyError(key)


def rows(lang: str, name: str) -> list[list[str]]:
    text = resources.files("ipnlp").joinpath("data", lang, name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def normalise_surface(surface: str) -> str:
    """A table surface as the tables key it: lower-case, single spaces ("HK  $" -> "hk $")."""
    return " ".join(surface.lower().split())


def alternation(surfaces: Iterable[str]) -> str:
    """A regex alternation of literal surfaces, for ``regex`` and ``re`` alike; a space in a surface
    matches any run of white space."""
    # Longest first so "percentage points" wins over "points" and "hundred million" over "hundred".
    # Ties in text order: two surfaces of one length never match the same text differently, but a
    # pattern that is the same string in every run is what ``regex_cache`` can find again.
    parts = []
    for surface in sorted(set(surfaces), key=lambda s: (-len(s), s)):
        parts.append(r"\s+".join(regex.escape(word) for word in surface.split()))
    # No surfaces match nothing: an empty alternation would match the empty string everywhere (a
    # language without currency symbols once made every table header a currency).
    return "|".join(parts) if parts else "(?!)"


def tree_alternation(surfaces: Iterable[str]) -> str:
    """``alternation(surfaces)`` written as a tree of the surfaces' characters ("ris(?:ing|e[sn]?)"): a
    pattern matches exactly as with the flat alternation, and ``regex`` tries a tree's branches once
    per place instead of each surface in turn (the figure verbs' flat list was a tenth of reading a
    report's subjects).

    The same matches: the surfaces are lower-case ASCII, so two different characters of them never
    match one character of text (not even ignoring case), and a run of white space is read whole
    (a surface's next character is no space). The surfaces that match at a place are then each a
    prefix of the next, and the tree, trying the longer way first at every branch, offers them to
    the rest of the pattern longest first: the flat alternation's order. Surfaces of any other kind
    get the flat alternation."""
    unique = sorted(set(surfaces))
    if not unique or any(not s.isascii() or s != s.lower() or s != " ".join(s.split()) for s in unique):
        return alternation(unique)
    return emit_tree(surface_tree((surface, "") for surface in unique))


def surface_tree(entries: Iterable[tuple[str, str]]) -> dict[str, dict]:
    """The tree ``emit_tree`` writes out, of ``(surface, then)`` entries: each surface's characters
    (a space between its words reads a run of white space), ending in ``then``, the pattern that must
    follow that surface ("": nothing)."""
    root: dict[str, dict] = {}
    for surface, then in entries:
        node = root
        for index, word in enumerate(surface.split(" ")):
            for token in ([r"\s+"] if index else []) + [regex.escape(char) for char in word]:
                node = node.setdefault(token, {})
        node[then] = {}
    return root


def emit_tree(node: dict[str, dict]) -> str:
    """The regex of a tree of tokens (a dict of dicts, "" marking where a surface may end)."""
    branches = [token + emit_tree(node[token]) for token in sorted(node) if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def load_tables(lang: str = "en") -> Tables:
    scales = FoldedKeys((row[0].lower(), Decimal(row[1])) for row in rows(lang, "scales.tsv"))
    qualifiers = FoldedKeys((row[0].lower(), row[1]) for row in rows(lang, "qualifiers.tsv"))
    units: dict[str, UnitEntry] = FoldedKeys()
    prefixes: dict[str, str] = {}
    for surface, unit, kind in rows(lang, "units.tsv"):
        if kind == "currency_prefix":
            prefixes.setdefault(normalise_surface(surface), unit)
        else:
            units.setdefault(surface.lower(), UnitEntry(unit, kind))
    word_units = [s for s, e in units.items() if e.kind != "noun" and s not in {"%"}]
    mark = getattr(load(lang), "MILLION_CODE_MARK", "")
    codes = {surface for surface, unit in [*prefixes.items(), *((s, e.unit) for s, e in units.items()
                                                                if e.kind == "currency")]
             if len(surface) == 3 and surface.isalpha() and surface.upper() == unit}
    million_codes = {mark + code: code.upper() for code in codes} if mark else {}
    words = [p for p in [*prefixes, *million_codes] if p[0].isalpha()]
    symbols = [p for p in prefixes if not p[0].isalpha()]
    return Tables(
        scales=scales,
        qualifiers=qualifiers,
        units=units,
        currency_prefixes=prefixes,
        million_codes=million_codes,
        scale_re=cached_compile(rf"\s*(?i:(?P<scale>{tree_alternation(list(scales))}))(?![\w$])"),
        qualifier_re=cached_compile(rf"(?<![\w-])(?i:(?P<qual>{tree_alternation(list(qualifiers))}))\s+$"),
        # A code may be glued ("USD10m") or spaced; a symbol glued or one space away ("$ 5"). A letter
        # after a possessive or a contraction is not a country letter: "Apple's $5" (or, tokenized,
        # "music ' s $5") is not "S $5".
        prefix_re=cached_compile(
            rf"(?:(?<![\w$])(?<!\w['’])(?<!['’`]\s)(?i:(?P<word>{tree_alternation(words)}))\s*|(?<![\w$])"
            rf"(?P<sym>(?i:{tree_alternation(symbols)}))\s?)(?P<sign>-)?$"),
        unit_re=cached_compile(
            rf"(?:\s*(?P<pct>%)|\s+(?:(?i:consecutive|straight|successive|full)\s+)?"
            rf"(?i:(?P<word>{tree_alternation(word_units)}))(?![\w-]))"),
    )
