"""What a figure measures: a short noun phrase built from the words around the figure.

Report English states what a figure measures in a few dozen shapes, read here in order (docs/subjects.md lists
them with examples): the other end of a range or change; a share, a multiple, a partitive; the member of a
coordinated subject a "respectively" gives; the subject of the main clause after an opening phrase; a list or
comparison with an earlier figure; the noun a figure completes with "of", is paid in, modifies, is spent on or
moves; the subject of the clause's verb stating the figure. A forecast is marked in its subject. Words are data
(data/<lang>/subject_words.tsv); no trained model is used.
"""

from __future__ import annotations

import re
from functools import cache, wraps
from typing import NamedTuple

import regex

from ..find import matches_at, positions
from ..lang import load
from ..regex_cache import compile as cached_compile
from ..segment.lines import SPACES
from .context import (
    _EN_COUNT_HEAD_PHRASE,
    _EN_COUNT_HEADS,
    may_end_with_qualifier,
    noun_phrase_after,
    qualifier_before,
    unit_after,
)
from .numbers import ascii_folded, ascii_lower
from .tables import load_tables, rows, tree_alternation
from .word_scan import WordScan, holds_any

_SPACE = cached_compile(r"\s+")
_WORDS = cached_compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[,;:()]")
_MAX_CLAUSE_WORDS = 14
_MAX_CLAUSE_CHARS = 250
_MAX_VERB_DISTANCE = 10
_MAX_OF_PHRASE_WORDS = 6
_TAIL = 60  # characters at a phrase's end that the tail cuts look at
# Currency codes that prefix a "$" and end a phrase cut at the figure ("inflows of HK" + "$383.5 billion").
_CODES_BEFORE_SYMBOL = ("HK", "S", "US", "A", "C", "NT", "NZ", "RMB")
_TRAILING_CURRENCY = cached_compile(rf"\s*\b(?:{'|'.join(_CODES_BEFORE_SYMBOL)})$")
_DETERMINER_BEFORE = cached_compile(r"(?i:\b(?:the|a|an|its|our|their)\s+)$")
_CODE_BEFORE_SYMBOL = cached_compile(rf"\b(?:{'|'.join(_CODES_BEFORE_SYMBOL)})$")
# A figure right before this one in a list: "2.1% and [2.0%]", "HK$3 billion, [HK$4 billion]", "2.9% in the third
# quarter and [3.3%]".
_LIST_BEFORE = cached_compile(
    r"(?:^|\s)(?P<prev>[^\s\d]{0,4}\d[\d,.]*)(?:\s*%|\s+(?i:per\s*cent|percentage\s+points?|basis\s+points?|"
    r"points?|billion|million|trillion|bn))?(?:\s+(?i:in|at|on|during)\s+[^,;\d]{0,30}(?:(?:19|20)\d\d)?)?"
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_MAX_LIST_DEPTH = 6
# "$800 in [CDC Vouchers]", "HK$1 trillion of [lending capacity]": what an amount is paid or held in.
_AMOUNT_IN = cached_compile(r"\s+(?:of|in)\s+(?:(?i:the|additional|new|extra)\s+)?")
_ARTICLE_BEFORE = cached_compile(r"(?i:\b(?:a|an|the|this|that|each)\s+(?:(?:further|additional|one-off)\s+)?)$")
_NOUN_AFTER = cached_compile(r"\s+[A-Za-z]")
_YEAR = cached_compile(r"(?:19|20)\d{2}")
# "projects the inflation rate [to be] 2.1%", "expect the jobless rate [to rise to] about 4.0%",
# "expect growth [at] 2%".
_FORECAST_TO = (r"(?:to\s+(?:be|reach|average|grow|remain|rise|fall|stay|ease|edge\s+up)"
                r"(?:\s+(?:high|low|stable|elevated|steady))?(?:\s+(?:to|by|at))?|at)")
# "[Output] is expected to rise to about 5%": the subject of a passive forecast.
_PASSIVE_FORECAST = cached_compile(
    rf"\s*(?P<np>[^,;:]{{2,80}}?)\s+(?i:is|are|was|were)\s+(?i:expected|projected|forecast|estimated)\s+"
    rf"(?i:{_FORECAST_TO})\s+$")
_TO_VERB_BEFORE = cached_compile(rf"(?i:\b{_FORECAST_TO}\s+)$")
# "expectations ... for [the unemployment rate] to remain high at about 5.9%": "for" with a "to" verb only.
_FOR_TO_VERB = cached_compile(rf"(?i:\bfor\s+(?P<np>[^,;:]{{2,80}}?)\s+(?!at\b){_FORECAST_TO}\s+)$")
_TWO_LETTERS = cached_compile(r"[^\W\d_]{2}")
# ``_TWO_LETTERS`` on ASCII text (its letters are A-Z and a-z there), by ``re``: a tenth of the time.
_ASCII_TWO_LETTERS = re.compile("[A-Za-z]{2}")
_EARLIER_FIGURE = cached_compile(r"(?<![\w.,])[^\s\d]{0,3}\d(?:[\d,]*\d)?(?:\.\d+)?")
_FIGURE = cached_compile(r"[^\d\s]{0,4}\d[\d,]*(?:\.\d+)?")
_BY_BEFORE = cached_compile(r"(?i:\bby\s+)$")
# "[for] each child", "[to] companies", "[to] the Majulah Package Fund": whom or what an amount goes to; after
# "to" a determiner, a name or a plural noun, never a verb ("to help families").
_FOR_JOINT = cached_compile(
    r"\s+(?:(?P<prep>for)|(?P<prep>to)(?=\s+(?:(?i:the|each|every|all|our|their|its)\b|\*{0,2}[A-Z]|"
    r"[a-z]+(?<![su]s|is)s\b)))\s+")
# Words that end a recipient phrase: a coordination or the next preposition ("to the Fund [and] extend it",
# "to the Groups [over] the next three years").
_RECIPIENT_ENDS = frozenset({"and", "or", "but", "over", "until", "till", "during", "by", "from", "in", "on", "at",
                             "to", "for", "into", "within", "which", "who", "that"})
_RECIPIENT_WORDS = frozenset({"each", "every", "all", "of", "their", "the", "a", "an", "with"})
_WORD_FIGURE = cached_compile(r"[A-Za-z]+")
_TAIL_JOINT = cached_compile(r"\s+(?P<prep>from|on|in|for)\s+(?=[A-Za-z])")
_OPEN_PAREN_BEFORE = cached_compile(r"\(\s*[+\-−]?$")
# The low end of a range or the old value of a change right before this figure: "2.9%–[3.1%]",
# "from 2.5% to [2.0%]", "from HK$76.4 billion at the end of 2018 to [HK$54.3 billion]", "between $200 and [$400]".
_UNIT_AFTER_FIGURE = (r"(?:\s*%|[\s-]*(?i:per\s*cent|percentage[\s-]+points?|basis[\s-]+points?|points?|billion|"
                      r"million|trillion|bn|units?)\b)?")
_LOW_END_BEFORE = cached_compile(
    rf"(?:(?P<from>(?i:\bfrom|\bbetween)\s+(?:(?i:an?|over|about|around|above|below|under)\s+)?)?"
    rf"(?P<low>(?<![\w.,])[^\s\d]{{0,3}}\d(?:[\d,]*\d)?(?:\.\d+)?){_UNIT_AFTER_FIGURE}"
    rf"(?P<when>\s+[^,;\d\s][^,;\d]{{0,40}}?(?:(?:19|20)\d\d)?)?"
    rf"\s*(?P<join>[–—-]|(?i:to|and))\s*(?i:an?\s+)?)$")
_DIGIT = cached_compile(r"\d")
# The end of ``_LOW_END_BEFORE`` alone, read backwards from the figure.
_RANGE_JOIN_AT_END = cached_compile(r"(?r)(?:[–—-]|(?i:to|and))\s*(?i:an?\s+)?$")
# One more figure of a list after this one: "10.4%[ and 13.1%]", "16.2%[, 19.8%]".
_LIST_AFTER = cached_compile(rf"{_UNIT_AFTER_FIGURE}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=[^\s\d]{{0,3}}\d)")
_RESPECTIVELY = cached_compile(
    rf"{_UNIT_AFTER_FIGURE}(?P<tail>\s+(?i:against|in|on|for|over|from|at|as\s+at|during)\s+[^,;.]{{2,40}}?)?,?\s+"
    r"(?i:respectively)\b")
_COORDINATION = cached_compile(r",\s*(?:and\s+)?|\s+and\s+")
# A figure and the conjunction after it, which open a new clause: "Exports were up 5%[ and ]imports ...".
_FIGURE_THEN_CONJUNCTION = cached_compile(
    rf"(?<![\w.,])[^\s\d]{{0,3}}\d(?:[\d,]*\d)?(?:\.\d+)?{_UNIT_AFTER_FIGURE}"
    rf"(?:\s+(?i:in|at|on|during)\s+[^,;\d]{{0,30}}(?:(?:19|20)\d\d)?)?,?\s+(?i:and|but|while|whereas)\s+")


def _figures_then_conjunctions(text: str, start: int, end: int):
    """``_FIGURE_THEN_CONJUNCTION.finditer(text, start, end)``, searched from three characters before the
    next digit only: a match has a digit within its first four characters (at most three others before
    it), so no place further from one can start a match, and the pattern tried at a place reads the
    text before it as in a scan from ``start``. The scan, tried at every place, was a figure's costliest."""
    pos = start
    while (digit := _DIGIT.search(text, pos, end)) is not None:
        match = _FIGURE_THEN_CONJUNCTION.search(text, max(pos, digit.start() - 3), end)
        if match is None:
            return
        yield match
        pos = match.end()  # never empty: a match reads a digit


# "..., and [close to] $40 billion", "¥2 trillion, or [about] $18 billion": a figure joined to an earlier one.
_CONJUNCTION_BEFORE = cached_compile(
    r"(?:,\s*|\s+)(?i:and|or|as\s+well\s+as)\s+(?i:(?:to|by)\s+)?(?i:an?\s+)?(?i:(?:further|additional)\s+)?$")
# "four months of [utility bills]", "six weeks of [leave]": a duration counts what it is of.
_DURATION_OF = cached_compile(
    r"[\w.,-]+(?:\s+and\s+a\s+half)?\s+(?i:months?|years?|weeks?|days?)['’]?\s+(?i:worth\s+)?of\s+"
    r"(?:(?i:such|the|their|its)\s+)?")
# An age: "[40 years old]", "children below [16 years old]", "[6 weeks of age]".
_AGE_AFTER = cached_compile(
    r"[\w.,-]+(?:\s+and\s+a\s+half)?[\s-]+(?i:years?|months?|weeks?|days?)[\s-]+(?i:old|of\s+age)\b")
# Time elapsed in something: "[Two years] into the pandemic".
_DURATION_INTO = cached_compile(
    r"[\w.,-]+(?:\s+and\s+a\s+half)?\s+(?i:years?|months?|weeks?|days?)\s+into\s+(?:(?i:the|its|our|their)\s+)?")
# A duration that frames another figure of the clause: "a $10 million top-up over the next [three years]".
_TIME_FRAME_BEFORE = cached_compile(
    r"(?i:\b(?:over|during|within)\s+(?:the\s+)?(?:(?:next|last|past|preceding|coming|following|first)\s+)?)$")
# A Markdown heading of figures only: "# HK$1,526.3 billion", "# HK$592.6 billion, +5.9%", "## 17.7%".
_FIGURES_HEADING = cached_compile(
    r"[ \t]*#{1,6}(?:[ \t,;]*(?:[A-Z]{1,3})?[$£€¥]?[+\-–−]?\d[\d,]*(?:\.\d+)?[ \t]*"
    r"(?:%|(?i:billion|million|trillion|bn|per\s*cent))?)+[ \t]*")
# The line under it, after blank lines: a caption is short prose with no heading mark and no final stop.
_CAPTION_LINE = cached_compile(r"\s*\n(?P<caption>[ \t]*[A-Za-z][^\n#|]*?[^\n.:!?|])[ \t]*(?:\n|$)")
# "the first", "the remaining" right before a figure; what may open the clause before it.
_PART_BEFORE = cached_compile(r"(?i:\bthe\s+)(?P<part>[A-Za-z]+)\s+(?:[A-Z]{1,3})?$")
_CLAUSE_OPENING = cached_compile(r"(?:[,;]\s*|(?<!\S)(?i:and|but|while|whereas)\s+)$")
_MODAL = cached_compile(r"(?i:\b(?:will|would|shall|can|could|may|might|must)\b)")
_DURATION_AT = cached_compile(r"[\w.,-]+(?:\s+and\s+a\s+half)?\s+(?i:years?|months?|weeks?|days?|decades?)\b")
# A verb receiving the amount: "[A household of four] will receive about $5,500 in benefits".
_RECEIVES = cached_compile(
    r"(?i:\b(?:receive[sd]?|receiving|get|gets|getting|got|(?:can|could|will)\s+expect(?:\s+to\s+receive)?)\s+(?:(?:an|a|additional|extra|further)\s+){0,2})$")
_MAX_RECEIVER_WORDS = 12
_DASH_ASIDE = cached_compile(r"\s[–—]\s[^–—]{0,80}?\s[–—]\s")
# A sentence opening with a phrase that has no subject of its own: "[After staying at] a multi-year low of
# 2.8% ..., the unemployment rate rose", "[Following] a 2.9% expansion in 2018, the economy contracted".
_OPENING_PHRASE = cached_compile(r"\s*(?:(?i:after|following|before|despite|amid|having|since)\b|[A-Z][a-z]+ing\b)")
_MAX_MAIN_SUBJECT_WORDS = 8
_SENTENCE_END = cached_compile(r"[.!?]\s")
# The change noun a figure modifies: "a 2.9% [expansion]", "a 10% [rebound]".
_CHANGE_NOUN_AFTER = cached_compile(
    rf"{_UNIT_AFTER_FIGURE}\s+(?P<noun>(?i:expansion|contraction|rebound|increase|decrease|decline|rise|fall|drop|"
    rf"growth|gain|loss|reduction|cut|surge|jump|recovery))\b")
# A rate that modifies the noun after it: "a [50%] Corporate Income Tax Rebate", "a [15%] increase in duty".
_ARTICLE_BEFORE_RATE = cached_compile(r"(?i:\b(?:a|an|with)\s+(?:further\s+|additional\s+|one-off\s+)?)$")
_RATE_UNIT = cached_compile(r"\s*%|[\s-]*(?i:per\s*cent|percentage[\s-]+points?|basis[\s-]+points?)\b")
_PERIOD_WORDS_AFTER = cached_compile(
    r"(?i:(?:the\s+)?(?:first|second|third|fourth|last|past|next|same|previous|preceding|final|early|late|end|"
    r"beginning|start|year|month|quarter)\b|"
    r"(?:19|20)\d\d|fy\s*\d|(?:fiscal|financial)\s+year|q[1-4]\b|h[12]\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)")
_FORECAST_WORD = cached_compile(r"(?i:\b(?:forecasts?|projections?|outlook|expected|estimates?|targets?)\b)")
# The rate a band or range bounds: "its [exchange rate] ..., within a band of HK$7.75–7.85".
_RATE_NOUN = cached_compile(r"(?i:\b(?:[a-z][\w-]*\s+){0,2}(?:rate|ratio|price|index|yield|spread)\b)")
# What a cause leads to is the subject: "the AV increases resulted in [the proportion of ...] nearly doubling".
_RESULT_LEAD = cached_compile(r"(?i:\b(?:resulted\s+in|led\s+to|leading\s+to|resulting\s+in)\s+)")
_TIMES_OF = cached_compile(
    r"[\w.,-]+\s+(?i:times)\s+(?:(?i:of|that\s+of)\s+)?(?:(?i:the|its|their)\s+)?(?:(?i:amount|number|level|value)\s+of\s+)?"
    r"(?!(?i:faster|more|higher|larger|bigger|greater|as)\b)")
_RANGE_HIGH = cached_compile(r"\s*[–—-]\s*\d[\d,]*(?:\.\d+)?")
# The words ``_WORTH_BEFORE`` and ``_AMOUNT_PARTICIPLE`` need (ignoring case): a window with none is not searched.
_WORTH_WORDS = ("worth", "totaling", "totalling", "exceeding", "valued")
_PARTICIPLE_WORDS = ("involving", "amounting", "totaling", "totalling", "worth")
_WORTH_BEFORE = cached_compile(
    r"(?i:\s(?:worth|totall?ing|exceeding|valued\s+at)\s+(?:(?:about|around|over|more\s+than|some)\s+)?)"
    r"(?:HK|S|US|A|C|NT|NZ|RMB)?$")
_MULTIPLE_OF = cached_compile(
    r"(?:(?i:doubling|tripling|quadrupling|halving)\s+of\s+(?:(?i:the|these|those|its|our|their)\s+)?|"
    r"\d[\d,]*\s+of\s+(?i:the|these|those|its|our|their)\s+)(?:(?i:number|amount|value)\s+of\s+)?")
# ", involving an aggregate amount of [HK$1.1 trillion]", ", amounting to [HK$65 billion]": the amount of
# what the clause before approved, granted or provided.
_AMOUNT_PARTICIPLE = cached_compile(
    r"(?i:,\s+(?:involving|amounting\s+to|totall?ing|worth)\s+(?:(?:an?\s+|the\s+)?(?:aggregate|total|combined)\s+"
    r"(?:amount|value|sum)\s+of\s+)?)$")
_PARTICLE = cached_compile(r"^(?i:out|up|off|in|through)\s+")
_PERIOD_TAIL = cached_compile(r"\s+(?i:(?:last|this|next|that)\s+year|in\s+(?:19|20)\d\d|during\s+the\s+year)$")
_PAST_VERB = cached_compile(r"(?i:\b[a-z]+ed\s+)")
_ROUGHLY = r"(?i:(?:more\s+than|over|about|nearly|some)\s+)?"
_FIGURE_NOUN_OF = cached_compile(rf"^{_ROUGHLY}[\d,.]+\s+[a-z]+\s+(?:of|for)\s+")
_IN_FIGURE_CASES = cached_compile(rf"\s+(?i:in|for|from)\s+{_ROUGHLY}[\d,.]+\s+[a-z]+$")
_ENDS_ON_FIGURE = cached_compile(rf"(?<![\w.,])(?P<figure>\d(?:[\d,]*\d)?(?:\.\d+)?){_UNIT_AFTER_FIGURE}\s*,\s*$")
_RELATIVE_END = cached_compile(r"(?i:\b(?:which|that|who|whom))$")
_NOT_FORECAST_BEFORE = cached_compile(r"(?i:\b(?:than|can|could|may|will)\s+)$")
# "up from $35", "up to 30%": a baseline or a bound, not "up" stating the figure ("exports up 5%").
_BASELINE_PARTICLE = cached_compile(r"(?i:up|down)\s+(?:from|to)\b")
_ACRONYM = cached_compile(r"\s*\((?:or\s+)?(?P<acronym>[A-Z][A-Za-z&]{1,7})\)")
_ACRONYM_SKIPS = frozenset({"and", "of", "the", "for", "&"})
# The word after a pronoun subject that shows it is one: "This [will] be", "This [marked]", "it [has]", "This [brings]"
# (but "This year", "That figure": a determiner and its noun).
_VERB_AFTER_PRONOUN = cached_compile(
    r"(?i:will|would|is|was|has|had|have|can|could|may|might|should|shall|[a-z]+ed|[a-z]+[^s']s)")
_AND_NOUN_AT = cached_compile(r"\band\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?:at\s+)?$")


_NOT_YET = object()  # no answer memoised (None is an answer)
# Every memo of this module, as (answers, last text read): ``forget`` empties them all.
_MEMOS: list[tuple[dict, list]] = []
# Phrases tidied per run at most before that memo starts over: a caller that never calls ``forget``
# (extracting many reports in one process) holds a bounded number.
_MAX_TIDIED = 8192


def forget() -> None:
    """Empty the memos: a new analysis starts. A text read again (a benchmark repeating one report)
    then costs what its first reading cost, instead of finding every answer already memoised."""
    for answers, last in _MEMOS:
        answers.clear()
        last[0] = None


def _per_text(function):
    """``function(text, *args)`` memoised for the text it last read. One figure's subject asks for the
    same clause start, lead and range end several times (once per reader, again for each figure of a
    list), and these are pure in their arguments. The text is part of every key (threads reading two
    reports never share an answer); the memo is emptied when another text comes, so it holds one report."""
    memo: dict = {}
    last: list = [None]
    _MEMOS.append((memo, last))

    @wraps(function)
    def memoised(text: str, *args):
        if last[0] is not text:
            memo.clear()
            last[0] = text
        # The arguments' tuple as it came: (text, *args) builds a list and copies it into a new tuple,
        # a fifth of a hit's cost, and this wrapper runs some 600 times a report.
        key = (text, args)
        found = memo.get(key, _NOT_YET)
        if found is _NOT_YET:
            found = memo[key] = function(text, *args)
        return found

    return memoised

def _adjacent_words(text: str, start: int, end: int):
    """The words of ``_WORDS`` from ``start``, stopping where anything but spaces (or Markdown emphasis)
    lies between two of them: a full stop, a dash or a quote ends a noun phrase ("... households. The
    first ..." is two sentences, not one phrase)."""
    pos = start
    for match in _WORDS.finditer(text, start, end):
        gap = text[pos:match.start()]
        if gap.strip(" \t\n*_"):
            return
        yield match
        pos = match.end()


@cache
def _words(lang: str) -> dict[str, list[str]]:
    """subject_words.tsv by kind: {kind: [surface, ...]}."""
    table: dict[str, list[str]] = {}
    for row in rows(lang, "subject_words.tsv"):
        table.setdefault(row[1], []).append(" ".join(row[0].lower().split()))
    return table


@cache
def _not_adverbs(lang: str) -> frozenset[str]:
    """The `not_adverb` rows: words in "-ly" that are no adverb ("family", "supply"), built once."""
    return frozenset(_words(lang)["not_adverb"])


@cache
def _nominals(lang: str) -> dict[str, str]:
    """The `nominal` rows of subject_words.tsv: {verb form: the noun naming what it measures}."""
    return {row[0].lower(): row[2] for row in rows(lang, "subject_words.tsv") if row[1] == "nominal"}


@cache
def _subject_patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    words = _words(lang)
    count = rf"\d{{1,3}}(?![\d,.])|{tree_alternation(list(data.CARDINALS))}"  # "one in four", "3 out of 5"
    return {
        # The language's linking verbs and the other verbs that state a figure ("GDP shrank by 3.5%").
        "verb": cached_compile(
            rf"(?i:\b{data.LINKING_VERBS}|\b(?:(?:has|have|had)\s+)?(?:{tree_alternation(words['verb'])})\b)"),
        "lead": cached_compile(rf"^(?i:(?:{tree_alternation(words['lead'])})\b\s*,?\s*)+"),
        "trailing": cached_compile(rf"(?:\s+(?i:{tree_alternation(words['trailing'])}))+$"),
        "baseline_end": cached_compile(rf"(?:^|\s+|,\s*)(?i:{tree_alternation(words['baseline'])})$"),
        # "a surplus of [$6.8 billion]", "a minimum effective tax rate of [at least] 15%".
        "of_end": cached_compile(r"\s+of(?:\s+(?i:the|a|an|between))?\s*$"),
        "adverbial_lead": cached_compile(
            rf"^(?:(?i:{tree_alternation(words['adverbial'])})\b|[A-Z][a-z]+(?:ed|ing)\b)[^,]{{0,160}},\s+(?=\S)"),
        "aside_tail": cached_compile(r"(?i:,\s+(?:as(?!\s+well\s+as)|which|including|excluding|i\.e\.|e\.g\.)\b.*)$"),
        "raises": cached_compile(
            rf"(?i:\b(?:{tree_alternation(words['raises'])})\s+(?P<np>[^,;:]{{2,80}}?)\s+{_FORECAST_TO}\s+)$"),
        "paren_tail": cached_compile(r"\s*\([^()]{1,30}\)\s*$"),
        # "one in four", "3 out of 5", "a third of", "two-thirds of", "half of all": then the counted noun.
        "share_of": cached_compile(
            rf"(?i:(?:{count})\s+(?:in|out\s+of)\s+(?:{count})\s+(?:of\s+)?(?:the\s+|all\s+|our\s+)?|"
            rf"(?:a|an|{count})[\s-](?:{tree_alternation(words['fraction'])})\s+of\s+(?:the\s+|all\s+|our\s+)?|"
            rf"half\s+(?:of\s+(?:the\s+|all\s+|our\s+)?|the\s+|its\s+|their\s+|all\s+))"),
        # "spend [around] $5 billion", "invest a further $3 billion", "cost the Government $350 million".
        "nominal": cached_compile(
            rf"(?i:\b(?P<verb>{tree_alternation(list(_nominals(lang)))})\s+"
            rf"(?:(?!(?:of|is|was|were|are|to|be)\b)[\w'’-]+\s+){{0,3}})$"),
        "forecast": cached_compile(rf"(?i:\b(?:{tree_alternation(words['forecast'])})\b)"),
        "moves": cached_compile(rf"(?i:\b(?:{tree_alternation(words['moves'])})\b)"),
        # The preposition that ties a figure to a moved object: "... from [$8,000]", "... by [$2.4 billion]".
        "move_noun": cached_compile(
            rf"(?i:\b(?:a|an|the|its)\s+(?:further\s+|additional\s+)?(?:{tree_alternation(words['move_noun'])})\s+(?:in|of|to)\b)"),
        "move_end": cached_compile(
            r"(?i:\s(?:from|to|by)\s+(?:(?:the|its|a)\s+)?(?:current\s+|existing\s+|further\s+|additional\s+)?"
            r"(?:(?:maximum|minimum|total|cap)\s+of\s+)?)$"),
        "move_cut": cached_compile(r"(?i:\s(?:from|to|by|with)\s)"),
    }


# The function words the lead-in strip cuts from a phrase's start.
_LEAD_FUNCTION_WORDS = ("the", "a", "an", "and", "but", "both", "of", "in", "for", "which", "while", "whilst",
                        "although", "though", "whereas", "its", "their", "our", "your", "it", "we", "they", "these",
                        "those", "has", "have")


@cache
def _strip_patterns(lang: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    data = load(lang)
    adverbs = "|".join(sorted(list(data.ORDINAL_ADVERBS) + list(data.ORDINALS), key=len, reverse=True))
    months = "|".join(data.MONTHS)
    evaluative = tree_alternation(_words(lang)["evaluative"])
    lead = cached_compile(
        rf"^(?:\s|[-–,;]|(?i:(?:{adverbs})\s*,|the\s+second\s+is|among\s+them,?|[-–]?(?:{months})\b|"
        rf"(?:{'|'.join(_LEAD_FUNCTION_WORDS)}|{evaluative})\b))+")
    count = cached_compile(
        rf"(?i:\b(?:the\s+)?(?P<adj>total|effective|cumulative)?\s*{data.COUNT_HEAD_PHRASE[2:]}\s*(?:the\s+)?)")
    return lead, count


@cache
def _clause_break(lang: str) -> regex.Pattern[str]:
    # A spaced dash opens a clause or an aside too: "that happened last year – [our economy] grew by 1%".
    return cached_compile(rf"{load(lang).CLAUSE_BREAK}|\s[–—]\s")


@_per_text
def clause_start(text: str, sentence_start: int, pos: int, lang: str = "en") -> int:
    # Look back a bounded distance: a clause longer than this names nothing usable, and an
    # unbounded scan would make a sentence with many figures quadratic.
    sentence_start = max(sentence_start, pos - _MAX_CLAUSE_CHARS)
    start = sentence_start
    # endpos a little past ``pos`` so the look-aheads (", 28 databases") can see the figure.
    end = min(len(text), pos + 3)
    for match in _clause_breaks(text, sentence_start, end, lang):
        if match.end() <= pos:
            start = match.end()
    return start


# The English clause breaks whose first characters ``_break_places`` knows: ";", ":", ",", "among"
# in any case (no other letter folds onto its letters), "that", and a white space before a dash.
_EN_CLAUSE_BREAK = (r"[;:]|,\s+(?:and|while|with|whereas)\s+|(?i:\bamong\s+them\b),?|\bthat\s+|"
                    r",\s+(?=[A-Z]|\d|the\s|[a-z]+ed\b)")


def _clause_breaks(text: str, start: int, end: int, lang: str):
    """``_clause_break(lang).finditer(text, start, end)``, the pattern tried only at the places where a
    break can start (``_break_places``): a pattern tried at a place reads the text before it as in a scan
    from ``start``, and the scan goes on after a match's end as ``finditer`` does (a break is never
    empty). The scan tried at every place of the clause was a tenth of reading a figure's subject; a
    clause has a few commas at most. Another language's breaks are scanned whole."""
    pattern = _clause_break(lang)
    if load(lang).CLAUSE_BREAK != _EN_CLAUSE_BREAK:
        return pattern.finditer(text, start, end)
    return matches_at(pattern, text, _break_places(text, start, end), end)


def _break_places(text: str, start: int, end: int) -> list[int]:
    """Every place in ``text[start:end]`` where an English clause break can start, in order."""
    places = positions(text, (";", ":", ",", "that"), start, end)
    places += [start + at for at in positions(ascii_lower(text[start:end]), ("among",))]
    # "\s[–—]\s" starts at the space before the dash
    places += [at - 1 for at in positions(text, ("\u2013", "\u2014"), start + 1, end)]
    places.sort()
    return places


_TIDIED: dict[tuple[str, str], str] = {}
_MEMOS.append((_TIDIED, [None]))


# Markdown emphasis around a name ("the **GST Voucher** Fund"): a mark of the page, not a word.
_EMPHASIS = cached_compile(r"\*+|(?<![\p{L}\p{N}])__|__(?![\p{L}\p{N}])")


def tidy(phrase: str, lang: str = "en") -> str:
    """Drop lead-ins ("Firstly,", "the", "among them"), "the number of", dangling words, spacing.
    Memoised: the same phrase is tidied for several readers of one figure."""
    key = (phrase, lang)
    found = _TIDIED.get(key)
    if found is None:
        if len(_TIDIED) >= _MAX_TIDIED:
            _TIDIED.clear()
        found = _TIDIED[key] = _tidy(phrase, lang)
    return found


def _tidy(phrase: str, lang: str) -> str:
    count = _strip_patterns(lang)[1]
    patterns = _subject_patterns(lang)
    # Each substitution below is skipped where its pattern cannot match: the emphasis needs "*" or "__",
    # the aside and the adverbial lead-in a comma, "the number of" an "of" (no other letter folds onto
    # "o" or "f"). A phrase is tidied for every figure; most have none of these.
    if "*" in phrase or "__" in phrase:
        phrase = _EMPHASIS.sub("", phrase)
    phrase = _prefer_acronyms(_single_spaces(phrase).strip(" ,;:"))
    if "," in phrase:
        phrase = patterns["aside_tail"].sub("", phrase)  # "[Our income inequality], as measured by ..."
    phrase = _cut_lead_ins(phrase, lang)
    # A space for what "a total of" leaves, so "a total of [420,000] virtual ..." never glues "a" to "virtual".
    # Skipped without a head word ("number", "amount", ...): the cut is then a no-op, and so is the strip
    # after it (the lead-ins are cut already).
    if "of" in phrase.lower() and _may_hold_count_head(phrase, lang):
        phrase = _cut_count_head(count, phrase)
        phrase = _strip_lead(phrase, lang)
    dangling = load(lang).SUBJECT_DANGLING_WORDS
    not_adverbs = _not_adverbs(lang)
    qualifier_re = load_tables(lang).qualifier_re
    previous = None
    while phrase != previous:  # each cut may expose another: "... rates to be" -> "... rates to" -> "... rates"
        previous = phrase
        if phrase.endswith(_CODES_BEFORE_SYMBOL) or phrase.endswith("\n"):  # what "$" may stand after
            phrase = _cut_tail(_TRAILING_CURRENCY, phrase)
        padded = phrase + " "
        tail_start = max(0, len(padded) - _TAIL)
        qualifier = qualifier_re.search(padded, tail_start) \
            if may_end_with_qualifier(padded[tail_start:], lang) else None
        if qualifier and qualifier.start("qual") > 0:
            phrase = phrase[:qualifier.start("qual")]  # "helped release about" + "HK$1 trillion"
        words = _single_spaces(phrase).strip(" ,;:").split(" ")
        while len(words) > 1 and (words[-1].lower() in dangling or
                                  (words[-1].lower().endswith("ly") and words[-1].lower() not in not_adverbs)):
            words.pop()  # a phrase cut at the word limit ("... across the"), or an adverb ("gradually")
        phrase = " ".join(words).strip(" ,;:")
        if _may_end_with(phrase, lang, "baseline"):
            phrase = _cut_tail(patterns["baseline_end"], phrase)  # "..., compared with [64%]"
        if _may_end_with(phrase, lang, "trailing"):
            phrase = _cut_tail(patterns["trailing"], phrase)
        phrase = phrase.strip(" ,;:(")
    return "" if _is_fragment(phrase, lang) else phrase


def _cut_count_head(count: regex.Pattern[str], phrase: str) -> str:
    """``count.sub(lambda m: f" {m.group('adj')} " if m.group("adj") else " ", phrase, count=1)`` spelled out:
    ``regex``'s sub calling back into Python costs a third more than the search itself."""
    cut = count.search(phrase)
    if cut is None:
        return phrase
    adj = cut.group("adj")
    middle = f" {adj} " if adj else " "
    return f"{phrase[:cut.start()]}{middle}{phrase[cut.end():]}"


def _cut_lead_ins(phrase: str, lang: str) -> str:
    """Lead-ins cut from the phrase's start: "Furthermore,", "Driven by the decrease in income,", "the"."""
    patterns = _subject_patterns(lang)
    # "Driven by the decrease in income, [the ratio]", "On the liabilities side, [total deposits]": read on
    # the phrase as written, so that "the underlying inflation rate, ..." is no "underlying ..., " lead-in.
    # A lead-in strip is run again only after the adverbial cut changed the phrase: what a strip leaves
    # opens with nothing it strips (its pattern, anchored, reads no text before the place it starts), so
    # running it again on the same phrase is a no-op, and most phrases have no adverbial lead-in.
    if _may_open_lead(phrase, lang):
        phrase = patterns["lead"].sub("", phrase)
    if "," in phrase:
        cut = patterns["adverbial_lead"].sub("", phrase)
        if cut != phrase:
            phrase = patterns["lead"].sub("", cut)
    phrase = _strip_lead(phrase, lang)
    # "And over the span of ten years, it ...": the lead-in again once "And" is gone.
    if "," in phrase:
        cut = patterns["adverbial_lead"].sub("", phrase)
        if cut != phrase:
            phrase = _strip_lead(cut, lang)
    return phrase


_LEADING_LETTERS = re.compile("[a-z]+")


@cache
def _strip_first_words(lang: str) -> tuple[frozenset[str], int] | None:
    """The runs of letters the words of the lead-in strip begin with (lower-cased), and the longest one's
    length; None when a word does not begin with ASCII letters."""
    data = load(lang)
    surfaces = [*data.ORDINAL_ADVERBS, *data.ORDINALS, "the", "among", *data.MONTHS, *_LEAD_FUNCTION_WORDS,
                *_words(lang)["evaluative"]]
    first = set()
    for surface in surfaces:
        letters = _LEADING_LETTERS.match(surface.lower())
        if letters is None:
            return None
        first.add(letters.group())
    return frozenset(first), max(map(len, first))


def _strip_lead(phrase: str, lang: str) -> str:
    """``lead.sub("", phrase)`` of ``_strip_patterns``, skipped where it cannot match: a phrase opening
    with a run of ASCII letters (ignoring case) that begins none of its words (each is followed by no
    letter: a word boundary, white space or a comma). Half the phrases open with a noun or a verb, and the
    strip, a long alternation, costs microseconds even anchored."""
    lead = _strip_patterns(lang)[0]
    first = _strip_first_words(lang)
    if first is None:
        return lead.sub("", phrase)
    words, longest = first
    letters = _LEADING_LETTERS.match(ascii_folded(phrase[:longest + 1]))
    if letters is not None and letters.group() not in words:
        return phrase
    if letters is not None and letters.group() == "the":
        # "the" and spaces before a word the strip does not take ("the number of ..."): the strip takes "the"
        # (its first alternative ending in a word boundary), each space, and stops where its words begin none.
        # A third of subjects open so, and the strip, a long alternation, costs microseconds even anchored.
        rest = phrase[3:].lstrip(" ")
        if len(rest) < len(phrase) - 3:
            after = _LEADING_LETTERS.match(ascii_folded(rest[:longest + 1]))
            if after is not None and after.group() not in words:
                return rest
    return lead.sub("", phrase)


def _may_hold_count_head(phrase: str, lang: str) -> bool:
    """False only when the "number of" cut of ``_strip_patterns`` cannot match: it needs a head word
    ("number", "amount", ...) ignoring case, white space and "of". Most phrases with an "of" have none, and
    the cut, searched at every place of a phrase where it fails, costs a microsecond per ten characters."""
    if load(lang).COUNT_HEAD_PHRASE != _EN_COUNT_HEAD_PHRASE:
        return True
    return holds_any(phrase, _EN_COUNT_HEADS) and _EN_COUNT_HEAD_OF.search(ascii_folded(phrase)) is not None


# A head word, white space and "of" in a ``folded`` phrase: ``re``'s ``\s`` (``str.isspace``) holds every
# character ``regex``'s does, and the information separators besides.
_EN_COUNT_HEAD_OF = re.compile(r"(?:number|amount|volume|count|total)\s+of")


@cache
def _lead_first_words(lang: str) -> tuple[tuple[str, ...], int] | None:
    """The first words of the `lead` rows (lower-cased) and the longest one's length; None when one is not
    ASCII."""
    first = {surface.split()[0] for surface in _words(lang)["lead"]}
    if not first or not all(word.isascii() for word in first):
        return None
    return tuple(sorted(first)), max(map(len, first))


def _may_open_lead(phrase: str, lang: str) -> bool:
    """False only when the "lead" pattern cannot match: it opens the phrase with a `lead` row, ignoring
    case, and an ASCII head opens with one exactly when its lower case does (a head that is not ASCII,
    where "\u017f" may stand for "s", is left to the pattern). The pattern, anchored, still costs two
    microseconds a phrase, and most phrases open with none ("the", a noun)."""
    first = _lead_first_words(lang)
    if first is None:
        return True
    words, longest = first
    head = phrase[:longest]
    return not head.isascii() or head.lower().startswith(words)


def _single_spaces(phrase: str) -> str:
    """``_SPACE.sub(" ", phrase)``: each run of white space one space. Most phrases are already so (ASCII,
    no double space, no other space character), and the substitution costs microseconds even then."""
    # The ASCII characters ``regex`` counts as ``\s`` besides the space (the information separators are
    # none), each tested by ``in`` in turn: ``any`` over a generator of them cost more than the test.
    if phrase.isascii() and "  " not in phrase and "\n" not in phrase and "\t" not in phrase and \
            "\r" not in phrase and "\x0b" not in phrase and "\x0c" not in phrase:
        return phrase
    return _SPACE.sub(" ", phrase)


def _prefer_acronyms(phrase: str) -> str:
    """"gross domestic product (GDP) growth" -> "GDP growth": a name spelled out before its acronym is
    said once, by the acronym the report goes on to use."""
    if "(" not in phrase:
        return phrase
    for match in reversed(list(_ACRONYM.finditer(phrase))):
        letters = [c for c in match.group("acronym") if c.isupper()]
        words = phrase[:match.start()].split(" ")
        start = len(words)
        wanted = list(letters)
        while wanted and start > 0:
            start -= 1
            word = words[start]
            if word.lower() in _ACRONYM_SKIPS:
                continue
            if not word or word[0].upper() != wanted[-1]:
                break
            wanted.pop()
        if not wanted:
            phrase = " ".join([*words[:start], match.group("acronym")]) + phrase[match.end():]
    return phrase


@cache
def _last_words(lang: str, kind: str) -> tuple[tuple[str, ...], int] | None:
    """The last words of the ``kind`` rows of subject_words.tsv and the longest one's length; None when
    one is not ASCII."""
    last = {surface.split()[-1] for surface in _words(lang)[kind]}
    if not last or not all(word.isascii() for word in last):
        return None
    return tuple(sorted(last)), max(map(len, last))


def _may_end_with(phrase: str, lang: str, kind: str) -> bool:
    """False only when no pattern ending in a ``kind`` word matched case-insensitively before "$" can match
    at the end of ``phrase``: an ASCII tail matches a word ignoring case exactly when its lower case ends
    with it ("$" also matches before a final line break)."""
    ends = _last_words(lang, kind)
    if ends is None or phrase.endswith("\n"):
        return True
    words, longest = ends
    tail = phrase[-longest:]
    return not tail.isascii() or tail.lower().endswith(words)


def _cut_tail(pattern: regex.Pattern[str], phrase: str) -> str:
    """Cut what a $-anchored pattern matches at the end, searching the tail only (a search from the
    start would try every position of a long phrase)."""
    match = pattern.search(phrase, max(0, len(phrase) - _TAIL))
    return phrase[:match.start()] if match else phrase


def _is_fragment(phrase: str, lang: str) -> bool:
    """No subject at all: nothing, punctuation, a pronoun or a lone function word ("us", "compared")."""
    if not (_ASCII_TWO_LETTERS.search(phrase) if phrase.isascii() else _TWO_LETTERS.search(phrase)):
        return True
    if phrase.lower() in _words(lang)["fragment"]:
        return True
    # A verb alone ("grown", "capped", "will receive") names nothing measured.
    return " " not in phrase.strip() and _subject_patterns(lang)["verb"].fullmatch(phrase.strip()) is not None


def _verb_before(text: str, start: int, number_start: int, lang: str):
    """The verb stating the figure: the last one before it in its clause, or one opening it ("fell by
    3.0%"). The last, not the first: "While exports fell, imports [increased] by 0.8%"."""
    end = min(len(text), number_start + 40)
    if start > number_start or number_start >= len(text) or not _breaks_verbs(text[number_start]) or \
            not _verbs_are_words(lang):
        return _last_verb(text, start, number_start, end, lang)
    # A verb is read of letters and white space only: no match holds a character of another kind (a
    # digit, a comma, a bracket), so the scan from ``start`` finds, after such a character, what a scan
    # begun right after it finds (the pattern reads the text before a place as in the longer scan). The
    # stretches between them are read from the figure back, and the first that holds a verb has the last
    # one; the figure's own first character ends the last stretch. The scan of the whole clause, tried at
    # every place, was a tenth of reading a figure's subject.
    stop = number_start + 1
    while True:
        breaker = _LAST_VERB_BREAKER.match(text, start, stop - 1)
        begin = breaker.end() if breaker else start
        found = _last_verb(text, begin, number_start, stop, lang)
        if found is not None or begin <= start:
            return found
        stop = begin  # the stretch before ends on the character that ended this one


def _last_verb(text: str, start: int, number_start: int, end: int, lang: str):
    last = None
    for match in _verb_matches(text, start, end, lang):
        if match.start() > number_start:
            break
        if not _BASELINE_PARTICLE.match(text, match.start(), min(len(text), match.start() + 12)):
            last = match
    return last


def _breaks_verbs(char: str) -> bool:
    """An ASCII character that is no letter and no space: no verb match holds it or starts at it."""
    return char.isascii() and not char.isalpha() and not char.isspace()


# The last character of ``_breaks_verbs`` in a span: ``.*`` runs to the span's end and gives back one
# character at a time until one of them follows, so the match ends right after the last. ``regex``'s
# backward search for it ("(?r)[...]") cost a tenth of a microsecond per character it passed, ten times this.
_LAST_VERB_BREAKER = re.compile(
    "(?s).*[" + "".join(re.escape(c) for c in map(chr, range(128)) if _breaks_verbs(c)) + "]")


# The English linking verbs, read of letters and white space only (``_verb_before`` relies on it).
_EN_LINKING_VERBS = (
    r"(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|are|was|were)\s+|will\s+(?:be\s+)?)?"
    r"(?:reach(?:ed|es)?|rose|risen|rise[sn]?|increased|decreased|fell|fallen|grew|grown|exceeded|"
    r"surpassed|stood|totall?ed|amounted|hit|dropped|declined|stabili[sz]ed|shortened|improved|"
    r"expanded|accounted|climbed|was|were|is|are|been)\b"
)


# Every word an English linking verb's match begins with (before white space or a word boundary), for
# ``_verb_scan``: the auxiliaries that may come first, and each form of the verbs.
_EN_LINKING_FIRST_WORDS = ("has", "have", "had", "is", "are", "was", "were", "will", "reach", "reached", "reaches",
                           "rose", "risen", "rise", "rises", "increased", "decreased", "fell", "fallen", "grew",
                           "grown", "exceeded", "surpassed", "stood", "totaled", "totalled", "amounted", "hit",
                           "dropped", "declined", "stabilised", "stabilized", "shortened", "improved", "expanded",
                           "accounted", "climbed", "been")


@cache
def _verb_scan(lang: str) -> WordScan | None:
    """The "verb" scan tried only where a verb's first word stands (``word_scan``): a verb starts at a word
    boundary with "has", "have", "had", a linking verb or a verb row's first word, followed by white space
    or a word boundary. None when the verbs are not the known linking verbs and rows of ASCII words (the
    plain scan is used)."""
    if not _verbs_are_words(lang):
        return None
    first = [*_EN_LINKING_FIRST_WORDS, *(surface.split()[0] for surface in _words(lang)["verb"])]
    return WordScan(_subject_patterns(lang)["verb"], first)


def _verb_matches(text: str, start: int, end: int, lang: str):
    """``_subject_patterns(lang)["verb"].finditer(text, start, end)``, tried where a verb can start."""
    scan = _verb_scan(lang)
    if scan is None:
        return _subject_patterns(lang)["verb"].finditer(text, start, end)
    return scan.finditer(text, start, end)


@cache
def _verbs_are_words(lang: str) -> bool:
    """Whether the "verb" pattern reads letters and white space only: the known linking verbs, and verb
    rows of ASCII letters and single spaces."""
    return load(lang).LINKING_VERBS == _EN_LINKING_VERBS and all(
        surface.replace(" ", "").isalpha() and surface.isascii() for surface in _words(lang)["verb"])


@_per_text
def _counts_a_noun(text: str, number_start: int, lang: str) -> bool:
    # A figure in digits, or in words ("seven departments").
    figure = _figure_at(text, number_start) or \
        _WORD_FIGURE.match(text, number_start, min(len(text), number_start + 40))
    if figure is None or figure.group()[0] in "$£€¥":
        return False  # an amount of money counts no noun ("$400 every six months")
    end = figure.end()
    scale = load_tables(lang).scale_re.match(text, end, min(len(text), end + 30))
    if scale:
        end = scale.end()
    if not _may_open_noun(text, end):
        return False
    limit = min(len(text), end + 120)
    if unit_after(text, end, limit, lang) is not None:
        return False
    phrase = noun_phrase_after(text, end, limit, lang)
    return phrase is not None and phrase.start - end <= 1


# The ASCII characters ``regex`` counts as ``\s`` (the information separators, spaces to ``str.isspace``, are not).
_ASCII_SPACES = frozenset(" \t\n\r\x0b\x0c")


def _may_open_noun(text: str, end: int) -> bool:
    """False only when ``_counts_a_noun`` is False whatever follows: its noun phrase must start at ``end``
    or one place after it, and ``noun_phrase_after`` starts it at the first character ``regex`` counts as no
    space, a letter (any other character there ends the phrase before it has a word). Half the figures are
    followed by none ("5,", "5%", "5)"), and the unit and noun phrase readers cost microseconds each."""
    first = text[end:end + 1]
    if first in _ASCII_SPACES:
        return text[end + 1:end + 2].isalpha()  # "" (the text's end) is no letter either
    if first.isspace():
        return True  # another space: left to the readers
    return first.isalpha()


class _Lead(NamedTuple):
    """What the readers below share about one figure, computed once: where the words before it end
    (before its qualifier and a glued currency code), where its clause starts, and whether it counts a noun."""

    pos: int
    start: int
    counts_noun: bool


@_per_text
def _lead(text: str, sentence_start: int, number_start: int, lang: str) -> _Lead:
    pos = _lead_end(text, sentence_start, number_start, lang)
    return _Lead(pos, clause_start(text, sentence_start, pos, lang), _counts_a_noun(text, number_start, lang))


#: ``qualifier_before`` memoised: a figure's bound is read for its qualifier (``recognizers.base``) and
#: again for its subject (``_lead_end``), with the same arguments.
bound_before = _per_text(qualifier_before)


@_per_text
def _lead_end(text: str, sentence_start: int, number_start: int, lang: str) -> int:
    """Where the words before a figure end: before its qualifier and a glued currency code ("of HK$")."""
    qualifier = bound_before(text, number_start, sentence_start, lang)
    pos = qualifier[1] if qualifier else number_start
    code = _CODE_BEFORE_SYMBOL.search(text, max(sentence_start, pos - 4), pos) \
        if _may_end_with_code(text, max(sentence_start, pos - 4), pos) else None
    return code.start() if code else pos


@_per_text
def _figure_at(text: str, number_start: int):
    """The figure in digits at ``number_start`` (``_FIGURE``), read once: half a dozen readers of one
    figure's subject ask for it."""
    return _FIGURE.match(text, number_start, min(len(text), number_start + 40))


# The last letters of ``_CODES_BEFORE_SYMBOL``, which is case-sensitive.
_CODE_LAST_LETTERS = frozenset(code[-1] for code in _CODES_BEFORE_SYMBOL)


def _may_end_with_code(text: str, start: int, end: int) -> bool:
    """False only when ``_CODE_BEFORE_SYMBOL`` cannot match in ``text[start:end]``: a code ends it, or ends
    it but for a line break ("$" also matches before a final line break). Most figures have none before
    them, and the search tries every place of the window."""
    last = text[end - 1:end] if end > start else ""
    return last in _CODE_LAST_LETTERS or last == "\n"


def _figure_end(text: str, number_start: int, lang: str) -> int | None:
    figure = _figure_at(text, number_start)
    if figure is None:
        return None
    end = figure.end()
    scale = load_tables(lang).scale_re.match(text, end, min(len(text), end + 30))
    return scale.end() if scale else end


def _prepositional_tail(text: str, number_start: int, lang: str, *, after: int | None = None) -> str | None:
    """What narrows a bare head after the figure: "losses of HK$19.5 billion [from Hong Kong equities]"."""
    end = after if after is not None else _figure_end(text, number_start, lang)
    if end is None:
        return None
    joint = _TAIL_JOINT.match(text, end, min(len(text), end + 12))
    if joint is None:
        return None
    data = load(lang)
    kept = [joint.group("prep")]
    for match in _adjacent_words(text, joint.end(), min(len(text), joint.end() + 80)):
        word = match.group()
        if not word[0].isalpha() or len(kept) > _MAX_OF_PHRASE_WORDS or \
                (word.lower() in data.NP_STOP_WORDS and word.lower() not in ("the", "held", "by")):
            break
        kept.append(word)
    return " ".join(kept) if len(kept) > 1 else None


def _before_parenthesis(text: str, sentence_start: int, number_start: int, lang: str) -> str | None:
    """A figure in brackets after what it measures: "interbank lending (+4.4%)"."""
    if "(" not in text[max(sentence_start, number_start - 4):number_start]:
        return None
    opening = _OPEN_PAREN_BEFORE.search(text, max(sentence_start, number_start - 4), number_start)
    if opening is None:
        return None
    data = load(lang)
    kept: list[str] = []
    inner_preposition = False
    for match in reversed(list(_WORDS.finditer(text, max(sentence_start, opening.start() - 100), opening.start()))):
        word = match.group()
        lower = word.lower()
        if not word[0].isalpha() or len(kept) >= _MAX_OF_PHRASE_WORDS:
            break
        if lower in data.NP_STOP_WORDS:
            # "investments held for trading (+97.0%)": one preposition inside the phrase.
            if lower in ("for", "on", "of") and kept and not inner_preposition:
                inner_preposition = True
                kept.append(word)
                continue
            break
        kept.append(word)
    while kept and kept[-1].lower() in data.NP_STOP_WORDS:
        kept.pop()
    phrase = " ".join(reversed(kept))
    if _subject_patterns(lang)["verb"].search(phrase):
        return None  # "loans for use in Hong Kong remained broadly stable (-0.4%)": the clause's subject
    return tidy(phrase, lang) or None


def _coordinated_noun(text: str, lead: _Lead, lang: str) -> str | None:
    """"with private equity amounting to HK$233.4 billion and [real estate] at HK$101.7 billion"."""
    match = _AND_NOUN_AT.search(text, max(lead.start, lead.pos - 60), lead.pos)
    if match is None:
        return None
    data = load(lang)
    words = match.group("np").split()
    if any(w.lower() in data.NP_STOP_WORDS or w.lower() in _words(lang)["verb"] for w in words):
        return None
    return tidy(match.group("np"), lang) or None


def of_phrase(text: str, sentence_start: int, number_start: int, lang: str = "en", *,
              lead: _Lead | None = None) -> str | None:
    """The noun phrase a figure completes with "of": "a surplus of [$6.8 billion]" -> "surplus",
    "gains on bonds of [HK$114.5 billion]" -> "gains on bonds". None for "a total of", "a maximum of"."""
    pos, start, counts_noun = lead or _lead(text, sentence_start, number_start, lang)
    if counts_noun:
        return None  # "the inventory of 1.3 million patents": the figure counts patents, named after it
    of = _subject_patterns(lang)["of_end"].search(text, max(start, pos - 12), pos)
    if of is None:
        return None
    data = load(lang)
    kept: list[str] = []
    head_end = of.start()
    paren = _subject_patterns(lang)["paren_tail"].search(text, max(start, head_end - 40), head_end)
    if paren:
        head_end = paren.start()  # "Open Market Value (OMV) of": the name before its acronym
    for match in reversed(list(_WORDS.finditer(text, max(start, head_end - 120), head_end))):
        word = match.group()
        lower = word.lower()
        if not word[0].isalpha() or len(kept) >= _MAX_OF_PHRASE_WORDS:
            break
        if lower in data.NP_STOP_WORDS or lower in _words(lang)["verb"] or lower.endswith("ed"):
            # a verb ends the phrase: "the result included [profits on bonds] of"
            # "gains on bonds of": one preposition inside the phrase, when a noun comes before it.
            if lower in ("on", "for", "in", "from", "of") and kept and lower not in [k.lower() for k in kept]:
                kept.append(word)
                continue
            break
        kept.append(word)
    while kept and kept[-1].lower() in data.NP_STOP_WORDS:
        kept.pop()  # "for" left at the phrase's start
    phrase = tidy(" ".join(reversed(kept)), lang)
    if not phrase or _is_generic(phrase, lang):
        # "a total of", "a low range of", "a 17-year high of": the clause names the measure ("the Upper
        # Trigger Level of" names one itself).
        return None
    tail = _prepositional_tail(text, number_start, lang) if len(phrase.split()) <= 2 else None
    return f"{phrase} {tail}" if tail else phrase


def _is_generic(phrase: str, lang: str) -> bool:
    return phrase.split()[-1].lower() in _words(lang)["generic"] and phrase.islower()


def _generic_head(text: str, sentence_start: int, number_start: int, lang: str, lead: _Lead) -> str | None:
    """The last resort when the clause names nothing: a generic head with words that make it specific
    ("it remained below the long-term historical average of [2.0%]"), or for a band or range the rate
    it bounds ("its exchange rate ..., within a band of [HK$7.75–7.85]" -> "exchange rate")."""
    of = _subject_patterns(lang)["of_end"].search(text, max(lead.start, lead.pos - 12), lead.pos)
    if of is None:
        return None
    words = [m.group() for m in _adjacent_words_back(text, max(lead.start, of.start() - 80), of.start())]
    generic = set(_words(lang)["generic"])
    specific = [w for w in words if w.lower() not in generic]
    if len(words) >= 2 and specific and all(w[0].isalpha() for w in words):
        return tidy(" ".join(words), lang) or None
    if words and words[-1].lower() in ("band", "range", "corridor"):
        rates = list(_RATE_NOUN.finditer(text, max(sentence_start, of.start() - _MAX_CLAUSE_CHARS), of.start()))
        if rates:
            return tidy(rates[-1].group(), lang) or None
    return None


def _adjacent_words_back(text: str, start: int, end: int) -> list:
    """The words right before ``end``, back to a stop word or punctuation, in text order."""
    data = load("en")
    kept = []
    for match in reversed(list(_WORDS.finditer(text, start, end))):
        word = match.group()
        if not word[0].isalnum() or word.lower() in data.NP_STOP_WORDS or len(kept) >= _MAX_OF_PHRASE_WORDS:
            break
        kept.append(match)
    return list(reversed(kept))


def moved_object(text: str, sentence_start: int, number_start: int, lang: str = "en", *,
                 lead: _Lead | None = None) -> str | None:
    """The object of a verb that moves it to, from or by the figure: "raise the lower threshold from
    $8,000 to [$12,000]" -> "lower threshold", "bringing the monthly cash assistance to [$760]"."""
    patterns = _subject_patterns(lang)
    pos, start, _counts = lead or _lead(text, sentence_start, number_start, lang)
    if patterns["move_end"].search(text, max(start, pos - 20), pos) is None:
        return None
    verb = None
    for match in patterns["moves"].finditer(text, start, pos):
        if not _DETERMINER_BEFORE.search(text, max(start, match.start() - 6), match.start()):
            verb = match  # "the lower threshold": an adjective, not the verb "lower"
    for match in patterns["move_noun"].finditer(text, start, pos):
        if verb is None or match.start() > verb.start():
            verb = match  # "a reduction in [the buffer ratio] from 2.5% to 2.0%": the noun of a verb that moves
    if verb is None:
        return None
    object_start = verb.end()
    for joined in _figures_then_conjunctions(text, verb.end(), pos):
        object_start = joined.end()  # "raise X from $8,000 to $12,000 and [the highest band] from ..."
    cut = patterns["move_cut"].search(text, object_start, pos)
    if cut is None:
        return None
    if next(_verb_matches(text, object_start, cut.start(), lang), None):
        return None  # "the interest rate cut cycle in September, housing transactions surged by": no object
    # "increase [Unpaid Infant Care Leave for each parent ...], from the current six days": the object ends
    # at a comma; words after it with no verb are an adverbial.
    comma = text.find(",", object_start, cut.start())
    object_end = comma if comma >= 0 else cut.start()
    not_adverbs = _words(lang)["not_adverb"]
    # "increased slightly by 0.9%": an adverb is no object.
    words = [w for w in text[object_start:object_end].split() if not w.endswith("ly") or w.lower() in not_adverbs]
    if not words or len(words) > _MAX_CLAUSE_WORDS:
        return None
    moved = tidy(" ".join(words), lang)
    if moved and _BY_BEFORE.search(text, max(start, pos - 6), pos):
        # "increase the Cash Gift by [$3,000]" measures the change, not the gift ("... to $13,000").
        return f"change in {moved}"
    return moved or None


def raised_object(text: str, sentence_start: int, number_start: int, lang: str = "en", *,
                  lead: _Lead | None = None) -> str | None:
    """"The Government projects [the inflation rate] to be 2.1%": the object of a forecast verb."""
    pos, start, _counts = lead or _lead(text, sentence_start, number_start, lang)
    if not _TO_VERB_BEFORE.search(text, max(start, pos - 12), pos):
        return None
    match = _subject_patterns(lang)["raises"].search(text, start, pos) or _FOR_TO_VERB.search(text, start, pos) or \
        _PASSIVE_FORECAST.match(text, start, pos)
    return tidy(match.group("np"), lang) or None if match else None


def amount_noun_after(text: str, number_start: int, lang: str = "en") -> str | None:
    """What an amount of money is paid or held in: "$800 in [CDC Vouchers]", "HK$1 trillion of [lending capacity]"."""
    figure = _figure_at(text, number_start)
    if figure is None or not (any(c in "$£€¥" for c in figure.group()[:4]) or
                              (_may_end_with_code(text, max(0, number_start - 4), number_start) and
                               _CODE_BEFORE_SYMBOL.search(text, max(0, number_start - 4), number_start))):
        return None
    end = figure.end()
    high = _RANGE_HIGH.match(text, end, min(len(text), end + 20))
    if high:
        end = high.end()  # "HK$200–300 billion in bank credit": the scale and noun follow the range
    scale = load_tables(lang).scale_re.match(text, end, min(len(text), end + 30))
    if scale:
        end = scale.end()
    joint = _AMOUNT_IN.match(text, end, min(len(text), end + 20))
    if joint is None:
        if _ARTICLE_BEFORE.search(text, max(0, number_start - 8), number_start) and \
                _NOUN_AFTER.match(text, end, min(len(text), end + 3)):
            # "a $250 million SG Gives matching grant": the amount modifies the noun after it; "the $7.5 billion
            # injection to the Majulah Package Fund": with where it goes.
            noun, noun_end = _noun_run_span(text, end, lang)
            recipient = _recipient(text, noun_end, lang, preps=("to",)) if noun else None
            return f"{noun} {recipient}" if recipient else noun
        return None
    data = load(lang)
    money_nouns = set(_words(lang)["money_noun"])
    kept: list[str] = []
    head = None
    head_end = joint.end()
    in_parentheses = False
    for match in _adjacent_words(text, joint.end(), min(len(text), joint.end() + 80)):
        word = match.group()
        if word in "()":
            in_parentheses = word == "("  # "Community Development Council (CDC) Vouchers": drop the acronym
            continue
        if in_parentheses:
            continue
        if (not word[0].isalpha() and not (kept and word[0].isdigit())) or word.lower() in data.NP_STOP_WORDS \
                or len(kept) >= _MAX_OF_PHRASE_WORDS:
            break
        kept.append(word)
        lower = word.lower()
        if lower in money_nouns or lower.rstrip("s") in money_nouns:
            head, head_end = len(kept), match.end()
    if head is None:
        return None
    noun = tidy(" ".join(kept[:head]), lang)
    if not noun:
        return None
    # "$500 in LifeSG credits [for each child]": whom it is for tells one amount from another.
    recipient = _recipient(text, head_end, lang)
    return f"{noun} {recipient}" if recipient else noun


def _recipient(text: str, pos: int, lang: str, *, preps: tuple[str, ...] = ("for", "to")) -> str | None:
    """"for each child", "for families with young children", "to companies", "to the Majulah Package Fund" right
    after an amount's noun (``preps``: which of "for" and "to" may open it)."""
    joint = _FOR_JOINT.match(text, pos, min(len(text), pos + 40))
    if joint is None or joint.group("prep") not in preps:
        return None
    data = load(lang)
    kept = [joint.group("prep")]
    for match in _adjacent_words(text, joint.end(), min(len(text), joint.end() + 80)):
        word = match.group()
        lower = word.lower()
        if not word[0].isalpha() or len(kept) > _MAX_OF_PHRASE_WORDS or lower in _RECIPIENT_ENDS or \
                (lower in data.NP_STOP_WORDS and lower not in _RECIPIENT_WORDS):
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1].lower() in data.NP_STOP_WORDS:
        kept.pop()
    return " ".join(kept) if len(kept) > 1 else None


def noun_run(text: str, pos: int, lang: str) -> str | None:
    """The words after an amount up to a stop word: "a $5,000 [top-up] to ..."."""
    return _noun_run_span(text, pos, lang)[0]



def _noun_run_span(text: str, pos: int, lang: str) -> tuple[str | None, int]:
    """``_noun_run`` and where its last word ends."""
    data = load(lang)
    kept = []
    end = pos
    for match in _adjacent_words(text, pos, min(len(text), pos + 80)):
        word = match.group()
        if not word[0].isalpha() or word.lower() in data.NP_STOP_WORDS or len(kept) >= _MAX_OF_PHRASE_WORDS:
            break
        kept.append(word)
        end = match.end()
    return tidy(" ".join(kept), lang) or None, end


def list_subject(text: str, sentence_start: int, number_start: int, lang: str = "en", *,
                 depth: int = 0, lead: _Lead | None = None) -> str | None:
    """A figure listed after another ("to be 2.1% and [2.0%] respectively") measures what the first measures."""
    if depth >= _MAX_LIST_DEPTH:
        return None
    pos = lead.pos if lead else _lead_end(text, sentence_start, number_start, lang)
    before = text[max(sentence_start, pos - 6):pos].rstrip()
    if not before.endswith((",", "and", "or")):
        return None  # the regex below only for what can be a list
    listed = _LIST_BEFORE.search(text, max(sentence_start, pos - 80), pos)
    if listed is None:
        return None
    return clause_subject(text, sentence_start, listed.start("prev"), lang, depth=depth + 1)


def _participle_amount(text: str, sentence_start: int, lead: _Lead, lang: str) -> str | None:
    """"banks had approved [loan tenor extensions and other forms of relief] in over 108,000 cases, involving
    an aggregate amount of over [HK$1.1 trillion]" -> "amount of loan tenor extensions and other forms of relief"."""
    window = text[max(sentence_start, lead.pos - 60):lead.pos]
    joint = _AMOUNT_PARTICIPLE.search(text, max(sentence_start, lead.pos - 60), lead.pos) \
        if "," in window and holds_any(window, _PARTICIPLE_WORDS) else None
    if joint is None:
        return None
    verbs = list(_PAST_VERB.finditer(text, max(sentence_start, joint.start() - 200), joint.start()))
    if not verbs:
        return None
    done = text[verbs[-1].end():joint.start()]
    done = _IN_FIGURE_CASES.sub("", _FIGURE_NOUN_OF.sub("", _PARTICLE.sub("", done.strip())))
    done = _PERIOD_TAIL.sub("", done)  # "rolled out three packages [last year]"
    thing = tidy(done, lang)
    if not thing or len(thing.split()) > _MAX_CLAUSE_WORDS or _FIGURE.search(thing):
        return None
    return f"amount of {thing}"


def _valued_noun(text: str, sentence_start: int, number_start: int, lead: _Lead, lang: str) -> str | None:
    """"168,000 transactions worth [HK$2.4 billion]", "550 SME loans exceeding [HK$900 million]": the value of
    the noun before."""
    # at the figure, not before its qualifier: "exceeding" is a bound too ("loans exceeding HK$900 million")
    joint = _WORTH_BEFORE.search(text, max(sentence_start, number_start - 30), number_start) \
        if holds_any(text[max(sentence_start, number_start - 30):number_start], _WORTH_WORDS) else None
    if joint is None:
        return None
    data = load(lang)
    kept: list[str] = []
    for match in reversed(list(_WORDS.finditer(text, max(sentence_start, joint.start() - 80), joint.start()))):
        word = match.group()
        if not word[0].isalpha() or word.lower() in data.NP_STOP_WORDS or len(kept) >= _MAX_OF_PHRASE_WORDS:
            break
        kept.append(word)
    noun = tidy(" ".join(reversed(kept)), lang)
    return f"value of {noun}" if noun else None


def _multiplied_noun(text: str, number_start: int, lang: str) -> str | None:
    """"the [tripling] of the number of registered investors" -> "registered investors"; "more than [40] of
    these institutions" -> "these institutions": what a multiple or a partitive count is of."""
    window = text[number_start:number_start + 80]
    # the patterns need "of" (case-sensitive) and "times" (ignoring case): most figures have neither after them
    match = _MULTIPLE_OF.match(text, number_start, min(len(text), number_start + 80)) if "of" in window else None
    if match:
        return noun_run(text, match.end(), lang)
    times = _TIMES_OF.match(text, number_start, min(len(text), number_start + 80)) \
        if holds_any(window, ("times",)) else None
    noun = noun_run(text, times.end(), lang) if times else None
    # "[three times] of the 168,000 transactions in December 2019" -> "multiple of transactions"
    return f"multiple of {noun}" if noun else None


def _may_open_share(text: str, number_start: int) -> bool:
    """False only when the "share_of" pattern cannot match at ``number_start``: at an ASCII digit it
    reads one to three digits ("\\d{1,3}(?![\\d,.])", its only way to start with a digit), then white space
    or a hyphen. "613,000 patents", "45.2%", "2024" fail there; the pattern, tried in full, cost 12 us."""
    if not "0" <= text[number_start:number_start + 1] <= "9":
        return True  # a word ("one in four", "a third of") or a sign: the pattern decides
    end = number_start
    while end < len(text) and end - number_start <= 3 and "0" <= text[end] <= "9":
        end += 1
    if end - number_start > 3:
        return False  # whatever "\\d{1,3}" takes of four digits, a digit follows it
    if end == len(text):
        return True
    # the next character must be a space or a hyphen; one not ASCII may be a digit or a space: the pattern decides
    return text[end].isspace() or text[end] == "-" or not text[end].isascii()


def share_of(text: str, number_start: int, lang: str = "en") -> str | None:
    """A share stated as a ratio or fraction measures the share of its noun: "one in four Singaporeans",
    "3 out of 5 firms", "a third of households" -> "share of Singaporeans" / "share of firms" / ..."""
    if not _may_open_share(text, number_start):
        return None
    match = _subject_patterns(lang)["share_of"].match(text, number_start, min(len(text), number_start + 60))
    if match is None:
        return None
    phrase = before_past_verb(noun_run(text, match.end(), lang) or "", lang)
    return load(lang).SHARE_SUBJECT.format(subject="", whole=phrase).strip() if phrase else None


def before_past_verb(phrase: str, lang: str = "en") -> str:
    """A noun phrase cut before a word in -ed after its first: "members [voted in favour]" -> "members"
    (but "registered investors", whose -ed word comes first, modifies the noun)."""
    words = phrase.split()
    suffix = load(lang).PAST_TENSE_SUFFIX
    for index, word in enumerate(words[1:], 1):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return " ".join(words[:index])
    return phrase


@_per_text
def _low_end(text: str, sentence_start: int, number_start: int, lang: str) -> int | None:
    """Where the other end of a range or change ending at this figure starts: "2.9%–[3.1%]", "from 2.5%
    to [2.0%]", "between $200 and [$400]". A bare "X and Y" is a list, not a range; years are periods."""
    pos = _lead_end(text, sentence_start, number_start, lang)
    window = max(sentence_start, pos - 90)
    # The pattern is tried at every place of the window; a range needs a digit in it and a dash or
    # "to"/"and" right before this figure, and two cheap searches rule out most figures first.
    if _DIGIT.search(text, window, pos) is None or _RANGE_JOIN_AT_END.search(text, window, pos) is None:
        return None
    match = _LOW_END_BEFORE.search(text, window, pos)
    if match is None or _YEAR.fullmatch(match.group("low")):
        return None
    join = match.group("join").lower()
    if (join == "and" and (match.group("from") or "").lower().strip() != "between") or \
            (match.group("when") and not match.group("from")):
        return None
    return match.start("low")


def _opening_phrase_subject(text: str, sentence_start: int, number_start: int, lang: str) -> str | None:
    """A figure in a sentence's opening phrase with no subject of its own measures the main clause's
    subject: "After staying at a multi-year low of [2.8%] in the first half, the unemployment rate rose"
    -> "unemployment rate"; "Following a [2.9%] expansion in 2018, the economy contracted" -> "economy expansion"."""
    if number_start - sentence_start > _MAX_CLAUSE_CHARS:
        return None  # an opening phrase is short; reading a long sentence per figure would be quadratic
    head = text[sentence_start:number_start]
    if "," in head:
        return None  # a comma ends the opening phrase before the figure (checked before the pattern)
    opening = _OPENING_PHRASE.match(head)
    if not opening or _counts_a_noun(text, number_start, lang) or \
            any(not m.group().endswith("ing") for m in _verb_matches(head, opening.end(), len(head), lang)):
        # "Despite [5 rate cuts], ...": a counted noun is its own subject; "Outstanding commitments
        # amounted to ...": a clause with its verb, not an opening phrase.
        return None
    comma = text.find(", ", number_start, min(len(text), number_start + 160))
    if comma < 0 or _SENTENCE_END.search(text, number_start, comma):
        return None
    verb = next(_verb_matches(text, comma + 2, min(len(text), comma + 120), lang), None)
    if verb is None:
        return None
    main = tidy(text[comma + 2:verb.start()], lang)
    if not main or len(main.split()) > _MAX_MAIN_SUBJECT_WORDS or _FIGURE.search(main):
        return None
    figure = _figure_at(text, number_start)
    change = _CHANGE_NOUN_AFTER.match(text, figure.end(), min(len(text), figure.end() + 40)) if figure else None
    return f"{main} {change.group('noun').lower()}" if change else main


def _modified_noun(text: str, sentence_start: int, number_start: int, lang: str, lead: _Lead) -> str | None:
    """The noun a rate modifies: "a [50%] Corporate Income Tax Rebate" -> "Corporate Income Tax Rebate";
    a change noun names what changes after it ("a 15% increase in tobacco duty") or the sentence's
    subject ("Housing prices ... due to a [10%] rebound in the first five months" -> "housing prices rebound")."""
    figure = _figure_at(text, number_start) or \
        _WORD_FIGURE.match(text, number_start, min(len(text), number_start + 40))  # "a five-percentage-point cut"
    unit = _RATE_UNIT.match(text, figure.end(), min(len(text), figure.end() + 24)) if figure else None
    if unit is None or not _NOUN_AFTER.match(text, unit.end(), min(len(text), unit.end() + 3)):
        return None
    # read after the rate and its noun, which most figures lack
    article = _ARTICLE_BEFORE_RATE.search(text, max(sentence_start, lead.pos - 24), lead.pos)
    change = _CHANGE_NOUN_AFTER.match(text, figure.end(), min(len(text), figure.end() + 40))
    if change is None:
        return noun_run(text, unit.end(), lang) if article else None
    noun = change.group("noun").lower()
    tail = _prepositional_tail(text, number_start, lang, after=change.end())
    if tail and not _PERIOD_WORDS_AFTER.match(tail.split(" ", 1)[1]):
        return f"{noun} {tail}"  # "increase in tobacco excise duty"
    owner = sentence_subject(text, sentence_start, number_start, lang)
    return f"{owner} {noun}" if owner else (None if article else noun)  # "to achieve [4%] growth": growth


def _change_noun_after_range(text: str, sentence_start: int, number_start: int, lang: str) -> str | None:
    figure = _figure_at(text, number_start)
    change = _CHANGE_NOUN_AFTER.match(text, figure.end(), min(len(text), figure.end() + 40)) if figure else None
    if change is None:
        return None
    noun = change.group("noun").lower()
    tail = _prepositional_tail(text, number_start, lang, after=change.end())
    return f"{noun} {tail}" if tail and not _PERIOD_WORDS_AFTER.match(tail.split(" ", 1)[1]) else noun


def sentence_subject(text: str, sentence_start: int, pos: int, lang: str = "en") -> str | None:
    """The subject of the sentence's first verb stating a figure, when it comes before ``pos``."""
    # bounded look-back, as everywhere here: a sentence with many figures stays linear
    verb = next(_verb_matches(text, max(sentence_start, pos - _MAX_CLAUSE_CHARS), pos, lang), None)
    if verb is None:
        return None
    subject = tidy(text[clause_start(text, sentence_start, verb.start(), lang):verb.start()], lang)
    return subject if subject and len(subject.split()) <= _MAX_MAIN_SUBJECT_WORDS else None


def _nominalised_verb(text: str, sentence_start: int, number_start: int, lang: str, lead: _Lead) -> str | None:
    """An amount a verb spends, invests or costs measures the verb's noun: "We will spend around [$5
    billion] on X" -> "spending on X", "I will invest a further [$3 billion] in RIE2025" -> "investment in
    RIE2025", "The rebate will cost the Government [$350 million]" -> "cost of rebate"."""
    match = _subject_patterns(lang)["nominal"].search(text, max(lead.start, lead.pos - 60), lead.pos)
    if match is None:
        return None
    noun = _nominals(lang)[" ".join(match.group("verb").lower().split())]
    tail = _prepositional_tail(text, number_start, lang)
    if tail and tail.split(" ", 1)[0] in ("on", "in", "for") and not _PERIOD_WORDS_AFTER.match(tail.split(" ", 1)[1]):
        return f"{noun} {tail}"
    owner = tidy(text[lead.start:match.start()], lang)
    if owner and "," not in owner and len(owner.split()) <= _MAX_MAIN_SUBJECT_WORDS and \
            not _subject_patterns(lang)["verb"].search(owner):
        return f"{noun} of {owner}"
    return noun  # "We spent [$4 billion] in FY2009": spending, whoever spent it


def _coordinated_figure(text: str, sentence_start: int, lead: _Lead, lang: str, depth: int) -> str | None:
    """A figure coordinated with an earlier one, nothing but its bound between ("spend $5 billion on X in
    FY2024, and close to [$40 billion] in total"; "¥2 trillion, or about [$18 billion]"), measures what
    the earlier one measures, unless a verb stating a figure lies between them (a clause of its own). With no
    earlier figure in digits, ", or" restates the noun phrase before it."""
    conjunction = _CONJUNCTION_BEFORE.search(text, max(sentence_start, lead.pos - 40), lead.pos)
    if conjunction is None or depth >= _MAX_LIST_DEPTH:
        return None
    earlier = [m for m in _EARLIER_FIGURE.finditer(text, max(sentence_start, conjunction.start() - 120),
                                                  conjunction.start())
               if not _YEAR.fullmatch(m.group().lstrip("FY"))]  # "in FY2024": a period, not a figure
    money = [m for m in earlier if not m.group()[0].isdigit()]
    if money and not text[lead.pos:lead.pos + 4].lstrip()[:1].isdigit():
        earlier = money  # "$9,000 in payouts in the first 18 months ..., as well as [$400]": the amount before
    if not earlier:
        # "receive twice the amount of regular rebates, or up to [$950]": the same thing restated in money
        if not regex.match(r",\s*(?i:or)\b", conjunction.group()):
            return None
        kept: list[str] = []
        for match in reversed(_adjacent_words_back(text, max(sentence_start, conjunction.start() - 80),
                                                   conjunction.start())):
            if _PARTICLE.match(match.group() + " ") or _subject_patterns(lang)["verb"].fullmatch(match.group()):
                break  # "give out [vouchers]": the verb and its particle are no part of the noun phrase
            kept.append(match.group())
        return tidy(" ".join(reversed(kept)), lang) or None
    previous = earlier[-1]
    if next(_verb_matches(text, previous.end(), conjunction.start(), lang), None):
        return None
    return clause_subject(text, sentence_start, previous.start(), lang, depth=depth + 1)


def _received_amount(text: str, sentence_start: int, number_start: int, lang: str, lead: _Lead) -> str | None:
    """What an amount is paid in, and for whom: "$800 in CDC Vouchers for each household"; "A household of
    four will receive about [$5,500] in benefits" -> "benefits for household of four"."""
    noun = amount_noun_after(text, number_start, lang)
    if noun is None or " for " in noun:
        return noun
    receiver = _receiver(text, sentence_start, lead, lang)
    return f"{noun} for {receiver}" if receiver else noun


def _duration_of(text: str, sentence_start: int, number_start: int, lang: str, lead: _Lead) -> str | None:
    """"about four months of [utility bills]" -> "utility bills"; "(households) will receive four months of
    such rebates" -> "rebates for households"."""
    window = text[number_start:number_start + 60]
    # "of" is case-sensitive in the pattern; a unit is read ignoring case
    match = _DURATION_OF.match(text, number_start, min(len(text), number_start + 60)) \
        if "of" in window and holds_any(window, _DURATION_UNITS) else None
    if match is None:
        return None
    noun = noun_run(text, match.end(), lang)
    if noun is None:
        return None
    receiver = _receiver(text, sentence_start, lead, lang)
    return f"{noun} for {receiver}" if receiver else noun


def _caption_below(text: str, number_start: int, lang: str) -> str | None:
    """A heading that is nothing but figures ("# HK$592.6 billion, +5.9%"), as a converted infographic writes
    them, is captioned by the short line under it ("Total value of banknotes issued by note-issuing banks")."""
    line_start = text.rfind("\n", max(0, number_start - _MAX_CLAUSE_CHARS), number_start) + 1
    line_end = text.find("\n", number_start, number_start + _MAX_CLAUSE_CHARS)
    if line_end < 0 or not _FIGURES_HEADING.fullmatch(text, line_start, line_end):
        return None
    caption = _CAPTION_LINE.match(text, line_end, min(len(text), line_end + _MAX_CLAUSE_CHARS))
    if caption is None or len(caption.group("caption").split()) > _MAX_CLAUSE_WORDS:
        return None
    return tidy(caption.group("caption"), lang) or None


def _age(text: str, sentence_start: int, number_start: int, lang: str) -> str | None:
    """An age the clause names no other subject for: "Mr Tan, [40 years old]" -> "age of Mr Tan", "children
    below [16 years old]" -> "age of children"; "the qualifying age ... to [69 years old]" keeps its own."""
    if not holds_any(text[number_start:number_start + 60], ("old", "age")) or \
            not _AGE_AFTER.match(text, number_start, min(len(text), number_start + 60)):
        return None
    pos = _lead_end(text, sentence_start, number_start, lang)
    before = text[max(sentence_start, pos - 60):pos].rstrip()
    before = before[:-1] if before.endswith(",") else before  # "Mr Tan, [40 years old]": an apposition
    words = [m.group() for m in _adjacent_words_back(before, 0, len(before))]
    if len(words) > 1 and words[-1][:1].isupper():
        # a name: its capitalised words, never the sentence's opening verb ("Consider Ms Ong, ...")
        name_start = len(words)
        while name_start > 0 and words[name_start - 1][:1].isupper():
            name_start -= 1
        opens_sentence = name_start == 0 and pos - 60 <= sentence_start and before.lstrip().startswith(words[0])
        words = words[1 if opens_sentence else name_start:]
    # "young children below [16 years old]", but not "caring for" nor a verb ("is")
    owner = tidy(" ".join(w for w in words[-3:] if not w.lower().endswith("ing")), lang)
    return f"age of {owner}" if owner and not _subject_patterns(lang)["verb"].search(owner) else "age"


# The units every duration pattern reads after its figure (``_DURATION_AT``, ``_DURATION_INTO``,
# ``_DURATION_OF``, ``_AGE_AFTER``), ignoring case: a figure with none of them after it is no duration.
_DURATION_UNITS = ("year", "month", "week", "day", "decade")


def _duration_subject(text: str, sentence_start: int, number_start: int, lang: str, lead: _Lead,
                      depth: int) -> str | None:
    """What a duration is the time of: the time into something ("[Two years] into the pandemic" -> "time into
    pandemic"), or the period over which another figure of the sentence runs ("a $10 million top-up over the
    next [three years]" -> "period of top-up")."""
    end = min(len(text), number_start + 60)
    # a duration names its unit after the figure, and "into" (case-sensitive) the thing it is into
    window = text[number_start:end]
    if not holds_any(window, _DURATION_UNITS):
        return None
    into = _DURATION_INTO.match(text, number_start, end) if "into" in window else None
    if into and not tidy(text[lead.start:lead.pos], lang):  # it opens its clause ("over the next five years
        # into AI compute" is a period and a destination)
        noun = noun_run(text, into.end(), lang)
        return f"time into {noun}" if noun else None
    if depth >= _MAX_LIST_DEPTH or not _DURATION_AT.match(text, number_start, end) or \
            not _TIME_FRAME_BEFORE.search(text, max(sentence_start, lead.pos - 40), lead.pos):
        return None
    figures = [m for m in _EARLIER_FIGURE.finditer(text, max(lead.start, number_start - 160), lead.pos)
               if not _YEAR.fullmatch(m.group().lstrip("FY"))]
    if not figures:
        return None
    framed = clause_subject(text, sentence_start, figures[-1].start(), lang, depth=depth + 1)
    # "investment of will support this plan": a verb phrase read as the other figure's subject is not passed on
    return f"period of {framed}" if framed and not _MODAL.search(framed) else None


def _receiver(text: str, sentence_start: int, lead: _Lead, lang: str) -> str | None:
    """Who receives the amount, when a verb of receiving comes right before it: the sentence's subject
    without its asides ("A household of four, with two young children, will receive ...")."""
    verb = _RECEIVES.search(text, max(sentence_start, lead.pos - 40), lead.pos)
    if verb is None:
        return None
    head = _DASH_ASIDE.sub(" ", text[max(sentence_start, verb.start() - _MAX_CLAUSE_CHARS):verb.start()])
    adverbials = set(_words(lang)["adverbial"]) | {"together", "with", "in"}
    for piece in head.split(", "):
        phrase = tidy(piece, lang)
        words = phrase.split()
        if not words or words[0].lower() in adverbials:
            continue
        phrase = " ".join(w for w in words if w.lower() not in ("will", "can", "would", "expect", "to", "may"))
        if words[0].lower() in _RECIPIENT_WORDS:
            phrase = phrase[:1].lower() + phrase[1:]  # "for [every] pensioner", mid-phrase
        if 0 < len(phrase.split()) <= _MAX_RECEIVER_WORDS and not _FIGURE.match(phrase) and \
                phrase.lower() not in _words(lang)["fragment"]:
            return phrase
        return None
    return None


def _list_position(text: str, sentence_start: int, number_start: int, lang: str) -> tuple[int, int, str] | None:
    """For a figure in a list closed by "respectively": (its index, the first figure's start, the words
    after the list that narrow every member, "against the US dollar")."""
    first, index = number_start, 0
    while index < _MAX_LIST_DEPTH:
        pos = _lead_end(text, sentence_start, first, lang)
        before = text[max(sentence_start, pos - 6):pos].rstrip()
        listed = _LIST_BEFORE.search(text, max(sentence_start, pos - 80), pos) \
            if before.endswith((",", "and")) else None
        if listed is None:
            break
        first, index = listed.start("prev"), index + 1
    end = _figure_at(text, number_start)
    if end is None:
        return None
    pos = end.end()
    for _ in range(_MAX_LIST_DEPTH):
        after = _LIST_AFTER.match(text, pos, min(len(text), pos + 40))
        if after is None:
            break
        nxt = _FIGURE.match(text, after.end(), min(len(text), after.end() + 40))
        if nxt is None:
            break
        pos = nxt.end()
    closing = _RESPECTIVELY.match(text, pos, min(len(text), pos + 80))
    if closing is None or (index == 0 and pos == end.end()):
        return None
    return index, first, " ".join((closing.group("tail") or "").split())


def _respective_subject(text: str, sentence_start: int, number_start: int, lang: str, depth: int) -> str | None:
    """"loans for use outside Hong Kong and trade finance decreased by 10.4% and [13.1%] respectively" ->
    "trade finance": the member of the coordinated subject in the figure's place."""
    position = _list_position(text, sentence_start, number_start, lang)
    if position is None:
        return None
    index, first, tail = position
    if tail and _PERIOD_WORDS_AFTER.match(tail.split(" ", 1)[1]):
        tail = ""  # "... at the end of 2024 respectively": the period, read by period.py
    whole = clause_subject(text, sentence_start, first, lang, depth=depth + 1, split_list=False)
    if not whole:
        return None
    members = [m.strip() for m in _COORDINATION.split(whole) if m.strip()]
    if index >= len(members) or len(members) < 2:
        return None
    member = tidy(members[index], lang)
    if " " not in member and index < len(members) - 1 and " " in members[-1]:
        # "the bond and equity markets": "bond markets"; "headline and underlying inflation rates":
        # "headline inflation rates" (the last member's modifier is its own).
        member = " ".join([member, *tidy(members[-1], lang).split()[1:]])
    member = tidy(member, lang)
    return f"{member} {tail}" if member and tail else member or None


def clause_subject(text: str, sentence_start: int, number_start: int, lang: str = "en", *,
                   depth: int = 0, split_list: bool = True) -> str | None:
    """What a figure measures (``_subject_at``); a forecast is marked so, as it is another measure than
    the outturn it forecasts ("Market consensus forecasts a headline inflation rate of 1.5% in 2021" ->
    "headline inflation rate forecast", never the same metric as the rate a later report states)."""
    subject = _subject_at(text, sentence_start, number_start, lang, depth=depth, split_list=split_list) or \
        _age(text, sentence_start, number_start, lang) or (None if depth else _caption_below(text, number_start, lang))
    if subject and depth == 0 and _is_forecast(text, sentence_start, number_start, lang) and \
            not _FORECAST_WORD.search(subject):
        subject = f"{subject} forecast"
    return subject


def _is_forecast(text: str, sentence_start: int, number_start: int, lang: str) -> bool:
    """A verb of forecasting governs the figure's clause ("we expect growth of 1% to 3%", "projects the
    rate to be 2.1%"), not "higher than expected"."""
    pos = _lead_end(text, sentence_start, number_start, lang)
    start = clause_start(text, sentence_start, pos, lang)
    for match in _subject_patterns(lang)["forecast"].finditer(text, start, pos):
        # "higher than expected"; "Eligible parents can expect $9,000": an entitlement, not a forecast
        if not _NOT_FORECAST_BEFORE.search(text, max(start, match.start() - 8), match.start()):
            return True
    return False


def _subject_at(text: str, sentence_start: int, number_start: int, lang: str = "en", *,
                depth: int = 0, split_list: bool = True) -> str | None:
    """The noun a figure completes with "of", or the object a verb moves to it, else the words
    before the clause's first verb stating a figure; None when the clause has none of these.
    A figure listed after another shares its subject."""
    low = _low_end(text, sentence_start, number_start, lang) if depth < _MAX_LIST_DEPTH else None
    if low is not None:
        # The high end of a range, or the new value of a change, measures what its other end measures; failing
        # that, the change noun after the range ("an average of 2% to [3% growth]" -> "growth").
        return clause_subject(text, sentence_start, low, lang, depth=depth + 1) or \
            _change_noun_after_range(text, sentence_start, number_start, lang)
    share = share_of(text, number_start, lang) or _multiplied_noun(text, number_start, lang)
    if share:
        return share
    if split_list and depth < _MAX_LIST_DEPTH and "espectively" in text[number_start:number_start + 160]:
        respective = _respective_subject(text, sentence_start, number_start, lang, depth)
        if respective:
            return respective
    lead = _lead(text, sentence_start, number_start, lang)
    timed = _duration_subject(text, sentence_start, number_start, lang, lead, depth)
    if timed:
        return timed
    opening = _opening_phrase_subject(text, sentence_start, number_start, lang)
    if opening:
        return opening
    if not lead.counts_noun:
        listed = list_subject(text, sentence_start, number_start, lang, depth=depth, lead=lead)
        if listed:
            return listed
    if not lead.counts_noun:
        coordinated = _coordinated_figure(text, sentence_start, lead, lang, depth) or \
            _participle_amount(text, sentence_start, lead, lang) or \
            _valued_noun(text, sentence_start, number_start, lead, lang)
        if coordinated:
            return coordinated
    measured = None if lead.counts_noun else \
        _before_parenthesis(text, sentence_start, number_start, lang) or _coordinated_noun(text, lead, lang)
    completed = measured or \
        of_phrase(text, sentence_start, number_start, lang, lead=lead) or \
        _received_amount(text, sentence_start, number_start, lang, lead) or \
        _duration_of(text, sentence_start, number_start, lang, lead) or \
        _modified_noun(text, sentence_start, number_start, lang, lead) or \
        _nominalised_verb(text, sentence_start, number_start, lang, lead) or \
        moved_object(text, sentence_start, number_start, lang, lead=lead) or \
        raised_object(text, sentence_start, number_start, lang, lead=lead)
    if completed:
        return completed
    start = lead.start  # the clause of the figure (no break falls between its qualifier and it)
    # an earlier figure needs a digit: a clause with none before this figure is not scanned for one
    for joined in _figures_then_conjunctions(text, start, lead.pos):
        if not _YEAR.fullmatch(text, joined.start(), joined.start() + 4) and joined.end() <= lead.pos:
            start = joined.end()  # a clause of its own begins after an earlier figure and "and"
    verb = _verb_before(text, start, number_start, lang)
    if verb is None:
        # before the qualifier: "more than 10%" is a bound, "higher than 64%" a comparison
        before = text[max(start, lead.pos - _TAIL):lead.pos].strip()
        if _may_end_with(before, lang, "baseline") and _subject_patterns(lang)["baseline_end"].search(before):
            # "Loans rose 3.8%, compared with [a growth of 1.2%]", "will be 320%, up from [220%]": the
            # earlier value of what the figure before it measures.
            figures = [m for m in _EARLIER_FIGURE.finditer(text, max(sentence_start, number_start - 60), number_start)
                       if not _YEAR.fullmatch(m.group())]  # "at the end of 2024": a period, not the figure
            earlier = figures[-1] if figures else None
            if earlier is not None and depth < _MAX_LIST_DEPTH:
                subject = clause_subject(text, sentence_start, earlier.start(), lang, depth=depth + 1)
                if subject:
                    return subject
            return previous_subject(text, sentence_start, start, lang)
        return None if lead.counts_noun else _generic_head(text, sentence_start, number_start, lang, lead)
    result = _RESULT_LEAD.search(text, start, verb.start()) \
        if holds_any(text[start:verb.start()], ("result", "led", "leading")) else None
    if result:
        start = result.end()
    subject = tidy(text[start:verb.start()], lang)
    # the pattern ends on a comma and white space: most subjects end otherwise
    ended = _ENDS_ON_FIGURE.search(text, max(start, verb.start() - 40), verb.start()) \
        if text[max(start, verb.start() - 40):verb.start()].rstrip(SPACES).endswith(",") else None
    if ended and not _YEAR.fullmatch(ended.group("figure")) and depth < _MAX_LIST_DEPTH:
        # "The index closed the year at 23,398, [down] markedly by 14.1%": the change of the figure before
        return clause_subject(text, sentence_start, ended.start("figure"), lang, depth=depth + 1)
    if lead.counts_noun and _RELATIVE_END.search(subject):
        return None  # "investments which are expected to create [20,000 new jobs]": the jobs are counted
    if len(subject.split()) > _MAX_CLAUSE_WORDS and ", " in subject:
        subject = tidy(subject.rsplit(", ", 1)[1], lang)  # a long lead-in the clause breaks missed
    if not subject:
        # "... yuan and accounted for 13.04%": a coordinated verb shares the previous subject.
        subject = previous_subject(text, sentence_start, start, lang) or ""
    if not subject and not lead.counts_noun:
        subject = _generic_head(text, sentence_start, number_start, lang, lead) or ""
    return subject or None


def refers_back(text: str, sentence_start: int, number_start: int, lang: str = "en", *, subject: str = "") -> bool:
    """Whether the figure's clause has a pronoun for subject, standing for what the sentence before
    measured: "... closing at 20,060. [This] marked an increase of 17.7%", "a Rebate of 50%. [This] will be
    capped at $200", "Since then, [it] has grown by 3 points" (never "This year, ..." or "of it"). The
    caller, which knows the figures of the sentence before, gives the subject; ``subject``, the one found
    so far, must be empty or end on the pronoun ("Since then, it")."""
    anaphors = _words(lang)["anaphor"]
    if subject.strip() and subject.split()[-1].lower() not in anaphors:
        return False
    lead = _lead(text, sentence_start, number_start, lang)
    words = _WORDS.findall(text, max(lead.start, lead.pos - _MAX_CLAUSE_CHARS), lead.pos)
    for index, word in enumerate(words[:-1]):
        opens = index == 0 or words[index - 1] == "," or words[index - 1].lower() in ("and", "but", "so")
        if opens and word.lower() in anaphors and _VERB_AFTER_PRONOUN.fullmatch(words[index + 1]):
            return True
    return False


def part_before(text: str, sentence_start: int, number_start: int, lang: str = "en") -> str | None:
    """The word that makes a figure opening its clause a part of an amount named before: "The [first] $300 will be
    disbursed in June, and the [remaining] $300 in January" after "$600 in CDC Vouchers" (`part` rows); None else.
    The caller, which knows the figures of the sentence before, names the whole."""
    match = _PART_BEFORE.search(text, max(sentence_start, number_start - 40), number_start)
    if match is None or match.group("part").lower() not in _words(lang)["part"]:
        return None
    if text[sentence_start:match.start()].strip() and \
            not _CLAUSE_OPENING.search(text, max(sentence_start, match.start() - 8), match.start()):
        return None  # "received the first $300": an object, whose verb says what it is
    return match.group("part").lower()


def without_part(subject: str, lang: str = "en") -> str:
    """ "first CDC Vouchers" -> "CDC Vouchers": the whole a part was named from."""
    first, _, rest = subject.partition(" ")
    return rest if rest and first.lower() in _words(lang)["part"] else subject


def previous_subject(text: str, sentence_start: int, pos: int, lang: str = "en") -> str | None:
    """The subject of the last verb stating a figure before ``pos`` in the sentence: what a figure in a
    list ("1.6% during 2021–2023, 3.3% during ...") or a comparison ("compared with 64%") measures."""
    last = None
    for match in _verb_matches(text, max(sentence_start, pos - _MAX_CLAUSE_CHARS), pos, lang):
        last = match
    if last is None:
        return None
    start = clause_start(text, sentence_start, last.start(), lang)
    return tidy(text[start:last.start()], lang) or None


def clause_before(text: str, sentence_start: int, number_start: int, lang: str = "en") -> str:
    """The clause up to the figure, when it is short enough to name what is measured."""
    low = _low_end(text, sentence_start, number_start, lang)
    if low is not None:
        number_start = _lead_end(text, sentence_start, low, lang)  # the range's low end: "of [2.9%]–3.1%"
    start = clause_start(text, sentence_start, number_start, lang)
    if len(text[start:number_start].split()) > _MAX_CLAUSE_WORDS:
        return ""
    phrase = tidy(text[start:number_start], lang)
    if not phrase or not phrase[0].isalpha():
        # "3.1% in May, [3.4% in June and] 3.9%": a figure in a list shares the list's subject.
        phrase = previous_subject(text, sentence_start, start, lang) or phrase
    return phrase


def governed_phrase(text: str, sentence_start: int, qualifier_start: int, number_end: int,
                    sentence_end: int, lang: str = "en") -> str:
    """A figure with a counted noun: the noun phrase and what follows it up to punctuation, plus
    the verb phrase that governs the figure ("introduced ... methods in [17 places]")."""
    tail = _WORDS.finditer(text, number_end, sentence_end)
    after_end = number_end
    for count, match in enumerate(tail):
        if match.group() in ",;:()" or count >= _MAX_CLAUSE_WORDS:
            break
        after_end = match.end()
    after = text[number_end:after_end]
    start = clause_start(text, sentence_start, qualifier_start, lang)
    before_words = list(_WORDS.finditer(text, start, qualifier_start))
    data = load(lang)
    lead = ""
    for back, match in enumerate(reversed(before_words)):
        word = match.group()
        if back >= _MAX_VERB_DISTANCE or not word[0].isalpha():
            break
        lower = word.lower()
        if lower.endswith(data.PAST_TENSE_SUFFIX) or lower in data.IRREGULAR_PAST_VERBS:
            lead = text[match.start():qualifier_start]
            break
    if not lead and len(before_words) <= _MAX_CLAUSE_WORDS:
        lead = text[start:qualifier_start]  # "In conjunction with X and other [seven departments]"
    return tidy(f"{lead} {after}", lang)
