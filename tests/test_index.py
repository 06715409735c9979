"""ipnlp.index: the per-report index the rules share (words as ids, shingles, claims in order)."""

from __future__ import annotations

import pytest

from ipnlp.api import build_view
from ipnlp.index import NUMBER_WORD, WORD, WordIndex, normalise_word, shingle_keys


def _words_alone(text: str, span: tuple[int, int]) -> list[tuple[int, int, str]]:
    """What tokenising one span by itself gives: the reference the whole-text pass must equal."""
    return [(span[0] + m.start(), span[0] + m.end(), normalise_word(m.group()))
            for m in WORD.finditer(text[span[0]:span[1]])]


@pytest.mark.parametrize(("text", "spans"), [
    ("Exports rose 4.1%. Imports fell.", [(0, 18), (19, 32)]),
    # a word running over a sentence edge ("2024.Next") is cut where the span ends
    ("Output grew in 2024.Next year it will not.", [(0, 20), (20, 42)]),
    # a span starting inside a word
    ("year-on-year growth", [(5, 19)]),
    ("The U.S. office’s 12 staff; l’office", [(0, 27), (28, 36)]),
    ("", []),
    ("no words here", [(3, 3)]),
    ("Überschrift 二〇二四 Größe", [(0, 22)]),
    # a Han character is a word of its own; a full-width percent sign ends a figure
    ("发明专利授权量增长12.5％。同比增长", [(0, 17), (11, 19)]),
])
def test_words_of_each_span_are_those_of_the_span_tokenised_alone(text, spans):
    index = WordIndex(text, spans)
    for number, span in enumerate(spans):
        got = [(s, e, index.vocabulary[i]) for s, e, i in
               zip(index.starts[number], index.ends[number], index.ids[number], strict=True)]
        assert got == _words_alone(text, span)


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Growth", "growth", True),
    ("office’s", "office's", True),
    ("4.1%", "613", True),  # every figure is one word, so a changed figure still aligns
    ("grew", "grows", False),
])
def test_equal_normalised_words_share_one_id(first, second, same):
    text = f"{first} {second}"
    index = WordIndex(text, [(0, len(text))])
    a, b = index.ids[0]
    assert (a == b) is same


def test_numbers_are_the_number_word():
    index = WordIndex("up 29.9% to 1200", [(0, 16)])
    assert index.words(0) == ["up", NUMBER_WORD, "to", NUMBER_WORD]


def test_subset_renumbers_spans_and_shares_the_vocabulary():
    text = "One two three. Four five. Six."
    index = WordIndex(text, [(0, 14), (15, 25), (26, 30)])
    part = index.subset([2, 0])
    assert part.spans == ((26, 30), (0, 14))
    assert part.words(0) == ["six"] and part.words(1) == ["one", "two", "three"]
    assert part.vocabulary is index.vocabulary


@pytest.mark.parametrize("ids", [
    (1, 2, 3, 1, 2, 3, 4),
    (0, 0, 0, 0),
    (5, 9),
    (),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 8),
])
def test_packed_shingles_are_as_many_as_the_distinct_word_runs(ids):
    vocabulary_size = 10
    runs = {tuple(ids[i:i + 3]) for i in range(len(ids) - 2)} if len(ids) >= 3 else ({tuple(ids)} if ids else set())
    assert len(shingle_keys(ids, vocabulary_size)) == len(runs)


def test_packed_shingles_of_different_runs_differ():
    # (0, 1, 10) and (0, 2, 0) would collide if the base were smaller than the vocabulary
    assert shingle_keys((0, 1, 10), 11).isdisjoint(shingle_keys((0, 2, 0), 11))


def test_the_view_builds_its_index_once_and_lists_claims_in_text_order():
    view = build_view("Exports reached 4.1 million tons in 2024, up 3% year-on-year. Imports were 2.0 million tons.")
    assert view.index is view.index
    assert view.index.words is view.index.words
    starts = [c.start for c in view.index.claims.claims]
    assert starts == sorted(starts) and len(starts) == len(view.claims)
    assert len(view.index.words.spans) == len(view.sentences)


@pytest.mark.parametrize(("word", "norm"), [
    ("29.9%", NUMBER_WORD), ("1,200", NUMBER_WORD), ("٣٤", NUMBER_WORD), ("²", NUMBER_WORD), ("Ⅻ", NUMBER_WORD),
    ("2024s", "2024s"), ("Office’s", "office's"), ("ÉTAT", "état"), ("a1", "a1"), ("%", "%"),
])
def test_normalise_word(word, norm):
    assert normalise_word(word) == norm


_CLAIMS_TEXT = ("Exports reached 4.1 million tons in 2024, up 3% year-on-year. Imports were 2.0 million tons "
                "in 2023. Exports of steel reached 1.2 million tons in 2024.")


def test_claims_by_period_sentence_and_term_hold_every_claim_once_in_text_order():
    index = build_view(_CLAIMS_TEXT).index.claims
    for groups in (index.by_period, index.by_sentence, index.by_term(lambda c: set(c.subject.lower().split()))):
        for claims in groups.values():
            assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert sorted(c.start for cs in index.by_period.values() for c in cs) == index.starts
    assert sorted(c.start for cs in index.by_sentence.values() for c in cs) == index.starts
    for (start, end), claims in index.by_sentence.items():
        assert all(start <= c.start < end for c in claims)


@pytest.mark.parametrize(("term", "expected"), [("exports", 2), ("imports", 1), ("tariffs", 0)])
def test_claims_by_term_finds_each_claim_whose_terms_hold_it(term, expected):
    index = build_view(_CLAIMS_TEXT).index.claims
    words = index.by_term(lambda c: {w.strip(".,").lower() for w in c.subject.split()})
    million_tons = [c for c in words.get(term, []) if c.unit != "percent"]
    assert len(million_tons) == expected


@pytest.mark.parametrize("text", [
    "Exports rose 4.1% year-on-year; the U.S. office’s “12” staff — 3％ of l’office.",
    "Café prices rose 2%.",  # a letter outside ASCII: the regex module splits
    "发明专利 grew 12.5％",
    "⼀ a Kangxi radical is Han though no letter",
    "x\ud800y lone surrogate 2.5",
    "",
])
def test_split_words_equals_the_regex_split(text):
    from ipnlp.index import _WORD_SPLIT, split_words
    assert split_words(text) == _WORD_SPLIT.split(text)


def test_split_words_equals_the_regex_split_on_random_text():
    import random

    from ipnlp.index import _WORD_SPLIT, split_words
    rng = random.Random(11)
    alphabet = "aZ09 .-'’%％,;“”—–\n_²é二⼀ǅ\u0301"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert split_words(text) == _WORD_SPLIT.split(text), text


def test_plain_text_classes_are_what_regex_matches_in_ascii():
    import re

    import regex

    from ipnlp import plain_text
    for ours, theirs in ((plain_text.LETTER, r"\p{L}"), (plain_text.UPPER, r"\p{Lu}"), (plain_text.LOWER, r"\p{Ll}"),
                         (plain_text.DIGIT, r"\p{N}"), (plain_text.DIGIT, r"\d"), (plain_text.SPACE, r"\s")):
        for code in range(128):
            assert bool(re.fullmatch(f"[{ours}]", chr(code))) == bool(regex.fullmatch(theirs, chr(code))), (ours, code)


def test_plain_text_patterns_find_what_the_regex_patterns_find():
    import random

    from ipnlp import plain_text
    from ipnlp.rules.text import _names, misspelling
    rng = random.Random(13)
    pieces = ["National", "Week", "and", "of the", "for", "Five-Year", "Plan", "14th", "1234th", "Leaders’", "WIPO",
              "infiation", "word", "ab", "x-y", "it's", " ", "  ", "\n", "\t", "\x1c", "“", "”", "—", ".", ",", "-",
              "'", "’", "2024", "Café", "二", "\xa0", "ǅ"]
    plain = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        if not plain_text.is_plain(text):
            continue
        plain += 1
        assert [m.span() for m in _names._PLAIN_NAME.finditer(text)] == [m.span() for m in _names._NAME.finditer(text)]
        assert misspelling._PLAIN_WORD.findall(text) == misspelling._WORD.findall(text)
    assert plain > 1000


def test_name_word_spans_are_the_regex_words_of_each_name():
    import random

    from ipnlp.rules.text import _names
    rng = random.Random(19)
    pieces = ["National", "Week", "and", "of the", "Five-Year", "14th", "Leaders’", "O'Neil", " ", "  ", "\n", "\t",
              "\xa0", "\u3000", "\u2003", "\x1c", "Café", "二", ".", ","]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        for match in _names._NAME.finditer(text):
            words = [(match.start() + m.start(), match.start() + m.end()) for m in _names._WORD.finditer(match.group())]
            assert _names._word_spans(match.group(), match.start()) == words
