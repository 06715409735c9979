"""Cheap tests run before a pattern that cannot match without them.

A pattern anchored at the end (``...[-/]$``) searched over a window is tried at every position of
the window, a microsecond or more a figure; the character it must end on is one set lookup.
"""

from __future__ import annotations

from collections.abc import Container


def ends_in(window: str, last: Container[str]) -> bool:
    """Whether a pattern ending in ``$`` whose last character is one of ``last`` may match in
    ``window``: ``$`` matches at the end and before a newline that ends the window ("5-\\n"), so the
    last character, or the one before a final newline, must be one of ``last``. ``last`` holds single
    characters (a frozenset: the empty string is in no set, where it is in every str)."""
    tail = window[-1:]
    if tail in last:
        return True
    return tail == "\n" and window[-2:-1] in last
