"""Plain records the archive hands out; the UI codes against these, never against SQL rows."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal, Protocol

from desktop.core.article import Article
from desktop.store.anchoring import Selectors

LibrarySort = Literal[
    "title", "source", "site", "author", "published", "added", "opened", "highlights", "changed"
]
OpenStatus = Literal["new", "same", "reanchored"]
SearchField = Literal["title", "text", "note", "metadata", "quote", "tags"]


class ArchiveError(Exception):
    """The archive cannot do what was asked; ``str(error)`` is a one-line message for the user."""


class NotFoundError(ArchiveError):
    """An article or highlight id that is not (or no longer) in the archive."""


class DamagedArchiveError(ArchiveError):
    """The archive file is damaged: it is (now) open read-only, and the message says where the
    latest backup is."""


class ImportRejected(ArchiveError):
    """An import file was refused as a whole; the message names the first problem found."""


@dataclass(frozen=True)
class Colour:
    key: str
    meaning: str


@dataclass(frozen=True)
class Highlight:
    """A user highlight. ``start``/``end`` are its current place in the article text; for an
    orphan they are where it last was, and ``exact``/``prefix``/``suffix`` what it quoted.
    ``id`` and ``article_id`` are 0 for a highlight read from an import file, not yet stored."""

    id: int
    uid: str
    article_id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    colour: str
    note: str
    tags: tuple[str, ...]
    orphan: bool
    created_at: str
    updated_at: str

    @property
    def selectors(self) -> Selectors:
        return Selectors(self.start, self.end, self.exact, self.prefix, self.suffix)


@dataclass(frozen=True)
class StoredArticle:
    """An article with what the archive knows about the reader's use of it (``id`` 0: not stored)."""

    id: int
    article: Article
    added_at: str
    opened_at: str
    reading_position: int
    note: str


@dataclass(frozen=True)
class ArticleExport:
    """One article and all its highlights (orphans included), as exported or imported."""

    stored: StoredArticle
    highlights: tuple[Highlight, ...]


@dataclass(frozen=True)
class SalvagedExport:
    """What could be read from a (possibly damaged) archive for export, and what could not:
    ``unreadable`` names each article, highlight or table that was skipped."""

    exports: tuple[ArticleExport, ...]
    colours: tuple[Colour, ...]
    unreadable: tuple[str, ...]


@dataclass(frozen=True)
class OpenedArticle:
    """What the reader needs after opening an article: ``highlights`` are placed on the current
    text, in text order; ``orphans`` could not be placed and wait for the user."""

    article_id: int
    status: OpenStatus
    reading_position: int
    note: str
    highlights: tuple[Highlight, ...]
    orphans: tuple[Highlight, ...]
    # The article's current version, and the one the reader was shown before this opening
    # (0: never): the text changed since it was read when 0 < ``read_version`` < ``version``.
    version: int = 1
    read_version: int = 0

    @property
    def changed_since_read(self) -> bool:
        return 0 < self.read_version < self.version


@dataclass(frozen=True)
class ArticleVersion:
    """One of an article's texts: ``number`` counts from 1, the highest is the current text;
    ``stored_at`` is when it became the article's text."""

    article_id: int
    number: int
    article: Article
    stored_at: str


@dataclass(frozen=True)
class LibraryEntry:
    id: int
    title: str | None
    source: str | None
    added_at: str
    opened_at: str
    highlight_count: int
    site: str = ""
    author: str = ""
    published: str = ""
    # Its text changed since the reader was last shown it (a newer version was added since).
    changed_since_read: bool = False


@dataclass(frozen=True)
class HighlightListing:
    """A highlight in the all-highlights view, with the article it belongs to."""

    highlight: Highlight
    article_title: str | None
    article_source: str | None


@dataclass(frozen=True)
class SearchHit:
    """One full-text search result. ``snippet`` is plain text; ``marks`` are the (start, end)
    ranges of matched words inside it. ``offset`` is where to scroll in the article text
    (None when the hit is in the title or the article note)."""

    article_id: int
    article_title: str | None
    highlight_id: int | None
    field: SearchField
    offset: int | None
    snippet: str
    marks: tuple[tuple[int, int], ...]


class PipelineIdentity(Protocol):
    """What an analysis depends on besides its text (a ``desktop.nlp.pipeline.Pipeline``)."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def extraction_version(self) -> str: ...


@dataclass(frozen=True)
class AnalysisCacheKey:
    """Everything an analysis result depends on; a change in any part is a cache miss."""

    text_hash: str
    pipeline_name: str
    pipeline_version: str
    extraction_version: str
    # Of the reader's entity corrections the analysis applied ("" for none): see
    # desktop.core.entity_corrections.corrections_digest.
    corrections_digest: str = ""

    @classmethod
    def of(cls, text: str, pipeline: PipelineIdentity, corrections_digest: str = "") -> AnalysisCacheKey:
        """The key of ``text`` analysed by ``pipeline`` with the corrections of that digest."""
        return cls(
            hashlib.sha256(text.encode("utf-8")).hexdigest(),
            pipeline.name,
            pipeline.version,
            pipeline.extraction_version,
            corrections_digest,
        )


@dataclass(frozen=True)
class ImportSummary:
    articles_added: int
    articles_merged: int
    highlights_added: int
    highlights_skipped: int
