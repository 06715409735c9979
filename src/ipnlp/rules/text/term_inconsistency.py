"""IPN410 term-inconsistency."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache

import regex

from ... import plain_text
from ...find import positions
from ...models import Finding
from ...regex_cache import compile as cached_compile
from ...view import ReportView
from .._search import matches_at
from ..base import Rule, make_finding
from . import _words
from ._common import ordinal_value, ordinal_words, stem
from ._names import Name, names, segments
from ._vocabulary import is_plain, letter_runs, lowered

# Ordinal values further apart than this are not neighbours in one series ("14th"/"15th" plan,
# "18th"/"20th" congress are; "Tenth" among "14th"/"15th" is not).
MAX_SERIES_GAP = 2
# Share of the longer name's content words two names must have in the same places (shared start
# and end) to be read as one name worded two ways.
MIN_FRAME_SHARE = 0.6
MIN_FRAME_WORDS = 3
MAX_EVIDENCE = 12
# Each name is compared with at most this many earlier names of the same first and last word.
MAX_FRAME_COMPARISONS = 64
# A lead that this many distinct names of the report start with ("Hong Kong ...", "Exchange Fund ...")
# qualifies a family of names, not one name: two names sharing it and their last word are still two
# names ("Hong Kong Interbank Clearing Limited" / "Hong Kong Exchanges and Clearing Limited").
GENERIC_LEAD_NAMES = 10
# Numbers that tell the members of a series apart ("Phases I and II" / "Phases III and IV").
_SERIES_NUMBER = regex.compile(r"(?:[ivxlc]+|\d+[a-z]?)")

_CAP_TAIL = r"\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*"


@cache
def _ordinal_name_pattern() -> regex.Pattern[str]:
    words = "|".join(sorted(ordinal_words(), key=len, reverse=True))
    return cached_compile(
        rf"(?<![\p{{L}}\p{{N}}])(?P<ordinal>(?i:{words})|\d{{1,3}}(?:st|nd|rd|th))[\s“”\"']+"
        rf"(?P<tail>{_CAP_TAIL}(?:\s+{_CAP_TAIL})*)"
    )


@cache
def _ordinal_needles() -> tuple[str, ...] | None:
    """The first four letters of every ordinal word; every ordinal name starts with one of them.
    None when an ordinal word is not plain lower-case ASCII (the case-insensitive pattern could
    then match what a search of the lower-cased text would not find)."""
    words = ordinal_words()
    if not all(word.isascii() and word.islower() and word.isalpha() for word in words):
        return None
    return tuple(sorted({word[:4] for word in words}))


_DIGIT_ORDINAL = cached_compile(r"\d(?:st|nd|rd|th)")


def _ordinal_starts(view: ReportView) -> list[int] | None:
    """Every place an ordinal name can start (and some more), or None to scan the whole text.

    Ordinal words are matched case-insensitively; they are found in the lower-cased text, where
    each character stays at its offset unless lower-casing lengthened one ("İ"). Among the
    characters that case-insensitive matching takes for an ASCII letter, only "ſ" (a long s)
    lower-cases to itself, not to its letter: a text holding either is scanned in full.

    On plain text an ordinal word of a name is a whole run of letters (no letter or digit before
    it, a space or quote after it): only the ordinal words among the report's runs of letters
    (``letter_runs``, usually a handful) are looked for, not every four-letter needle."""
    text = view.text
    needles = _ordinal_needles()
    low = lowered(view)
    if needles is None or len(low) != len(text) or "ſ" in text:
        return None
    runs = letter_runs(view)
    if runs is not None:
        present = sorted(runs.intersection(ordinal_words()))
        # "first" is found wherever "firstly" is: a word after one it starts with adds no place.
        needles = tuple(word for word in present if not any(word.startswith(other) for other in present
                                                            if other != word))
    starts = set()
    for needle in needles:
        found = low.find(needle)
        while found != -1:
            starts.add(found)
            found = low.find(needle, found + 1)
    # "14th": up to three digits before the suffix; the pattern's own \d says which are digits.
    for match in _DIGIT_ORDINAL.finditer(text):
        starts.update(range(max(0, match.start() - 2), match.start() + 1))
    return sorted(starts)


def _ordinal_matches(view: ReportView) -> Iterator[regex.Match[str]]:
    """``_ordinal_name_pattern().finditer(view.text)``, tried only where an ordinal can start."""
    starts = _ordinal_starts(view)
    if starts is None:
        return _ordinal_name_pattern().finditer(view.text)
    return matches_at(_ordinal_name_pattern(), view.text, starts)


def _plural_key(words: str) -> str:
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words.lower().split())


def _ordinal_series(view: ReportView) -> Iterator[Finding]:
    """"Tenth Five-Year Plan" among "14th"/"15th Five-Year Plan": an ordinal out of its series."""
    mentions: dict[str, list[tuple[int, int, int, str]]] = defaultdict(list)
    values: dict[str, int | None] = {}  # ordinal_value once per ordinal as written ("14th" recurs)
    for match in _ordinal_matches(view):
        ordinal = match.group("ordinal")
        if ordinal not in values:
            values[ordinal] = ordinal_value(ordinal)
        value = values[ordinal]
        if value is None or ordinal[0].islower():
            continue  # "the first Conference": a lower-case ordinal is a rank, not part of a name
        mentions[_plural_key(match.group("tail"))].append(
            (match.start("ordinal"), match.end("tail"), value, match.group("tail")))
    for found in mentions.values():
        values = sorted({value for *_, value, _ in found})
        if len(values) < 2:
            continue
        # Split the values into runs of neighbours; the run named most often is the series.
        runs: list[list[int]] = [[values[0]]]
        for value in values[1:]:
            if value - runs[-1][-1] <= MAX_SERIES_GAP:
                runs[-1].append(value)
            else:
                runs.append([value])
        if len(runs) < 2:
            continue
        # Mentions grouped by run in one pass (runs x mentions would be quadratic).
        run_of = {value: index for index, run in enumerate(runs) for value in run}
        by_run: list[list[tuple[int, int, int, str]]] = [[] for _ in runs]
        for mention in found:
            by_run[run_of[mention[2]]].append(mention)
        series_index = max(range(len(runs)), key=lambda i: (len(by_run[i]), -i))
        series = runs[series_index]
        tail = found[0][3]
        in_series = by_run[series_index]
        series_names = _listed(sorted({view.text[m[0]:m[1]] for m in in_series}))
        last_per_value = {m[2]: m for m in in_series}
        series_spans = [(m[0], m[1]) for m in list(last_per_value.values())[-MAX_EVIDENCE:]]
        for index, run in enumerate(runs):
            if index == series_index:
                continue
            odd = by_run[index]
            odd_names = sorted({view.text[m[0]:m[1]] for m in odd})
            message = (
                f"{_listed(odd_names, ' / ')} ({len(odd)} time(s)) is out of sequence with "
                f"{series_names} used elsewhere in the report: the "
                f"{tail} numbered {run[0]} is a different one from those numbered "
                f"{series[0]}-{series[-1]}. Check which {tail} is meant and name it the same way "
                "throughout.")
            spans = [(m[0], m[1]) for m in odd[:MAX_EVIDENCE]] + series_spans
            yield make_finding(RULE, view, message, sorted(spans), severity="error")


def _listed(names: list[str], separator: str = ", ") -> str:
    """Up to ``MAX_EVIDENCE`` quoted names, then how many more."""
    shown = separator.join(repr(n) for n in names[:MAX_EVIDENCE])
    return shown + (f" and {len(names) - MAX_EVIDENCE:,} more" if len(names) > MAX_EVIDENCE else "")


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _words.NAME_CONNECTORS]


class _Frame:
    """A name's lower-cased words and its count of content words, computed once per name."""

    __slots__ = ("content_count", "words")

    def __init__(self, key: str) -> None:
        self.words = key.split()
        self.content_count = len(_content(self.words))


def _same_frame(a: _Frame, b: _Frame, generic_leads: frozenset[str] = frozenset()) -> bool:
    """Same first word, same closing words, and together they make up most of both names; the words
    that differ are no series numbers, and a lead shared by a whole family of names does not count."""
    wa, wb = a.words, b.words
    if wa == wb or wa[0] != wb[0] or len(wa) < 4 or len(wb) < 4:
        return False
    prefix = 0
    while prefix < min(len(wa), len(wb)) and wa[prefix] == wb[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(wa), len(wb)) - prefix and wa[-1 - suffix] == wb[-1 - suffix]:
        suffix += 1
    if suffix == 0 or prefix + suffix >= min(len(wa), len(wb)):
        return False  # one name contains the other: a short form, not a rewording
    differing = _content(wa[prefix:len(wa) - suffix]) + _content(wb[prefix:len(wb) - suffix])
    if all(_SERIES_NUMBER.fullmatch(word) for word in differing):
        return False  # "Phases I and II ..." / "Phases III and IV ...": two members of a series
    lead = next((n for n in (2, 1) if n <= prefix and " ".join(wa[:n]) in generic_leads), 0)
    shared = len(_content(wa[lead:prefix])) + len(_content(wa[len(wa) - suffix:]))
    longer = max(a.content_count, b.content_count)
    return shared >= MIN_FRAME_WORDS and shared / longer >= MIN_FRAME_SHARE


def _generic_leads(keys: list[str]) -> frozenset[str]:
    """First words, and first two words, that ``GENERIC_LEAD_NAMES`` or more distinct names start with."""
    counts = Counter(lead for key in keys for lead in _leads(key.split()))
    return frozenset(lead for lead, count in counts.items() if count >= GENERIC_LEAD_NAMES)


def _leads(words: list[str]) -> tuple[str, ...]:
    return (words[0], " ".join(words[:2])) if len(words) > 2 else ()


def _reworded_names(view: ReportView, found: list[Name]) -> Iterator[Finding]:
    """"... Awareness Week" / "... Publicity Week": one name with different words in its middle."""
    distinct: dict[str, Name] = {}
    for name in found:
        distinct.setdefault(name.key, name)
    keys = list(distinct)
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]  # path halving keeps the trees shallow
            k = parent[k]
        return k

    # ``_same_frame`` needs the same first and the same last word: only names sharing both are
    # compared, each with at most ``MAX_FRAME_COMPARISONS`` earlier ones (a report of thousands
    # of "Alpha ... Delta" names would otherwise cost millions of comparisons).
    generic_leads = _generic_leads(keys)
    by_frame: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        by_frame[(words[0], words[-1])].append(key)
    for group in by_frame.values():
        if len(group) < 2:
            continue
        frames = [_Frame(key) for key in group]
        for i, kb in enumerate(group):
            for j in range(max(0, i - MAX_FRAME_COMPARISONS), i):
                ka = group[j]
                if root(ka) != root(kb) and _same_frame(frames[j], frames[i], generic_leads):
                    parent[root(kb)] = root(ka)
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        clusters[root(key)].append(key)
    cluster_of = {key: root(key) for key in keys}
    spans_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for name in found:
        spans = spans_of[cluster_of[name.key]]
        if len(spans) < MAX_EVIDENCE:
            spans.append((name.start, name.end))
    for cluster, members in clusters.items():
        if len(members) < 2:
            continue
        forms = " / ".join(repr(distinct[k].text) for k in members[:MAX_EVIDENCE])
        if len(members) > MAX_EVIDENCE:
            forms += f" and {len(members) - MAX_EVIDENCE:,} more"
        yield make_finding(RULE, view, f"One name appears to be worded {len(members)} ways: {forms}. "
                           "Use one official form.", spans_of[cluster])


def _aliases(view: ReportView) -> Iterator[Finding]:
    """A body named by its current name and by a former or alternate name."""
    for alias, preferred, relation in _words.BODY_ALIASES:
        # Each name as written is in the text wherever the pattern matches it: most reports name
        # neither, and a substring test in C turns them away before two regex scans of the text.
        if alias not in view.text or preferred not in view.text:
            continue
        old = regex.search(rf"(?<![\p{{L}}]){regex.escape(alias)}(?![\p{{L}}])", view.text)
        new = regex.search(rf"(?<![\p{{L}}]){regex.escape(preferred)}(?![\p{{L}}])", view.text)
        if old and new:
            yield make_finding(RULE, view, f"{alias!r} is the {relation} of {preferred!r}; the report "
                               "uses both for the same body.", sorted([old.span(), new.span()]))


# A short quoted formula: "“Two Establishments”", "“two safeguards”".
# The standard library's ``re``: the pattern holds only literal characters, which both modules read
# alike. It is tried only where ``_OPENING_QUOTES`` are (``_quoted_formulas``).
_QUOTED = re.compile(r"[“\"‘](?P<inner>[^“”\"‘’\n]{3,80})[”\"’]")
_OPENING_QUOTES = "“\"‘"  # the characters every match of _QUOTED starts with


def _quoted_formulas(text: str) -> Iterator[re.Match[str]]:
    """``_QUOTED.finditer(text)``, tried only at its opening quotes, found by str.find
    (``ipnlp.find``: 1 ms -> 0.04 ms in a report of 110,000 characters with 23 quotes)."""
    return matches_at(_QUOTED, text, positions(text, _OPENING_QUOTES))


def _case_variants(view: ReportView, found: list[Name]) -> Iterator[Finding]:
    """"High-Level" / "High-level" inside one name; "“Two Establishments”" / "“two establishments”".

    A capitalised name and the same words in lower case are only compared when both are quoted
    formulas: unquoted, "the Trademark Law" and "trademark law enforcement" are different things.
    One pass over the names and one over the quotes, so long reports stay linear.
    """
    by_key: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for name in found:
        by_key[name.key].append((name.start, name.end, name.text))
    quoted: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for match in _quoted_formulas(view.text):
        inner = match.group("inner")
        quoted[" ".join(inner.lower().split())].append((match.start("inner"), match.end("inner"), inner))
    for key, occurrences in by_key.items():
        if len(occurrences) == 1 and key not in quoted:
            continue  # one way of writing it, and no quote to compare with (most names)
        if len({text for *_, text in occurrences}) > 1:
            shown = occurrences
        else:
            in_quotes = quoted.get(key, [])
            # Lower case after the first word: "“two establishments”", not a sentence-initial capital.
            lower = [o for o in in_quotes if not any(w[0].isupper() for w in o[2].split()[1:])]
            if not lower or len(in_quotes) == len(lower):
                continue
            shown = in_quotes
        surfaces = sorted({text for *_, text in shown})
        yield make_finding(RULE, view, "The same name is capitalised differently: "
                           + " / ".join(repr(s) for s in surfaces) + ".",
                           [(s, e) for s, e, _ in sorted(shown)[:MAX_EVIDENCE]], severity="info")


# "multi-modal": two lower-case words joined by one hyphen. The match starts at the hyphen, with the
# first word in a look-behind, so the scan stops only at hyphens instead of at every letter.
_HYPHENATED = cached_compile(r"-(?<=(?<![\p{L}\p{N}-])(\p{Ll}{2,})-)(\p{Ll}{2,})(?![\p{L}\p{N}-])")
# A word standing alone ("multimodal"). Only lower-case words of four letters or more can be a
# hyphenated word closed up, so only those are indexed.
_PLAIN_WORD = cached_compile(r"(?<![\p{L}\p{N}.-])\p{Ll}{4,}(?![\p{L}\p{N}-]|\.\p{L})")


def _first_spans(pattern: regex.Pattern[str], text: str) -> dict[str, tuple[int, int]]:
    spans: dict[str, tuple[int, int]] = {}
    for match in pattern.finditer(text):
        spans.setdefault(match.group(), match.span())
    return spans


# Places tried by ``_FirstMatches.first`` before it indexes every match instead: a few dozen
# closed-up forms or abbreviations, each found a few times, is what a report holds; "aaaa..."
# against many forms would otherwise cost forms x length.
_FIND_BUDGET = 2_000


class _FirstMatches:
    """The span of the first match of ``pattern`` that is a given word: for ``_PLAIN_WORD`` (a
    whole run of lower-case letters) and ``_CAPITALS`` (a whole run of capitals).

    Found with str.find where the word occurs rather than by matching every word of the text: the
    pattern matches wherever it can start (a match cannot start inside another, which is all
    letters), so the first place it matches exactly the word is the first such match. Past
    ``_FIND_BUDGET`` places tried, every match is indexed once and looked up, as before. A word
    whose lower case is none of the report's runs of letters (``letter_runs``) is nowhere.
    """

    def __init__(self, pattern: regex.Pattern[str], view: ReportView) -> None:
        self.pattern = pattern
        self.text = view.text
        self.runs = letter_runs(view)
        self.budget = _FIND_BUDGET
        self.first_spans: dict[str, tuple[int, int]] | None = None

    def first(self, word: str) -> tuple[int, int] | None:
        if self.runs is not None and word.lower() not in self.runs:
            return None
        if self.first_spans is None:
            found = self.text.find(word)
            while found != -1 and self.budget > 0:
                self.budget -= 1
                match = self.pattern.match(self.text, found)
                if match is not None and match.end() == found + len(word):
                    return match.span()
                found = self.text.find(word, found + 1)
            if found == -1:
                return None
            self.first_spans = _first_spans(self.pattern, self.text)
        return self.first_spans.get(word)


def _hyphen_variants(view: ReportView) -> Iterator[Finding]:
    """"multi-modal" / "multimodal". Lower case only: "Online" in a name is not "on-line"."""
    hyphenated = list(_HYPHENATED.finditer(view.text))
    if not hyphenated:
        return
    done: set[str] = set()
    plain_words = _FirstMatches(_PLAIN_WORD, view)
    looked_up: dict[str, tuple[int, int] | None] = {}  # once per closed-up form
    for match in hyphenated:
        closed = match.group(1) + match.group(2)
        if closed in done:
            continue
        if closed not in looked_up:
            looked_up[closed] = plain_words.first(closed)
        joined = looked_up[closed]
        if joined is None:
            continue
        done.add(closed)
        span = (match.start(1), match.end(2))
        yield make_finding(RULE, view, f"{view.text[span[0]:span[1]]!r} and {closed!r} are the same "
                           "word hyphenated two ways.", sorted([span, joined]), severity="info")


# Only a first word with one of these endings can be one side of a spelling variant.
_VARIANT_ENDINGS = tuple({suffix for pair in _words.SUFFIX_VARIANTS for suffix in pair})
_LONG_ENDINGS = tuple(sorted({long_suffix for long_suffix, _ in _words.SUFFIX_VARIANTS}))
_ENDING_ALTERNATIVES = "|".join(sorted(_VARIANT_ENDINGS, key=lambda e: (-len(e), e)))  # one string every run
_LAST_LETTERS = "".join(sorted({suffix[-1] for suffix in _VARIANT_ENDINGS}))
# Two words; the first a whole word ending in a variant ending. The match starts after the first
# word, found in look-behinds: most positions fail on the one-letter class or the space at once,
# where starting at each word would scan every word of the report. Case-insensitive classes let
# through every word whose lower case has the ending (and a few more, filtered by the caller).
# A match ends where the next pair's look-behinds start, so no pair is skipped without overlapping.
_BIGRAM = cached_compile(
    rf"(?<=(?i:[{_LAST_LETTERS}]))(?=\s)(?<=(?i:{_ENDING_ALTERNATIVES}))"
    r"(?<=(?<![\p{L}\p{N}-])(\p{L}++))\s+(\p{L}+)"
)


# ``_BIGRAM``'s pairs on plain text (``ipnlp.plain_text``), matched from the start of the first word.
_PLAIN_BIGRAM = re.compile(rf"(?<![{plain_text.LETTER}{plain_text.DIGIT}-])([{plain_text.LETTER}]+)"
                           rf"[{plain_text.SPACE}]+([{plain_text.LETTER}]+)")
# Words with a variant spelling searched for one by one, at most; past this many (a report has a
# few; a list of made-up pairs many) one scan of the text is cheaper, and stays linear.
_MAX_VARIANT_WORDS = 32


def _variant_words(runs: frozenset[str]) -> list[str]:
    """The runs of letters that have a variant spelling among the runs, and those variants: only
    pairs starting with one of them can make a finding."""
    found = set()
    for word in [word for word in runs if word.endswith(_LONG_ENDINGS)]:  # looked up from the longer spelling
        for long_suffix, short_suffix in _words.SUFFIX_VARIANTS:
            if word.endswith(long_suffix):
                other = word[: -len(long_suffix)] + short_suffix
                if other in runs:
                    found.update((word, other))
    return sorted(found)


def _bigram_matches(view: ReportView) -> list[tuple[int, int, str, str]]:
    """Start, end, first and second word of the ``_BIGRAM`` pairs whose first word may have a
    variant spelling, in text order.

    On plain text the first word is a whole run of letters: a pair needs both spellings among the
    report's runs (``letter_runs``), so only the few words that have one are looked for ("four" /
    "for" in most reports; none of the report's other words), not every word end of the text."""
    runs = letter_runs(view)
    wanted = None if runs is None else _variant_words(runs)
    if wanted is None or len(wanted) > _MAX_VARIANT_WORDS:
        return [(match.start(1), match.end(2), match.group(1), match.group(2))
                for match in _BIGRAM.finditer(view.text)]
    text, low = view.text, lowered(view)
    found = []
    for word in wanted:
        # Where the word stands whole before a space and a word, found in C in the lower-cased text
        # (most places of "or" are inside longer words); the pair is then read from the text.
        for place in _whole_word_before_word(word).finditer(low):
            match = _PLAIN_BIGRAM.match(text, place.start())
            if match is not None and match.end(1) == place.end():
                found.append((place.start(), match.end(2), match.group(1), match.group(2)))
    found.sort()
    return found


def _whole_word_before_word(word: str) -> re.Pattern[str]:
    """``word`` (lower-case letters) in lower-cased plain text with no letter, digit or hyphen before
    it and spaces and a letter after it. It opens with the word itself, so ``re`` finds its places
    by a literal search in C; the look-behind then checks the character before the word."""
    escaped = re.escape(word)
    letter = plain_text.LOWER
    return re.compile(rf"{escaped}(?<![{letter}{plain_text.DIGIT}-]{escaped})(?=[{plain_text.SPACE}]+[{letter}])")


def _spelling_variants(view: ReportView) -> Iterator[Finding]:
    """"geographic indications" / "geographical indications": one term, two spellings."""
    bigrams: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for start, end, first_word, second_word in _bigram_matches(view):
        first = first_word.lower()
        if first.endswith(_VARIANT_ENDINGS):
            bigrams[(first, stem(second_word.lower()))].append((start, end))
    for (first, second), spans in bigrams.items():
        for long_suffix, short_suffix in _words.SUFFIX_VARIANTS:
            if not first.endswith(long_suffix):
                continue
            other = bigrams.get((first[: -len(long_suffix)] + short_suffix, second))
            if other:
                surfaces = sorted({view.text[s:e] for s, e in spans + other})
                yield make_finding(RULE, view, "One term is spelled two ways: "
                                   + " / ".join(repr(s) for s in surfaces)
                                   + f" ({len(spans)} and {len(other)} time(s)).",
                                   sorted(other + spans)[:MAX_EVIDENCE], severity="info")


_DOTTED = cached_compile(r"(?<![\p{L}])((?:\p{Lu}\.){2,})")
# "US" alone or inside a compound ("China-US-EU"), but not the "US" of "U.S." or of "USB".
_CAPITALS = cached_compile(r"(?<![\p{L}\p{N}.])\p{Lu}{2,}(?![\p{L}\p{N}]|\.\p{L})")


def _abbreviation_variants(view: ReportView) -> Iterator[Finding]:
    """"U.S." / "US"."""
    done: set[str] = set()
    capitals = _FirstMatches(_CAPITALS, view)
    for match in _DOTTED.finditer(view.text):
        bare = match.group(1).replace(".", "")
        if bare in done:
            continue
        plain = capitals.first(bare)
        if plain is None:
            continue
        done.add(bare)
        yield make_finding(RULE, view, f"{match.group(1)!r} and {bare!r} are the same abbreviation "
                           "written two ways.", sorted([match.span(1), plain]), severity="info")


def check(view: ReportView) -> Iterator[Finding]:
    """One entity is named in different ways within the report.

    ## What it does
    Looks for names that should be written one way but are not:

    - an ordinal-numbered name whose ordinal is out of the series the report otherwise uses
      ("Tenth Five-Year Plan" next to "14th" and "15th Five-Year Plan") — an error, because it
      names a different real thing;
    - a capitalised name reworded in its middle ("National Awareness Week" / "National Publicity
      Week") or a body named by a former or alternate name next to its current one — warnings;
    - the same name capitalised, hyphenated, abbreviated or spelled differently ("High-Level" /
      "High-level", "multimodal" / "multi-modal", "U.S." / "US", "geographic" / "geographical") —
      info.

    ## Why it matters
    Readers and search tools treat different names as different things; a wrong ordinal points to
    another plan, congress or edition altogether.

    ## Example
    ```text
    The 14th Five-Year Plan ends this year; we will prepare the Tenth Five-Year Plan.
    ```

    ## Use instead
    ```text
    The 14th Five-Year Plan ends this year; we will prepare the 15th Five-Year Plan.
    ```

    ## Known limitations
    Names are compared within frames that share their first and last word, at most 64 comparisons
    per frame, so a rewording of the first or last word is missed. Spelling variants come from a
    closed list. Two genuinely different entities with alike names (two campaign weeks, two plans)
    may be reported as one named two ways. A lead that ten or more of the report's names start with
    ("Hong Kong ...") does not count as shared wording, so a rewording that keeps only that lead and
    the last words is missed; names that differ only in series numbers ("Phases I and II" / "Phases
    III and IV") are never one name.
    """
    found = names(view.text, plain=is_plain(view))
    yield from _ordinal_series(view)
    yield from _reworded_names(view, [part for name in found for part in segments(name)])
    yield from _aliases(view)
    yield from _case_variants(view, found)
    yield from _hyphen_variants(view)
    yield from _spelling_variants(view)
    yield from _abbreviation_variants(view)


RULE = Rule(code="IPN410", name="term-inconsistency", severity="warning", check=check)
