"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Columns and ``charOffset`` count Unicode code points (``run.columnKind``), like every ipnlp offset.
A finding with several evidence spans (the two values of a conflict) has one location per span:
the condition is detected at each of them. An evidence span with its own ``path`` (cross-document
rules) is located in that file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..models import Evidence, Finding, InputError
from ..rules import INTERNAL_ERROR
from ..rules.base import Rule
from ._escape import encodable, json_text
from ._spans import STDIN_NAME, end_line_col

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://pypi.org/project/ipnlp/"
FINGERPRINT_KEY = "ipnlpFingerprint/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str | None) -> str:
    """A relative path stays a relative URI reference (what code scanning expects); absolute paths
    become file:// URIs. A file name that is not UTF-8 (``os.fsdecode`` surrogates) is
    percent-encoded as its original bytes, as RFC 3986 wants."""
    if path is None:
        return quote(STDIN_NAME)
    pure = PureWindowsPath(path) if "\\" in path else PurePath(path)
    if pure.is_absolute():
        try:
            return pure.as_uri()
        except UnicodeEncodeError:  # a lone surrogate no file system produces: show it
            return type(pure)(encodable(path)).as_uri()
    return quote(_path_bytes(pure.as_posix()))


def _path_bytes(path: str) -> bytes:
    try:
        return path.encode("utf-8", "surrogateescape")  # the bytes os.fsdecode turned into \udcXX
    except UnicodeEncodeError:  # other lone surrogates cannot come from a file system: show them
        return encodable(path).encode("utf-8")


def _descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.short},
        "fullDescription": {"text": rule.doc or rule.short},
        "help": {"text": rule.doc or rule.short, "markdown": rule.doc or rule.short},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    }


def _location(path: str | None, evidence: Evidence | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path)}}
    if evidence is not None:
        end_line, end_column = end_line_col(evidence)
        physical["region"] = {
            "startLine": evidence.line,
            "startColumn": evidence.column,
            "endLine": end_line,
            "endColumn": end_column,
            "charOffset": evidence.start,
            "charLength": evidence.end - evidence.start,
            "snippet": {"text": evidence.text},
        }
        context = evidence.context
        if context is not None:
            lead = evidence.start - context.start
            physical["contextRegion"] = {
                "startLine": evidence.line,
                "startColumn": evidence.column - lead,
                "endLine": evidence.line,
                "endColumn": evidence.column - lead + len(context.text),
                "charOffset": context.start,
                "charLength": context.end - context.start,
                "snippet": {"text": context.text},
            }
    return {"physicalLocation": physical}


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(e.path or finding.path, e) for e in finding.evidence]
                     or [_location(finding.path, None)],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
    }
    source_locations = [e.source_location.model_dump(mode="json", exclude_none=True)
                        for e in finding.evidence if e.source_location is not None]
    if source_locations:
        result["properties"] = {"sourceLocation": source_locations[0], "sourceLocations": source_locations}
    return result


def to_sarif(
    findings: Sequence[Finding],
    *,
    rules: Sequence[Rule] = (),
    input_errors: Sequence[InputError] = (),
    version: str = __version__,
) -> dict[str, Any]:
    """The SARIF log as a dict. ``rules`` are the rules that ran; rules of findings not among them
    (the engine's IPN000) are added so every ``ruleIndex`` resolves."""
    descriptors = {rule.code: rule for rule in rules}
    for finding in findings:
        if finding.code not in descriptors:
            descriptors[finding.code] = INTERNAL_ERROR if finding.code == INTERNAL_ERROR.code else Rule(
                code=finding.code, name=finding.rule, severity=finding.severity, check=INTERNAL_ERROR.check,
                summary=finding.rule)
    ordered = sorted(descriptors.values(), key=lambda r: r.code)
    index = {rule.code: i for i, rule in enumerate(ordered)}
    invocation: dict[str, Any] = {"executionSuccessful": not input_errors}
    if input_errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": e.message},
             "locations": [_location(e.path, None)], "descriptor": {"id": e.code}}
            for e in input_errors
        ]
    return {
        "$schema": SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "ipnlp",
                "version": version,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(rule) for rule in ordered],
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [invocation],
            "results": [_result(f, index[f.code]) for f in findings],
        }],
    }


def render(
    findings: Sequence[Finding],
    *,
    rules: Sequence[Rule] = (),
    input_errors: Sequence[InputError] = (),
    color: bool = False,
    version: str = __version__,
) -> str:
    log = to_sarif(findings, rules=rules, input_errors=input_errors, version=version)
    return json_text(log) + "\n"
