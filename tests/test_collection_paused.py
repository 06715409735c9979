"""analyze pauses the cyclic garbage collector while it runs and leaves it as it found it."""

from __future__ import annotations

import gc
import threading

import pytest

import ipnlp
from ipnlp import api

TEXT = "Registered trademarks reached 48,200 in 2025. The number of trademarks registered in 2025 was 47,800."


@pytest.fixture(autouse=True)
def _collector_enabled_after():
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled):
    (gc.enable if enabled else gc.disable)()
    seen = []
    with api.collection_paused():
        seen.append(gc.isenabled())
        with api.collection_paused():  # analyze inside analyze (a plugin, a callback)
            seen.append(gc.isenabled())
        seen.append(gc.isenabled())
    assert seen == [False, False, False] and gc.isenabled() is enabled
    ipnlp.analyze(TEXT)
    assert gc.isenabled() is enabled


def test_the_collector_is_resumed_when_the_analysis_raises():
    gc.enable()
    with pytest.raises(ZeroDivisionError), api.collection_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_the_collector_is_resumed_after_the_last_of_overlapping_analyses():
    gc.enable()
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with api.collection_paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(10)
    report = ipnlp.analyze(TEXT)  # starts and ends while the other thread's analysis runs
    assert not gc.isenabled()
    leave.set()
    thread.join(10)
    assert gc.isenabled()
    assert report == ipnlp.analyze(TEXT) and any(f.code == "IPN101" for f in report.findings)


def test_the_report_is_the_one_analysed_with_the_collector_running(monkeypatch):
    import contextlib

    paused = ipnlp.analyze(TEXT)
    monkeypatch.setattr(api, "collection_paused", contextlib.nullcontext)
    assert ipnlp.analyze(TEXT) == paused


def test_an_analysis_leaves_no_reference_cycle_behind():
    """With the collector paused, whatever an analysis leaves in reference cycles stays in memory
    until a later collection: the view, its index and the rules' word tables must be freed by
    reference counting as soon as ``analyze`` returns."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt").read_text(
        encoding="utf-8")
    ipnlp.analyze(text)  # load tables and fill module caches first
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        ipnlp.analyze(text)
        ipnlp.analyze(text + "\n\nThe same sentence again. The same sentence again.")
        gc.collect()
        # Only ipnlp's own objects count: other tests may leave threads or fixtures whose garbage
        # this collection also finds.
        left = sorted({type(o).__qualname__ for o in gc.garbage if type(o).__module__.startswith("ipnlp")})
        assert left == []
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
