"""ipnlp: segment official work reports, extract their numeric claims, flag inconsistencies.

>>> import ipnlp
>>> report = ipnlp.analyze("The number of patents reached 4.756 million, up 15.7% year-on-year.")
>>> report.claims[0].value, report.claims[0].unit, report.claims[0].yoy.value
(4756000, 'patents', 15.7)
"""

from __future__ import annotations

import importlib

# Not ``from typing import TYPE_CHECKING``: importing typing is a measurable part of
# ``ipnlp --version``; type checkers recognise the name.
TYPE_CHECKING = False

__version__ = "0.1.0"

# The public names are imported on first use (PEP 562), not here: ``import ipnlp.cli`` must stay
# cheap so that ``ipnlp --version`` is instant and the command line installs its Ctrl-C handler
# before the heavy imports (pydantic, regex, spaCy) begin.
_EXPORTS = {
    "align": "alignment", "analyze": "api", "analyze_file": "api", "analyze_many": "batch", "Settings": "config",
    **{name: "models" for name in ("Alignment", "Change", "Claim", "Evidence", "FigurePair", "Finding",
                                   "InputError", "Report", "Section", "SentenceRef", "Source")},
}

if TYPE_CHECKING:
    from .alignment import align
    from .api import analyze, analyze_file
    from .batch import analyze_many
    from .config import Settings
    from .models import (
        Alignment,
        Change,
        Claim,
        Evidence,
        FigurePair,
        Finding,
        InputError,
        Report,
        Section,
        SentenceRef,
        Source,
    )


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ipnlp' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


__all__ = [
    "Alignment",
    "Change",
    "Claim",
    "Evidence",
    "FigurePair",
    "Finding",
    "InputError",
    "Report",
    "Section",
    "SentenceRef",
    "Settings",
    "Source",
    "__version__",
    "align",
    "analyze",
    "analyze_file",
    "analyze_many",
]
