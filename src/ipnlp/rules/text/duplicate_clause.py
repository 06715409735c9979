"""IPN202 duplicate-clause."""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from functools import partial
from itertools import chain, compress
from operator import itemgetter, not_

from ...models import Finding
from ...regex_cache import compile as cached_compile
from ...view import ReportView
from ..base import Rule, make_finding
from ._common import body_sentences
from ._restatement import (
    Overlap,
    SentenceWords,
    Word,
    phrase_bound,
    shared_phrases,
)

# Weighted content words two clauses must share, in order, to count as one said twice. A word's
# weight falls with the number of sentences using it, so a report's subject ("intellectual
# property") adds little and rare wording ("decisive significance") adds a whole word.
MIN_SHARED_CONTENT = 4.0
# An infinitive fragment after a sentence ("To ensure X.") restates it when it shares this much.
MIN_FRAGMENT_SHARED = 2.5
MIN_FRAGMENT_SHARE = 0.4
MIN_CLAUSE_WORDS = 4
RARE_DF = 3  # words in this few sentences always weigh 1
# Within one sentence, the clause breaks tried and the words compared on each side of a break. A
# restated clause sits next to the clause it restates; a sentence of more clauses than this is a list
# or hostile input, where trying every break against every word is cubic.
MAX_CUTS = 200
MAX_SIDE_WORDS = 120
# Slack for comparing a float sum of weights with its bound summed in another order.
_BOUND_SLACK = 1e-9

_START, _END, _KEY = (itemgetter(i) for i in range(3))  # fields of a Word, read in C
_START_OF = itemgetter(0)  # of a span
# Chinese is compared character by character; a content word is two or three characters, and
# reports repeat multi-character terms ("打击洗钱及恐怖分子资金筹集") as English repeats names.
# On the 72 Chinese HKMA chapters a third of a word per character leaves 3 findings (1.0: 296).
HAN_CHARACTER_WEIGHT = 1 / 3
_HAN = cached_compile(r"\p{Han}")
_CLAUSE_BREAK = cached_compile(r"[,;；]\s|，")  # Chinese commas take no space
# A sentence that is only an infinitive phrase: "To ensure the completion of ... ." It has no
# main clause of its own ("To do X, we will ..." has one, after a comma).
_INFINITIVE_FRAGMENT = cached_compile(
    r"To\s+\p{Ll}+\b(?![^.;]*,\s*[^,.;]{0,80}?\b(?:will|shall|should|must|can|could|would|may|have|has|had|"
    r"is|are|was|were)\b)"
)
# A next sentence that opens by contrasting ("But for children aged three to four ...") repeats
# the previous one's words to say something different.
_CONTRAST_OPENER = cached_compile(r"\s*(?:But|However|In\s+contrast|By\s+contrast|Unlike|Meanwhile|Conversely)\b")
# A sentence run over list items ("...; and\n- where ..."): list items are parallel on purpose.
_LIST_ITEM = cached_compile(r"\n\s*(?:[-•*–]|\(?[a-z0-9]{1,3}[.)])\s")


def _weights(key_sets: Sequence[set[str]]):
    """A key's weight from its document frequency: ``key_sets`` are each sentence's distinct keys."""
    df: Counter[str] = Counter(chain.from_iterable(key_sets))  # counted in C
    total = len(key_sets)
    # Computed once per key, not once per word compared.
    weights = {key: max(0.0, min(1.0, math.log(total / n) / math.log(total / RARE_DF)))
               for key, n in df.items() if n > RARE_DF}
    for key in compress(df, map(not_, map(str.isascii, df))):  # an ASCII key is no Han character
        if _HAN.fullmatch(key):
            weights[key] = weights.get(key, 1.0) * HAN_CHARACTER_WEIGHT

    # A word in RARE_DF sentences or fewer weighs 1; looked up in C, the default stored on first use.
    return defaultdict(lambda: 1.0, weights).__getitem__


def _can_share_enough_keys(a_keys: Sequence[str], a_content: Sequence[bool], b_keys: Sequence[str], weight) -> bool:
    """Whether ``a`` (keys and content flags) and ``b`` (keys) may share MIN_SHARED_CONTENT: the
    weight of ``a``'s content words that ``b`` has (``shared_weight_bound``), then counted no more
    times than ``b`` has them (``matched_weight_bound``); the same sums over the same words in the
    same order as those, read from keys in C."""
    shared = list(filter(set(b_keys).__contains__, compress(a_keys, a_content)))
    if sum(map(weight, shared)) < MIN_SHARED_CONTENT - _BOUND_SLACK:
        return False
    return _matched_bound(Counter(shared), Counter(b_keys), weight) >= MIN_SHARED_CONTENT - _BOUND_SLACK


def _matched_bound(a_counts: Counter[str], b_counts: Counter[str], weight) -> float:
    """``matched_weight_bound`` from the counts of ``a``'s content keys that ``b`` has and of ``b``'s
    keys, summed in the same order."""
    return sum(weight(key) * min(count, b_counts[key]) for key, count in a_counts.items())


def _split_bound(counts: Counter[str], content_counts: Counter[str], multi: set[str], weight) -> float:
    """At least ``shared_phrases(left, right, ...).content`` for any two clauses of one sentence, from
    its key counts (``multi``: the content keys it holds more than once): a key the sentence holds m
    times, c of them content words, is aligned min(c, m // 2) times at most, each word pairing with
    one word of the other clause. Read from the keys before any Word is made."""
    return sum(weight(key) * min(content_counts[key], counts[key] // 2) for key in multi)


def _split_ceiling(content_keys: list[str], distinct: set[str], mixed: set[str], weight) -> float:
    """At least ``_split_bound`` of a sentence, from its content keys (in order), their set and those
    of them the sentence's other words hold too (``mixed``), summed in C: a content key met c times
    among the content words and m times in all adds ``weight * min(c, m // 2)`` there, which is at
    most ``weight * (c - 1)``, plus ``weight`` once when the key is also met among the other words."""
    return sum(map(weight, content_keys)) - sum(map(weight, distinct)) + sum(map(weight, mixed))


def _restated_within(sentences: SentenceWords, n: int, text: str, span: tuple[int, int], weight) -> Overlap | None:
    """Within sentence ``n``: the clause boundary that best separates a clause from its
    restatement, when the two share at least MIN_SHARED_CONTENT."""
    keys, content = sentences.keys[n], sentences.content[n]
    # ``_split_bound`` below, bounded from above in C before any Counter (``_split_ceiling``); every
    # weight is at most 1, so the count of the words it sums (``repeats``) bounds it first.
    if sentences.repeats[n] < MIN_SHARED_CONTENT:
        return None
    content_keys, distinct, mixed = sentences.content_keys[n], sentences.distinct_content[n], sentences.mixed[n]
    # Twice the slack: this sum and ``_split_bound``'s are rounded apart, each within far less.
    if _split_ceiling(content_keys, distinct, mixed, weight) < MIN_SHARED_CONTENT - 2 * _BOUND_SLACK:
        return None
    breaks = list(itertools.islice(_CLAUSE_BREAK.finditer(text, span[0], span[1]), MAX_CUTS))
    if not breaks or _LIST_ITEM.search(text, span[0], span[1]):
        return None  # no break to try (most sentences), or a list run into one sentence
    counts = Counter(keys)
    # Only a content word whose key the sentence holds again can be shared by two of its clauses,
    # and only words of such keys can be what it is shared with: the bounds below read these
    # words alone and sum the same words in the same order as over whole clauses, so they are
    # the same numbers at a fraction of the words.
    multi = {key for key in distinct if counts[key] > 1}
    if _split_bound(counts, Counter(content_keys), multi, weight) < MIN_SHARED_CONTENT - _BOUND_SLACK:
        return None
    repeated_at = list(compress(range(len(keys)), map(multi.__contains__, keys)))  # in C
    repeated_keys = list(map(keys.__getitem__, repeated_at))
    repeated_content = list(map(content.__getitem__, repeated_at))
    starts, ends = sentences.offsets(n)
    tried: dict[tuple[int, int, int], bool] = {}  # breaks that split the repeated words alike
    bounds: list[tuple[float, int, int, int, int]] = []  # (bound, left start and end, right start and end)
    for match in breaks:
        cut = match.start()
        left_end = bisect.bisect_right(ends, cut)
        right_start = bisect.bisect_right(starts, cut)
        left_start = max(0, left_end - MAX_SIDE_WORDS)
        right_end = min(right_start + MAX_SIDE_WORDS, len(keys))
        if left_end - left_start < MIN_CLAUSE_WORDS or right_end - right_start < MIN_CLAUSE_WORDS:
            continue
        left_range = (bisect.bisect_left(repeated_at, left_start), bisect.bisect_left(repeated_at, left_end))
        right_range = (bisect.bisect_left(repeated_at, right_start), bisect.bisect_left(repeated_at, right_end))
        split = (*left_range, *right_range)
        enough = tried.get(split)
        if enough is None:
            enough = tried[split] = _can_share_enough_keys(
                repeated_keys[left_range[0]:left_range[1]], repeated_content[left_range[0]:left_range[1]],
                repeated_keys[right_range[0]:right_range[1]], weight)
        if not enough:
            continue
        # ``phrase_weight_bound`` of the two clauses, from the sentence's runs made once
        bound = phrase_bound(sentences.runs(n), left_start, left_end, sentences.runs(n), right_start, right_end,
                             weight)
        if bound >= MIN_SHARED_CONTENT - _BOUND_SLACK:  # else what they share is scattered words, not phrases
            bounds.append((bound, left_start, left_end, right_start, right_end))
    # The break sharing the most, the first in the sentence of those sharing as much: tried from the
    # highest bound down, a break whose bound is below the best found so far is passed over (it
    # shares less than the best), so most sentences align once or twice however many breaks.
    best: Overlap | None = None
    best_at = -1
    words = sentences.words(n) if bounds else []
    for at in sorted(range(len(bounds)), key=lambda k: -bounds[k][0]):
        bound, left_start, left_end, right_start, right_end = bounds[at]
        if best is not None and bound < best.content - _BOUND_SLACK:
            break  # neither this one nor a later one can share as much
        overlap = shared_phrases(words[left_start:left_end], words[right_start:right_end], text, weight)
        if overlap is not None and overlap.content >= MIN_SHARED_CONTENT and (
                best is None or overlap.content > best.content or (overlap.content == best.content and at < best_at)):
            best, best_at = overlap, at
    return best


def _bag_overlap(a: Sequence[Word], b: Sequence[Word], weight) -> tuple[float, float]:
    """Shared weighted content words, in any order, and their share of ``b``'s content."""
    a_keys = {w.key for w in a if w.content and not w.capitalised}
    b_keys = {w.key for w in b if w.content and not w.capitalised}
    shared = sum(weight(k) for k in a_keys & b_keys)
    total = sum(weight(k) for k in b_keys) or 1.0
    return shared, shared / total


def check(view: ReportView) -> Iterator[Finding]:
    """A clause is restated within its sentence or by the next sentence.

    ## What it does
    Compares each sentence's clauses with each other and with the next sentence of the same
    paragraph. It reports a pair that repeats the same wording in the same order (after
    lower-casing and light stemming, so "realized" matches "realize") when the repeated words
    carry enough content: words used all over the report count for little, names not at all,
    and two clauses that differ in their figures are a breakdown, not a restatement. It also
    reports a sentence that is only an infinitive phrase ("To ensure ...") repeating the previous
    sentence's words.

    Chinese is compared character by character, a character weighing a third of a word
    (reports repeat multi-character terms as English repeats names).

    ## Why it matters
    A restated clause is usually a drafting or translation leftover: two versions of one passage
    were kept. It lengthens the report and often leaves a broken sentence behind.

    ## Example
    ```text
    We will build a world-class governance system and support innovation, It will strive to
    build a world-class governance system.
    ```

    ## Use instead
    ```text
    We will strive to build a world-class governance system and support innovation.
    ```

    ## Known limitations
    Only the next sentence of the same paragraph is compared, so a clause restated two sentences
    later is missed. A next sentence that opens with the shared words as its subject ("These
    revised standards ...") or with a contrast ("But ...") is taken as saying something new, and
    a sentence run over list items is not compared with itself. At most 200 clause breaks per
    sentence and 120 words on each side of a break are compared.
    """
    words_index = view.derived(body_sentences)
    sentences = words_index.spans
    words_of = SentenceWords(view.text, words_index)
    key_sets = words_of.key_sets  # each sentence's distinct keys, for the weights and the next pair
    weight = _weights(key_sets)
    # The paragraph of each sentence (a number that grows with it), in C.
    paragraph = list(map(partial(bisect.bisect_right, [p[0] for p in view.paragraphs]), map(_START_OF, sentences)))
    repeats = words_of.repeats
    for i, span in enumerate(sentences):
        # (``_restated_within`` returns None at once below MIN_SHARED_CONTENT repeats: most sentences)
        within = _restated_within(words_of, i, view.text, span, weight) if repeats[i] >= MIN_SHARED_CONTENT else None
        if within is not None:
            yield _finding(view, within, "within the same sentence")
        if i + 1 >= len(sentences) or paragraph[i + 1] != paragraph[i]:
            continue
        # ``shared_weight_bound`` of the two sentences from their keys: most pairs stop here, before
        # any Word is made. Each shared content word weighs 1 at most, so fewer than
        # MIN_SHARED_CONTENT of them (counted in C) cannot reach it.
        shared_content = list(filter(key_sets[i + 1].__contains__, words_of.content_keys[i]))
        overlap = None
        # ``_can_share_enough_keys`` of the two sentences: ``shared_weight_bound``
        # sums ``shared_content`` and ``matched_weight_bound`` counts it, in the same order.
        can_share = len(shared_content) >= MIN_SHARED_CONTENT and sum(
            map(weight, shared_content)) >= MIN_SHARED_CONTENT - _BOUND_SLACK and _matched_bound(
            Counter(shared_content), Counter(words_of.keys[i + 1]), weight) >= MIN_SHARED_CONTENT - _BOUND_SLACK
        # then ``phrase_weight_bound`` of the two sentences, from their runs
        if can_share and phrase_bound(words_of.runs(i), 0, len(words_index.ids[i]), words_of.runs(i + 1), 0,
                                      len(words_index.ids[i + 1]), weight) >= MIN_SHARED_CONTENT - _BOUND_SLACK:
            overlap = shared_phrases(words_of.words(i), words_of.words(i + 1), view.text, weight)
        if overlap is not None and overlap.content >= MIN_SHARED_CONTENT and not _takes_up_topic(
                words_of.words(i + 1), overlap) and not _CONTRAST_OPENER.match(view.text, sentences[i + 1][0]):
            yield _finding(view, overlap, "by the next sentence")
        elif _INFINITIVE_FRAGMENT.match(view.text, sentences[i + 1][0], sentences[i + 1][1]):
            words, following = words_of.words(i), words_of.words(i + 1)
            shared, share = _bag_overlap(words, following, weight)
            if shared >= MIN_FRAGMENT_SHARED and share >= MIN_FRAGMENT_SHARE:
                a_span = _restated_tail(view.text, span, words, following)
                yield make_finding(
                    RULE, view, "The sentence is only an infinitive phrase and restates the previous "
                    f"sentence ({shared:.1f} weighted content words shared, {share:.0%} of its own).",
                    [a_span, sentences[i + 1]])


def _takes_up_topic(following: Sequence[Word], overlap: Overlap) -> bool:
    """The next sentence opens with the shared words as its subject ("This includes A, B and C. A and
    B are held under X, while C ..."; "These revised standards set out ..."): it says something new
    about what the previous one introduced."""
    opening = [w for w in following if w.start < overlap.b_span[0]]
    return all(not w.content for w in opening) and len(opening) <= 2


def _restated_tail(text: str, span: tuple[int, int], words: Sequence[Word],
                   following: Sequence[Word]) -> tuple[int, int]:
    """The last clause of a sentence that holds most of the words a following fragment repeats."""
    keys = {w.key for w in following if w.content}
    shared = [w for w in words if w.content and w.key in keys]
    for match in reversed(list(_CLAUSE_BREAK.finditer(text, span[0], span[1]))):
        in_tail = [w for w in shared if w.start > match.start()]
        if len({w.key for w in in_tail}) >= 0.6 * len({w.key for w in shared}):
            return in_tail[0].start, span[1]
    return span


def _finding(view: ReportView, overlap: Overlap, where: str) -> Finding:
    first = view.text[overlap.a_span[0]:overlap.a_span[1]]
    second = view.text[overlap.b_span[0]:overlap.b_span[1]]
    short = first if len(first) <= 80 else first[:77] + "..."
    message = (f"Content is restated {where}: {short!r} is said again as "
               f"{(second if len(second) <= 80 else second[:77] + '...')!r} "
               f"({overlap.content:.1f} weighted content words in {overlap.phrases} shared phrase(s)).")
    return make_finding(RULE, view, message, [overlap.a_span, overlap.b_span])


RULE = Rule(code="IPN202", name="duplicate-clause", severity="warning", check=check)
