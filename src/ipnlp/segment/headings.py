"""Which lines are headings, which are table-of-contents entries, and what number a heading has.

A heading is recognised by its marker ("I.", "Part One:", "# ", "1).", "4)", "(1)", "1.", "1.1",
"## 1."), but a marker alone does not make a heading: reports number their paragraphs ("20. The
Government will ...") and list items ("1. Never demand early repayment"), and PDF-to-Markdown
converters turn every large-font first line into "## ...". A line is read as a heading only
when it is shaped like one: a single line (not the first line of a wrapped sentence), one sentence
at most, not one of a run of numbered lines in the same block (a list).
"""

from __future__ import annotations

import regex

from ..regex_cache import compile as cached_compile
from .language import segmentation_data
from .sentences import split_sentences

_ROMAN = cached_compile(r"^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

# Each heading family: (name, pattern). Named groups: marker (raw), num (the number), title.
HEADING_PATTERNS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    ("markdown",
     cached_compile(r"^(?P<marker>#{1,6})\s+(?:(?P<num>\d+(?:\.\d+)*)[.)]?\s+)?(?P<title>\S.*?)(?:\s+#+)?$")),
    ("part-word",
     cached_compile(r"^(?P<marker>(?i:part|chapter)\s+(?P<num>[A-Za-z]+|\d+)\s*[:.—–-])\s*(?P<title>\S.*)$")),
    ("roman", cached_compile(r"^(?P<marker>(?P<num>[IVXLC]{1,6})[.)、])\s+(?P<title>\S.*)$")),
    ("dotted", cached_compile(r"^(?P<marker>(?P<num>\d{1,2}(?:\.\d{1,2})+)\.?)\s+(?P<title>\S.*)$")),
    ("paren-both", cached_compile(r"^(?P<marker>[(（](?P<num>\d{1,2})[)）]\.?)\s*(?P<title>\S.*)$")),
    ("paren", cached_compile(r"^(?P<marker>(?P<num>\d{1,2})[)）]\.?)\s*(?P<title>\S.*)$")),
    ("dot", cached_compile(r"^(?P<marker>(?P<num>\d{1,2})[.、])\s+(?P<title>\D.*)$")),
)
# The same Markdown heading read without a number: "# 9 Mar" is a date, not section 9 "Mar".
_MARKDOWN_UNNUMBERED = cached_compile(r"^(?P<marker>#{1,6})\s+(?P<num>(?!))?(?P<title>\S.*?)(?:\s+#+)?$")
MAX_HEADING_CHARS = 300
# Families whose marker is also how paragraphs and list items are numbered in running text.
PARAGRAPH_NUMBERING = frozenset({"dotted", "paren-both", "paren", "dot"})
# A contents line ends in a page number after a leader of dots or an ellipsis run; read from the
# end with fixed-width steps, never a pattern that retries every start (lines of dots are hostile).
_PAGE_NUMBER = cached_compile(r"(?:\d{1,4}|[ivxlc]{1,6})$")
_MIN_LEADER_DOTS = 4
_MIN_LEADER_ELLIPSES = 2
# A title ending like a sentence: converters make "## Sir, the past year has not been easy." a heading.
_SENTENCE_END = cached_compile(r"[.,;:]\**\s*$")
# A title that stops mid-phrase ("... to build", "... with two young"): with text on the next line,
# a wrapped paragraph. Genuine headings are followed by a blank line or end on a capitalised word.
_LONG_TITLE_WORDS = 8  # a PDF line's worth of words, more than a heading has
_OPEN_END = cached_compile(r"(?:(?:^|\s)[\p{Ll}\d]\S*|[,&–-])\**\s*$")
# A Chinese title ending on a clause mark is the first item of a list or a wrapped sentence.
_CLAUSE_STOP = cached_compile(r"[，,；;、]\s*$")


def roman_to_int(numeral: str) -> int | None:
    if not _ROMAN.match(numeral):
        return None
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        total += -value if i + 1 < len(numeral) and _ROMAN_VALUES[numeral[i + 1]] > value else value
    return total


def int_to_roman(number: int) -> str:
    out = []
    for value, numeral in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                           (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out.append(numeral)
            number -= value
    return "".join(out)


#: The ASCII characters a line of the shared families can start with ("#", "Part", "Chapter", a Roman
#: numeral, a digit, "("): a line that starts with any other ASCII character has no marker of theirs.
_MARKER_STARTS = frozenset("#pPcCIVXLC(0123456789")


def match_heading(line: str, lang: str = "en") -> tuple[str, regex.Match[str]] | None:
    """``(family, match)`` when the stripped ``line`` carries a heading marker."""
    if len(line) > MAX_HEADING_CHARS:
        return None
    patterns = _patterns(lang)
    if patterns is HEADING_PATTERNS and line[:1].isascii() and line[:1] not in _MARKER_STARTS:
        return None  # most lines: seven patterns spared
    for family, pattern in patterns:
        match = pattern.match(line)
        if match is None:
            continue
        if family == "markdown" and match.group("num") and _starts_with_month(match.group("title"), lang):
            match = _MARKDOWN_UNNUMBERED.match(line)
            assert match is not None  # the numbered pattern matched, so the plain one does
        if family == "roman" and roman_to_int(match.group("num")) is None:
            continue
        if family == "part-word" and number_of(match.group("num"), "part-word") is None:
            continue
        return family, match
    return None


def _patterns(lang: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """The language's own heading families ("一、", "（一）", "第一章"), then the shared ones."""
    own = segmentation_data(lang).heading_patterns
    if not own:
        return HEADING_PATTERNS
    names = {family for family, _ in own}
    return own + tuple((family, pattern) for family, pattern in HEADING_PATTERNS if family not in names)


def _starts_with_month(title: str, lang: str) -> bool:
    """"Mar", "March 2024", "Sept.": the heading is a date and its digits the day."""
    word = title.split()[0].rstrip(".,").lower()
    return len(word) >= 3 and any(month.startswith(word) for month in segmentation_data(lang).months)


# A heading named by the contents: it has no marker, so the whole line is its title.
_NAMED_HEADING = cached_compile(r"^(?P<marker>)(?P<num>(?!))?(?P<title>\S.*?)\s*$")
_MAX_NAMED_HEADING_CHARS = 100


def toc_title(line: str) -> str | None:
    """The normalised title of an unmarked contents entry ("Tax Changes ..... 70" -> "tax changes");
    None for an entry that carries its own heading marker ("# A. Introduction ... 3")."""
    title = _toc_entry_title(line)
    if not title or match_heading(title) is not None:
        return None
    return normalise_title(title)


def normalise_title(line: str) -> str:
    return " ".join(line.replace("*", "").replace("_", " ").split()).casefold()


def named_heading(line: str, toc_titles: set[str]) -> regex.Match[str] | None:
    """A line that is exactly the title of an unmarked contents entry: the heading the contents
    names (PDF converters keep "Tax Changes" as a plain line in the body)."""
    if not toc_titles or len(line) > _MAX_NAMED_HEADING_CHARS or normalise_title(line) not in toc_titles:
        return None
    return _NAMED_HEADING.match(line)


_SETEXT_UNDERLINE = cached_compile(r"={3,}\s*|-{3,}\s*")


def setext_heading(line: str, underline: str) -> tuple[regex.Match[str], int] | None:
    """A Markdown "setext" heading: a short line underlined with "===" (depth 1) or "---" (depth 2).
    Returns the title's match (no marker) and the depth."""
    if not _SETEXT_UNDERLINE.fullmatch(underline) or len(line) > _MAX_NAMED_HEADING_CHARS \
            or _SENTENCE_END.search(line):
        return None
    match = _NAMED_HEADING.match(line)
    return (match, 1 if underline.startswith("=") else 2) if match else None


def is_toc_line(line: str) -> bool:
    """A table-of-contents entry: "Tax Changes ........ 70" (with or without a "#" in front)."""
    return len(line) <= MAX_HEADING_CHARS and _toc_entry_title(line) is not None


def _toc_entry_title(line: str) -> str | None:
    """The title of a contents line ("Tax Changes ........ 70" -> "Tax Changes"), or None."""
    if line.count(".") < _MIN_LEADER_DOTS and line.count("…") < _MIN_LEADER_ELLIPSES:
        return None  # no leader: most lines, without a search for a page number
    line = line.strip()
    page = _PAGE_NUMBER.search(line, max(0, len(line) - 6))
    if page is None:
        return None
    end = page.start()
    dots = ellipses = 0
    while end > 0 and line[end - 1] in ". …\t":  # walk back over the leader
        end -= 1
        dots += line[end] == "."
        ellipses += line[end] == "…"
    if dots < _MIN_LEADER_DOTS and ellipses < _MIN_LEADER_ELLIPSES:
        return None
    title = line[:end].rstrip()
    return title or None


def reads_as_heading(family: str, match: regex.Match[str], next_line: str | None, *,
                     numbered_neighbour: bool, lang: str = "en") -> bool:
    """Whether a line that carries a marker is shaped like a heading (see the module docstring).

    ``next_line`` is the following line of the same block (None after a blank line);
    ``numbered_neighbour`` says whether the line before or after it in the block carries a marker
    of the same family, which makes both items of a list.
    """
    if next_line is not None and next_line.lstrip()[:1].islower():
        return False  # the first line of a wrapped sentence
    title = match.group("title")
    if family == "markdown" and match.group("num") is None:
        # A converter's paragraph: it ends like a sentence, or stops mid-phrase and goes on below.
        wrapped = next_line is not None and (_OPEN_END.search(title) or len(title.split()) >= _LONG_TITLE_WORDS)
        return not _SENTENCE_END.search(title) and not wrapped
    data = segmentation_data(lang)
    if data.run_in_max_chars and (family in PARAGRAPH_NUMBERING or family in data.family_depths):
        # Chinese: a heading is short, may run into its paragraph ("（一）坚持稳中求进。全年……"),
        # and never stops on a comma or semicolon ("1. 不要求提前还款；" is a list item).
        if numbered_neighbour:
            return False
        sentences = split_sentences(title, lang=lang)
        if len(sentences) == 1 and _CLAUSE_STOP.search(title):
            return False
        return bool(sentences) and sentences[0][1] - sentences[0][0] <= data.run_in_max_chars
    if family in PARAGRAPH_NUMBERING:
        if numbered_neighbour:
            return False  # "1. ...\n2. ..." in one block: a list
        if len(split_sentences(title, lang=lang)) > 1:
            return False  # "20. The Government will ... It will also ...": a numbered paragraph
    return True


def run_in_end(match: regex.Match[str], lang: str = "en") -> int | None:
    """Where a heading run into its paragraph ends, as an offset into the matched line: after the
    first sentence of a title that holds more ("（一）坚持稳中求进。全年……"); None otherwise."""
    if not segmentation_data(lang).run_in_max_chars:
        return None
    sentences = split_sentences(match.group("title"), lang=lang)
    return match.start("title") + sentences[0][1] if len(sentences) > 1 else None


def number_of(raw: str | None, family: str, lang: str = "en") -> int | None:
    if raw is None:
        return None
    if family == "roman":
        return roman_to_int(raw)
    if raw.isdigit():
        return int(raw)
    if "." in raw and raw.replace(".", "").isdigit():
        return int(raw.rsplit(".", 1)[-1])
    in_words = segmentation_data(lang).heading_number(raw)
    if in_words is not None:
        return in_words
    return roman_to_int(raw.upper())


__all__ = ["HEADING_PATTERNS", "MAX_HEADING_CHARS", "PARAGRAPH_NUMBERING", "int_to_roman", "is_toc_line",
           "match_heading", "named_heading", "normalise_title", "number_of", "reads_as_heading", "roman_to_int",
           "run_in_end", "setext_heading", "toc_title"]
