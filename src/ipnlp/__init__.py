"""ipnlp: segment official work reports, extract their numeric claims, flag inconsistencies.

>>> import ipnlp
>>> report = ipnlp.analyze("The number of patents reached 4.756 million, up 15.7% year-on-year.")
>>> report.claims[0].value, report.claims[0].unit, report.claims[0].yoy.value
(4756000, 'patents', 15.7)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import analyze, analyze_file
    from .batch import analyze_many
    from .config import Settings
    from .models import Change, Claim, Evidence, Finding, InputError, Report, Section, SentenceRef, Source

__version__ = "0.1.0"

# The public names are imported on first use (PEP 562), not with the package: ``ipnlp.cli`` then
# starts without pydantic and spaCy loaded, and can turn a Ctrl-C during those imports into exit
# 130 instead of a traceback.
_LAZY = {"analyze": "api", "analyze_file": "api", "analyze_many": "batch", "Settings": "config",
         **{name: "models" for name in ("Change", "Claim", "Evidence", "Finding", "InputError", "Report",
                                        "Section", "SentenceRef", "Source")}}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ipnlp' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])

__all__ = [
    "Change",
    "Claim",
    "Evidence",
    "Finding",
    "InputError",
    "Report",
    "Section",
    "SentenceRef",
    "Settings",
    "Source",
    "__version__",
    "analyze",
    "analyze_file",
    "analyze_many",
]
