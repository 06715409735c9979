"""A bare "$" takes the document's currency: the user's setting, a declaration, the local dollar the
document writes explicitly, the place it names; USD only when nothing says otherwise. Every such
claim says in ``notes`` how its currency was decided."""

from __future__ import annotations

import json

import pytest

import ipnlp
from ipnlp.cli import main
from ipnlp.config import Settings, settings_from_table
from ipnlp.extract.recognizers.money import document_facts
from ipnlp.models import Report

HONG_KONG = ("Review of the year\n\nThe Exchange Fund earned HK$21.4 billion. Fees were HK$3.2 billion and "
             "costs HK$1.1 billion. Reserves rose to HK$4.1 trillion. The surplus was $900 million.\n")


@pytest.mark.parametrize(("text", "currency", "how"), [
    ("All amounts are in HK$ unless stated. Costs were $5 million.", "HKD", "declaration"),
    ("Figures are expressed in Singapore dollars. Grants total $2 billion.", "SGD", "declaration"),
    (HONG_KONG, "HKD", "explicit"),
    ("Singapore " * 12 + "spends $3 billion on schools.", "SGD", "jurisdiction"),
    ("The firm spent $3 billion.", "USD", "nothing"),
    # one explicit HK$ in a US report does not turn its dollars into Hong Kong dollars
    ("The bank lent $30 billion and HK$2 billion and $4 billion in 2023.", "USD", "nothing"),
    # "a $5 voucher" is an article before a dollar, not Australian dollars
    ("Each family gets a $5 voucher, a $10 credit and a $20 rebate.", "USD", "nothing"),
])
def test_document_decides_the_bare_dollar(text, currency, how):
    facts = document_facts(text)
    assert facts.dollar_currency == currency
    assert (how in facts.dollar_note) or (how == "nothing" and "USD" in facts.dollar_note)


def test_bare_dollar_claims_carry_the_document_currency_and_a_note():
    claims = ipnlp.analyze(HONG_KONG).claims
    bare = [c for c in claims if c.text.startswith("$")]
    assert [(c.value, c.unit) for c in bare] == [(900000000, "HKD")]
    assert bare[0].notes and "explicit" in bare[0].notes[0]
    assert all(not c.notes for c in claims if c.text.startswith("HK$"))


def test_setting_overrides_the_document():
    report = ipnlp.analyze(HONG_KONG, config=Settings(default_currency="USD"))
    assert [c.unit for c in report.claims if c.text.startswith("$")] == ["USD"]


def test_pyproject_and_merge_read_the_setting():
    assert settings_from_table({"default-currency": "sgd"}).default_currency == "SGD"
    assert Settings().merged(default_currency="aud").default_currency == "AUD"


def test_cli_currency_option(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text("Report\n\nThe fund paid $5 million.\n", encoding="utf-8")
    assert main(["analyze", "--format", "json", "--currency", "SGD", str(path)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [(c["value"], c["unit"], c["notes"]) for c in payload["claims"]] == [
        (5000000, "SGD", ["currency from settings"])]
    Report.model_validate(payload)  # the documented schema still describes the output
