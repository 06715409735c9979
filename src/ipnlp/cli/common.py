"""Helpers shared by subcommands: expanding inputs, running a batch with progress, writing output.

Every command that reads reports (``analyze``, ``check``, ``claims``) takes the same inputs through
``add_input_arguments``: files, directories (walked recursively, filtered by ``--include`` and
``--exclude`` globs) and ``-`` for stdin, plus ``--jobs N`` and ``--scheduler ADDRESS``.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ..errors import IpnlpError, Messages
from ..io import SUPPORTED_SUFFIXES
from ..models import InputError, Report

STDIN = "-"

#: What a directory walk picks up when no ``--include`` is given: the formats ``ipnlp.io`` reads.
# What a directory walk picks up by default: every suffix a reader exists for.
DEFAULT_INCLUDE: tuple[str, ...] = tuple(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))


# --- inputs ------------------------------------------------------------------------------------

def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """Add PATH..., --include, --exclude, --jobs and --scheduler to a subcommand."""
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="files, directories (searched recursively) or - for stdin")
    parser.add_argument("--include", action="append", metavar="GLOB", default=None,
                        help="in directories, read files matching GLOB (repeatable; default: "
                             + " ".join(DEFAULT_INCLUDE) + ")")
    parser.add_argument("--exclude", action="append", metavar="GLOB", default=[],
                        help="skip files and directories matching GLOB (repeatable), even when named")
    parser.add_argument("--jobs", "-j", type=_jobs, default=1, metavar="N",
                        help="worker processes (default 1; 0 = one per CPU)")
    parser.add_argument("--max-bytes", type=_size, default=None, metavar="SIZE",
                        help="refuse inputs larger than SIZE (bytes, or with K/M/G; default 50M, "
                             "or max-bytes in [tool.ipnlp])")
    parser.add_argument("--currency", metavar="CODE", default=None,
                        help='ISO 4217 code of a bare "$" (default: what each document says, else USD; '
                             "or default-currency in [tool.ipnlp])")
    parser.add_argument("--scheduler", metavar="ADDRESS", default=None,
                        help="run on a Dask cluster, e.g. tcp://host:8786 (needs ipnlp[dask]; the "
                             "workers must see the same paths)")


def _size(value: str) -> int:
    """ "50M" -> 52428800; plain digits are bytes."""
    text = value.strip().upper().removesuffix("B")
    factor = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(text[-1:], 1)
    digits = text[:-1] if factor > 1 else text
    if not digits.isdigit() or int(digits) < 1:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (e.g. 1000000, 500K, 50M)")
    return int(digits) * factor


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs


def iter_input_paths(
    paths: Iterable[str],
    include: Sequence[str] | None = None,
    exclude: Sequence[str] = (),
) -> Iterator[str]:
    """Expand the command line's inputs, lazily and in a stable order.

    A file is yielded as given (whatever its extension: the user named it), a directory is walked
    recursively in sorted order yielding files that match ``include`` (default
    ``DEFAULT_INCLUDE``), and ``-`` stands for stdin. ``exclude`` drops files and prunes
    directories everywhere. Hidden files and directories (``.git``, ``.venv``) are skipped in
    walks. A glob matches a name (``*.md``) or a path relative to the directory walked
    (``drafts/*``); a missing path is yielded too, so reading it reports the error. Each file is
    yielded once, however often it is named.
    """
    include = tuple(include) if include else DEFAULT_INCLUDE
    exclude = tuple(exclude)
    seen: set[str] = set()  # a file named twice, or named and inside a named directory, is read once

    def first_time(path: str) -> bool:
        key = os.path.normpath(os.path.abspath(path))
        if key in seen:
            return False
        seen.add(key)
        return True

    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        if exclude and _matches(raw, Path(raw).name, exclude):
            continue
        if not os.path.isdir(raw):
            if first_time(raw):
                yield raw
            continue
        for dirpath, dirnames, filenames in os.walk(raw):
            relative_dir = os.path.relpath(dirpath, raw)
            # Pruning in place keeps os.walk out of excluded and hidden trees altogether.
            dirnames[:] = sorted(
                d for d in dirnames
                if not d.startswith(".") and not _matches(_join(relative_dir, d), d, exclude)
            )
            for name in sorted(filenames):
                relative = _join(relative_dir, name)
                if name.startswith(".") or not _matches(relative, name, include):
                    continue
                if exclude and _matches(relative, name, exclude):
                    continue
                path = os.path.join(dirpath, name)
                if first_time(path):
                    yield path


def _join(directory: str, name: str) -> str:
    return name if directory == "." else f"{Path(directory).as_posix()}/{name}"


def _matches(relative: str, name: str, patterns: Sequence[str]) -> bool:
    relative = relative.replace(os.sep, "/")
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relative, p) for p in patterns)


def read_stdin_text(max_bytes: int | None = None) -> str:
    """stdin's text, in any format and encoding ``ipnlp.io`` reads, refused over the size limit."""
    from ..io import read_stream

    return read_stream(sys.stdin.buffer, **({"max_bytes": max_bytes} if max_bytes else {})).text


# --- running a batch ---------------------------------------------------------------------------

class BatchRun:
    """Analyse the inputs named by ``add_input_arguments`` and stream the results.

    Iterating yields ``Report`` objects in input order. Input errors are printed to stderr as they
    happen (above the progress bar, never into the machine output on stdout) and counted in
    ``errors``; ``exit_code`` turns them into exit status 2 once everything else is done.
    """

    def __init__(self, args: argparse.Namespace, *, config: object | None = None,
                 progress: bool | None = None) -> None:
        self.args = args
        max_bytes = getattr(args, "max_bytes", None)
        currency = getattr(args, "currency", None)
        if max_bytes is not None or currency is not None:
            from ..config import Settings

            config = (config if isinstance(config, Settings) else Settings()).merged(
                max_bytes=max_bytes, default_currency=currency)
        self.config = config
        self.errors: list[InputError] = []
        self.done = 0
        self._progress_enabled = sys.stderr.isatty() if progress is None else progress
        self._progress: _Progress | None = None

    @property
    def exit_code(self) -> int:
        """2 if any input could not be read or analysed, else 0."""
        return 2 if self.errors else 0

    def __iter__(self) -> Iterator[Report]:
        args = self.args
        paths = list(iter_input_paths(args.paths, getattr(args, "include", None),
                                      getattr(args, "exclude", ()) or ()))
        sources: list[str | tuple[str, None]] = []
        for path in paths:
            if path != STDIN:
                sources.append(path)
                continue
            try:
                sources.append((read_stdin_text(getattr(self.config, "max_bytes", None)), None))
            except IpnlpError as exc:
                self._error(InputError(path=None, code=exc.code, message=str(exc)))
        with _Progress.create(len(sources), enabled=self._progress_enabled) as progress:
            self._progress = progress
            try:
                for result in self._results(sources):
                    self.done += 1
                    progress.advance()
                    if isinstance(result, InputError):
                        self._error(result)
                    else:
                        yield result
            finally:
                self._progress = None

    def _results(self, sources: list[str | tuple[str, None]]) -> Iterator[Report | InputError]:
        scheduler = getattr(self.args, "scheduler", None)
        if scheduler:
            try:
                from ..cluster import analyze_on_cluster
            except ImportError as exc:
                raise IpnlpError(Messages.E023.format(reason=exc)) from exc
            return analyze_on_cluster(sources, scheduler=scheduler, config=self.config)
        from ..batch import analyze_many

        return analyze_many(sources, n_process=getattr(self.args, "jobs", 1), config=self.config)

    def _error(self, error: InputError) -> None:
        self.errors.append(error)
        message = f"ipnlp: {error.message}"
        if self._progress is not None:
            self._progress.print(message)
        else:
            print(message, file=sys.stderr)


class _Progress:
    """A rich progress bar on stderr (documents done, documents/s, ETA), or nothing at all."""

    def __init__(self, bar: object | None, task: object | None) -> None:
        self._bar = bar
        self._task = task
        self._started = time.monotonic()

    @classmethod
    @contextlib.contextmanager
    def create(cls, total: int, *, enabled: bool) -> Iterator[_Progress]:
        if not enabled or total < 2:
            yield cls(None, None)
            return
        try:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
        except ImportError:  # rich is the optional ``progress`` extra: no bar, same results
            yield cls(None, None)
            return
        bar = Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
        )
        with bar:
            task = bar.add_task("analysing", total=total, rate="-")
            yield cls(bar, task)

    def advance(self) -> None:
        if self._bar is None:
            return
        task = self._task
        completed = self._bar.tasks[0].completed + 1  # type: ignore[attr-defined]
        elapsed = max(time.monotonic() - self._started, 1e-9)
        self._bar.update(task, advance=1, rate=f"{completed / elapsed:.1f}")  # type: ignore[attr-defined]

    def print(self, message: str) -> None:
        if self._bar is None:
            print(message, file=sys.stderr)
        else:
            self._bar.console.print(message, markup=False, highlight=False)  # type: ignore[attr-defined]


# --- output ------------------------------------------------------------------------------------

def write_output(text: str, output: str | None) -> None:
    """Print to stdout, or write ``output`` atomically: a crash never leaves half a file."""
    if output is None or output == STDIN:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    atomic_write_text(output, text)


@contextlib.contextmanager
def open_output(output: str | None) -> Iterator[TextIO]:
    """A text stream to write results to as they come: stdout, or a temporary file beside
    ``output`` that replaces it only when the block completes (atomic, like ``write_output``)."""
    if output is None or output == STDIN:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    with open_output(os.fspath(path)) as handle:
        handle.write(text)
