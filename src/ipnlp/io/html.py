"""HTML reader (extra ``ipnlp[html]``, selectolax/lexbor): visible text as blank-line paragraphs.

Headings ``h1``-``h4`` become heading lines; navigation, scripts, styles and page-level headers and
footers are dropped. ``source_location.block`` is the 0-based index of the extracted block (heading,
paragraph, list item, table row) in document order.
"""

from __future__ import annotations

import re

from ..errors import IpnlpError, Messages
from .blocks import TextBuilder
from .encoding import decode_text

# Never visible, or navigation rather than the report's content.
_SKIP = frozenset({
    "head", "title", "script", "style", "noscript", "template", "nav", "svg", "math", "iframe",
    "object", "embed", "canvas", "select", "button", "datalist",
})
# A site's banner and footer; inside an article or main they are the article's own and kept.
_PAGE_CHROME = frozenset({"header", "footer"})
_CONTENT_ROOTS = frozenset({"article", "main"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})
_CELLS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")

# lexbor's tree builder is quadratic in the nesting depth of these elements (each start tag scans
# the open-element stack for a <p>): 100k nested <div> take minutes. No real page nests beyond a few
# hundred (browsers cap the DOM depth at 512), so deeper input is refused instead of parsed.
_NESTING_TAG = re.compile(
    rb"<(/?)(?:address|article|aside|blockquote|center|details|dialog|dir|div|dl|fieldset|figcaption"
    rb"|figure|footer|header|hgroup|main|menu|nav|ol|search|section|summary|ul)(?=[\s/>])",
    re.IGNORECASE,
)
MAX_NESTING = 4096
# It is quadratic too in the HTML "list of active formatting elements": every unclosed <b>, <i>,
# <font>... stays on it and is re-opened for each new block, and ones with distinct attributes
# escape the spec's limit of three alike (10k unclosed <b id=...> take 0.5 s, 40k 37 s). Pages close
# their formatting; a few dozen open at once is already sloppy.
_FORMATTING_TAG = re.compile(
    rb"<(/?)(a|b|big|code|em|font|i|nobr|s|small|strike|strong|tt|u)(?=[\s/>])", re.IGNORECASE)
MAX_OPEN_FORMATTING = 1000
# ...and in the number of attributes of one element (each is checked against all before it). A
# stretch from a tag's "<" to the next "<" holds its attributes even when a quoted value contains
# ">"; only long stretches are examined, so the scan stays linear.
_TAG_STRETCH = re.compile(rb"<[A-Za-z][^<]{4096,}")
_ATTRIBUTE = re.compile(rb"""[\s"'][^\s"'=<>/]+\s*=""")
MAX_ATTRIBUTES = 1000
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.IGNORECASE)


def load_html(data: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str, object]:
    """``(text, encoding, locate)`` of an HTML document; ``encoding`` overrides ``<meta charset>``."""
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        raise IpnlpError(Messages.E005.format(suffix=".html", extra="html")) from None
    declared = _META_CHARSET.search(data[:4096])
    decoded = decode_text(data, name=name, encoding=encoding,
                          declared=declared.group(1).decode("ascii") if declared else None)
    _refuse_deep_nesting(data, name)
    _refuse_formatting_pileup(data, name)
    _refuse_attribute_flood(data, name)
    tree = LexborHTMLParser(decoded.text)
    root = tree.body if tree.body is not None else tree.root
    builder = TextBuilder("html")
    if root is not None:
        _Walker(builder).walk(root)
    text, locate = builder.build()
    return text, decoded.encoding, locate


def _refuse_deep_nesting(data: bytes, name: str) -> None:
    depth = deepest = 0
    for match in _NESTING_TAG.finditer(data):
        depth = max(depth - 1, 0) if match.group(1) else depth + 1
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            raise IpnlpError(Messages.E001.format(
                path=name, reason=f"HTML nested more than {MAX_NESTING} elements deep"))


def _refuse_formatting_pileup(data: bytes, name: str) -> None:
    open_by_tag: dict[bytes, int] = {}
    total = 0
    for match in _FORMATTING_TAG.finditer(data):
        tag = match.group(2).lower()
        if match.group(1):
            if open_by_tag.get(tag):
                open_by_tag[tag] -= 1
                total -= 1
            continue
        open_by_tag[tag] = open_by_tag.get(tag, 0) + 1
        total += 1
        if total > MAX_OPEN_FORMATTING:
            raise IpnlpError(Messages.E001.format(
                path=name, reason=f"HTML with more than {MAX_OPEN_FORMATTING} unclosed formatting elements "
                                  "(<b>, <i>, <font>, ...)"))


def _refuse_attribute_flood(data: bytes, name: str) -> None:
    for stretch in _TAG_STRETCH.finditer(data):
        if len(_ATTRIBUTE.findall(stretch.group())) > MAX_ATTRIBUTES:
            raise IpnlpError(Messages.E001.format(
                path=name, reason=f"an HTML element with more than {MAX_ATTRIBUTES} attributes"))


class _Walker:
    """Depth-first walk with an explicit stack: deep documents must not hit Python's recursion limit."""

    def __init__(self, builder: TextBuilder) -> None:
        self.builder = builder
        self.inline: list[str] = []
        self.heading_level: int | None = None
        self.pre_depth = 0
        self.content_depth = 0
        self.block_index = 0

    def walk(self, root) -> None:
        stack = [root]
        self._enter(root)
        node = root.child
        while True:
            if node is None:
                if len(stack) == 1:
                    break
                node = stack.pop()
                self._exit(node)
                node = node.next
                continue
            if self._enter(node):
                child = node.child
                if child is not None:
                    stack.append(node)
                    node = child
                    continue
                self._exit(node)
            node = node.next
        self._exit(root)

    def _enter(self, node) -> bool:
        """Handle an opening node; True when its children should be visited."""
        if node.is_text_node:
            text = node.text_content or ""
            self.inline.append(text if self.pre_depth else _HTML_SPACE.sub(" ", text))
            return False
        if not node.is_element_node:
            return False  # comments, doctype
        tag = node.tag
        attributes = node.attributes
        if tag in _SKIP or "hidden" in attributes or attributes.get("aria-hidden") == "true" \
                or attributes.get("role") == "navigation" or (tag in _PAGE_CHROME and not self.content_depth):
            return False
        if tag == "br":
            self.inline.append("\n")
        elif tag in _CELLS:
            self.inline.append("\t")
        elif tag in _BLOCKS:
            self._flush()
            if tag in _HEADINGS:
                self.heading_level = _HEADINGS[tag]
            elif tag == "pre":
                self.pre_depth += 1
        if tag in _CONTENT_ROOTS:
            self.content_depth += 1
        return True

    def _exit(self, node) -> None:
        tag = node.tag
        if tag in _BLOCKS:
            self._flush()
            if tag in _HEADINGS:
                self.heading_level = None
            elif tag == "pre":
                self.pre_depth -= 1
        if tag in _CONTENT_ROOTS:
            self.content_depth -= 1

    def _flush(self) -> None:
        raw = "".join(self.inline)
        self.inline.clear()
        if self.pre_depth:
            lines = [line.rstrip() for line in raw.split("\n")]
        else:
            lines = [" ".join(part.split()) if "\t" not in part else _clean_row(part)
                     for part in raw.split("\n")]
        text = "\n".join(line for line in lines if line.strip())
        if not text:
            return
        if self.heading_level is not None:
            self.builder.add_heading(text, self.heading_level, self.block_index)
        else:
            self.builder.add(text, self.block_index)
        self.block_index += 1


def _clean_row(line: str) -> str:
    """A table row: cells separated by one tab, each cell's spaces collapsed."""
    cells = [" ".join(cell.split()) for cell in line.split("\t")]
    return "\t".join(cell for cell in cells if cell)
