"""Figure, arithmetic and unit/wording rules (IPN1xx, IPN4xx up to IPN407), in code order."""

from __future__ import annotations

from ..base import Rule
from . import (
    ambiguous_quantity,
    conflicting_values,
    garbled_fragment,
    missing_unit,
    part_exceeds_whole,
    percent_vs_percentage_point,
    redundant_unit,
    same_value_different_subject,
    shares_not_100,
    stray_footnote_marker,
    sum_mismatch,
    threshold_contradiction,
    unbalanced_quotes,
    yoy_mismatch,
)

RULES: tuple[Rule, ...] = (
    conflicting_values.RULE,
    part_exceeds_whole.RULE,
    sum_mismatch.RULE,
    shares_not_100.RULE,
    yoy_mismatch.RULE,
    threshold_contradiction.RULE,
    same_value_different_subject.RULE,
    percent_vs_percentage_point.RULE,
    garbled_fragment.RULE,
    stray_footnote_marker.RULE,
    unbalanced_quotes.RULE,
    redundant_unit.RULE,
    missing_unit.RULE,
    ambiguous_quantity.RULE,
)
