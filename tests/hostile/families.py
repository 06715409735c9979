"""Fixed adversarial families: shapes of text that made ipnlp crash, hang or flood its output.

``build(name, size)`` repeats a family's unit up to ``size`` characters (or builds it from its
function), so the same family serves the quick corpus (a few kB), the linear-time guard (10 kB to
1 MB, ``-m slow``) and manual measurements. ``OWNER`` names the part of the project a family's
known crash belongs to while it is not fixed, ``SLOW_OWNER`` the owner of a known super-linear
time; the tests mark those cases xfail with that name.
"""

from __future__ import annotations

from collections.abc import Callable


def _letters(index: int) -> str:
    """a, b, ..., z, aa, ab, ...: distinct words for distinct subjects and names."""
    word = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        word = chr(97 + rest) + word
    return word


def _numbered(template: str) -> Callable[[int], str]:
    """A builder repeating ``template`` with a distinct word ({a}, {A}) in each copy."""

    def build(size: int) -> str:
        parts, total, index = [], 0, 0
        while total < size:
            word = _letters(index)
            part = template.format(a=word, A=word.capitalize())
            parts.append(part)
            total += len(part)
            index += 1
        return "".join(parts)[:size]

    return build


def _glued_markers(size: int) -> str:
    # "a-a-a-...a.1x": a footnote-marker pattern that backtracked over the whole run.
    return "a-" * max(0, (size - 4) // 2) + "a.1x"


def _long_similar_sentences(size: int) -> str:
    # Two long sentences of one repeated word: a sequence matcher on them is quadratic.
    half = max(12, size // 2 - 8)
    words = ("alpha " * (half // 6 + 1))[:half].strip()
    return (words + ".\n\nBeta " + words[6:] + ".")[:size]


def _giant_numbers(size: int) -> str:
    # Figures of hundreds and thousands of digits, as integers, decimals and changes.
    unit = ("The office granted 1" + "0" * 5000 + " patents in 2024, up 1" + "0" * 400
            + ".5% year-on-year. Exports reached 9" + "9" * 400 + ".25 yuan.\n\n")
    return (unit * (size // len(unit) + 1))[:size]


# name -> the unit repeated up to the size, or a function of the size.
FAMILIES: dict[str, str | Callable[[int], str]] = {
    "long-digit-run": "1",
    "digit-comma-run": "1,",
    "giant-numbers": _giant_numbers,
    "many-numbers": "1 ",
    "many-percents": "up 5% ",
    "repeated-clauses": "the office granted 5 patents, ",
    "long-similar-sentences": _long_similar_sentences,
    "repeated-sentences": "The office granted 5 patents in 2024, up 5% year-on-year. ",
    "sum-totals": "A total of 10 patents were granted, of which 5 patents and 5 patents. ",
    "thresholds": "Users reached 3 patents, the first to exceed 4 patents. ",
    "parts-of-wholes": "Offices granted 10 patents; among them, 5 patents were new. ",
    "same-value-subjects": _numbered("The {a} {a}s reached 12,345 patents. "),
    "reworded-names": _numbered("Alpha {A} Gamma Delta x "),
    "acronym-definitions": _numbered("the {A}{A} Bureau of {A} ({A}B{A}) "),
    "glued-markers": _glued_markers,
    "glued-footnotes": "patents.1 rose 5%.2 ",
    "opening-quotes": "“",
    "parentheses": "()",
    "headings": "I. A\n",
    "zero-baselines": "Patents rose from 0 patents, up 5% year-on-year, to 12 patents in 2024. ",
    "odd-separators": "613\u00a0000 patents, 613\u202f000 patents, 613'000 patents, 6\u200b13,0\u00ad00 patents. ",
    "unicode-digits": "\uff16\uff11\uff13\uff0c\uff10\uff10\uff10 patents, \u2212 5% and \u0663\u0664 cases. ",
    "odd-line-breaks": "I. Work\rThe office granted 5 patents.\x85II. More\u2028Sales rose 5%.\u2029\f\v",
    "surrogates": "The office granted \ud800 5 patents\udfff in 2024. ",
    "control-characters": "Sales \x1b[2J rose \x07 5% \x00 in 2024. ",
}

# Families whose known failure (a crash or invalid output) belongs to another part of the project
# and is not fixed here yet: the corpus marks them xfail, naming the owner.
OWNER: dict[str, str] = {}
# Families still super-linear in time, or over the memory bound, in a part of the project owned
# elsewhere: the linear-time guard (-m slow) marks them xfail, naming the owner.
SLOW_OWNER: dict[str, str] = {}


def build(name: str, size: int) -> str:
    """``size`` characters of the family ``name``."""
    family = FAMILIES[name]
    if callable(family):
        return family(size)
    return (family * (size // len(family) + 1))[:size]
