"""Expand command-line inputs (files, directories, ``-``) into the files to read, safely.

A directory walk stays inside the directory it was given: a symlink is read only when it resolves
to a file inside that root (a link to ``../.git/config`` is skipped, with a note), symlinked
directories are not descended into, and a directory reached twice (a bind mount, a loop) is walked
once. A directory that cannot be listed is an error for that directory, never a silent gap. Files
that are not regular files (a FIFO, a device) are yielded like any other, so reading them reports
the reason (``ipnlp.io.read_document`` refuses them without opening them).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import Messages
from . import SUPPORTED_SUFFIXES

STDIN = "-"
#: What a directory walk picks up when no ``--include`` is given: every suffix a reader exists for.
DEFAULT_INCLUDE: tuple[str, ...] = tuple(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))

#: ``on_error(path, message)``: a numbered message (E001 ...) for a directory that cannot be read.
OnError = Callable[[str, str], None]
#: ``on_skip(path, reason)``: a file left out for a reason the user should hear about.
OnSkip = Callable[[str, str], None]


def iter_input_paths(
    paths: Iterable[str],
    include: Sequence[str] | None = None,
    exclude: Sequence[str] = (),
    *,
    on_error: OnError | None = None,
    on_skip: OnSkip | None = None,
) -> Iterator[str]:
    """Expand the command line's inputs, lazily and in a stable order.

    A file is yielded as given (whatever its extension: the user named it), a directory is walked
    recursively in sorted order yielding files that match ``include`` (default
    ``DEFAULT_INCLUDE``), and ``-`` stands for stdin. ``exclude`` drops files and prunes
    directories everywhere. Hidden files and directories (``.git``, ``.venv``) are skipped in
    walks. A glob matches a name (``*.md``) or a path relative to the directory walked
    (``drafts/*``); a missing path is yielded too, so reading it reports the error. Each file is
    yielded once, however often it is named. ``on_error`` hears of directories that could not be
    listed and ``on_skip`` of symlinks that lead out of the walked directory; without them both
    are silent.
    """
    include = tuple(include) if include else DEFAULT_INCLUDE
    exclude = tuple(exclude)
    seen: set[str] = set()  # a file named twice, or named and inside a named directory, is read once

    def first_time(path: str) -> bool:
        key = os.path.realpath(path)
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
        for path in _walk(raw, include, exclude, on_error=on_error, on_skip=on_skip):
            if first_time(path):
                yield path


def _walk(root: str, include: Sequence[str], exclude: Sequence[str], *,
          on_error: OnError | None, on_skip: OnSkip | None) -> Iterator[str]:
    real_root = os.path.realpath(root)
    walked: set[tuple[int, int]] = set()

    def report(error: OSError) -> None:
        if on_error is not None:
            where = error.filename if error.filename is not None else root
            on_error(os.fspath(where), Messages.E001.format(
                path=f"directory {os.fspath(where)}", reason=error.strerror or error))

    # followlinks=False: a symlinked directory is never entered, so a link cannot lead out of the
    # tree or round in a loop.
    for dirpath, dirnames, filenames in os.walk(root, onerror=report, followlinks=False):
        try:
            info = os.stat(dirpath)
        except OSError as exc:
            report(exc)
            dirnames[:] = []
            continue
        if (info.st_dev, info.st_ino) in walked:  # reached again through a bind mount or a loop
            dirnames[:] = []
            continue
        walked.add((info.st_dev, info.st_ino))
        relative_dir = os.path.relpath(dirpath, root)
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
            if os.path.islink(path) and not _inside(os.path.realpath(path), real_root):
                if on_skip is not None:
                    on_skip(path, f"a symlink to {os.path.realpath(path)}, outside {root}")
                continue
            yield path


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _join(directory: str, name: str) -> str:
    return name if directory == "." else f"{Path(directory).as_posix()}/{name}"


def _matches(relative: str, name: str, patterns: Sequence[str]) -> bool:
    relative = relative.replace(os.sep, "/")
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relative, p) for p in patterns)
