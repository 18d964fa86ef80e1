"""Articles and highlights as rows of the archive's tables: the columns read, and how a row
becomes a record and a record a row. Shared by the archive and by moving articles between
archives (:mod:`desktop.store.transfer`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, cast, get_args

from sqlite_utils import Database

from desktop.core.article import Article, ArticleFormat, article_name, with_current_metadata_keys
from desktop.store.anchoring import anchor, describe
from desktop.store.layout import layout_from_data, layout_to_data, pages_from_data
from desktop.store.records import ArchiveError, Highlight, NotFoundError, StoredArticle

MAX_TAG_LENGTH = 100
# An article's outlet and published date in SQL (NULL when unknown), under the metadata keys of
# now or, in rows stored by earlier versions, of before: one place for every query to read them.
SITE_SQL = "coalesce(json_extract(a.metadata, '$.site'), json_extract(a.metadata, '$.site_name'))"
PUBLISHED_SQL = "coalesce(json_extract(a.metadata, '$.published'), json_extract(a.metadata, '$.date'))"
_FORMATS = frozenset(get_args(ArticleFormat))
HIGHLIGHT_COLUMN_NAMES = (
    "id", "uid", "article_id", "pos_start", "pos_end", "exact", "prefix", "suffix", "colour", "note",
    "tags_text", "orphan", "created_at", "updated_at",
)  # fmt: skip
HIGHLIGHT_COLUMNS = ", ".join(f"h.{name}" for name in HIGHLIGHT_COLUMN_NAMES)
ARTICLE_COLUMNS = (
    "id, text, title, source, format, metadata, layout, added_at, opened_at, reading_position, note"
)


def normalise_tag(tag: str) -> str:
    """A tag as stored: no leading '#', no spaces (Obsidian tags cannot hold them)."""
    name = "-".join(tag.strip().lstrip("#").split())
    if not name or len(name) > MAX_TAG_LENGTH or not name.isprintable():
        raise ValueError(f"not a usable tag: {tag[:MAX_TAG_LENGTH]!r}")
    return name


def stored_article(row: tuple[Any, ...]) -> StoredArticle:
    article_id, text, title, source, fmt, metadata, layout, added_at, opened_at, position, note = row
    if fmt not in _FORMATS:
        raise ArchiveError(f"article {article_id} has an unknown format {fmt!r}")
    layout_data = json.loads(layout)
    blocks, inlines = layout_from_data(layout_data, len(text))
    article = Article(
        text=text,
        title=title,
        source=source,
        format=cast(ArticleFormat, fmt),
        blocks=blocks,
        inlines=inlines,
        pages=pages_from_data(layout_data, len(text)),
        metadata=with_current_metadata_keys(json.loads(metadata)),
    )
    return StoredArticle(article_id, article, added_at, opened_at, position, note)


def article_with_text(db: Database, content_hash: str) -> int | None:
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
    return None if row is None else int(row[0])


def stored_title(article: Article) -> str:
    """What the title column holds: the article's title, else the name the rule gives it."""
    return article_name(article.title, article.source, article.text)


def metadata_json(article: Article) -> str:
    return json.dumps(article.metadata, sort_keys=True, ensure_ascii=False)


def layout_json(article: Article) -> str:
    return json.dumps(layout_to_data(article.blocks, article.inlines, article.pages))


def insert_article(db: Database, stored: StoredArticle) -> int:
    article = stored.article
    cursor = db.execute(
        "INSERT INTO articles (title, text, source, format, metadata, layout, content_hash, added_at,"
        " opened_at, reading_position, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            stored_title(article), article.text, article.source, article.format, metadata_json(article),
            layout_json(article), article.content_hash, stored.added_at, stored.opened_at,
            stored.reading_position, stored.note,
        ],
    )  # fmt: skip
    return int(cast(int, cursor.lastrowid))


def placed(text: str, highlight: Highlight, article_id: int) -> Highlight:
    """``highlight`` anchored on ``text``: selectors describing where it now is, or an orphan
    keeping its last selectors."""
    found = anchor(text, highlight.selectors)
    if found is None:
        return replace(highlight, article_id=article_id, orphan=True)
    selectors = describe(text, found.start, found.end)
    return replace(
        highlight,
        article_id=article_id,
        start=selectors.start,
        end=selectors.end,
        exact=selectors.exact,
        prefix=selectors.prefix,
        suffix=selectors.suffix,
        orphan=False,
    )


def check_colour(db: Database, colour: str) -> None:
    if db.execute("SELECT 1 FROM colours WHERE key = ?", [colour]).fetchone() is None:
        raise ValueError(f"unknown colour {colour[:40]!r}")


def insert_highlight(db: Database, highlight: Highlight, *, keep_id: bool) -> int:
    cursor = db.execute(
        "INSERT INTO highlights (id, uid, article_id, pos_start, pos_end, exact, prefix, suffix, colour,"
        " note, orphan, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            highlight.id if keep_id else None, highlight.uid, highlight.article_id, highlight.start,
            highlight.end, highlight.exact, highlight.prefix, highlight.suffix, highlight.colour,
            highlight.note, highlight.orphan, highlight.created_at, highlight.updated_at,
        ],
    )  # fmt: skip
    highlight_id = int(cast(int, cursor.lastrowid))
    set_tags(db, highlight_id, highlight.tags)
    return highlight_id


def set_tags(db: Database, highlight_id: int, tags: Iterable[str]) -> None:
    names: dict[str, str] = {}
    for tag in tags:
        name = normalise_tag(tag)
        db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", [name])
        # The first spelling of a tag wins: "Climate" joins an existing "climate".
        names.setdefault(name.casefold(), name)
    db.execute("DELETE FROM highlight_tags WHERE highlight_id = ?", [highlight_id])
    stored: list[str] = []
    for name in names.values():
        tag_id, spelling = db.execute("SELECT id, name FROM tags WHERE name = ?", [name]).fetchone()
        db.execute("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)", [highlight_id, tag_id])
        stored.append(spelling)
    db.execute(
        "UPDATE highlights SET tags_text = ? WHERE id = ?",
        [" ".join(sorted(stored, key=str.casefold)), highlight_id],
    )


def highlight_from_row(row: Sequence[Any]) -> Highlight:
    (highlight_id, uid, article_id, start, end, exact, prefix, suffix, colour, note, tags_text, orphan,
     created_at, updated_at) = row  # fmt: skip
    return Highlight(
        highlight_id, uid, article_id, start, end, exact, prefix, suffix, colour, note,
        tuple(tags_text.split()), bool(orphan), created_at, updated_at,
    )  # fmt: skip


def highlights_where(
    db: Database, where: str, params: list[Any], order: str = "h.pos_start, h.pos_end, h.id"
) -> list[Highlight]:
    rows = db.execute(f"SELECT {HIGHLIGHT_COLUMNS} FROM highlights h WHERE {where} ORDER BY {order}", params)
    return [highlight_from_row(row) for row in rows.fetchall()]


def highlight_by_id(db: Database, highlight_id: int) -> Highlight:
    found = highlights_where(db, "h.id = ?", [highlight_id])
    if not found:
        raise NotFoundError(f"no highlight {highlight_id} in the archive")
    return found[0]
