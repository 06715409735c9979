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


@dataclass(frozen=True)
class UnitEntry:
    unit: str
    kind: str  # currency, currency_prefix, percent, percentage_point, duration, measure, noun


@dataclass(frozen=True)
class Tables:
    scales: dict[str, Decimal]
    qualifiers: dict[str, str]
    units: dict[str, UnitEntry]  # surface -> entry, for every kind except currency_prefix
    currency_prefixes: dict[str, str]  # surface -> unit
    scale_re: regex.Pattern[str]  # matches a scale word right after a number
    qualifier_re: regex.Pattern[str]  # matches a qualifier at the END of the text before a number
    prefix_re: regex.Pattern[str]  # matches a currency prefix at the END of the text before a number
    unit_re: regex.Pattern[str]  # matches a unit word right after a number (and its scale)


def rows(lang: str, name: str) -> list[list[str]]:
    text = resources.files("ipnlp").joinpath("data", lang, name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def alternation(surfaces: Iterable[str]) -> str:
    """A regex alternation of literal surfaces, for ``regex`` and ``re`` alike; a space in a surface
    matches any run of white space."""
    # Longest first so "percentage points" wins over "points" and "hundred million" over "hundred".
    parts = []
    for surface in sorted(set(surfaces), key=len, reverse=True):
        parts.append(r"\s+".join(regex.escape(word) for word in surface.split()))
    # No surfaces match nothing: an empty alternation would match the empty string everywhere (a
    # language without currency symbols once made every table header a currency).
    return "|".join(parts) if parts else "(?!)"


@cache
def load_tables(lang: str = "en") -> Tables:
    scales = {row[0].lower(): Decimal(row[1]) for row in rows(lang, "scales.tsv")}
    qualifiers = {row[0].lower(): row[1] for row in rows(lang, "qualifiers.tsv")}
    units: dict[str, UnitEntry] = {}
    prefixes: dict[str, str] = {}
    for surface, unit, kind in rows(lang, "units.tsv"):
        if kind == "currency_prefix":
            prefixes[surface.lower()] = unit
        else:
            units.setdefault(surface.lower(), UnitEntry(unit, kind))
    word_units = [s for s, e in units.items() if e.kind != "noun" and s not in {"%"}]
    return Tables(
        scales=scales,
        qualifiers=qualifiers,
        units=units,
        currency_prefixes=prefixes,
        scale_re=regex.compile(rf"\s*(?i:(?P<scale>{alternation(list(scales))}))(?![\w$])"),
        qualifier_re=regex.compile(rf"(?<![\w-])(?i:(?P<qual>{alternation(list(qualifiers))}))\s+$"),
        prefix_re=regex.compile(
            rf"(?:(?<![\w])(?i:(?P<word>{alternation([p for p in prefixes if p[0].isalpha()])}))\s*|"
            rf"(?P<sym>{alternation([p for p in prefixes if not p[0].isalpha()])})\s?)$"),
        unit_re=regex.compile(
            rf"(?:\s*(?P<pct>%)|\s+(?:(?i:consecutive|straight|successive|full)\s+)?"
            rf"(?i:(?P<word>{alternation(word_units)}))(?![\w-]))"),
    )
