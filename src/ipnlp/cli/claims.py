"""``ipnlp claims``: every claim of every input as one table (CSV or JSON lines).

One row per claim, columns ``ipnlp.batch.CLAIM_COLUMNS`` (path, id, section, subject, period,
value, unit, qualifier, yoy_value, yoy_unit, yoy_direction, start, end, text), ready for
``pandas.read_csv`` / ``pandas.read_json(lines=True)`` or a spreadsheet.

CSV text cells a spreadsheet would evaluate as a formula (starting with ``= + - @``, tab or CR)
get a leading ``'`` (OWASP's CSV injection advice); numbers, negative ones included, stay numbers.
Each document's rows are serialised before any is written, so a document that cannot be
(E031) leaves the table valid.
"""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Iterable

from ..batch import CLAIM_COLUMNS, claim_rows
from ..output._escape import csv_cell, json_text
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
            out.write(_csv_rows([dict(zip(CLAIM_COLUMNS, CLAIM_COLUMNS, strict=True))]))
            for rows in run.rendered(lambda r: _csv_rows(claim_rows(r)), "csv"):
                out.write(rows)
        else:
            for rows in run.rendered(lambda r: "".join(json_text(row, indent=None) + "\n"
                                                       for row in claim_rows(r)), "jsonl"):
                out.write(rows)
    return run.exit_code


def _csv_rows(rows: Iterable[dict[str, object]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()
