"""The shortcuts that keep figure rules linear on hostile input find what the plain search finds."""

from __future__ import annotations

import heapq
import re

import pytest

from ipnlp import find
from ipnlp.api import analyze, build_view
from ipnlp.config import Settings
from ipnlp.rules import _search
from ipnlp.rules.figures import (
    _common,
    conflicting_values,
    garbled_fragment,
    redundant_unit,
    stray_footnote_marker,
    unbalanced_quotes,
)
from ipnlp.rules.figures import _words as figure_words
from ipnlp.rules.text import missing_space, term_inconsistency

from . import examples_figures, examples_text


@pytest.mark.parametrize("text", [
    "12% percent", "1,234.5 % per cent", "x,12% percent", "1,,2%percent", "5% percent,12% percent",
    "1.2.3% percent", "12 % percentage", "1234,567,89,0,", "12%", "%percent 3% Percent",
])
def test_percent_matches_are_those_of_finditer(text):
    _, percent = redundant_unit._patterns()
    expected = [m.span() for m in percent.finditer(text)]
    starts, ends = build_view(text).index.digit_runs
    number_starts = redundant_unit._number_starts(text, starts, ends)
    assert [m.span() for m in redundant_unit._percent_matches(percent, text, number_starts)] == expected


def test_a_metric_stated_many_times_is_reported_a_bounded_number_of_times_per_mention():
    text = "".join(f"Patent grants in the region reached {1000 + 10 * i} in 2024. " for i in range(40))
    # The rule's own output: the engine also caps findings per rule and document (tested elsewhere).
    findings = list(conflicting_values.check(build_view(text)))
    last = text.rindex("1390")
    assert sum(f.evidence[-1].start == last for f in findings) == conflicting_values._MAX_CONFLICTS


# --- bounded neighbourhoods lose no partner that sits near its figure -----------------------------

def _claim_order_cases() -> list[str]:
    return [
        "Sales reached 5 yuan. " * 3 + "Offices granted 10 patents; among them, 5 patents were new. " * 4,
        " ".join(f"{i} cases" for i in range(150)) + ".",
        "No figures at all.",
    ]


@pytest.mark.parametrize("text", _claim_order_cases())
def test_claim_order_finds_what_a_scan_of_all_claims_finds(text):
    view = build_view(text)
    order = _common.claim_order(view)
    ordered = sorted(view.claims, key=lambda c: c.start)
    assert order.claims == ordered
    for claim in ordered:
        start, end = claim.start - 40, claim.end + 40
        expected_before = [c for c in ordered if start <= c.start and c.start < claim.start][::-1]
        expected_after = [c for c in ordered if claim.start < c.start < end]
        assert order.before(claim, start) == expected_before[:_common.MAX_NEIGHBOURS]
        assert order.after(claim, end) == expected_after[:_common.MAX_NEIGHBOURS]
        assert order.starting_in(start, end) == [c for c in ordered if start <= c.start < end]


_FILLER = "".join(f"Hall {i} seated {i % 9 + 1} guests in 2023. " for i in range(300))
_FIGURE_CODES = {"IPN102", "IPN103", "IPN106", "IPN107"}


@pytest.mark.parametrize(("code", "text", "should_flag"),
                         [row for row in examples_figures.EXAMPLES if row[0] in _FIGURE_CODES]
                         + [row for row in examples_text.EXAMPLES if row[0] == "IPN410"])
def test_examples_keep_their_verdict_inside_a_long_document(code, text, should_flag):
    # Hundreds of other figures and names before and after the example: the bounded searches for
    # partners (neighbours, frames of names) must still find the example's own.
    document = _FILLER + "\n\n" + text + "\n\n" + _FILLER
    offset = len(_FILLER) + 2
    findings = analyze(document, config=Settings(select=(code,))).findings
    inside = [f for f in findings if f.evidence and offset <= f.evidence[0].start < offset + len(text)]
    assert bool(inside) is should_flag


def test_a_reworded_name_is_found_among_many_names_of_the_same_frame():
    names = " ".join(f"The National {word.capitalize()} Saving Week opened." for word in
                     (f"w{i:03d}x" for i in range(300)))
    text = names + " The National Water Saving Publicity Week opened. The National Water Saving Awareness Week closed."
    messages = [f.message for f in analyze(text, config=Settings(select=("IPN410",))).findings]
    assert any("Publicity Week" in m and "Awareness Week" in m for m in messages)


def test_many_spelling_pairs_are_found_by_one_scan():
    # IPN410 looks for words with a variant spelling one by one only while they are few: a text of
    # made-up pairs must not be searched once per word, and finds each pair either way.
    pairs = [f"{a}{b}ical data {a}{b}ic data" for a in "bcdfg" for b in "klmnp"]
    text = " ".join(pairs) + ". The geographical names and the geographic names."
    view = build_view(text)
    assert len(term_inconsistency._variant_words(term_inconsistency.letter_runs(view))) > (
        term_inconsistency._MAX_VARIANT_WORDS)
    messages = [f.message for f in term_inconsistency._spelling_variants(view)]
    assert len(messages) == len(pairs) + 1 and any("'geographic names'" in m for m in messages)


# --- searches anchored where a match can start find what the whole-text search finds ---------------

@pytest.mark.parametrize("text", [
    "Royalties reached RMB 2.3 billion yuan.", "U.S.$5 million US dollars and US$ 7 billion USD",
    "$5 million dollars, $6 dollars", "HK $ 40 million Hong Kong dollars; hk$1 HKD",
    "RMB\n\n 12 yuan RMB 3 yuan", "xRMB 5 yuan", "RMB 5 RMB 6 yuan", "€5 euros €", "S$5 SGD5 S$",
    "No currency here, 5 yuan.", "", "U.S. $5 US dollars", "hk $ 7 HKD nt\n$ 8 twd", "xus$5 ſ 9",
])
def test_currency_matches_are_those_of_each_currency_finditer(text):
    currencies, _ = redundant_unit._patterns()
    prefixes = redundant_unit._prefix_before_number()
    anchors = sorted({m.start(1) for m in prefixes.pattern.finditer(text)})
    assert redundant_unit._anchors(prefixes, text, build_view(text).index.digit_runs[0]) == anchors
    for currency in currencies:
        expected = [m.span() for m in currency.pattern.finditer(text)]
        assert [m.span() for m in redundant_unit._currency_matches(currency, anchors, text)] == expected


@pytest.mark.parametrize("text", [
    "from January- to date", "in 2023-, the", "January-November", "MAY- the; june– and 2019— x",
    "year-on-year", "2023-2024-", "Septembe- r", "-", "",
])
def test_dangling_range_starts_are_those_of_finditer(text):
    expected = [m.span() for m in garbled_fragment._DANGLING_RANGE_START.finditer(text)]
    assert [m.span() for m in garbled_fragment._dangling_range_starts(text)] == expected


@pytest.mark.parametrize("text", [
    "please refer toAnnex B-2", "theMinistry and ofFinance", "McDonald iPhone macOS eHKD", "aaBbb",
    "x-toAnnex _toAnnex 1toAnnex", "toAnnexB toAnnex2 toAnnex", "étéÉcole déjàVu", "abcDefGhi jkLmn",
    "ǅungla toǅungla", "", "ABC", "toAnnex,theMinistry.",
])
def test_glued_pairs_are_those_of_finditer(text):
    expected = [m.span() for m in missing_space._GLUED_WORDS.finditer(text)]
    assert [m.span() for m in missing_space._glued_pairs(text)] == expected

def test_nearest_earlier_claims_are_those_of_merging_the_postings():
    claims = build_view("".join(f"Patent grants in the region reached {1000 + i} in 2024. " for i in range(300))).claims
    postings = [list(claims[::2]), list(claims[::3]), list(claims[250:])]
    merged = heapq.merge(*(reversed(p) for p in postings), key=lambda c: -c.start)
    expected = list(dict.fromkeys(c.id for c in merged))[:conflicting_values._MAX_COMPARED]
    numbers = {c.id: n for n, c in enumerate(claims)}
    starts, ids = [c.start for c in claims], [c.id for c in claims]
    postings = [[numbers[c.id] for c in posting] for posting in postings]
    for nearest_earlier in (conflicting_values._nearest_earlier, conflicting_values._nearest_earlier_numbers,
                            conflicting_values._nearest_earlier_distinct):
        assert [ids[n] for n in nearest_earlier(postings, starts, ids)] == expected


@pytest.mark.parametrize("text", [
    "multimodal", "the multimodality of multimodal transport", "Multimodal. multimodal", "x.multimodal multimodal",
    "multi-modal multimodal-x multimodal", "multimodal.Next multimodal", "", "modal multimodal",
    "USB US", "U.S. US", "xUS US1 US", "US.A US", "Café US modal", "MODAL modal US",
])
def test_first_match_of_a_word_is_the_first_match_of_the_pattern(text, monkeypatch):
    view = build_view(text)
    for pattern, words in ((term_inconsistency._PLAIN_WORD, ("multimodal", "modal")),
                           (term_inconsistency._CAPITALS, ("US", "USB", "MODAL"))):
        first = {}
        for match in pattern.finditer(text):
            first.setdefault(match.group(), match.span())
        for budget in (0, 1, 2_000):  # the search by str.find, cut short at any point, and the index
            monkeypatch.setattr(term_inconsistency, "_FIND_BUDGET", budget)
            matches = term_inconsistency._FirstMatches(pattern, view)
            for word in words:
                assert matches.first(word) == first.get(word)


@pytest.mark.parametrize("text", [
    "U.S. \t $5 US dollars", "hk  $ 7 HKD nt\n$ 8 twd", "u.s $\n\n1 c $ 2 s  $3 au $ ,4", "$$5 x$6 _$7 -$8",
    "RMB" + " " * 500 + "9", "1 $ 2,3 RMB 4.5 ¥6 5 yuan",
])
def test_currency_anchors_are_those_of_finditer(text):
    prefixes = redundant_unit._prefix_before_number()
    expected = sorted({m.start(1) for m in prefixes.pattern.finditer(text)})
    assert redundant_unit._anchors(prefixes, text, build_view(text).index.digit_runs[0]) == expected


@pytest.mark.parametrize("text", [
    "in the first half of the year2. In", "the Future Fund3, which", "G20. FY2024, CO2. km2.", "abc12;x",
    "abc123. x", "_abc1. -abc1. éabc1, ²abc1, xyzabc1:", "aabc1.x", "year1.", "year1:\n", "abc1 .",
])
def test_digits_before_punctuation_are_those_of_finditer(text):
    expected = [m.span() for m in stray_footnote_marker._DIGITS_BEFORE_PUNCTUATION.finditer(text)]
    runs = build_view(text).index.digit_runs
    assert [m.span() for m in stray_footnote_marker._digits_before_punctuation(text, runs)] == expected


@pytest.mark.parametrize("text", [
    "Among them, 5; of WHICH 3", "AMONG\n\tTHEM", "İncluding ınclud ſplit into split into", "Kof which 其中含",
    "broken down Into namely", "", "，又；：", "made  up\u00a0of", "xin particularx",
])
def test_folded_part_cues_and_clause_breaks_are_those_of_finditer(text):
    for start, end in ((0, len(text)), (1, len(text) - 1), (3, 9)):
        expected = [(m.span(), m.group(0)) for m in _common._PART_CUE.finditer(text, start, end)]
        found = _common.finditer_folded(_common._PART_CUE, text, start, end)
        assert [(m.span(), m.group(0)) for m in found] == expected
    expected = [m.start() for m in _common._CLAUSE_BREAK.finditer(text)]
    assert [m.start() for m in _common.finditer_from_first(_common._CLAUSE_BREAK, text)] == expected


@pytest.mark.parametrize("pattern", [r"[;:]|x(?=y)", r"[a-m]\d", r"q", r"[;:；：]|，(?=又)"])
@pytest.mark.parametrize("text", ["", "a1 b; x xy m9 q，又", ";;::xyxy", "no breaks here", "q" * 5])
def test_matches_from_first_characters_are_those_of_finditer(pattern, text):
    # Few first characters are found by str.find, many by one set scan: both as finditer.
    compiled = re.compile(pattern)
    assert [m.span() for m in _search.finditer_from_first(compiled, text)] == \
        [m.span() for m in compiled.finditer(text)]


def test_first_characters_and_branches_read_the_pattern():
    import re

    assert _search.first_characters(re.compile(r"[;:]|x(?=y)|(?:ab|c)")) == ":;acx"
    assert _search.first_characters(re.compile(r"a?b")) is None
    assert _search.first_characters(re.compile(r"(?<!\d)a")) is None
    assert _search.first_characters(re.compile("a", re.IGNORECASE)) is None
    assert _search.branches(r"(?:(?:a|[|)]\|b)|(?:c)d|e)") == ["a", r"[|)]\|b", "cd", "e"]
    assert _search.branches(r"(?:a|b)?c|(?:x|y)z") == ["(?:a|b)?c", "xz", "yz"]
    assert _search.branches(r"(?:p|q") == [r"(?:p|q"]
    assert _search._folded(re.compile(r"\bab|cd", re.IGNORECASE)) is None
    assert _search._folded(re.compile(r"AB|cd", re.IGNORECASE)) is None
    assert _search._folded(re.compile(r"(?:ab|c\s+d)", re.IGNORECASE)).pattern == r"ab|c\s+d"
    assert _search._folded(re.compile(r"a\x41|(b)\1", re.IGNORECASE)) is None


@pytest.mark.parametrize("sentence", [
    "First, we", "FIRSTLY, we", "Firsts, we", "The second is to", "Its third was", "Thesecond is", "Theſe",
    "Firſt, we", "1st, we", "Second", "", " First, we", "Secondé, x", "Second-hand, x", "Twelfthly,",
    "The office will", "The  second is", "The\u3000second is", "The\tsecond was", "The secondé is", "Its (second) is",
    "THE SECOND ARE", "The", "The ", "Its secondly is",
])
def test_enumeration_items_are_those_of_the_pattern(sentence):
    from ipnlp.rules.text import _common as text_common

    expected = text_common._enumeration_pattern().match(sentence)
    try:
        item = text_common.enumeration_item(sentence, (0, len(sentence)))
    except KeyError:  # an ordinal the pattern matches by case folding ("Firſt") has no value
        item = "raised"
    assert (item is not None) == (expected is not None)


@pytest.mark.parametrize("text", [
    "the year¹. The", "year¹²; x", "km². and", "abcd¹²³,", "¹²³.", "", "no markers here.", "wordy⁹⁰.wordy⁹.",
    "x" * 5 + "¹" + "²" * 3 + ".", "title¹ ² ³.", "Cafés¹.",
])
def test_superscripts_before_stop_are_those_of_finditer(text):
    expected = [m.span("marker") for m in stray_footnote_marker._SUPERSCRIPT_BEFORE_STOP.finditer(text)]
    assert [m.span("marker") for m in stray_footnote_marker._superscripts_before_stop(text)] == expected


@pytest.mark.parametrize("text", [
    "()", "( )", "[\n]", "“ ”", "“”“”", "((()))", "[ ( ) ]", "“ x ”", "a (b) c [] d “” e", "", "( \t )(",
    "“He said ”", "x“”y",
])
def test_characters_found_by_str_find_are_those_of_the_patterns(text):
    # IPN402 and IPN404 try their patterns only at the brackets, quotes and dashes str.find finds.
    expected = [m.span() for m in garbled_fragment._EMPTY_PAIR.finditer(text)]
    assert [m.span() for m in _search.matches_at(garbled_fragment._EMPTY_PAIR, text,
                                                  find.positions(text, "([“"))] == expected
    assert find.positions(text, "“”") == [m.start() for m in unbalanced_quotes._CURLY.finditer(text)]
    dashes = [m.start() for m in garbled_fragment._DASH_BEFORE_GAP.finditer(text + " - x–, y—")]
    assert [d for d in find.positions(text + " - x–, y—", figure_words.RANGE_DASHES)
            if garbled_fragment._DASH_BEFORE_GAP.match(text + " - x–, y—", d)] == dashes


_CROSSING_VERBS = [
    f"{stem}{ending}" for stem, endings in (
        ("exceed", ("", "s", "ed", "ing")), ("surpass", ("", "es", "ed", "ing")), ("cross", ("", "es", "ed", "ing")),
        ("top", ("", "s", "ped", "ping")), ("pass", ("", "es", "ed", "ing")),
    ) for ending in endings
] + [f"{verb} {word}" for verb in ("broke", "break", "breaks", "breaking", "passes", "pass")
     for word in ("through", "the")] + [
    f"{verb} {word}" for verb in ("fell", "falls", "drop", "dropped", "dips", "went", "goes", "going")
    for word in ("below", "under")]
_PREVIOUS_WORDS = ["from", "compared with", "compared to", "against", "versus", "vs", "vs.", "up from", "down from",
                   "比上年的", "由去年的", "从", "上年同期为"]


@pytest.mark.parametrize("lead", ["", "the figure was ", "(", "x", "Trade \u017fu", "到2024年首次", "\u212a "])
@pytest.mark.parametrize("trail", ["", " ", "  ", "\n", " \n", " the ", " a ", " mark of ", " level of\t", " THE\n",
                                   "!"])
def test_words_before_a_figure_are_found_as_by_the_plain_searches(lead, trail):
    # _may_end_with only skips searches that cannot match: every verdict is the plain search's.
    for phrase in [*_CROSSING_VERBS, *_PREVIOUS_WORDS, "突破", "跌破", "站上", "surpaſſed", "EXCEEDED", "Fell Below"]:
        for before in (f"{lead}{phrase}{trail}", f"{lead}{phrase.upper()}{trail}", f"{lead}{phrase}{trail}"[-40:]):
            for pattern, endings in ((_common._CROSSED_ABOVE, _common._CROSSED_ABOVE_ENDINGS),
                                     (_common._CROSSED_BELOW, _common._CROSSED_BELOW_ENDINGS),
                                     (_common._PREVIOUS_BEFORE, _common._PREVIOUS_BEFORE_ENDINGS)):
                plain = pattern.search(before) is not None
                assert (_common._may_end_with(before, endings) and pattern.search(before) is not None) == plain, \
                    (before, pattern.pattern[:30])
            assert (_common._PREVIOUS_AFTER.match(before) is None) == (_common._PREVIOUS_AFTER.search(before) is None)


def test_words_before_figures_of_the_examples_are_found_as_by_the_plain_searches():
    for text in [example[1] for example in examples_figures.EXAMPLES]:
        for end in range(len(text) + 1):
            for pattern, endings, width in ((_common._CROSSED_ABOVE, _common._CROSSED_ABOVE_ENDINGS, 40),
                                            (_common._CROSSED_BELOW, _common._CROSSED_BELOW_ENDINGS, 40),
                                            (_common._PREVIOUS_BEFORE, _common._PREVIOUS_BEFORE_ENDINGS, 30)):
                before = text[max(0, end - width):end]
                assert (_common._may_end_with(before, endings) and pattern.search(before) is not None) == \
                    (pattern.search(before) is not None)
