"""``ipnlp rules``: list the registered rules, or print one rule's documentation.

``ipnlp rules`` lists every rule; ``ipnlp rules IPN1`` lists a family; ``ipnlp rules IPN101`` (or
``ipnlp rules conflicting-values``) prints the rule's full documentation, its check's docstring.
"""

from __future__ import annotations

import argparse
import json

from ..rules import registry
from ..rules.base import Rule
from .common import write_output


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("rules", help="list the consistency rules or show a rule's documentation")
    parser.add_argument("selector", nargs="?", metavar="CODE",
                        help="a rule code or name (full documentation) or a prefix such as IPN1 (list)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=run_rules_command)


def _as_dict(rule: Rule) -> dict[str, str]:
    return {"code": rule.code, "name": rule.name, "severity": rule.severity, "preview": rule.preview,
            "summary": rule.short, "doc": rule.doc}


def render_table(rules: tuple[Rule, ...]) -> str:
    if not rules:
        return "No rules registered.\n"
    name_width = max(len(r.name) for r in rules)
    return "".join(f"{r.code}  {r.name:<{name_width}}  {r.severity:<7}  {'(preview) ' if r.preview else ''}"
                   f"{r.short}\n" for r in rules)


def render_doc(rule: Rule) -> str:
    preview = ", preview: runs only with --preview" if rule.preview else ""
    heading = f"{rule.code} {rule.name} ({rule.severity}{preview})"
    return f"{heading}\n{'=' * len(heading)}\n\n{rule.doc or rule.short}\n"


def run_rules_command(args: argparse.Namespace) -> int:
    selector = args.selector
    rule = registry.get_rule(selector) if selector else None
    if rule is not None:
        out = json.dumps(_as_dict(rule), ensure_ascii=False, indent=2) + "\n" if args.format == "json" \
            else render_doc(rule)
    else:
        # An unknown selector raises E007 in select_rules.
        rules = registry.select_rules([selector]) if selector else registry.all_rules()
        out = json.dumps([_as_dict(r) for r in rules], ensure_ascii=False, indent=2) + "\n" \
            if args.format == "json" else render_table(rules)
    write_output(out, None)
    return 0
