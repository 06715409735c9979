"""The SARIF output has the structure SARIF 2.1.0 requires and GitHub code scanning reads.

Checked by hand against the spec (no schema download at test time): required properties, types,
ruleIndex consistency and regions that point at exactly the evidence text.
"""

from __future__ import annotations

import json

from ipnlp.models import Finding, InputError
from ipnlp.output import sarif
from ipnlp.rules import INTERNAL_ERROR
from ipnlp.rules.base import fingerprint

from ._golden_findings import PDF_REPORT, REPORT, RULES, findings

LEVELS = {"none", "note", "warning", "error"}
TEXTS = {"reports/work%20report%2C2025.txt": REPORT, "reports/scan.pdf": PDF_REPORT}


def log(items=None, rules=RULES, input_errors=()):
    # Through the serialised text: what a consumer parses, not the in-memory dict.
    return json.loads(sarif.render(findings() if items is None else items, rules=rules,
                                   input_errors=input_errors))


def test_top_level():
    document = log()
    assert document["version"] == "2.1.0"
    assert document["$schema"].endswith("sarif-2.1.0.json")
    assert isinstance(document["runs"], list) and len(document["runs"]) == 1


def test_driver_and_rules():
    driver = log()["runs"][0]["tool"]["driver"]
    assert driver["name"] == "ipnlp"
    assert isinstance(driver["version"], str) and driver["version"]
    assert driver["informationUri"].startswith("https://")
    ids = [rule["id"] for rule in driver["rules"]]
    assert len(ids) == len(set(ids)), "rule ids are unique"
    for descriptor, rule in zip(driver["rules"], sorted(RULES, key=lambda r: r.code), strict=True):
        assert descriptor["id"] == rule.code and descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.short
        assert descriptor["fullDescription"]["text"] == rule.doc  # the docstring is the documentation
        assert descriptor["defaultConfiguration"]["level"] in LEVELS
    levels = {d["id"]: d["defaultConfiguration"]["level"] for d in driver["rules"]}
    assert levels["IPN101"] == "error" and levels["IPN411"] == "note"


def test_results_point_at_their_rule_and_text():
    run = log()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert len(run["results"]) == len(findings())
    for result, finding in zip(run["results"], findings(), strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == finding.code
        assert result["level"] in LEVELS
        assert result["message"]["text"] == finding.message
        assert result["partialFingerprints"] and all(
            isinstance(v, str) for v in result["partialFingerprints"].values())
        assert len(result["locations"]) == len(finding.evidence)
        for location, evidence in zip(result["locations"], finding.evidence, strict=True):
            physical = location["physicalLocation"]
            text = TEXTS[physical["artifactLocation"]["uri"]]
            region = physical["region"]
            assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == evidence.text
            assert (region["startLine"], region["startColumn"]) == (evidence.line, evidence.column)
            assert region["endLine"] >= region["startLine"] >= 1 and region["startColumn"] >= 1


def test_source_location_goes_into_result_properties():
    results = log()["runs"][0]["results"]
    pdf = next(r for r in results if r["ruleId"] == "IPN411")
    assert pdf["properties"]["sourceLocation"] == {"kind": "pdf", "page": 2}
    assert all("properties" not in r for r in results if r["ruleId"] != "IPN411")


def test_findings_of_rules_not_listed_still_resolve():
    crash = Finding(code=INTERNAL_ERROR.code, rule=INTERNAL_ERROR.name, severity="error",
                    message="rule IPN101 crashed", evidence=[], path="a.txt",
                    fingerprint=fingerprint(INTERNAL_ERROR.code, ["x"]))
    run = log([crash], rules=())["runs"][0]
    assert run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"]]["id"] == "IPN000"
    assert run["results"][0]["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "a.txt"}}


def test_input_errors_make_the_invocation_unsuccessful():
    clean = log([])["runs"][0]
    assert clean["results"] == [] and clean["invocations"][0]["executionSuccessful"] is True
    error = InputError(path="x.txt", code="E001", message="E001 cannot read x.txt: gone")
    failed = log([], input_errors=[error])["runs"][0]["invocations"][0]
    assert failed["executionSuccessful"] is False
    assert failed["toolExecutionNotifications"][0]["message"]["text"] == error.message


def test_artifact_uris():
    assert sarif.artifact_uri("a b/c.txt") == "a%20b/c.txt"
    assert sarif.artifact_uri("/abs/report.txt") == "file:///abs/report.txt"
    assert sarif.artifact_uri(None) == "%3Cstdin%3E"
