"""Helpers shared by subcommands: expanding inputs, configuration, running a batch, writing output.

Every command that reads reports (``analyze``, ``check``, ``claims``, and any later one such as an
``align``) calls ``add_report_arguments(parser)`` and builds its settings with
``settings_from_args(args)``, so they all take the same options and read the same ``[tool.ipnlp]``:

- inputs (``add_input_arguments``): files, directories (walked recursively, filtered by
  ``--include`` and ``--exclude`` globs) and ``-`` for stdin, plus ``--jobs N``, ``--max-bytes``
  and ``--scheduler ADDRESS``;
- configuration (``add_config_arguments``): ``--select``, ``--ignore``, ``--config FILE``,
  ``--isolated``.

An option every such command should have goes into one of these functions, not into a subcommand.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..errors import IpnlpError, Messages
from ..io import LoadedDocument
from ..io.walk import DEFAULT_INCLUDE, STDIN, iter_input_paths
from ..models import InputError, Report
from ..output._escape import encodable, printable

if TYPE_CHECKING:
    from ..config import Settings

# The walk lives with the readers (``ipnlp.io.walk``); re-exported here for the subcommands.
__all__ = ["DEFAULT_INCLUDE", "STDIN", "BatchRun", "add_input_arguments", "iter_input_paths"]


# --- options of every command that reads reports ----------------------------------------------

def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """Inputs and configuration: what ``analyze``, ``check`` and ``claims`` all take."""
    add_input_arguments(parser)
    add_config_arguments(parser)


def add_config_arguments(parser: argparse.ArgumentParser) -> None:
    """--select, --ignore, --preview, --config FILE and --isolated (read by ``settings_from_args``)."""
    group = parser.add_argument_group("configuration ([tool.ipnlp] in the nearest pyproject.toml)")
    group.add_argument("--select", action="append", metavar="CODES",
                       help="rules to run: codes, prefixes (IPN1) or ALL, comma-separated; "
                            "replaces select and ignore of the configuration")
    group.add_argument("--ignore", action="append", metavar="CODES",
                       help="rules to skip, comma-separated; added to the configuration's ignore")
    group.add_argument("--preview", action="store_true",
                       help="also run the preview rules, which have not yet proven themselves on real reports")
    source = group.add_mutually_exclusive_group()
    source.add_argument("--config", metavar="FILE",
                        help="read [tool.ipnlp] from this TOML file instead of the nearest pyproject.toml")
    source.add_argument("--isolated", action="store_true",
                        help="ignore every configuration file: defaults and command-line options only")


def _codes(values: Sequence[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def settings_from_args(args: argparse.Namespace) -> Settings:
    """[tool.ipnlp] (or --config FILE, or nothing with --isolated) merged with the command line,
    which wins; validated, so an unknown rule selector fails before any input is read."""
    from ..config import load_settings

    settings = load_settings(getattr(args, "config", None), isolated=getattr(args, "isolated", False))
    settings = settings.merged(
        select=_codes(getattr(args, "select", None)), ignore=_codes(getattr(args, "ignore", None)),
        fail_on=getattr(args, "fail_on", None), baseline=getattr(args, "baseline", None),
        debug=getattr(args, "debug", False), max_bytes=getattr(args, "max_bytes", None),
        encoding=getattr(args, "encoding", None), lang=getattr(args, "lang", None),
        preview=getattr(args, "preview", False), default_currency=getattr(args, "currency", None),
    )
    return settings.validate()


# --- options and exit status of the commands that report findings (check, align) -------------

def add_findings_arguments(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    """--fail-on, --format, --output and --exit-zero: how findings are written and judged."""
    from ..config import SEVERITIES

    parser.add_argument("--fail-on", choices=SEVERITIES, default=None,
                        help="lowest severity that makes the exit status 1 (default: error)")
    parser.add_argument("--format", choices=tuple(formats), default="text")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    parser.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even when findings remain (errors still exit 2)")


def findings_exit_status(findings: Sequence[object], fail_on: str, exit_zero: bool) -> int:
    """1 when a finding at or above ``fail_on`` remains (0 with ``exit_zero``), else 0."""
    from ..config import severity_rank

    threshold = severity_rank(fail_on)
    failing = any(severity_rank(f.severity) <= threshold for f in findings)  # type: ignore[attr-defined]
    return 1 if failing and not exit_zero else 0


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
    parser.add_argument("--encoding", type=_encoding, default=None, metavar="NAME",
                        help="decode text and HTML inputs as NAME (e.g. cp1252, latin-1, gb18030) "
                             "instead of detecting the encoding")
    parser.add_argument("--lang", metavar="LANG", default=None,
                        help="language data to read the inputs with (en, zh, or auto: detected from "
                             "each text's script, the default); a language without data is E003")
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


def _encoding(value: str) -> str:
    from ..io.encoding import check_encoding_name

    try:
        return check_encoding_name(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs


def read_stdin_document(max_bytes: int | None = None, encoding: str | None = None) -> LoadedDocument:
    """stdin, in any format and encoding ``ipnlp.io`` reads, refused over the size limit; the
    document keeps its detected encoding and page/block map for the report."""
    from ..io import read_stream

    options = {"max_bytes": max_bytes} if max_bytes else {}
    return read_stream(sys.stdin.buffer, encoding=encoding, **options)


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
        encoding = getattr(args, "encoding", None)
        currency = getattr(args, "currency", None)
        if max_bytes is not None or encoding is not None or currency is not None:
            from ..config import Settings

            config = (config if isinstance(config, Settings) else Settings()).merged(
                max_bytes=max_bytes, encoding=encoding, default_currency=currency)
        self.config = config
        # Refuse a dangerous --output before any work (and before anything reaches stdout).
        check_output_path(getattr(args, "output", None))
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
        paths = list(iter_input_paths(
            args.paths, getattr(args, "include", None), getattr(args, "exclude", ()) or (),
            on_error=lambda path, message: self._error(
                InputError(path=path, code=message.split(" ", 1)[0], message=message)),
            on_skip=lambda path, reason: print(printable(f"ipnlp: note: skipped {path}: {reason}"),
                                               file=sys.stderr)))
        if not paths and not self.errors:
            # A wrong path or a wrong --include must not pass CI as "no findings".
            raise IpnlpError(Messages.E010.format(
                detail=f"{', '.join(args.paths)} holds no file matching "
                       f"{' '.join(getattr(args, 'include', None) or DEFAULT_INCLUDE)}"
                       + (" outside --exclude" if getattr(args, "exclude", None) else "")))
        refuse_input_as_output(getattr(args, "output", None), paths)
        sources: list[str | LoadedDocument] = []
        for path in paths:
            if path != STDIN:
                sources.append(path)
                continue
            try:
                sources.append(read_stdin_document(getattr(self.config, "max_bytes", None),
                                                   getattr(self.config, "encoding", None)))
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

    def _results(self, sources: list[str | LoadedDocument]) -> Iterator[Report | InputError]:
        scheduler = getattr(self.args, "scheduler", None)
        if scheduler:
            try:
                from ..cluster import analyze_on_cluster
            except ImportError as exc:
                raise IpnlpError(Messages.E023.format(reason=exc)) from exc
            return analyze_on_cluster(sources, scheduler=scheduler, config=self.config)
        from ..batch import analyze_many

        return analyze_many(sources, n_process=getattr(self.args, "jobs", 1), config=self.config)

    def rendered(self, render: Callable[[Report], str], format_name: str) -> Iterator[str]:
        """Each report serialised by ``render``, complete, before any of it is written.

        A report that cannot be serialised (a number too large for ``int`` to print, a value
        JSON cannot hold) becomes that document's error (E031), so the output stays valid and the
        other documents are kept.
        """
        for report in self:
            try:
                yield render(report)
            except (ValueError, TypeError, OverflowError, UnicodeError) as exc:
                path = report.source.path
                self._error(InputError(path=path, code="E031", message=Messages.E031.format(
                    path="<stdin>" if path is None else path, format=format_name,
                    reason=f"{type(exc).__name__}: {exc}")))

    def _error(self, error: InputError) -> None:
        self.errors.append(error)
        message = printable(f"ipnlp: {error.message}")
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
#
# ``--output FILE`` is written atomically (a temporary file beside it, renamed over it when
# complete) and only ever *replaces a regular file or creates a new one*: a symlink, FIFO, device
# node or directory is refused (E030), as is an input of the run, so ``-o /dev/null`` cannot
# replace a device node and ``-o report.txt report.txt`` cannot overwrite the report. The new file
# gets the mode the umask gives (an existing file keeps its mode), like a shell redirection.


def check_output_path(output: str | None) -> None:
    """Refuse (E030) an ``--output`` that exists and is not a regular file."""
    if output is None or output == STDIN:
        return
    try:
        info = os.lstat(output)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise IpnlpError(Messages.E030.format(path=printable(output), reason=exc.strerror or exc)) from exc
    reason = _not_regular(info.st_mode)
    if reason:
        raise IpnlpError(Messages.E030.format(path=printable(output), reason=reason))


def refuse_input_as_output(output: str | None, inputs: Iterable[str]) -> None:
    """Refuse (E030) an ``--output`` that is one of the files the run reads."""
    if output is None or output == STDIN:
        return
    try:
        target = os.stat(output)
    except OSError:
        return  # does not exist (yet): it cannot be an input
    for path in inputs:
        if path == STDIN:
            continue
        try:
            info = os.stat(path)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino):
            raise IpnlpError(Messages.E030.format(path=printable(output),
                                                  reason=f"it is an input of this run ({printable(path)})"))


def _not_regular(mode: int) -> str:
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISLNK(mode):
        return "it is a symbolic link (name its target, or - for stdout)"
    if stat.S_ISDIR(mode):
        return "it is a directory"
    return "it is not a regular file (a FIFO, socket or device); use - and redirect stdout instead"


def _new_file_mode(target: Path) -> int:
    """An existing regular file keeps its permission bits; a new one gets 0666 minus the umask."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(os.stat(target).st_mode)
    return 0o666 & ~_umask()


def _umask() -> int:
    # /proc avoids os.umask's set-and-restore, which is not thread-safe (the progress bar is a thread).
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class _EncodableWriter:
    """stdout for results: lone surrogates that slipped through become visible escapes rather than
    a UnicodeEncodeError half-way through the output."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(encodable(text))

    def flush(self) -> None:
        self._stream.flush()


def write_output(text: str, output: str | None) -> None:
    """Print to stdout, or write ``output`` atomically: a crash never leaves half a file. The text
    is complete before anything is written, so stdout never gets half a JSON document either."""
    if output is None or output == STDIN:
        sys.stdout.write(encodable(text))
        sys.stdout.flush()
        return
    atomic_write_text(output, text)


@contextlib.contextmanager
def open_output(output: str | None) -> Iterator[TextIO]:
    """A text stream to write results to as they come: stdout, or a temporary file beside
    ``output`` that replaces it only when the block completes (atomic, like ``write_output``)."""
    if output is None or output == STDIN:
        yield _EncodableWriter(sys.stdout)  # type: ignore[misc]
        sys.stdout.flush()
        return
    check_output_path(output)
    target = Path(output)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise IpnlpError(Messages.E030.format(path=printable(output), reason=exc.strerror or exc)) from exc
    try:
        os.fchmod(fd, _new_file_mode(target))
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        check_output_path(output)  # still not a symlink/FIFO/device: it may have changed meanwhile
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    with open_output(os.fspath(path)) as handle:
        handle.write(text)
