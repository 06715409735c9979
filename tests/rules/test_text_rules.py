"""Focused behaviour of the text rules: what they read, what they report, and what they leave alone."""

from __future__ import annotations

import pytest

from ipnlp.api import build_view
from ipnlp.rules.text import (
    RULES,
    acronym_before_definition,
    duplicate_clause,
    duplicate_sentence,
    enumeration_order,
    enumeration_style,
    heading_numbering,
    heading_punctuation,
    tense_inconsistency,
    term_inconsistency,
)
from ipnlp.rules.text._common import enumeration_item, part_orientation
from ipnlp.rules.text._similarity import Unit, candidate_pairs


def run(module, text: str):
    return list(module.check(build_view(text)))


def test_rules_have_documented_codes_names_and_severities():
    assert [r.code for r in RULES] == sorted(r.code for r in RULES)
    for rule in RULES:
        for heading in ("## What it does", "## Why it matters", "## Example", "## Use instead"):
            assert heading in rule.doc, f"{rule.code} doc lacks {heading}"
    names = {r.code: (r.name, r.severity) for r in RULES}
    assert names["IPN201"] == ("duplicate-sentence", "warning")
    assert names["IPN202"] == ("duplicate-clause", "warning")
    assert names["IPN304"] == ("enumeration-style", "info")
    assert names["IPN411"] == ("acronym-before-definition", "info")


# --- enumerations ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "value", "style", "lead"),
    [
        ("Firstly, we acted.", 1, "adverb-ly", "Firstly"),
        ("First, we acted.", 1, "bare", "First"),
        ("The second is to act.", 2, "clause", "The second is"),
        ("Thirdly, we acted.", 3, "adverb-ly", "Thirdly"),
        ("Fourth, we acted.", 4, "bare", "Fourth"),
        ("The second batch of ports opened.", None, None, None),
        ("Second China-Asia Forum was held.", None, None, None),
        ("First-time applicants rose.", None, None, None),
    ],
)
def test_enumeration_ordinals_are_read_by_form(sentence, value, style, lead):
    item = enumeration_item(sentence, (0, len(sentence)))
    if value is None:
        assert item is None
    else:
        assert (item.value, item.style, sentence[item.lead_start:item.lead_end]) == (value, style, lead)


def test_enumeration_restarts_at_first_and_does_not_run_across_headings():
    text = ("I. Review\n\n1) Water\n\nFirst, we dug wells. Second, we built dams.\n\n"
            "2) Soil\n\nFirst, we planted trees. Second, we stopped erosion. Third, we tested soil.\n")
    assert run(enumeration_order, text) == []


def test_enumeration_skip_names_the_expected_ordinal():
    (finding,) = run(enumeration_order, "First, we dug. Second, we built. Fourth, we tested.")
    assert "3 was expected" in finding.message
    assert [e.text for e in finding.evidence] == ["Second", "Fourth"]


def test_enumeration_style_shows_the_rarest_form_once_for_the_document():
    text = ("First, we dug. The second is to build. Third, we tested.\n\n"
            "Firstly, costs fell. Secondly, delays fell.\n\nFirst, a. Second, b.")
    (finding,) = run(enumeration_style, text)
    assert finding.severity == "info"
    assert [e.text for e in finding.evidence] == ["The second is"]


# --- headings ----------------------------------------------------------------------------------------
def test_heading_gap_and_repeat():
    text = "I. A\n\n1) One\n\nx.\n\n2) Two\n\nx.\n\n2) Again\n\nx.\n\n5) Five\n\nx.\n"
    messages = [f.message for f in run(heading_numbering, text)]
    assert any("repeats" in m for m in messages)
    assert any("number 3 was expected (skipped)" in m for m in messages)


def test_double_ordinal_points_at_marker_and_ordinal_word():
    text = "I. Results of 2024\n\nText.\n\nII. Second, plans for 2025\n\nText.\n"
    (finding,) = run(heading_numbering, text)
    assert [e.text for e in finding.evidence][:2] == ["II.", "Second"]


def test_headings_numbered_in_separate_parts_restart_without_findings():
    text = "I. A\n\n1) One\n\nx.\n\n2) Two\n\nx.\n\nII. B\n\n1) One\n\nx.\n\n2) Two\n\nx.\n"
    assert run(heading_numbering, text) == []
    assert run(heading_punctuation, text) == []


def test_heading_punctuation_reports_the_minority_form():
    text = "I. A\n\n1). One\n\nx.\n\n2) Two\n\nx.\n\n3) Three\n\nx.\n"
    (finding,) = run(heading_punctuation, text)
    assert [e.text for e in finding.evidence] == ["1).", "2)"]


# --- duplicates -------------------------------------------------------------------------------------
def test_duplicate_sentence_names_the_differing_figures():
    text = ("Ports handled 412,000 containers for the year, up 8.2% year-on-year; among them, 50,000 were "
            "refrigerated. Delays fell. Ports handled 410,000 containers for the year, up 8.2% "
            "year-on-year.")
    (finding,) = run(duplicate_sentence, text)
    assert "412,000 vs 410,000" in finding.message
    assert finding.evidence[0].text.endswith("year-on-year")  # the opening clause, not the whole sentence


@pytest.mark.parametrize(("first", "second", "severity"), [
    # one announcement for another date: a calendar's entries, shown as info
    ("The authority announced in May 2021 an issue of $40 billion of bills to meet the demand of banks.",
     "The authority announced in June 2022 an issue of $40 billion of bills to meet the demand of banks.",
     "info"),
    # a figure that is no date still differs: a warning
    ("The authority announced in May 2021 an issue of $40 billion of bills to meet the demand of banks.",
     "The authority announced in May 2021 an issue of $45 billion of bills to meet the demand of banks.",
     "warning"),
])
def test_a_repeat_that_differs_only_in_its_dates_is_info(first, second, severity):
    (finding,) = run(duplicate_sentence, f"{first} Then the market calmed. {second}")
    assert finding.severity == severity


def test_a_sentence_about_another_named_thing_is_no_repeat():
    text = ("So, I will top up the National Productivity Fund by $3 billion to support our firms. Then other "
            "things. I will top up the Fund by $5 billion to support our firms.")
    assert run(duplicate_sentence, text) == []
    # the same sentence with the name kept is a repeat whose figures differ
    (finding,) = run(duplicate_sentence, text.replace("top up the Fund", "top up the National Productivity Fund"))
    assert "$3 billion" not in finding.message and "3 vs 5" in finding.message


def test_parallel_clauses_of_two_sentences_are_not_duplicate_sentences():
    text = ("It issued the regional plan for wetland protection, and trained 300 rangers. "
            "It will implement the regional plan for wetland protection, and will train more rangers.")
    assert run(duplicate_sentence, text) == []


def test_candidate_index_finds_a_planted_pair_among_many_units():
    units = [Unit(i, i + 1, tuple(f"w{i}_{k}" for k in range(10)), i) for i in range(2000)]
    units.append(Unit(9999, 10000, units[7].words, 2000))
    assert list(candidate_pairs(units)) == [(7, 2000)]


def _reference_pairs(units, cap):
    """candidate_pairs written plainly: one postings list per shingle, counted per shingle."""
    from ipnlp.rules.text._similarity import shingles
    index: dict = {}
    for later, unit in enumerate(units):
        shared: dict[int, int] = {}
        for shingle in shingles(unit.words):
            postings = index.setdefault(shingle, [])
            if len(postings) <= cap:
                for earlier in postings:
                    shared[earlier] = shared.get(earlier, 0) + 1
                postings.append(later)
        size = len(shingles(unit.words))
        for earlier in sorted(shared):
            if 2 * shared[earlier] >= min(size, len(shingles(units[earlier].words))):
                yield earlier, later


def _passages(rng, vocabulary: int, longest: int, count: int) -> list[list[int]]:
    return [[rng.randrange(vocabulary) for _ in range(rng.randint(0, longest))] for _ in range(count)]


def _units(word_lists) -> list[Unit]:
    return [Unit(i, i + 1, tuple(words), i) for i, words in enumerate(word_lists)]


def test_candidate_pairs_match_a_plain_count_on_repeated_passages(monkeypatch):
    # Shared postings lists (split when a unit holds some of a list's shingles) must propose exactly
    # the pairs of one list per shingle, the postings cap included.
    import random

    from ipnlp.rules.text import _similarity
    rng = random.Random(7)
    for cap in (64, 2):
        monkeypatch.setattr(_similarity, "MAX_POSTINGS", cap)
        for _ in range(200):
            passages = _passages(rng, 12, 10, 5)
            word_lists = []
            for _ in range(rng.randint(1, 60)):
                words = list(rng.choice(passages))
                if words and rng.random() < 0.4:
                    words[rng.randrange(len(words))] = rng.randrange(12)
                word_lists.append(words)
            units = _units(word_lists)
            assert list(candidate_pairs(units)) == list(_reference_pairs(units, cap))


def test_half_overlap_by_later_is_candidates_by_later_without_empty_picks(monkeypatch):
    # Counted from the dense units by a prefix filter, or by the postings when passages repeat word
    # for word: the same pairs either way, the postings cap included.
    import random

    from ipnlp.rules.text import _similarity
    rng = random.Random(11)
    for cap in (64, 2):
        monkeypatch.setattr(_similarity, "MAX_POSTINGS", cap)
        for _ in range(300):
            passages = _passages(rng, 30, 12, 8)
            word_lists = []
            for _ in range(rng.randint(1, 60)):
                words = list(rng.choice(passages)) if rng.random() < 0.5 else _passages(rng, 30, 12, 1)[0]
                for _ in range(rng.randint(0, 3)):
                    if words:
                        words[rng.randrange(len(words))] = rng.randrange(30)
                word_lists.append(words)
            units = _units(word_lists)
            sets = [_similarity.shingles(u.words) for u in units]
            expected = [found for found in _similarity.candidates_by_later(units, shingle_sets=sets) if found[1]]
            assert list(_similarity.half_overlap_by_later(units, sets)) == expected


def test_a_passage_repeated_many_times_reports_each_copy_once_against_the_first():
    # Each copy pairs with every earlier one; a copy already reported skips the rest of its pairs.
    passage = ("Ports handled 412,000 containers for the year, up 8.2% year-on-year in total. "
               "Wetland rangers patrolled the northern coastal reserves every single week this year. ")
    findings = run(duplicate_sentence, passage * 6)
    assert len(findings) == 10
    firsts = {f.evidence[0].start for f in findings}
    assert firsts == {0, len(passage.split(". ")[0]) + 2}


def test_parallel_slogan_clauses_are_not_restatements():
    text = ("Hold to the principle that careful budgeting is a duty, not checking budgets is neglect of "
            "duty, not good budgeting is neglect of duty, and keep improving.")
    assert run(duplicate_clause, text) == []


def test_comma_splice_restatement_is_found_within_a_sentence():
    text = ("The ministry strengthened audits, set up a nationwide register of protected wetland areas, "
            "It will set up a nationwide register of protected wetland areas.")
    (finding,) = run(duplicate_clause, text)
    assert "within the same sentence" in finding.message
    assert len(finding.evidence) == 2


def test_infinitive_fragment_restating_the_previous_sentence():
    text = ("We will finish the survey, so as to ensure that the first stage targets of the wetland "
            "programme are completed with high quality. To ensure the completion of the first stage of "
            "the wetland programme with high quality.")
    (finding,) = run(duplicate_clause, text)
    second_sentence = text.index("To ensure")
    assert finding.evidence[0].end <= second_sentence <= finding.evidence[1].start


# --- terminology ------------------------------------------------------------------------------------
def test_ordinal_out_of_series_is_an_error_and_neighbours_are_fine():
    text = ("The 14th Road Programme ends this year. We will draft the Tenth Road Programme. "
            "The 15th Road Programme follows. The 18th Party Congress and the 20th Party Congress met.")
    findings = run(term_inconsistency, text)
    assert [f.severity for f in findings] == ["error"]
    assert "Tenth Road Programme" in [e.text for e in findings[0].evidence]


def test_quoted_formula_case_variant_is_info_but_generic_lower_case_use_is_not():
    text = ("We upheld the “Three Priorities” and the Customs Law. We upheld the “three priorities” again. "
            "Customs law enforcement improved.")
    findings = run(term_inconsistency, text)
    assert len(findings) == 1
    assert findings[0].severity == "info"
    assert "Three Priorities" in findings[0].message


def test_reworded_name_middle_is_a_warning_but_different_ministries_are_not():
    text = ("The Ministry of Science and Technology and the Ministry of Industry and Information Technology "
            "met. The National Road Safety Awareness Week opened; the National Road Safety Publicity Week "
            "closed.")
    findings = run(term_inconsistency, text)
    assert len(findings) == 1
    assert findings[0].severity == "warning"
    assert "Awareness Week" in findings[0].message


def test_names_sharing_only_a_family_lead_and_an_ending_are_two_names():
    family = " ".join(f"The Hong Kong {word} Board met." for word in
                      ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa"))
    text = family + (" Hong Kong Interbank Clearing Limited runs the system. Hong Kong Exchanges and Clearing"
                     " Limited runs the market.")
    assert run(term_inconsistency, text) == []
    # without the family, the same two names share a frame and are read as one reworded name
    (finding,) = run(term_inconsistency, text[len(family):])
    assert "Clearing Limited" in finding.message


def test_members_of_a_numbered_series_are_not_a_reworded_name():
    text = "Phases I and II Open APIs are live. Phases III and IV Open APIs follow next year."
    assert run(term_inconsistency, text) == []


def test_alias_table_links_a_former_name_to_the_current_one():
    text = "The State Intellectual Property Office met. The China National Intellectual Property Administration met."
    (finding,) = run(term_inconsistency, text)
    assert "former name" in finding.message


def test_acronym_defined_first_is_fine_and_unmatched_brackets_are_not_definitions():
    text = "The European Patent Office (EPO) met the Sino-Arab (UAE) delegation. The EPO agreed."
    assert run(acronym_before_definition, text) == []


def test_acronym_used_before_definition_lists_every_early_use():
    text = "The EPO met. The EPO agreed. Later the European Patent Office (EPO) signed."
    (finding,) = run(acronym_before_definition, text)
    assert [e.text for e in finding.evidence] == ["EPO", "EPO", "European Patent Office (EPO)"]


# --- tense ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "orientation"),
    [("I. Main Progress of Work in 2024", "results"), ("II. Do a good job of work in 2025", "plans"),
     ("III. Tasks for 2026", "plans"), ("IV. Staff", None)],
)
def test_part_orientation_from_heading_year_and_wording(heading, orientation):
    view = build_view(f"Report of the Bureau\n\n2025-01-20\n\n{heading}\n\nText.\n")
    part = next(s for s in view.sections if s.kind == "part")
    assert part_orientation(view, part) == orientation


def test_future_statement_in_a_results_part_is_info():
    text = ("Report\n\n2025-01-20\n\nI. Progress in 2024\n\nWe have built dams. We will actively expand "
            "the network.\n")
    (finding,) = run(tense_inconsistency, text)
    assert finding.severity == "info"
    assert finding.evidence[0].text == "We will actively expand"


def _builtin_codes() -> list[str]:
    from ipnlp.rules import registry

    return [rule.code for rule in registry.builtin_rules()]


# Every built-in rule's documentation states what it cannot see (``ipnlp rules CODE``).
@pytest.mark.parametrize("code", _builtin_codes())
def test_rule_documents_its_known_limitations(code):
    from ipnlp.rules import registry

    doc = registry.get_rule(code).doc
    section = doc.split("## Known limitations", 1)
    assert len(section) == 2 and section[1].strip(), f"{code} has no known limitations in its doc"


_SUMMARY_THEN_BODY = (
    "# Highlights of 2030\n\n# Banking\n\nThe classified loan ratio of the industry stayed low at the end of "
    "the year, at {first} of total loans.\n\n# Markets\n\nText.\n\n# Banking\n\nCredit grew.\n\nThe classified "
    "loan ratio of the industry stayed low at the end of the year, at {second} of total loans.\n"
)


@pytest.mark.parametrize(("first", "second", "severity"), [
    ("1.1%", "1.1%", "info"),  # a summary restating the body is what a summary is for
    ("1.1%", "1.4%", "warning"),  # with another figure it is a contradiction
])
def test_a_summary_restating_the_body_is_info_unless_the_figures_differ(first, second, severity):
    from ipnlp.api import analyze
    from ipnlp.config import Settings

    text = _SUMMARY_THEN_BODY.format(first=first, second=second)
    found = [f for f in analyze(text, config=Settings(select=("IPN201",))).findings]
    assert [f.severity for f in found] == [severity]


def test_ordinal_names_found_at_searched_places_match_a_full_scan():
    # IPN410 tries its ordinal-name pattern only where a lower-case search finds an ordinal's first
    # letters or a digit before "st"/"nd"/"rd"/"th"; it must find what scanning every place finds,
    # including after case folds ("İ", a long "ſ") and non-ASCII digits.
    import random

    from ipnlp.rules.text import term_inconsistency
    rng = random.Random(5)
    pieces = ["First", "first", "FIRST", "Firstly", "fourteenth", "Fourth", "Seventeenth", "Tenth", "14th",
              "1234th", "3rd", "٣rd", "１２th", "21st", "x1st", "Plan", "Five-Year", "the", " ", " ", "\n", "“",
              "”", "'", "-", "ſecond", "İ", "Several", "Ninth", "Tenthly", "Twelfth", "Eleventh", "Ⅻ"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        full = [(m.span(), m.span("ordinal")) for m in term_inconsistency._ordinal_name_pattern().finditer(text)]
        found = term_inconsistency._ordinal_matches(_bare_view(text))
        assert [(m.span(), m.span("ordinal")) for m in found] == full


def test_plain_name_pattern_opening_with_its_first_character_finds_what_the_regex_pattern_finds():
    # On plain text names are found by a pattern that opens with the class of its first character
    # and checks the character before after it; upper-case letters and digits next to letters,
    # digits, hyphens and apostrophes are where it could differ.
    import random

    from ipnlp import plain_text
    from ipnlp.rules.text import _names
    rng = random.Random(23)
    pieces = ["A", "B1", "14th", "1st", "9", "x", "and", "of", "the", "Week", "O'Neil", "-", "'", "’", " ", " ",
              "\n", ".", "Five-Year", "WIPO", "2nd", "th", "é"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        if plain_text.is_plain(text):
            expected = [m.span() for m in _names._NAME.finditer(text)]
            assert [m.span() for m in _names._PLAIN_NAME.finditer(text)] == expected


def _bare_view(text):
    from ipnlp.view import ReportView
    return ReportView(text=text, sections=(), claims=(), paragraphs=(), sentences=())


def test_letter_runs_are_every_run_of_letters_lower_cased():
    # IPN410 looks words up among the report's runs of letters, read from the text's bytes; they
    # must be what a regex finds, and None (the rules scan instead) on text that is not plain.
    import random

    import regex

    from ipnlp.rules.text._vocabulary import letter_runs
    rng = random.Random(11)
    pieces = ["Four", "for", "GEO", "graphic", "x1", "-", "’", " ", "\n", "“", "é", "Ⅻ", "\x85", "İ", "ab", "\x1c",
              "\ud800", "1st", "'", "."]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        runs = letter_runs(_bare_view(text))
        plain = not regex.search(r"[^\x00-\x7f]", text) or all(
            not regex.match(r"[\p{L}\p{N}\p{Han}\s]", c) for c in text if ord(c) > 127)
        assert (runs is None) == (not plain)
        if runs is not None:
            assert runs == set(regex.findall(r"\p{L}+", text.lower()))


def test_spelling_pairs_found_from_the_runs_of_letters_match_a_full_scan():
    # IPN410 looks for a spelling pair's first word only where a word with a variant spelling in
    # the report is; it must find every pair the full scan finds that could make a finding.
    import random
    from unittest import mock

    from ipnlp.rules.text import term_inconsistency
    rng = random.Random(7)
    words = ["for", "four", "Four", "FOR", "our", "or", "Our", "geographic", "Geographical", "centre", "center",
             "years", "Years", "x1", "-", "’", "(", "é"]
    separators = [" ", " ", "\n", "\t", "-", "(", ""]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 12)))
        view = _bare_view(text)
        runs = term_inconsistency.letter_runs(view)
        wanted = None if runs is None else set(term_inconsistency._variant_words(runs))
        full = [(m.start(1), m.end(2), m.group(1), m.group(2)) for m in term_inconsistency._BIGRAM.finditer(text)
                if wanted is None or m.group(1).lower() in wanted]
        assert term_inconsistency._bigram_matches(view) == full
        found = list(term_inconsistency._spelling_variants(view))
        with mock.patch.object(term_inconsistency, "letter_runs", lambda view: None):  # the full scan
            assert found == list(term_inconsistency._spelling_variants(_bare_view(text)))


def test_phrase_weight_bound_is_never_below_the_aligned_content():
    # IPN202 aligns two clauses only when the words they share in runs of three, or in pairs of
    # heavy content words, could weigh enough; the bound must never fall below what aligning finds.
    import random

    from ipnlp.rules.text._restatement import Word, phrase_weight_bound, shared_phrases
    rng = random.Random(17)
    weights = {f"k{i}": rng.choice([1.0, 1.0, 0.9, 0.6, 0.5, 0.4, 1 / 3, 0.0]) for i in range(8)}

    def clause(n, capitalised):
        return [Word(i, i + 1, key, key != "k0", rng.random() < capitalised)
                for i, key in enumerate(rng.choice(list(weights)) for _ in range(n))]

    text = "x" * 400
    for capitalised in (0.2, 0.6, 0.9):  # names' words count only where not matched with a name's
        for _ in range(3000):
            a, b = clause(rng.randint(0, 25), capitalised), clause(rng.randint(0, 25), capitalised)
            overlap = shared_phrases(a, b, text, weights.__getitem__)
            assert phrase_weight_bound(a, b, weights.__getitem__) >= (overlap.content if overlap else 0.0) - 1e-9


def test_split_bound_is_never_below_what_two_clauses_of_the_sentence_share():
    # IPN202 compares the clauses of a sentence only when the sentence's repeated keys could weigh
    # enough, whatever the split; the bound must never fall below what aligning any two finds.
    import random
    from collections import Counter
    from itertools import compress

    from ipnlp.rules.text._restatement import Word, shared_phrases
    from ipnlp.rules.text.duplicate_clause import _split_bound
    rng = random.Random(23)
    weights = {f"k{i}": rng.choice([1.0, 1.0, 0.9, 0.6, 0.5, 0.4, 1 / 3, 0.0]) for i in range(6)}
    text = "x" * 400
    for _ in range(1500):
        words = [Word(i, i + 1, key, key != "k0", rng.random() < 0.3)
                 for i, key in enumerate(rng.choice(list(weights)) for _ in range(rng.randint(0, 24)))]
        keys = [w.key for w in words]
        content_keys = list(compress(keys, [w.content for w in words]))
        counts = Counter(keys)
        bound = _split_bound(counts, Counter(content_keys), {k for k in content_keys if counts[k] > 1},
                             weights.__getitem__)
        for cut in range(len(words) + 1):
            for left_start, right_end in ((0, len(words)), (rng.randint(0, cut), rng.randint(cut, len(words)))):
                overlap = shared_phrases(words[left_start:cut], words[cut:right_end], text, weights.__getitem__)
                assert bound >= (overlap.content if overlap else 0.0) - 1e-9


def test_split_ceiling_is_never_below_the_split_bound():
    # IPN202 counts a sentence's keys only when a cheaper sum over its content keys could reach enough.
    import random
    from collections import Counter
    from itertools import compress

    from ipnlp.rules.text.duplicate_clause import _split_bound, _split_ceiling
    rng = random.Random(29)
    weights = {f"k{i}": rng.choice([1.0, 1.0, 0.9, 0.6, 0.5, 0.4, 1 / 3, 0.0]) for i in range(8)}
    for _ in range(3000):
        keys = [rng.choice(list(weights)) for _ in range(rng.randint(0, 30))]
        content = [rng.random() < 0.7 for _ in keys]
        content_keys = list(compress(keys, content))
        distinct = set(content_keys)
        mixed = distinct.intersection(compress(keys, [not c for c in content]))
        counts = Counter(keys)
        bound = _split_bound(counts, Counter(content_keys), {k for k in distinct if counts[k] > 1}, weights.__getitem__)
        assert _split_ceiling(content_keys, distinct, mixed, weights.__getitem__) >= bound - 1e-9
        assert len(content_keys) - len(distinct) + len(mixed) >= bound - 1e-9


def test_phrase_bound_of_parts_is_the_phrase_weight_bound_of_the_slices():
    import random

    from ipnlp.rules.text._restatement import Runs, Word, phrase_bound, phrase_weight_bound
    rng = random.Random(31)
    weights = {f"k{i}": rng.choice([1.0, 0.9, 0.6, 0.51, 0.5, 0.4, 1 / 3, 0.0]) for i in range(6)}
    for _ in range(2000):
        words = [Word(i, i + 1, rng.choice(list(weights)), rng.random() < 0.7, rng.random() < 0.3)
                 for i in range(rng.randint(0, 40))]
        runs = Runs.of([w.key for w in words], [w.content for w in words], [w.capitalised for w in words])
        a0, a1, b0, b1 = (rng.randint(0, len(words)) for _ in range(4))
        assert phrase_bound(runs, a0, a1, runs, b0, b1, weights.__getitem__) == phrase_weight_bound(
            words[a0:a1], words[b0:b1], weights.__getitem__)


def test_phrase_weight_bound_leaves_out_a_name_b_has_only_as_a_name():
    from ipnlp.rules.text._restatement import Word, phrase_weight_bound

    def clause(keys, capitalised):
        return [Word(i, i + 1, key, True, capitalised) for i, key in enumerate(keys)]

    name = ["national", "intellectual", "property", "administration"]
    assert phrase_weight_bound(clause(name, True), clause(name, True), lambda k: 1.0) == 0.0
    assert phrase_weight_bound(clause(name, True), clause(name, False), lambda k: 1.0) == 4.0
    assert phrase_weight_bound(clause(name, False), clause(name, True), lambda k: 1.0) == 4.0


def test_an_ordinal_matched_through_case_folding_does_not_crash_the_enumeration_rules():
    # "Firſt" (long s) matches the case-insensitive enumeration pattern as "first"
    from ipnlp import analyze

    findings = analyze("Firſt, we will grow. Second, we will build. Third, we will save.").findings
    assert [f.code for f in findings if f.code == "IPN000"] == []


def test_restated_within_finds_the_break_that_aligning_every_break_finds():
    # IPN202 skips breaks by bounds and aligns the rest from the highest bound down; the result must
    # be that of aligning every break: the most content shared, the first break of equals.
    import bisect
    import random

    from ipnlp.index import WordIndex
    from ipnlp.rules.text import duplicate_clause as dc
    from ipnlp.rules.text._restatement import SentenceWords, shared_phrases

    rng = random.Random(37)
    found = 0
    vocabulary = ["rivers", "wetland", "rangers", "patrolled", "reserves", "the", "of", "coastal", "northern",
                  "funding", "training", "and", "Ports", "Fund", "protection", "plan"]
    for _ in range(300):
        clauses = []
        for _ in range(rng.randint(2, 6)):
            base = [rng.choice(vocabulary) for _ in range(rng.randint(3, 9))]
            clauses.append(" ".join(base))
            if rng.random() < 0.5:  # a clause said again, perhaps changed a little
                again = list(base)
                if again and rng.random() < 0.5:
                    again[rng.randrange(len(again))] = rng.choice(vocabulary)
                clauses.append(" ".join(again))
        text = ", ".join(clauses) + "."
        words = WordIndex(text, [(0, len(text))])
        sentences = SentenceWords(text, words)
        weight = dc._weights(sentences.key_sets + [{"the", "of", "and"}] * 10)  # function words weigh less
        got = dc._restated_within(sentences, 0, text, (0, len(text)), weight)
        all_words = sentences.words(0)
        ends, starts = [w.end for w in all_words], [w.start for w in all_words]
        best = None
        for match in dc._CLAUSE_BREAK.finditer(text):
            left_end = bisect.bisect_right(ends, match.start())
            right_start = bisect.bisect_right(starts, match.start())
            left_start, right_end = max(0, left_end - dc.MAX_SIDE_WORDS), right_start + dc.MAX_SIDE_WORDS
            if left_end - left_start < dc.MIN_CLAUSE_WORDS or min(right_end, len(all_words)) - right_start < 4:
                continue
            overlap = shared_phrases(all_words[left_start:left_end], all_words[right_start:right_end], text, weight)
            if overlap is not None and overlap.content >= dc.MIN_SHARED_CONTENT and (
                    best is None or overlap.content > best.content):
                best = overlap
        assert got == best
        found += got is not None
    assert found > 30  # the case is exercised


def test_frequent_edits_are_pyspellcheckers_edits_among_the_frequent_words():
    # IPN414 makes a rare word's one-letter edits with the frequent words' letters only and looks
    # each kind up as a list; it must find what pyspellchecker's edit_distance_1 & frequent finds,
    # accented and non-Latin letters included.
    import random

    pytest.importorskip("spellchecker")
    from ipnlp.rules.text import misspelling
    dictionary = misspelling._dictionary()
    rng = random.Random(31)
    letters = "aeinrstlcé'ωï"
    def slip(word):  # one letter deleted, swapped, changed or added, any letter
        i = rng.randrange(len(word))
        return rng.choice([word[:i] + word[i + 1:], word[:i] + word[i + 1:i + 2] + word[i] + word[i + 2:],
                           word[:i] + rng.choice(letters) + word[i + 1:], word[:i] + rng.choice(letters) + word[i:]])

    for _ in range(300):
        words = ["".join(rng.choice(letters[:9]) for _ in range(rng.randint(4, 7))) for _ in range(10)]
        frequent = {slip(rng.choice(words)) for _ in range(30)} | {"".join(rng.sample(letters, 5)) for _ in range(10)}
        edits = misspelling._FrequentEdits(dictionary, frequent)
        for word in words:
            if word not in frequent:
                assert edits.of(word) == dictionary.edit_distance_1(word) & frequent


def test_quoted_formulas_found_at_their_opening_quotes_match_a_full_scan():
    # IPN410 tries its quoted-formula pattern only where str.find finds an opening quote; it must
    # find what the scan of every place finds, quotes inside quotes and unclosed ones included.
    import random

    from ipnlp.rules.text import term_inconsistency
    rng = random.Random(29)
    pieces = ["“", "”", '"', "‘", "’", "Two", "establishments", " ", "\n", "x" * 30, "ab"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        expected = [m.span("inner") for m in term_inconsistency._QUOTED.finditer(text)]
        assert [m.span("inner") for m in term_inconsistency._quoted_formulas(text)] == expected
