"""Ctrl-C during a batch with worker processes: everything stops at once, nothing half-written."""

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


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
@pytest.mark.skipif(shutil.which("ps") is None, reason="needs ps to list the process group")
def test_ctrl_c_terminates_the_workers_and_leaves_no_partial_output(tmp_path):
    inputs = tmp_path / "reports"
    inputs.mkdir()
    for index in range(300):  # far more work than the few seconds before the interrupt
        (inputs / f"r{index:03d}.txt").symlink_to(CORPUS)
    output = tmp_path / "claims.csv"
    ipnlp = Path(sys.executable).with_name("ipnlp")
    process = subprocess.Popen(
        [str(ipnlp), "claims", str(inputs), "--jobs", "2", "-o", str(output)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        # a terminal's Ctrl-C reaches a process whose SIGINT is at its default, whatever ours is
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(3)
    assert process.poll() is None, "the batch finished before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # like Ctrl-C: the whole foreground process group
    started = time.monotonic()
    _, err = process.communicate(timeout=30)
    assert time.monotonic() - started < 10
    assert process.returncode == 130
    assert "interrupted" in err and "Traceback" not in err
    assert not output.exists() and not list(tmp_path.glob(".claims.csv.*"))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _live_members(process.pid):
        time.sleep(0.2)
    assert not _live_members(process.pid), "worker processes outlived the interrupted batch"


def _live_members(group: int) -> list[str]:
    """Processes still running in the batch's process group (zombies are already dead)."""
    listing = subprocess.run(["ps", "-eo", "pgid=,stat=,pid="], capture_output=True, text=True).stdout
    return [line for line in listing.splitlines()
            if line.split()[0] == str(group) and not line.split()[1].startswith("Z")]
