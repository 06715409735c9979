"""spaCy integration: the ``ipnlp_sections`` and ``ipnlp_claims`` pipeline components.

Importing this module registers the factories; installed packages also expose them through the
``spacy_factories`` entry point, so ``nlp.add_pipe("ipnlp_claims")`` works without an import.
"""

from .components import ClaimsComponent, SectionsComponent, make_claims_component, make_sections_component

__all__ = ["ClaimsComponent", "SectionsComponent", "make_claims_component", "make_sections_component"]
