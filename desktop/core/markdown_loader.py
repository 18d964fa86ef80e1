"""Markdown as an article: rendered with Python-Markdown, offsets into the rendered text.

Raw HTML in the source is shown as literal text, never interpreted, and images are
not fetched (they show nothing). Python-Markdown recurses per nesting level and has
super-linear paths on some inputs, so rendering runs in a child process with a time
limit, and sources nested or bracketed too deeply are not even tried. Either way the
source is shown as plain text with a note in ``metadata["rendering_note"]``.
"""

from __future__ import annotations

import re
from dataclasses import replace

import lxml.html
import markdown

from desktop.core.article import Article, ArticleLoadError
from desktop.core.html_layout import layout_html
from desktop.core.plain_text import article_from_text
from desktop.core.time_limit import ChildFailed, TimeLimitExceeded, run_with_time_limit

# Real documents nest a handful of levels; 64 keeps the rendered HTML within libxml2's
# default depth limit and Python-Markdown far from its recursion limit.
MAX_MARKDOWN_NESTING = 64
# Unclosed "[" or "(" within one paragraph; Python-Markdown's link parser is quadratic in it.
MAX_MARKDOWN_BRACKET_DEPTH = 64
# Python-Markdown renders ordinary prose at about 0.5 MB/s.
MAX_MARKDOWN_RENDER_CHARS = 2_000_000
MARKDOWN_RENDER_SECONDS = 10.0

# Leading block-container markup of a line: indentation, quote marks and list markers.
_CONTAINER_PREFIX = re.compile(r"(?:[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t])*")
_BRACKET_OR_PARAGRAPH_BREAK = re.compile(r"[\[\]()]|\n[ \t]*\n")
_LIST_MARKER = re.compile(r"[-*+\d][.)]?\s")
_UTF8_HTML = lxml.html.HTMLParser(encoding="utf-8")
_MARKDOWN_EXTENSIONS = ("tables", "fenced_code")


def article_from_markdown(source_text: str, source: str | None = None) -> Article:
    """The rendered article of Markdown ``source_text``: text without markup, with blocks and inlines."""
    if not source_text.strip():
        raise ArticleLoadError("The article is empty (no text, only whitespace).")
    reason = _why_not_renderable(source_text)
    if reason is None:
        try:
            html = run_with_time_limit(
                __name__,
                "render_markdown_html",
                source_text.encode("utf-8", "surrogatepass"),
                MARKDOWN_RENDER_SECONDS,
            )
        except TimeLimitExceeded as error:
            reason = f"rendering it as Markdown {error}"
        except ChildFailed as error:
            reason = f"rendering it as Markdown failed ({error})"
    if reason is not None:
        fallback = article_from_text(source_text, source)
        return replace(fallback, metadata={"rendering_note": f"Shown as plain text: {reason}."})
    layout = layout_html(lxml.html.fragment_fromstring(html, create_parent="div", parser=_UTF8_HTML))
    if not layout.text.strip():
        raise ArticleLoadError("The Markdown file has no text to show (only markup or images).")
    title = next(
        (layout.text[b.start : b.end] for b in layout.blocks if b.kind == "heading" and b.level == 1),
        None,
    )
    return Article(
        text=layout.text,
        title=title,
        source=source,
        format="markdown",
        blocks=layout.blocks,
        inlines=layout.inlines,
    )


def render_markdown_html(source: bytes) -> bytes:
    """Python-Markdown's HTML for UTF-8 ``source``, raw HTML escaped (run in the child process)."""
    converter = markdown.Markdown(extensions=list(_MARKDOWN_EXTENSIONS))
    # With these two, raw HTML passes through; without them it is escaped as text.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    html: str = converter.convert(source.decode("utf-8", "surrogatepass"))
    return html.encode("utf-8", "surrogatepass")


def _why_not_renderable(source_text: str) -> str | None:
    """Why rendering ``source_text`` could take unbounded time or stack, or None if it is safe."""
    if len(source_text) > MAX_MARKDOWN_RENDER_CHARS:
        return f"it is longer than {MAX_MARKDOWN_RENDER_CHARS:,} characters"
    if max(map(_nesting, source_text.splitlines()), default=0) > MAX_MARKDOWN_NESTING:
        return f"it nests more than {MAX_MARKDOWN_NESTING} levels deep"
    if _deepest_brackets(source_text) > MAX_MARKDOWN_BRACKET_DEPTH:
        return f"it has more than {MAX_MARKDOWN_BRACKET_DEPTH} unclosed brackets in one paragraph"
    return None


def _deepest_brackets(source_text: str) -> int:
    """The most "[" or "(" open at once within a paragraph."""
    deepest = 0
    depth = {"[": 0, "(": 0}
    closing = {"]": "[", ")": "("}
    for match in _BRACKET_OR_PARAGRAPH_BREAK.finditer(source_text):
        mark = match.group()
        if mark in depth:
            depth[mark] += 1
            deepest = max(deepest, depth[mark])
        elif mark in closing:
            depth[closing[mark]] = max(0, depth[closing[mark]] - 1)
        else:
            depth = dict.fromkeys(depth, 0)
    return deepest


def _nesting(line: str) -> int:
    """How many block containers (quotes, list items, indents) a line opens."""
    prefix = _CONTAINER_PREFIX.match(line)
    assert prefix is not None  # the pattern matches the empty string
    markup = prefix.group().expandtabs(4)
    indentation = markup.count(" ") // 2
    return indentation + markup.count(">") + len(_LIST_MARKER.findall(markup))
