"""``ipnlp align SOURCE TRANSLATION``: pair the figures of a document and its translation and
report what the translation changed (IPN6xx), like ``check`` reports a document's defects.

Exit status as for ``check``: 0 when no finding at or above ``--fail-on`` remains, 1 when one does,
2 when an input cannot be read or its language has no data.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import IpnlpError, Messages
from ..output import FORMAT_MODULES, renderer, text
from ..output._escape import json_text
from .common import (
    add_config_arguments,
    add_findings_arguments,
    check_output_path,
    findings_exit_status,
    refuse_input_as_output,
    settings_from_args,
    write_output,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "align", help="compare the figures of a document with those of its translation (IPN6xx)")
    parser.add_argument("source", metavar="SOURCE", help="the original document")
    parser.add_argument("translation", metavar="TRANSLATION", help="its translation")
    parser.add_argument("--source-lang", metavar="LANG", default=None,
                        help="language of SOURCE (default: detected from its script: zh or en)")
    parser.add_argument("--translation-lang", metavar="LANG", default=None,
                        help="language of TRANSLATION (default: detected from its script)")
    add_findings_arguments(parser, FORMAT_MODULES)
    add_config_arguments(parser)  # --select/--ignore/--config/--isolated, as every command has them
    parser.set_defaults(func=run_align)


def run_align(args: argparse.Namespace) -> int:
    from ..alignment import ALIGN_RULES, align
    from ..io import read_document
    from ..lang.detect import detect_language, has_language

    settings = settings_from_args(args)
    check_output_path(args.output)
    refuse_input_as_output(args.output, [args.source, args.translation])
    documents = [read_document(path, max_bytes=settings.max_bytes) for path in (args.source, args.translation)]
    langs = [args.source_lang or detect_language(documents[0].text),
             args.translation_lang or detect_language(documents[1].text)]
    for lang, path in zip(langs, (args.source, args.translation), strict=True):
        if not has_language(lang):
            raise IpnlpError(Messages.E003.format(lang=lang) + f" (reading {path}; pass --source-lang/"
                             "--translation-lang to override detection)")
    select = tuple(settings.select) if settings.select else ("ALL",)
    result = align(documents[0].text, documents[1].text, source_lang=langs[0], translation_lang=langs[1],
                   source_path=args.source, translation_path=args.translation,
                   select=select, ignore=tuple(settings.ignore or ()))
    findings = result.findings
    if args.format == "json":
        rendered = json_text(result.model_dump(mode="json")) + "\n"
    else:
        color = args.format == "text" and args.output in (None, "-") and text.should_color(sys.stdout)
        rendered = renderer(args.format)(findings, rules=ALIGN_RULES, color=color)
    write_output(rendered, args.output)
    return findings_exit_status(findings, settings.fail_on, args.exit_zero)
