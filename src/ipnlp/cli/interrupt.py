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
    """A SIGINT handler: the first signal raises KeyboardInterrupt, later ones are ignored.

    Python swallows an exception raised where nobody can catch it (a destructor such as the
    ``regex`` compiler's ``Group.__del__``, a weakref callback) and reports it through
    ``sys.unraisablehook``; the interrupt would then be lost and the run would go on to its end.
    ``lost`` notices that and delivers the interrupt once more, at the next ordinary line.
    """

    def __init__(self) -> None:
        self.fired = False
        self.redeliver = False
        self._courier: Any = None
        self._in_hook = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.fired and (not self.redeliver or self._in_hook):
            return  # a later Ctrl-C, or a re-delivery still inside the hook (the courier retries)
        self.fired, self.redeliver = True, False
        raise KeyboardInterrupt

    def lost(self, unraisable: Any, previous_hook: Any) -> None:
        """``sys.unraisablehook`` while installed: our KeyboardInterrupt was swallowed, raise it again."""
        if not (self.fired and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            previous_hook(unraisable)
            return
        # Not from here: a signal handler run inside this hook would be swallowed again. Another
        # thread asks the main thread until the handler has raised in ordinary code.
        self._in_hook = True
        try:
            self.redeliver = True
            if self._courier is None or not self._courier.is_alive():
                import threading

                self._courier = threading.Thread(target=self._redeliver, daemon=True, name="ipnlp-interrupt")
                self._courier.start()
        finally:
            self._in_hook = False

    def _redeliver(self) -> None:
        import _thread
        import time

        while self.redeliver:
            _thread.interrupt_main()
            time.sleep(0.01)


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
        handler = _FirstInterruptOnly()
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread
        return NOT_INSTALLED
    previous_hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: handler.lost(unraisable, previous_hook)
    return previous, previous_hook


def restore(previous: Any) -> None:
    """Put back the handler ``install`` replaced (for callers of ``main`` inside a larger program)."""
    if previous is NOT_INSTALLED or previous is None:
        return
    handler, hook = previous
    ours = signal.getsignal(signal.SIGINT)
    if isinstance(ours, _FirstInterruptOnly):
        ours.redeliver = False  # the run is over: the courier, if any, stops asking
    sys.unraisablehook = hook
    if handler is not None:
        with contextlib.suppress(ValueError):  # install succeeded, so this is the main thread
            signal.signal(signal.SIGINT, handler)


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
