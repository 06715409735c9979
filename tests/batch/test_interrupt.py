"""Ctrl-C at any moment of `ipnlp ... --jobs 2`: exit 130, one line, no traceback, no worker left.

Nothing here sleeps and hopes. Each test interrupts at a moment it can name: while a module is
being imported or while the first worker is requested from the forkserver (an audit hook in the
launcher sends the SIGINT when that event happens), or once results are being written (the
temporary output file has content). Like a terminal, the SIGINT goes to the whole process group.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "cnipa-2025-work-report.en.txt"
# Waits for a state, never for a guessed duration; generous because CI machines may be loaded.
STATE_DEADLINE = 120

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX"),
    pytest.mark.skipif(shutil.which("ps") is None, reason="needs ps to list the process group"),
]

# What the `ipnlp` console script runs, plus an audit hook that sends Ctrl-C to the process group
# the first time an event matching the trigger happens. Audit hooks are per process, so the
# forkserver and the workers do not inherit it.
LAUNCHER = """
import os, signal, socket, sys
event_name, detail = sys.argv[1], sys.argv[2]
fired = []

def hook(event, args):
    if fired or event != event_name:
        return
    if event == "import" and args[0] != detail:
        return
    if event == "socket.connect" and args[0].family != socket.AF_UNIX:
        return
    fired.append(event)
    os.killpg(0, signal.SIGINT)

sys.addaudithook(hook)
sys.argv = ["ipnlp", *sys.argv[3:]]
from ipnlp.cli import run
run()
"""


def _reports(directory: Path, count: int) -> Path:
    directory.mkdir()
    text = CORPUS.read_bytes()
    for index in range(count):  # far more work than can finish before the interrupt
        # copies, not symlinks: a walk does not follow links out of the directory it was given
        (directory / f"r{index:03d}.txt").write_bytes(text)
    return directory


def _start(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        # a terminal's Ctrl-C reaches a process whose SIGINT is at its default, whatever ours is
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _assert_stopped_cleanly(process: subprocess.Popen, output: Path) -> None:
    _, err = process.communicate(timeout=STATE_DEADLINE)
    assert process.returncode == 130, err
    assert err == "ipnlp: interrupted\n", err  # one line: no traceback from any process
    assert not output.exists() and not list(output.parent.glob(f".{output.name}.*"))
    deadline = time.monotonic() + STATE_DEADLINE
    while time.monotonic() < deadline and _live_members(process.pid):
        time.sleep(0.1)
    assert not _live_members(process.pid), "worker processes outlived the interrupted batch"


@pytest.mark.parametrize(("command", "event", "detail"), [
    ("claims", "import", "pydantic"),            # start-up: the first heavy import
    ("claims", "import", "ipnlp.rules.cross.metrics"),  # start-up: deep inside the package's imports
    ("claims", "import", "ipnlp.batch"),         # start-up: the batch machinery
    # the first worker is requested while the forkserver still imports ipnlp
    ("claims", "socket.connect", "forkserver"),
    ("check", "socket.connect", "forkserver"),
    ("analyze", "socket.connect", "forkserver"),
])
def test_ctrl_c_during_start_up(tmp_path, command, event, detail):
    inputs = _reports(tmp_path / "reports", 20)
    output = tmp_path / "out.txt"
    process = _start([sys.executable, "-c", LAUNCHER, event, detail,
                      command, str(inputs), "--jobs", "2", "-o", str(output)])
    _assert_stopped_cleanly(process, output)


def test_ctrl_c_terminates_the_workers_and_leaves_no_partial_output(tmp_path):
    inputs = _reports(tmp_path / "reports", 300)
    output = tmp_path / "claims.csv"
    ipnlp = Path(sys.executable).with_name("ipnlp")
    process = _start([str(ipnlp), "claims", str(inputs), "--jobs", "2", "-o", str(output)])
    # Ready: results are being written to the temporary file beside the output.
    deadline = time.monotonic() + STATE_DEADLINE
    while time.monotonic() < deadline and process.poll() is None and not _written(output):
        time.sleep(0.05)
    assert process.poll() is None, "the batch finished (or failed) before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # like Ctrl-C: the whole foreground process group
    _assert_stopped_cleanly(process, output)


def test_python_dash_m_ipnlp_is_the_same_command_line(tmp_path):
    inputs = _reports(tmp_path / "reports", 20)
    output = tmp_path / "out.csv"
    as_module = LAUNCHER.replace("from ipnlp.cli import run\nrun()",
                                 "import runpy; runpy.run_module('ipnlp', run_name='__main__')")
    process = _start([sys.executable, "-c", as_module, "import", "ipnlp.batch",
                      "claims", str(inputs), "--jobs", "2", "-o", str(output)])
    _assert_stopped_cleanly(process, output)


def _written(output: Path) -> bool:
    for tmp in output.parent.glob(f".{output.name}.*.tmp"):
        try:
            if tmp.stat().st_size > 0:
                return True
        except FileNotFoundError:  # renamed into place meanwhile: the batch is over
            pass
    return False


def _live_members(group: int) -> list[str]:
    """Processes still running in the batch's process group (zombies are already dead)."""
    listing = subprocess.run(["ps", "-eo", "pgid=,stat=,pid="], capture_output=True, text=True).stdout
    return [line for line in listing.splitlines()
            if line.split()[0] == str(group) and not line.split()[1].startswith("Z")]


# --- the pool after a worker was killed in the middle of sending its result --------------------

def _send_half_a_result_then_wait(marker: str) -> None:
    """Runs in a worker: start a result message on the pool's result pipe, never finish it."""
    import struct

    frame = sys._getframe(1)  # concurrent.futures.process._process_worker
    result_queue = frame.f_locals["result_queue"]
    os.write(result_queue._writer.fileno(), struct.pack("!i", 1_000_000) + b"x" * 10)
    Path(marker).touch()
    time.sleep(STATE_DEADLINE * 2)  # until terminated


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="3.14 terminates pools with terminate_workers")
def test_terminating_a_pool_whose_worker_died_mid_result_does_not_hang_the_exit(tmp_path):
    from concurrent.futures import ProcessPoolExecutor

    from ipnlp.batch import _pool_context, _terminate

    marker = tmp_path / "half-sent"
    executor = ProcessPoolExecutor(1, mp_context=_pool_context())
    executor.submit(_send_half_a_result_then_wait, str(marker))
    manager = executor._executor_manager_thread
    deadline = time.monotonic() + STATE_DEADLINE
    while time.monotonic() < deadline and not marker.exists():
        time.sleep(0.05)
    assert marker.exists(), "the worker did not start its message"
    _terminate(executor)
    # The interpreter joins this thread at exit: it must end, not wait for the rest of the message.
    manager.join(timeout=STATE_DEADLINE)
    assert not manager.is_alive()
