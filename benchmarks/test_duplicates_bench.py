"""Near-duplicate search (IPN201, IPN202) on a generated 1 MB report (300 kB in the quick profile).

The index of word shingles keeps the search near-linear; all-pairs difflib over the ~9,000 sentences
of such a text would take many minutes. The baseline measured in the same run is spaCy's tokenizer
over the same text. Run with ``make bench``; nothing here asserts on time.
"""

from __future__ import annotations

import random

import pytest
import spacy

from conftest import LONG
from ipnlp.api import build_view
from ipnlp.rules.text import duplicate_clause
from ipnlp.rules.text.duplicate_sentence import find_duplicates
from ipnlp.segment.sentences import split_sentences

_SUBJECTS = ["The office", "The bureau", "Each region", "The agency", "Local authorities", "The ministry"]
_VERBS = ["improved", "expanded", "reviewed", "published", "strengthened", "simplified", "audited", "funded"]
_NOUNS = ["inspection rules", "river basins", "export permits", "service centres", "data platforms",
          "training courses", "customs procedures", "wetland reserves", "seed banks", "flood defences",
          "tax filings", "port facilities", "rail corridors", "trade statistics", "water meters"]
_TAILS = ["across the country", "in border provinces", "for small firms", "with partner agencies",
          "ahead of schedule", "under the new law", "in rural counties", "for the second year"]


def _generated_report(size: int = 1_000_000, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, length = [], 0
    while length < size:
        sentences = []
        for _ in range(rng.randint(4, 9)):
            sentence = (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.randint(2, 90_000):,} "
                        f"{rng.choice(_NOUNS)} and {rng.choice(_NOUNS)} {rng.choice(_TAILS)}, "
                        f"up {rng.randint(1, 40)}.{rng.randint(0, 9)}% year-on-year.")
            sentences.append(sentence)
        if rng.random() < 0.02:  # a planted repeat with a changed figure
            sentences.append(sentences[0].replace(" up ", " rising ", 1))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)


TEXT = _generated_report(1_000_000 if LONG else 300_000)
WORDS = len(TEXT.split())
SENTENCES = split_sentences(TEXT)


@pytest.mark.benchmark(group="duplicates-1mb")
def test_spacy_tokenizer_baseline(benchmark):
    tokenizer = spacy.blank("en").tokenizer
    paragraphs = TEXT.split("\n\n")
    benchmark.pedantic(lambda: [tokenizer(p) for p in paragraphs], rounds=3, iterations=1)
    benchmark.extra_info["words_per_second"] = round(WORDS / benchmark.stats.stats.mean)


@pytest.mark.benchmark(group="duplicates-1mb")
def test_duplicate_sentences(benchmark):
    found = benchmark.pedantic(lambda: list(find_duplicates(TEXT, SENTENCES)), rounds=3, iterations=1)
    benchmark.extra_info["words_per_second"] = round(WORDS / benchmark.stats.stats.mean)
    benchmark.extra_info["duplicates"] = len(found)
    assert found  # the planted repeats are there to be found


@pytest.mark.benchmark(group="duplicates-1mb")
def test_duplicate_clauses(benchmark):
    view = build_view(TEXT)
    benchmark.pedantic(lambda: list(duplicate_clause.check(view)), rounds=3, iterations=1)
    benchmark.extra_info["words_per_second"] = round(WORDS / benchmark.stats.stats.mean)
