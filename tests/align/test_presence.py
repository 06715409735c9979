"""Whether a figure's number is written in the other text, claim or not (alignment/presence.py), and
which numbers are no figures to align (alignment/items.py)."""

from __future__ import annotations

import pytest

import ipnlp
from ipnlp.alignment.items import reference_mark
from ipnlp.alignment.presence import numbers_in
from ipnlp.lang.detect import has_language


@pytest.mark.parametrize(("text", "lang", "number"), [
    ("# 十二月十三日", "zh", 13.0),        # the day of a date in Chinese numerals
    ("九成受訪銀行", "zh", 90.0),          # nine tenths
    ("累計盈餘的三分之一", "zh", 33.33),
    ("約一半", "zh", 50.0),
    ("交易量增長兩倍", "zh", 200.0),       # tripled: a rise of 200%
    ("急增2.3倍", "zh", 230.0),
    ("逾萬份參賽作品", "zh", 10000.0),
    ("分兩類資產配置", "zh", 2.0),
    ("the first contraction in a decade", "en", 10.0),
    ("in 11月12日", "zh", 12.0),
])
def test_numbers_written_in_words_are_read(text, lang, number):
    if lang == "zh" and not has_language("zh"):
        pytest.skip("no Chinese language data")
    assert any(n == pytest.approx(number) for n in numbers_in(text, 0, len(text), lang))


@pytest.mark.parametrize(("text", "mark"), [
    ("rose to 1.4%4 in December. Prices", "4"),
    ("as the “Principles”2 apply", "2"),
])
def test_a_note_reference_is_no_figure(text, mark):
    claims = [c for c in ipnlp.analyze(text).claims if c.text == mark]
    assert claims and all(reference_mark(c, text) for c in claims)


@pytest.mark.parametrize(("text", "mark"), [
    ("as set out in the Principles (PFMI)1, and the guidance", "1"),
    ("rose to 1.4% in December (Chart 2)4. Prices", "4"),
])
def test_a_note_mark_after_a_bracket_is_no_claim(text, mark):
    # extraction drops it already (recognizers/references.py), so alignment never meets it
    assert mark not in [c.text for c in ipnlp.analyze(text).claims]


@pytest.mark.parametrize("text", ["# 13 Dec", "It approved 3 licences.", "rose by 4.4% in 2021"])
def test_a_figure_is_no_note_reference(text):
    assert not any(reference_mark(c, text) for c in ipnlp.analyze(text).claims)
