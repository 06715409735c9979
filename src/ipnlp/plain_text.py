"""Scanning plain text with the standard library's ``re``, which runs about twice as fast as ``regex``.

Most English reports hold no letter, digit or space outside ASCII: their other characters are curly
quotes and dashes. On such a text a ``\\p{L}`` class matches exactly the ASCII letters, ``\\s`` the
ASCII spaces, and so on, so a pattern written with the ASCII classes below finds exactly what the
``regex`` pattern finds. Callers keep the ``regex`` pattern for every other text.
"""

from __future__ import annotations

from functools import lru_cache

from .regex_cache import compile as cached_compile

# What ``regex`` matches among ASCII characters, for re character classes (tests check each one).
LETTER = "A-Za-z"  # \p{L}
UPPER = "A-Z"  # \p{Lu}
LOWER = "a-z"  # \p{Ll}
DIGIT = "0-9"  # \p{N}, \d
SPACE = r"\t\n\x0b\x0c\r "  # \s (re's own \s also takes \x1c-\x1f)

# Han holds a few symbols besides its letters (Kangxi radicals), so it is named on its own.
_NOT_PLAIN = cached_compile(r"[\p{L}\p{N}\p{Han}\s]")
_ASCII_BYTES = bytes(range(128))


def non_ascii_characters(text: str) -> set[str]:
    """The distinct characters of ``text`` outside ASCII, found in C: its UTF-8 bytes with the ASCII
    ones deleted."""
    return set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))


@lru_cache(maxsize=1 << 12)
def _plain_character(char: str) -> bool:
    return _NOT_PLAIN.match(char) is None


def is_plain(text: str) -> bool:
    """No letter, digit, Han character or space of ``text`` is outside ASCII."""
    return all(map(_plain_character, non_ascii_characters(text)))
