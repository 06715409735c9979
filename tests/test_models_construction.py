"""``extracted_claim``: the extractor's unvalidated fast path builds exactly what validation builds,
and anything validation would refuse or convert still goes through it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ipnlp.models import Change, Claim, SentenceRef, extracted_claim

BASE = dict(id="c001", start=4, end=13, text="613,000 t", value=613000, value_high=None, unit="tonnes",
            qualifier="exact", yoy=Change(value=2.5, unit="percent", direction="up", start=20, end=24, text="2.5%"),
            period="2024", subject="output", section="I.1", sentence=SentenceRef(start=0, end=40),
            source_location=None, notes=["unit assumed"])


@pytest.mark.parametrize("changes", [
    {},
    {"value": 95.2, "value_high": 97.5, "qualifier": "at_least"},
    {"yoy": None, "period": None, "section": None, "notes": []},
    {"value": -5, "unit": "percent"},
])
def test_fast_path_builds_what_validation_builds(changes):
    fields = {**BASE, **changes}
    fast, validated = extracted_claim(**fields), Claim(**fields)
    assert fast == validated
    assert fast.model_dump_json() == validated.model_dump_json()
    assert fast.model_fields_set == validated.model_fields_set
    assert fast.notes is not fields["notes"]  # its own list, as validation gives


@pytest.mark.parametrize("changes", [
    {"value": float("inf")},
    {"value": 10**400},
    {"value_high": float("nan")},
    {"qualifier": "roughly"},
    {"notes": [1]},
    {"subject": None},
    {"start": "4"},  # a str where an int belongs: validation converts it, so validation builds it
])
def test_anything_else_is_validated(changes):
    fields = {**BASE, **changes}
    try:
        expected = Claim(**fields)
    except ValidationError:
        with pytest.raises(ValidationError):
            extracted_claim(**fields)
    else:
        assert extracted_claim(**fields) == expected
