"""Claims read from table cells: the row header names the subject, the column header the period.

A cell "1,300" in the row "Loans to SMEs" under the column "FY2024" of a table captioned
"Lending (HK$ bn)" is the claim 1,300,000,000,000 HKD, subject "Loans to SMEs", period "FY2024".
A transposed table (periods down the first column, measures across) is read the other way round.
A row whose header says "Total" gets a subject starting with "total", and ``total_rows`` names
it, so the sum rule can add the rows above it.

Numbers, scales, currency prefixes and unit words are recognised by ``ipnlp.extract`` (the same
code that reads prose); this module only decides which header a cell's unit, subject and period
come from.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

from ..extract import context as ctx
from ..extract import zh_context, zh_period
from ..extract.claims import MAX_CLAIMS
from ..extract.numbers import Mention, find_mentions
from ..extract.recognizers import money
from ..extract.tables import alternation, load_tables
from ..lang import load
from ..models import Claim, SentenceRef, SourceLocation
from ..regex_cache import compile as cached_compile
from .sections import SectionIndex, Segmentation
from .tables import Cell, Table

# "Total", "Grand total", "Sub-total", "All sectors": a row that adds up the rows above it. A
# bare total word names nothing else; "Total loans" does only in a table's last rows ("Total
# assets" heading a list of indicators is a measure of its own).
_TOTAL_ROW = cached_compile(r"(?i)^(?:grand\s+|sub-?\s*)?totals?\b|^(?:all|overall)\b")
_BARE_TOTAL = cached_compile(r"(?i)^(?:grand\s+|sub-?\s*)?totals?\W*$|^(?:all|overall)\W*$")
_NEGATIVE_SIGNS = ("-", "−", "–")  # ASCII hyphen-minus, U+2212 minus, en dash used as minus
_EMPHASIS = cached_compile(r"[*_`]+|\[\^?\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_YEAR = cached_compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Headers are short; a longer cell is read by its start only, so no header pattern sees a whole line.
_MAX_LABEL_CHARS = 200


@cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    data = load(lang)
    tables = load_tables(lang)
    months = alternation([*data.MONTHS, *(m[:3] for m in data.MONTHS), "sept"])
    year = r"(?:19|20)\d{2}"
    # "2023", "FY2023", "FY23", "2023/24", "2023-24", "Q3 2023", "H1 2024", "1H24", "Dec 2023",
    # "31 Dec 2023", "end-2023", "as at end-2023", each perhaps with "(revised)" after it.
    label = (rf"(?:(?:FY|fiscal\s+year|financial\s+year|year)\s*['’]?\d{{2,4}}(?:\s*[/–-]\s*\d{{2,4}})?"
             rf"|(?:Q[1-4]|H[12]|[1-4]Q|[12]H)\s*['’]?\d{{2,4}}|{year}\s*(?:Q[1-4]|H[12])"
             rf"|(?:(?:as\s+at\s+)?end[-\s]+)?(?:(?:\d{{1,2}}\s+)?(?:{months})\.?\s+)?{year}"
             rf"(?:\s*[/–-]\s*(?:{year}|\d{{2}}))?)")
    scales = alternation(list(tables.scales))
    prefixes = sorted(tables.currency_prefixes, key=len, reverse=True)
    return {
        "period": cached_compile(rf"(?i)^\s*(?P<period>{label})\s*(?:\(.*\))?\s*$"),
        "percent": cached_compile(r"(?i)%|\bper\s?cent\b|\bpercent(?:age)?\b(?!\s+points?)"),
        "points": cached_compile(r"(?i)\bpercentage\s+points?\b|\bppts?\b"),
        "scale": cached_compile(rf"(?i)(?<![\w])(?P<scale>{scales})s?(?![\w])"),
        "glued_scale": cached_compile(r"(?i)\s?(?P<scale>bn|mn|m|k|'000|000)(?![\w])"),
        "currency": cached_compile("|".join(
            # the table's prefixes are lower-cased: "HK$" in a caption is "hk$"
            rf"(?<![\w])(?P<c{i}>(?i:{regex.escape(p)}))(?![a-z])" if p[0].isalpha() else
            rf"(?P<c{i}>{regex.escape(p)})" for i, p in enumerate(prefixes))),
        "unit_part": cached_compile(r"\s*[(\[（][^()\[\]（）]*[)\]）]\s*$|\s*,\s*[^,]*$"),
    }


@cache
def _han(lang: str) -> bool:
    return getattr(load(lang), "NUMBER_GRAMMAR", "latin") == "han"


def is_period_label(label: str, lang: str = "en") -> bool:
    """A column (or row) header that names a period: "2023", "FY2024", "Q3 2023", "2023/24"."""
    return _period_of(label, lang) is not None


def _period_of(label: str, lang: str) -> str | None:
    if _han(lang):  # "2024年", "2024年底": Chinese headers name periods in Chinese
        return zh_period.label_period(_EMPHASIS.sub("", label), lang)
    match = _patterns(lang)["period"].match(_EMPHASIS.sub("", label))
    return " ".join(match.group("period").split()) if match else None


def _header_unit(label: str, lang: str) -> tuple[str | None, Decimal]:
    """The unit and scale a header states for its cells: "(HK$ bn)", "US$m", "%", "in millions"."""
    label = label[:_MAX_LABEL_CHARS]
    if _han(lang):  # "发明专利授权量（万件）", "（亿元）", "（%）"
        return zh_context.header_unit(label, lang)
    patterns = _patterns(lang)
    tables = load_tables(lang)
    unit: str | None = None
    scale = Decimal(1)
    if patterns["points"].search(label):
        unit = "percentage_point"
    elif patterns["percent"].search(label):
        unit = "percent"
    currency = patterns["currency"].search(label)
    if currency is not None and unit is None:
        unit = tables.currency_prefixes[currency.group().lower()]
        glued = patterns["glued_scale"].match(label, currency.end())
        if glued is not None:
            scale = _glued_scale(glued.group("scale"), tables)
    found = patterns["scale"].search(label)
    if found is not None and scale == 1:
        scale = tables.scales[" ".join(found.group("scale").lower().split())]
    if unit is None:
        for word in regex.findall(r"[A-Za-z]+(?:\s+[A-Za-z]+)?", label):
            entry = tables.units.get(word.lower())
            if entry is not None and entry.kind == "currency":
                unit = entry.unit
                break
    return unit, scale


def _glued_scale(surface: str, tables) -> Decimal:
    surface = surface.lower()
    if surface in ("'000", "000", "k"):
        return Decimal(1000)
    return tables.scales.get(surface, Decimal(1_000_000) if surface == "m" else Decimal(1))


def _label(text: str, cell: Cell | None, lang: str) -> str:
    """A header's words without emphasis marks, footnote markers or a trailing unit in brackets."""
    if cell is None:
        return ""
    label = " ".join(_EMPHASIS.sub("", text[cell.start:min(cell.end, cell.start + _MAX_LABEL_CHARS)]).split())
    stripped = _patterns(lang)["unit_part"].sub("", label)
    return stripped if stripped else label


def total_rows(text: str, table: Table) -> list[int]:
    """Indexes of the body rows whose header says they are totals: a bare "Total" ("Subtotal",
    "All") anywhere, or "Total <noun>" in the run of total rows that ends the table."""
    labels = [_EMPHASIS.sub("", text[row[0].start:row[0].end]).strip() if row else "" for row in table.rows]
    totals = [i for i, label in enumerate(labels) if _BARE_TOTAL.match(label)]
    index = len(labels) - 1
    while index > 0 and _TOTAL_ROW.match(labels[index]):
        totals.append(index)  # "Total loans" as the last row(s): the total of the rows above
        index -= 1
    return sorted(set(totals))


@dataclass(frozen=True)
class _Headers:
    """What a table's headers and caption say, read once per table."""

    labels: tuple[str, ...]  # column header words, by column
    periods: tuple[str | None, ...]  # the period each column header names, if any
    units: tuple[tuple[str | None, Decimal], ...]  # unit and scale each column header states
    caption_unit: tuple[str | None, Decimal]
    stub_unit: tuple[str | None, Decimal]  # the top-left header's ("HK$ bn" above the row headers)
    context: str  # what the table is about: its caption without "Table 3:" and units, or the stub
    caption_year: str | None
    totals: frozenset[int]


def _read_headers(text: str, table: Table, lang: str) -> _Headers:
    caption = text[table.caption[0]:table.caption[1]] if table.caption else ""
    labels = tuple(_label(text, cell, lang) for cell in table.header)
    stub = labels[0] if labels else ""
    topic = regex.sub(r"(?i)^\s*table\s+[\w.-]+\s*[:.–-]?\s*", "", _EMPHASIS.sub("", caption))
    year = _YEAR.search(caption)
    return _Headers(
        labels=labels,
        periods=tuple(_period_of(label, lang) for label in labels),
        units=tuple(_header_unit(text[cell.start:cell.end], lang) for cell in table.header),
        caption_unit=_header_unit(caption, lang),
        stub_unit=_header_unit(text[table.header[0].start:table.header[0].end], lang) if table.header
        else (None, Decimal(1)),
        context=_patterns(lang)["unit_part"].sub("", topic).strip() or stub,
        caption_year=year.group() if year else None,
        totals=frozenset(total_rows(text, table)),
    )


def _subject_and_period(headers: _Headers, column: int, row_label: str, *, bare_total: bool,
                        lang: str) -> tuple[str, str | None]:
    column_label = headers.labels[column] if column < len(headers.labels) else ""
    column_period = headers.periods[column] if column < len(headers.periods) else None
    row_period = _period_of(row_label, lang)
    if row_period and not column_period:  # periods down the side, measures across
        return column_label or headers.context, row_period
    if bare_total:  # "Total": of the column's measure, or of what the table is about
        return f"total {column_label if column_label and not column_period else headers.context}".strip(), \
            column_period
    if column_period or not column_label:
        return row_label, column_period
    return f"{row_label} {column_label}", None


def table_claims(
    text: str,
    tables: list[Table],
    *,
    section_at: Callable[[int], str | None] = lambda offset: None,
    heading_year: Callable[[str | None], str | None] = lambda section: None,
    locate: Callable[[int], SourceLocation] | None = None,
    lang: str = "en",
    limit: int = MAX_CLAIMS,
) -> list[Claim]:
    """One claim per numeric body cell of every table, at most ``limit`` (ids are the caller's)."""
    claims: list[Claim] = []
    no_unit = (None, Decimal(1))
    for table in tables:
        headers = _read_headers(text, table, lang)
        for row_index, row in enumerate(table.rows):
            if not row:
                continue
            row_label = _label(text, row[0], lang)
            row_unit = _header_unit(text[row[0].start:row[0].end], lang)
            bare_total = row_index in headers.totals and _BARE_TOTAL.match(row_label) is not None
            for column, cell in enumerate(row[1:], start=1):
                if len(claims) >= limit:
                    return claims
                column_unit = headers.units[column] if column < len(headers.units) else no_unit
                # The cell's own unit first, then the column's, the row's, the caption's, the stub's.
                read = _cell_claim(text, cell, lang,
                                   units=[column_unit, row_unit, headers.caption_unit, headers.stub_unit])
                if read is None:
                    continue
                subject, period = _subject_and_period(headers, column, row_label, bare_total=bare_total,
                                                      lang=lang)
                section = section_at(cell.start)
                if period is None:
                    period = headers.caption_year or heading_year(section)
                start, end, value, unit, qualifier = read
                row_span = table.row_spans[row_index]
                claims.append(Claim(
                    id="", start=start, end=end, text=text[start:end], value=ctx.decimal_to_number(value),
                    unit=unit, qualifier=qualifier, period=period,  # type: ignore[arg-type]
                    subject=subject, section=section,
                    sentence=SentenceRef(start=row_span[0], end=row_span[1]),
                    source_location=locate(start) if locate else None,
                ))
    return claims


def _cell_claim(text: str, cell: Cell, lang: str, *,
                units: list[tuple[str | None, Decimal]]) -> tuple[int, int, Decimal, str, str] | None:
    """(start, end, value, unit, qualifier) of the figure in a cell, or None for text, years, dashes."""
    mention = _first_number(text, cell, lang)
    if mention is None:
        return None
    data = load(lang)
    value = mention.value
    start, end = mention.start, mention.end
    reader = zh_context if _han(lang) else ctx  # Chinese units stand glued to the number
    prefix = (zh_context.currency_before if _han(lang) else ctx.currency_prefix_before)(
        text, mention.start, cell.start, lang)
    unit_match = reader.unit_after(text, mention.end, cell.end, lang)
    unit: str | None = None
    if prefix is not None:
        unit, start = prefix
    if unit_match is not None and (unit is None or unit_match.kind == "currency"):
        unit = unit if unit is not None else unit_match.unit
        end = unit_match.end
    if unit is None:
        for header_unit, scale in units:  # the column's header first, then the row's, the caption's
            if header_unit is not None or scale != 1:
                unit = header_unit
                if not mention.scaled:
                    value *= scale
                break
    if unit is None and not mention.has_comma and not mention.has_decimal and not mention.scaled \
            and mention.number_end - mention.start == 4 and data.YEAR_MIN <= mention.value <= data.YEAR_MAX:
        return None  # a year in a cell ("Year opened: 2019") names a time, it is not a figure
    if value > 0 and _negative(text, cell, start, end):
        value = -value
    qualifier = ctx.qualifier_before(text, start, cell.start, lang)
    return start, end, value, unit or "count", qualifier[0] if qualifier else "exact"


def _first_number(text: str, cell: Cell, lang: str) -> Mention | None:
    for mention in find_mentions(text, cell.start, cell.end, lang):
        if mention.kind == "digits":
            return mention
        if mention.kind == "date":
            return None
    return None


def _negative(text: str, cell: Cell, start: int, end: int) -> bool:
    """"(1,234)" in accounts, "-5.2" or "−5.2" with a minus sign right before the figure."""
    before = text[cell.start:start].strip()
    after = text[end:cell.end].strip()
    return before.endswith(_NEGATIVE_SIGNS) or (before.endswith("(") and after.startswith(")"))




@dataclass(frozen=True)
class TableTotal:
    """A total cell and the cells above it in its column that it adds up."""

    total: Claim
    parts: tuple[Claim, ...]


def table_totals(text: str, tables: Sequence[Table], claims: Sequence[Claim]) -> list[TableTotal]:
    """For each total row, each column: its claim and the claims of the rows it totals.

    A total adds the rows between the previous total row (a subtotal) and itself; a grand total
    right after subtotals has no rows of its own and is left out, as are columns where a row holds
    no figure or a figure in another unit (a share column beside amounts).
    """
    ordered = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in ordered]

    def claim_in(cell: Cell) -> Claim | None:
        index = bisect.bisect_left(starts, cell.start)
        return ordered[index] if index < len(ordered) and ordered[index].start < cell.end else None

    found: list[TableTotal] = []
    for table in tables:
        previous = -1
        for total_index in total_rows(text, table):
            rows = table.rows[previous + 1:total_index]
            previous = total_index
            for column in range(1, len(table.rows[total_index])):
                total = claim_in(table.rows[total_index][column])
                parts = [claim_in(row[column]) for row in rows if column < len(row)]
                if total is None or len(parts) < 2 or any(p is None or p.unit != total.unit for p in parts):
                    continue
                found.append(TableTotal(total, tuple(p for p in parts if p is not None)))
    return found


def with_table_claims(text: str, segmentation: Segmentation, claims: list[Claim], *,
                      locate: Callable[[int], SourceLocation] | None = None, lang: str = "en",
                      default_currency: str | None = None) -> list[Claim]:
    """``claims`` from the prose plus one per numeric table cell, in text order, ids renumbered.
    A bare "$" in a cell or header means what it means in the document's prose (``document_facts``)."""
    if not segmentation.tables:
        return claims
    index = SectionIndex(segmentation.sections)

    def section_at(offset: int) -> str | None:
        section = index.at(offset)
        return section.id if section else None

    room = MAX_CLAIMS - len(claims)
    if room <= 0:
        return claims
    cells = table_claims(text, segmentation.tables, section_at=section_at,
                         heading_year=segmentation.heading_years.get, locate=locate, lang=lang, limit=room)
    if any(c.unit == money.BARE_DOLLAR for c in cells):
        facts = money.document_facts(text, lang, default_currency)
        cells = [c.model_copy(update={"unit": facts.dollar_currency, "notes": [*c.notes, facts.dollar_note]})
                 if c.unit == money.BARE_DOLLAR else c for c in cells]
    merged = sorted([*claims, *cells], key=lambda c: (c.start, c.end))
    return [c.model_copy(update={"id": f"c{i:03d}"}) for i, c in enumerate(merged, 1)]


__all__ = ["TableTotal", "is_period_label", "table_claims", "table_totals", "total_rows", "with_table_claims"]
