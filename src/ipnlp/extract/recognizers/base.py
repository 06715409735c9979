"""What every recognizer sees (``Reading``), what it returns (``Draft``, a ``Change``, ``SKIP`` or None),
and the finishing steps they share: the qualifier and the subject of a figure.

A recognizer is a pure function ``recognize(reading) -> Draft | Change | SKIP | None``: a Draft or a
Change when the mention is a quantity of its family, ``SKIP`` when the mention is certainly not a
claim (a reference, a year, a name), None when the family does not apply and the next one may try.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

import regex

from ...lang import load
from ...models import Change
from .. import context as ctx
from ..numbers import Mention
from ..subject import before_past_verb, bound_before, clause_before, clause_subject, governed_phrase, share_of

SKIP = object()  # "not a claim": later recognizers must not read this mention
_UNREAD = object()  # no answer kept yet (None is an answer)
DURATIONS = {"year", "month", "week", "day", "hour"}


@dataclass
class Draft:
    start: int
    end: int
    number_start: int
    value: Decimal
    unit: str
    qualifier: str = "exact"
    subject: str = ""
    yoy: Change | None = None
    counted_by_sentence: bool = False
    value_high: Decimal | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DocumentFacts:
    """What the whole document says that a single sentence does not: the currency of a bare "$"."""

    dollar_currency: str = "USD"
    dollar_note: str = "currency assumed: USD (nothing in the document says otherwise)"


@dataclass(frozen=True, init=False)
class Reading:
    text: str
    sentence: tuple[int, int]
    mention: Mention
    lang: str
    drafts: list[Draft]
    document: DocumentFacts
    in_range: bool = False
    # the sentence's start and end, read by every recognizer (plain attributes: a property call each time
    # cost more than a tenth of a microsecond, many times per figure)
    s0: int = field(init=False, repr=False, compare=False)
    s1: int = field(init=False, repr=False, compare=False)

    def __init__(self, text: str, sentence: tuple[int, int], mention: Mention, lang: str, drafts: list[Draft],
                 document: DocumentFacts, in_range: bool = False) -> None:
        # The generated __init__ of a frozen dataclass sets each field through object.__setattr__ and then
        # runs __post_init__: 5 us a figure. Its fields stored in the instance's dictionary make the same
        # instance (dataclasses.replace passes the same keywords).
        fields = self.__dict__
        fields["text"], fields["sentence"], fields["mention"], fields["lang"] = text, sentence, mention, lang
        fields["drafts"], fields["document"], fields["in_range"] = drafts, document, in_range
        fields["s0"], fields["s1"] = sentence[0], sentence[1]

    def window_before(self, size: int = 16) -> str:
        return self.text[max(self.s0, self.mention.start - size):self.mention.start]

    def word_before(self, *, cased: bool = False) -> str:
        """The word just before the number, lower-cased ("article" in "Article 20") unless ``cased``.
        Read once per figure, as several recognizers ask for it (kept in the instance's ``__dict__``:
        ``functools.cached_property`` takes a lock on every read in Python 3.11)."""
        word = self.__dict__.get("_word_before")
        if word is None:
            word = self.__dict__["_word_before"] = ctx.word_at_end(self.window_before(), "/&") or ""
        return word if cased else word.lower()

    def unit_after(self) -> ctx.UnitMatch | None:
        """``ctx.unit_after`` at the end of the mention, read once per figure: four recognizers and the
        reference tests ask for it (kept in ``__dict__`` as ``word_before`` is)."""
        found = self.__dict__.get("_unit_after", _UNREAD)
        if found is _UNREAD:
            found = self.__dict__["_unit_after"] = ctx.unit_after(self.text, self.mention.end, self.s1, self.lang)
        return found  # type: ignore[return-value]

    def following(self, size: int = 2) -> str:
        return self.text[self.mention.number_end:self.mention.number_end + size]


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    symbols = sorted(data.BOUND_SYMBOLS, key=len, reverse=True)
    return {
        "share_of": regex.compile(data.SHARE_OF),
        "bound_after": regex.compile(data.BOUND_AFTER),
        "or_equal_after": regex.compile(data.OR_EQUAL_AFTER),
        # the symbol ends right before the number, one space allowed: ">= 30", "< = 100", "≥5%"
        "bound_symbol": regex.compile(
            rf"(?P<symbol>{'|'.join(r'[ ]?'.join(regex.escape(c) for c in s) for s in symbols)})\s{{0,2}}$"),
    }


@cache
def _symbol_characters(lang: str) -> frozenset[str]:
    """Every character of the bound symbols: a match of ``bound_symbol`` holds one of them."""
    return frozenset("".join(load(lang).BOUND_SYMBOLS))


def qualifier_at(reading: Reading, start: int, end: int) -> tuple[str, int] | None:
    """The bound written before the figure ("more than", "≥") or after it ("or more")."""
    data = load(reading.lang)
    found = bound_before(reading.text, start, reading.s0, reading.lang)
    if found and found[0] == "at_most":
        verb = ctx.word_at_end(reading.text[max(reading.s0, found[1] - 12):found[1]], "/&")
        if verb and verb.lower() in data.UP_TO_AFTER_VERBS:
            found = None  # "edged up to 39.2%": a movement, not a bound
    or_equal = _patterns(reading.lang)["or_equal_after"].match(reading.text, end, min(reading.s1, end + 16))
    if found and or_equal and found[0] in data.OR_EQUAL_BOUNDS:
        return data.OR_EQUAL_BOUNDS[found[0]], found[1]  # "less than 5000 or equal": at most
    bound_after = _patterns(reading.lang)["bound_after"]
    after = bound_after.match(reading.text, end, min(reading.s1, end + 24))
    if after is None and end != reading.mention.end:  # the same match again when the figure ends there
        after = bound_after.match(reading.text, reading.mention.end, min(reading.s1, reading.mention.end + 24))
    if found and not (after and found[0] in data.QUALIFIERS_A_BOUND_AFTER_OVERRIDES):
        return found
    window_start = max(reading.s0, start - 5)
    # A symbol is one of few characters: the five before the figure are searched only when one is there.
    symbol = _patterns(reading.lang)["bound_symbol"].search(reading.text, window_start, start) \
        if not _symbol_characters(reading.lang).isdisjoint(reading.text[window_start:start]) else None
    if symbol:  # "≥5%", "< 2 days", ">= 30", "< = 100"
        return data.BOUND_SYMBOLS[symbol.group("symbol").replace(" ", "")], symbol.start()
    if after:  # "5,000 or more", "about five hundred or more"
        return ("at_least" if after.group("up") else "at_most"), found[1] if found else start
    return None


_LINE_BREAK_HYPHEN = regex.compile(r"(?<=\w)-\s+(?=\w)")


def _share_whole(phrase: str, lang: str) -> str:
    """The whole a percentage is of, up to a verb or a stop word other than a preposition that keeps
    naming it: "45% of the firms [said so]" -> "firms"; "90% of the cost for reskilling workers" keeps
    "for reskilling workers", which tells it from "70% of the cost for redesigning jobs"."""
    data = load(lang)
    kept: list[str] = []
    for word in _LINE_BREAK_HYPHEN.sub("-", phrase).split():  # "owner-\noccupied": one word broken at a line end
        lower = word.lower()
        if lower in data.NP_STOP_WORDS and lower not in data.SHARE_WHOLE_LINKS:
            if not kept:
                continue  # "these financial assets": a determiner before the noun
            break
        kept.append(word)
    while kept and (kept[-1].lower() in data.NP_STOP_WORDS or kept[-1].lower() in data.SUBJECT_DANGLING_WORDS):
        kept.pop()  # "semi-conductor equipment in the", "financial assets and": the phrase ran on into the next one
    return before_past_verb(" ".join(kept), lang) or phrase


def finish(reading: Reading, start: int, end: int, unit: str, *, value: Decimal | None = None,
           phrase: ctx.NounPhrase | None = None, counted_by_sentence: bool = False,
           notes: list[str] | None = None) -> Draft:
    """A Draft for a figure whose unit is known: its qualifier and its subject."""
    text, lang, m = reading.text, reading.lang, reading.mention
    data = load(lang)
    s0, s1 = reading.sentence
    qualifier = qualifier_at(reading, start, end)
    qualifier_start = qualifier[1] if qualifier else start
    # The linking verb may be the qualifier itself ("has exceeded 900,000 people").
    subject = clause_subject(text, s0, start, lang) or ""
    if not subject and phrase is not None:
        subject = governed_phrase(text, s0, qualifier_start, m.end, s1, lang)
    if not subject:
        subject = clause_before(text, s0, qualifier_start, lang)
    if unit == "percent" and not share_of(text, start, lang):  # "a third of households" already says it
        share = _patterns(lang)["share_of"].match(text, end, min(s1, end + ctx.WINDOW))
        if share:
            scope = reading.word_before()
            if scope in data.LIST_SCOPE_WORDS:
                subject = scope  # "impact mainly the top [7%] of properties": the top share of properties
            subject = data.SHARE_SUBJECT.format(subject=subject, whole=_share_whole(share.group(1), lang)).strip()
    follows_previous = unit in DURATIONS and text[max(s0, start - len(data.DURATION_OF_PREVIOUS)):start] == \
        data.DURATION_OF_PREVIOUS
    if reading.drafts and (unit == "rank_positions" or follows_previous):
        # "a cumulative improvement of 24 places", "(ranking first) for two consecutive years":
        # these qualify the figure just stated, so they inherit its subject.
        lead = clause_before(text, s0, qualifier_start, lang) if unit == "rank_positions" else \
            text[m.number_end:end].strip()
        subject = f"{lead} {reading.drafts[-1].subject}".strip()
    return Draft(start, end, m.start, m.value if value is None else value, unit,
                 qualifier=qualifier[0] if qualifier else "exact", subject=subject,
                 counted_by_sentence=counted_by_sentence, notes=list(notes or ()))
