"""Metric identity across documents and the range of true values a stated figure allows.

Two reports name one metric in their own words ("the number of patent transfer licenses filed for
the year" / "patent transfer licenses filed in 2024"). ``metric_key`` reduces a claim's subject to a
set of content words — lowercased, plurals singularised, stop words, period phrases and a scope
phrase ("of the banking sector") dropped, a hyphenated compound kept as one word, a clause the
subject ran on into cut off — and pairs it with the unit (a growth rate that is the claim itself
gets its own unit, "change in percent"); claims match across documents only when both are equal.

``interval`` turns a claim into the range its wording allows: "4.756 million" is stated to the
thousand, "more than 22,000" is anything above 22,000, "approximately 470,000" is rounded at its
last non-zero digit. Two figures contradict each other only when their ranges do not meet.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from ...models import Change, Claim

#: Function words (and number/amount heads) that do not change which metric a subject names.
STOP_WORDS = frozenset({
    "a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "by", "to", "with", "from", "into",
    "within", "across", "its", "their", "our", "this", "that", "these", "those", "as", "was", "were",
    "is", "are", "be", "been", "being", "has", "have", "had", "which", "who", "whose", "it", "they",
    "we", "all", "such", "number", "amount", "up", "down",
})

# Period phrases name *when*, not *what*: "filed for the year", "in 2024", "throughout the year".
_PERIOD_PHRASES = re.compile(
    r"\b(?:for|throughout|during|in|of|over|within)\s+the\s+(?:whole\s+|entire\s+|past\s+|previous\s+)?year\b"
    r"|\b(?:(?:as\s+)?of|in|for|during|by|at\s+the\s+end\s+of|end\s+of|since)?\s*(?:19|20)\d{2}\b"
    r"|\b(?:last|this|next|previous|past|current|preceding)\s+year\b"
    r"|\byear[- ]on[- ]year\b|\b(?:annual|annually|yearly)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z][a-z']*")
_IRREGULAR_PLURALS = {"people": "person", "children": "child", "women": "woman", "men": "man",
                      "data": "data", "criteria": "criterion", "media": "media"}
# Words ending in s that are not plurals ("analysis", "status", "gross", "news").
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ous|ics|news|series|species)$")


def singular(word: str) -> str:
    """A light English singulariser: enough to match "licenses"/"license", "industries"/"industry"."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) <= 3 or not word.endswith("s") or _NOT_PLURAL.search(word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "zes", "sses")):
        return word[:-2]
    return word[:-1]


# Where a subject runs on into its own sentence's next clause ("Mainland-related lending fell by
# 4.4% in 2022, after"): the metric is named before the first verb that takes a figure.
_CLAUSE_WITH_FIGURE = re.compile(
    r"\s+[a-z]+\s+(?:by|to|at|from)\s+[-+]?\d.*$"
    r"|\s+(?:was|were|is|are|stood|reached|totalled|totaled|amounted)\s+[-+]?\d.*$")
# "of the banking sector", "in the insurance industry": the population a regulator's report speaks of
# throughout, often written once and left out the next time ("the classified loan ratio"). See the
# rules' known limitations: two sectors' ratios with otherwise equal names are one metric.
_SCOPE_PHRASE = re.compile(
    r"\b(?:of|in|for|across)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:sector|industry|system)(?:\s+as\s+a\s+whole)?\b")
# A hyphenated compound is one word ("cost-to-income", "Mainland-related"), also when a PDF's line
# break lost one of its hyphens ("cost-toincome").
_HYPHEN = re.compile(r"(?<=[a-z])[-‐‑](?=[a-z])")


def readable_subject(subject: str) -> str:
    """The subject as a message shows it: without a following clause it ran on into."""
    cut = _CLAUSE_WITH_FIGURE.search(subject.lower())
    return subject[:cut.start()].rstrip(" ,;") if cut else subject


def subject_words(subject: str) -> frozenset[str]:
    """The content words of a subject, as a set: word order and function words do not matter."""
    text = subject.lower().replace("’", "'")
    text = _CLAUSE_WITH_FIGURE.sub("", text)
    text = _SCOPE_PHRASE.sub(" ", _PERIOD_PHRASES.sub(" ", text))
    text = _HYPHEN.sub("", text)
    words = set()
    for token in _WORD.findall(text.replace("-", " ")):
        token = token.removesuffix("'s").strip("'")
        if token and token not in STOP_WORDS:
            words.add(singular(token))
    return frozenset(words)


MetricKey = tuple[frozenset[str], str]

#: A subject must keep this many content words to identify a metric across documents: "patents"
#: or "departments" alone could be any count of patents or departments.
MIN_SUBJECT_WORDS = 2

# A bare small whole number with no counted noun is as often a label ("Chart 1", "Tier 1",
# "COVID-19", "Standard & Poor's 500") as a figure, unless its subject is specific: "outstanding
# mortgage loans reached 913" names a metric, "Standard & Poor's" a brand. A count with a scale or a
# decimal ("18.26 million") is a quantity whose noun the extraction did not name.
_BARE_LABEL_NUMBER = re.compile(r"\d{1,3}")
# A whole number before a capitalised noun is a name or a label read as a count ("Pillar 32 Disclosure
# Requirements", a footnote digit glued to "Pillar 3"; "2 Sustainable Finance Principles"): a
# counted thing is written in lower case.
_LABEL = re.compile(r"\d+\s+[A-Z][a-z]")


def metric_key(claim: Claim) -> MetricKey | None:
    """(content words of the subject, unit), or None when the subject is too vague to match on."""
    if (claim.unit == "count" and _BARE_LABEL_NUMBER.fullmatch(claim.text.strip())
            and len(subject_words(claim.subject)) <= MIN_SUBJECT_WORDS) or _LABEL.match(claim.text):
        return None
    words = subject_words(claim.subject)
    if len(words) < MIN_SUBJECT_WORDS or "forecast" in words:
        return None  # a forecast revised by a later report is no restated value ("deficit forecast for FY2023")
    change = claim.yoy
    if change is not None and change.start <= claim.start and claim.end <= change.end:
        # the claim is the change itself ("lending increased by 3.6%"): a growth rate, never the
        # level of the metric its subject names
        return words, f"change in {change.unit}"
    return words, claim.unit


def describe(key: MetricKey) -> str:
    """A stable, readable form of a metric key, used in fingerprints."""
    words, unit = key
    return " ".join(sorted(words)) + f" [{unit}]"



# --- the range a figure allows -----------------------------------------------------------------

_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def _decimals_and_literal(text: str) -> tuple[Decimal, int] | None:
    match = _NUMERAL.search(text)
    if match is None:
        return None
    literal = match.group().replace(",", "")
    try:
        number = Decimal(literal)
    except InvalidOperation:
        return None
    decimals = len(literal.split(".", 1)[1]) if "." in literal else 0
    return number, decimals


def step(text: str, value: float, *, trailing_zeros_significant: bool) -> float:
    """The rounding step of a stated figure, in the units of ``value``.

    "4.756 million" -> 1,000 (the literal 4.756 is scaled by a million); "95.2%" -> 0.1; an exact
    "613,000" -> 1 (every written digit counts); an approximate "470,000" -> 10,000.
    """
    parsed = _decimals_and_literal(text)
    if parsed is None or parsed[0] == 0:
        return 1.0  # spelled-out numbers ("seven departments") are whole counts
    literal, decimals = parsed
    scale = abs(value) / float(literal) if literal else 1.0
    unit_step = 10.0 ** -decimals
    if not trailing_zeros_significant and decimals == 0:
        digits = str(int(literal))
        unit_step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return unit_step * scale


def interval(claim: Claim) -> tuple[float, float]:
    """The range of true values the claim's wording allows."""
    value = float(claim.value)
    qualifier = claim.qualifier
    approximate = qualifier in ("approximately", "nearly")
    half = step(claim.text, value, trailing_zeros_significant=not approximate) / 2
    half += abs(value) * 1e-9  # float noise in scaled values
    if qualifier == "exact":
        return value - half, value + half
    if qualifier == "approximately":
        return value - half, value + half
    if qualifier == "nearly":  # just under the figure
        return value - 2 * half, value + half * 0.01
    if qualifier in ("more_than", "over", "at_least"):
        return value - half, math.inf
    return -math.inf, value + half  # less_than, at_most


def change_interval(change: Change) -> tuple[float, float]:
    half = step(change.text, change.value, trailing_zeros_significant=True) / 2 + 1e-12
    return change.value - half, change.value + half


def implied_previous(claim: Claim) -> tuple[float, float] | None:
    """The range of last period's value implied by a claim and its year-on-year change.

    "613,000, up 29.9%" -> 613,000 / 1.299 (with both figures' rounding). A percentage-point change
    applies to a rate ("13.04%, up 0.44 percentage points" -> 12.60%). A change in percent of a
    value that is itself a percentage is ambiguous (relative, or a misused percentage point), so it
    implies nothing.
    """
    change = claim.yoy
    if change is None or (change.start <= claim.start and claim.end <= change.end):
        return None  # no change, or the claim is the change itself ("increased by about 60 basis points")
    low, high = interval(claim)
    p_low, p_high = change_interval(change)
    if change.unit == "percentage_point":
        if claim.unit != "percent":
            return None
        if change.direction == "up":
            return low - p_high, high - p_low
        return low + p_low, high + p_high
    if claim.unit in ("percent", "percentage_point"):
        return None
    if change.direction == "up":
        return low / (1 + p_high / 100), high / (1 + p_low / 100)
    if p_high >= 100:
        return None
    return low / (1 - p_low / 100), high / (1 - p_high / 100)


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def agree(a: Claim, b: Claim) -> bool:
    """Whether two statements of one figure can both be right.

    Exact figures agree when the more precise one, rounded to the other's precision, gives the
    other ("1.38%" and "1.4%"; a tie such as 0.885 may round either way). Two exact figures of the
    same precision agree only when they are equal: "0.88%" and "0.89%" touch at 0.885, but one true
    value rounded the same way cannot give both. Qualified figures ("more than 22,000",
    "approximately 470,000") agree when their ranges meet.
    """
    if a.qualifier != "exact" or b.qualifier != "exact":
        return overlap(interval(a), interval(b))
    value_a, value_b = float(a.value), float(b.value)
    step_a = step(a.text, value_a, trailing_zeros_significant=True)
    step_b = step(b.text, value_b, trailing_zeros_significant=True)
    if step_a < step_b:
        value_a, value_b, step_a, step_b = value_b, value_a, step_b, step_a
    # b is now the more precise figure (or as precise): round it to a's step, both ways on a tie
    units = value_b / step_a
    tolerance = 1e-6
    candidates = {math.floor(units + 0.5 + tolerance), math.ceil(units - 0.5 - tolerance)}
    return any(abs(c * step_a - value_a) <= step_a * tolerance + abs(value_a) * 1e-9 for c in candidates)
