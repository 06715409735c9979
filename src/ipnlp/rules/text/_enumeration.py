"""Paragraph enumerations ("First, ... Secondly, ... The third is ...", "一是……；二是……"), shared by
IPN303 and IPN304."""

from __future__ import annotations

from ...view import ReportView
from ._common import EnumerationItem, chinese_enumeration_items, enumeration_item


def enumerations_by_section(view: ReportView) -> list[list[EnumerationItem]]:
    """Enumeration items in text order, one list per section: an enumeration may run over several
    paragraphs of one section, never across a heading. Read once per view (IPN303 and IPN304 both
    read them); treat as read-only."""
    return view.derived(_enumerations_by_section)


def _enumerations_by_section(view: ReportView) -> list[list[EnumerationItem]]:
    groups: dict[str, list[EnumerationItem]] = {}
    order: list[str] = []
    # A heading's line is its own sentence: "（一）专利" there is an outline number (IPN301's).
    headings = {section.start for section in view.sections if section.marker}
    for sentence in view.sentences:
        if sentence[0] in headings:
            continue
        item = enumeration_item(view.text, sentence)
        items = [item] if item is not None else chinese_enumeration_items(view.text, sentence)
        if not items:
            continue
        section = view.section_at(sentence[0])
        key = section.id if section is not None else ""
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].extend(items)
    return [groups[key] for key in order]
