"""Per-language data. A language is closed word lists here plus TSV tables in ``ipnlp/data/<lang>/``.

Adding a language means adding ``lang/<code>.py`` and ``data/<code>/*.tsv`` with the same names;
the extraction code reads only these tables, never English words of its own.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType


@cache
def load(code: str = "en") -> ModuleType:
    try:
        return importlib.import_module(f"{__name__}.{code}")
    except ModuleNotFoundError as exc:
        from ..errors import IpnlpError, Messages

        raise IpnlpError(Messages.E003.format(lang=code)) from exc
