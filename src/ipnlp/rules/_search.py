"""Searches that find exactly what a plain ``re`` search finds, trying fewer places.

``re`` tries a pattern at every position of the text unless the pattern opens with a literal or a
set of literals; a pattern that opens with a look-behind, with alternatives of sets or folds case
is tried everywhere, which costs most of several rules' time. The helpers here find the same
matches: from where the pattern's first characters are (``finditer_from_first``), at given
candidate starts (``matches_at``), or in lower-cased text with the alternatives flattened
(``finditer_folded``). Each falls back to the plain search when it cannot read the pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..find import matches_at, positions  # matches_at: the rules import it from here too


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """Every character a match of ``pattern`` can start with, read from its parse when it opens
    plainly: a literal, a set of literals and small ranges, or alternatives each opening so. None
    when it does not (case folding, a repeat, an anchor or look-around first, a category)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        try:  # the parse ``re`` compiles, read only
            from re import _constants as sre
            from re import _parser
        except ImportError:  # Python 3.10
            import sre_constants as sre  # type: ignore[no-redef]
            import sre_parse as _parser  # type: ignore[no-redef]

        def first(items: list) -> set[int] | None:
            if not items:
                return None
            op, arg = items[0]
            if op is sre.LITERAL:
                return {arg}
            if op is sre.IN:
                chars: set[int] = set()
                for item_op, item in arg:
                    if item_op is sre.LITERAL:
                        chars.add(item)
                    elif item_op is sre.RANGE and item[1] - item[0] < 256:
                        chars.update(range(item[0], item[1] + 1))
                    else:
                        return None
                return chars
            if op is sre.BRANCH:
                chars = set()
                for branch in arg[1]:
                    found = first(branch.data)
                    if found is None:
                        return None
                    chars |= found
                return chars
            if op is sre.SUBPATTERN and not arg[1] and not arg[2]:
                return first(arg[3].data)
            return None

        found = first(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # another Python's parser: search the plain way
        return None
    return None if not found else "".join(map(chr, sorted(found)))


def branches(fragment: str) -> list[str]:
    """The alternatives of a regex fragment (no captures), with a ``(?:...)`` group that opens an
    alternative spread over it: ``(?:(?:a|b)|c)`` -> a, b, c and ``(?:a|b)c|d`` -> ac, bc, d. The
    same matches, tried in the same order (a backtracking search tries ``(?:a|b)c`` as ``ac|bc``)."""
    parts = _top_level(fragment)
    if parts is None:
        return [fragment]
    opened = []
    for part in parts:
        end = _group_end(part) if part.startswith("(?:") else None
        rest = "" if end is None else part[end + 1:]
        if end is None or rest.startswith(("?", "*", "+", "{")):
            opened.append(part)
        else:
            opened.extend(spread for branch in branches(part[3:end]) for spread in branches(branch + rest))
    return opened


def _scan(fragment: str) -> Iterator[tuple[int, str, int]]:
    """(position, character, depth after it) of each bracket and bar of a regex fragment outside
    character sets and escapes."""
    depth, in_set, position = 0, False, 0
    while position < len(fragment):
        char = fragment[position]
        if char == "\\":
            position += 1
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            position += fragment.startswith("^", position + 1)
            position += fragment.startswith("]", position + 1)  # "[]" and "[^]": a literal "]"
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield position, char, depth
        position += 1


def _top_level(fragment: str) -> list[str] | None:
    """The fragment split at its top-level bars; None when its brackets do not balance."""
    parts, last, depth = [], 0, 0
    for position, char, depth in _scan(fragment):
        if depth < 0:
            return None
        if char == "|" and depth == 0:
            parts.append(fragment[last:position])
            last = position + 1
    return [*parts, fragment[last:]] if depth == 0 else None


def _group_end(fragment: str) -> int | None:
    """Where the group opening the fragment closes."""
    for position, char, depth in _scan(fragment):
        if char == ")" and depth == 0:
            return position
    return None


@lru_cache(maxsize=64)
def _folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (which folds case) for lower-cased text: its alternatives as one flat alternation
    without case folding, which ``re`` scans in C from their first characters. None unless every
    character of the pattern is lower case or has no case (``\\S`` or ``[A-Z]`` would change),
    and nothing in it looks before where the search starts (it searches a slice of the text)."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & (re.VERBOSE | re.MULTILINE):
        return None
    flat = "|".join(branches(pattern.pattern))
    if any(char != char.lower() or (char != char.upper() and not char.isascii()) for char in flat):
        return None
    if _looks_back(flat):
        return None
    try:
        folded = re.compile(flat, pattern.flags & ~re.IGNORECASE)
    except re.error:
        return None
    return folded if folded.groups == pattern.groups == 0 else None


def _looks_back(flat: str) -> bool:
    """A look-behind, a word boundary, a start anchor or an inline flag or reference: what a slice
    of the text, or a pattern without case folding, can change."""
    plain = flat.replace("(?:", "").replace("(?=", "").replace("(?!", "")
    if any(part in flat for part in ("\\b", "^", "\\A")) or "(?" in plain:
        return True
    # An escape other than \s, \d, \w or of a sign ("\.", "\$") may stand for a cased letter
    # ("\x41"), a back reference ("\1") or a named character: not read here.
    return any(escape[:1].isalnum() and escape[:1] not in "sdw" for escape in flat.split("\\")[1:])


# Characters that ``re`` folds to an ASCII letter other than as ``str.lower`` does (or whose lower
# case is longer than one character): a text holding one is searched the plain way.
_FOLDING_ASIDE = ("\u0130", "\u0131", "\u017f")


def finditer_folded(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, start, end))`` for a pattern that folds case, searched in the
    lower-cased slice with ``_folded(pattern)``; each match is then made again on the text as
    written (the same span, the text's own letters)."""
    folded = _folded(pattern)
    part = text[start:end]
    if folded is None or any(char in part for char in _FOLDING_ASIDE):
        return list(pattern.finditer(text, start, end))
    lowered = part.lower()
    if len(lowered) != len(part):
        return list(pattern.finditer(text, start, end))
    matches = []
    for found in folded.finditer(lowered):
        match = pattern.match(text, start + found.start(), end)
        if match is None or match.end() != start + found.end():  # cannot be; be safe
            return list(pattern.finditer(text, start, end))
        matches.append(match)
    return matches


def finditer_from_first(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where one of its ``first_characters`` is: a pattern
    that opens with a look-behind or alternatives of sets is otherwise tried at every position."""
    chars = _first_characters(pattern)
    if chars is None:
        return pattern.finditer(text)
    if len(chars) <= _FOUND_ONE_BY_ONE:
        # Found by str.find, one character at a time: ``re`` scanning for a set of characters
        # checks the set at every character of the text (ipnlp.find).
        return matches_at(pattern, text, positions(text, chars))
    return matches_at(pattern, text, (match.start() for match in _first_character_pattern(chars).finditer(text)))


#: Up to this many first characters, one str.find pass each costs less than one ``re`` set scan.
_FOUND_ONE_BY_ONE = 8


@lru_cache(maxsize=64)
def _first_characters(pattern: re.Pattern[str]) -> str | None:
    return first_characters(pattern)


@lru_cache(maxsize=64)
def _first_character_pattern(chars: str) -> re.Pattern[str]:
    # A set of literal characters: ``re`` skips to the next of them in C.
    return re.compile("[" + "".join(map(re.escape, chars)) + "]")
