"""``ipnlp analyze`` (claims and sections as text or JSON) and ``ipnlp schema``."""

from __future__ import annotations

import argparse
import itertools
import json

from ..models import Report
from ..output._escape import json_text
from ..output.report_text import render_report
from .common import BatchRun, add_report_arguments, open_output, settings_from_args, write_output


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("analyze", help="segment a report and extract its numeric claims")
    add_report_arguments(parser)
    parser.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    parser.set_defaults(func=run_analyze)

    schema = subparsers.add_parser("schema", help="print the JSON Schema of the analyze output")
    schema.set_defaults(func=run_schema)


def run_analyze(args: argparse.Namespace) -> int:
    # Streamed: each report is written as soon as it is ready and then dropped, so memory stays flat
    # over any number of inputs. Each report is serialised completely before any of it is written,
    # and one that cannot be is that document's error (E031), so the output stays valid JSON.
    # Exit 2 if an input could not be read, after all the others are done.
    run = BatchRun(args, config=settings_from_args(args))  # --select/--ignore choose the findings shown
    with open_output(args.output) as out:
        if args.format == "jsonl":
            for line in run.rendered(lambda r: json_text(r.model_dump(mode="json"), indent=None) + "\n", "jsonl"):
                out.write(line)
        elif args.format == "json":
            # One input prints one object, several print an array (written item by item).
            reports = run.rendered(lambda r: json_text(r.model_dump(mode="json")), "json")
            first = next(reports, None)
            second = next(reports, None)
            if second is None:
                out.write(("[]" if first is None else first) + "\n")
            else:
                out.write("[\n")
                for index, report in enumerate(itertools.chain((first, second), reports)):
                    out.write((",\n" if index else "") + _indent(report))
                out.write("\n]\n")
        else:
            for index, report in enumerate(run.rendered(render_report, "text")):
                out.write(("\n" if index else "") + report)
    return run.exit_code


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def run_schema(args: argparse.Namespace) -> int:
    write_output(json.dumps(Report.model_json_schema(), indent=2) + "\n", None)
    return 0
