"""IPN103 sum-mismatch: a stated total disagrees with the components listed with it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...models import Claim, Finding
from ...segment.table_claims import table_totals
from ...view import ReportView
from .._languages import any_language
from ..base import Rule, make_finding
from . import _words as words
from ._common import (
    ClaimOrder,
    claim_order,
    claim_sentence,
    clause_start,
    format_value,
    is_exhaustive_cue,
    is_previous_value,
    part_cue,
    rounding_tolerance,
    units_compatible,
    value_interval,
)

_TOTAL = re.compile(any_language(words.TOTAL_CUES, "TOTAL_CUES"), re.IGNORECASE)
_ACCUMULATION = re.compile(any_language(words.ACCUMULATION_CUES, "ACCUMULATION_CUES"), re.IGNORECASE)
# Where the words introducing a figure stop: an English clause mark, or a Chinese one ("，" too:
# "全年共受理……，其中" keeps its "共" to the first figure).
_CLAUSE_MARK = re.compile(r"[.;:。；：，]")
_NOT_ADDITIVE = frozenset({"rank", "rank_positions", "percent", "percentage_point"})
# How far before a figure its "a total of" may sit and still introduce it.
_TOTAL_REACH = 60
_APPOSITIVE_TOTAL = re.compile(r",\s*(?:a\s+total\s+of|totall?ing|altogether|in\s+all)\s*$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"\s*(?:in\s+total|altogether|in\s+all)\b")
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def check(view: ReportView) -> Iterator[Finding]:
    """A stated total does not equal the sum of the components listed with it.

    ## What it does
    Finds a total ("a total of 80", "80 in total", "altogether 80") followed in the same sentence
    by at least two components in the same unit introduced by a breakdown cue ("of which",
    "consisting of", "including"). When the cue promises a complete breakdown ("of which",
    "consisting of", "namely") the components must add up to the total, allowing for rounding;
    with a cue that may list only some parts ("including", "among them") they must not exceed it.
    Figures listed before an appositive total ("1,200 in May and 1,500 in June, a total of
    2,700") are all of its parts.
    Running totals ("bringing the total to 80") are left to IPN102.
    In a table, a row headed "Total" (or "Subtotal") must equal the rows above it, column by
    column, back to the previous total row; percentage columns are not added up.

    In Chinese a total follows "共", "共计", "合计"; "分别为" promises a complete breakdown,
    "其中" and "包括" may list only some parts, and a comma before "又" or "另" ends the list.

    ## Why it matters
    Readers add the parts up. A breakdown that does not reach its total means a figure was
    mistyped or a component was dropped from the list.

    ## Example
    ```text
    A total of 120 pilot cities were selected, of which 45 in the east and 70 in the west.
    ```

    ## Use instead
    ```text
    A total of 120 pilot cities were selected, of which 45 in the east and 75 in the west.
    ```

    ## Known limitations
    Only a total and its components in one sentence (or one table) are compared: a breakdown
    spread over several sentences, or components in another unit than the total, are not checked.
    After a cue that may list only some parts ("including", "among them") only components larger
    than the total are reported. A table total needs a row headed "Total" or "Subtotal".
    """
    yield from _table_total_mismatches(view)
    order = claim_order(view)
    for total in order.claims:
        if total.unit in _NOT_ADDITIVE or not _introduced_as_total(view, total):
            continue
        components, cue = _components_after(view, order, total)
        exhaustive = cue is not None and is_exhaustive_cue(cue)
        if len(components) < 2:
            # "1,200 in the first half and 1,500 in the second, a total of 2,700": the figures
            # before an appositive total are all of its parts.
            components, exhaustive = _components_before(view, order, total), True
        if len(components) < 2:
            continue
        if any(c.qualifier != "exact" for c in components) or total.qualifier != "exact":
            continue  # "more than ..." parts or totals bound nothing exactly
        component_sum = sum(float(c.value) for c in components)
        tolerance = rounding_tolerance(total) + sum(rounding_tolerance(c) for c in components)
        too_big = component_sum > value_interval(total)[1] + tolerance
        mismatch = abs(component_sum - float(total.value)) > tolerance
        if too_big or (exhaustive and mismatch):
            listed = " + ".join(format_value(c) for c in components)
            yield make_finding(
                RULE, view,
                f"The total {format_value(total)} does not match its components: {listed} = "
                f"{component_sum:,.10g}.",
                [(total.start, total.end), *((c.start, c.end) for c in components)],
            )


def _table_total_mismatches(view: ReportView) -> Iterator[Finding]:
    """A table's total row against the rows above it, column by column."""
    for found in table_totals(view.text, view.tables, view.claims):
        total, parts = found.total, found.parts
        if total.unit in _NOT_ADDITIVE or any(c.qualifier != "exact" for c in (total, *parts)):
            continue
        component_sum = sum(float(c.value) for c in parts)
        tolerance = rounding_tolerance(total) + sum(rounding_tolerance(c) for c in parts)
        if abs(component_sum - float(total.value)) > tolerance:
            listed = " + ".join(format_value(c) for c in parts)
            # Say the sum in the table's own scale: "19,200 + 14,500 = 33,700" in a "S$ million" table.
            written = _WRITTEN_NUMBER.search(total.text)
            scale = float(total.value) / float(written.group().replace(",", "")) if written and float(
                written.group().replace(",", "")) else 1.0
            yield make_finding(
                RULE, view,
                f"The table's total {format_value(total)} does not match the rows above it: {listed} = "
                f"{component_sum / scale:,.10g}.",
                [(total.start, total.end), *((c.start, c.end) for c in parts)],
            )


def _introduced_as_total(view: ReportView, claim: Claim) -> bool:
    before = view.text[max(0, claim.start - _TOTAL_REACH):claim.start]
    before = _CLAUSE_MARK.split(before)[-1]
    after = view.text[claim.end:claim.end + 20]
    if before.isascii():  # "ſ", "ı" or the Kelvin sign would match a letter ignoring case
        # Every English match of _ACCUMULATION ends with "total", and every one of _TOTAL holds one
        # of _TOTAL_WORDS: most figures have none before them, and both patterns, which ignore
        # case, are otherwise tried at each place of the text before the figure.
        lowered = before.lower()
        if "total" not in lowered:
            return (any(word in lowered for word in _TOTAL_WORDS) and _TOTAL.search(before) is not None) \
                or _TOTAL_AFTER.match(after) is not None
    if _ACCUMULATION.search(before):
        return False
    return bool(_TOTAL.search(before) or _TOTAL_AFTER.match(after))


_TOTAL_WORDS = ("altogether", "all", "combined", "sum")  # and "total"


def _components_before(view: ReportView, order: ClaimOrder, total: Claim) -> list[Claim]:
    """Same-unit figures of the total's clause listed before an appositive ", a total of N"."""
    if not _APPOSITIVE_TOTAL.search(view.text, max(0, total.start - _TOTAL_REACH), total.start):
        return []
    start = clause_start(view, total)
    return [c for c in reversed(order.before(total, start)) if c.end <= total.start
            and c.sentence == total.sentence and units_compatible(c, total, loose=True)
            and not is_previous_value(view, c) and part_cue(view, c) is None]


def _components_after(view: ReportView, order: ClaimOrder, total: Claim) -> tuple[list[Claim], re.Match[str] | None]:
    """Same-unit figures after the total in its sentence that a breakdown cue marks as parts
    (at most ``MAX_NEIGHBOURS`` figures are looked at: real breakdowns list a handful)."""
    components: list[Claim] = []
    first_cue = None
    for claim in order.after(total, claim_sentence(view, total)[1]):
        if claim.start <= total.start or not units_compatible(claim, total, loose=True):
            continue
        if claim.sentence != total.sentence or is_previous_value(view, claim):
            continue
        cue = part_cue(view, claim)
        if cue is None or cue.start() < total.end:
            break  # a same-unit figure that is not a part ends the breakdown
        first_cue = first_cue or cue
        components.append(claim)
    return components, first_cue


RULE = Rule(code="IPN103", name="sum-mismatch", severity="error", check=check)
