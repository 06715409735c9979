"""IPN407 ambiguous-quantity-wording: an addition worded as a level ("new X increased to 33")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ...models import Finding
from ...view import ReportView
from ..base import Rule, make_finding
from . import _words as words


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (re.compile(words.FLOW_COUNT, re.IGNORECASE), re.compile(words.LEVEL_VERB_BEFORE, re.IGNORECASE),
            re.compile(words.TOTAL_WORD, re.IGNORECASE))


def check(view: ReportView) -> Iterator[Finding]:
    """A count of new things is said to have "increased to" a figure.

    ## What it does
    Reports a figure introduced by "the number of new (or newly added, additional) X has
    increased to N": the words make N both an addition (new X) and a level (increased to). When
    the same sentence then gives a total ("bringing the total to M"), that figure is shown too,
    since which reading is meant decides whether the two agree.

    ## Why it matters
    Read as additions, 33 new sub-centres and a total of 80 mean 47 existed before; read as a
    level, there were 33 and now 80 — two different histories. Readers and tools comparing years
    cannot tell which was meant.

    ## Example
    ```text
    The number of new service stations has increased to 12, bringing the total to 40.
    ```

    ## Use instead
    ```text
    12 new service stations were opened, bringing the total to 40.
    ```

    ## Known limitations
    Only the wording "the number of new X ... increased to N" is recognised; other ambiguous
    phrasings ("added ... to reach N") are not.
    """
    flow, level_verb, total = _patterns()
    text = view.text
    claims = sorted(view.claims, key=lambda c: c.start)
    for index, claim in enumerate(claims):
        s0, s1 = claim.sentence.start, claim.sentence.end
        window_start = max(s0, claim.start - 200)
        if not level_verb.search(text, max(s0, claim.start - 40), claim.start):
            continue
        if not flow.search(text, window_start, claim.start):
            continue
        spans = [(claim.start, claim.end)]
        for later in claims[index + 1:index + 4]:
            if later.start < s1 and total.search(text, claim.end, later.start):
                spans.append((later.start, later.end))
                break
        yield make_finding(
            RULE, view,
            f"{claim.text!r} counts new {claim.unit} but is worded as a level (\"increased to\"): say "
            f"whether {claim.text} were added or now exist in all"
            + (f", so that the total {text[spans[1][0]:spans[1][1]]!r} can be checked." if len(spans) > 1
               else "."),
            spans,
        )


RULE = Rule(code="IPN407", name="ambiguous-quantity-wording", severity="info", check=check)
