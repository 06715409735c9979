"""Figure alignment between a source and its translation (ipnlp.align, IPN6xx).

Written for parallel phrasings of other texts than the corpus; the pairs are English on both sides
so that they test the pairing and the checks, not one language's extraction.
"""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.alignment import ALIGN_RULES

# (source, translation, expected finding codes)
CASES = [
    # Correct translations: rounding and rewriting of scale are not errors.
    ("Patents reached 613,000 in 2024.", "Patents reached about 0.6 million in 2024.", []),
    ("Loans were 1,296.7 billion yuan.", "Loans were 1,296,700 million yuan.", []),
    ("Deposits grew 5.1% to 17.2 trillion yuan.", "Deposits rose by 5.1 per cent to 17,200 billion yuan.", []),
    ("Exports rose 7.1%, imports fell 2.3%.", "Exports rose 7.1% while imports fell 2.3%.", []),
    # Power-of-ten slips: every digit right, the scale wrong.
    ("Assets reached 4,575 billion yuan.", "Assets reached 457.5 billion yuan.", ["IPN604"]),
    ("The scheme covers 30 million households.", "The scheme covers 3 million households.", ["IPN604"]),
    # Another value in the same place.
    ("Licenses reached 613,000, up 29.9%.", "Licenses reached 610,000, up 29.9%.", ["IPN603"]),
    # Currency and unit.
    ("The fund gained RMB 5 billion.", "The fund gained US$5 billion.", ["IPN605"]),
    ("The ratio rose 0.44 percentage points to 13%.", "The ratio rose 0.44% to 13%.", ["IPN606"]),
    # Direction, qualifier, period.
    ("Exports reached 300 billion yuan, up 5% year-on-year.",
     "Exports reached 300 billion yuan, down 5% year-on-year.", ["IPN607"]),
    ("It issued more than 22,000 certificates.", "It issued 22,000 certificates.", ["IPN608"]),
    ("Output was 45 tonnes in 2023.", "Output was 45 tonnes in 2024.", ["IPN609"]),
    # Figures dropped or added.
    ("A grew 3%. B grew 4%. C grew 5%.", "A grew 3%. C grew 5%.", ["IPN601"]),
    ("A grew 3%. C grew 5%.", "A grew 3%. B grew 4%. C grew 5%.", ["IPN602"]),
]


@pytest.mark.parametrize(("source", "translation", "codes"), CASES)
def test_alignment_findings(source, translation, codes):
    result = ipnlp.align(source, translation)
    assert sorted(f.code for f in result.findings) == codes, [f.message for f in result.findings]


def test_evidence_points_into_both_texts():
    source, translation = "Assets reached 4,575 billion yuan.", "Assets reached 457.5 billion yuan."
    result = ipnlp.align(source, translation, source_path="a.en.txt", translation_path="a.zh.txt")
    (finding,) = result.findings
    tgt, src = finding.evidence  # the finding is the translation's; the source is the other file
    assert src.path == "a.en.txt" and source[src.start:src.end] == src.text
    assert tgt.path is None and translation[tgt.start:tgt.end] == tgt.text
    assert finding.path == "a.zh.txt"


def test_every_source_and_translation_figure_is_accounted_for():
    source = "A grew 3%. B grew 4%. C grew 5% to 12 million tonnes."
    translation = "A grew 3%. C grew 5% to 12 million tonnes. D fell 1%."
    result = ipnlp.align(source, translation)
    src_ids = {p.source.id for p in result.pairs if p.source}
    tgt_ids = {p.translation.id for p in result.pairs if p.translation}
    assert len(src_ids) == len(ipnlp.analyze(source).claims)
    assert len(tgt_ids) == len(ipnlp.analyze(translation).claims)
    assert {p.status for p in result.pairs} == {"matched", "missing", "added"}


def test_select_and_ignore():
    source, translation = "A grew 3%. B grew 4%.", "A grew 3%."
    assert ipnlp.align(source, translation, ignore=("IPN601",)).findings == []
    assert [f.code for f in ipnlp.align(source, translation, select=("IPN60",)).findings] == ["IPN601"]


def test_alignment_serialises_to_json():
    result = ipnlp.align("Assets reached 4,575 billion yuan.", "Assets reached 457.5 billion yuan.")
    data = result.model_dump(mode="json")
    assert data["schema_version"] == 2 and data["findings"][0]["code"] == "IPN604"


def test_order_of_figures_is_what_pairs_them():
    # The same values in another order are not silently swapped: the moved one is missing/added.
    result = ipnlp.align("A grew 3%. B grew 9%.", "B grew 9%. A grew 3%.")
    assert {f.code for f in result.findings} <= {"IPN601", "IPN602", "IPN603"}


@pytest.mark.parametrize("rule", ALIGN_RULES, ids=lambda r: r.code)
def test_every_alignment_rule_is_documented(rule):
    assert rule.code.startswith("IPN6") and rule.doc and rule.name.islower()
