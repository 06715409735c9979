"""Batch analysis: many documents in, one Report (or InputError) out per document, in input order.

TEMPORARY sequential version; the batch issue adds processes and streaming guarantees.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .api import analyze
from .errors import IpnlpError
from .models import InputError, Report

Source = str | os.PathLike[str] | tuple[str, str | None]


def analyze_many(
    sources: Iterable[Source],
    *,
    n_process: int = 1,
    batch_size: int = 8,
    config: object | None = None,
) -> Iterator[Report | InputError]:
    """Yield one Report per source, in order; a source is a path or a ``(text, path)`` pair."""
    from .io import read_document

    for source in sources:
        if isinstance(source, tuple):
            text, path = source
            yield analyze(text, path=path, config=config)
            continue
        try:
            document = read_document(source)
        except IpnlpError as exc:
            yield InputError(path=os.fspath(source), code=exc.code, message=str(exc))
            continue
        yield analyze(document.text, path=source, config=config, encoding=document.encoding,
                      locate=document.locate)
