"""What several text rules read of a report's words, computed once per view (``view.derived``).

IPN410 looks for a few words among all of a report's words (ordinals, the two spellings of a term):
scanning the whole text once per kind of word with a regex cost more than the rest of the rule.
Here the distinct words are collected once; a rule then looks up the few words that matter, and
searches the text only for those actually present.
"""

from __future__ import annotations

from ... import plain_text
from ...view import ReportView


def is_plain(view: ReportView) -> bool:
    """``plain_text.is_plain(view.text)``, once per view."""
    return view.derived(_is_plain)


def _is_plain(view: ReportView) -> bool:
    return plain_text.is_plain(view.text)


def lowered(view: ReportView) -> str:
    """``view.text.lower()``, once per view."""
    return view.derived(_lowered)


def _lowered(view: ReportView) -> str:
    return view.text.lower()


def letter_runs(view: ReportView) -> frozenset[str] | None:
    """Every maximal run of letters of the text, lower-cased; None when the text is not plain.

    On plain text each character lower-cases to one character at its offset and every letter is an
    ASCII letter, so a lower-cased run is found at its own offsets in ``lowered(view)``. Read in C:
    the lower-cased text's UTF-8 bytes with every byte but a-z made a space, split at the spaces
    (a regex scan of the text costs twice as much)."""
    return view.derived(_letter_runs)


# Every byte but a lower-case ASCII letter becomes a space; the bytes of a character outside ASCII
# (none of them a letter on plain text) are all 128 or more.
_LETTERS_ONLY = bytes(byte if 0x61 <= byte <= 0x7A else 0x20 for byte in range(256))


def _letter_runs(view: ReportView) -> frozenset[str] | None:
    if not is_plain(view):
        return None
    letters = lowered(view).encode("utf-8", "surrogatepass").translate(_LETTERS_ONLY)
    return frozenset(letters.decode("ascii").split())
