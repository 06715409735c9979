"""Money: a currency symbol or code before the number (``HK$``, ``S$``, ``US$``, ``$``, ``£``, ``€``,
``RMB``, ``USD10m``), a currency word or symbol after it ("3 million euros", "10 €", "115USD"),
cents and pence, an abbreviated scale that only money makes sure ("£54m", "$13.6M": without a
currency "1.8m" is metres), accounting brackets ("($99.99)") and a bare "$" that takes the
document's currency.

Every currency is a row of ``data/<lang>/units.tsv`` (kind ``currency_prefix`` or ``currency``); the
bare dollar has the unit ``$``, resolved per document by ``document_facts``.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from functools import cache

import regex

from ...lang import load
from ...regex_cache import compile as cached_compile
from ..numbers import ascii_folded, scale_abbreviations
from ..tables import FoldedKeys, load_tables, normalise_surface, rows, tree_alternation
from .base import SKIP, DocumentFacts, Draft, Reading, finish

BARE_DOLLAR = "$"  # the unit of "$5" and "5 dollars" until the document says which dollar
# "$8 B in cash", "€40 M.": a scale letter one space after an amount that has its currency
_SPACED_SCALE_LETTER = regex.compile(r"[ \u00a0]([BKMT])(?=[ \u00a0]+[a-z]|[.,;:)]|$)")


@dataclass(frozen=True)
class _Currencies:
    prefixes: dict[str, str]  # surface (lower-case) -> ISO code or BARE_DOLLAR
    suffixes: dict[str, str]
    prefix_re: regex.Pattern[str]  # a prefix ending where the number starts
    suffix_re: regex.Pattern[str]  # a currency word or symbol right after the number (and scale)
    explicit_re: regex.Pattern[str]  # any explicit dollar-family prefix, for the document's currency
    jurisdiction_re: regex.Pattern[str]
    declaration_re: regex.Pattern[str]
    jurisdictions: dict[str, str]
    million_codes: frozenset[str]  # "musd", "meur": a code that counts millions
    conversion_re: regex.Pattern[str]  # text before a bracket that makes it a conversion
    # Characters other than white space an explicit dollar has at most before its first "$" and after
    # it (its digit included): how far from a "$" one of its matches can reach.
    explicit_reach: tuple[int, int]
    # The first words of the jurisdictions (folded): every jurisdiction named starts with one; None when
    # a jurisdiction is not lower-case ASCII (then the whole text is searched).
    jurisdiction_starts: tuple[str, ...] | None


_norm = normalise_surface


@cache
def currencies(lang: str) -> _Currencies:
    data = load(lang)
    tables = load_tables(lang)
    suffixes: dict[str, str] = FoldedKeys()  # "dollarſ" matched case-insensitively is found too
    for surface, unit, kind in rows(lang, "units.tsv"):
        if kind == "currency":
            suffixes.setdefault(_norm(surface), unit)
    # "30 MUSD", "MEUR 120": the mark letter before an ISO code means millions of that currency.
    million_codes = tables.million_codes
    prefixes = {**tables.currency_prefixes, **million_codes}
    suffixes.update(million_codes)
    suffix_words = [s for s in suffixes if s[0].isalpha()]
    suffix_symbols = [s for s in suffixes if not s[0].isalpha()]
    jurisdictions = {_norm(row[0]): row[1] for row in rows(lang, "currency_jurisdictions.tsv")}
    explicit = [p for p, unit in prefixes.items() if unit != BARE_DOLLAR and "$" in p]
    return _Currencies(
        prefixes=prefixes,
        suffixes=suffixes,
        prefix_re=tables.prefix_re,
        # A symbol followed by digits opens the next amount ("10 $5"); it does not close this one.
        suffix_re=cached_compile(
            rf"(?:\s*(?P<sym>{tree_alternation(suffix_symbols)})(?!\s?\d)|\s*(?i:(?P<word>{tree_alternation(suffix_words)}))"
            r"(?![\w-]))"),
        explicit_re=cached_compile(rf"(?<![\w$])(?i:{tree_alternation(explicit)})\s?\d"),
        jurisdiction_re=cached_compile(rf"\b(?i:{tree_alternation(list(jurisdictions))})(?!\w)"),
        declaration_re=cached_compile(data.CURRENCY_DECLARATION.format(
            currency=tree_alternation([*prefixes, *suffixes]))),
        jurisdictions=jurisdictions,
        million_codes=frozenset(million_codes),
        conversion_re=cached_compile(data.CONVERSION_BEFORE_BRACKET),
        explicit_reach=(max((len("".join(p[:p.index("$")].split())) for p in explicit), default=0),
                        max((len("".join(p[p.index("$") + 1:].split())) + 1 for p in explicit), default=1)),
        jurisdiction_starts=_first_words(list(jurisdictions)),
    )


def _first_words(surfaces: list[str]) -> tuple[str, ...] | None:
    """The first words of lower-case ASCII surfaces, none of them starting with another (whose places
    it covers); None when a surface is not lower-case ASCII."""
    if not all(s.isascii() and s == s.lower() for s in surfaces):
        return None
    words = sorted({s.split(" ")[0] for s in surfaces})
    return tuple(w for w in words if not any(w != other and w.startswith(other) for other in words))


def _explicit_dollars(table: _Currencies, text: str) -> list[regex.Match[str]]:
    """``table.explicit_re.finditer(text)``, searched only around each "$": every explicit dollar has
    one, so a match lies within ``explicit_reach`` non-space characters of its first "$". The windows of
    all "$" are joined where they overlap, and each joined window is searched in one pass: a match never
    crosses from one into another, so the matches (and where each search resumes) are the same."""
    before, after = table.explicit_reach
    windows: list[list[int]] = []
    at = text.find("$")
    while at >= 0:
        start, seen = at, 0
        while start > 0 and (seen < before or text[start - 1].isspace()):
            seen += not text[start - 1].isspace()
            start -= 1
        end, seen = at + 1, 0
        while end < len(text) and seen < after:
            seen += not text[end].isspace()
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
        at = text.find("$", at + 1)
    return [match for start, end in windows for match in table.explicit_re.finditer(text, start, end)]


def _jurisdictions_named(table: _Currencies, text: str, folded: str) -> list[regex.Match[str]]:
    """``table.jurisdiction_re.finditer(text)``, tried only where a jurisdiction's first word is found
    (``str.find`` on the folded text): every match starts there, so the first place from the last
    match's end where one matches is where the plain search finds its next match."""
    if table.jurisdiction_starts is None:
        return list(table.jurisdiction_re.finditer(text))
    places: set[int] = set()
    for word in table.jurisdiction_starts:
        at = folded.find(word)
        while at >= 0:
            places.add(at)
            at = folded.find(word, at + 1)
    found: list[regex.Match[str]] = []
    resume = 0
    for place in sorted(places):
        if place >= resume and (match := table.jurisdiction_re.match(text, place)) is not None:
            found.append(match)
            resume = match.end()
    return found


def _declaration(table: _Currencies, text: str, folded: str, lang: str) -> regex.Match[str] | None:
    """A match of the document's first currency declaration, tried only where one of the words every
    declaration names (``CURRENCY_DECLARATION_WORDS``) is found, in text order: its currency is the one
    the search of the whole text reads (a lead-in before the word, "All", changes nothing after it)."""
    words = getattr(load(lang), "CURRENCY_DECLARATION_WORDS", None)
    if not words:
        return table.declaration_re.search(text)
    places: set[int] = set()
    for word in words:
        at = folded.find(word)
        while at >= 0:
            places.add(at)
            at = folded.find(word, at + 1)
    for place in sorted(places):
        match = table.declaration_re.match(text, place)
        if match is not None:
            return match
    return None


def document_facts(text: str, lang: str = "en", default_currency: str | None = None) -> DocumentFacts:
    """Which currency a bare "$" means in this document, and how that was decided.

    In order: the user's ``default_currency``; a declaration ("all amounts are in HK$"); the
    dollar written explicitly most often (HK$, S$, A$ … against US$); the dollar jurisdiction the
    document names most often, when it dominates; else USD. Linear: three scans of the text.
    """
    if default_currency:
        return DocumentFacts(default_currency.upper(), "currency from settings")
    table = currencies(lang)
    folded = ascii_folded(text)
    declared = _declaration(table, text, folded, lang)
    if declared:
        surface = _norm(declared.group("currency"))
        unit = table.prefixes.get(surface) or table.suffixes.get(surface)
        if unit and unit != BARE_DOLLAR:
            return DocumentFacts(unit, "currency from the document's declaration")
    explicit = collections.Counter(table.prefixes[_norm(m.group()[:-1])] for m in _explicit_dollars(table, text))
    if explicit:
        (best, count), *rest = [*explicit.most_common(2), ("", 0)]
        if best != "USD" and count >= load(lang).CURRENCY_EXPLICIT_MIN and count > 2 * rest[0][1]:
            return DocumentFacts(best, "currency assumed from the document's explicit amounts")
    named = collections.Counter(table.jurisdictions[_norm(m.group())]
                            for m in _jurisdictions_named(table, text, folded))
    if named:
        (best, count), *rest = [*named.most_common(2), ("", 0)]
        if best != "USD" and count >= load(lang).CURRENCY_JURISDICTION_MIN and count > 3 * rest[0][1]:
            return DocumentFacts(best, "currency assumed from the jurisdiction the document names")
    return DocumentFacts()


def prefix_before(reading: Reading, start: int) -> tuple[str, int, bool, str] | None:
    """(unit, start of the prefix, minus before it, surface) for "HK$", "USD", "$" ending at ``start``."""
    table = currencies(reading.lang)
    window_start = max(reading.s0, start - 12)
    match = table.prefix_re.search(reading.text, window_start, start)
    if not match:
        return None
    surface = _norm(match.group("word") or match.group("sym"))
    prefix_start = match.start()
    minus = reading.text[max(reading.s0, prefix_start - 1):prefix_start] in ("-", "\u2212")
    return table.prefixes[surface], prefix_start - minus, minus, surface


@cache
def _range_low(lang: str) -> regex.Pattern[str]:
    """The low end of a range and its joiner, right before the high end."""
    return cached_compile(rf"\d[\d,.]*{load(lang).RANGE_JOINERS}$")


def _range_low_prefix(reading: Reading) -> tuple[str, int, bool, str] | None:
    """The currency prefix of a range's low end ("HK$7.75–" before "7.85"), as ``prefix_before`` gives it,
    but starting where the high end starts (the range reading moves the start to the low end's prefix)."""
    low = _range_low(reading.lang).search(reading.text, max(reading.s0, reading.mention.start - 24),
                                          reading.mention.start)
    if low is None:
        return None
    found = prefix_before(reading, low.start())
    return None if found is None else (found[0], reading.mention.start, False, found[3])


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind not in ("digits", "word"):
        return None
    table = currencies(reading.lang)
    prefix = prefix_before(reading, m.start)
    value, end = m.value, m.end
    unit = None
    start = m.start
    surfaces = []
    if prefix is not None and reading.drafts and reading.drafts[-1].end > prefix[1]:
        prefix = None  # "10 rmb 20 usd": the code closes the figure before, it does not open this one
    if prefix is None and reading.in_range:
        prefix = _range_low_prefix(reading)  # "HK$7.75–7.85": the low end's currency is the range's
    if prefix is not None and prefix[3] in data.TRANSLITERATED_CURRENCY_PREFIXES and not (
            m.has_comma or m.has_decimal or m.scaled or m.suffix in scale_abbreviations(reading.lang)):
        return SKIP  # "PS5", "PS 2": a console or a postscript; "PS6m", "PS21,700" are a folded "£"
    if prefix is not None:
        unit, start, minus, surface = prefix
        surfaces.append(surface)
        if minus:
            value = -value  # "-$5 million"
    suffix = m.suffix
    if suffix and suffix in scale_abbreviations(reading.lang) and (prefix is not None or
                                                                    _norm(suffix) not in table.suffixes):
        multiplier, _ = scale_abbreviations(reading.lang)[suffix]
        if prefix is not None or table.suffix_re.match(text, m.number_end + len(suffix),
                                                       min(reading.s1, m.number_end + len(suffix) + 30)):
            value *= multiplier  # "£54m", "$13.6M", "7.3B yuan"
            end = m.number_end + len(suffix)
            suffix = ""
    if suffix and _norm(suffix) in table.suffixes:  # "115USD", "100元"
        unit, end = unit or table.suffixes[_norm(suffix)], m.number_end + len(suffix)
        surfaces.append(_norm(suffix))
    elif suffix and suffix in data.MINOR_UNIT_SUFFIXES and prefix is None:  # "164p", "99c"
        unit, end = data.MINOR_UNIT_SUFFIXES[suffix], m.number_end + len(suffix)
    elif not suffix:
        spaced = None if prefix is None or m.scaled else \
            _SPACED_SCALE_LETTER.match(text, end, min(reading.s1 + 1, end + 4))
        if spaced:
            value *= scale_abbreviations(reading.lang)[spaced.group(1)][0]
            end = spaced.end(1)
        after = table.suffix_re.match(text, end, min(reading.s1, end + 40))
        if after and unit is not None and table.suffixes[_norm(after.group("word") or after.group("sym"))] \
                not in (unit, BARE_DOLLAR):
            after = None  # "rmb 10 usd 20": a code of another currency opens the next amount
        if after:
            word = _norm(after.group("word") or after.group("sym"))
            unit = unit or table.suffixes[word]  # "RMB 16.87 trillion yuan" keeps the prefix's currency
            end = after.end()
            surfaces.append(word)
            scale = load_tables(reading.lang).scale_re.match(text, end, min(reading.s1, end + 24))
            if scale and not m.scaled:  # "75 USD million"
                value *= load_tables(reading.lang).scales[_norm(scale.group("scale"))]
                end = scale.end()
    if unit is None:
        return None
    if any(surface in table.million_codes for surface in surfaces):
        value *= 1_000_000  # "30 MUSD"
    notes = []
    if unit == BARE_DOLLAR:
        unit = reading.document.dollar_currency
        notes.append(reading.document.dollar_note)
    # Accounting brackets: "($99.99)" is a loss. A bracket after another figure in the sentence
    # gives the amount in another currency instead ("7,388 yuan ($1,062)", "HK$3.7 billion (US$473
    # million)"), and accountants do not write scale words inside their brackets.
    if text[start - 1:start] == "(" and text[end:end + 1] == ")" and value > 0 and not m.scaled and \
            end == m.number_end and not reading.drafts and \
            not table.conversion_re.search(text[max(reading.s0, start - 24):start - 1]):
        value = -value
        start, end = start - 1, end + 1
        notes.append("negative: accounting brackets")
    return finish(reading, start, end, unit, value=value, notes=notes)


def minor_unit(unit: str) -> bool:
    return unit in ("cent", "pence")


__all__ = ["BARE_DOLLAR", "Draft", "document_facts", "recognize"]
