"""Lay out an HTML tree as reader text with blocks and inline styles.

Shared by the Markdown loader (Python-Markdown's HTML) and the HTML loader
(trafilatura's HTML). Blocks are joined by ``\\n``; inside a block, whitespace collapses
as a browser would, except in ``<pre>``. The walk is iterative, so deep trees cannot
overflow the Python stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from desktop.core.article import Block, BlockKind, Inline, InlineStyle
from desktop.core.note_markdown import is_openable_link
from desktop.core.plain_text import strip_span

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
# Containers that end the current block when they start or end.
_BLOCK_TAGS = frozenset(
    {
        *_HEADINGS,
        *("p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure"),
        *("figcaption", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table"),
        *("thead", "tbody", "tfoot", "tr", "hr", "body", "html", "address", "details", "summary"),
    }
)
# Never shown to the reader.
_HIDDEN_TAGS = frozenset(
    {"head", "script", "style", "template", "noscript", "img", "svg", "iframe", "object", "embed"}
)
_INLINE_STYLES: dict[str, InlineStyle] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "cite": "italic",
    "code": "code",
    "kbd": "code",
    "samp": "code",
    "tt": "code",
}
_CELL_TAGS = frozenset({"td", "th"})
_LIST_TAGS = frozenset({"ul", "ol"})
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Layout:
    text: str
    blocks: tuple[Block, ...]
    inlines: tuple[Inline, ...]


def layout_html(root: etree._Element) -> Layout:
    """The reader text of ``root`` with its layout blocks and inline styles."""
    builder = _LayoutBuilder()
    context: list[str] = []
    open_inlines: list[tuple[int, InlineStyle, str | None] | None] = []
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = _tag_name(element)
        if closing:
            if tag in _BLOCK_TAGS:
                builder.close_block()
            opened = open_inlines.pop()
            if opened is not None:
                builder.add_inline(*opened)
            context.pop()
            _add_text(builder, element.tail, context)
            continue
        if tag in _HIDDEN_TAGS or tag is None:
            # Comments and processing instructions have a tag that is not a string.
            _add_text(builder, element.tail, context)
            continue
        if tag in _BLOCK_TAGS:
            builder.close_block()
        elif tag == "br":
            builder.line_break(*_block_kind(context))
        elif tag in _CELL_TAGS:
            builder.cell_break()
        # A <pre> block is already shown as code; its inner <code> adds nothing.
        open_inlines.append(None if "pre" in context else _inline_start(builder, element, tag))
        context.append(tag)
        _add_text(builder, element.text, context)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    builder.close_block()
    return builder.layout()


def _tag_name(element: etree._Element) -> str | None:
    tag = element.tag
    if not isinstance(tag, str):
        return None
    # "{namespace}name" in XHTML; plain "name" otherwise.
    return tag.rpartition("}")[2].lower()


def _inline_start(
    builder: _LayoutBuilder, element: etree._Element, tag: str
) -> tuple[int, InlineStyle, str | None] | None:
    if tag == "a":
        href = element.get("href")
        # Only web and mail links are kept; javascript:, file:, data: and the like become text.
        if href is None or not is_openable_link(href):
            return None
        return builder.position, "link", href.strip()
    style = _INLINE_STYLES.get(tag)
    if style is None:
        return None
    return builder.position, style, None


def _add_text(builder: _LayoutBuilder, text: str | None, context: list[str]) -> None:
    if text:
        kind, level = _block_kind(context)
        builder.add_text(text, kind, level, preformatted="pre" in context)


def _block_kind(context: list[str]) -> tuple[BlockKind, int]:
    """The kind of block text at this nesting belongs to, and its level."""
    for tag in reversed(context):
        if tag in _HEADINGS:
            return "heading", _HEADINGS[tag]
        if tag == "pre":
            return "code", 0
        if tag == "tr":
            return "table_row", 0
        if tag == "li":
            return "list_item", sum(1 for name in context if name in _LIST_TAGS)
        if tag == "blockquote":
            return "quote", context.count("blockquote")
    return "paragraph", 0


class _LayoutBuilder:
    """Accumulates text block by block, recording where each block and style lands."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.position = 0
        self._blocks: list[Block] = []
        self._inlines: list[Inline] = []
        self._block: tuple[int, BlockKind, int] | None = None
        self._ends_with_space = True

    def add_text(self, text: str, kind: BlockKind, level: int, preformatted: bool) -> None:
        if not preformatted:
            text = _WHITESPACE.sub(" ", text)
            if self._ends_with_space:
                text = text.lstrip(" ")
        if not text:
            return
        if self._block is None:
            # A block starts at its first visible character.
            text = text.lstrip("\n")
            if not text.strip():
                return
            if self._blocks:
                self._append("\n")
            self._block = (self.position, kind, level)
        self._append(text)

    def line_break(self, kind: BlockKind, level: int) -> None:
        if self._block is not None:
            self.add_text("\n", kind, level, preformatted=True)

    def cell_break(self) -> None:
        if self._block is not None:
            self._drop_trailing_whitespace()
            self._append("\t")

    def close_block(self) -> None:
        if self._block is None:
            return
        start, kind, level = self._block
        self._block = None
        self._drop_trailing_whitespace()
        self._blocks.append(Block(start, self.position, kind, level))
        self._ends_with_space = True

    def add_inline(self, start: int, style: InlineStyle, href: str | None) -> None:
        self._inlines.append(Inline(start, self.position, style, href))

    def layout(self) -> Layout:
        text = "".join(self._parts)
        inlines = []
        for inline in self._inlines:
            start, end = strip_span(text, inline.start, min(inline.end, len(text)))
            if start < end:
                inlines.append(Inline(start, end, inline.style, inline.href))
        inlines.sort(key=lambda inline: (inline.start, -inline.end))
        return Layout(text, tuple(self._blocks), tuple(inlines))

    def _drop_trailing_whitespace(self) -> None:
        """Whitespace at the end of a block or cell is not shown; a block always has other text."""
        while self._parts and self._parts[-1].rstrip() != self._parts[-1]:
            last = self._parts.pop()
            self.position -= len(last)
            kept = last.rstrip()
            if kept:
                self._parts.append(kept)
                self.position += len(kept)
                return

    def _append(self, text: str) -> None:
        self._parts.append(text)
        self.position += len(text)
        self._ends_with_space = text[-1].isspace()
