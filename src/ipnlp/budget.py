"""A CPU-time budget per document: analysing one document may not run for ever.

``time_budget(seconds, path)`` arms a one-shot CPU timer (``ITIMER_VIRTUAL``, so a loaded machine
does not count against the document) whose signal raises ``TimeBudgetExceeded`` wherever the
analysis is. ``re`` and ``regex`` check for signals while they match, so a runaway pattern stops
too. The exception is an ``IpnlpError`` (``E024``): a batch reports it for that document and
carries on with the next.

Signals can only be handled in the main thread of a process, so elsewhere (threads of a Dask
worker, a web server) and on platforms without ``setitimer`` there is no budget.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

from .errors import IpnlpError, Messages

#: CPU seconds one document may take to analyse. The slowest hostile megabyte takes a few seconds
#: and real reports well under one; a document that needs this much is pathological input.
DEFAULT_SECONDS = 120.0


class TimeBudgetExceeded(IpnlpError):
    """Analysing one document used up its CPU-time budget (E024)."""


def _can_arm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_budget(seconds: float | None, path: str | None) -> Iterator[None]:
    """Raise ``TimeBudgetExceeded`` in the block once it has used ``seconds`` of CPU time.

    ``None`` or ``0`` means no budget. Nested budgets are not supported: the inner one replaces
    the outer one's timer until it ends.
    """
    if not seconds or seconds <= 0 or not _can_arm():
        yield
        return
    name = "<stdin>" if path is None else path

    def on_timer(signum: int, frame: object) -> None:
        raise TimeBudgetExceeded(Messages.E024.format(path=name, seconds=seconds))

    previous = signal.signal(signal.SIGVTALRM, on_timer)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
