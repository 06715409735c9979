#!/usr/bin/env python3
"""Ecosystem check: run every rule over real reports nobody on the project wrote, and judge the
findings against a committed triage file of verdicts.

A rule change is judged by this diff, not only by the shipped report's gold: published reports hold
few real defects, so a finding there is a false alarm until someone has read it. The triage file
(``tests/data/triage.json``) maps a finding's fingerprint to ``{"verdict": "defect" | "intended" |
"false", "doc", "code", "category", "reason"}``. A fingerprint hashes the evidence text only, so one
verdict covers the same wording in every document; where two documents need different verdicts for
the same evidence (a lone quotation mark), a key ``"<doc>:<fingerprint>"`` overrides it for one.

The corpus is ``../shared/realdocs/texts/`` next to the repository when present (``--corpus``
names another directory); the shipped report in ``corpus/`` is always run.

usage: python scripts/ecosystem.py [--corpus DIR] [--triage FILE] [--details] [--preview] [--check]
                                   [--unread-json FILE]

``--check`` exits 1 when the acceptance bar is not met: an error-level finding that is not a
defect, more than one warning per 10,000 words that is neither a defect nor intended, or an error
or warning nobody has triaged.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "realdocs" / "texts"
SHIPPED = ROOT / "corpus" / "cnipa-2025-work-report.en.txt"
DEFAULT_TRIAGE = ROOT / "tests" / "data" / "triage.json"
VERDICTS = ("defect", "intended", "false", "unread")
SEVERITIES = ("error", "warning", "info")
SUFFIXES = (".md", ".txt", ".html", ".htm")
# Warnings neither defect nor intended may reach this many per 10,000 words.
MAX_FALSE_WARNINGS_PER_10K = 1.0


def documents(corpus: Path | None) -> list[Path]:
    found = [SHIPPED]
    if corpus is not None and corpus.is_dir():
        found += sorted(p for p in corpus.iterdir() if p.suffix in SUFFIXES)
    return found


def verdict_of(entry: object) -> str:
    if isinstance(entry, dict):
        return str(entry.get("verdict", "unread"))
    return str(entry) if entry else "unread"


def run(docs: list[Path], preview: bool):
    """(words, findings as (doc name, Finding)) over ``docs``."""
    # Imported here so that ``--help`` works without the package installed.
    from ipnlp import Settings, analyze_file

    settings = Settings(preview=True) if preview else Settings()
    words = 0
    found = []
    for doc in docs:
        report = analyze_file(doc, config=settings)
        words += len(doc.read_text(encoding="utf-8", errors="replace").split())
        found += [(doc.name, finding) for finding in report.findings]
    return words, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--triage", type=Path, default=DEFAULT_TRIAGE)
    parser.add_argument("--details", action="store_true", help="print every error and warning finding")
    parser.add_argument("--preview", action="store_true", help="also run the preview rules")
    parser.add_argument("--check", action="store_true", help="exit 1 when the acceptance bar is not met")
    parser.add_argument("--unread-json", type=Path, metavar="FILE",
                        help="write untriaged error/warning findings here as triage entries to fill in")
    args = parser.parse_args(argv)

    if not args.corpus.is_dir():
        print(f"note: no real-report corpus at {args.corpus}; only the shipped report is checked "
              "(pass --corpus DIR to use another)", file=sys.stderr)
        corpus = None
    else:
        corpus = args.corpus
    triage = json.loads(args.triage.read_text(encoding="utf-8")) if args.triage.exists() else {}
    docs = documents(corpus)
    words, found = run(docs, args.preview)
    per10k = lambda n: 10000 * n / max(words, 1)  # noqa: E731

    by_rule: collections.Counter[tuple[str, str, str]] = collections.Counter()
    by_verdict: collections.Counter[tuple[str, str]] = collections.Counter()
    seen: set[str] = set()
    details, unread = [], {}
    for doc, finding in found:
        own = f"{doc.rsplit('.', 1)[0]}:{finding.fingerprint}"
        verdict = verdict_of(triage.get(own, triage.get(finding.fingerprint)))
        by_rule[(finding.code, finding.rule, finding.severity)] += 1
        by_verdict[(finding.severity, verdict)] += 1
        seen.update((finding.fingerprint, own))
        if finding.severity == "info":
            continue
        where = f"{doc}:{finding.evidence[0].line}:{finding.evidence[0].column}" if finding.evidence else doc
        details.append((verdict, f"{where} {finding.code} [{finding.severity}] ({verdict}) {finding.message[:180]}"))
        if verdict == "unread":
            unread[finding.fingerprint] = {"verdict": "unread", "doc": doc.rsplit(".", 1)[0],
                                           "code": finding.code, "category": "", "reason": "",
                                           "message": finding.message[:300]}

    print(f"{len(docs)} documents, {words:,} words")
    print("\nfindings by rule (count, per 10k words):")
    for (code, rule, severity), n in sorted(by_rule.items()):
        print(f"  {code} {rule:36s} {severity:8s} {n:5d}  {per10k(n):6.2f}")
    print("\nby severity and triage verdict (count, per 10k words):")
    for severity in SEVERITIES:
        print(f"  {severity:8s} " + "  ".join(
            f"{v} {by_verdict[(severity, v)]} ({per10k(by_verdict[(severity, v)]):.2f})" for v in VERDICTS))
    # Triaged findings of the documents run that no rule reports any more.
    names = {d.name.rsplit(".", 1)[0] for d in docs}
    gone = [(fp, e) for fp, e in sorted(triage.items())
            if fp not in seen and isinstance(e, dict) and e.get("doc") in names]
    gone_by = collections.Counter((e.get("code"), verdict_of(e)) for _, e in gone)
    print("\ntriaged findings no longer reported (code, verdict: count):",
          ", ".join(f"{c} {v}: {n}" for (c, v), n in sorted(gone_by.items())) or "none")
    lost_defects = [f"  {e.get('doc')} {e.get('code')} {fp}: {e.get('reason', '')}"
                    for fp, e in gone if verdict_of(e) == "defect"]
    if lost_defects:
        print("defects no longer found:\n" + "\n".join(lost_defects))
    print(f"new (unread) error/warning findings: {len(unread)}")
    if args.details:
        print()
        for _, line in sorted(details, key=lambda d: (d[0] != "unread", d[1])):
            print(line)
    if args.unread_json:
        args.unread_json.write_text(json.dumps(unread, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    if not args.check:
        return 0
    false_errors = sum(n for (s, v), n in by_verdict.items() if s == "error" and v != "defect")
    false_warnings = sum(n for (s, v), n in by_verdict.items() if s == "warning" and v in ("false", "unread"))
    failures = []
    if false_errors:
        failures.append(f"{false_errors} error-level findings are not defects")
    if per10k(false_warnings) > MAX_FALSE_WARNINGS_PER_10K:
        failures.append(f"{per10k(false_warnings):.2f} false or unread warnings per 10k words "
                        f"(at most {MAX_FALSE_WARNINGS_PER_10K})")
    if unread:
        failures.append(f"{len(unread)} error/warning findings are not triaged")
    for failure in failures:
        print(f"ecosystem check failed: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
