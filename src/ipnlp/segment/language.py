"""What segmentation reads from a language's data, in one place, with the defaults English needs.

A language module (``ipnlp/lang/<code>.py``) may leave out any name below; the default is what
the English segmenter has always done, so English reads exactly as before and a new language
names only what differs (Chinese: sentence ends with no space after them, ``一、`` / ``（一）``
headings at fixed depths, headings run into their paragraph, date lines in 年/月/日).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from ..lang import load
from ..regex_cache import compile as cached_compile

# A terminator, closing quotes/brackets, an optional glued footnote number, then space(s) and a
# character that can start a sentence (not a lower-case letter, not a comma).
_SPACED_BOUNDARY = (
    r"(?P<term>[.!?。！？])(?P<close>[”’\"')\]]*)(?P<foot>\d{1,2})?(?=\s+(?P<next>[^\s\p{Ll},;:]))"
)


@dataclass(frozen=True)
class SegmentationData:
    abbreviations: frozenset[str]
    #: abbreviations that end no sentence when a digit follows ("Cap. 628")
    abbreviations_before_number: frozenset[str]
    months: tuple[str, ...]
    #: finds sentence ends; groups term, close, foot (see sentences.py)
    boundary: regex.Pattern[str]
    #: (family, pattern) tried before the shared heading patterns
    heading_patterns: tuple[tuple[str, regex.Pattern[str]], ...]
    #: family -> fixed outline depth (0 outermost); families not named nest by first appearance
    family_depths: dict[str, int]
    #: a numbered line whose first sentence is at most this long is a heading run into its
    #: paragraph ("（一）坚持稳中求进。全年……"); 0: a line of several sentences is a paragraph
    run_in_max_chars: int
    #: a line ending in one of these ends its paragraph without a blank line ("" for none)
    paragraph_end_chars: str
    date_line: regex.Pattern[str] | None
    heading_number: Callable[[str], int | None]


@cache
def segmentation_data(lang: str = "en") -> SegmentationData:
    data = load(lang)
    terminators = getattr(data, "SENTENCE_TERMINATORS", "")
    boundary = _SPACED_BOUNDARY
    if terminators:
        closers = regex.escape(getattr(data, "SENTENCE_CLOSERS", ""))
        half_width = regex.escape(getattr(data, "HALF_WIDTH_TERMINATORS", ""))
        after_han = rf"|(?<=\p{{Han}})[{half_width}]" if half_width else ""
        # Script terminators end a sentence with nothing after them; "." and friends still need
        # the space and the capital of the spaced rule (English quoted inside the text).
        boundary = (rf"(?P<term>(?P<unspaced>[{regex.escape(terminators)}]{after_han})|[.!?])"
                    rf"(?P<close>[{closers}]*)"
                    r"(?(unspaced)|(?P<foot>\d{1,2})?(?=\s+(?P<next>[^\s\p{Ll},;:])))")
    ordinal_words = getattr(data, "ORDINAL_WORDS_FOR_PARTS", {})
    date_line = getattr(data, "DATE_LINE", None)
    return SegmentationData(
        abbreviations=frozenset(getattr(data, "ABBREVIATIONS", ())),
        abbreviations_before_number=frozenset(getattr(data, "ABBREVIATIONS_BEFORE_NUMBER", ())),
        months=tuple(getattr(data, "MONTHS", ())),
        boundary=cached_compile(boundary),
        heading_patterns=tuple((family, cached_compile(pattern))
                               for family, pattern in getattr(data, "HEADING_PATTERNS", ())),
        family_depths=dict(getattr(data, "HEADING_FAMILY_DEPTHS", {})),
        run_in_max_chars=getattr(data, "RUN_IN_HEADING_MAX_CHARS", 0),
        paragraph_end_chars=getattr(data, "PARAGRAPH_END_CHARS", ""),
        date_line=cached_compile(date_line) if date_line else None,
        heading_number=getattr(data, "heading_number", None) or (lambda raw: ordinal_words.get(raw.lower())),
    )


__all__ = ["SegmentationData", "segmentation_data"]
