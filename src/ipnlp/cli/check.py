"""``ipnlp check``: run the consistency rules over reports and report findings like a linter.

Exit status: 0 when no finding at or above ``--fail-on`` remains (after ``--baseline``), 1 when one
does, 2 when an input could not be read, the configuration is invalid or a rule crashed
(``IPN000``). ``--exit-zero`` turns 1 into 0 but never hides a 2.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..baseline import apply_baseline, load_baseline, write_baseline
from ..models import Finding
from ..output import FORMAT_MODULES, renderer, text
from ..output._escape import printable
from ..output._spans import by_location
from ..rules import INTERNAL_ERROR, registry
from ..rules.cross import SeriesCollector
from .common import (
    BatchRun,
    add_findings_arguments,
    add_report_arguments,
    findings_exit_status,
    settings_from_args,
    write_output,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="flag internal inconsistencies (exit 1 when findings at or above --fail-on remain)")
    add_report_arguments(parser)
    add_findings_arguments(parser, FORMAT_MODULES)
    parser.add_argument("--statistics", action="store_true",
                        help="print how many findings each rule produced instead of the findings")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="text: one line per finding, no source excerpt and no summary; "
                             "no notices on stderr (errors are still printed)")
    parser.add_argument("--baseline", metavar="FILE", help="do not report the findings accepted in FILE")
    parser.add_argument("--write-baseline", metavar="FILE",
                        help="accept every current finding: write their fingerprints to FILE")
    parser.add_argument("--cross", action="store_true",
                        help="compare all inputs as one series of reports (IPN5xx); without it, "
                             "reports are compared when their titles show they are one series")
    parser.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    # Read the baseline before the (possibly long) analysis so a bad one fails fast; a run that
    # rewrites the baseline does not need the old one, which may not exist yet.
    entries = None
    if settings.baseline and not args.write_baseline:
        if args.baseline is None and not os.path.exists(settings.baseline):
            # Named in [tool.ipnlp] but not written yet: the project is adopting ipnlp. An explicit
            # --baseline FILE that is missing stays an error (E008).
            print(f"ipnlp: note: baseline {settings.baseline} (from the configuration) does not exist yet; "
                  "every finding is reported; accept the current ones with --write-baseline "
                  f"{settings.baseline}", file=sys.stderr)
        else:
            entries = load_baseline(settings.baseline)

    run = BatchRun(args, config=settings)
    findings: list[Finding] = []
    checked_paths: list[str | None] = []
    # Cross-document rules (IPN5xx) need every report of a series: keep slim copies, run them last.
    cross_rules = [r for r in registry.select_rules(settings.select, settings.ignore)
                   if getattr(r, "cross_document", False)]
    series = SeriesCollector(series="--cross" if args.cross else None) if cross_rules else None
    for report in run:
        checked_paths.append(report.source.path)
        findings.extend(report.findings)
        if series is not None:
            series.add(report)
    if series is not None:
        findings.extend(series.findings(cross_rules, settings))

    crashes = [f for f in findings if f.code == INTERNAL_ERROR.code]
    for crash in crashes:
        print(printable(f"ipnlp: internal error in {crash.path or '<stdin>'}: {crash.message}"), file=sys.stderr)

    if args.write_baseline:
        count = write_baseline(args.write_baseline, findings)
        if not args.quiet:
            print(f"ipnlp: wrote {count} accepted finding(s) to {args.write_baseline}", file=sys.stderr)
        findings = crashes
    elif entries is not None:
        result = apply_baseline(findings, entries, checked_paths)
        findings = result.remaining
        for entry in result.stale if not args.quiet else ():
            print(f"ipnlp: stale baseline entry {entry.code} {entry.rule} in {entry.path or '<stdin>'}: "
                  f"{entry.message} (no longer found)", file=sys.stderr)
        if result.stale and not args.quiet:
            print(f"ipnlp: {len(result.stale)} baseline entr{'y' if len(result.stale) == 1 else 'ies'} "
                  f"in {settings.baseline} no longer match; refresh it with --write-baseline",
                  file=sys.stderr)

    findings = by_location(findings, checked_paths)
    color = args.format == "text" and args.output in (None, "-") and text.should_color(sys.stdout)
    rules = registry.select_rules(settings.select, settings.ignore)
    if args.statistics:
        from ..output import statistics

        rendered = statistics.render(findings, as_json=args.format == "json")
    elif args.format == "text":
        rendered = text.render(findings, rules=rules, input_errors=run.errors, color=color, concise=args.quiet)
    else:
        rendered = renderer(args.format)(findings, rules=rules, input_errors=run.errors, color=color)
    write_output(rendered, args.output)

    if run.exit_code or crashes:
        return 2
    return findings_exit_status(findings, settings.fail_on, args.exit_zero)

