"""Split a report into title, date, parts, numbered subsections and unnumbered paragraphs.

Headings are recognised by their marker ("I.", "Part One:", "# ", "1).", "4)", "(1)", "1.", "1.1",
"## 1."); ``headings.py`` says which marked lines are shaped like headings. Markdown headings nest
by their number of "#". Other levels come from marker families in order of first appearance, the
way an outline is read: the first family seen is level 1, a new family inside it is level 2, and a
family seen before closes everything nested below it. Tables (``tables.py``) and contents are
paragraphs without sentences. See docs/segmentation.md.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..models import Section
from ..regex_cache import compile as cached_compile
from .headings import (
    PARAGRAPH_NUMBERING,
    int_to_roman,
    is_toc_line,
    match_heading,
    named_heading,
    normalise_title,
    number_of,
    reads_as_heading,
    run_in_end,
    setext_heading,
    toc_title,
)
from .language import segmentation_data
from .lines import PARAGRAPH_BREAKS, SPACES, iter_lines
from .sentences import split_sentences
from .tables import Table, find_tables

_ISO_DATE = cached_compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_WORDY_DATE = cached_compile(
    r"^\s*(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]+)|(?P<m2>[A-Za-z]+)\s+(?P<d2>\d{1,2}),?)\s+(?P<y>\d{4})\s*$"
)
_IDEOGRAPHIC_SPACE = "\u3000"
_YEAR = cached_compile(r"(?<!\d)(19\d{2}|20\d{2}|2100)(?!\d)")
# Numbered paragraphs: at least this many, this share of them long sentences with no body after.
_MIN_NUMBERED_PARAGRAPHS = 3
_PARAGRAPH_WORDS = 10
_NUMBERED_PARAGRAPH_SHARE = 0.6


#: The most headed sections one document gets (a real report has at most a few hundred).
MAX_SECTIONS = 10_000


@dataclass
class Paragraph:
    start: int
    end: int
    heading: regex.Match[str] | None = None
    family: str | None = None
    #: a run of table-of-contents lines: kept as a paragraph, but it holds no sentences
    toc: bool = False
    #: markers of numbered paragraphs and list items inside this body paragraph ("14.", "(2)")
    markers: list[tuple[int, int]] = field(default_factory=list)
    #: a table (``tables.py``): one paragraph; its cells are read by ``table_claims``, not as prose
    table: bool = False
    #: the explicit depth of a Markdown heading (its number of "#") or of a heading the contents
    #: name; 0 for headings whose level comes from their marker family
    depth: int = 0


@dataclass
class Segmentation:
    sections: list[Section]
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    #: section id -> year stated in its heading (or its part's heading), for claim periods
    heading_years: dict[str, str] = field(default_factory=dict)
    #: spans of heading markers ("1).", "II.", "## 2.1 ") and of the labels of numbered paragraphs
    #: and list items, sorted: they must never be read as numbers
    marker_spans: list[tuple[int, int]] = field(default_factory=list)
    document_year: str | None = None
    #: Markdown and tab-separated tables, in text order
    tables: list[Table] = field(default_factory=list)


def _paragraphs(text: str, lang: str = "en") -> tuple[list[Paragraph], list[Table]]:
    """Blank-line separated blocks; a heading line at the top of a block is its own paragraph.

    Lines end at any Unicode line break (``lines.py``), so CR-only, NEL and U+2028 files split
    exactly like LF files; a PARAGRAPH SEPARATOR ends its block like a blank line. A run of
    table-of-contents lines is a block of its own, so its entries are not read as headings.
    """
    lines = [(start, end, brk, text[start:end].strip()) for start, end, brk in iter_lines(text)]
    ends_paragraph = _paragraph_ends(text, lines, lang)
    markers = [match_heading(line, lang) if line else None for _, _, _, line in lines]
    tables = find_tables(text, lines)
    toc_lines, toc_titles, named_depth = _contents(lines, markers)
    named_used: set[str] = set()
    table_at = {table.first_line: table for table in tables}
    skip_to = -1
    paragraphs: list[Paragraph] = []
    block_start: int | None = None
    block_is_toc = False
    block_markers: list[tuple[int, int]] = []

    def close(end: int) -> None:
        nonlocal block_start, block_markers
        if block_start is not None:
            paragraphs.append(Paragraph(block_start, end, toc=block_is_toc, markers=block_markers))
        block_start, block_markers = None, []

    for index, (line_start, line_end, _, line) in enumerate(lines):
        if index <= skip_to:
            continue
        if index in table_at:
            close(line_start)
            table = table_at[index]
            paragraphs.append(Paragraph(table.start, table.end, table=True))
            skip_to = table.last_line
            continue
        if not line:
            close(line_start)
            continue
        toc = toc_lines[index]
        heading = None if toc else _heading_at(lines, markers, index, lang, ends_paragraph)
        depth = 0
        if heading is None and not toc and markers[index] is None:
            named = named_heading(line, toc_titles)
            setext = setext_heading(line, lines[index + 1][3]) if block_start is None and index + 1 < len(lines) \
                else None
            if setext is not None:
                heading, depth = ("setext", setext[0]), setext[1]
                skip_to = index + 1  # the underline belongs to the heading
            elif named is not None and normalise_title(line) not in named_used:
                named_used.add(normalise_title(line))  # the contents name each heading once
                heading, depth = ("toc", named), named_depth
        if heading is not None or (not toc and _is_date_line(line, lang)):
            close(line_start)
            lead = len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip())
            run_in = run_in_end(heading[1], lang) if heading is not None and not depth else None
            if run_in is not None:  # "（一）坚持稳中求进。全年……": the heading is the first sentence
                heading = (heading[0], heading[1].re.match(line[:run_in]))
            heading_end = line_end if run_in is None else line_start + lead + run_in
            paragraph = Paragraph(line_start + lead, heading_end, *(heading[::-1] if heading else ()))
            if heading is not None and heading[0] == "markdown":
                # "# 2.1" under "# 2": converters flatten every heading to one "#", but the dotted
                # number still says how deep it is, so each dot adds a level.
                paragraph.depth = len(heading[1].group("marker")) + (heading[1].group("num") or "").count(".")
            else:
                paragraph.depth = depth
            paragraphs.append(paragraph)
            if run_in is not None:  # the rest of the line opens the heading's body paragraph
                block_start, block_is_toc = heading_end, False
        else:
            if block_start is not None and toc != block_is_toc:
                close(line_start)  # contents lines and prose lines are different blocks
            if block_start is None:
                block_start, block_is_toc = line_start, toc
            if markers[index] is not None and not toc:
                # "14." before a numbered paragraph, "2." before a list item: a label, not a figure.
                marker_start = line_start + text[line_start:line_end].index(line[0])
                block_markers.append((marker_start, marker_start + len(markers[index][1].group("marker"))))
        if ends_paragraph[index]:
            close(line_end)
    close(len(text))
    _demote_numbered_paragraphs(paragraphs)
    for p in paragraphs:  # trim whitespace so spans start and end on text
        while p.start < p.end and text[p.start].isspace():
            p.start += 1
        while p.end > p.start and text[p.end - 1].isspace():
            p.end -= 1
    return [p for p in paragraphs if p.end > p.start], tables


def _demote_numbered_paragraphs(paragraphs: list[Paragraph]) -> None:
    """A report whose "1." lines are numbered paragraphs, not headings, in place.

    One numbered sentence alone reads like a heading ("3. Revenue rose to a record this year.").
    When most of a family's lines are long sentences with no body paragraph after them before the
    next one, the numbers count paragraphs: they become body text, their labels kept as markers.
    """
    by_family: dict[str, list[int]] = {}
    for index, p in enumerate(paragraphs):
        if p.heading is not None and p.family in PARAGRAPH_NUMBERING:
            by_family.setdefault(p.family, []).append(index)
    for indexes in by_family.values():
        if len(indexes) < _MIN_NUMBERED_PARAGRAPHS:
            continue
        bare = 0
        for index in indexes:
            title = paragraphs[index].heading.group("title")  # type: ignore[union-attr]
            followed_by_body = index + 1 < len(paragraphs) and paragraphs[index + 1].heading is None \
                and not paragraphs[index + 1].table and not paragraphs[index + 1].toc
            bare += not followed_by_body and len(title.split()) >= _PARAGRAPH_WORDS and title.rstrip()[-1:] in ".!?"
        if bare < len(indexes) * _NUMBERED_PARAGRAPH_SHARE:
            continue
        for index in indexes:
            p = paragraphs[index]
            marker = p.heading.group("marker")  # type: ignore[union-attr]
            paragraphs[index] = Paragraph(p.start, p.end, markers=[(p.start, p.start + len(marker))])


def _contents(lines: list[tuple[int, int, str, str]], markers: list) -> tuple[list[bool], set[str], int]:
    """Which lines are contents entries, the titles of the unmarked ones, and the depth of the
    headings they name: one level below the contents' Markdown entries ("# A. Introduction" above
    "Anchoring Quality Investments"), or the top level when it has none."""
    toc_lines = [bool(line) and is_toc_line(line) for _, _, _, line in lines]
    titles = {title for (_, _, _, line), toc in zip(lines, toc_lines, strict=True) if toc
              for title in [toc_title(line)] if title}
    depths = [len(markers[i][1].group("marker")) for i, toc in enumerate(toc_lines)
              if toc and markers[i] is not None and markers[i][0] == "markdown"]
    return toc_lines, titles, min(depths) + 1 if depths else 1


def _paragraph_ends(text: str, lines: list[tuple[int, int, str, str]], lang: str) -> list[bool]:
    """Which lines end their paragraph without a blank line: a PARAGRAPH SEPARATOR after them, or
    (Chinese, often written one paragraph per line) a last character that ends paragraphs ("。"),
    or a next line indented with an ideographic space ("　　" opens a Chinese paragraph)."""
    end_chars = segmentation_data(lang).paragraph_end_chars
    ends = [brk in PARAGRAPH_BREAKS for _, _, brk, _ in lines]
    if not end_chars:
        return ends
    for index, (_, _, _, line) in enumerate(lines):
        indented_next = index + 1 < len(lines) and text.startswith(_IDEOGRAPHIC_SPACE, lines[index + 1][0])
        ends[index] = ends[index] or (bool(line) and line[-1] in end_chars) or indented_next
    return ends


def _heading_at(lines: list[tuple[int, int, str, str]], markers: list, index: int,
                lang: str, ends_paragraph: list[bool]) -> tuple[str, regex.Match[str]] | None:
    """The heading on line ``index``, if its marker is there and the line is shaped like a heading."""
    found = markers[index]
    if found is None:
        return None
    family, match = found

    def neighbour(offset: int) -> int | None:
        """Index of the adjacent line in the same block (no blank line or paragraph break between)."""
        other = index + offset
        if not 0 <= other < len(lines) or not lines[other][3]:
            return None
        earlier = min(index, other)
        return None if ends_paragraph[earlier] else other

    before, after = neighbour(-1), neighbour(1)
    numbered_neighbour = any(i is not None and markers[i] is not None and markers[i][0] == family
                             for i in (before, after))
    next_line = lines[after][3] if after is not None and markers[after] is None else None
    if not reads_as_heading(family, match, next_line, numbered_neighbour=numbered_neighbour, lang=lang):
        return None
    return found


def _family_key(paragraph: Paragraph) -> str:
    """Markdown depth and dotted depth are families of their own: "##" nests under "#"."""
    match = paragraph.heading
    assert match is not None
    if paragraph.depth:
        return f"markdown{paragraph.depth}"  # a heading the contents name nests like Markdown
    if paragraph.family == "dotted":
        return f"dotted{match.group('num').count('.')}"
    return paragraph.family or ""


def _first_sentence(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    first = spans[0] if spans else (start, end)
    return text[first[0]:first[1]]


def _first_line(text: str, paragraph: Paragraph) -> str:
    first = next(iter_lines(text, paragraph.start, paragraph.end))
    return text[first[0]:first[1]].strip()


def segment(text: str, lang: str = "en") -> Segmentation:
    paragraphs, tables = _paragraphs(text, lang)
    # A paragraph's sentences, split once: its first names an unheaded section, all are the sentences.
    split: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def sentences_in(start: int, end: int) -> list[tuple[int, int]]:
        spans = split.get((start, end))
        if spans is None:
            spans = split[(start, end)] = split_sentences(text, start, end, lang)
        return spans

    sections: list[Section] = []
    marker_spans: list[tuple[int, int]] = []
    heading_years: dict[str, str] = {}
    index = 0

    # Title and date line: the first block, if it is not a heading; a date alone on the next line.
    # A title is a short first block that is not a sentence (no closing punctuation) and has a body.
    first_block = text[paragraphs[0].start:paragraphs[0].end] if paragraphs else ""
    if len(paragraphs) > 1 and paragraphs[0].heading is None and not paragraphs[0].toc and not paragraphs[0].table \
            and len(first_block) <= 400 \
            and not first_block.endswith((".", "!", "?", ";", ":", "。", "！", "？", "；", "：")) \
            and not _is_date_line(first_block, lang):
        p = paragraphs[0]
        sections.append(Section(id="title", kind="title", title=text[p.start:p.end], level=0,
                                start=p.start, end=p.end))
        index = 1
    document_year: str | None = None
    if index < len(paragraphs) and paragraphs[index].heading is None:
        p = paragraphs[index]
        line = text[p.start:p.end]
        if _is_date_line(line, lang):
            sections.append(Section(id="date", kind="date", title=line.strip(), level=0, start=p.start, end=p.end))
            year = _YEAR.search(line)  # none in "二〇二五年一月十日": the title may still give it
            document_year = year.group(1) if year else None
            index += 1
    if document_year is None and sections and sections[0].kind == "title":
        year = _YEAR.search(sections[0].title)
        document_year = year.group(1) if year else None

    body = paragraphs[index:]
    # A document of tens of thousands of headings is a list or an attack, not a report: past the cap
    # its further "headings" are read as the paragraphs they are, so sections stay bounded in memory.
    headed = 0
    for p in body:
        if p.heading is not None:
            headed += 1
            if headed > MAX_SECTIONS:
                p.heading = None
    # Does every subsection hold exactly one paragraph? Then a further paragraph after one is not
    # part of it but an unheaded paragraph of the enclosing part (or the document's closing words).
    counts: list[int] = []
    current = -1
    for p in body:
        if p.heading is not None:
            if current >= 0:
                counts.append(current)
            # Markdown sections are explicit; the one-paragraph style is plain text's.
            current = -1 if p.depth else 0
        elif current >= 0:
            current += 1
    if current >= 0:
        counts.append(current)
    single_paragraph_style = bool(counts) and sorted(counts)[len(counts) // 2] <= 1

    numbered_families = {_family_key(p) for p in body if p.heading is not None and p.heading.group("num")}
    last_heading_start = max((p.start for p in body if p.heading is not None), default=-1)
    families: list[str] = []  # open heading families, outermost first
    # Families with a fixed depth in the language's outline ("一、" above "（一）" above "1."): a new
    # one closes the open families that belong under it, whichever appeared first.
    fixed_depths = segmentation_data(lang).family_depths
    stack: list[dict] = []  # open headed sections, outermost first
    built: dict[str, dict] = {}
    order: list[str] = []
    unnumbered_count: dict[str | None, int] = {}
    sequence: dict[tuple[str | None, str], int] = {}
    copies: dict[str, int] = {}

    def new_id(parent: str | None, number: int | None, family: str) -> str:
        if number is None and family in numbered_families:
            # "## Message" before "## 1. Highlights": an unnumbered heading among numbered ones
            # must not take the number its numbered sibling states, so it is counted apart.
            key = (parent, "h")
            sequence[key] = sequence.get(key, 0) + 1
            base = f"h{sequence[key]}" if parent is None else f"{parent}.h{sequence[key]}"
            return base if base not in built else f"{base}~{len(built)}"
        # Markdown depths share one count per parent: "## B" after "### A" closes A, so B is not
        # A's first sibling of a new family but the next heading of its parent.
        key = (parent, "markdown" if family.startswith("markdown") else family)
        sequence[key] = sequence.get(key, 0) + 1
        n = number if number is not None else sequence[key]
        if parent is None:
            # Top-level ids follow the report's own numbering style: "I", "II" for roman parts.
            # Roman numerals only where they are readable: "Part 68719476737" keeps its digits.
            roman_style = family in ("roman", "part-word") or family.startswith("markdown")
            base = int_to_roman(n) if roman_style and 0 < n < 4000 else str(n)
        else:
            base = f"{parent}.{n}"
        if base not in built:
            return base
        # A repeated number ("1." twice): suffix the next free copy number, remembered per base
        # so many repeats stay linear.
        copies[base] = copies.get(base, 1) + 1
        while f"{base}~{copies[base]}" in built:
            copies[base] += 1
        return f"{base}~{copies[base]}"

    def add(entry: dict) -> None:
        built[entry["id"]] = entry
        order.append(entry["id"])

    for p in body:
        if p.heading is not None:
            family = _family_key(p)
            match = p.heading
            hashes = p.depth
            if hashes:
                # Markdown says its own depth: "###" nests under the nearest open heading with
                # fewer "#", and closes everything else, whatever order the depths first appear in.
                while stack and not 0 < stack[-1]["hashes"] < hashes:
                    stack.pop()
                families[:] = [e["family"] for e in stack] + [family]
                depth = len(stack)
            elif family in families:
                depth = families.index(family)
                del families[depth + 1:]
            else:
                if family in fixed_depths:
                    while families and fixed_depths.get(families[-1], -1) >= fixed_depths[family]:
                        families.pop()
                families.append(family)
                depth = len(families) - 1
            while stack and stack[-1]["level"] > depth:  # close everything at this depth or below
                stack.pop()
            parent = stack[-1]["id"] if stack else None
            number = number_of(match.group("num"), p.family or "", lang)
            section_id = new_id(parent, number, family)
            marker = match.group("marker")
            kind = "part" if depth == 0 else "subsection"
            entry = {"id": section_id, "kind": kind, "marker": marker, "number": number,
                     "title": match.group("title").strip(), "level": depth + 1, "parent": parent,
                     "start": p.start, "end": p.end, "bodies": 0, "has_subsections": False,
                     "family": family, "hashes": hashes}
            add(entry)
            if parent is not None:
                built[parent]["has_subsections"] = True
            stack.append(entry)
            _extend_ancestors(entry, built, p.end)  # a heading with no body still lies inside its part
            marker_spans.append((p.start, p.start + match.start("title")))  # "# 2.1 " up to the title
            year = _YEAR.search(entry["title"])
            parent_year = heading_years.get(parent) if parent else None
            if year:
                heading_years[section_id] = year.group(1)
            elif parent_year:
                heading_years[section_id] = parent_year
            continue
        # Body paragraph: it belongs to the innermost open subsection, unless that subsection already
        # has its paragraph and the document's one-paragraph style says this one is loose.
        owner = stack[-1] if stack else None
        # A Markdown heading's section runs to the next heading: its paragraphs are never loose.
        if owner is not None and owner["level"] > 1 and \
                (owner["bodies"] == 0 or not single_paragraph_style or owner["hashes"]):
            owner["bodies"] += 1
            owner["end"] = p.end
            _extend_ancestors(owner, built, p.end)
            continue
        part = stack[0] if stack else None
        del stack[1:]  # a loose paragraph closes the subsections before it
        level = 2
        if part is None:
            unnumbered_count[None] = unnumbered_count.get(None, 0) + 1
            parent_id, section_id, level = None, f"p{unnumbered_count[None]}", 1
        elif not part["has_subsections"]:
            parent_id, section_id = part["id"], f"{part['id']}.intro"
            if section_id in built:  # a second paragraph before the first subsection: same intro
                built[section_id]["end"] = p.end
                _extend_ancestors(built[section_id], built, p.end)
                continue
        elif p.start > last_heading_start and single_paragraph_style:
            # The document's closing words, after the last subsection of the last part.
            parent_id, section_id, level = None, "closing", 1
            if section_id in built:
                built[section_id]["end"] = p.end
                continue
        else:
            unnumbered_count[part["id"]] = unnumbered_count.get(part["id"], 0) + 1
            parent_id, section_id = part["id"], f"{part['id']}.u{unnumbered_count[part['id']]}"
        title = _first_line(text, p) if p.table or p.toc else \
            _first_sentence(text, p.start, p.end, sentences_in(p.start, p.end))
        entry = {"id": section_id, "kind": "unnumbered_paragraph", "marker": None, "number": None,
                 "title": title,
                 "level": level, "parent": parent_id,
                 "start": p.start, "end": p.end, "bodies": 1}
        add(entry)
        _extend_ancestors(entry, built, p.end)

    for section_id in order:
        e = built[section_id]
        sections.append(Section(id=e["id"], kind=e["kind"], marker=e["marker"], number=e["number"],
                                title=e["title"], level=e["level"], parent=e["parent"],
                                start=e["start"], end=e["end"]))

    for section_id in order:  # unheaded sections inherit their part's year
        parent = built[section_id]["parent"]
        if section_id not in heading_years and parent in heading_years:
            heading_years[section_id] = heading_years[parent]

    sentences: list[tuple[int, int]] = []
    for p in paragraphs:
        if p.toc or p.table:
            continue  # contents entries and table rows are not prose: cells are read by table_claims
        if p.heading is not None or (sections and sections[0].kind == "title" and p.start == sections[0].start):
            sentences.append((p.start, p.end))  # a heading line is one sentence
        else:
            piece_start = p.start
            for marker_start, marker_end in p.markers:  # sentences run between the labels
                sentences.extend(split_sentences(text, piece_start, marker_start, lang))
                piece_start = marker_end
            sentences.extend(sentences_in(piece_start, p.end))
    marker_spans.extend(span for p in paragraphs for span in p.markers)
    marker_spans.sort()
    return Segmentation(
        sections=sections,
        paragraphs=[(p.start, p.end) for p in paragraphs],
        sentences=sentences,
        heading_years=heading_years,
        marker_spans=marker_spans,
        tables=tables,
        document_year=document_year,
    )


def _is_date_line(line: str, lang: str = "en") -> bool:
    own = segmentation_data(lang).date_line
    # Both shared forms end on the year's digits: a line ending on another ASCII character is neither.
    last = line.rstrip(SPACES)[-1:]
    shared = (not last.isascii() or last.isdigit()) and (bool(_ISO_DATE.match(line)) or _is_wordy_date(line, lang))
    return shared or bool(own and own.match(line.strip()))


def _is_wordy_date(line: str, lang: str = "en") -> bool:
    match = _WORDY_DATE.match(line)
    if not match:
        return False
    month = (match.group("m1") or match.group("m2") or "").lower()
    return month in segmentation_data(lang).months


def _extend_ancestors(entry: dict, built: dict, end: int) -> None:
    parent = entry["parent"]
    while parent is not None:
        ancestor = built[parent]
        ancestor["end"] = max(ancestor["end"], end)
        parent = ancestor["parent"]


class SectionIndex:
    """Deepest section containing an offset, in O(log n + depth) rather than a scan of all sections.

    Sections nest, so among those that start at or before an offset and still contain it, the one
    that starts last is the deepest (ties go to the higher level).
    """

    def __init__(self, sections: list[Section] | tuple[Section, ...]) -> None:
        self._sections = sorted(sections, key=lambda s: (s.start, s.level))
        self._starts = [s.start for s in self._sections]

    def at(self, offset: int) -> Section | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        while index >= 0:
            section = self._sections[index]
            if offset < section.end:
                return section
            index -= 1
        return None
