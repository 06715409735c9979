"""``ipnlp`` command line. Each subcommand lives in its own module with ``register(subparsers)``.

Exit codes, like a linter: 0 clean, 1 findings at or above ``--fail-on``, 2 usage, configuration,
input or internal errors, 130 interrupted (Ctrl-C). No traceback is printed unless ``--debug``.

This module imports only the standard library at load time: the entry point installs its Ctrl-C
handler (``interrupt``) before anything heavy is imported, so an interrupt at any moment of
start-up ends the same way as one during the work.
"""

from __future__ import annotations

import sys

from . import interrupt

TYPE_CHECKING = False  # not imported from typing: this module is on the path of `ipnlp --version`

if TYPE_CHECKING:
    import argparse
    from typing import NoReturn

# Explicit registry of subcommand modules (ipnlp.cli.<name>), in the order --help lists them.
COMMAND_MODULES = ("analyze", "check", "claims", "align", "rules")

EPILOG = """\
exit status: 0 clean, 1 findings at or above --fail-on (check), 2 usage, configuration, input or
internal error (and `ipnlp` with no arguments, which prints this help), 130 interrupted.
Global options (--debug) may come before or after the command.
Configuration: [tool.ipnlp] in the nearest pyproject.toml, for every command that reads reports."""


def build_parser() -> argparse.ArgumentParser:
    import argparse
    import importlib

    from .. import __version__
    from ._parser import Parser, add_global_arguments

    parser = Parser(
        prog="ipnlp",
        description="Segment work reports, extract numeric claims and flag inconsistencies.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ipnlp {__version__}")
    add_global_arguments(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    for subcommand in subparsers.choices.values():
        # Accepted after the command too; SUPPRESS keeps the value given before the command.
        add_global_arguments(subcommand, default=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command line and return its exit status (130 when interrupted)."""
    previous = interrupt.NOT_INSTALLED
    try:
        previous = interrupt.install()
        return _dispatch(sys.argv[1:] if argv is None else list(argv))
    except KeyboardInterrupt:
        return interrupt.report()
    finally:
        interrupt.restore(previous)


def _dispatch(argv: list[str]) -> int:
    if _asks_for_version(argv):  # answered before the subcommands (and pydantic) are imported
        from .. import __version__

        print(f"ipnlp {__version__}")
        return 0
    import warnings

    from ..errors import IpnlpError
    from ._parser import parse, print_warning

    parser = build_parser()
    if not argv:  # like ruff: help instead of a bare usage error, still a usage error for scripts
        parser.print_help(sys.stderr)
        return 2
    args = parse(parser, argv)
    try:
        with warnings.catch_warnings():
            warnings.showwarning = print_warning  # ipnlp's own warnings (broken plugins): one line each
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


def _asks_for_version(argv: list[str]) -> bool:
    """``--version`` among the options before the command (``ipnlp --debug --version``)."""
    for token in argv:
        if token == "--version":
            return True
        if not token.startswith("-"):
            return False
    return False


def run() -> NoReturn:
    """The ``ipnlp`` console script and ``python -m ipnlp``: ``main()``, then exit with its status."""
    try:
        interrupt.install()  # first thing: from here on, Ctrl-C means exit 130 without a traceback
        status = main()
    except KeyboardInterrupt:  # pragma: no cover - arrives between install() and main()'s try
        status = interrupt.report()
    interrupt.exit_on_further()
    if status == interrupt.EXIT_STATUS:
        interrupt.exit_if_shutdown_hangs()
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    run()
