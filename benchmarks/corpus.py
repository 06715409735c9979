"""A synthetic corpus for the batch benchmarks: the shipped report with perturbed figures.

``generate_corpus(directory, count)`` writes ``count`` report-sized documents (about 5,800 words
each), generated at run time and never committed; with ``words=N`` each document is the report's
title and a run of about N words of its paragraphs, starting at a different paragraph in each
document (a shorter report of the same genre). Each copy scales every figure by a random factor
(0.85-1.15) keeping its written precision and grouping, so documents differ in content (claims,
findings, hashes) while staying realistic. Years, ordinals ("14th"), heading markers ("1).") and
codes ("GB/T 29490-2023") are left alone: they are not figures.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

REPORT = Path(__file__).resolve().parents[1] / "corpus" / "cnipa-2025-work-report.en.txt"

# A figure: grouped ("613,000") or plain digits, optional decimals, not part of a word, code or
# range ("14th", "29490-2023", "GB/T"), not a heading marker ("1)."), not a year.
_FIGURE = re.compile(r"(?<![\w./-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w)/-]|\.\d)")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def perturb(text: str, rng: random.Random) -> str:
    def replace(match: re.Match[str]) -> str:
        whole, decimals = match.group(1), match.group(2) or ""
        if not decimals and _YEAR.fullmatch(whole):
            return match.group()
        if not decimals and len(whole) <= 2 and match.start() > 0 and text[match.start() - 1] == "\n":
            return match.group()  # "1. Heading" style markers at the start of a line
        value = float(whole.replace(",", "") + decimals) * rng.uniform(0.85, 1.15)
        places = len(decimals) - 1 if decimals else 0
        formatted = f"{value:,.{places}f}" if "," in whole else f"{value:.{places}f}"
        return formatted

    return _FIGURE.sub(replace, text)


def excerpt(text: str, start: int, words: int) -> str:
    """The title line and about ``words`` words of paragraphs from the ``start``-th one on (wrapping)."""
    title, *paragraphs = [p for p in text.split("\n") if p.strip()]
    chosen, total = [title], len(title.split())
    for offset in range(len(paragraphs)):
        if total >= words:
            break
        paragraph = paragraphs[(start + offset) % len(paragraphs)]
        chosen.append(paragraph)
        total += len(paragraph.split())
    return "\n".join(chosen) + "\n"


def generate_corpus(directory: Path, count: int = 1000, *, seed: int = 2025,
                    words: int | None = None) -> tuple[list[Path], int]:
    """Write ``count`` perturbed copies of the shipped report (or of ``words``-word excerpts of it);
    returns (paths, total words)."""
    base = REPORT.read_text(encoding="utf-8")
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths, words_written = [], 0
    paragraph_count = len([p for p in base.split("\n") if p.strip()])
    for index in range(count):
        source = base if words is None else excerpt(base, index * 7 % paragraph_count, words)
        text = perturb(source, rng)
        path = directory / f"report-{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        words_written += len(text.split())
    return paths, words_written
