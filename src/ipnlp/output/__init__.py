"""Output formats of the findings: text, json, jsonl, sarif and github (``ipnlp check --format``).

``renderer(name)`` imports only the format asked for: a run writes one format, and SARIF's URL and
path handling is start-up time that a text run does not need.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

#: Format name -> the module of ``ipnlp.output`` whose ``render`` writes it.
FORMAT_MODULES = {"text": "text", "json": "json", "jsonl": "jsonl", "sarif": "sarif", "github": "github"}


def renderer(name: str) -> Callable[..., str]:
    """The ``render`` function of the format ``name`` (a key of ``FORMAT_MODULES``)."""
    return importlib.import_module(f"{__name__}.{FORMAT_MODULES[name]}").render
