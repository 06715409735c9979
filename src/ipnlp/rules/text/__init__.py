"""Rule family package: the explicit RULES tuple of this family, in code order.

Text rules read wording and layout, not figures: repetition (IPN2xx), heading and enumeration
structure (IPN3xx) and terminology (IPN41x).
"""

from __future__ import annotations

from ..base import Rule
from . import (
    acronym_before_definition,
    duplicate_clause,
    duplicate_sentence,
    enumeration_order,
    enumeration_style,
    heading_numbering,
    heading_punctuation,
    missing_space,
    misspelling,
    tense_inconsistency,
    term_inconsistency,
)

RULES: tuple[Rule, ...] = (
    duplicate_sentence.RULE,
    duplicate_clause.RULE,
    heading_numbering.RULE,
    heading_punctuation.RULE,
    enumeration_order.RULE,
    enumeration_style.RULE,
    term_inconsistency.RULE,
    acronym_before_definition.RULE,
    tense_inconsistency.RULE,
    missing_space.RULE,
    misspelling.RULE,
)
