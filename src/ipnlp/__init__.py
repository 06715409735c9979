"""ipnlp: segment official work reports, extract their numeric claims, flag inconsistencies.

>>> import ipnlp
>>> report = ipnlp.analyze("The number of patents reached 4.756 million, up 15.7% year-on-year.")
>>> report.claims[0].value, report.claims[0].unit, report.claims[0].yoy.value
(4756000, 'patents', 15.7)
"""

from .align import align
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

__version__ = "0.1.0"

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
