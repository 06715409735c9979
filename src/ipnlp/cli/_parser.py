"""argparse, plus what a linter's command line needs: options before or after the command and
"did you mean" for a mistyped command, option or choice.

argparse rather than click or typer (both installed with spaCy): on this machine importing
argparse takes ~7 ms, click ~60 ms and typer ~200 ms, while all three leave the same two things to
write by hand (global options after the subcommand, suggestions for a mistyped subcommand). The
subcommands keep their ``register(subparsers)`` functions, so adding an option stays one line.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import warnings
from typing import NoReturn, TextIO

_INVALID_CHOICE = re.compile(r"invalid choice: '(?P<value>[^']*)' \(choose from (?P<choices>.*)\)")


def add_global_arguments(parser: argparse.ArgumentParser, *, default: object = False) -> None:
    """Options that mean the same wherever they are written (before or after the command)."""
    parser.add_argument("--debug", action="store_true", default=default,
                        help="show tracebacks for internal errors and crashing rules")


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors suggest the closest command, option or choice."""

    def error(self, message: str) -> NoReturn:
        match = _INVALID_CHOICE.search(message)
        if match:
            # repr'd ('a', 'b') up to Python 3.11, bare (a, b) later
            choices = [choice.strip().strip("'") for choice in match.group("choices").split(",")]
            message += _suggestion(match.group("value"), choices)
            if self.prog == "ipnlp" and "COMMAND" in message and not message.endswith("?"):
                message += "; the command comes first, e.g. ipnlp check REPORT.txt"
        super().error(message)


def parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """``parser.parse_args(argv)``, but an unknown option is reported by the subcommand's parser
    (its usage line) with the closest option it does have."""
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        target = subparsers.choices.get(getattr(args, "command", None), parser)
        options = [o for action in target._actions for o in action.option_strings]
        hints = [_suggestion(token.split("=", 1)[0], options) for token in unknown if token.startswith("-")]
        target.error(f"unrecognized arguments: {' '.join(unknown)}" + "".join(h for h in hints if h))
    return args


def _suggestion(value: str, candidates: list[str]) -> str:
    close = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def print_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: TextIO | None = None, line: str | None = None) -> None:
    """``warnings.showwarning`` for the command line: ipnlp's warnings as one ``ipnlp: warning:`` line."""
    stream = file or sys.stderr
    if category.__module__.startswith("ipnlp"):
        print(f"ipnlp: warning: {message}", file=stream)
    else:
        stream.write(warnings.formatwarning(message, category, filename, lineno, line))
