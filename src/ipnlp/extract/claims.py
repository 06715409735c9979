"""Numeric claims: which numbers in a report state a measured quantity, and what they measure.

For every sentence: find number mentions, drop the ones that are not quantities (years, dates,
plan names, editions, references, list sizes, footnote markers, enumeration ordinals, fixed
formulas), read each remaining number's unit, qualifier, counted noun, period and subject, and
attach stated changes ("up 29.9% year-on-year") to the figure they modify.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

from ..lang import load
from ..models import Change, Claim, SentenceRef, SourceLocation
from ..segment.sections import SectionIndex, Segmentation
from . import context as ctx
from .numbers import Mention, find_mentions
from .period import heading_periods, looks_ahead, reporting_year, resolve_period, sentence_time
from .subject import clause_before, clause_subject, governed_phrase

_DIGIT_CODE_BEFORE = regex.compile(r"\d[-/]$")  # "29490-2023": the second half of a code
_HYPHEN_COMPOUND = regex.compile(r"-[A-Za-z]")  # "10-year vision", "one-to-many": a modifier
_DIGIT_CODE_AFTER = regex.compile(r"[-/]\d")  # "29490-2023", "12/5"
DURATIONS = {"year", "month", "week", "day", "hour"}
#: Figures extracted from one document at most. Real reports state hundreds; a generated or dumped
#: text can state one per two characters, and every claim costs time and memory downstream. The
#: rules engine tells (IPN001) when a document reached the cap.
MAX_CLAIMS = 20_000
_WORD_BEFORE = regex.compile(r"([A-Za-z][A-Za-z/]*)\.?\s*$")


@dataclass
class _Draft:
    start: int
    end: int
    number_start: int
    value: Decimal
    unit: str
    qualifier: str = "exact"
    subject: str = ""
    yoy: Change | None = None
    counted_by_sentence: bool = False


def extract_claims(
    text: str,
    segmentation: Segmentation,
    *,
    locate: Callable[[int], SourceLocation] | None = None,
    lang: str = "en",
) -> list[Claim]:
    sections = segmentation.sections
    section_index = SectionIndex(sections)
    # A title or date line names the document; a heading's figures ("## Loans rose 5% to $2bn")
    # are claims like any other, read after its marker so "1)." is never a number.
    title_lines = {s.start for s in sections if s.kind in ("title", "date")}
    marker_ends = dict(segmentation.marker_spans)
    claims: list[Claim] = []
    report_year = reporting_year(text, document_year=segmentation.document_year, lang=lang)
    finer_heading_periods = heading_periods(sections, lang)
    prospective = looks_ahead(text, lang)
    for sentence in segmentation.sentences:
        if len(claims) >= MAX_CLAIMS:
            break
        if sentence[0] in title_lines:
            continue
        drafts = _sentence_claims(text, (marker_ends.get(sentence[0], sentence[0]), sentence[1]), lang,
                                  limit=MAX_CLAIMS - len(claims))
        if not drafts:
            continue
        section = section_index.at(sentence[0])
        heading_year = segmentation.heading_years.get(section.id) if section else None
        time = sentence_time(text, sentence[0], sentence[1], lang)
        for draft in drafts[:MAX_CLAIMS - len(claims)]:
            period = resolve_period(text, sentence[0], time, draft.number_start, draft.end, heading_year, lang,
                                    reporting_year=report_year, prospective=prospective,
                                    heading_period=finer_heading_periods.get(section.id) if section else None)
            claims.append(Claim(
                id=f"c{len(claims) + 1:03d}",
                start=draft.start,
                end=draft.end,
                text=text[draft.start:draft.end],
                value=ctx.decimal_to_number(draft.value),
                unit=draft.unit,
                qualifier=draft.qualifier,  # type: ignore[arg-type]
                yoy=draft.yoy,
                period=period,
                subject=draft.subject,
                section=section.id if section else None,
                sentence=SentenceRef(start=sentence[0], end=sentence[1]),
                source_location=locate(draft.start) if locate else None,
            ))
    return claims


def _sentence_claims(text: str, sentence: tuple[int, int], lang: str, *, limit: int = MAX_CLAIMS) -> list[_Draft]:
    s0, s1 = sentence
    # A mention yields at most one claim, so ``limit`` mentions are enough for ``limit`` claims
    # (the one after them is kept: it may close a range or carry the last figure's change).
    mentions = find_mentions(text, s0, s1, lang, limit=limit + 1)
    range_starts = _range_pairs(text, mentions, s0, lang)
    drafts: list[_Draft] = []
    changes: list[tuple[int, Change]] = []  # (position in drafts order, change)
    for index, mention in enumerate(mentions):
        if index in range_starts:
            continue  # read together with the end of its range, below
        in_range = index - 1 in range_starts
        result = _read_mention(text, sentence, mention, drafts, lang, in_range=in_range)
        if result is None:
            continue
        if isinstance(result, Change):
            changes.append((len(drafts), result))
            continue
        if in_range:
            # "between 15 and 20 months": both ends share the unit, and bound the quantity.
            low = mentions[index - 1]
            low_value = low.value
            if mention.scaled and not low.scaled:
                low_value *= mention.value / _unscaled(text, mention)  # "15 to 20 million"
            drafts.append(_Draft(low.start, low.end, low.start, low_value, result.unit, "at_least",
                                 result.subject))
            result.qualifier = "at_most"
        drafts.append(result)
    # A change belongs to the nearest figure before it in the sentence that has none yet.
    for position, change in changes:
        # "rose to 31.5% from 29.0%, up 2.5 points": the change belongs to the new value, not the
        # baseline introduced by "from". Look back over a few figures only: changes sit near theirs.
        candidates = [i for i in range(position - 1, max(-1, position - 6), -1) if drafts[i].yoy is None]
        baseline = _patterns(lang)["baseline_before"]
        current = [i for i in candidates if not baseline.search(text, max(s0, drafts[i].start - 6),
                                                                        drafts[i].start)]
        owner = (current or candidates or [None])[0]
        if owner is not None:
            drafts[owner].yoy = change
        else:
            start = change.start
            drafts.append(_Draft(start, change.end, start, Decimal(str(change.value)), change.unit,
                                 subject=clause_subject(text, s0, start, lang) or "", yoy=change))
    drafts.sort(key=lambda d: d.start)
    return drafts


def _range_pairs(text: str, mentions: list[Mention], sentence_start: int, lang: str) -> set[int]:
    """Indexes of mentions that open a range with the next mention ("15-20", "between 15 and 20")."""
    data = load(lang)
    joiner = regex.compile(data.RANGE_JOINERS)
    starts = set()
    for index in range(len(mentions) - 1):
        low, high = mentions[index], mentions[index + 1]
        if low.kind not in ("digits", "word") or high.kind != low.kind:
            continue
        join = joiner.fullmatch(text, low.end, high.start)
        if join is None or _year_like(text, low, data) != _year_like(text, high, data):
            continue  # "from 96,000 in 2023 to 108,000": a year next to a figure is not a range
        word = _WORD_BEFORE.search(text[max(sentence_start, low.start - 12):low.start])
        opener = word.group(1).lower() if word else ""
        if _patterns(lang)["change_from"].search(text[max(sentence_start, low.start - 20):low.start]):
            continue  # "rose from 15 to 20": two values, the old and the new
        dash = "-" in join.group() or "–" in join.group()
        if dash or opener in data.RANGE_OPENERS or join.group().strip() == "to":
            starts.add(index)
    return starts


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    return {
        "change_from": regex.compile(rf"(?i:\b{data.CHANGE_FROM_VERBS}\s+from\s+)$"),
        "partitive_after": regex.compile(data.PARTITIVE_AFTER),
        "share_of": regex.compile(data.SHARE_OF),
        "baseline_before": regex.compile(data.BASELINE_BEFORE),
    }


def _year_like(text: str, mention: Mention, data) -> bool:
    return (mention.kind == "digits" and not mention.has_comma and not mention.has_decimal and not mention.scaled
            and mention.number_end - mention.start == 4 and data.YEAR_MIN <= mention.value <= data.YEAR_MAX)


def _unscaled(text: str, mention: Mention) -> Decimal:
    raw = text[mention.start:mention.number_end].replace(",", "")
    try:
        return Decimal(raw)
    except ArithmeticError:
        return mention.value


def _read_mention(text: str, sentence: tuple[int, int], m: Mention, drafts: list[_Draft],
                  lang: str, *, in_range: bool = False) -> _Draft | Change | None:
    data = load(lang)
    s0, s1 = sentence
    if m.kind == "date":
        return None
    if m.kind in ("ordinal", "word_ordinal"):
        return _read_rank(text, sentence, m, drafts, lang)
    prefix_text = text[max(s0, m.start - 16):m.start]
    word_before = _WORD_BEFORE.search(prefix_text)
    before = word_before.group(1).lower() if word_before else ""
    following = text[m.number_end:m.number_end + 2]
    if m.kind == "digits" and not in_range:
        if before in data.REFERENCE_WORDS or _DIGIT_CODE_AFTER.match(following) or \
                _DIGIT_CODE_BEFORE.search(prefix_text):
            return None  # "Article 20", "No. 5", "GB/T 29490-2023", phone numbers, "2012-2024"
        if before in data.LIST_SCOPE_WORDS:
            return None  # "top 100": the size of a ranking list
    if not m.scaled and _HYPHEN_COMPOUND.match(following):
        return None  # "10-year vision", "one-to-many"
    if m.kind == "word":
        word = text[m.start:m.number_end]
        if before in data.GROUP_DETERMINERS or before in data.PARTITIVE_BEFORE or \
                ctx.inside_quotes(text, s0, m.start):
            return None  # "the three countries", "“four consciousnesses”"
        if word[0].isupper() and m.start != s0:
            return None  # "Thousands of Enterprises and Hundred Cities": part of a name
        if word.lower() in data.AMBIGUOUS_NUMBER_WORDS and not m.scaled:
            return None  # "one of the fastest", "one policy for one province"
        if _patterns(lang)["partitive_after"].match(text, m.end, m.end + 4):
            return None  # "two of them"

    unit_match = ctx.UnitMatch("percent", "percent", m.end) if m.kind == "fraction" else \
        ctx.unit_after(text, m.end, s1, lang)
    prefix = ctx.currency_prefix_before(text, m.start, s0, lang)
    start = prefix[1] if prefix else m.start
    qualifier = ctx.qualifier_before(text, start, s0, lang)

    if m.kind == "digits" and not m.has_comma and not m.has_decimal and not m.scaled and prefix is None \
            and (unit_match is None or unit_match.kind not in ("percent", "currency")) \
            and data.YEAR_MIN <= m.value <= data.YEAR_MAX and m.number_end - m.start == 4:
        return None  # a year

    if unit_match and unit_match.kind in ("percent", "percentage_point"):
        change = ctx.change_around(text, m.start, unit_match.end, s0, lang)
        if change is not None:
            return Change(value=float(m.value), unit=unit_match.unit, direction=change.direction,  # type: ignore[arg-type]
                          start=change.start, end=change.end, text=text[change.start:change.end])

    end = m.end
    unit: str | None = None
    subject = ""
    number_start = m.start
    if prefix is not None:
        unit = prefix[0]
        if unit_match and unit_match.kind == "currency":
            end = unit_match.end  # "RMB 16.87 trillion yuan"
    elif unit_match is not None:
        unit, end = unit_match.unit, unit_match.end
    phrase = None
    if unit is None:
        phrase = ctx.noun_phrase_after(text, m.end, s1, lang)
        if phrase is not None and phrase.start - m.end <= 1:
            unit, end = phrase.unit, phrase.end
            if unit in data.RANK_PLACE_NOUNS and ctx.rank_change_cue_before(text, m.start, s0, lang):
                unit = "rank_positions"  # "a cumulative improvement of 24 places"
        else:
            phrase = None
    counted_by_sentence = False
    if unit is None:
        if m.kind == "word":
            return None  # a number word with nothing counted is a formula or an idiom
        counted = ctx.counted_noun_in_sentence(text, s0, m.start, lang)
        unit = counted[0].unit if counted else "count"
        counted_by_sentence = True
    qualifier_start = qualifier[1] if qualifier else start
    # The linking verb may be the qualifier itself ("has exceeded 900,000 people").
    subject = clause_subject(text, s0, start, lang) or ""
    if not subject and phrase is not None:
        subject = governed_phrase(text, s0, qualifier_start, m.end, s1, lang)
    if not subject:
        subject = clause_before(text, s0, qualifier_start, lang)
    if unit == "percent":
        share = _patterns(lang)["share_of"].match(text, end, min(s1, end + ctx.WINDOW))
        if share:
            subject = data.SHARE_SUBJECT.format(subject=subject, whole=share.group(1)).strip()
    follows_previous = unit in DURATIONS and text[max(s0, start - len(data.DURATION_OF_PREVIOUS)):start] == \
        data.DURATION_OF_PREVIOUS
    if drafts and (unit == "rank_positions" or follows_previous):
        # "a cumulative improvement of 24 places", "(ranking first) for two consecutive years":
        # these qualify the figure just stated, so they inherit its subject.
        lead = clause_before(text, s0, qualifier_start, lang) if unit == "rank_positions" else \
            text[m.number_end:end].strip()
        subject = f"{lead} {drafts[-1].subject}".strip()
    return _Draft(start, end, number_start, m.value, unit,
                  qualifier=qualifier[0] if qualifier else "exact", subject=subject,
                  counted_by_sentence=counted_by_sentence)


def _read_rank(text: str, sentence: tuple[int, int], m: Mention, drafts: list[_Draft],
               lang: str) -> _Draft | None:
    """An ordinal is a claim only when it ranks something: "11th place", "ranking second"."""
    s0, s1 = sentence
    end = m.end
    noun_end = ctx.rank_noun_after(text, m.end, s1, lang)
    if noun_end is not None:
        end = noun_end
    elif not (ctx.rank_before(text, m.start, lang) or ctx.ranked_entity_after(text, m.start, m.end, s1, lang)):
        return None
    subject = clause_subject(text, s0, m.start, lang)
    if not subject and drafts:
        subject = drafts[-1].subject  # "..., ranking second in the world": the figure just stated
    word = load(lang).RANK_WORD
    subject = f"{subject} {word}" if subject and word not in subject.lower() else (subject or word)
    return _Draft(m.start, end, m.start, m.value, "rank", subject=subject)


__all__ = ["extract_claims"]
