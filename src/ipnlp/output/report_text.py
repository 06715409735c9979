"""Human-readable rendering of a Report: claims grouped by section, as aligned tables.

Document text and the file name are escaped (``_escape.one_line``): control characters and line
breaks from a report never reach the terminal raw.
"""

from __future__ import annotations

from ..models import Claim, Report
from ._escape import one_line


def _format_value(claim: Claim) -> str:
    value = claim.value
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.4f}".rstrip("0").rstrip(".")
    return text


def _format_change(claim: Claim) -> str:
    if claim.yoy is None:
        return ""
    sign = "+" if claim.yoy.direction == "up" else "-"
    unit = "%" if claim.yoy.unit == "percent" else " pp"
    return f"{sign}{claim.yoy.value:g}{unit}"


def render_report(report: Report) -> str:
    lines: list[str] = []
    name = one_line(report.source.path or "<stdin>")
    lines.append(f"{name}: {len(report.sections)} sections, {len(report.claims)} claims, "
                 f"{len(report.findings)} findings")
    titles = {s.id: s.title for s in report.sections}
    by_section: dict[str | None, list[Claim]] = {}
    for claim in report.claims:
        by_section.setdefault(claim.section, []).append(claim)
    for section_id, claims in by_section.items():
        title = one_line(titles.get(section_id or "", ""))
        lines.append("")
        lines.append(f"[{one_line(section_id or 'None')}] {title[:90]}")
        rows = [tuple(one_line(cell) for cell in (
                    c.text, c.qualifier if c.qualifier != "exact" else "", _format_value(c), c.unit,
                    _format_change(c), c.period or "", c.subject)) for c in claims]
        header = ("text", "qualifier", "value", "unit", "change", "period", "subject")
        widths = [min(40, max(len(header[i]), *(len(r[i]) for r in rows))) for i in range(6)]
        lines.append("  " + "  ".join(h.ljust(widths[i]) if i < 6 else h for i, h in enumerate(header)))
        for row in rows:
            cells = [row[i][:widths[i]].ljust(widths[i]) for i in range(6)] + [row[6]]
            lines.append("  " + "  ".join(cells))
    return "\n".join(lines) + "\n"
