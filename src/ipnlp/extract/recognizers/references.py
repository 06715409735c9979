"""Numbers that are not measured quantities: references, labels, names, codes, years, dates, clock
times and eligibility conditions. Returns ``SKIP`` for them, None otherwise.

Why each test is shaped so:
- a reference word just before ("Chart 13", "Table 2.1", "note 2.5", "paragraph 20", "Tier 1",
  "Terminal 5", "iPhone 11"): the number names a thing, it does not measure one;
- a letter-hyphen just before ("COVID-19", "Annex F-1") or a digit-hyphen around ("29490-2023"):
  part of a name or a code;
- a hyphen-word just after ("10-year vision"): a modifier, unless a scale came first;
- "aged 55 and above": an age condition for eligibility, not a measurement;
- "3.30 pm", "10:30": clock times;
- a bare four-digit year without a unit;
- digits inside a web address or an e-mail address ("…?q=30%25", "www.example2024.org");
- a number followed by a lone capital scale letter and a word ("8 B people", "10 M users"): billions
  or a label (class B shares), which no reading turns into a sure value.
"""

from __future__ import annotations

from functools import cache

import regex

from ...lang import load
from .. import context as ctx
from .base import SKIP, Reading

_DIGIT_CODE_BEFORE = regex.compile(r"\d[-/]$")  # "29490-2023": the second half of a code
_YEAR_DASH_BEFORE = regex.compile(r"(?<!\d)(?:19|20)\d\d[–—]$")  # "2020–21": the end of a fiscal year
_HYPHEN_COMPOUND = regex.compile(r"-[A-Za-z]")  # "10-year vision", "one-to-many": a modifier
_DIGIT_CODE_AFTER = regex.compile(r"[-/]\d")  # "29490-2023", "12/5"
# "COVID-19", "F-1", "G-20"; the hyphen may be a non-breaking one or a minus sign ("fb\u22121")
_NAME_BEFORE = regex.compile(r"(?<![A-Za-z])[A-Za-z]{1,8}[-\u2010\u2011\u2212]$")
_CLOCK = regex.compile(r"\d[:.]\d\d$")
_URL_LOOKBACK = 512  # a longer run without a space is not read as an address: the look-back stays bounded
_ADDRESS_MARKS = ("://", "www.", "WWW.", "@")
# Only the letters of scale abbreviations, before a word: "4 L of wine", "12 V" are units of measure.
_LONE_CAPITAL_AFTER = regex.compile(r"[ \u00a0][BKMT][ \u00a0]+[a-z]")
_CURRENCY_MARK_BEFORE = regex.compile(r"[$£€¥]\s?$")
# The word before the first number of a range whose second number this is ("pages 173 to ").
_RANGE_START_AFTER_WORD = regex.compile(r"([A-Za-z&/]+)\.?\s+\d[\d.,]*\s*(?:to|and|-|–|—)\s*$")


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    return {"time_after": regex.compile(data.CLOCK_AFTER), "named_after": regex.compile(data.NAMED_NUMBER_AFTER),
            "hyphen_unit": regex.compile(data.HYPHENATED_UNITS), "approximate": regex.compile(data.APPROXIMATE_SUFFIX)}


def recognize(reading: Reading):
    m, text, data = reading.mention, reading.text, load(reading.lang)
    if m.kind == "date" or _inside_address(text, m.start, reading.s0):
        return SKIP
    prefix_text = reading.window_before()
    before = reading.word_before()
    following = reading.following()
    patterns = _patterns(reading.lang)
    if reading.in_range and m.kind == "digits":
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
        if (_reference_word(before, data) and not m.negative) or _DIGIT_CODE_AFTER.match(following) or \
                _DIGIT_CODE_BEFORE.search(prefix_text) or \
                (_YEAR_DASH_BEFORE.search(prefix_text) and m.number_end - m.start == 2):
            return SKIP  # "Article 20", "No. 5", "GB/T 29490-2023", phone numbers, "2012-2024"
        if before in data.LIST_SCOPE_WORDS and not _duration_after(reading):
            return SKIP  # "top 100": the size of a ranking list (but "the last 200 days" is a duration)
        raw = text[m.start:m.number_end]
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit() and "." not in raw:
            return SKIP  # "007", "000": a code, not a number
        if _NAME_BEFORE.search(prefix_text) and not m.negative:
            return SKIP  # "COVID-19", "Annex F-1"
    if m.kind == "digits" and not m.suffix and _LONE_CAPITAL_AFTER.match(text, m.end, m.end + 8) and \
            not _CURRENCY_MARK_BEFORE.search(prefix_text):
        return SKIP  # "about 8 B people": billions or a label (class B), never 8 people
    if m.kind == "digits":
        if patterns["time_after"].match(text, m.number_end, min(reading.s1, m.number_end + 8)) or \
                (text[m.start - 1:m.start] == ":" and _CLOCK.search(text[max(0, m.start - 3):m.number_end])) or \
                (text[m.number_end:m.number_end + 1] == ":" and text[m.number_end + 1:m.number_end + 3].isdigit()):
            return SKIP  # "3.30 pm", "10:30"
        if patterns["named_after"].match(text, m.number_end, min(reading.s1, m.number_end + 12)):
            return SKIP  # "737 Max"
        if before in data.AGE_CONDITION_WORDS:
            return SKIP  # "aged 55 and above": who is eligible, not how many
    if not m.scaled and _HYPHEN_COMPOUND.match(following) and not _patterns(reading.lang)["hyphen_unit"].match(
            text, m.number_end, min(reading.s1, m.number_end + 24)) and \
            not patterns["approximate"].match(text, m.number_end, min(reading.s1, m.number_end + 6)):
        return SKIP  # "10-year vision", "one-to-many" (but "a 300-basis point rise" is a figure)
    return None


def _reference_word(word: str, data) -> bool:
    """ "article", "table"; in a name joined by a slash, its last part ("S&P/ASX 200", "GB/T 29490")."""
    return word in data.REFERENCE_WORDS or ("/" in word and word.rsplit("/", 1)[1] in data.REFERENCE_WORDS)


def _month_abbreviation(word: str, data) -> bool:
    """ "Oct", "Sept": a capitalised month abbreviation (never the verb "mar")."""
    return word[:1].isupper() and word.lower() in data.MONTH_ABBREVIATIONS


def _inside_address(text: str, start: int, sentence_start: int) -> bool:
    """Whether the number sits in a token that is a URL or an e-mail address."""
    window_start = max(sentence_start, start - _URL_LOOKBACK)
    token_start = max(window_start, text.rfind(" ", window_start, start) + 1, text.rfind("\n", window_start, start) + 1)
    # find() on the text itself: no copy of the token per number (a long run of figures stays cheap)
    return any(text.find(mark, token_start, start) >= 0 for mark in _ADDRESS_MARKS)


def _duration_after(reading: Reading) -> bool:
    found = ctx.unit_after(reading.text, reading.mention.end, reading.s1, reading.lang)
    return found is not None and found.kind == "duration"


def is_year(reading: Reading) -> bool:
    """A bare four-digit number in the year range with no unit that makes it an amount."""
    m, data = reading.mention, load(reading.lang)
    return (m.kind == "digits" and not m.has_comma and not m.has_decimal and not m.scaled and not m.negative
            and not m.suffix and data.YEAR_MIN <= m.value <= data.YEAR_MAX
            and m.number_end - m.start == 4)
