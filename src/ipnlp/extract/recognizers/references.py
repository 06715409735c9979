"""Numbers that are not measured quantities: references, labels, names, codes, years, dates, clock
times and eligibility conditions. Returns ``SKIP`` for them, None otherwise.

Why each test is shaped so:
- a reference word just before ("Chart 13", "Table 2.1", "note 2.5", "paragraph 20", "Tier 1",
  "Terminal 5", "iPhone 11"): the number names a thing, it does not measure one;
- a letter-hyphen just before ("COVID-19", "Annex F-1"), a digit-hyphen around ("29490-2023", the
  "23" of "2022–23") or a capital-plus before ("T+1"): part of a name or a code;
- the later numbers of a list whose first one follows a reference word ("notes 2.5, 2.6 and 38.1",
  "Charts 5, 6 and 7"): references too;
- a version after a name ("Framework 2.0", "(BEPS) 2.0") and a bare number between two capitalised
  words of a sentence that is not itself in title case ("a Rail 2 Pilot"): part of a name;
- a bare number glued after a closing bracket ("(EMEAP)2", "MA(BS)25"): a footnote marker or a name;
- a bare number that is its sentence's only word ("104." opening a numbered paragraph, "66)." left
  over from "(Cap. 66)."): a label;
- a day before a month abbreviation ("9 Mar", "15–16 Jul"): a date;
- an age reached ("after you turn 40"): a condition, like "aged 55" ("40 years old" stays a claim);
- a hyphen-word just after ("10-year vision", "3- and 4- room flats"): a modifier, unless a scale
  came first;
- "aged 55 and above": an age condition for eligibility, not a measurement;
- "3.30 pm", "10:30": clock times; "18 Harbour Road": a street number;
- a note mark glued to a percentage ("100%2") or to a year ("in 20092."), the first day of "18–26
  November", a reference word's bracketed number ("paragraph (1)");
- a bare four-digit year without a unit;
- digits inside a web address or an e-mail address ("…?q=30%25", "www.example2024.org");
- a number followed by a lone capital scale letter and a word ("8 B people", "10 M users"): billions
  or a label (class B shares), which no reading turns into a sure value.
"""

from __future__ import annotations

from functools import cache

import regex

from ...lang import load
from ...regex_cache import compile as cached_compile
from ...segment.lines import SPACES
from .. import context as ctx
from .base import SKIP, Reading
from .guards import ends_in

_DIGIT_CODE_BEFORE = cached_compile(r"\d[-/]$")  # "29490-2023": the second half of a code
_DIGIT_CODE_BEFORE_LAST = frozenset("-/")  # the last character ``_DIGIT_CODE_BEFORE`` reads
_YEAR_DASH_BEFORE = cached_compile(r"(?<!\d)(?:19|20)\d\d[–—]$")  # "2020–21": the end of a fiscal year
_YEAR_DASH_BEFORE_LAST = frozenset("–—")
_HYPHEN_COMPOUND = cached_compile(r"-[A-Za-z]")  # "10-year vision", "one-to-many": a modifier
# A hyphen left hanging for the word after a coordination ("3- and 4-room flats", "4- room"): group "word".
_HANGING_HYPHEN = cached_compile(r"-\s{1,4}(?:(?:and|or|to)\s{1,4}\d[\d.,]*-?\s{0,4})?(?P<word>[a-z]+)")
_DIGIT_CODE_AFTER = cached_compile(r"[-/]\d")  # "29490-2023", "12/5"
_DIGIT_CODE_AFTER_FIRST = frozenset("-/")
# "COVID-19", "F-1", "G-20", "T+1"; the hyphen may be a non-breaking one or a minus sign ("fb\u22121")
_NAME_BEFORE = cached_compile(r"(?<![A-Za-z])(?:[A-Za-z]{1,8}[-\u2010\u2011\u2212]|[A-Z]{1,8}\+)$")  # "ASEAN+3"
_NAME_BEFORE_LAST = frozenset("-\u2010\u2011\u2212+")
# The same name with a stray space before its hyphen ("COVID -19 tests", a converted PDF): a capitalised
# acronym, then a small whole number read as negative; never a percentage or an amount ("GDP -2%").
_SPACED_NAME_BEFORE = cached_compile(r"(?<![A-Za-z])[A-Z]{2,8}[ \u00a0][-\u2010\u2011\u2212]$")
# The numbers of a list before this one, the first after a word ("notes 2.5, 2.6 and "): group 1 is the word.
_LIST_OF_NUMBERS_BEFORE = cached_compile(
    r"([A-Za-z][A-Za-z&/]*)\.?\s+(?:[A-Z]?-?\d[\d.]*[A-Za-z]?(?:\s*(?:to|–|—|-)\s*\d[\d.]*)?"
    r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+))+$")  # "pages 283 to 286 and [292] to 295" too
# The low end of a range, after a list of numbers that follows a word: "pages 283 to 286 and 292 to ".
_LISTED_RANGE_BEFORE = cached_compile(_LIST_OF_NUMBERS_BEFORE.pattern[:-1] + r"\d[\d.,]*\s*(?:to|–|—|-)\s*$")
_RANGE_JOIN_AT_END = cached_compile(r"(?r)\d[\d.,]*\s*(?:to|–|—|-)\s*$")
# The end of ``_LIST_OF_NUMBERS_BEFORE`` alone, read backwards: most numbers follow no list separator,
# and this rules them out before the full pattern is tried at every place of its window.
_LIST_SEPARATOR_AT_END = cached_compile(r"(?r)(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$")
_LIST_SEPARATOR_LAST = frozenset(SPACES) | {","}  # the last character the separator may read
_VERSION = cached_compile(r"\d{1,2}\.\d")  # "2.0", "4.0", "3.1": the whole number
# The capitalised word (or a bracketed acronym) right before a version: "Framework ", "(BEPS) ".
_CAPITALISED_BEFORE = cached_compile(r"(?<![\w.])(?:\(?[A-Z][\w&’'-]*\)?)[ \u00a0]$")
_CAPITALISED_BEFORE_LAST = frozenset(" \u00a0")
_CAPITALISED_AFTER = cached_compile(r"[ \u00a0]+(?P<word>[A-Z][a-z]+)\b")
_WORD = cached_compile(r"[A-Za-z][A-Za-z’'-]*")
_WORD_BEFORE_NUMBER = cached_compile(r"([A-Za-z]+)\s+$")
_RANGE_LOW_BEFORE = cached_compile(r"\s(\w[\w.,]*)\s*(?:to|and|-|–|—)\s*$")  # group 1: the low end
# A conjunction opening a condition, one or two words before "turn": "when you turn", "until the child turns".
_CONDITION_OPENER_BEFORE = cached_compile(r"(?i:\b(?:when|after|until|till|before|once|if|upon)(?:\s+[a-z]+){1,2}\s+)$")
_LABEL_SENTENCE = cached_compile(r"[\s()\[\].,:;#*|-]*")  # nothing but brackets and punctuation around
_TITLE_WINDOW = 200  # characters each side read for title case: a long sentence of many numbers stays linear
_BRACKET = cached_compile(r"[()\[\]]")
_CLOCK = cached_compile(r"\d[:.]\d\d$")
# A note mark glued to a percentage or a closing quote: "100%2 system availability", "to 5.75%.1 On
# the retail front", "remained “stable”4".
_NOTE_AFTER_PERCENT = cached_compile(r"(?:%\.?|[”’\"'])$")
_NOTE_MARK_AFTER = frozenset('%.”’"\'')  # the character a glued note mark follows
_DASHES = frozenset("-–—")
_YEAR_WITH_NOTE = cached_compile(r"(?:19|20)\d\d\d{1,2}")  # "20092": 2009 and its note 2
_END_OF_CLAUSE = cached_compile(r"[.,;:)]|\s*$")
# A range of days before a month: "18–26 November", "10–11 January".
_DAY_RANGE_END_AFTER = cached_compile(r"[-–—]\d{1,2}[ \u00a0]+(?P<word>[A-Z][a-z]+)\b")
# A reference word, then the number in brackets: "paragraph (1) of Standing Order No 89".
_WORD_THEN_BRACKET = cached_compile(r"([A-Za-z]+)\s*\($")
_URL_LOOKBACK = 512  # a longer run without a space is not read as an address: the look-back stays bounded
_ADDRESS_MARKS = ("://", "www.", "WWW.", "@")
# Only the letters of scale abbreviations, before a word: "4 L of wine", "12 V" are units of measure.
_LONE_CAPITAL_AFTER = cached_compile(r"[ \u00a0][BKMT][ \u00a0]+[a-z]")
_LONE_CAPITAL_LETTERS = frozenset("BKMT")  # its second character: tested before the pattern
_CURRENCY_MARK_BEFORE = cached_compile(r"[$£€¥]\s?$")
# The word before the first number of a range whose second number this is ("pages 173 to ").
_RANGE_START_AFTER_WORD = cached_compile(r"([A-Za-z&/]+)\.?\s+\d[\d.,]*\s*(?:to|and|-|–|—)\s*$")


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    return {"time_after": cached_compile(data.CLOCK_AFTER), "named_after": cached_compile(data.NAMED_NUMBER_AFTER),
            "hyphen_unit": cached_compile(data.HYPHENATED_UNITS),
            "approximate": cached_compile(data.APPROXIMATE_SUFFIX), "street_after": cached_compile(data.STREET_AFTER),
            "year_words_before": cached_compile(data.YEAR_WORDS_BEFORE)}


@cache
def _openings(lang: str) -> tuple[frozenset[str] | None, bool, bool]:
    """What the language's clock, name and street patterns read first, for a test before each: the
    characters a clock may open on besides a space (None: any), whether a name and a street open on
    a space. Read off the patterns, so a language whose patterns differ is not guarded wrongly."""
    data = load(lang)
    clock = frozenset("aApP") if data.CLOCK_AFTER.startswith(r"\s?(?i:am|pm|a\.m\.|p\.m\.)") else None
    return clock, data.NAMED_NUMBER_AFTER.startswith(r"\s+"), data.STREET_AFTER.startswith(r"\s+")


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind == "date" or _inside_address(text, m.start, reading.s0):
        return SKIP
    prefix_text = reading.window_before()
    # The word before is read (a reversed match) only where a test below needs it: for figures in digits,
    # or where "first" is written in the window (the word is ASCII letters, lowered in place).
    before = reading.word_before() if m.kind == "digits" or "first" in prefix_text.lower() else ""
    following = reading.following()
    patterns = _patterns(reading.lang)
    if m.kind == "digits" and _note_mark(reading, data):
        return SKIP
    if reading.in_range and m.kind == "digits":
        listed = _LISTED_RANGE_BEFORE.search(text, max(reading.s0, m.start - 80), m.start) \
            if _RANGE_JOIN_AT_END.search(prefix_text) else None
        if listed is not None and _reference_word(listed.group(1).lower(), data):
            return SKIP  # "pages 283 to 286 and [292 to 295]": a later range of a list of references
        start = _RANGE_START_AFTER_WORD.search(prefix_text)
        if start is not None and (_reference_word(start.group(1).lower(), data) or
                                  start.group(1).lower() in data.AGE_CONDITION_WORDS or
                                  _month_abbreviation(start.group(1), data)):
            # "pages 173 to 281", "paragraphs 20-25", "Sept. 20-24": a span of references or days;
            # "women aged 25 to 54": who is counted, not a measured range
            return SKIP
    if m.kind == "digits" and not reading.in_range and _month_abbreviation(reading.word_before(cased=True), data) and \
            not m.has_decimal and 1 <= m.value <= data.DAY_OF_MONTH_MAX:
        return SKIP  # "Oct. 31", "Jan 1": a day of the month
    if before == "first" and _duration_after(reading):
        return SKIP  # "in the first five months of 2019": which months (a period), not a duration
    if m.kind == "digits" and not reading.in_range:
        # Each pattern ends on a character the text must hold there: tested first (see ``ends_in``).
        if (_reference_word(before, data) and not m.negative) or \
                (following[:1] in _DIGIT_CODE_AFTER_FIRST and _DIGIT_CODE_AFTER.match(following)) or \
                (ends_in(prefix_text, _DIGIT_CODE_BEFORE_LAST) and _DIGIT_CODE_BEFORE.search(prefix_text)) or \
                (m.number_end - m.start == 2 and ends_in(prefix_text, _YEAR_DASH_BEFORE_LAST) and
                 _YEAR_DASH_BEFORE.search(prefix_text)):
            return SKIP  # "Article 20", "No. 5", "GB/T 29490-2023", phone numbers, "2012-2024"
        if before in data.LIST_SCOPE_WORDS and not _duration_after(reading) and not _percent_after(reading):
            # "top 100": the size of a ranking list (but "the last 200 days" is a duration, "the top 7% of
            # properties" a share)
            return SKIP
        raw = text[m.start:m.number_end]
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit() and "." not in raw:
            return SKIP  # "007", "000": a code, not a number
        if not m.negative and ends_in(prefix_text, _NAME_BEFORE_LAST) and _NAME_BEFORE.search(prefix_text):
            return SKIP  # "COVID-19", "Annex F-1"
        if m.negative and not m.has_decimal and not m.has_comma and not m.scaled and not m.suffix and \
                m.number_end - m.start <= 3 and _SPACED_NAME_BEFORE.search(text, max(reading.s0, m.start - 10),
                                                                          m.start + 1) and \
                reading.unit_after() is None:
            return SKIP  # "COVID -19 tests": the name with a stray space, not minus 19 tests
    if m.kind == "digits" and not m.suffix and text[m.end + 1:m.end + 2] in _LONE_CAPITAL_LETTERS and \
            _LONE_CAPITAL_AFTER.match(text, m.end, m.end + 8) and \
            not _CURRENCY_MARK_BEFORE.search(prefix_text):
        return SKIP  # "about 8 B people": billions or a label (class B), never 8 people
    if m.kind == "digits":
        # The clock, name and street patterns open on a space ("9 am", "737 Max", "18 Harbour Road") or,
        # for a clock only, on its letter ("9am"): most figures are followed by neither ("5%", "12,").
        next_char = text[m.number_end:m.number_end + 1]
        spaced = next_char.isspace()  # ``str.isspace`` holds for every ``\s`` of ``regex``
        clock_letters, named_spaced, street_spaced = _openings(reading.lang)
        if ((spaced or clock_letters is None or next_char in clock_letters) and
                patterns["time_after"].match(text, m.number_end, min(reading.s1, m.number_end + 8))) or \
                (text[m.start - 1:m.start] == ":" and _CLOCK.search(text[max(0, m.start - 3):m.number_end])) or \
                (text[m.number_end:m.number_end + 1] == ":" and text[m.number_end + 1:m.number_end + 3].isdigit()):
            return SKIP  # "3.30 pm", "10:30"
        if (spaced or not named_spaced) and \
                patterns["named_after"].match(text, m.number_end, min(reading.s1, m.number_end + 12)):
            return SKIP  # "737 Max"
        if (spaced or not street_spaced) and not (m.has_decimal or m.has_comma or m.scaled or m.suffix) and \
                patterns["street_after"].match(text, m.number_end, min(reading.s1, m.number_end + 60)):
            return SKIP  # "18 Harbour Road": an address
        if before in data.AGE_CONDITION_WORDS:
            return SKIP  # "aged 55 and above": who is eligible, not how many
        if _bare(reading) and _label_or_name(reading, data):
            return SKIP
    if _age_condition(reading, data):
        return SKIP  # "after you turn 40", "aged under two years old": who is eligible ("40 years old" is a claim)
    # the pattern opens on the hyphen: a figure not followed by one is no label
    hanging = _HANGING_HYPHEN.match(text, m.number_end, min(reading.s1, m.number_end + 24)) \
        if text.startswith("-", m.number_end) else None
    if not m.scaled and hanging and hanging.group("word") not in data.MEASURES_AFTER_HYPHEN:
        return SKIP  # "3- and 4- room flats": a label of a kind (but "a 7- or 8-inch screen" measures)
    if not m.scaled and following[:1] == "-" and _HYPHEN_COMPOUND.match(following) and \
            not patterns["hyphen_unit"].match(text, m.number_end, min(reading.s1, m.number_end + 24)) and \
            not patterns["approximate"].match(text, m.number_end, min(reading.s1, m.number_end + 6)):
        return SKIP  # "10-year vision", "one-to-many" (but "a 300-basis point rise" is a figure)
    return None


def _percent_after(reading: Reading) -> bool:
    unit = reading.unit_after()
    return unit is not None and unit.unit == "percent"


def _note_mark(reading: Reading, data) -> bool:
    """A number that only marks a note or a date: a note mark glued to a percentage or a closing quote
    ("100%2", "5.75%.1", "“stable”4"), a year with its note mark glued on after a date word ("in 20092."),
    the first day of a range of days ("18–26 November"), a reference word's bracketed number ("paragraph
    (1)"). Each pattern is tried only when the characters around the number allow it: this runs for
    every figure."""
    m, text = reading.mention, reading.text
    before, after = text[m.start - 1:m.start] if m.start > reading.s0 else "", text[m.number_end:m.number_end + 1]
    if before in _NOTE_MARK_AFTER and m.number_end - m.start <= 3 and not m.scaled and not m.suffix and \
            _NOTE_AFTER_PERCENT.search(text, max(reading.s0, m.start - 2), m.start):
        return True
    if m.number_end - m.start in (5, 6) and not m.has_comma and _YEAR_WITH_NOTE.fullmatch(text, m.start, m.number_end) \
            and _patterns(reading.lang)["year_words_before"].search(text, max(reading.s0, m.start - 12), m.start) \
            and _END_OF_CLAUSE.match(text, m.number_end):
        return True
    if after in _DASHES and not m.has_decimal and 1 <= m.value <= data.DAY_OF_MONTH_MAX:
        days = _DAY_RANGE_END_AFTER.match(text, m.number_end, min(reading.s1, m.number_end + 16))
        if days is not None and _month_name(days.group("word"), data):
            return True
    if before != "(" or after != ")":
        return False
    bracket = _WORD_THEN_BRACKET.search(text, max(reading.s0, m.start - 24), m.start)
    return bracket is not None and _reference_word(bracket.group(1).lower(), data)


def _reference_word(word: str, data) -> bool:
    """ "article", "table"; in a name joined by a slash, its last part ("S&P/ASX 200", "GB/T 29490")."""
    return word in data.REFERENCE_WORDS or ("/" in word and word.rsplit("/", 1)[1] in data.REFERENCE_WORDS)


def _bare(reading: Reading) -> bool:
    """A number with no scale, no glued letters, no unit after and no currency before: nothing says it
    measures anything, so what stands around it decides whether it is a label."""
    m, text = reading.mention, reading.text
    return not m.scaled and not m.suffix and not m.has_comma and \
        reading.unit_after() is None and \
        ctx.currency_prefix_before(text, m.start, reading.s0, reading.lang) is None and \
        not _CURRENCY_MARK_BEFORE.search(text, max(reading.s0, m.start - 2), m.start)


def _label_or_name(reading: Reading, data) -> bool:
    """A bare number that labels, dates or names something (see the module's docstring)."""
    m, text, s0, s1 = reading.mention, reading.text, reading.s0, reading.s1
    if _LABEL_SENTENCE.fullmatch(text, s0, m.start) and _LABEL_SENTENCE.fullmatch(text, m.end, s1) and \
            (_BRACKET.search(text, s0, m.start) or _BRACKET.search(text, m.end, s1) or _line_goes_on(text, s1)):
        return True  # "66)." of "(Cap. 66).", "104." opening a numbered paragraph (a text "192." is a number)
    if text[m.start - 1:m.start] == ")" and m.start > s0:
        return True  # "(EMEAP)2": a footnote marker glued to the bracket; "MA(BS)25": a form's name
    # The separator ends on a comma or a space (before a final newline, a space too): one lookup first.
    if not reading.in_range and m.start > s0 and text[m.start - 1] in _LIST_SEPARATOR_LAST and \
            _LIST_SEPARATOR_AT_END.search(text, max(s0, m.start - 60), m.start):
        listed = _LIST_OF_NUMBERS_BEFORE.search(text, max(s0, m.start - 60), m.start)
        if listed is not None and listed.group(1).lower() in data.REFERENCE_WORDS:
            return True  # "notes 2.5, 2.6 and 38.1", "Charts 5, 6 and 7"
    month = _CAPITALISED_AFTER.match(text, m.number_end, min(s1, m.number_end + 16))
    if month is not None and not m.has_decimal and 1 <= m.value <= data.DAY_OF_MONTH_MAX and \
            _month_name(month.group("word"), data):
        return True  # "9 Mar", "15–16 Jul": a day of the month
    named = _CAPITALISED_BEFORE.search(text, max(s0, m.start - 40), m.start) \
        if _may_be_capitalised_before(text, max(s0, m.start - 40), m.start) else None
    name = named.group().strip("() \u00a0") if named else ""
    # A sentence's first word is capitalised anyway; an acronym there still names ("CFI 2.0 came into effect").
    if named is None or (named.start() == s0 and not (len(name) > 1 and name.isupper())) or _month_name(name, data):
        return False
    if _VERSION.fullmatch(text, m.start, m.number_end):
        return True  # "Framework 2.0", "(BEPS) 2.0": a version, part of the name
    # "a Rail 2 Pilot": capitalised words on both sides, in a sentence that is not a title-case heading
    return not m.has_decimal and month is not None and not _month_name(month.group("word"), data) and \
        not _title_case(text, max(s0, m.start - _TITLE_WINDOW), min(s1, m.end + _TITLE_WINDOW))


def _may_be_capitalised_before(text: str, start: int, end: int) -> bool:
    """Whether ``_CAPITALISED_BEFORE`` may match in ``text[start:end]``: the window ends on a space (or a
    space and a newline), and the run of characters other than white space before that space holds a
    capital (its word opens on one; ``[\\w&’'-]`` holds no white space). Most figures follow a space and
    a lower-case word ("rose to 5,000"): the pattern is then not tried at each of 40 places."""
    window = text[start:end]
    if not ends_in(window, _CAPITALISED_BEFORE_LAST):
        return False
    body = window[:-2] if window.endswith("\n") else window[:-1]
    words = body.rsplit(None, 1)
    run = words[-1] if words else ""
    return run.lower() != run  # a capital A-Z lowers to another character


def _line_goes_on(text: str, end: int) -> bool:
    """Whether words follow on the line after ``end``: "104.  First, in line with ...", a numbered paragraph."""
    line_end = text.find("\n", end, end + 200)
    return bool(text[end:line_end if line_end >= 0 else end + 200].strip())


def _month_name(word: str, data) -> bool:
    return word[:1].isupper() and (word.lower() in data.MONTH_ABBREVIATIONS or word.lower() in data.MONTHS)


def _title_case(text: str, s0: int, s1: int) -> bool:
    """Whether two in three longer words around the number are capitalised ("Bank Opens 3 Branches")."""
    words = [w for w in _WORD.findall(text, s0, s1) if len(w) > 3]
    return not words or 3 * sum(w[0].isupper() for w in words) >= 2 * len(words)


def _age_condition(reading: Reading, data) -> bool:
    """ "after you turn 40", "children aged under two years old": an age someone must have or reach, a
    condition of eligibility, with or without a bound between the verb and the number."""
    m, text = reading.mention, reading.text
    if m.kind not in ("digits", "word") or m.scaled or m.suffix or m.has_decimal:
        return False
    # The verb read below lies in the 86 characters before the number (16 before a bound that starts at
    # most 30 before the number or the low end of its range, itself at most 40 before): without one of
    # the age words there, nothing else needs reading.
    near = text[max(reading.s0, m.start - 86):m.start].lower()
    if not any(word in near for word in _age_words(reading.lang)):
        return False
    found = reading.unit_after()
    if found is not None and found.unit not in ("year", "month"):
        return False
    start = m.start
    if reading.in_range:  # "aged five to [six years old]": the word before the low end
        low = _RANGE_LOW_BEFORE.search(text, max(reading.s0, m.start - 40), m.start)
        start = low.start(1) if low else start
    bound = ctx.qualifier_before(text, start, reading.s0, reading.lang)
    word = _WORD_BEFORE_NUMBER.search(text, max(reading.s0, (bound[1] if bound else start) - 16),
                                      bound[1] if bound else start)
    if word is None:
        return False
    verb = word.group(1).lower()
    if verb in data.AGE_CONDITION_WORDS and (bound is not None or m.kind == "word" or reading.in_range):
        return True  # "aged under 16", "aged five to six years old" (a bare "aged 55" is read above)
    # "when you turn 40" is a condition; "Mdm Tan, who turns 69 this year" states her age
    return verb in data.AGE_REACHED_WORDS and _CONDITION_OPENER_BEFORE.search(
        text, max(reading.s0, word.start() - 24), word.start()) is not None


@cache
def _age_words(lang: str) -> tuple[str, ...]:
    """The age words (condition and reached), each one that contains another left out: "age" finds "aged"."""
    data = load(lang)
    words = {w.lower() for w in (*data.AGE_CONDITION_WORDS, *data.AGE_REACHED_WORDS)}
    return tuple(sorted(w for w in words if not any(other != w and other in w for other in words)))


def _month_abbreviation(word: str, data) -> bool:
    """ "Oct", "Sept": a capitalised month abbreviation (never the verb "mar")."""
    return word[:1].isupper() and word.lower() in data.MONTH_ABBREVIATIONS


def _inside_address(text: str, start: int, sentence_start: int) -> bool:
    """Whether the number sits in a token that is a URL or an e-mail address."""
    if start <= sentence_start or text[start - 1] in " \n":
        return False  # most figures follow a space: their token starts at them, and holds no mark
    window_start = max(sentence_start, start - _URL_LOOKBACK)
    token_start = max(window_start, text.rfind(" ", window_start, start) + 1, text.rfind("\n", window_start, start) + 1)
    # find() on the text itself: no copy of the token per number (a long run of figures stays cheap)
    return any(text.find(mark, token_start, start) >= 0 for mark in _ADDRESS_MARKS)


def _duration_after(reading: Reading) -> bool:
    found = reading.unit_after()
    return found is not None and found.kind == "duration"


def is_year(reading: Reading) -> bool:
    """A bare four-digit number in the year range with no unit that makes it an amount."""
    m, data = reading.mention, load(reading.lang)
    return (m.kind == "digits" and not m.has_comma and not m.has_decimal and not m.scaled and not m.negative
            and not m.suffix and data.YEAR_MIN <= m.value <= data.YEAR_MAX
            and m.number_end - m.start == 4)
