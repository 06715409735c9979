"""``ipnlp check``: run the consistency rules over reports and report findings like a linter.

Exit status: 0 when no finding at or above ``--fail-on`` remains (after ``--baseline``), 1 when one
does, 2 when an input could not be read, the configuration is invalid or a rule crashed
(``IPN000``). ``--exit-zero`` turns 1 into 0 but never hides a 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..baseline import apply_baseline, load_baseline, write_baseline
from ..config import SEVERITIES, Settings, load_settings, severity_rank
from ..models import Finding
from ..output import github, jsonl, sarif, text
from ..output import json as json_output
from ..rules import INTERNAL_ERROR, registry, sort_findings
from ..rules.cross import SeriesCollector
from .common import BatchRun, add_input_arguments, write_output

FORMATTERS = {"text": text.render, "json": json_output.render, "jsonl": jsonl.render, "sarif": sarif.render,
              "github": github.render}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check", help="flag internal inconsistencies (exit 1 when findings at or above --fail-on remain)")
    add_input_arguments(parser)
    parser.add_argument("--select", action="append", metavar="CODES",
                        help="rules to run: codes, prefixes (IPN1) or ALL, comma-separated; "
                             "replaces select and ignore of the configuration")
    parser.add_argument("--ignore", action="append", metavar="CODES",
                        help="rules to skip, comma-separated; added to the configuration's ignore")
    parser.add_argument("--fail-on", choices=SEVERITIES, default=None,
                        help="lowest severity that makes the exit status 1 (default: error)")
    parser.add_argument("--format", choices=tuple(FORMATTERS), default="text")
    parser.add_argument("--output", "-o", metavar="FILE", help="write here (atomically) instead of stdout")
    parser.add_argument("--exit-zero", action="store_true",
                        help="exit 0 even when findings remain (errors still exit 2)")
    parser.add_argument("--baseline", metavar="FILE", help="do not report the findings accepted in FILE")
    parser.add_argument("--write-baseline", metavar="FILE",
                        help="accept every current finding: write their fingerprints to FILE")
    parser.add_argument("--cross", action="store_true",
                        help="compare all inputs as one series of reports (IPN5xx); without it, "
                             "reports are compared when their titles show they are one series")
    parser.add_argument("--preview", action="store_true",
                        help="also run the preview rules, which have not yet proven themselves on real reports")
    parser.add_argument("--config", metavar="PYPROJECT",
                        help="read [tool.ipnlp] from this file instead of the nearest pyproject.toml")
    parser.set_defaults(func=run_check)


def _codes(values: Sequence[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def settings_from_args(args: argparse.Namespace) -> Settings:
    """[tool.ipnlp] merged with the command line (the command line wins), validated."""
    settings = load_settings(args.config).merged(
        select=_codes(args.select), ignore=_codes(args.ignore), fail_on=args.fail_on,
        baseline=args.baseline, debug=getattr(args, "debug", False), preview=args.preview,
    )
    return settings.validate()


def run_check(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    # Read the baseline before the (possibly long) analysis so a bad one fails fast; a run that
    # rewrites the baseline does not need the old one, which may not exist yet.
    entries = load_baseline(settings.baseline) if settings.baseline and not args.write_baseline else None

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
        print(f"ipnlp: internal error in {crash.path or '<stdin>'}: {crash.message}", file=sys.stderr)

    if args.write_baseline:
        count = write_baseline(args.write_baseline, findings)
        print(f"ipnlp: wrote {count} accepted finding(s) to {args.write_baseline}", file=sys.stderr)
        findings = crashes
    elif entries is not None:
        result = apply_baseline(findings, entries, checked_paths)
        findings = result.remaining
        for entry in result.stale:
            print(f"ipnlp: stale baseline entry {entry.code} {entry.rule} in {entry.path or '<stdin>'}: "
                  f"{entry.message} (no longer found)", file=sys.stderr)
        if result.stale:
            print(f"ipnlp: {len(result.stale)} baseline entr{'y' if len(result.stale) == 1 else 'ies'} "
                  f"in {settings.baseline} no longer match; refresh it with --write-baseline",
                  file=sys.stderr)

    findings = _ordered(findings, checked_paths)
    color = args.format == "text" and args.output in (None, "-") and text.should_color(sys.stdout)
    rules = registry.select_rules(settings.select, settings.ignore)
    write_output(FORMATTERS[args.format](findings, rules=rules, input_errors=run.errors, color=color),
                 args.output)

    if run.exit_code or crashes:
        return 2
    threshold = severity_rank(settings.fail_on)
    failing = any(severity_rank(f.severity) <= threshold for f in findings)
    return 1 if failing and not args.exit_zero else 0


def _ordered(findings: list[Finding], paths: list[str | None]) -> list[Finding]:
    """Files in input order; within a file the engine's order (most severe first)."""
    position = {path: index for index, path in reversed(list(enumerate(paths)))}
    by_path: dict[str | None, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    return [f for path in sorted(by_path, key=lambda p: position.get(p, len(paths)))
            for f in sort_findings(by_path[path])]
