"""A reader's note, written in Markdown, as safe HTML for a preview.

Notes are the user's own text, but they are pasted from anywhere, so the HTML they render to
must never carry live markup: raw HTML in a note is shown as literal text, images are never
fetched (they become a link to the image, named by its alt text), and only web and mail links
keep their address (a ``javascript:`` or ``file:`` link is shown as plain text).

Rendering runs in the UI thread on every keystroke, so a note too long or nested too deeply for
Python-Markdown to render quickly is shown as escaped plain text instead.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlsplit

import markdown
from markdown.treeprocessors import Treeprocessor

# A note is a few paragraphs; a long pasted article is still rendered well under a second.
MAX_NOTE_RENDER_CHARS = 100_000
# Python-Markdown recurses per nesting level (quotes, lists) and its link parser is quadratic in
# the "[" of a paragraph (2,000 take half a second); no real note comes near these.
MAX_NOTE_NESTING = 32
MAX_NOTE_BRACKETS = 200
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_MARK = "\N{FRAME WITH PICTURE}\ufe0e"

_EXTENSIONS = ("fenced_code", "tables", "sane_lists", "nl2br")
_NESTING_PREFIX = re.compile(r"(?:[ \t]|>)*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_converters = threading.local()


def render_note_html(markdown_text: str) -> str:
    """The HTML of a note: Markdown rendered, raw HTML escaped, images as links, unsafe links as text."""
    if not markdown_text.strip():
        return ""
    if not _quick_to_render(markdown_text):
        return _plain_html(markdown_text)
    converter = _converter()
    converter.reset()
    try:
        rendered: str = converter.convert(markdown_text)
    except RecursionError:
        return _plain_html(markdown_text)
    return rendered


def is_openable_link(url: str) -> bool:
    """Whether a link in a note may be handed to the system browser or mail client."""
    return urlsplit(url.strip()).scheme.lower() in LINK_SCHEMES


def _converter() -> markdown.Markdown:
    """One converter per thread: building one costs far more than converting a note."""
    converter: markdown.Markdown | None = getattr(_converters, "converter", None)
    if converter is None:
        converter = markdown.Markdown(extensions=list(_EXTENSIONS))
        # Without these two, raw HTML is no longer passed through but escaped as text.
        converter.preprocessors.deregister("html_block")
        converter.inlinePatterns.deregister("html")
        converter.treeprocessors.register(_SafeLinks(converter), "safe_links", 0)
        _converters.converter = converter
    return converter


class _SafeLinks(Treeprocessor):  # type: ignore[misc]  # markdown ships no type hints
    """Turns images into links to them and strips links the reader must not follow."""

    def run(self, root: ElementTree.Element) -> None:
        for parent in list(root.iter()):  # not while changing the tree
            for element in list(parent):
                if element.tag == "img":
                    _image_as_link(element)
                if element.tag == "a" and not is_openable_link(element.get("href", "")):
                    _unwrap(parent, element)


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
        parent.insert(position + offset, child)


def _quick_to_render(text: str) -> bool:
    if len(text) > MAX_NOTE_RENDER_CHARS:
        return False
    if any(paragraph.count("[") > MAX_NOTE_BRACKETS for paragraph in _PARAGRAPH_BREAK.split(text)):
        return False
    return max(map(_nesting, text.splitlines()), default=0) <= MAX_NOTE_NESTING


def _nesting(line: str) -> int:
    """How many quotes and four-space indents (list and code levels) a line opens."""
    match = _NESTING_PREFIX.match(line)
    assert match is not None  # the pattern matches the empty string
    markup = match.group().expandtabs(4)
    return markup.count(">") + markup.count(" ") // 4


def _plain_html(text: str) -> str:
    paragraphs = _PARAGRAPH_BREAK.split(text.strip())
    return "\n".join(
        "<p>" + html.escape(paragraph).replace("\n", "<br />\n") + "</p>" for paragraph in paragraphs
    )
