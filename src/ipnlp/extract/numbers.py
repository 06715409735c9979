"""Find number mentions in text: digits, number words and ordinals, with their scale word.

Pure: takes text and a span, returns ``Mention`` tuples. Deciding which mentions are claims is the
job of the recognizers (``extract/recognizers``). Every pattern here is a single pass without nested
quantifiers, so the scan stays linear on hostile input (long digit runs, long lines).

Numbers are read the way people write them: any Unicode decimal digits, thousands grouped with a
comma, an apostrophe, a (narrow) no-break space, a full-width or Arabic comma, or a plain space, an
invisible character (zero-width space, soft hyphen) inside a number, Indian grouping (6,13,000),
E notation (6.13e5, 2.48×10−5) and a minus sign (-, U+2212). The scan runs on a same-length
normalised copy of the sentence, so every offset is an offset into the original text. In that copy
a currency code glued to the digits ("USD10m", "RM79") is blanked, so the digits are a number.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import ClassVar, NamedTuple

from ..lang import load
from .tables import emit_tree, load_tables, rows, surface_tree


class Mention(NamedTuple):
    start: int  # first character of the number (or number word), its minus sign included
    end: int  # end of the number including its scale word ("356.41 billion")
    number_end: int  # end of the bare number, before the scale word
    value: Decimal  # scaled value, signed
    # "digits", "ordinal" (11th), "word" (seven), "word_ordinal" (first), "fraction" (a share in percent:
    # "two-thirds", "a third of", "half of", "one in six"), "multiplier" ("doubled": a change in
    # percent, signed), "fold" ("sixfold": times), "date"
    kind: str
    has_comma: bool = False
    has_decimal: bool = False
    scaled: bool = False
    # Letters glued to the number that are not a sure scale: "m" in "£54m" (million) or "1.8m" (metres),
    # "pc" (per cent), "p" (pence), "kg". The recognizers decide what they mean.
    suffix: str = ""
    negative: bool = False
    multiplier: Decimal = Decimal(1)  # the scale word's multiplier (1000000 for "3 million")
    high: Decimal | None = None  # the upper end of a vague quantity ("dozens": 12 to 120)


#: A numeral with more digits than this is an identifier, a hash or garbage, not a figure: it is
#: not a mention. Bounding it keeps every value a float can hold, and converting a digit string
#: to an int costs time quadratic in its length (a 1 MB digit run would take minutes, in C,
#: where Ctrl-C cannot interrupt it).
MAX_NUMERAL_DIGITS = 40

def ascii_lower(text: str) -> str:
    """``text`` with A-Z lowered and every other character kept: same length, same offsets.

    ``str.lower`` would also lower non-ASCII letters (the Kelvin sign becomes "k"), so it is used
    only on ASCII text; otherwise ``bytes.lower``, which touches only the bytes A-Z, lowers the
    UTF-8 encoding (never part of a multi-byte sequence). Both run in C: a ``str.translate`` table
    takes a per-character path, 15x slower.
    """
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


#: The letters that ``regex`` matches to an ASCII letter ignoring case, besides its two cases (its simple
#: case folding: dotted capital I, long s, the Kelvin sign), as a ``str.translate`` table;
#: tests/extract/test_fast_paths.py checks every character.
ASCII_TWINS = {0x130: "i", 0x17F: "s", 0x212A: "k"}


def ascii_folded(text: str) -> str:
    """``text``, same length, with every letter that a case-insensitive pattern matches to a lower-case
    ASCII letter turned into it: where a lower-case ASCII word of a pattern may match, ``str.find``
    finds it. A guard that finds none of a pattern's words there skips the pattern."""
    folded = ascii_lower(text)
    if not folded.isascii() and any(chr(code) in folded for code in ASCII_TWINS):
        folded = folded.translate(ASCII_TWINS)
    return folded


# Canonical stand-ins, one character for one character so offsets survive normalisation.
_SPACE_GROUP = "\u00a0"  # no-break, narrow no-break, thin and figure spaces group thousands
_INVISIBLE = "\u200b"  # zero-width characters and the soft hyphen may sit inside a number
_OVERRIDE = "\u2060"  # bidi overrides: what follows is shown reordered, so it is never read as a number


class _Normaliser(dict):
    """A ``str.translate`` table filled on first sight of each character, so that no table of every
    Unicode digit is built up front (building one costs a second at import)."""

    _FIXED: ClassVar[dict[int, str]] = {
              **{ord(c): "-" for c in "\u2212\ufe63\uff0d"}, **{ord(c): "," for c in "\uff0c\u066c"},
              **{ord(c): "." for c in "\uff0e\u066b"}, **{ord(c): "'" for c in "\u2019\uff07"},
              **{ord(c): "/" for c in "\u2044\u2215\uff0f"},  # fraction and division slashes
              **{ord(c): _SPACE_GROUP for c in "\u00a0\u202f\u2009\u2007"},
              **{ord(c): _INVISIBLE for c in "\u200b\u200c\u200d\u00ad\ufeff\u200e\u200f\u2060"},
              **{ord(c): _OVERRIDE for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}}

    def __missing__(self, code: int) -> str:
        char = chr(code)
        fixed = self._FIXED.get(code)
        if fixed is None:
            fixed = str(unicodedata.digit(char)) if unicodedata.category(char) == "Nd" else char
        self[code] = fixed
        return fixed


_NORMALISER = _Normaliser()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def normalise(text: str) -> str:
    """``text`` with every digit ASCII and every separator canonical; same length, same offsets.
    Where non-ASCII characters are few (a curly quote, a dash) only their runs are translated (the
    table keeps every ASCII character): ``str.translate`` looks every character up in the table.
    Where they are many, a call per run would cost more than that: the whole text is translated."""
    if text.isascii():
        return text
    if len(text.encode("utf-8", "surrogatepass")) - len(text) > len(text) // 32:
        return text.translate(_NORMALISER)
    return _NON_ASCII.sub(lambda run: run.group().translate(_NORMALISER), text)


def _parse(raw: str) -> Decimal | None:
    """The value of a matched number (normalised text); Indian and Western grouping alike."""
    cleaned = raw if raw.isdigit() else "".join(ch for ch in raw if ch.isdigit() or ch in ".eE-+")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    # "9e999": no stated figure is that large (or that small); models cap values at 1e300.
    return value if value == 0 or -300 < value.adjusted() < 250 else None


@cache
def _digit_re(lang: str) -> re.Pattern[str]:
    data = load(lang)
    months = "|".join(data.MONTHS)
    separators = ",'" + _SPACE_GROUP + _INVISIBLE + " "
    # One separator style per number: "1,234,567" or "1 234 567", never "1,234 567".
    grouped = "|".join(rf"\d{{1,3}}(?:{re.escape(s)}\d{{3}})+" for s in separators)
    # Every alternative starts with a digit, "+", "(" or a minus, so the scan skips letters quickly.
    return re.compile(
        r"(?=[\d+(.-])(?:(?P<dfrac>(?<![\w./,])(?P<dnum>\d{1,2})/(?P<dden>\d{1,3})(?=\s+of\b))|(?P<date>(?<![\w.-])\d{4}-\d{1,2}-\d{1,2}(?![\w-])"
        # "22 January 2025": the day is part of a date, not a count.
        rf"|(?<![\w.,])\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{months})\b(?:,?\s+\d{{4}})?"
        # Telephone and fax numbers: "+86 10 6208 3114", "010-6208-3114", "(010) 6208 3114".
        r"|\+\d{1,3}(?:[\s-]\(?\d{1,4}\)?){2,5}(?!\d)|(?<![\w.,])\d{3,4}-\d{3,4}-\d{4}(?!\d)"
        r"|(?<![\w.,])\(\d{2,4}\)\s?\d{3,4}[\s-]?\d{4}(?!\d))"
        # A minus sign is a sign only where no word, digit or dash comes before it ("2012-2024" is
        # a span of years, "(-5.2%)" and "fell -3%" are negative).
        r"|(?P<sign>(?<![\w.,/)\-\u2060])-(?=\d))?"
        # Digits: Indian grouping first ("6,13,000"), then one grouping style or a plain run, a
        # decimal part and an exponent. Atomic, and never followed by ".5" or ",5": "192.168.1.2" and
        # "1.111,11" are read whole or not at all. The look-behind keeps "year.1" (footnote),
        # "GB/T29490" (code) and digits after a bidi override out.
        r"(?P<digits>(?<![\w.,/\u2060'\u200b])(?>\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|" + grouped + r"|\d+|(?=\.\d))"
        r"(?:\.\d+)?(?:[eE][-+]?\d{1,3}(?![\w.])|\s?×\s?10\^?[-+]?\d{1,3}|[xX*]\s?10\^[-+]?\d{1,3})?)"
        r"(?![.,'" + _INVISIBLE + r"]\d)"
        r"(?:(?P<suffix>" + data.ORDINAL_SUFFIX + r")(?!\w)|(?P<glued>[A-Za-zµ]{1,5}|[元円])(?!\w)|(?!\w)))"
    )


def _letter_tree(groups: list[tuple[list[str], str]]) -> str:
    """The leading a-z runs of each group's words as one letter tree, each run followed by its group's
    pattern ("t(?:en(?![a-z])|h(?:ree(?![a-z])|...))"): ``re`` tries an alternation's branches one by
    one, a tree's branches part at their letters, and one tree for all groups reads a word's letters
    once where a tree per group read them again for each. Inside a look-ahead only whether some word
    matches counts, so the tree matches where the alternation of the groups' words did."""
    # A word with no leading a-z run starts no match: the pattern starts at "\b(?=[a-z])".
    runs = [(run.group(), then) for words, then in groups for word in words
            if (run := re.match(r"[a-z]+", word)) is not None]
    return emit_tree(surface_tree(runs)) if runs else "(?!)"


@cache
def _word_re(lang: str) -> re.Pattern[str]:
    """Number words, ordinals, fractions and month-first dates, matched on an ASCII-lowered copy."""
    data = load(lang)
    cardinals = sorted(data.CARDINALS, key=len, reverse=True)
    ordinals = sorted(data.ORDINALS, key=len, reverse=True)
    units = "|".join(w for w in cardinals if w not in data.TENS and w not in {"dozen", "zero", "ten"})
    tens = "|".join(sorted(data.TENS, key=len, reverse=True))
    months = "|".join(data.MONTHS)
    fractions = "|".join(sorted(data.FRACTIONS, key=len, reverse=True))
    articles = "|".join(data.ARTICLE_NUMERATORS)
    multiplied = "|".join(sorted(data.MULTIPLIED_VERBS, key=len, reverse=True))
    small = rf"(?:{units}|ten|eleven|twelve|{tens})"
    vague = "|".join(r"\s+".join(v.split()) for v in sorted(data.VAGUE_QUANTITIES, key=len, reverse=True))
    parts = [r"\s+".join(p.split()) for p in sorted(data.SCALE_FRACTIONS, key=len, reverse=True)]
    scale_words = "|".join(data.SCALE_WORDS_AFTER_FRACTION)
    # Only word starts can begin a match: "\b(?=[a-z])" rejects every other position at once
    # (``_word_matches`` skips to them faster still). The guard after it rejects, in one pass over a
    # letter tree, every word that starts no alternative (most words): the alternatives below each try
    # their long word lists in turn, which cost a microsecond per word of text. It accepts a superset
    # of the alternatives' starts: a listed word (its first a-z run) followed by no letter, which is
    # how every alternative goes on after its first word (a space, a hyphen, the end of the word), or
    # a small number before the language's fold and one-in-n patterns, or the language's own "half of"
    # and "a hundred".
    first_words = [*data.MONTHS, *data.VAGUE_QUANTITIES, *data.SCALE_FRACTIONS, *data.CARDINALS,
                   *data.ARTICLE_NUMERATORS, *data.MULTIPLIED_VERBS, *data.ORDINALS, *data.TENS]
    small_words = [*(w for w in cardinals if w not in data.TENS and w not in {"dozen", "zero", "ten"}),
                   "ten", "eleven", "twelve", *data.TENS]
    tree = _letter_tree([(first_words, "(?![a-z])"), (small_words, f"(?:{data.FOLD_SUFFIX}|{data.ONE_IN_N})")])
    guard = rf"(?=(?:{tree})|{data.HALF_OF}|{data.ARTICLE_BEFORE_SCALE})"
    return re.compile(
        # "January 22, 2025": the day is part of a date, not a count.
        rf"\b(?=[a-z]){guard}(?:(?P<date>(?<![\w])(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{{4}})?)"
        rf"|(?P<vague>(?<![\w-])(?:{vague})(?=\s+of\b))"
        # "half a million", "three quarters billion": a fraction of the scale word that follows.
        rf"|(?P<partscale>(?<![\w-])(?:{'|'.join(parts)})\s+(?=(?:{scale_words})\b))"
        # Fractions: "two-thirds", "one quarter", "a third of" (a share, read as percent).
        rf"|(?P<fraction>(?<![\w-])(?P<numerator>{units}|{articles})[- ](?P<denominator>{fractions})(?![\w-]))"
        rf"|(?P<half>(?<![\w-]){data.HALF_OF})"
        rf"|(?P<ratio>(?<![\w-])(?P<ratio_num>{small}){data.ONE_IN_N}(?P<ratio_den>{small})(?![\w-]))"
        rf"|(?P<mult>(?<![\w-])(?:{multiplied})(?![\w-]))"
        rf"|(?P<fold>(?<![\w-])(?P<fold_n>{small})(?:{data.FOLD_SUFFIX}))"
        rf"|(?P<article>(?<![\w-]){data.ARTICLE_BEFORE_SCALE})"
        rf"|(?P<word>(?<![\w-])(?:(?:{tens})[- ](?:{units})|{'|'.join(cardinals)})(?![\w]))"
        rf"|(?P<wordord>(?<![\w-])(?:{'|'.join(ordinals)})(?![\w])))"
    )


@cache
def _compound_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load(lang)
    return (re.compile(data.AND_A_HALF, re.IGNORECASE), re.compile(data.COMPOUND_JOINERS, re.IGNORECASE),
            re.compile(rf"\s*{data.FOLD_SUFFIX}", re.IGNORECASE))


@cache
def _glued_codes(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """Currency codes that may be glued before digits ("USD10m", "$US113"), from units.tsv, a cheap
    pattern that finds every place one of them could end (its last letter before a digit), and those
    last letters."""
    surfaces = [surface.upper() for surface, _, kind in rows(lang, "units.tsv") if kind == "currency_prefix"]
    codes = sorted({s for s in surfaces if s.isalpha() and len(s) >= 2}, key=len, reverse=True)
    after_dollar = sorted({s[1:] for s in surfaces if s[0] == "$" and s[1:].isalpha()}, key=len, reverse=True)
    last_letters = "".join(sorted({code[-1] for code in (*codes, *after_dollar)}))
    return (re.compile(rf"(?<![A-Za-z])(?:{'|'.join(codes)})(?=\d)|(?<=\$)(?:{'|'.join(after_dollar)})(?=\d)"),
            re.compile(rf"[{re.escape(last_letters)}](?=\d)" if last_letters else r"(?!)"), last_letters)


@cache
def _minus_word(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(load(lang).MINUS_WORDS)})[\s-]$")


def _word_value(data, word: str) -> Decimal:
    return Decimal(data.CARDINALS.get(word, data.ARTICLE_NUMERATORS.get(word, 0)))


@cache
def scale_abbreviations(lang: str) -> dict[str, tuple[Decimal, str]]:
    """surface -> (multiplier, "always" | "money") from ``data/<lang>/scale_abbreviations.tsv``."""
    return {row[0]: (Decimal(row[1]), row[2]) for row in rows(lang, "scale_abbreviations.tsv")}


@cache
def _is_han(lang: str) -> bool:
    return getattr(load(lang), "NUMBER_GRAMMAR", "latin") == "han"


_match_start = operator.methodcaller("start")
_ONE = Decimal(1)


def _shape_table(letters: str) -> bytes:
    """A ``bytes.translate`` table: each ASCII digit to "0", each of ``letters`` to "L", every other
    byte to "."."""
    table = bytearray(b"." * 256)
    for letter in letters:
        table[ord(letter)] = ord("L")
    table[ord("0"):ord("9") + 1] = b"0" * 10
    return bytes(table)


_DIGITS_ONLY = _shape_table("")


@cache
def _digit_shape(lang: str) -> bytes | None:
    """The table of ``_shape_table`` for the last letters of the glued currency codes; None when
    one is not ASCII (the shape of a sentence has one byte for each character only for ASCII ones)."""
    letters = _glued_codes(lang)[2]
    return _shape_table(letters) if letters.isascii() else None


def _digit_matches(digit_re: re.Pattern[str], plain: str, shape: bytes | None = None) -> Iterator[re.Match[str]]:
    """``digit_re.finditer(plain)``, without trying the pattern where no number can start: every
    match has a digit at most two characters after its start ("-.5", "(010)"), so each search starts
    two characters before the next digit. A sentence is mostly words: the scan of ``digit_re``,
    tried at every character, was a third of reading its numbers.

    ``plain`` is normalised, so its digits are ASCII ones; ``shape`` (see ``_digit_shape``) has a "0"
    where it has a digit: ``bytes.find`` skips to the next one several times faster than a search
    for ``\\d``, which looks each character up in the Unicode database."""
    if shape is None:
        shape = plain.encode("ascii", "replace").translate(_DIGITS_ONLY)
    find = shape.find
    pos = 0
    while (digit := find(b"0", pos)) >= 0:
        match = digit_re.search(plain, max(pos, digit - 2))
        if match is None:
            return
        yield match
        pos = match.end()  # never empty: every alternative reads a digit


@cache
def _word_after_gap(lang: str) -> re.Pattern[str]:
    """``_word_re`` with its leading word boundary replaced by the character before the word, which
    is no ASCII word character: ``re`` skips to such a character in a tight loop over a set of
    characters, where a pattern that opens on a word boundary is entered at every character."""
    pattern = _word_re(lang).pattern
    assert pattern.startswith(r"\b(?=[a-z])")
    return re.compile("[^a-z0-9_]" + pattern[len(r"\b"):])


def _word_matches(lowered: str, lang: str) -> list[re.Match[str]]:
    """The matches of ``_word_re(lang)`` in ``lowered``, as finditer gives them, each found by
    ``_word_after_gap`` in ``" " + lowered`` with the character before it: ``start()`` is the word's
    start in ``lowered`` and ``end() - 1`` its end; groups and ``lastgroup`` are ``_word_re``'s.

    A match follows the start or a character that is no word character, so no ASCII one, and the
    space put before the text stands for the start. ``_word_after_gap`` reads ``_word_re`` but for
    its word boundary, which fails only after a non-ASCII letter or digit (an accented letter): that
    is checked here. Searched from the last character of the last match, the search finds the next
    place finditer would match (no match is empty). Each match is read once: trying ``_word_re``
    again at each place found cost as much as the search."""
    spaced = " " + lowered
    search = _word_after_gap(lang).search
    found: list[re.Match[str]] = []
    at = 0
    while (hit := search(spaced, at)) is not None:
        before = spaced[hit.start()]
        if not before.isascii() and before.isalnum():  # a word character: no word boundary
            at = hit.start() + 1
            continue
        found.append(hit)
        at = hit.end() - 1
    return found


def find_mentions(text: str, start: int = 0, end: int | None = None, lang: str = "en",
                  limit: int | None = None) -> list[Mention]:
    """The number mentions in ``text[start:end]`` in text order; at most ``limit`` of them."""
    end = len(text) if end is None else end
    data = load(lang)
    if _is_han(lang):  # Chinese: scales glued, no spaces (zh_numbers.py)
        from .zh_numbers import find_mentions as find_han_mentions

        return find_han_mentions(text, start, end, lang, limit)
    tables = load_tables(lang)
    plain = normalise(text[start:end])
    glued_codes, glued_ends, _ = _glued_codes(lang)
    shape_table = _digit_shape(lang)
    # One byte a character ("?" for each non-ASCII one): "0" a digit, "L" a last letter of a code.
    shape = None if shape_table is None else plain.encode("ascii", "replace").translate(shape_table)
    # Most sentences have no code's last letter before a digit: skip the long alternation. Blanking a
    # code turns letters into spaces: the digits of ``shape`` stay where they are.
    if glued_ends.search(plain) if shape is None else b"L0" in shape:
        plain = glued_codes.sub(lambda code: " " * len(code.group()), plain)
    lowered = ascii_lower(plain)  # same length: offsets are shared
    digit_re = _digit_re(lang)
    and_a_half, joiner, fold_re = _compound_patterns(lang)
    minus_re = _minus_word(lang)
    # Both scans run in text order: sorting their concatenation (two sorted runs, which ``sorted``
    # merges in C) keeps them in order. No digit match and word match start at one place (a digit
    # match starts at a digit, "+", "(", "." or "-", a word match at a letter). A lazy
    # ``heapq.merge`` with a key, run in Python, cost more than reading every match of a sentence.
    matches: list[re.Match[str]] = list(_digit_matches(digit_re, plain, shape))
    words_found = _word_matches(lowered, lang)  # start() in ``lowered``, end() one past
    if words_found:
        matches = sorted(matches + words_found, key=_match_start) if matches else words_found
    mentions: list[Mention] = []
    covered = 0  # end of the last date/phone span: digits inside it are not numbers
    for match in matches:
        if limit is not None and len(mentions) >= limit:
            break
        is_word = match.re is not digit_re
        m_start, m_end = match.start(), match.end() - is_word
        if m_start < covered or (mentions and m_start + start < mentions[-1].end):
            continue  # inside a date, a phone number or the number before ("two and a half million")
        if not is_word and match.group("dfrac"):  # "1/40 of the wavelength": a share
            numerator, denominator = Decimal(match.group("dnum")), Decimal(match.group("dden"))
            if 0 < numerator < denominator:
                value = (numerator * 100 / denominator).quantize(Decimal("0.001"))
                mentions.append(Mention(m_start + start, m_end + start, m_end + start, value, "fraction"))
            continue
        if match.group("date"):
            mentions.append(Mention(m_start + start, m_end + start, m_end + start, Decimal(0), "date"))
            covered = m_end
            continue
        group = match.lastgroup
        suffix = ""
        negative = False
        if group == "fraction":
            numerator_word = match.group("numerator")
            if numerator_word in data.ARTICLE_NUMERATORS and plain[m_end:m_end + 4].lower() != " of ":
                continue  # "a third party", "a quarter": not a share
            numerator = _word_value(data, numerator_word)
            denominator = Decimal(data.FRACTIONS[match.group("denominator")])
            value = (numerator * 100 / denominator).quantize(Decimal("0.01"))
            mentions.append(Mention(m_start + start, m_end + start, m_end + start, value, "fraction"))
            continue
        if group in ("half", "ratio"):
            if group == "half":
                value = Decimal(50)
            else:
                numerator, denominator = (_word_value(data, match.group(g)) for g in ("ratio_num", "ratio_den"))
                if not 0 < numerator < denominator:
                    continue  # "two in one": not a share
                value = (numerator * 100 / denominator).quantize(Decimal("0.01"))
            mentions.append(Mention(m_start + start, m_end + start, m_end + start, value, "fraction"))
            continue
        if group == "vague":
            low, high = data.VAGUE_QUANTITIES[" ".join(match.group("vague").split())]
            mentions.append(Mention(m_start + start, m_end + start, m_end + start, Decimal(low), "vague",
                                    high=Decimal(high)))
            continue
        if group == "mult":
            direction, percent = data.MULTIPLIED_VERBS[match.group("mult")]
            value = Decimal(percent if direction == "up" else -percent)
            mentions.append(Mention(m_start + start, m_end + start, m_end + start, value, "multiplier"))
            continue
        if group == "fold":
            value = _word_value(data, match.group("fold_n"))
            mentions.append(Mention(m_start + start, m_end + start, m_end + start, value, "fold"))
            continue
        if not is_word and match.group("digits"):
            raw = match.group("digits")
            if len(raw) > MAX_NUMERAL_DIGITS and sum(ch.isdigit() for ch in raw) > MAX_NUMERAL_DIGITS:
                continue
            parsed = _parse(raw) if raw.isdigit() else _parse(
                raw.replace("×10^", "e").replace("×10", "e").replace("× 10^", "e").replace("× 10", "e")
                .replace("x10^", "e").replace("X10^", "e").replace("*10^", "e").replace(" ", ""))
            if parsed is None:
                continue
            value = parsed
            negative = bool(match.group("sign")) or bool(minus_re.search(lowered, max(0, m_start - 10), m_start))
            kind = "ordinal" if match.group("suffix") else "digits"
            number_end = match.end("digits") if kind == "digits" else m_end
            integer = raw.split(".")[0]
            has_comma, has_decimal = not integer.lstrip("-").isdigit(), "." in raw
            suffix = match.group("glued") or ""
        elif group == "word":
            words = match.group("word").replace("-", " ").split()
            value = Decimal(sum(data.CARDINALS[w] for w in words))
            negative = bool(minus_re.search(lowered, max(0, m_start - 10), m_start))
            kind, number_end, has_comma, has_decimal = "word", m_end, False, False
        elif group == "partscale":
            value = Decimal(data.SCALE_FRACTIONS[" ".join(match.group("partscale").split())])
            kind, number_end, has_comma, has_decimal = "word", m_start + len(match.group("partscale").rstrip()), \
                False, True
        elif group == "article":
            value = Decimal(1)  # "a hundred": the scale word follows
            kind, number_end, has_comma, has_decimal = "word", m_start + len(match.group("article").rstrip()), \
                False, False
        elif group == "wordord":
            value = Decimal(data.ORDINALS[match.group("wordord")])
            kind, number_end, has_comma, has_decimal = "word_ordinal", m_end, False, False
        else:
            continue
        number_end += start
        if negative:
            value = -value
            if not match.group("sign") if not is_word else True:
                m_start = minus_re.search(lowered, max(0, m_start - 10), m_start).start()  # "minus five"
        if kind in ("digits", "word") and not suffix:
            half = and_a_half.match(text, number_end, min(end, number_end + 16))
            if half:
                value += Decimal("0.5") * (-1 if value < 0 else 1)  # "two and a half million"
                number_end = half.end()
            if kind == "digits" and fold_re.match(text, number_end, min(end, number_end + 6)):
                fold = fold_re.match(text, number_end, min(end, number_end + 6))
                mentions.append(Mention(m_start + start, fold.end(), fold.end(), value, "fold"))
                continue  # "6-fold"
        mention_end = number_end
        multiplier = _ONE
        scaled = False
        if suffix:
            abbreviated, when = scale_abbreviations(lang).get(suffix, (None, ""))
            if abbreviated is not None and when == "always":
                multiplier = abbreviated
                value *= multiplier  # "7.3bn", "25k": never a unit of measure
                mention_end, scaled, suffix = number_end + len(suffix), True, ""
        elif kind in ("digits", "word"):
            scale = tables.scale_re.match(text, number_end, min(end, number_end + 24))
            if scale:
                multiplier = tables.scales[" ".join(scale.group("scale").lower().split())]
                value *= multiplier
                mention_end = scale.end()
                scaled = True
        mentions.append(Mention(m_start + start, mention_end, number_end, value, kind, has_comma, has_decimal,
                                scaled, suffix, negative, multiplier))
    return _join_compounds(text, mentions, joiner)


def _join_compounds(text: str, mentions: list[Mention], joiner: re.Pattern[str]) -> list[Mention]:
    """One number written in several words: "one hundred and two", "three million, two hundred & forty",
    "4 thousand 3 hundred and 21". A part joins the one before when that one ends on a scale word
    larger than the part; after a comma only a part with its own scale word joins ("two million,
    three projects" stays two figures)."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and previous.kind == mention.kind and mention.kind in ("word", "digits") \
                and previous.multiplier > 1 and not previous.has_decimal and not mention.negative \
                and not mention.suffix and 0 <= mention.value < previous.multiplier:
            gap = joiner.fullmatch(text, previous.end, mention.start)
            words_only = mention.kind == "word" or previous.multiplier in (100, 1000)
            if gap and words_only and ("," not in gap.group() or mention.scaled):
                joined[-1] = previous._replace(
                    end=mention.end, number_end=mention.number_end, value=previous.value + mention.value,
                    multiplier=mention.multiplier if mention.scaled else Decimal(1))
                continue
        joined.append(mention)
    return joined
