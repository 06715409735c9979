"""Which claim periods two reports can be compared on, and the period a year before.

Claims carry period strings (``ipnlp.extract.period``, docs/periods.md). Only a *single* period
identifies a figure across reports: a year ("2023"), a fiscal year ("FY2023", "FY2023/24",
"2023/24"), a half, quarter or month ("2023-H1", "2023-Q4", "2023-06") or a day ("2023-12-31",
what "at the end of 2023" becomes). A span ("2009-2024", "2009-.." for "since inception in 2009",
"2023-01/2023-11") is a cumulative or average figure whose value changes with its end: two
reports giving different values for it do not restate anything, so spans are never compared.

A stock at a day ("2023-12-31") and a flow over the year ("2023") stay different periods even
when a report words a year-end ratio as "in 2023": comparing them would trade missed
restatements for false alarms.
"""

from __future__ import annotations

import re

_SINGLE = re.compile(
    r"(?P<fy>FY)?(?P<year>(?:19|20)\d{2})"
    r"(?:/(?P<next>\d{2}))?"
    r"(?P<rest>-(?:H[12]|Q[1-4]|\d{2}(?:-\d{2})?))?"
)


def comparable_period(period: str | None) -> str | None:
    """``period`` itself when it names one period that reports can restate, else None."""
    if not period:
        return None
    period = period.strip()
    return period if _SINGLE.fullmatch(period) else None


def previous_period(period: str) -> str | None:
    """The same period a year before: "2023" -> "2022", "2023-12-31" -> "2022-12-31",
    "FY2023/24" -> "FY2022/23"; None for anything that is not a single period. (29 February
    becomes 28 February.)"""
    match = _SINGLE.fullmatch(period)
    if match is None:
        return None
    year = int(match["year"]) - 1
    text = f"{match['fy'] or ''}{year}"
    if match["next"]:
        text += f"/{(int(match['next']) - 1) % 100:02d}"
    rest = match["rest"] or ""
    if rest == "-02-29":
        rest = "-02-28"
    return text + rest


def year_of(period: str) -> int:
    """The (first) calendar year of a comparable period, for messages and ordering."""
    match = _SINGLE.fullmatch(period)
    if match is None:
        raise ValueError(f"not a single period: {period!r}")
    return int(match["year"])
