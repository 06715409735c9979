"""``ipnlp`` command line. Each subcommand lives in its own module with ``register(subparsers)``.

Exit codes, like a linter: 0 clean, 1 findings at or above ``--fail-on``, 2 usage, configuration,
input or internal errors, 130 interrupted (Ctrl-C). No traceback is printed unless ``--debug``.

This module imports only the standard library at load time: the entry point installs its Ctrl-C
handler (``interrupt``) before anything heavy is imported, so an interrupt at any moment of
start-up ends the same way as one during the work.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NoReturn

from . import interrupt

if TYPE_CHECKING:
    import argparse

# Explicit registry of subcommand modules (ipnlp.cli.<name>), in the order --help lists them.
COMMAND_MODULES = ("analyze", "check", "claims", "rules")


def build_parser() -> argparse.ArgumentParser:
    import argparse
    import importlib

    from .. import __version__

    parser = argparse.ArgumentParser(
        prog="ipnlp",
        description="Segment work reports, extract numeric claims and flag inconsistencies.",
    )
    parser.add_argument("--version", action="version", version=f"ipnlp {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command line and return its exit status (130 when interrupted)."""
    previous = interrupt.NOT_INSTALLED
    try:
        previous = interrupt.install()
        return _dispatch(argv)
    except KeyboardInterrupt:
        return interrupt.report()
    finally:
        interrupt.restore(previous)


def _dispatch(argv: list[str] | None) -> int:
    from ..errors import IpnlpError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except IpnlpError as exc:
        print(f"ipnlp: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the CLI boundary: report, do not dump a traceback
        if args.debug:
            raise
        print(f"ipnlp: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
              file=sys.stderr)
        return 2


def run() -> NoReturn:
    """The ``ipnlp`` console script and ``python -m ipnlp``: ``main()``, then exit with its status."""
    try:
        interrupt.install()  # first thing: from here on, Ctrl-C means exit 130 without a traceback
        status = main()
    except KeyboardInterrupt:  # pragma: no cover - arrives between install() and main()'s try
        status = interrupt.report()
    interrupt.exit_on_further()
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    run()
