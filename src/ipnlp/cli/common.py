"""Helpers shared by subcommands: reading inputs and writing output files atomically."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import IpnlpError, Messages

STDIN = "-"


def iter_input_paths(paths: list[str]) -> Iterator[str]:
    """Expand the command line's inputs: files as given, directories recursively, "-" for stdin."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in {".txt", ".md"}:
                    yield str(child)
        else:
            yield raw


def read_stdin_text() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IpnlpError(Messages.E002.format(path="<stdin>", reason=str(exc))) from exc


def write_output(text: str, output: str | None) -> None:
    """Print to stdout, or write ``output`` atomically: a crash never leaves half a file."""
    if output is None or output == STDIN:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    atomic_write_text(output, text)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
