"""IPN414 misspelling: a rare word one letter away from a word the report uses often (preview)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from itertools import filterfalse
from typing import Any

from ... import plain_text
from ...models import Finding
from ...regex_cache import compile as cached_compile
from ...view import ReportView
from ..base import Rule, make_finding

# Words of four letters or more; hyphenated and apostrophe forms are left alone. Only lower-case
# words are taken for misspellings (a capitalised one may be a name); any case counts as a use.
_WORD = cached_compile(r"(?<![\p{L}\p{N}'’-])\p{L}{4,}(?![\p{L}\p{N}'’-])")
# The same on plain text (``ipnlp.plain_text``), where re finds the same words twice as fast.
_PLAIN_WORD = re.compile(rf"(?<![{plain_text.LETTER}{plain_text.DIGIT}'’-])[{plain_text.LETTER}]{{4,}}"
                         rf"(?![{plain_text.LETTER}{plain_text.DIGIT}'’-])")
# A misspelling occurs at most this often; the word it misspells at least this often.
MAX_MISSPELT = 2
MIN_INTENDED = 3
# Unknown rare words looked at, at most: each costs a few hundred dictionary look-ups, and a text
# with more unknown words than this is not prose in English (a table, code, another language).
MAX_UNKNOWN = 2000
VOWELS = frozenset("aeiouy")
# Endings that make one word an inflection of another ("centre" / "centres", "recognise" /
# "recognised"), not a misspelling of it.
_INFLECTION_ENDINGS = ("s", "es", "d", "ed", "r", "er", "st", "ly")


@functools.cache
def _dictionary() -> Any | None:
    """pyspellchecker's English word list, loaded once; None when the ``spelling`` extra is missing."""
    try:
        from spellchecker import SpellChecker
    except ImportError:
        return None
    return SpellChecker(language="en", distance=1)


def check(view: ReportView) -> Iterator[Finding]:
    """A rare word is one letter away from a word the report uses often, and is in no dictionary.

    ## What it does
    Reports a word used at most twice that no English dictionary knows and that one letter added,
    dropped, swapped or changed turns into a word the same report uses three times or more
    ("infiation" in a report that says "inflation" 40 times, "framewor", "upporting"). The
    misspelling of a report's own domain words is what a reader notices and a general spelling
    checker drowns in noise. The dictionary is pyspellchecker's offline English list (install
    ``ipnlp[spelling]``).

    ## Why it matters
    A misspelt key term looks careless in a published report, escapes search, and often marks
    text damaged in conversion (letters lost at a line break, "fi" read as "i").

    ## Example
    ```text
    Inflation eased in the year. Inflation expectations were anchored, and infiation in services
    stayed low. Core inflation was stable.
    ```

    ## Use instead
    ```text
    Inflation eased in the year. Inflation expectations were anchored, and inflation in services
    stayed low. Core inflation was stable.
    ```

    ## Known limitations
    Preview: runs only with ``--preview``, and finds nothing without the ``spelling`` extra. Only
    one-letter slips from a word of the same report are seen; a misspelling of a word the report
    uses rarely is missed. British and American spellings ("authorised" / "authorized"),
    inflections ("centres" / "centre") and vowel swaps ("micro-" / "macro-") are left alone; a
    domain word missing from the dictionary that is one letter from a frequent word
    ("counterparty" / "counterparts") can still be reported. At most 2,000 unknown words are
    looked at per report.
    """
    dictionary = _dictionary()
    if dictionary is None:
        return
    # Counted in C over the words found in one scan; the spans of a word are looked up only when it
    # is reported (a handful), not recorded for every word of the report.
    words = (_PLAIN_WORD if plain_text.is_plain(view.text) else _WORD).findall(view.text)
    frequency = Counter(map(str.lower, words))
    # Only lower-case words are taken for misspellings (a capitalised one may be a name).
    rare = [word for word in dict.fromkeys(words) if word.islower() and frequency[word] <= MAX_MISSPELT]
    frequent = {word for word, count in frequency.items() if count >= MIN_INTENDED}
    unknown = sorted(_unknown(dictionary, rare))[:MAX_UNKNOWN]
    edits = _FrequentEdits(dictionary, frequent)
    reported: dict[str, str] = {}
    for word in unknown:
        # The edits the report uses often; only the best one is kept, so their order does not matter.
        intended = [c for c in edits.of(word) if not _variant(word, c)]
        if intended:
            reported[word] = max(intended, key=lambda c: (frequency[c], c))
    if not reported:
        return
    spans = _spans(view.text, reported)
    for word, best in reported.items():
        for span in spans[word]:
            yield make_finding(
                RULE, view,
                f"{word!r} is in no dictionary and one letter away from {best!r}, which the report uses "
                f"{frequency[best]} times: a misspelling?",
                [span],
            )


class _FrequentEdits:
    """``dictionary.edit_distance_1(word) & frequent`` for the lower-case words of letters that
    ``_unknown`` returns (pyspellchecker checks such a word and lower-cases it, a no-op).

    The edits are pyspellchecker's (every letter deleted, two neighbours swapped, a letter
    replaced or inserted), but made only with the letters the frequent words hold: an edit with
    another letter is no frequent word, and half the dictionary's letters are accented ones. Each
    kind is looked up in the frequent words as a list, with no set of all edits built first."""

    def __init__(self, dictionary: Any, frequent: set[str]) -> None:
        self.dictionary = dictionary
        self.frequent = frequent
        self.exact = not getattr(dictionary, "_case_sensitive", False)
        self.letters = sorted(set(dictionary.word_frequency.letters).intersection("".join(frequent)))

    def of(self, word: str) -> set[str]:
        if not self.exact or word != word.lower():
            return self.dictionary.edit_distance_1(word) & self.frequent
        frequent, letters = self.frequent, self.letters
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        found = frequent.intersection([left + right[1:] for left, right in splits if right])
        found.update(frequent.intersection([left + right[1] + right[0] + right[2:]
                                            for left, right in splits if len(right) > 1]))
        found.update(frequent.intersection([left + c + right[1:] for left, right in splits if right for c in letters]))
        found.update(frequent.intersection([left + c + right for left, right in splits for c in letters]))
        return found


def _unknown(dictionary: Any, words: list[str]) -> set[str]:
    """``dictionary.unknown(words)`` for words of letters only: pyspellchecker skips a word longer
    than its longest word plus three and one that parses as a number (no word of letters does), and
    looks the rest up lower-cased. Its own loop tries ``float()`` on every word, an exception each."""
    frequency = dictionary.word_frequency
    longest = frequency.longest_word_length + 3
    known = frequency.dictionary  # a dict: set.difference(dict) would copy all its words first
    # Lower-cased and looked up by map and filterfalse, in C: no bytecode per word.
    return set(filterfalse(known.__contains__, map(str.lower, [word for word in words if len(word) <= longest])))


# Places tried by ``_spans`` with str.find before it scans every word instead: a reported word is
# a rare word, but it may be a common part of longer words ("ment").
_FIND_BUDGET = 2_000


def _spans(text: str, words: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    """The spans of each of ``words`` as ``_WORD`` matches them. A ``_WORD`` match starts wherever
    the pattern matches (no match can start inside another, which is all letters), so the places
    where one matches exactly the word are its matches."""
    spans: dict[str, list[tuple[int, int]]] = {word: [] for word in words}
    budget = _FIND_BUDGET
    for word in words:
        found = text.find(word)
        while found != -1 and budget > 0:
            budget -= 1
            match = _WORD.match(text, found)
            if match is not None and match.end() == found + len(word):
                spans[word].append(match.span())
            found = text.find(word, found + 1)
        if found != -1:  # out of budget: one scan finds every word's spans
            spans = {word: [] for word in words}
            for match in _WORD.finditer(text):
                if match.group() in spans:
                    spans[match.group()].append(match.span())
            break
    return spans


def _variant(word: str, other: str) -> bool:
    """An inflection, a British/American spelling or a vowel swap of ``other``, not a slip."""
    shorter, longer = sorted((word, other), key=len)
    if longer.startswith(shorter) and longer[len(shorter):] in _INFLECTION_ENDINGS:
        return True
    if len(word) == len(other):
        differ = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
        if len(differ) == 1:
            i = differ[0]
            if {word[i], other[i]} == {"s", "z"} or {word[i], other[i]} <= VOWELS:
                return True
            if i == len(word) - 1:  # "centred" / "centres": two endings of one stem
                return True
    return False


RULE = Rule(code="IPN414", name="misspelling", severity="warning", check=check, preview=True)
