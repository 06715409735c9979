"""Figure alignment for translation QA: pair the claims of a source document with those of its
translation and report what changed (IPN6xx).

    >>> import ipnlp
    >>> result = ipnlp.align("Loans rose 4.4% to HK$4,522 billion.", "Loans rose 4.4% to HK$452.2 billion.")
    >>> [(f.code, f.rule) for f in result.findings]
    [('IPN604', 'translated-scale-slip')]
"""

from __future__ import annotations

__all__ = ["ALIGN_RULES", "align"]


def __getattr__(name: str) -> object:
    # Loaded on first use (PEP 562): ``ipnlp check`` lists the translation rules through
    # ``alignment.checks`` and must not pay for the pairing engine it never runs.
    if name == "align":
        from .engine import align

        return align
    if name == "ALIGN_RULES":
        from .checks import ALIGN_RULES

        return ALIGN_RULES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
