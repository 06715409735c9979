"""Numbers as people write them: every separator, digit system and sign, with offsets kept exact."""

from __future__ import annotations

from decimal import Decimal

import pytest

import ipnlp
from ipnlp.extract.numbers import find_mentions, normalise

# (how the number is written, the value it must read as); each is put into the same sentence.
GROUPINGS = [
    ("613,000", 613000),
    ("613 000", 613000),
    ("613\u00a0000", 613000),  # no-break space
    ("613\u202f000", 613000),  # narrow no-break space (SI style)
    ("613\u2009000", 613000),  # thin space
    ("613'000", 613000),  # Swiss apostrophe
    ("613\u2019000", 613000),  # typographic apostrophe
    ("613\u200b000", 613000),  # zero-width space inside the number
    ("613\u00ad000", 613000),  # soft hyphen inside the number
    ("\uff16\uff11\uff13\uff0c\uff10\uff10\uff10", 613000),  # full-width digits and comma
    ("\u0666\u0661\u0663\u066c\u0660\u0660\u0660", 613000),  # Arabic-Indic digits and separator
    ("\u096c\u0967\u0969,\u0966\u0966\u0966", 613000),  # Devanagari digits
    ("6,13,000", 613000),  # Indian grouping
    ("6.13e5", 613000),
    ("6.13E+5", 613000),
    ("613,000\u200e", 613000),  # a left-to-right mark after the number
]


@pytest.mark.parametrize(("written", "value"), GROUPINGS, ids=[repr(w) for w, _ in GROUPINGS])
def test_every_grouping_reads_as_one_number(written, value):
    text = f"The registry recorded {written} trademarks last year."
    claims = ipnlp.analyze(text).claims
    assert [(c.value, c.unit) for c in claims] == [(value, "trademarks")]
    assert text[claims[0].start:claims[0].end] == claims[0].text
    assert claims[0].text.startswith(written.rstrip("\u200e"))


@pytest.mark.parametrize("written", [
    "\u202e000,316\u202c",  # shown as 613,000 by a right-to-left override: never read reversed
    "192.168.1.2",  # an address, not 192.168
    "1.111,11",  # European decimal comma: read whole or not at all
])
def test_ambiguous_or_reordered_digits_are_not_read_as_a_wrong_value(written):
    mentions = find_mentions(f"The value {written} appears here.")
    assert all(m.value not in (Decimal(316), Decimal("192.168"), Decimal("1.111")) for m in mentions)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Exports changed by -3.2% in the year.", -3.2, "percent"),
    ("The balance was \u22125,000 yuan.", -5000, "CNY"),  # U+2212 minus sign
    ("Net income fell to (-5.2%) of sales.", -5.2, "percent"),
    ("The reading was minus 4 points.", -4, "points"),
    ("The annual result is ($45.10).", -45.1, "USD"),  # accounting brackets
    ("The fine was -$7 million.", -7000000, "USD"),
])
def test_signs_are_kept(text, value, unit):
    claims = ipnlp.analyze(text).claims
    assert [(c.value, c.unit) for c in claims] == [(value, unit)]
    assert text[claims[0].start:claims[0].end] == claims[0].text


def test_a_span_of_years_is_not_a_negative_number():
    assert all(m.value > 0 for m in find_mentions("The plan covers 2021-2025 and pages 10-12."))


def test_normalise_keeps_length_and_offsets():
    text = "\uff16\uff11\uff13\uff0c\uff10\uff10\uff10 and \u2212 5\u00a0000 \u0661"
    assert len(normalise(text)) == len(text)
    assert normalise(text).startswith("613,000")


def test_scan_is_linear_on_a_long_separated_run():
    # one long run of groups is one number (or none), never a quadratic rescan
    text = "Total " + " ".join(["123"] * 20000) + " units."
    assert len(find_mentions(text)) <= 2


@pytest.mark.parametrize("text", [
    "Total DOUBLED to Forty-Two",
    "Kelvin \u212a and long s \u017f stay; \u0130stanbul keeps its dotted capital",  # str.lower would change them
    "\u00c9COLE \uff21\uff22 Stra\u00dfe \U0001d400 ONE",
    "lone surrogate \ud800 ABC",
    "",
])
def test_ascii_lower_lowers_only_a_to_z(text):
    from ipnlp.extract.numbers import ascii_lower

    expected = "".join(ch.lower() if "A" <= ch <= "Z" else ch for ch in text)
    assert ascii_lower(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("They paid USD10m upfront and HK$US5 more.", [10, 5]),  # "m" stays a suffix for the recognizers
    ("Fees of RM79 were charged.", [79]),
    ("The AUD 10 note and the GBP5 coin.", [10, 5]),
    ("Model X5 and route A1 carry 30 passengers.", [30]),  # letters before digits that are no currency code
])
def test_glued_currency_codes_leave_the_digits_readable(text, expected):
    assert [m.value for m in find_mentions(text) if m.kind == "digits"] == expected
