"""Sentence splitting: abbreviations, decimals, quotes and footnote digits glued after a full stop."""

from __future__ import annotations

import pytest

from ipnlp.segment.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("It rose to 4.756 million. Then it fell.", ["It rose to 4.756 million.", "Then it fell."]),
    ("Brand value reached 1.76 trillion U.S. dollars. It ranked second.",
     ["Brand value reached 1.76 trillion U.S. dollars.", "It ranked second."]),
    ("Talks with China-U.S., China-U.K., etc. were held. Next.",
     ["Talks with China-U.S., China-U.K., etc. were held.", "Next."]),
    ("Licenses rose 39.1% year-on-year.1 The added value grew.",
     ["Licenses rose 39.1% year-on-year.1", "The added value grew."]),
    ("He said “we will try.” Then he left!", ["He said “we will try.”", "Then he left!"]),
    ("See Article No. 5 of the law. Done.", ["See Article No. 5 of the law.", "Done."]),
    ("up 6.6% year-on-year. -November the total reached 356.41 billion yuan.",
     ["up 6.6% year-on-year.", "-November the total reached 356.41 billion yuan."]),
    ("Is it done? Yes.", ["Is it done?", "Yes."]),
    # "Cap." before a number names a chapter of the laws; "the cap." before a year ends its sentence
    ("It is set by the Ordinance (Cap. 628), as amended. Done.",
     ["It is set by the Ordinance (Cap. 628), as amended.", "Done."]),
    ("We raised the cap. 2024 was calm.", ["We raised the cap.", "2024 was calm."]),
])
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_offsets_are_exact_and_stripped():
    text = "  First one.   Second one.  "
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip()


@pytest.mark.parametrize("text", [
    "", "It rose. Then it fell! Why? 。 Yes。 No！ 好？ A", "a.. .. ... . X. 1.5 x.1 Y?! Z", "e.g. U.S. Next.",
    "He said “we will try.” Then. ”.) A", "x." * 40 + " Y", "Ends.", "?\n\tA!\u2003B", "4.756 million. 1.2. Two",
])
def test_spaced_boundaries_found_by_str_find_are_those_of_finditer(text):
    # Tried only where a terminator is (sentences._boundaries, with ipnlp.find): the matches finditer finds.
    from ipnlp.segment import sentences as module
    from ipnlp.segment.language import _SPACED_BOUNDARY, segmentation_data

    assert _SPACED_BOUNDARY.startswith(f"(?P<term>[{module._SPACED_TERMINATORS}])")
    boundary = segmentation_data("en").boundary
    for start, end in ((0, len(text)), (1, len(text) - 1), (2, len(text) // 2)):
        expected = [(m.span(), m.groupdict()) for m in boundary.finditer(text, start, end)]
        assert [(m.span(), m.groupdict()) for m in module._boundaries(boundary, text, start, end)] == expected
