"""``ipnlp analyze`` (claims and sections as text or JSON) and ``ipnlp schema``."""

from __future__ import annotations

import argparse
import json

from ..api import analyze, analyze_file
from ..models import Report
from ..output.report_text import render_report
from .common import STDIN, iter_input_paths, read_stdin_text, write_output


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("analyze", help="segment a report and extract its numeric claims")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    parser.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    parser.set_defaults(func=run_analyze)

    schema = subparsers.add_parser("schema", help="print the JSON Schema of the analyze output")
    schema.set_defaults(func=run_schema)


def _reports(paths: list[str]) -> list[Report]:
    reports = []
    for path in iter_input_paths(paths):
        if path == STDIN:
            reports.append(analyze(read_stdin_text(), path=None))
        else:
            reports.append(analyze_file(path))
    return reports


def run_analyze(args: argparse.Namespace) -> int:
    reports = _reports(args.paths)
    if args.format == "json":
        payload = reports[0].model_dump(mode="json") if len(reports) == 1 else \
            [r.model_dump(mode="json") for r in reports]
        out = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "jsonl":
        out = "".join(r.model_dump_json() + "\n" for r in reports)
    else:
        out = "\n".join(render_report(r) for r in reports)
    write_output(out, args.output)
    return 0


def run_schema(args: argparse.Namespace) -> int:
    write_output(json.dumps(Report.model_json_schema(), indent=2) + "\n", None)
    return 0
