"""The shortcuts of reading a figure's subject give what the plain scans they replace give.

Each is compared with the plain form on generated text that reaches its edges (the characters ``regex``
folds onto ASCII letters, words glued to digits and to letters outside ASCII, spans cut inside a word) and
on the shipped report, read at every place.
"""

from __future__ import annotations

import random
from pathlib import Path

import regex

from ipnlp.extract import numbers, subject, word_scan
from ipnlp.extract.word_scan import WordScan
from ipnlp.segment.lines import SPACES

_REPORT = Path(__file__).resolve().parents[2] / "corpus" / "cnipa-2025-work-report.en.txt"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _first_words(pattern: regex.Pattern[str]) -> set[str]:
    """Every run of letters a match of ``pattern`` can begin with, followed by white space or the end: the
    prefixes the pattern can still complete are walked letter by letter (``partial`` matching)."""
    found, stack = set(), [""]
    while stack:
        word = stack.pop()
        for letter in _LETTERS:
            longer = word + letter
            if pattern.match(longer, partial=True) is None:
                continue
            stack.append(longer)
            if pattern.match(longer + " ", partial=True) is not None or pattern.fullmatch(longer):
                found.add(longer)
    return found


def test_verb_scan_knows_every_first_word_of_a_verb() -> None:
    scan = subject._verb_scan("en")
    assert scan is not None  # else the plain scan is used
    assert _first_words(subject._subject_patterns("en")["verb"]) <= scan.first


_VERB_PIECES = ["rose ", "has been  increased ", "has\n\nbeen ", "was", " were up from ", "reached", "fell by ", "2024",
                ", ", "(", ")", "5", "$", "-", "\u017ftood ", "\u212a", "grew", "is ", "will be ", "accounted for ",
                "totalled", " up to ", "\u2028", "\x1c", "x", "'s ", "\u00e9", "_", "HAS ", "Edged Up ", "edging",
                "be", "arose ", "this", "areas", "5rose", "rose5", "\u00e9rose", "rose\u00e9", "stabili", "zed ",
                "set", "cut", "down ", "\u0130s ", "\u0131s ", "Had  Risen", "capped at", "making up"]


def _check_scan(scan: WordScan, text: str, start: int, end: int) -> None:
    plain = [(m.span(), m.group()) for m in scan.pattern.finditer(text, start, end)]
    assert [(m.span(), m.group()) for m in scan.finditer(text, start, end)] == plain, (text, start, end)
    assert all(span[0] < span[1] for span, _ in plain)  # never empty: the scan goes on after a match's end
    found = scan.search(text, start, end)
    assert (found and found.span()) == (plain[0][0] if plain else None)


_ROW_PIECES = ["forecast ", "Forecasts", "forecasted", "project ", "projected", "EXPECT", "expects ", "expected",
               "anticipate", "predicts ", "bring ", "Brought", "raise ", "raising", "lift", "top up ", "Topped  Up ",
               "topping\nup", "cut ", "lower ", "the lower ", "set", "defer", "deferred", "double", "enhanced ",
               "unexpected ", "projection", "\u017fet ", "rai\u017fe", "\u212aept"]


def test_verb_scan_is_the_plain_scan_on_generated_text() -> None:
    scans = [subject._verb_scan("en")]
    rng = random.Random(41)
    for _ in range(3_000):
        text = "".join(rng.choice(_VERB_PIECES + _ROW_PIECES) for _ in range(rng.randint(0, 10)))
        for start in range(0, len(text) + 1, 2):
            for end in (len(text), max(start, len(text) - 3), start + 5):
                for scan in scans:
                    _check_scan(scan, text, start, end)


def test_verb_scan_is_the_plain_scan_on_the_report() -> None:
    scans = [subject._verb_scan("en")]
    text = _REPORT.read_text(encoding="utf-8")
    for start in range(0, len(text), 7):
        for scan in scans:
            _check_scan(scan, text, start, start + 250)
            _check_scan(scan, text, start, start + 31)


def test_word_scan_takes_lower_case_letters_only() -> None:
    for first in (["Is"], ["is "], [""], ["\u00e9t\u00e9"], []):
        try:
            WordScan(regex.compile("x"), first)
        except ValueError:
            continue
        raise AssertionError(first)


def _plain_lead_ins(phrase: str) -> str:
    """The lead-in cuts of ``subject._tidy`` as they were before its shortcuts."""
    lead, _count = subject._strip_patterns("en")
    patterns = subject._subject_patterns("en")
    phrase = patterns["lead"].sub("", phrase)
    if "," in phrase:
        phrase = patterns["adverbial_lead"].sub("", phrase)
    phrase = lead.sub("", patterns["lead"].sub("", phrase))
    if "," in phrase:
        phrase = patterns["adverbial_lead"].sub("", phrase)
    return lead.sub("", phrase)


_LEAD_PIECES = ["the ", "The ", "Among them, ", "Firstly, ", "In addition, ", "in  total,", "IN ADDITION ",
                "there were ", "There have been ", "Meanwhile ", "Driven by the fall, ", "After that, ", "and ",
                "And over the span, ", "Overall, ", "as a result", "As", "assets ", "\u0130n addition, ", "\u017fome ",
                "however,", "However", "moreover", "For example ", "for instance,", "-", "\u2013 ", ", ", "; ", " ",
                "January ", "its ", "x", "value of patents", "rate", "\n", "5", "of ", "making up ", "representing "]


def test_lead_ins_are_cut_as_the_plain_cuts() -> None:
    patterns = subject._subject_patterns("en")
    rng = random.Random(43)
    for _ in range(20_000):
        phrase = "".join(rng.choice(_LEAD_PIECES) for _ in range(rng.randint(0, 6)))
        if patterns["lead"].match(phrase) is not None:
            assert subject._may_open_lead(phrase, "en"), phrase
        assert subject._cut_lead_ins(phrase, "en") == _plain_lead_ins(phrase), phrase
    for row in subject._words("en")["lead"]:
        assert subject._may_open_lead(row.upper() + ", x", "en"), row


def test_clause_breaks_are_the_full_scan_on_the_report() -> None:
    pattern = subject._clause_break("en")
    text = _REPORT.read_text(encoding="utf-8")
    for start in range(0, len(text), 5):
        for end in (start + 253, start + 40):
            assert [m.span() for m in subject._clause_breaks(text, start, end, "en")] == \
                [m.span() for m in pattern.finditer(text, start, end)], (start, end)


_GUARD_PIECES = ["5", "12.5", "1,234", "three", "HK", "US", "RMB", "S", "NT", "$", "\n", " ", "  ", ", ", ",", "-",
                 " years", " YEARS ", " year", "month", "Months", " wee\u212a", " weeks", " days", " DAYS", " decades",
                 " old", " OLD", " of age", " of ", " Of ", "OF", " into ", " INTO ", " \u0130nto ", " and a half",
                 "'", "\u2019", " worth ", "WORTH", " of such ", " the ", "times", "TIMES", "ti\u212ames", "t\u0130mes",
                 "doubling of ", "halving of the ", " of these ", " number of ", " faster", " more ", "%", "x",
                 " totalling ", " totaling", " exceeding ", " valued at ", "valued  at ", ", involving ",
                 ", \u0130nvolving ", ", amounting to ", ", Totalling ", " an aggregate amount of ", "resulted in ",
                 "RESULTED  IN ", "led to ", "Leading to ", "lead\u0130ng to ", "re\u017fult", "re\u017fulting in ",
                 "\u0131", "\u017f", "a", "\u00e9", "\x1c", "\u2028", "\u00a0"]


def _guarded_strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_GUARD_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def test_guards_after_a_figure_never_skip_a_match() -> None:
    """Each pattern read right after a figure matches only where its guard lets it be tried."""
    for text in _guarded_strings(6_000, 45):
        for at in range(len(text) + 1):
            window60, window80 = text[at:at + 60], text[at:at + 80]
            if subject._DURATION_AT.match(text, at, min(len(text), at + 60)) or \
                    subject._DURATION_INTO.match(text, at, min(len(text), at + 60)):
                assert word_scan.holds_any(window60, subject._DURATION_UNITS), (text, at)
            if subject._DURATION_INTO.match(text, at, min(len(text), at + 60)):
                assert "into" in window60, (text, at)
            if subject._DURATION_OF.match(text, at, min(len(text), at + 60)):
                assert "of" in window60 and word_scan.holds_any(window60, subject._DURATION_UNITS), (text, at)
            if subject._AGE_AFTER.match(text, at, min(len(text), at + 60)):
                assert word_scan.holds_any(window60, subject._DURATION_UNITS), (text, at)
                assert word_scan.holds_any(window60, ("old", "age")), (text, at)
            if subject._MULTIPLE_OF.match(text, at, min(len(text), at + 80)):
                assert "of" in window80, (text, at)
            if subject._TIMES_OF.match(text, at, min(len(text), at + 80)):
                assert word_scan.holds_any(window80, ("times",)), (text, at)


def test_guards_before_a_place_never_skip_a_match() -> None:
    """Each pattern searched in a window ending at a place matches only where its guard lets it be tried."""
    for text in _guarded_strings(6_000, 47):
        for end in range(len(text) + 1):
            for start in (0, max(0, end - 4), max(0, end - 30), end):
                window = text[start:end]
                if subject._CODE_BEFORE_SYMBOL.search(text, start, end):
                    assert subject._may_end_with_code(text, start, end), (text, start, end)
                if subject._WORTH_BEFORE.search(text, start, end):
                    assert word_scan.holds_any(window, subject._WORTH_WORDS), (text, start, end)
                if subject._AMOUNT_PARTICIPLE.search(text, start, end):
                    assert "," in window and word_scan.holds_any(window, subject._PARTICIPLE_WORDS), (text, start)
                if subject._RESULT_LEAD.search(text, start, end):
                    assert word_scan.holds_any(window, ("result", "led", "leading")), (text, start, end)
                if subject._ENDS_ON_FIGURE.search(text, start, end):
                    assert window.rstrip(SPACES).endswith(","), (text, start, end)
        assert bool(subject._TWO_LETTERS.search(text)) == bool(subject._ASCII_TWO_LETTERS.search(text)) \
            or not text.isascii(), text


def test_folded_is_what_a_case_insensitive_ascii_word_matches() -> None:
    rng = random.Random(49)
    letters = [*_LETTERS, *_LETTERS.upper(), *map(chr, numbers.ASCII_TWINS), "\u0131", "\u00e9", " "]
    for _ in range(20_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 8)))
        word = "".join(rng.choice(_LETTERS[:6] + "iks") for _ in range(rng.randint(1, 2)))
        assert len(numbers.ascii_folded(text)) == len(text)
        if regex.search(f"(?i:{word})", text):
            assert word_scan.holds_any(text, (word,)), (text, word)


_STRIP_PIECES = ["the ", "The", "THE  ", "theatre ", "thE,", "the second is ", "Among them, ", "among", "May", "may5",
                 "MAYBE ", "March,", "-", "\u2013", ",", ";", " ", "\n", "\u00a0", "\u2028", "firstly,", "First ,",
                 "secondly", "Second", "\u017fecond,", "\u0130n ", "in", "its", "it's", "their ", "significant ",
                 "Significantly ", "strong", "stronger ", "value ", "patents", "number of ", "Total Amount OF ",
                 "a total of ", "the cumulative number of ", "Volume of", "count of", "\u00e9", "5", "x", "a", "an",
                 "and", "both ", "has", "have", "having", "weaker", "tight", "tighter", "oF ", "\u212a",
                 "the\t", "The\u00a0", "the  ", "tHe ", "the -", "the 5", "Second ", "secondly, ", "among them ",
                 "the\u017fecond ", "number", "Number\u00a0of ", "total\u2028OF", "amount\x1cof", "count\tof the ",
                 "volume\n\nof", "ofthe", "numbers of ", "TOTAL  of", "cumulative  ", "effective"]


def test_lead_strip_and_count_cut_are_skipped_only_where_they_cannot_match() -> None:
    lead, count = subject._strip_patterns("en")
    rng = random.Random(51)
    heads = 0
    for _ in range(60_000):
        phrase = "".join(rng.choice(_STRIP_PIECES) for _ in range(rng.randint(0, 5)))
        assert subject._strip_lead(phrase, "en") == lead.sub("", phrase), phrase
        plain = count.sub(lambda m: f" {m.group('adj')} " if m.group("adj") else " ", phrase, count=1)
        assert subject._cut_count_head(count, phrase) == plain, phrase
        if count.search(phrase) is not None:
            assert subject._may_hold_count_head(phrase, "en"), phrase
            heads += 1
    assert subject.load("en").COUNT_HEAD_PHRASE == subject._EN_COUNT_HEAD_PHRASE  # else the guard is off
    assert subject._strip_first_words("en") is not None  # else the strip is never skipped
    assert heads > 1_000  # the cut's guard is tried where it must not skip


_RANK_PIECES = ["ranked ", "Ranks ", "RANKING", "rank", "\u0280ank", "ran\u212a", "placed ", "Placing", "came ",
                "coming ", "finished ", "finishing", "stood ", "standing ", "No. ", "number ", "  ", " ", "\n", "-",
                " - ", "place", "Places", "position", "POSITIONS", "spot", "\u017fpot", "po\u017fition", "x", "5",
                "first", "the ", "total ", "number of ", "Amount Of ", "the cumulative number of ", "count of ",
                "volume of", "TOTAL OF ", "of"]


def test_rank_and_count_head_guards_never_skip_a_match() -> None:
    from ipnlp.extract import context

    data = subject.load("en")
    assert (data.RANK_VERBS, data.COUNT_HEAD_PHRASE) == \
        (context._EN_RANK_VERBS, context._EN_COUNT_HEAD_PHRASE)  # else the guards are off
    patterns = context._patterns("en")
    rng = random.Random(53)
    for _ in range(6_000):
        text = "".join(rng.choice(_RANK_PIECES) for _ in range(rng.randint(0, 8)))
        for at in range(len(text) + 1):
            assert context.rank_before(text, at) == bool(patterns["rank_before"].search(text[max(0, at - 24):at]))
            plain = patterns["rank_after"].match(text, at, min(len(text), at + context.WINDOW))
            assert context.rank_noun_after(text, at, len(text)) == (plain.end() if plain else None), (text, at)
            if patterns["count_head"].search(text, max(0, at - 300), at):
                assert word_scan.holds_any(text[max(0, at - 300):at], context._EN_COUNT_HEADS), (text, at)


_NOUN_PIECES = ["5", "1,200", "3.5", "seven", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\x85", ",", "%",
                ")", "(", "$", "-", ".", "million ", "billion", "patents", "zones ", "the ", "and ", "two ",
                "percent", "yuan", "\u00e9coles", "\u017fites", "new ", "applications", "x", "of", "helped "]


def _counts_a_noun_plain(text: str, number_start: int, lang: str = "en") -> bool:
    """``_counts_a_noun`` without its guard (``_may_open_noun``)."""
    figure = subject._figure_at(text, number_start) or \
        subject._WORD_FIGURE.match(text, number_start, min(len(text), number_start + 40))
    if figure is None or figure.group()[0] in "$£€¥":
        return False
    end = figure.end()
    scale = subject.load_tables(lang).scale_re.match(text, end, min(len(text), end + 30))
    if scale:
        end = scale.end()
    limit = min(len(text), end + 120)
    if subject.unit_after(text, end, limit, lang) is not None:
        return False
    phrase = subject.noun_phrase_after(text, end, limit, lang)
    return phrase is not None and phrase.start - end <= 1


def test_counts_a_noun_guard_never_changes_the_answer() -> None:
    rng = random.Random(57)
    texts = ["".join(rng.choice(_NOUN_PIECES) for _ in range(rng.randint(1, 7))) for _ in range(6_000)]
    texts.append(_REPORT.read_text(encoding="utf-8"))
    skipped = 0
    for text in texts:
        subject.forget()
        for match in regex.finditer(r"\d|\b[a-z]", text):
            at = match.start()
            assert subject._counts_a_noun(text, at, "en") == _counts_a_noun_plain(text, at), (text, at)
            figure = subject._figure_at(text, at)
            skipped += figure is not None and not subject._may_open_noun(text, figure.end())
    assert skipped > 1_000  # the guard is used


def test_word_scan_places_are_the_runs_of_letters_that_are_first_words() -> None:
    rng = random.Random(59)
    for _ in range(300):
        first = {"".join(rng.choice("abrise") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))}
        scan = WordScan(regex.compile("x"), first)
        for _ in range(40):
            text = "".join(rng.choice(["a", "b", "r", "i", "s", "e", "rise", "risen", " ", "5", "-", "\u00e9", "_"])
                           for _ in range(rng.randint(0, 12)))
            plain = [m.span() for m in word_scan._LETTERS.finditer(text) if m.group() in scan.first]
            assert [m.span() for m in scan.places.finditer(text)] == plain, (first, text)


def test_last_verb_breaker_is_the_backward_search() -> None:
    backward = regex.compile(
        "(?r)[" + regex.escape("".join(c for c in map(chr, range(128)) if subject._breaks_verbs(c)),
                               special_only=False) + "]")
    rng = random.Random(61)
    pieces = ["rose ", "a", " ", "\n", "5", ",", "-", "]", "^", "\\", "\x00", "\x1c", "\u00e9", "\u2028", "(", "%"]
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                plain = backward.search(text, start, end)
                fast = subject._LAST_VERB_BREAKER.match(text, start, end)
                assert (fast.end() if fast else None) == (plain.end() if plain else None), (text, start, end)
