"""Each shortcut of extraction gives what the plain form it replaces gives.

Extraction skips work where it cannot find anything (a guard before an alternation, a search that
starts at the next digit, a window reversed instead of searched, a document fact read on demand).
Every shortcut here is compared with the plain form on text built to reach its edges: the
characters ``regex`` folds onto ASCII letters (long s, the Kelvin sign), the information separators
that ``regex`` counts as no space, line breaks before the end of a window, full stops and brackets.
"""

from __future__ import annotations

import random
import re
import sys

import regex

from ipnlp.extract import context as ctx
from ipnlp.extract import numbers, period, subject
from ipnlp.extract.claims import DocumentFactsOnDemand
from ipnlp.extract.recognizers import money
from ipnlp.extract.tables import load_tables
from ipnlp.segment.headings import _MARKER_STARTS, HEADING_PATTERNS, match_heading
from ipnlp.segment.lines import SPACES
from ipnlp.segment.sentences import _WORD_REVERSED, split_sentences

# Pieces the generated strings are made of: words of every list the shortcuts read, and the
# characters where ``re``, ``regex`` and ``str`` disagree.
_PIECES = [
    *"abcKsS .\n\t/&-x\x1c\x1f\u017f\u212a\u2028\u00a0\u0130\u0131)(,'\u2019",
    "more than ", "up to ", "of ", "than", "THAN", "at least ", "abouT ", "\u017fome ", "\u212aK",
    "two", "twenty-one", "a third of", "three quarters", "half of", "one in six", "tenfold", "two-fold",
    "doubled", "dozens of", "a hundred", "first", "March 5", "may", "January 22, 2025", "seventeenth ",
    "2024-01-02", "+86 10 6208 3114", "(010) 6208 3114", "1/4 of", "22 January 2025", "-.5", "6,13,000",
    "1e5", "2.48\u00d710\u22125", "year.1", "U.S.", "etc.", "No. ", "4.5", "1,234", "USD10m", "\u0663",
    "2023", "FY2024", "fy24/25", "from ", "between ", "March", "mar", "end-", "year-end", "the first half of ",
    "the end of the year", " Q3 ", "1H", "2nd quarter", "\u017feptember", "Augu\u017ft", "fiscal year 2023",
    "31 December 2024", "to 2025", "\U00010d40", "20\u0662\u0663", "\u0130",
]


def _strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def test_spaces_are_what_regex_calls_space() -> None:
    space = regex.compile(r"\s")
    assert {c for c in map(chr, range(sys.maxunicode + 1)) if space.match(c)} == set(SPACES)


def test_word_guard_rejects_no_match() -> None:
    guarded = numbers._word_re("en")
    plain = re.compile(re.sub(r"^\\b\(\?=\[a-z\]\)\(\?=.*?\)\(\?:\(\?P<date>", r"\\b(?=[a-z])(?:(?P<date>",
                              guarded.pattern, count=1))
    assert len(plain.pattern) < len(guarded.pattern)  # the guard was taken out
    for text in _strings(8_000, 1):
        lowered = numbers.ascii_lower(numbers.normalise(text.lower()))
        assert [(m.span(), m.groupdict()) for m in guarded.finditer(lowered)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(lowered)], text


def test_word_search_from_the_character_before_a_word_is_finditer() -> None:
    pattern = numbers._word_re("en")
    texts = [*_strings(8_000, 3), "\u00e9one two", "one", "x-two-fold \u00e9a third of", "a hundred-one"]
    for text in texts:
        lowered = numbers.ascii_lower(numbers.normalise(text.lower()))
        assert [(m.start(), m.end() - 1, m.lastgroup, m.groupdict()) for m in numbers._word_matches(lowered, "en")] \
            == [(*m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(lowered)], text


def test_digit_search_from_the_next_digit_is_finditer() -> None:
    pattern = numbers._digit_re("en")
    for text in _strings(8_000, 2):
        plain = numbers.normalise(text)
        assert [(m.span(), m.groupdict()) for m in numbers._digit_matches(pattern, plain)] == \
            [(m.span(), m.groupdict()) for m in pattern.finditer(plain)], text


def test_digit_shape_finds_digits_and_glued_codes_as_the_patterns() -> None:
    _, glued_ends, _ = numbers._glued_codes("en")
    table = numbers._digit_shape("en")
    texts = [*_strings(8_000, 4), "USD10m", "RM79", "\u00e9D1", "EUR\u06635", "$US113", "\u0130M2"]
    for text in texts:
        plain = numbers.normalise(text)
        shape = plain.encode("ascii", "replace").translate(table)
        assert (b"L0" in shape) == (glued_ends.search(plain) is not None), text
        pattern = numbers._digit_re("en")
        assert [(m.span(), m.groupdict()) for m in numbers._digit_matches(pattern, plain, shape)] == \
            [(m.span(), m.groupdict()) for m in pattern.finditer(plain)], text


def test_periods_tried_at_their_possible_starts_are_finditer() -> None:
    pattern = period._patterns("en")["period"]
    for text in _strings(8_000, 7):
        for start in (0, min(3, len(text))):
            assert [(m.span(), m.groupdict()) for m in period._period_matches(text, start, len(text), "en")] == \
                [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, len(text))], text


def test_periods_tried_after_counts_and_before_months_are_finditer() -> None:
    # A day is a place only before a month's name: counts ("5 months", "17 places") are skipped.
    pieces = ["5 months", "17 places", "4\u00a0March", "3 \x1cMarch", "05 \u017feptember", "1st  half", "2nd quarter",
              "the 3rd quarter of ", "31st December", "8 Dec.", "12th may", "9 mar", "6 \u2028june", "7th of July",
              "1\u0663 Jan", "2024", " ", ", ", "-", "(", "the", "end of ", "fy", "fiscal 24", "year-end", "H1 ", "q2"]
    pattern = period._patterns("en")["period"]
    rng = random.Random(11)
    for _ in range(6_000):
        text = "".join(rng.choice(pieces + _PIECES) for _ in range(rng.randint(1, 10)))
        for start in (0, min(2, len(text))):
            assert [(m.span(), m.groupdict()) for m in period._period_matches(text, start, len(text), "en")] == \
                [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, len(text))], text


def test_anchor_is_searched_only_where_its_opening_word_is_written() -> None:
    pattern = period._patterns("en")["anchor"]
    pieces = ["since the 18th National Congress", "\u017fince the 18th national congress",
              "FROM THE 18TH NATIONAL CONGRESS", "Since ", "from ", "the ", "18th National Congress",
              "\u212a", "\u0130"]
    rng = random.Random(12)
    for _ in range(4_000):
        text = "".join(rng.choice(pieces + _PIECES) for _ in range(rng.randint(1, 8)))
        if pattern.search(text, 0, len(text)) is not None:
            assert period._may_name_anchor(text, 0, len(text), "en"), text
    assert not period._may_name_anchor("Patents rose 5% in 2024.", 0, 24, "en")


def test_normalise_translates_runs_as_the_whole_text() -> None:
    assert all(numbers._NORMALISER[code] == chr(code) for code in range(128))
    for text in _strings(5_000, 3):
        assert numbers.normalise(text) == (text if text.isascii() else text.translate(numbers._NORMALISER))


def test_word_at_end_is_the_end_anchored_search() -> None:
    for extra in ("", "/", "/&"):
        pattern = regex.compile(rf"([A-Za-z][A-Za-z{regex.escape(extra)}]*)\.?\s*$")
        for text in _strings(8_000, 4):
            found = pattern.search(text)
            assert ctx.word_at_end(text, extra) == (found.group(1) if found else None), (text, extra)


def test_qualifier_shortcut_never_misses_a_qualifier() -> None:
    qualifier_re = load_tables("en").qualifier_re
    for text in _strings(10_000, 5):
        if qualifier_re.search(text) is not None:
            assert ctx.may_end_with_qualifier(text, "en"), text


def test_sentences_split_as_before_around_full_stops() -> None:
    word_before = regex.compile(r"(\S+)$")
    for text in _strings(5_000, 6):
        for start, end in split_sentences(text):
            assert text[start:end].strip() == text[start:end]
        for stop in (i for i, char in enumerate(text) if char == "."):
            before = text[max(0, stop - 12):stop + 1]
            assert word_before.search(before).group(1) == _WORD_REVERSED.match(before[::-1]).group()[::-1]


def test_document_facts_on_demand_are_the_document_facts() -> None:
    text = "All amounts are in Hong Kong dollars. The fund paid $5 million."
    read = money.document_facts(text, "en")
    on_demand = DocumentFactsOnDemand(text, "en", None)
    assert (on_demand.dollar_currency, on_demand.dollar_note) == (read.dollar_currency, read.dollar_note)
    on_demand = DocumentFactsOnDemand("S$5 and S$6 and S$7.", "en", None)
    assert on_demand._facts is None  # nothing read until asked
    assert on_demand.dollar_currency == money.document_facts("S$5 and S$6 and S$7.", "en").dollar_currency


def test_heading_markers_start_with_a_marker_character() -> None:
    rests = ["", " ", ". Title", ") Title", "). Title", " Title", "1. Title", ".1 Title", ": Title", "art 2: Title",
             "hapter one. Title", "I. Title", "# Title", "\u3001Title", ")\u3002 Title"]
    for code in range(128):
        if chr(code) in _MARKER_STARTS:
            continue
        for rest in rests:
            line = chr(code) + rest
            assert all(pattern.match(line) is None for _, pattern in HEADING_PATTERNS), line
            assert match_heading(line) is None


def test_ascii_twins_are_every_letter_regex_folds_onto_ascii() -> None:
    twins = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        pattern = regex.compile("(?i)" + letter)
        for char in map(chr, range(128, sys.maxunicode + 1)):
            if pattern.fullmatch(char):
                twins[ord(char)] = letter
    assert twins == numbers.ASCII_TWINS


_MONEY_PIECES = ["$", "$5", "HK$", "hk $", "HK \n $ 7", "U.S.", "u.s.", "U.S. $", "u.s.  $9", "US$1", "$US2", "$hk 3",
                 "S $", "s$4", "\u017f$6", "A$", "$A8", "mex$", "MXN$", "Singapore", "\u017fingapore", "singaporeans",
                 "Hong Kong", "hong\nkong", "HKSAR", "Canadian", "canada's", "New Zealand", "United  States",
                 "americans", "taiwanese", "all amounts are in HK$", "Figures are expressed in Singapore dollars",
                 "values in", "\u017fums were in US$", "ALL  AMOUNTS  ARE  IN  S$", " ", "\n", "x", "1", ".", ","]


def test_document_facts_shortcuts_are_the_plain_searches() -> None:
    table = money.currencies("en")
    rng = random.Random(11)
    for _ in range(6_000):
        text = "".join(rng.choice(_MONEY_PIECES + _PIECES) for _ in range(rng.randint(0, 16)))
        folded = numbers.ascii_folded(text)
        assert len(folded) == len(text)
        assert [m.span() for m in money._explicit_dollars(table, text)] == \
            [m.span() for m in table.explicit_re.finditer(text)], text
        assert [m.span() for m in money._jurisdictions_named(table, text, folded)] == \
            [m.span() for m in table.jurisdiction_re.finditer(text)], text
        plain = table.declaration_re.search(text)
        fast = money._declaration(table, text, folded, "en")
        assert (plain and plain.group("currency")) == (fast and fast.group("currency")), text


def test_unit_after_reads_what_the_unit_pattern_reads() -> None:
    unit_re = load_tables("en").unit_re
    for text in _strings(6_000, 12):
        text = f"5{text} percent, 3% and 4 \x1c% months"
        for end in range(len(text) + 1):
            match = unit_re.match(text, end, min(len(text), end + ctx.WINDOW))
            found = ctx.unit_after(text, end, len(text), "en")
            if found is not None:
                assert match is not None and found.end == match.end(), (text, end)
            elif match is not None:
                word = match.group("word")
                assert word and load_tables("en").units[" ".join(word.lower().split())].kind == "noun", (text, end)


def test_phrase_tail_guards_never_miss_a_tail() -> None:
    patterns = subject._subject_patterns("en")
    ends = [*subject._words("en")["baseline"], *subject._words("en")["trailing"], "HK", "S", "NZ", "\n"]
    rng = random.Random(13)
    for text in _strings(8_000, 14):
        text += rng.choice(ends) + rng.choice(["", "", " ", "\n", "S"])
        for kind, name in (("baseline", "baseline_end"), ("trailing", "trailing")):
            if patterns[name].search(text) is not None:
                assert subject._may_end_with(text, "en", kind), (kind, text)
        if subject._TRAILING_CURRENCY.search(text) is not None:
            assert text.endswith(subject._CODES_BEFORE_SYMBOL) or text.endswith("\n"), text


def test_change_patterns_start_and_end_where_their_guards_look() -> None:
    patterns = ctx._patterns("en")
    assert ctx._starts_with_space("en")
    rng = random.Random(15)
    for text in _strings(6_000, 16):
        text = rng.choice(["rose ", "up by about ", "fell\n", "down", ""]) + text + \
            rng.choice(["", " ", "\n", " growth", "\u2028decline"])
        if patterns["change_before"].search(text) is not None:
            assert text[-1:].isspace(), text
        for end in range(len(text)):
            if patterns["change_after"].match(text, end, end + ctx.WINDOW) is not None:
                assert text[end].isspace(), (text, end)


def test_age_condition_guard_reads_what_the_full_reading_reads(monkeypatch) -> None:
    import ipnlp
    from ipnlp.extract.recognizers import references

    rng = random.Random(17)
    words = ["when you turn", "aged", "Aged", "ages", "turning", "who turns", "after they turned",
             "until the child turns"]
    gaps = ["", " ", " under", " at least", " more than about", " between 25 and", " five to", " 18 or",
            " the", " very  very  very  long  words  here", ".", " " * 11, " " * 20, " over" + " " * 24,
            " 25" + " " * 10 + "to" + " " * 25, " 25 to"]
    sentences = [f"{rng.choice(words)}{rng.choice(gaps)}{rng.choice(gaps)}{rng.choice(gaps)} "
                 f"{rng.choice(['40', 'six', '55', '2'])}"
                 f"{rng.choice(['', ' years old', ' months', '%', ' and above'])} ride free."
                 for _ in range(1500)]
    text = "\n\n".join(sentences)
    guarded = [(c.start, c.unit, c.value) for c in ipnlp.analyze(text).claims]
    monkeypatch.setattr(references, "_age_words", lambda lang: ("",))  # "" is in every window: no guard
    assert [(c.start, c.unit, c.value) for c in ipnlp.analyze(text).claims] == guarded


def test_age_condition_guard_reaches_the_verb_before_a_bound_and_a_range(monkeypatch) -> None:
    from ipnlp.extract.recognizers import references
    from ipnlp.extract.recognizers.base import DocumentFacts, Reading

    rng = random.Random(19)
    cases = []
    for _ in range(3_000):
        text = (f"{rng.choice(['aged', 'Ages', 'when you turn', 'the'])}{' ' * rng.randint(1, 14)}"
                f"{rng.choice(['over', 'under', 'at least', ''])}{' ' * rng.randint(1, 28)}"
                f"25{' ' * rng.randint(0, 20)}to{' ' * rng.randint(1, 30)}40 years old")
        mention = numbers.find_mentions(text)[-1]
        cases.append(Reading(text, (0, len(text)), mention, "en", [], DocumentFacts(), in_range=True))
    guarded = [references._age_condition(reading, references.load("en")) for reading in cases]
    assert any(guarded)
    monkeypatch.setattr(references, "_age_words", lambda lang: ("",))  # "" is in every window: no guard
    assert [references._age_condition(reading, references.load("en")) for reading in cases] == guarded


def test_tidy_skips_only_substitutions_that_cannot_match() -> None:
    """``_tidy`` runs the emphasis, aside, adverbial and "number of" substitutions only when the phrase
    has a character they need, and the lead-in strip once more only after "the number of" went."""
    lead, count = subject._strip_patterns("en")
    patterns = subject._subject_patterns("en")
    rng = random.Random(21)
    extras = ["the number of ", "Total Amount OF", "a total of ", ", as measured", ", which", "**GST**", "__x__",
              "Driven by the fall, ", "Firstly, the ", "among them, ", "and the ", "oF ", "\u017fome "]
    for text in _strings(8_000, 22):
        text = rng.choice(extras) + text + rng.choice(extras)
        if count.search(text) is not None:
            assert "of" in text.lower(), text
        if patterns["aside_tail"].search(text) is not None or patterns["adverbial_lead"].search(text) is not None:
            assert "," in text, text
        if subject._EMPHASIS.search(text) is not None:
            assert "*" in text or "__" in text, text
        stripped = lead.sub("", text)
        assert lead.sub("", stripped) == stripped, text


def test_address_and_clause_shortcuts_are_the_plain_reads() -> None:
    from ipnlp.extract.recognizers import references

    def plain_inside_address(text: str, start: int, sentence_start: int) -> bool:
        window_start = max(sentence_start, start - references._URL_LOOKBACK)
        token_start = max(window_start, text.rfind(" ", window_start, start) + 1,
                          text.rfind("\n", window_start, start) + 1)
        return any(text.find(mark, token_start, start) >= 0 for mark in references._ADDRESS_MARKS)

    rng = random.Random(23)
    marks = ["://", "www.", "WWW.", "@", " ", "\n", "a", "5"]
    for text in _strings(3_000, 24):
        text = "".join(rng.choice(marks) for _ in range(3)) + text
        for start in range(len(text) + 1):
            for sentence_start in (0, min(2, len(text))):
                assert references._inside_address(text, start, sentence_start) == \
                    plain_inside_address(text, start, sentence_start), (text, start)
        if subject._FIGURE_THEN_CONJUNCTION.search(text) is not None:
            assert subject._DIGIT.search(text) is not None, text


def test_single_spaces_is_the_space_substitution() -> None:
    for text in _strings(8_000, 25):
        for variant in (text, text.replace("\n", " "), " ".join(text.split())):
            assert subject._single_spaces(variant) == subject._SPACE.sub(" ", variant), variant


def test_clause_breaks_tried_at_their_possible_places_are_the_full_scan() -> None:
    assert subject.load("en").CLAUSE_BREAK == subject._EN_CLAUSE_BREAK  # else the shortcut is off
    pattern = subject._clause_break("en")
    rng = random.Random(27)
    pieces = [";", ":", ", and ", ", while ", ", The", ", 28", ", the ", ", rated ", "Among them,", "AMONG  them",
              "that ", "thAt ", " \u2013 ", "\u2014 ", " \u2014", "\u212aamong them", " x ", "\n",
              ", and that ", "that that  ", ",,", ";;", ", among them, ", " \u2013 \u2013 ", "\u2013\u2014 "]
    for text in _strings(4_000, 28):
        text = "".join(rng.choice([*pieces, text]) for _ in range(4))
        for start in range(0, len(text) + 1, 3):
            for end in (len(text), max(start, len(text) - 4)):
                plain = [m.span() for m in pattern.finditer(text, start, end)]
                fast = [m.span() for m in subject._clause_breaks(text, start, end, "en")]
                assert plain == fast, (text, start, end)


def test_share_and_figure_shortcuts_are_the_full_patterns() -> None:
    share = subject._subject_patterns("en")["share_of"]
    rng = random.Random(29)
    pieces = ["1", "12", "613", "2024", "613,000", "4.5", "\u0663", " in ", " out of ", "-third of ", " thirds of ",
              " quarter of the ", "one in four ", "a third of ", "half of ", " and ", ", ", " 5% ", "x", "\u2028"]
    for text in _strings(3_000, 30):
        text = "".join(rng.choice([*pieces, text]) for _ in range(5))
        for start in range(len(text)):
            if share.match(text, start, min(len(text), start + 60)) is not None:
                assert subject._may_open_share(text, start), (text, start)
        for start in range(0, len(text) + 1, 2):
            assert [m.span() for m in subject._figures_then_conjunctions(text, start, len(text))] == \
                [m.span() for m in subject._FIGURE_THEN_CONJUNCTION.finditer(text, start, len(text))], (text, start)


def test_verb_read_stretch_by_stretch_is_the_clause_scan() -> None:
    assert subject._verbs_are_words("en")  # else the stretches are not used
    assert all(bool(subject._LAST_VERB_BREAKER.search(chr(code))) == subject._breaks_verbs(chr(code))
               for code in range(sys.maxunicode + 1))
    rng = random.Random(31)
    pieces = ["rose ", "has been  increased ", "has\n\nbeen ", "was", " were up from ", "reached", "fell by ", "2024",
              ", ", "(", ")", "5", "$", "-", "\u017ftood ", "\u212a", "grew", "is ", "will be ", "accounted for ",
              "totalled", " up to ", "\u2028", "\x1c", "x", "'s "]
    for text in _strings(2_000, 32):
        text = "".join(rng.choice([*pieces, text]) for _ in range(8)) + rng.choice(["5%", "$3", "7", "five", ""])
        for number_start in range(len(text) + 1):
            for start in (0, number_start // 2, number_start):
                plain = subject._last_verb(text, start, number_start, min(len(text), number_start + 40), "en")
                found = subject._verb_before(text, start, number_start, "en")
                assert (plain and plain.span()) == (found and found.span()), (text, start, number_start)
