"""Each guard of the recognizers lets through every place its pattern matches.

A guard is a cheap test before a pattern (a character it must end or open on); it may only rule out
places where the pattern cannot match. Each is checked against the plain pattern on generated text
built from the characters the guards read (dashes, spaces that ``regex`` counts as spaces or not,
a final newline, which ``$`` matches before) and the words the patterns look for.
"""

from __future__ import annotations

import random

from ipnlp.extract import context as ctx
from ipnlp.extract.recognizers import base, percent
from ipnlp.extract.recognizers import references as refs
from ipnlp.extract.recognizers.guards import ends_in
from ipnlp.lang import load

_PIECES = [
    *"0123456789-/+,. \n\t\u00a0\u2009\x1c\x1f\u2028()–—\u2010\u2011\u2212aApPmM:&",
    "COVID", "F", "ASEAN", "Framework ", "(BEPS) ", "2020", "1999", "notes ", "and ", "or ", " Max",
    " Index", " Harbour Road", " Connaught Road Central", "am", "pm", "a.m.", "p.m.", " Plus", "Rail ",
    "K\u212a", "\u017f", "Ι", "x", "ab", "first ", "FIRST. ", "First",
]


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def test_end_anchored_patterns_end_where_their_guards_look() -> None:
    guarded = [(refs._DIGIT_CODE_BEFORE, refs._DIGIT_CODE_BEFORE_LAST),
               (refs._YEAR_DASH_BEFORE, refs._YEAR_DASH_BEFORE_LAST),
               (refs._NAME_BEFORE, refs._NAME_BEFORE_LAST),
               (refs._CAPITALISED_BEFORE, refs._CAPITALISED_BEFORE_LAST),
               (refs._LIST_SEPARATOR_AT_END, refs._LIST_SEPARATOR_LAST)]
    hits = 0
    for text in _strings(20_000, 7):
        for pattern, last in guarded:
            for start in (0, max(0, len(text) - 16)):
                if pattern.search(text, start):
                    hits += 1
                    assert ends_in(text[start:], last), (pattern.pattern, text)
                    assert ends_in(text[max(start, len(text) - 2):], last), (pattern.pattern, text)
                    if pattern is refs._LIST_SEPARATOR_AT_END:  # the one-character test in _label_or_name
                        assert text[-1] in last, text
    assert hits > 1000  # the text reaches the patterns


def test_patterns_after_a_figure_open_where_their_guards_look() -> None:
    patterns = refs._patterns("en")
    clock_letters, named_spaced, street_spaced = refs._openings("en")
    assert clock_letters is not None and named_spaced and street_spaced  # English is guarded
    hits = 0
    for text in _strings(20_000, 8):
        for at in range(len(text)):
            next_char = text[at:at + 1]
            if patterns["time_after"].match(text, at):
                hits += 1
                assert next_char.isspace() or next_char in clock_letters, text[at:]
            for name in ("named_after", "street_after"):
                if patterns[name].match(text, at):
                    hits += 1
                    assert next_char.isspace(), text[at:]
    assert hits > 1000


def test_other_patterns_are_not_guarded(monkeypatch) -> None:
    data = load("en")
    refs._openings.cache_clear()
    monkeypatch.setattr(data, "CLOCK_AFTER", r"(?i:h)")
    monkeypatch.setattr(data, "NAMED_NUMBER_AFTER", r"-Max")
    monkeypatch.setattr(data, "STREET_AFTER", r"(?:st)")
    try:
        assert refs._openings("en") == (None, False, False)
    finally:
        refs._openings.cache_clear()


def test_ends_in_reads_a_final_newline_as_dollar_does() -> None:
    last = frozenset("-")
    assert ends_in("a-", last) and ends_in("a-\n", last)
    assert not ends_in("", last) and not ends_in("\n", last) and not ends_in("-\n\n", last)
    assert not ends_in("a-x", last)


def test_patterns_opening_on_one_character_are_tried_only_there() -> None:
    symbol = base._patterns("en")["bound_symbol"]
    symbols = base._symbol_characters("en")
    pieces = [*_PIECES, "≥", "⩾", ">", "≤", "<", "~", "≈", "=", ">=", "< =", " B people", " M users", "\u00a0T x",
              "-basis points", " per cent-linked", " percent-style", "-bps", "-per cent", " of"]
    rng = random.Random(9)
    hits = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for at in range(len(text) + 1):
            if symbol.search(text, max(0, at - 5), at):
                hits += 1
                assert not symbols.isdisjoint(text[max(0, at - 5):at]), text
            if refs._LONE_CAPITAL_AFTER.match(text, at, at + 8):
                hits += 1
                assert text[at + 1:at + 2] in refs._LONE_CAPITAL_LETTERS, text
            if percent._HYPHENATED.match(text, at, at + 24):
                hits += 1
                assert text.startswith("-", at), text
            if percent._PERCENT_COMPOUND.match(text, at, at + 12):
                hits += 1
                assert text[at:at + 1].isspace(), text
    assert hits > 1000


def test_the_word_first_is_looked_for_where_it_is_written() -> None:
    for text in [*_strings(20_000, 10), "first ", "the FIRST ", "First. ", "first\n", "firsts "]:
        window = text[-16:]
        if (ctx.word_at_end(window, "/&") or "").lower() == "first":
            assert "first" in window.lower(), window


def test_capitalised_word_is_searched_only_where_a_capital_ends_the_window() -> None:
    pieces = [*_PIECES, "Framework ", "(BEPS) ", "the ", "Rail\u00a0", "rose to ", "O’Neil ", "x.A ", "A-b ",
              "\u00a0", " \n", "Ab)", "\u2028"]
    rng = random.Random(11)
    hits = 0
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for start in (0, max(0, len(text) - 40), max(0, len(text) - 6)):
            if refs._CAPITALISED_BEFORE.search(text, start, len(text)):
                hits += 1
                assert refs._may_be_capitalised_before(text, start, len(text)), text
    assert hits > 1000
