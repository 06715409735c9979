"""Batch analysis: many documents in, one Report (or InputError) out per document, in input order.

``analyze_many`` streams: it pulls sources from the input iterable only as results are consumed
and keeps at most ``2 * n_process`` batches in flight, so memory stays flat however many
documents go through. A document that cannot be read or analysed becomes an ``InputError`` naming
the file and the reason, and the batch carries on.

With ``n_process > 1`` the work runs in a process pool. Each worker initialises once (imports,
language tables, settings) and receives only paths or texts; results come back as plain pickled
models. Ctrl-C in the parent terminates the workers rather than waiting for them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .api import analyze
from .budget import DEFAULT_SECONDS, time_budget
from .errors import IpnlpError, Messages
from .io import LoadedDocument
from .lang.detect import detect_language, has_language
from .models import Claim, InputError, Report

if TYPE_CHECKING:  # the process pool's modules are imported when a pool starts: most runs use one process
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

Source = str | os.PathLike[str] | tuple[str, str | None] | LoadedDocument

#: Columns of the claims table (``ipnlp claims``, ``ipnlp.cluster.claims_dataframe``), in order.
CLAIM_COLUMNS: tuple[str, ...] = (
    "path", "id", "section", "subject", "period", "value", "unit", "qualifier",
    "yoy_value", "yoy_unit", "yoy_direction", "start", "end", "text",
)

# A normalised source: ("path", path) or ("text", text, path). Plain tuples pickle cheaply.
Task = tuple[Any, ...]


def analyze_many(
    sources: Iterable[Source],
    *,
    n_process: int = 1,
    batch_size: int = 8,
    config: object | None = None,
) -> Iterator[Report | InputError]:
    """Yield one ``Report`` or ``InputError`` per source, in input order, streaming.

    A source is a path (``str`` or ``os.PathLike``) or a ``(text, path)`` pair, where ``path`` may
    be ``None``. ``n_process`` is the number of worker processes (``-1`` or ``0``: one per CPU);
    ``batch_size`` is how many documents a worker takes at a time. ``config`` is an
    ``ipnlp.config.Settings`` and must be picklable when ``n_process > 1``. Workers are started
    with ``forkserver`` (``spawn`` where that is missing), so a script that uses processes needs the
    usual ``if __name__ == "__main__":`` guard.

    >>> [type(r).__name__ for r in analyze_many([("Sales rose.", "a.txt"), ("", "b.txt")])]
    ['Report', 'InputError']
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if n_process <= 0:
        n_process = os.cpu_count() or 1
    tasks = (normalise_source(source) for source in sources)
    if n_process == 1:
        return (analyze_task(task, config) for task in tasks)
    return _analyze_in_pool(tasks, n_process=n_process, batch_size=batch_size, config=config)


def analyze_task(task: Task, config: object | None = None) -> Report | InputError:
    """Analyse one normalised source; every failure becomes an InputError, never an exception."""
    if task[0] == "path":
        path = task[1]
        from .io import read_document

        try:
            document = read_document(path, **reader_options(config))
        except IpnlpError as exc:
            return InputError(path=path, code=exc.code, message=str(exc))
        except OSError as exc:  # a reader that lets an OSError through still names the file
            return InputError(path=path, code="E001",
                              message=Messages.E001.format(path=path, reason=exc.strerror or exc))
        except Exception as exc:  # a reader's bug or a library's surprise: this file's error only
            return InputError(path=path, code="E001", message=Messages.E001.format(
                path=path, reason=f"the reader failed ({type(exc).__name__}: {exc})"))
        text, kwargs = document.text, {"encoding": document.encoding, "locate": document.locate}
    elif task[0] == "document":  # already read (stdin): keep what the reader found out
        _, text, path, encoding, locate = task
        kwargs = {"encoding": encoding, "locate": locate}
    else:
        _, text, path = task
        kwargs = {}
    if not text.strip():
        return InputError(path=path, code="E020", message=Messages.E020.format(path=_name(path)))
    lang = getattr(config, "lang", None)
    if lang is None:  # detected from the script: a Chinese report is never read with English rules
        lang = detect_language(text)
        if not has_language(lang):
            return InputError(path=path, code="E003", message=Messages.E003.format(lang=lang)
                              + f" ({_name(path)} reads as {lang}, detected from its script; pass --lang to override)")
    kwargs["lang"] = lang
    try:
        # A CPU-time budget per document: a pathological input ends as its own E024, not a hang.
        with time_budget(getattr(config, "time_budget", DEFAULT_SECONDS), path):
            return analyze(text, path=path, config=config, **kwargs)
    except IpnlpError as exc:
        return InputError(path=path, code=exc.code, message=str(exc))
    except Exception as exc:  # one bad document must not end the batch
        reason = f"{type(exc).__name__}: {exc}"
        return InputError(path=path, code="E021", message=Messages.E021.format(path=_name(path),
                                                                               reason=reason))


def reader_options(config: object | None) -> dict[str, Any]:
    """What a Settings tells the readers (``max_bytes``, ``encoding``); nothing for other configs."""
    options: dict[str, Any] = {}
    max_bytes = getattr(config, "max_bytes", None)
    if max_bytes:
        options["max_bytes"] = max_bytes
    encoding = getattr(config, "encoding", None)
    if encoding:
        options["encoding"] = encoding
    return options


def claim_rows(report: Report) -> Iterator[dict[str, Any]]:
    """One flat dict per claim, keyed by ``CLAIM_COLUMNS``: a row for pandas or a spreadsheet."""
    path = report.source.path
    for claim in report.claims:
        yield _claim_row(path, claim)


def _claim_row(path: str | None, claim: Claim) -> dict[str, Any]:
    yoy = claim.yoy
    return {
        "path": path, "id": claim.id, "section": claim.section, "subject": claim.subject,
        "period": claim.period, "value": claim.value, "unit": claim.unit, "qualifier": claim.qualifier,
        "yoy_value": yoy.value if yoy else None, "yoy_unit": yoy.unit if yoy else None,
        "yoy_direction": yoy.direction if yoy else None,
        "start": claim.start, "end": claim.end, "text": claim.text,
    }


def normalise_source(source: Source) -> Task:
    if isinstance(source, LoadedDocument):
        return ("document", source.text, source.path, source.encoding, source.locate)
    if isinstance(source, tuple):
        if len(source) != 2 or not isinstance(source[0], str):
            raise TypeError(f"a text source is a (text, path) pair, got {source!r:.80}")
        text, path = source
        return ("text", text, None if path is None else os.fspath(path))
    if isinstance(source, (str, os.PathLike)):
        return ("path", os.fspath(source))
    raise TypeError(f"a source is a path or a (text, path) pair, got {type(source).__name__}")


def _name(path: str | None) -> str:
    return "<stdin>" if path is None else path


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of up to ``size`` items, pulled lazily from ``items``."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def ordered_window(
    chunks: Iterator[list[Any]],
    submit: Callable[[list[Any]], Future],
    *,
    window: int,
    on_broken: Callable[[list[Any], BaseException], Iterable[Any]] | None = None,
) -> Iterator[Any]:
    """Submit chunks with at most ``window`` in flight and yield their results in input order.

    This is ``imap`` with backpressure: ``multiprocessing.Pool.imap`` would drain the whole input
    iterator into its task queue at once, so a generator of a million paths would be consumed
    (and its tasks held) up front. ``on_broken(chunk, exc)`` produces results for a chunk whose
    future failed, instead of raising.
    """
    pending: deque[tuple[list[Any], Future]] = deque()

    def fill() -> None:
        while len(pending) < window:
            chunk = next(chunks, None)
            if chunk is None:
                return
            pending.append((chunk, submit(chunk)))

    fill()
    while pending:
        chunk, future = pending.popleft()
        try:
            results = future.result()
        except Exception as exc:
            if on_broken is None:
                raise
            results = on_broken(chunk, exc)
        fill()  # top up before handing results out, so workers stay busy while the caller works
        yield from results


# --- process pool -----------------------------------------------------------------------------

_worker_config: object | None = None


def _init_worker(config: object | None) -> None:
    # The parent owns Ctrl-C: it terminates the pool. Workers ignoring SIGINT keeps a terminal's
    # Ctrl-C (sent to the whole process group) from printing one traceback per worker. (Workers
    # forked by the forkserver have SIGINT blocked from birth already, see _start_forkserver.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    # The parent has reported broken rule plugins already (_analyze_in_pool): not once per worker.
    from .rules.registry import PluginWarning

    warnings.simplefilter("ignore", PluginWarning)
    global _worker_config
    _worker_config = config
    # Load language tables and compile patterns once per worker, not on its first document.
    analyze("The office granted 1 patent, up 2% year-on-year.", config=config)


def _exit_with_parent() -> None:
    """End this worker when its parent process is gone, however it went.

    A parent interrupted while the forkserver was still forking a worker never learns that
    worker's pid, so it cannot terminate it; and a worker ignores SIGINT. Without this, such a
    worker would wait for work forever.
    """
    import multiprocessing.connection
    import threading

    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    if sentinel is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="ipnlp-parent-watch", daemon=True).start()


def _analyze_chunk(tasks: list[Task]) -> list[Report | InputError]:
    return [analyze_task(task, _worker_config) for task in tasks]


def _pool_context() -> multiprocessing.context.BaseContext:
    # forkserver: workers fork from a clean server process, not from a parent that may run threads
    # (a progress bar, a web server), which is what makes plain fork deadlock-prone.
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["ipnlp.batch"])
        _start_forkserver()
        return context
    return multiprocessing.get_context("spawn")


def _start_forkserver() -> None:
    """Start the forkserver (if it is not running) with SIGINT blocked, as the resource tracker is.

    The forkserver spends its first second importing ``ipnlp.batch``; a terminal's Ctrl-C reaches
    it too (same process group) and, unblocked, would print a KeyboardInterrupt traceback from its
    import. A blocked signal mask survives exec and fork, so the server and every worker it forks
    never see SIGINT: the parent alone handles it and terminates them. A SIGINT sent to the
    parent meanwhile stays pending and is delivered when the mask is restored.
    """
    from multiprocessing import forkserver

    if not hasattr(signal, "pthread_sigmask"):
        forkserver.ensure_running()
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _terminate(executor: ProcessPoolExecutor) -> None:
    """Stop an executor now: cancel queued work and kill its workers instead of waiting for them."""
    if hasattr(executor, "terminate_workers"):  # Python >= 3.14
        executor.terminate_workers()
        return
    processes = list((getattr(executor, "_processes", None) or {}).values())
    result_queue = getattr(executor, "_result_queue", None)  # shutdown() forgets it
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
    # A worker killed while sending a result (a report is larger than a pipe's buffer) leaves the
    # pool's manager thread waiting for the rest of that message, and the interpreter joins that
    # thread at exit: a hang after Ctrl-C. The parent's copy of the result pipe's write end is the
    # last one once the workers are gone; closing it ends that read with EOF, the pool is marked
    # broken and the thread exits.
    writer = getattr(result_queue, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()


def _ping() -> bool:
    return True


def _check_pool_starts(executor: ProcessPoolExecutor) -> None:
    # If a fresh worker dies before any document reaches it, the environment is at fault (e.g. a
    # script without an ``if __name__ == "__main__":`` guard), not a document: stop, do not blame
    # every remaining document.
    from concurrent.futures.process import BrokenProcessPool

    try:
        executor.submit(_ping).result()
    except BrokenProcessPool as exc:
        _terminate(executor)
        raise RuntimeError("ipnlp worker processes die on start-up; with n_process > 1 the calling "
                           "script needs an `if __name__ == \"__main__\":` guard") from exc


class _Pool:
    """A ProcessPoolExecutor that is rebuilt after a worker dies and terminated on Ctrl-C."""

    def __init__(self, n_process: int, config: object | None) -> None:
        self.n_process = n_process
        self.config = config
        self.executor = self._new(n_process)

    def _new(self, workers: int) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(workers, mp_context=_pool_context(),
                                   initializer=_init_worker, initargs=(self.config,))

    def submit(self, tasks: list[Task]) -> Future:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.executor.submit(_analyze_chunk, tasks)
        except BrokenProcessPool:  # a worker died earlier: start a fresh pool for what follows
            _terminate(self.executor)
            self.executor = self._new(self.n_process)
            return self.executor.submit(_analyze_chunk, tasks)

    def close(self) -> None:
        self.executor.shutdown(wait=True)

    def terminate(self) -> None:
        _terminate(self.executor)

    def isolate(self, tasks: list[Task], exc: BaseException) -> list[Report | InputError]:
        """Re-run a chunk that was lost with a dead worker, one document at a time, on a private
        one-worker pool, so only the document that crashes a worker is reported as an error."""
        from concurrent.futures import CancelledError
        from concurrent.futures.process import BrokenProcessPool

        if not isinstance(exc, (BrokenProcessPool, CancelledError)):
            raise exc
        results: list[Report | InputError] = []
        solo: ProcessPoolExecutor | None = None
        try:
            for task in tasks:
                if solo is None:
                    solo = self._new(1)
                    _check_pool_starts(solo)
                try:
                    results.extend(solo.submit(_analyze_chunk, [task]).result())
                except BrokenProcessPool as crash:
                    path = task[1] if task[0] == "path" else task[2]
                    reason = str(crash) or "the process died"
                    results.append(InputError(path=path, code="E022", message=Messages.E022.format(
                        path=_name(path), reason=reason)))
                    _terminate(solo)
                    solo = None
        finally:
            if solo is not None:
                _terminate(solo)
        return results


def _analyze_in_pool(
    tasks: Iterator[Task], *, n_process: int, batch_size: int, config: object | None
) -> Iterator[Report | InputError]:
    from .rules import registry

    registry.all_rules()  # a broken plugin is reported here, once, rather than by every worker
    pool = _Pool(n_process, config)
    finished = False
    try:
        # Chunks already in flight when a worker dies fail too; each is re-run in isolation, so
        # only the document that crashed is reported and nothing else is lost.
        yield from ordered_window(chunked(tasks, batch_size), pool.submit, window=2 * n_process,
                                  on_broken=pool.isolate)
        finished = True
    finally:
        # Stopped early (Ctrl-C, an error, or the caller broke out of the loop): do not wait for
        # in-flight work nobody will read.
        pool.close() if finished else pool.terminate()
