"""Ctrl-C on the command line: the run stops once, cleanly, with exit status 130 and no traceback.

Python's default handler raises ``KeyboardInterrupt`` at *every* SIGINT. A terminal sends Ctrl-C to
the whole process group, and a user often presses it twice, so a second interrupt can land inside
the clean-up of the first (terminating worker processes, removing a temporary output file) and
print a traceback from there. The handler installed here raises ``KeyboardInterrupt`` for the
first SIGINT only and ignores the later ones: the clean-up after it is bounded (see
``ipnlp.batch``), so nothing is left hanging. This module imports nothing heavy, so the ``ipnlp``
entry point installs the handler before it imports the rest of the package.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

TYPE_CHECKING = False  # not imported from typing: this module is on the path of `ipnlp --version`
if TYPE_CHECKING:
    from types import FrameType
    from typing import Any

#: What a shell reports for a process ended by SIGINT (128 + 2); ruff and git exit with it too.
EXIT_STATUS = 130
MESSAGE = "ipnlp: interrupted"


class _FirstInterruptOnly:
    """A SIGINT handler: the first signal raises KeyboardInterrupt, later ones are ignored."""

    def __init__(self) -> None:
        self.fired = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.fired:
            return
        self.fired = True
        raise KeyboardInterrupt


NOT_INSTALLED = object()


def install() -> Any:
    """Install the handler unless one of ours already is; returns what ``restore`` needs.

    Outside the main thread (where Python cannot set signal handlers) this does nothing.
    """
    if not hasattr(signal, "SIGINT"):
        return NOT_INSTALLED
    try:
        current = signal.getsignal(signal.SIGINT)
        if isinstance(current, _FirstInterruptOnly):
            return NOT_INSTALLED  # an outer caller (the console script) owns it
        # A SIGINT that is ignored on purpose (``nohup``, a background job) stays ignored.
        if current is signal.SIG_IGN:
            return NOT_INSTALLED
        return signal.signal(signal.SIGINT, _FirstInterruptOnly())
    except ValueError:  # not the main thread
        return NOT_INSTALLED


def restore(previous: Any) -> None:
    """Put back the handler ``install`` replaced (for callers of ``main`` inside a larger program)."""
    if previous is NOT_INSTALLED or previous is None:
        return
    with contextlib.suppress(ValueError):  # install succeeded, so this is the main thread
        signal.signal(signal.SIGINT, previous)


def exit_on_further() -> None:
    """From now on a SIGINT ends the process at once with status 130.

    For the interpreter's shutdown after the run (flushing stdout, joining the pool's threads):
    there is nothing left to clean up, and a KeyboardInterrupt there would print a traceback.
    """
    if hasattr(signal, "SIGINT"):
        with contextlib.suppress(ValueError):  # not the main thread
            signal.signal(signal.SIGINT, lambda signum, frame: os._exit(EXIT_STATUS))


#: After an interrupt, how long the interpreter's shutdown may take before the process just exits.
SHUTDOWN_GRACE_SECONDS = 10.0


def exit_if_shutdown_hangs(seconds: float = SHUTDOWN_GRACE_SECONDS) -> None:
    """After an interrupted run: if the interpreter's shutdown has not finished within ``seconds``,
    exit 130 anyway.

    The clean-up (workers terminated, temporary files removed) is done by then; what remains is
    joining the process pool's threads, which a worker killed at an unlucky moment can leave
    waiting (see ``ipnlp.batch._terminate``). A daemon timer does not delay a normal exit.
    """
    import threading

    def give_up() -> None:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(EXIT_STATUS)

    timer = threading.Timer(seconds, give_up)
    timer.daemon = True
    timer.start()


def report() -> int:
    """Say that the run was interrupted; returns the exit status for it."""
    with contextlib.suppress(OSError, ValueError):  # stderr closed (its reader went away)
        print(MESSAGE, file=sys.stderr, flush=True)
    return EXIT_STATUS
