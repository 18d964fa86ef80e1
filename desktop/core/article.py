"""The article as the reader sees it: text plus the structure needed to lay it out.

Every offset here is a Python string offset (code points) into ``Article.text``; the
UI converts to UTF-16 at the Qt boundary.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Literal
from urllib.parse import unquote, urlsplit

ArticleFormat = Literal["text", "markdown", "html", "pdf", "epub"]
BlockKind = Literal["heading", "paragraph", "list_item", "quote", "code", "table_row"]
InlineStyle = Literal["bold", "italic", "code", "link"]
_WEB_PREFIXES = ("http://", "https://")


def is_web_address(reference: str) -> bool:
    """A source that is fetched from the web (any case of the scheme), not a file's path."""
    return reference.lower().startswith(_WEB_PREFIXES)


@dataclass(frozen=True)
class Block:
    """A layout block (paragraph, heading…) covering ``text[start:end]``."""

    start: int
    end: int
    kind: BlockKind = "paragraph"
    level: int = 0


@dataclass(frozen=True)
class Inline:
    """Inline styling over ``text[start:end]``; ``href`` is set for links."""

    start: int
    end: int
    style: InlineStyle
    href: str | None = None


@dataclass(frozen=True)
class Page:
    """Page ``number`` (1-based) of a paginated source covers ``text[start:end]``."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None = None
    source: str | None = None
    format: ArticleFormat = "text"
    blocks: tuple[Block, ...] = ()
    inlines: tuple[Inline, ...] = ()
    pages: tuple[Page, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict, compare=False)

    @functools.cached_property
    def content_hash(self) -> str:
        """Identity of the text itself: the same words from another file are the same article.
        Kept once computed (the article is frozen): a book's text took milliseconds to hash
        each of the several times opening it asked."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


# What a source may tell about an article (the analyze contract's ``metadata`` keys), and the
# names earlier versions stored some of them under.
METADATA_KEYS = ("author", "site", "published", "url")
_FORMER_METADATA_KEYS = {"site_name": "site", "date": "published"}
# A name made from the text itself stops after this many words.
_NAME_WORDS = 8
# Zero-width and bidirectional controls a pasted or fetched title may carry: unseen, yet they
# reorder or hide a window title's and a tab's text.
_INVISIBLE_IN_NAMES = dict.fromkeys(
    [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF]
)


def with_current_metadata_keys(metadata: dict[str, str]) -> dict[str, str]:
    """``metadata`` with keys stored by earlier versions renamed to the contract's."""
    renamed = {_FORMER_METADATA_KEYS.get(key, key): value for key, value in metadata.items()}
    return {key: value for key, value in renamed.items() if value}


def article_name(title: str | None, source: str | None, text: str = "") -> str:
    """The one name of an article, wherever it is shown: its title; else its file's or web
    page's name; else its first words; else "Untitled article". Zero-width and bidirectional
    controls are left out of it (not out of the text, whose offsets they would move)."""
    title = (title or "").translate(_INVISIBLE_IN_NAMES)
    if title.strip():
        return " ".join(title.split())
    if source:
        path = urlsplit(source).path if "://" in source else source
        stem = PurePosixPath(unquote(path).replace("\\", "/").rstrip("/")).stem
        if stem.strip():
            return stem
        host = urlsplit(source).hostname
        if host:
            return host
    head = text.split(maxsplit=_NAME_WORDS)  # the first words, then the rest in one piece
    words = [word for word in (part.translate(_INVISIBLE_IN_NAMES) for part in head[:_NAME_WORDS]) if word]
    if words:
        return " ".join(words) + ("…" if len(head) > _NAME_WORDS else "")
    return "Untitled article"


def page_at(pages: tuple[Page, ...], offset: int) -> int | None:
    """The number of the page holding text offset ``offset`` (the page before, for an offset
    between two pages), or None without pages. ``pages`` are in text order."""
    if not pages:
        return None
    at = bisect.bisect_right(pages, offset, key=lambda page: page.start)
    return pages[max(at - 1, 0)].number


class ArticleLoadError(Exception):
    """An article could not be loaded; ``str(error)`` is a one-line message for the user."""
