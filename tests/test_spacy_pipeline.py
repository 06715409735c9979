"""ipnlp inside a user's own spaCy pipeline, built from spacy.blank("en") (no model download)."""

from __future__ import annotations

import subprocess
import sys

import spacy
from spacy.tokens import Doc

import ipnlp
import ipnlp.pipeline  # registers the factories even when the package is not installed

TEXT = ("Annual Report\n\nI. Results in 2024\n\n1) Patents.\n\n"
        "The number of patent licenses reached 613,000, up 29.9% year-on-year. "
        "China ranked second in the world, with 1.76 trillion U.S. dollars.")


def _nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("ipnlp_sections")
    nlp.add_pipe("ipnlp_claims")
    return nlp


def test_components_write_the_same_claims_as_analyze():
    doc = _nlp()(TEXT)
    expected = ipnlp.analyze(TEXT).claims
    spans = list(doc.spans["ipnlp_claims"])
    assert [(s.start_char, s.end_char) for s in spans] == [(c.start, c.end) for c in expected]
    assert [s.label_ for s in spans] == [c.unit for c in expected]
    first = spans[0]._.ipnlp
    assert first["value"] == 613000 and first["yoy"]["value"] == 29.9


def test_sections_and_sentences_are_set():
    doc = _nlp()(TEXT)
    kinds = [s.label_ for s in doc.spans["ipnlp_sections"]]
    assert kinds[:3] == ["title", "part", "subsection"]
    sentences = [s.text for s in doc.sents]
    assert "The number of patent licenses reached 613,000, up 29.9% year-on-year." in sentences


def test_doc_round_trips_through_bytes():
    doc = _nlp()(TEXT)
    restored = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert [s._.ipnlp["value"] for s in restored.spans["ipnlp_claims"]] == \
        [s._.ipnlp["value"] for s in doc.spans["ipnlp_claims"]]


def test_factory_is_found_through_the_entry_point_without_importing_ipnlp():
    code = ("import spacy; nlp = spacy.blank('en'); nlp.add_pipe('ipnlp_claims'); "
            "doc = nlp('It issued more than 22,000 certificates.'); "
            "print([s.label_ for s in doc.spans['ipnlp_claims']])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['certificates']"


def test_spacy_blank_imports_no_ipnlp_code_until_a_component_is_created():
    # spaCy loads every spacy_factories entry point in Language.__init__: a heavy entry point would
    # slow down spacy.blank() for every user who merely has ipnlp installed.
    code = ("import spacy, sys; nlp = spacy.blank('en'); "
            "before = sorted(m for m in sys.modules if m.startswith('ipnlp')); "
            "nlp.add_pipe('ipnlp_claims'); "
            "print(before, 'ipnlp.extract.claims' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['ipnlp', 'ipnlp.pipeline', 'ipnlp.pipeline.components'] True"
