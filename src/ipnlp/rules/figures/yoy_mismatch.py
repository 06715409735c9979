"""IPN105 yoy-mismatch: a stated change that the two stated values do not produce."""

from __future__ import annotations

from collections.abc import Iterator

from ...models import Change, Claim, Finding
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import (
    decimals_of,
    format_value,
    is_previous_value,
    rounding_tolerance,
    subject_terms,
    units_compatible,
)


def check(view: ReportView) -> Iterator[Finding]:
    """The stated year-on-year change disagrees with the two values it connects.

    ## What it does
    Finds a figure that carries a change ("up 12.5%", "down 0.8 percentage points") and, in the
    same sentence and unit, the earlier value it is compared with ("from 96,000", "96,000 a
    year earlier", or a figure whose period is the previous year). It recomputes the change
    (relative for amounts and counts, in points for percentages stated in percentage points)
    and reports it when the stated change differs by more than the rounding of the three
    figures as written allows, or points the other way.

    A figure that is itself the change ("loans grew by 6.7%, compared with 4.4% in 2018") connects
    no levels, and a value whose subject shares no word with the changed figure's ("profit rose
    62.1% ... return on assets from 0.57%") is another metric: neither is recomputed.

    In Chinese the earlier value is written "上年为", "比上年的" or "由……的", and a change in
    basis points ("下降约50基点") is recomputed from two percentages.

    ## Why it matters
    Both values and the change are printed side by side; readers and journalists recompute the
    change, and a mismatch makes every figure in the sentence suspect.

    ## Example
    ```text
    Design registrations rose from 96,000 to 108,000, up 15.0% year-on-year.
    ```

    ## Known limitations
    Only values in the change's sentence are used. The earlier value is recognised by its wording
    ("from", "a year earlier") or by a period one year before; a sentence that states several
    changes and several earlier values may still pair a change with another metric's value when
    the extractor gives one of them no subject.

    ## Use instead
    ```text
    Design registrations rose from 96,000 to 108,000, up 12.5% year-on-year.
    ```
    """
    # The values a change connects sit in its sentence: index them once, not per change.
    values_by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for claim in view.claims:
        if claim.yoy is None and claim.qualifier == "exact":
            values_by_sentence.setdefault((claim.sentence.start, claim.sentence.end), []).append(claim)
    for holder in view.claims:
        change = holder.yoy
        if change is None or _is_the_change_itself(holder, change):
            continue
        values = values_by_sentence.get((holder.sentence.start, holder.sentence.end), [])
        pair = _values_around(view, holder, values)
        if pair is None:
            continue
        previous, current = pair
        implied, tolerance, unit_word = _implied_change(current, previous, change)
        if implied is None:
            continue
        stated = change.value if change.direction == "up" else -change.value
        if abs(implied - stated) > tolerance:
            yield make_finding(
                RULE, view,
                f"From {format_value(previous)} to {format_value(current)} is a change of "
                f"{implied:+.2f}{unit_word}, but the text states {change.text.strip()!r}.",
                [(previous.start, previous.end), (current.start, current.end), (change.start, change.end)],
            )


def _is_the_change_itself(holder: Claim, change: Change) -> bool:
    """"Loans grew by 6.7%, compared with 4.4% in 2018": the figure is a growth rate, not a level,
    and the figure it is compared with is last year's growth rate; no level connects them."""
    return holder.start < change.end and change.start < holder.end


def _different_metrics(a: Claim, b: Claim) -> bool:
    """Both subjects are named and share no word: "profit rose 62.1%" and "return on assets from
    0.57%" are two metrics of one sentence."""
    terms_a, terms_b = subject_terms(a), subject_terms(b)
    return bool(terms_a and terms_b and not terms_a & terms_b)


def _values_around(view: ReportView, holder: Claim, values: list[Claim]) -> tuple[Claim, Claim] | None:
    """(earlier, current) values of the change ``holder`` carries, both in its sentence.

    The change usually sits on the current value ("reached 108,000, up 12.5% from 96,000"), but
    may sit on the earlier one when it comes last ("rose to 31.5% from 29.0%, up 2.5 points").
    """
    others = [c for c in values if float(c.value) != 0 and units_compatible(c, holder, loose=True)
              and not _different_metrics(c, holder)]
    if is_previous_value(view, holder):
        current = [c for c in others if not is_previous_value(view, c)]
        return (holder, min(current, key=lambda c: abs(c.start - holder.start))) if current else None
    earlier_period = _year_before(holder.period)
    for claim in others:
        if is_previous_value(view, claim) or (earlier_period and claim.period == earlier_period):
            return claim, holder
    return None


def _year_before(period: str | None) -> str | None:
    if period and period.isdigit():
        return str(int(period) - 1)
    return None


def _implied_change(current: Claim, previous: Claim, change: Change) -> tuple[float | None, float, str]:
    """(implied change, allowed difference, unit word) in the unit the text states the change in."""
    change_rounding = 0.5 * 10 ** -decimals_of(change.text)
    now, before = float(current.value), float(previous.value)
    tol_now, tol_before = rounding_tolerance(current), rounding_tolerance(previous)
    points = now - before
    points_tolerance = change_rounding + tol_now + tol_before + 1e-9
    stated = change.value if change.direction == "up" else -change.value
    if change.unit == "percentage_point":
        if current.unit != "percent":
            return None, 0.0, ""
        return points, points_tolerance, " percentage points"
    if change.unit == "basis_point":  # "由1.9%下跌约100基点至0.9%": a hundredth of a point
        if current.unit != "percent":
            return None, 0.0, ""
        return points * 100, change_rounding + (tol_now + tol_before) * 100 + 1e-9, " basis points"
    if current.unit == "percent" and abs(points - stated) <= points_tolerance:
        return None, 0.0, ""  # a rate's change in points written with "%": IPN401 reports that
    if before == 0:
        return None, 0.0, ""  # no relative change from zero ("rose from 0 patents, up 5%")
    relative = points / before * 100
    # Worst case of both values being rounded, in percent of the earlier value.
    propagated = (tol_now + tol_before * abs(now / before)) / abs(before) * 100
    return relative, change_rounding + propagated + 1e-9, "%"


RULE = Rule(code="IPN105", name="yoy-mismatch", severity="error", check=check)
