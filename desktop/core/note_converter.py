"""The Python-Markdown converter notes are rendered with (``desktop.core.note_markdown``
renders them): raw HTML escaped, blocks split in linear time, images as links, only safe links.
Imported when the first note is rendered."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from desktop.core.note_markdown import is_openable_link

IMAGE_MARK = "\N{FRAME WITH PICTURE}\ufe0e"
LINEAR_BLOCKS = "linear_blocks"
_EXTENSIONS = ("fenced_code", "tables", "sane_lists", "nl2br")
# Quote marks before a line's content, as Python-Markdown strips them (">" or "> ", each level).
_QUOTE_PREFIX = re.compile(r"(?:[ ]{0,3}>[ ]?)*")
_ONE_QUOTE = re.compile(r"^[ ]{0,3}>[ ]?")
# Lines Python-Markdown ends a block after: rules (its own pattern), ATX headings, setext underlines.
_RULE = re.compile(r"[ ]{0,3}(?:(?:-+[ ]{0,2}){3,}|(?:_+[ ]{0,2}){3,}|(?:\*+[ ]{0,2}){3,})[ ]*")
_ATX_HEADING = re.compile(r"#{1,6}.*")
_SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)[ ]*")
# The start of a list item, as Python-Markdown's list processors take one.
_LIST_ITEM = re.compile(r"[ ]{0,3}(?:[*+-]|(?P<number>\d+)\.)[ ]+\S")


def new_note_converter() -> markdown.Markdown:
    """A Python-Markdown converter for notes: raw HTML escaped, linear blocks, safe links."""
    converter = markdown.Markdown(extensions=list(_EXTENSIONS))
    # Without these two, raw HTML is no longer passed through but escaped as text.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    # After fenced code is set aside (priority 25): lines in code blocks are not touched.
    converter.preprocessors.register(_LinearBlocks(converter), LINEAR_BLOCKS, 22)
    converter.preprocessors.register(_ListsAfterText(converter), "lists_after_text", 21)
    converter.treeprocessors.register(_SafeLinks(converter), "safe_links", 0)
    return converter


class _LinearBlocks(Preprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """Ends the block after each rule, ATX heading and setext heading (at the quote depth of
    that line) where Python-Markdown ends it anyway, by re-inserting the rest of the block:
    that costs the block's length per line (quadratic), a blank line costs nothing. The HTML is
    unchanged (tests/core/test_note_markdown.py compares both on generated notes); where that
    is not certain (tables, indented blocks) nothing is changed."""

    def run(self, lines: list[str]) -> list[str]:
        result: list[str] = []
        # Lines quoted at least this deep start a block (after a blank line at that depth).
        block_depth: int | None = 0
        # Left alone up to the next blank line: a table takes every line of its block as a row
        # (a part split off could become one), and an indented block after a list takes the
        # unindented lines after it into the list item.
        tables = _lines_in_blocks_with_pipes(lines)
        verbatim = False
        position = 0
        while position < len(lines):
            line = lines[position]
            following = lines[position + 1] if position + 1 < len(lines) else ""
            quote, content = _split_quote(line)
            depth = quote.count(">")
            breaks = False
            starts_block = block_depth is not None and depth >= block_depth
            if not line.strip():
                block_depth, verbatim = 0, False
            elif verbatim or position in tables or (starts_block and content.startswith("    ")):
                verbatim = True
            elif block_depth is not None and _setext_heading(line, following, block_depth):
                result.append(line)
                position += 1
                line, following = following, lines[position + 1] if position + 1 < len(lines) else ""
                quote, content = _split_quote(line)
                depth = quote.count(">")
                breaks = True
            else:
                # Before an underline, a rule or heading may be a setext heading's text: left alone.
                breaks = (
                    _RULE.fullmatch(content) is not None or _ATX_HEADING.fullmatch(content) is not None
                ) and _SETEXT_UNDERLINE.fullmatch(_split_quote(following)[1]) is None
            result.append(line)
            if breaks:
                block_depth = depth
                if following.strip() and following.strip() != quote.strip():
                    result.append(quote.rstrip())  # a blank line at this quote depth
            elif line.strip():
                block_depth = depth if not content.strip() else None
            position += 1
        return result


class _ListsAfterText(Preprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """A list written right under a line of text ("Questions:" then "- who?"), as notes are
    written elsewhere (Obsidian, GitHub), is a list: Python-Markdown wants a blank line before
    it and shows the items as text without one. That blank line is added, at the line's quote
    depth, when the line before is text (not a list item, nor part of a list's block: a lazy
    continuation stays in its item); tables and indented blocks are left alone."""

    def run(self, lines: list[str]) -> list[str]:
        result: list[str] = []
        tables = _lines_in_blocks_with_pipes(lines)
        # Whether the block so far (since the last blank line) is a list, or text after which a
        # list item needs a blank line.
        in_list, after_text = False, False
        for position, line in enumerate(lines):
            quote, content = _split_quote(line)
            if not content.strip() or _ends_a_block(content):
                in_list = after_text = False  # a rule or heading ends its block, as a blank line does
            elif position in tables or content.startswith(("    ", "\t")):
                after_text = False
            elif (item := _LIST_ITEM.match(content)) is not None and _RULE.fullmatch(content) is None:
                # As CommonMark has it, a numbered list breaks into text only from "1.": "In
                # 1999. That year" stays a sentence.
                opens = item.group("number") in (None, "1")
                if opens and after_text and not in_list and quote == _split_quote(lines[position - 1])[0]:
                    result.append(quote.rstrip())
                in_list, after_text = True, False
            elif not in_list:
                after_text = True
            result.append(line)
        return result


def _ends_a_block(content: str) -> bool:
    return any(pattern.fullmatch(content) for pattern in (_RULE, _ATX_HEADING, _SETEXT_UNDERLINE))


def _lines_in_blocks_with_pipes(lines: list[str]) -> set[int]:
    """The positions of the lines of every blank-line separated block with a "|" in it."""
    positions: set[int] = set()
    block: list[int] = []
    for position, line in enumerate([*lines, ""]):
        if line.strip():
            block.append(position)
            continue
        if any("|" in lines[i] for i in block):
            positions.update(block)
        block = []
    return positions


def _split_quote(line: str) -> tuple[str, str]:
    """A line's quote marks and its content."""
    prefix = _QUOTE_PREFIX.match(line)
    assert prefix is not None  # the pattern matches the empty string
    return prefix.group(), line[prefix.end() :]


def _setext_heading(line: str, following: str, block_depth: int) -> bool:
    """Whether ``line`` and the ``following`` line are a setext heading at the start of a block
    (Python-Markdown takes one before anything but code, tables and ATX headings). The heading
    is at the underline's quote depth, where ``line`` must start a block (be ``block_depth``
    deep or deeper); its text is ``line`` without that many quote marks."""
    underline_quote, underline = _split_quote(following)
    level = underline_quote.count(">")
    if _SETEXT_UNDERLINE.fullmatch(underline) is None or not block_depth <= level:
        return False
    text = line
    for _ in range(level):
        text = _ONE_QUOTE.sub("", text, count=1)
    return (
        _split_quote(line)[0].count(">") >= level
        and text.strip() != ""
        and not text.startswith("    ")
        and _ATX_HEADING.fullmatch(text) is None
    )


class _SafeLinks(Treeprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """Turns images into links to them and strips links the reader must not follow, and links
    inside links (an image in a link): no ``href`` or ``src`` but web and mail addresses."""

    def run(self, root: ElementTree.Element) -> None:
        # Children before their parents: a link is judged once its contents are final. Only
        # an element already judged is moved (into its parent), so each one's parent is known.
        for parent, element in _children_first(root):
            if element.tag == "img":
                _image_as_link(element)
            if element.tag != "a":
                continue
            if is_openable_link(element.get("href", "")):
                inner = [(holder, a) for holder in element.iter() for a in holder if a.tag == "a"]
                for holder, link in inner:
                    _unwrap(holder, link)
            else:
                _unwrap(parent, element)


def _children_first(root: ElementTree.Element) -> list[tuple[ElementTree.Element, ElementTree.Element]]:
    """Every element under ``root`` with its parent, each after all its descendants."""
    order: list[tuple[ElementTree.Element, ElementTree.Element]] = []
    stack = [(root, child) for child in root]
    while stack:
        parent, element = stack.pop()
        order.append((parent, element))
        stack.extend((element, child) for child in element)
    order.reverse()
    return order


def _image_as_link(image: ElementTree.Element) -> None:
    source = image.get("src", "")
    name = image.get("alt") or image.get("title") or source or "image"
    tail = image.tail
    image.clear()
    image.tag = "a"
    image.set("href", source)
    image.set("title", source)
    image.text = f"{IMAGE_MARK} {name}"
    image.tail = tail


def _unwrap(parent: ElementTree.Element, link: ElementTree.Element) -> None:
    """Replaces ``link`` by its contents, keeping the text in place."""
    position = list(parent).index(link)
    text = (link.text or "") + ("" if len(link) else (link.tail or ""))
    children = list(link)
    if children:
        children[-1].tail = (children[-1].tail or "") + (link.tail or "")
    if position == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[position - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(link)
    for offset, child in enumerate(children):
        link.remove(child)  # in one place only: ElementTree would keep it in both
        parent.insert(position + offset, child)
