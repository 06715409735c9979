"""Numeric claims: which numbers in a report state a measured quantity, and what they measure.

For every sentence: find number mentions (``numbers.py``), let the recognizers (``recognizers/``)
decide which are quantities of which family, read ranges ("2.5% to 3.5%") as one claim with both
ends, share a unit written once over a list ("318, 419 and 473 basis points"), and attach stated
changes ("up 29.9% year-on-year", "rose 9% to €640m") to the figure they modify.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from itertools import pairwise

import regex

from ..lang import load
from ..models import Change, Claim, SentenceRef, SourceLocation
from ..regex_cache import compile as cached_compile
from ..segment.sections import SectionIndex, Segmentation
from . import context as ctx
from . import zh_claims, zh_period
from .numbers import Mention, find_mentions
from .period import heading_periods, looks_ahead, reporting_year, resolve_period, sentence_time
from .recognizers import DocumentFacts, Draft, Reading, counts, money, percent, read_mention
from .recognizers.base import DURATIONS
from .subject import clause_subject, part_before, refers_back, without_part
from .tables import alternation, load_tables

#: Figures extracted from one document at most. Real reports state hundreds; a generated or dumped
#: text can state one per two characters, and every claim costs time and memory downstream. The
#: rules engine tells (IPN001) when a document reached the cap.
MAX_CLAIMS = 20_000
_CODE_CHAIN = regex.compile(r"[-–]\d")
_FIRST_DIGIT = regex.compile(r"[-−]?\d")
_RIGHT_AFTER = regex.compile(r"\s*[,(]?\s*")  # between a figure and a signed change that is its change
_CODE_CHAIN_BEFORE = regex.compile(r"\d[-–]$")
# Between a figure and its equivalent in brackets: the bracket and a currency mark at most ("(US$", "(").
_OPENS_EQUIVALENT = regex.compile(r"\s*\(\s*(?:(?:[A-Z]{1,3}|U\.S\.)\s?)?(?:[$£€¥]\s?)?")
_CLOSES_EQUIVALENT = regex.compile(r"\s*\)")
_SHARES = frozenset({"percent", "percentage_point", "basis_point", "times"})
_MIXED_FRACTION = regex.compile(r"[ \u00a0](?P<numerator>\d)/(?P<denominator>\d{1,2})(?![\d/])")
_ONE_SPACE = regex.compile(r"[ \u00a0]{1,2}")
_PERCENT_WRITTEN = regex.compile(r"(?i:%|per\s*cent|percent|pct)")
# "one dollar and one and ...": a coordination ends it; so does a line break (a word on the next line
# is not the minor figure's noun: "RMB 0 yuan 1" ending a paragraph is one amount).
_WORD = regex.compile(r"[A-Za-z]+")
_WORD_AFTER = regex.compile(r"[^\S\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+(?!(?:and|or)\b)[A-Za-z]")
# "318, 419 and 473 bp", "from 15 to 20 t", "8 or $9" (the second figure's currency symbol is shared too)
# but not over "to": "a rate of 7.8 to US$1" is not 7.8 US dollars.
_LIST_JOINER = regex.compile(r",\s*|,?\s+to\s+|(?:,\s*|,?\s+(?:and|or)\s+)(?:[A-Z]{0,3}\$|[£€¥])?")


class DocumentFactsOnDemand(DocumentFacts):
    """The document's facts (``money.document_facts``) read when a bare dollar first asks for them:
    that reading scans the whole text three times (a tenth of extraction on a report stating no
    amount in dollars), and most documents never write a bare "$" or "dollars"."""

    def __init__(self, text: str, lang: str, default_currency: str | None) -> None:
        object.__setattr__(self, "_reading", (text, lang, default_currency))
        object.__setattr__(self, "_facts", None)

    def _read(self) -> DocumentFacts:
        facts = self._facts
        if facts is None:
            facts = money.document_facts(*self._reading)
            object.__setattr__(self, "_facts", facts)
        return facts

    @property
    def dollar_currency(self) -> str:
        return self._read().dollar_currency

    @property
    def dollar_note(self) -> str:
        return self._read().dollar_note


def extract_claims(
    text: str,
    segmentation: Segmentation,
    *,
    locate: Callable[[int], SourceLocation] | None = None,
    lang: str = "en",
    default_currency: str | None = None,
) -> list[Claim]:
    """Claims of ``text``. ``default_currency`` (an ISO code) is what a bare "$" means; when None,
    the document decides (a declaration, its explicit dollars, the place it names) and else USD."""
    sections = segmentation.sections
    section_index = SectionIndex(sections)
    # A title or date line names the document; a heading's figures ("## Loans rose 5% to $2bn")
    # are claims like any other, read after its marker so "1)." is never a number.
    title_lines = {s.start for s in sections if s.kind in ("title", "date")}
    marker_ends = dict(segmentation.marker_spans)
    # Chinese reads its sentences' figures and periods with its own grammar (zh_claims, zh_period).
    han = getattr(load(lang), "NUMBER_GRAMMAR", "latin") == "han"
    document = DocumentFacts() if han else DocumentFactsOnDemand(text, lang, default_currency)
    claims: list[Claim] = []
    if han:
        report_year = zh_period.reporting_year(text, document_year=segmentation.document_year)
        finer_heading_periods, prospective = {}, False
    else:
        report_year = reporting_year(text, document_year=segmentation.document_year, lang=lang)
        finer_heading_periods = heading_periods(sections, lang)
        prospective = looks_ahead(text, lang)
    read_sentence = zh_claims.sentence_claims if han else _sentence_claims
    # what the last figure of the sentence just before measures ("" when it had none), and its unit
    subject_before, unit_before = "", ""
    for sentence in segmentation.sentences:
        if len(claims) >= MAX_CLAIMS:
            break
        if sentence[0] in title_lines:
            continue
        drafts = read_sentence(text, (marker_ends.get(sentence[0], sentence[0]), sentence[1]), lang, document,
                               limit=MAX_CLAIMS - len(claims))
        if not han:
            # "a Rebate of 50%. This will be capped at $200": the pronoun stands for the figure before (a
            # duration is when, not what: "This will bring payments to $700 over [five years]").
            # "$600 in CDC Vouchers. The first $300 ..., and the remaining $300 ...": parts of that amount (of
            # money, in its currency: "The remaining 40 firms" count firms).
            for draft in drafts:
                part = part_before(text, sentence[0], draft.start, lang) \
                    if subject_before and draft.unit == unit_before and draft.unit.isupper() else None
                if part:
                    draft.subject = f"{part} {without_part(subject_before, lang)}"
                elif subject_before and draft.unit not in DURATIONS and \
                        refers_back(text, sentence[0], draft.number_start, lang, subject=draft.subject):
                    draft.subject = subject_before
        subject_before, unit_before = (drafts[-1].subject, drafts[-1].unit) if drafts else ("", "")
        if not drafts:
            continue
        section = section_index.at(sentence[0])
        heading_year = segmentation.heading_years.get(section.id) if section else None
        time = None if han else sentence_time(text, sentence[0], sentence[1], lang)
        for draft in drafts[:MAX_CLAIMS - len(claims)]:
            if time is None:
                period = zh_period.resolve_period(text, sentence, draft.number_start, heading_year=heading_year,
                                                  reporting_year=report_year, lang=lang, figure_end=draft.end)
            else:
                period = resolve_period(text, sentence[0], time, draft.number_start, draft.end, heading_year, lang,
                                        reporting_year=report_year, prospective=prospective,
                                        heading_period=finer_heading_periods.get(section.id) if section else None)
            claims.append(Claim(
                id=f"c{len(claims) + 1:03d}",
                start=draft.start,
                end=draft.end,
                text=text[draft.start:draft.end],
                value=ctx.decimal_to_number(draft.value),
                value_high=None if draft.value_high is None else ctx.decimal_to_number(draft.value_high),
                unit=draft.unit,
                qualifier=draft.qualifier,  # type: ignore[arg-type]
                yoy=draft.yoy,
                period=period,
                subject=draft.subject,
                section=section.id if section else None,
                sentence=SentenceRef(start=sentence[0], end=sentence[1]),
                source_location=locate(draft.start) if locate else None,
                notes=draft.notes,
            ))
    return claims


def _sentence_claims(text: str, sentence: tuple[int, int], lang: str, document: DocumentFacts, *,
                     limit: int = MAX_CLAIMS) -> list[Draft]:
    s0, s1 = sentence
    # A mention yields at most one claim, so ``limit`` mentions are enough for ``limit`` claims
    # (the one after them is kept: it may close a range or carry the last figure's change).
    mentions = find_mentions(text, s0, s1, lang, limit=limit + 1)
    if not mentions:
        return []  # most sentences state no number: every step below reads the mentions or their drafts
    mentions = _share_scale_to(text, _join_multiplied(text, _join_mixed_fractions(text, mentions), lang), lang)
    range_starts = _range_pairs(text, mentions, s0, lang)
    drafts: list[Draft] = []
    changes: list[Change] = []
    own_figures: set[int] = set()
    for index, mention in enumerate(mentions):
        if index in range_starts:
            continue  # read together with the end of its range, below
        in_range = index - 1 in range_starts
        reading = Reading(text, sentence, mention, lang, drafts, document, in_range=in_range)
        result = read_mention(reading)
        if result is None:
            continue
        if isinstance(result, Change):
            changes.append(result)
            if text[result.start - 1:result.start] == "+" and not (
                    drafts and _RIGHT_AFTER.fullmatch(text, drafts[-1].end, result.start - 1)):
                # "charges (+61.3%)": a signed change after a noun is that noun's own figure; only
                # right after a figure ("HK$592.6 billion, +5.9%") is it that figure's change
                own_figures.add(id(result))
            continue
        restated = _restated_change(text, s0, result, changes, drafts, lang) if not in_range else None
        if restated is not None:
            changes.append(restated)  # "lost 190 points, or 0.6%": the same change in percent
            own_figures.add(id(restated))  # a figure of its own, never another figure's change
            continue
        if in_range:
            # "between 15 and 20 months", "2.5% to 3.5%": one claim, both ends, one unit.
            low = mentions[index - 1]
            low_value = low.value
            high_unscaled = mention.value / mention.multiplier
            if mention.scaled and not low.scaled and abs(low_value) < abs(high_unscaled):
                low_value *= mention.multiplier  # "15 to 20 million" (but "$800,000 to $1.3 million")
            result.value_high, result.value = result.value, low_value
            qualifier = ctx.qualifier_before(text, _low_start(text, low, s0, lang), s0, lang)
            result.start = min(result.start, _low_start(text, low, s0, lang))
            result.number_start = low.start
            # A range bounds the quantity from below by its low end (and from above by value_high),
            # so rules that compare exact figures leave it alone unless a bound was written before it.
            result.qualifier = qualifier[0] if qualifier else "at_least"
        drafts.append(result)
    if not drafts and not changes:
        return drafts  # every mention was skipped (years, references, ranks): nothing to join or attach
    _share_list_units(text, drafts, s0)
    _join_minor_units(text, drafts, lang)
    _join_symbol_between(text, drafts, lang)
    # A change belongs to the nearest figure before it in the sentence that has none yet.
    # The figures before each change, counted after joining "RMB 15 yuan 50" into one amount (which
    # may have removed a draft since the change was read) and before changes become figures below.
    starts = [draft.start for draft in drafts]
    for change in changes:
        position = bisect_left(starts, change.start)
        owner = None if id(change) in own_figures else _change_owner(text, drafts, position, change, s0, lang)
        if owner is not None:
            drafts[owner].yoy = change
        else:
            # A change with no figure before it, or stated before its figure ("rose 9.1% to 28,190"):
            # a figure of its own, carrying its direction; the figure it leads to stays separate.
            start = change.start
            # the subject is read at the figure ("decreased by [10.4%] and 13.1% respectively": the
            # first of the members), the clause before it at the verb
            digit = _FIRST_DIGIT.search(text, start, change.end)
            figure = digit.start() if digit else start
            subject = (clause_subject(text, s0, figure, lang) if "espectively" in text[figure:figure + 160]
                       else None) or clause_subject(text, s0, start, lang) or ""
            drafts.append(Draft(start, change.end, start, Decimal(str(change.value)), change.unit,
                                qualifier=_change_qualifier(text, change, lang), subject=subject, yoy=change))
    drafts.sort(key=lambda d: d.start)
    counts.inherit_compared_units(text, drafts, lang)
    counts.inherit_elided_units(text, drafts, s0, lang)
    _bracketed_equivalents(text, drafts)
    percent.index_levels(text, drafts, lang)
    return drafts


def _bracketed_equivalents(text: str, drafts: list[Draft]) -> None:
    """ "more than 7.5 million kroner (US$1.1 million)", "up to 100 km (62 miles)": the same quantity in
    another unit, alone in its brackets right after the figure, has that figure's bound and subject."""
    for before, after in pairwise(drafts):
        if "count" in (before.unit, after.unit) or before.unit == after.unit or after.yoy is not None or \
                before.unit in _SHARES or after.unit in _SHARES or \
                not _OPENS_EQUIVALENT.fullmatch(text, before.end, after.number_start) or \
                not _CLOSES_EQUIVALENT.match(text, after.end):
            continue
        if after.qualifier == "exact":
            after.qualifier = before.qualifier
        if before.subject:
            after.subject = before.subject


def _restated_change(text: str, s0: int, draft: Draft, changes: list[Change], drafts: list[Draft],
                     lang: str) -> Change | None:
    """A percentage right after a stated change, joined by "or", restates it ("lost 190 points, or 0.6%");
    one after "by" with the verb left out ("exports rose 5.1% and imports by 3.2%") states a change the
    same way. Either keeps the direction of the change before it."""
    if draft.unit != "percent" or draft.yoy is not None:
        return None
    stated: list[tuple[int, str]] = [(change.end, change.direction) for change in changes[-1:]
                                     if not drafts or drafts[-1].end <= change.start]
    if drafts:  # "fell HK$5 billion, or 3.2%": an amount after a change verb
        moved = ctx.change_around(text, drafts[-1].start, drafts[-1].end, s0, lang)
        if moved is not None and moved.end <= draft.start:
            stated.append((moved.end, moved.direction))
    end, direction = max(stated, default=(-1, ""))
    if end < 0 or not (_patterns(lang)["restated"].fullmatch(text, end, draft.start) or
                       _patterns(lang)["gapped_change"].fullmatch(text, end, draft.start)):
        return None
    return Change(value=float(abs(draft.value)), unit="percent", direction=direction,  # type: ignore[arg-type]
                  start=draft.start, end=draft.end, text=text[draft.start:draft.end])


def _change_qualifier(text: str, change: Change, lang: str) -> str:
    """The qualifier between a change verb and its figure: "rose about 1.5%" is approximately 1.5%."""
    digit = _FIRST_DIGIT.search(text, change.start, change.end)
    found = ctx.qualifier_before(text, digit.start(), change.start, lang) if digit else None
    return found[0] if found else "exact"


def _join_mixed_fractions(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "2 1/2 years", "a 3 3/4 percent rise": a whole number and a proper fraction after it are one
    number (2.5), never the whole number alone with the fraction dropped as a code."""
    joined: list[Mention] = []
    skip_next = False
    for index, mention in enumerate(mentions):
        if skip_next:
            skip_next = False
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        fraction = _MIXED_FRACTION.match(text, mention.number_end) if after is not None and \
            mention.kind == "digits" and not (mention.has_decimal or mention.has_comma or mention.scaled or
                                              mention.suffix) else None
        if fraction is not None and after.start == fraction.start("numerator") and \
                0 < int(fraction.group("numerator")) < int(fraction.group("denominator")):
            part = Decimal(fraction.group("numerator")) / Decimal(fraction.group("denominator"))
            value = mention.value - part if mention.negative else mention.value + part
            joined.append(mention._replace(end=fraction.end(), number_end=fraction.end(), has_decimal=True,
                                           value=value.quantize(Decimal("0.0001")).normalize()))
            skip_next = True
            continue
        joined.append(mention)
    return joined


def _join_multiplied(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """ "two dozen firms", "3 dozens of eggs": the number times the word after it (24, 36), one mention
    (never 2 and a dozen, or a dozen alone: "two dozen firms" are not 12 firms)."""
    words = load(lang).MULTIPLYING_WORDS
    joined: list[Mention] = []
    for mention in mentions:
        before = joined[-1] if joined else None
        factor = words.get(text[mention.start:mention.number_end].lower())
        if factor is not None and before is not None and before.kind in ("digits", "word") and \
                not before.scaled and not before.suffix and 0 < before.value < 100 and \
                _ONE_SPACE.fullmatch(text, before.end, mention.start):
            joined[-1] = before._replace(end=mention.end, number_end=mention.number_end, scaled=True,
                                         multiplier=Decimal(factor), value=before.value * factor)
            continue
        joined.append(mention)
    return joined


def _share_scale_to(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """ "from 24.2 to 35 billion euros", "from $10 to $15 billion": the scale word written once after
    the second figure scales the first, whether the two are a range or an old and a new value, when
    the first is smaller than the second's unscaled figure ("$800,000 to $1.3 million" stays)."""
    joiner = _patterns(lang)["range_joiner"]
    data = load(lang)
    for index in range(len(mentions) - 2, -1, -1):  # right to left: "from 24.2 to 33-35 billion"
        low, high = mentions[index], mentions[index + 1]
        if not high.scaled or low.scaled or low.suffix or low.kind not in ("digits", "word") or \
                high.kind not in ("digits", "word") or _year_like(low, data):
            continue
        join = joiner.fullmatch(text, low.end, high.start)
        if join is None or join.group("unit") or join.group("join").strip() not in ("to", "-", "–", "—") or \
                not 0 < abs(low.value) < abs(high.value / high.multiplier):
            continue
        mentions[index] = low._replace(value=low.value * high.multiplier, scaled=True, multiplier=high.multiplier)
    return mentions


def _change_owner(text: str, drafts: list[Draft], position: int, change: Change, s0: int,
                  lang: str) -> int | None:
    """The figure before a change that it modifies ("reached 1.2 million, up 8.5%"), if any."""
    patterns = _patterns(lang)
    if patterns["change_to"].match(text, change.end, change.end + 40):
        return None  # "rose 9% to €640m": the change leads to the figure after it, not one before
    # "rose to 31.5% from 29.0%, up 2.5 points": the change belongs to the new value, not the
    # baseline introduced by "from". Look back over a few figures only: changes sit near theirs.
    if position > 0 and _own_subject_before(text, drafts[position - 1].end, change.start, lang):
        return None  # "Following a 2.9% expansion in 2018, the economy contracted by 1.2%": its own clause
    candidates = [i for i in range(position - 1, max(-1, position - 6), -1) if drafts[i].yoy is None]
    baseline = patterns["baseline_before"]
    current = [i for i in candidates if not baseline.search(text, max(s0, drafts[i].start - 6), drafts[i].start)]
    return (current or candidates or [None])[0]


_GAP_WORD = regex.compile(r"[A-Za-z][A-Za-z’'-]*")


def _own_subject_before(text: str, figure_end: int, change_start: int, lang: str) -> bool:
    """Whether a change has a subject of its own between the last clause break after the figure before
    it and itself: ", the Hong Kong economy [contracted by 1.2%]", ", while trade finance [decreased by
    10.4%]" (but ", [a decrease of 3.6%]", " and [grew 4%]", ", having [risen 3%]" belong to the figure)."""
    if change_start <= figure_end or change_start - figure_end > _MAX_OWN_SUBJECT_GAP:
        return False
    clause = _patterns(lang)["change_clause_break"].search(text, figure_end, change_start)
    if clause is None:
        return False
    data = load(lang)
    words = [word.group().lower() for word in _GAP_WORD.finditer(text, clause.end(), change_start)]
    opening = next((word for word in words if word not in data.CLAUSE_ADVERBS), "")
    if opening.endswith(data.PARTICIPLE_ENDING):
        return False  # ", registering an overall gain of 9.1%", ", though still recording a growth of 5%"
    return any(word not in data.NP_STOP_WORDS for word in words)


# A change further than this from the figure before it is read on its own anyway.
_MAX_OWN_SUBJECT_GAP = 200


def _share_list_units(text: str, drafts: list[Draft], s0: int) -> None:
    """ "318, 419 and 473 basis points": the unit after the last figure is the unit of the list. A list
    closes with a word ("and", "or", "to") before its last figure; a comma alone joins a figure to one
    that is itself a member ("at 16,644, 16 per cent above" is a level and a percentage)."""
    shared = set()
    for i in range(len(drafts) - 2, -1, -1):
        this, after = drafts[i], drafts[i + 1]
        if this.unit != "count" or not this.counted_by_sentence or after.unit == "count":
            continue
        if after.unit == "percent" and i + 1 not in shared and \
                not _PERCENT_WRITTEN.search(text, after.start, after.end):
            continue  # "a million, and a half of them": a share in words is no unit written for the list
        joiner = _LIST_JOINER.fullmatch(text[this.end:after.number_start])
        if joiner and (i + 1 in shared or joiner.group().strip(" ,")):
            this.unit = after.unit
            shared.add(i)


def _join_minor_units(text: str, drafts: list[Draft], lang: str) -> None:
    """ "15 dollars 50", "3 dollars and 50 cents", "17 USD 25": the cents belong to the amount."""
    joiner = _patterns(lang)["minor_after_major"]
    for i in range(len(drafts) - 2, -1, -1):
        major, minor = drafts[i], drafts[i + 1]
        if not (len(major.unit) == 3 and major.unit.isupper() and major.value == major.value.to_integral_value()
                and major.value_high is None and 0 < minor.value < 100
                and minor.value == minor.value.to_integral_value()):
            continue
        shared_code = minor.start < major.end and minor.unit == major.unit  # "17 USD 25"
        # The major amount ends on its currency word ("15 dollars", not "$5 million"), and a bare
        # minor figure ends the phrase ("15 dollars and 15.", not "... and 20 staff").
        named = major.end > major.start and text[major.end - 1].isalpha() and \
            text[major.start:major.end].split()[-1].lower() not in _scale_words(lang)
        after = _WORD_AFTER.match(text, minor.end)
        bare_end = minor.unit != "count" or not after or \
            _WORD.match(text, after.end() - 1).group().lower() in load(lang).MINOR_FOLLOWERS
        if shared_code or (named and bare_end and minor.unit in ("count", "cent", "pence") and \
                joiner.fullmatch(text, major.end, minor.start)):
            major.value += minor.value / 100
            major.end = minor.end
            del drafts[i + 1]


def _join_symbol_between(text: str, drafts: list[Draft], lang: str) -> None:
    """ "10 $ 30 cent": a whole number, the currency symbol, then the cents named are one amount, 10.30 --
    never "10 $30 bills", ten bills of $30 each."""
    cents_named = _patterns(lang)["minor_named_after"]
    for i in range(len(drafts) - 2, -1, -1):
        whole, cents = drafts[i], drafts[i + 1]
        if not (whole.unit == "count" and whole.value_high is None and whole.value == whole.value.to_integral_value()
                and len(cents.unit) == 3 and cents.unit.isupper() and 0 < cents.value < 100
                and cents.value == cents.value.to_integral_value()):
            continue
        gap = text[whole.end:cents.start]
        if gap.strip() or text[cents.start].isalnum():
            continue  # the symbol must open the cents' figure, right after the whole number
        named = cents_named.match(text, cents.end)
        if named:
            whole.value += cents.value / 100
            whole.unit, whole.end, whole.notes = cents.unit, named.end(), cents.notes  # "currency assumed ..."
            del drafts[i + 1]


@cache
def _scale_words(lang: str) -> frozenset[str]:
    return frozenset(word for surface in load_tables(lang).scales for word in surface.split())


def _low_start(text: str, low: Mention, s0: int, lang: str) -> int:
    """Where the low end of a range starts, its currency included ("$10 to $15 billion")."""
    match = _patterns(lang)["prefix_end"].search(text, max(s0, low.start - 6), low.start)
    return match.start() if match else low.start


def _range_pairs(text: str, mentions: list[Mention], sentence_start: int, lang: str) -> set[int]:
    """Indexes of mentions that open a range with the next mention ("15-20", "between 15 and 20")."""
    data = load(lang)
    joiner = _patterns(lang)["range_joiner"]
    starts = set()
    for index in range(len(mentions) - 1):
        low, high = mentions[index], mentions[index + 1]
        if low.kind not in ("digits", "word") or high.kind not in ("digits", "word") or low.suffix:
            continue
        join = joiner.fullmatch(text, low.end, high.start)
        if join is None or _year_like(low, data) != _year_like(high, data):
            continue  # "from 96,000 in 2023 to 108,000": a year next to a figure is not a range
        if low.value >= high.value:
            continue  # "a 2-0 win", "a 9-2 lead", "drew 1-1": a score, never a range running downwards
        if _CODE_CHAIN.match(text, high.end) or _CODE_CHAIN_BEFORE.search(text, max(sentence_start, low.start - 2),
                                                                           low.start):
            continue  # "1111-2222-3333": an account or a code, three numbers chained by dashes
        if high.negative and "-" in join.group("join").strip() + text[high.start:high.start + 1] and \
                not join.group("join").strip():
            continue
        low_start = _low_start(text, low, sentence_start, lang)
        word = ctx.word_at_end(text[max(sentence_start, low_start - 12):low_start], "/")  # "between $200"
        opener = word.lower() if word else ""
        bare = join.group("join")
        # A dash never joins an old value to a new one: "cut from 2.25–2.50%" is a range after "from".
        dash = "-" in bare or "–" in bare or "—" in bare
        if opener in data.RANGE_OPENERS_NEEDING_CUE and not dash and not _patterns(lang)["range_cue"].search(
                text, max(sentence_start, low_start - 40), low_start):
            continue  # "raised the threshold from $4,000 to $8,000": an old and a new value
        window = text[max(sentence_start, low_start - 40):low_start]
        if _patterns(lang)["change_from"].search(window) and not dash:
            continue  # "rose from 15 to 20": the old value and the new, not a range
        if join.group("join").strip() == "to" and _patterns(lang)["change_before"].search(window) and \
                (join.group("unit") or not _patterns(lang)["low_unit"].match(text, high.end, high.end + 9)):
            # "rose 0.44% to 13%", "rose 120 to 17,500": a change and the value it led to ("grew 2-3%",
            # "rose 20 to 30 percent", with the unit written once after both, are ranges)
            continue
        if (join.group("unit") and not _patterns(lang)["low_unit"].match(text, high.end, high.end + 9)) or \
                (bool(join.group("prefix")) and not _patterns(lang)["prefix_end"].search(
                    text, max(sentence_start, low.start - 6), low.start)):
            continue  # "9% to 640": both ends of a range carry the same unit
        # "three or four years": an approximate range, written with words only.
        either = bare.strip() == "or" and low.kind == "word" == high.kind
        if dash or either or opener in data.RANGE_OPENERS or bare.strip() == "to":
            starts.add(index)
    return starts


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    symbols = [p for p in money.currencies(lang).prefixes if not p[0].isalpha()]
    prefix = rf"(?:(?:[A-Z]{{1,3}})?(?:{alternation(symbols)})\s?)"
    return {
        # "rose from 15 to 20", "increased slightly from HK$1.1 billion to ...": up to two words between.
        "change_from": cached_compile(rf"(?i:\b{data.CHANGE_FROM_VERBS}(?:\s+[a-z]+){{0,2}}?\s+from\s+)$"),
        "baseline_before": cached_compile(data.BASELINE_BEFORE),
        "range_joiner": cached_compile(rf"(?P<unit>{data.RANGE_LOW_UNIT})(?P<join>{data.RANGE_JOINERS})"
                                      rf"(?P<prefix>{prefix}?)"),
        "low_unit": cached_compile(data.RANGE_LOW_UNIT.removesuffix("?")),
        "prefix_end": cached_compile(rf"{prefix}$"),
        "change_to": cached_compile(data.CHANGE_LEADS_TO),
        "range_cue": cached_compile(data.RANGE_FROM_CUE),
        "change_before": cached_compile(rf"(?i:\b(?:{data.CHANGE_UP}|{data.CHANGE_DOWN})(?:\s+by)?)\s+$"),
        "minor_after_major": cached_compile(data.MINOR_AFTER_MAJOR),
        "minor_named_after": cached_compile(data.MINOR_NAMED_AFTER),
        "change_clause_break": cached_compile(rf"(?r){data.CHANGE_CLAUSE_BREAK}"),
        "restated": cached_compile(data.CHANGE_RESTATED),
        "gapped_change": cached_compile(data.CHANGE_GAPPED),
    }


def _year_like(mention: Mention, data) -> bool:
    return (mention.kind == "digits" and not mention.has_comma and not mention.has_decimal and not mention.scaled
            and mention.number_end - mention.start == 4 and data.YEAR_MIN <= mention.value <= data.YEAR_MAX)


__all__ = ["extract_claims"]
