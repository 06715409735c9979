"""The CLI's SIGINT handler: one interrupt stops the run, even one that lands in a destructor.

Python ignores an exception raised inside ``__del__`` (it only prints "Exception ignored in"),
and the ``regex`` compiler frees its parse nodes in ``__del__``: a Ctrl-C at that moment used to
be lost, and the run went on to its end and exited 1 with a traceback on stderr.
"""

from __future__ import annotations

import signal
import sys
import time

import pytest

from ipnlp.cli import interrupt

pytestmark = pytest.mark.skipif(not hasattr(signal, "raise_signal"), reason="needs signal.raise_signal")


class _InterruptedWhileFreed:
    def __del__(self):
        signal.raise_signal(signal.SIGINT)  # the handler runs here, inside the destructor


def _busy(steps: int) -> int:
    total = 0
    for step in range(steps):  # ordinary lines, where a pending signal handler gets to run
        total += step
    return total


def _work_for(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        _busy(1000)


@pytest.fixture
def handler():
    previous = interrupt.install()
    assert previous is not interrupt.NOT_INSTALLED
    try:
        yield signal.getsignal(signal.SIGINT)
    finally:
        interrupt.restore(previous)


def test_an_interrupt_in_a_destructor_is_raised_again_outside_it(handler, capsys):
    with pytest.raises(KeyboardInterrupt):
        _InterruptedWhileFreed()  # freed at once: the SIGINT's exception is swallowed by Python
        _work_for(60)  # the interrupt comes back within milliseconds; a lost one runs out the clock
    assert "Exception ignored" not in capsys.readouterr().err


def test_after_the_first_interrupt_later_ones_are_ignored(handler):
    with pytest.raises(KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
        _work_for(60)
    signal.raise_signal(signal.SIGINT)  # a second Ctrl-C during the clean-up: nothing raised
    assert _busy(10) == 45


def test_restore_puts_back_the_handler_and_the_unraisable_hook():
    before = (signal.getsignal(signal.SIGINT), sys.unraisablehook)
    interrupt.restore(interrupt.install())
    assert (signal.getsignal(signal.SIGINT), sys.unraisablehook) == before
