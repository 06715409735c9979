"""``ipnlp claims``: every claim of every input as one table (CSV or JSON lines).

One row per claim, columns ``ipnlp.batch.CLAIM_COLUMNS`` (path, id, section, subject, period,
value, unit, qualifier, yoy_value, yoy_unit, yoy_direction, start, end, text), ready for
``pandas.read_csv`` / ``pandas.read_json(lines=True)`` or a spreadsheet.
"""

from __future__ import annotations

import argparse
import csv
import json

from ..batch import CLAIM_COLUMNS, claim_rows
from .common import BatchRun, add_report_arguments, open_output, settings_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("claims", help="export every numeric claim as a CSV or JSON-lines table")
    add_report_arguments(parser)
    parser.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    parser.set_defaults(func=run_claims)


def run_claims(args: argparse.Namespace) -> int:
    # The configuration applies (max-bytes, and whatever later settings extraction reads), but the
    # table holds no findings, so no rule runs: select nothing once the selectors are validated.
    run = BatchRun(args, config=settings_from_args(args).merged(select=()))
    with open_output(args.output) as out:
        if args.format == "csv":
            # The header is written even for no claims, so the file always loads with its columns.
            writer = csv.DictWriter(out, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for report in run:
                writer.writerows(claim_rows(report))
        else:
            for report in run:
                for row in claim_rows(report):
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return run.exit_code
