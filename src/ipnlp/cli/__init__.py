"""``ipnlp`` command line. Each subcommand lives in its own module with ``register(subparsers)``.

Exit codes, like a linter: 0 clean, 1 findings at or above ``--fail-on``, 2 usage, configuration,
input or internal errors. No traceback is printed unless ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from ..errors import IpnlpError

# Explicit registry of subcommand modules (ipnlp.cli.<name>), in the order --help lists them.
COMMAND_MODULES = ("analyze", "check", "claims", "rules")


def build_parser() -> argparse.ArgumentParser:
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
    try:  # building the parser imports the library: Ctrl-C there is an interruption too
        parser = build_parser()
        args = parser.parse_args(argv)
    except KeyboardInterrupt:
        print("ipnlp: interrupted", file=sys.stderr)
        return 130
    try:
        return int(args.func(args) or 0)
    except IpnlpError as exc:
        print(f"ipnlp: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ipnlp: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the CLI boundary: report, do not dump a traceback
        if args.debug:
            raise
        print(f"ipnlp: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
              file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
