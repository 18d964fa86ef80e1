"""Markdown as an article: rendered with Python-Markdown, offsets into the rendered text.

Raw HTML in the source is shown as literal text, never interpreted, and images are
not fetched (they show nothing). Python-Markdown recurses per nesting level and has
super-linear paths on some inputs, so rendering runs in a child process with a time
limit, and sources nested or bracketed too deeply are not even tried. Either way the
source is shown as plain text with a note in ``metadata["rendering_note"]``.

YAML front matter (Obsidian, Jekyll, Hugo, Pandoc) is not part of the article: its title,
author, site, date and URL become the article's title and metadata.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

import lxml.html
import markdown
import yaml

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
# "---" on the first line, then YAML, then "---" or "..." on a line of its own.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
MAX_FRONT_MATTER_CHARS = 16_384
# Front matter keys in use across note apps and static site generators → metadata keys.
_FRONT_MATTER_KEYS = {
    "author": "author",
    "authors": "author",
    "creator": "author",
    "site": "site",
    "publisher": "site",
    "outlet": "site",
    "published": "published",
    "date": "published",
    "url": "url",
    "link": "url",
    "source": "url",
}


def article_from_markdown(source_text: str, source: str | None = None) -> Article:
    """The rendered article of Markdown ``source_text``: text without markup, with blocks and inlines."""
    if not source_text.strip():
        raise ArticleLoadError("The article is empty (no text, only whitespace).")
    front_title, metadata, source_text = _front_matter(source_text)
    if not source_text.strip():
        raise ArticleLoadError("The Markdown file has only front matter, no article text.")
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
        note = {"rendering_note": f"Shown as plain text: {reason}."}
        return replace(fallback, title=front_title or fallback.title, metadata=metadata | note)
    layout = layout_html(lxml.html.fragment_fromstring(html, create_parent="div", parser=_UTF8_HTML))
    if not layout.text.strip():
        raise ArticleLoadError("The Markdown file has no text to show (only markup or images).")
    title = next(
        (layout.text[b.start : b.end] for b in layout.blocks if b.kind == "heading" and b.level == 1),
        None,
    )
    return Article(
        text=layout.text,
        title=front_title or title,
        source=source,
        format="markdown",
        blocks=layout.blocks,
        inlines=layout.inlines,
        metadata=metadata,
    )


def _front_matter(source_text: str) -> tuple[str | None, dict[str, str], str]:
    """(title, metadata, the rest of the source) of a source that opens with YAML front
    matter; a block that is not a YAML mapping stays part of the article."""
    match = _FRONT_MATTER.match(source_text)
    if match is None or len(match.group()) > MAX_FRONT_MATTER_CHARS:
        return None, {}, source_text
    try:
        fields = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError:
        return None, {}, source_text
    if not isinstance(fields, dict):
        return None, {}, source_text
    values = {str(key).lower(): _front_matter_value(value) for key, value in fields.items()}
    metadata: dict[str, str] = {}
    for key, target in _FRONT_MATTER_KEYS.items():
        usable = target != "url" or values.get(key, "").startswith(("http://", "https://"))
        if values.get(key) and target not in metadata and usable:
            metadata[target] = values[key]
    return values.get("title") or None, metadata, source_text[match.end() :]


def _front_matter_value(value: object) -> str:
    """A scalar as text, a list of scalars joined ("authors: [A, B]"); nested data ignored."""
    if isinstance(value, list):
        return ", ".join(
            filter(None, (_front_matter_value(item) for item in value if not isinstance(item, list)))
        )
    if isinstance(value, datetime.date):
        return value.isoformat()  # "2024-03-04T10:30:00", not str()'s "2024-03-04 10:30:00"
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return " ".join(str(value).split())[:500]
    return ""


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
