"""The reader's archive: articles, highlights, notes, tags and cached analyses in one SQLite file.

Every public method that changes something commits before it returns (its own transaction),
so there is no Save and a crash loses at most the change in flight. One :class:`Archive` is
the process's single writer connection; use it from one thread (open a second one with
``read_only=True`` for background reads). Writers in other processes wait up to
``BUSY_TIMEOUT_MS`` for each other instead of failing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, cast, get_args

from sqlite_utils import Database

from desktop.core.article import Article, ArticleFormat
from desktop.store import search as full_text
from desktop.store.anchoring import anchor, describe
from desktop.store.layout import layout_from_data, layout_to_data
from desktop.store.migrations import DEFAULT_COLOURS, MIGRATIONS, known_step_names
from desktop.store.records import (
    AnalysisCacheKey,
    ArchiveError,
    ArticleExport,
    Colour,
    Highlight,
    HighlightListing,
    ImportRejected,
    ImportSummary,
    LibraryEntry,
    LibrarySort,
    NotFoundError,
    OpenedArticle,
    OpenStatus,
    SearchHit,
    StoredArticle,
)

BUSY_TIMEOUT_MS = 10_000
MAX_TAG_LENGTH = 100

_KNOWN_STEPS = frozenset(known_step_names())
_FORMATS = frozenset(get_args(ArticleFormat))
_HIGHLIGHT_COLUMNS = (
    "h.id, h.uid, h.article_id, h.pos_start, h.pos_end, h.exact, h.prefix, h.suffix, h.colour,"
    " h.note, h.tags_text, h.orphan, h.created_at, h.updated_at"
)
_LIBRARY_ORDER: dict[LibrarySort, str] = {
    "title": "a.title COLLATE NOCASE",
    "source": "a.source COLLATE NOCASE",
    "added": "a.added_at",
    "opened": "a.opened_at",
    "highlights": "highlight_count",
}


def now_timestamp() -> str:
    """UTC time as ISO 8601 with milliseconds, the form used for every stored time."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def normalise_tag(tag: str) -> str:
    """A tag as stored: no leading '#', no spaces (Obsidian tags cannot hold them)."""
    name = "-".join(tag.strip().lstrip("#").split())
    if not name or len(name) > MAX_TAG_LENGTH or not name.isprintable():
        raise ValueError(f"not a usable tag: {tag[:MAX_TAG_LENGTH]!r}")
    return name


class Archive:
    """An open archive file. Raises :class:`ArchiveError` when the file cannot be used: not
    SQLite, damaged, written by a newer version, or in a place it cannot be written to."""

    def __init__(
        self, path: str | Path, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        """``busy_timeout_ms``: how long a write waits for another writer before it fails (a GUI
        passes a short one and retries later rather than freezing)."""
        self.path = Path(path)
        self.read_only = read_only
        self._db = _connect(self.path, read_only, busy_timeout_ms)
        try:
            _prepare_schema(self._db, self.path, read_only)
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many changes into one transaction (bulk loads): all of them or none."""
        with self._writing():
            yield

    # -- articles ---------------------------------------------------------------------------

    def open_article(self, article: Article) -> OpenedArticle:
        """Find ``article`` by its text, else by its source (then its highlights are re-anchored
        onto the new text, which replaces the stored one), else add it. Marks it opened now.
        A read-only archive only finds articles by their text (NotFoundError otherwise)."""
        if self.read_only:
            row = self._db.execute(
                "SELECT id FROM articles WHERE content_hash = ?", [article.content_hash]
            ).fetchone()
            if row is None:
                raise NotFoundError("this article is not in the archive, which is open read-only")
            return self._opened(row[0], "same")
        with self._writing() as db:
            now = now_timestamp()
            status: OpenStatus = "same"
            row = db.execute(
                "SELECT id FROM articles WHERE content_hash = ?", [article.content_hash]
            ).fetchone()
            if row is None and article.source:
                row = db.execute(
                    "SELECT id FROM articles WHERE source = ? ORDER BY opened_at DESC LIMIT 1",
                    [article.source],
                ).fetchone()
                if row is not None:
                    _replace_text(db, row[0], article)
                    status = "reanchored"
            if row is None:
                article_id = _insert_article(db, StoredArticle(0, article, now, now, 0, ""))
                status = "new"
            else:
                article_id = row[0]
                db.execute("UPDATE articles SET opened_at = ? WHERE id = ?", [now, article_id])
            return self._opened(article_id, status)

    def load_article(self, article_id: int) -> Article:
        """The article as stored: no need for the original file."""
        return self.stored_article(article_id).article

    def stored_article(self, article_id: int) -> StoredArticle:
        row = self._db.execute(
            "SELECT id, text, title, source, format, metadata, layout, added_at, opened_at,"
            " reading_position, note FROM articles WHERE id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no article {article_id} in the archive")
        return _stored_article(row)

    def find_article(self, reference: str) -> int | None:
        """An article id from what a user may type: its id, its content hash (or a prefix of at
        least 8 characters of it) or its source path/URL."""
        if reference.isdigit():
            row = self._db.execute("SELECT id FROM articles WHERE id = ?", [int(reference)]).fetchone()
        elif len(reference) >= 8 and all(char in "0123456789abcdef" for char in reference):
            row = self._db.execute(
                "SELECT id FROM articles WHERE content_hash >= ? AND content_hash < ? ORDER BY content_hash",
                [reference, reference + "g"],
            ).fetchone()
        else:
            row = self._db.execute(
                "SELECT id FROM articles WHERE source = ? ORDER BY opened_at DESC", [reference]
            ).fetchone()
        return None if row is None else int(row[0])

    def list_articles(self, sort: LibrarySort = "opened", *, descending: bool = True) -> list[LibraryEntry]:
        """Every archived article with its highlight count, for the Library window."""
        direction = "DESC" if descending else "ASC"
        rows = self._db.execute(
            "SELECT a.id, a.title, a.source, a.added_at, a.opened_at,"
            " (SELECT count(*) FROM highlights h WHERE h.article_id = a.id) AS highlight_count"
            f" FROM articles a ORDER BY {_LIBRARY_ORDER[sort]} {direction}, a.id {direction}"
        ).fetchall()
        return [LibraryEntry(*row) for row in rows]

    def delete_article(self, article_id: int) -> None:
        """Delete an article and, with it, all its highlights."""
        with self._writing() as db:
            if db.execute("DELETE FROM articles WHERE id = ?", [article_id]).rowcount == 0:
                raise NotFoundError(f"no article {article_id} in the archive")

    def set_reading_position(self, article_id: int, position: int) -> None:
        self._update_article(article_id, "reading_position", max(0, position))

    def set_article_note(self, article_id: int, note: str) -> None:
        self._update_article(article_id, "note", note)

    # -- highlights -------------------------------------------------------------------------

    def add_highlight(
        self,
        article_id: int,
        start: int,
        end: int,
        colour: str = "yellow",
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Highlight:
        """Highlight ``text[start:end]`` of the article. ValueError for an empty or out-of-range
        span, an unknown colour or an unusable tag."""
        with self._writing() as db:
            selectors = describe(_article_text(db, article_id), start, end)
            _check_colour(db, colour)
            now = now_timestamp()
            highlight = Highlight(
                0, uuid.uuid4().hex, article_id, start, end, selectors.exact, selectors.prefix,
                selectors.suffix, colour, note, tuple(tags), False, now, now,
            )  # fmt: skip
            highlight_id = _insert_highlight(db, highlight, keep_id=False)
            return _highlight(db, highlight_id)

    def update_highlight(
        self,
        highlight_id: int,
        *,
        colour: str | None = None,
        note: str | None = None,
        tags: Iterable[str] | None = None,
    ) -> Highlight:
        """Change what is given; returns the updated highlight."""
        with self._writing() as db:
            current = _highlight(db, highlight_id)
            if colour is not None:
                _check_colour(db, colour)
            db.execute(
                "UPDATE highlights SET colour = ?, note = ?, updated_at = ? WHERE id = ?",
                [
                    colour or current.colour,
                    current.note if note is None else note,
                    now_timestamp(),
                    highlight_id,
                ],
            )
            if tags is not None:
                _set_tags(db, highlight_id, tags)
            return _highlight(db, highlight_id)

    def delete_highlight(self, highlight_id: int) -> Highlight:
        """Delete a highlight; returns it as it was, for :meth:`restore_highlight` (undo)."""
        with self._writing() as db:
            deleted = _highlight(db, highlight_id)
            db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])
            return deleted

    def restore_highlight(self, highlight: Highlight) -> Highlight:
        """Put back a deleted highlight exactly as it was (same id, times, tags): undo of delete."""
        with self._writing() as db:
            _article_text(db, highlight.article_id)
            try:
                _insert_highlight(db, highlight, keep_id=True)
            except sqlite3.IntegrityError as error:
                raise ArchiveError(f"highlight {highlight.id} cannot be restored: {error}") from error
            return _highlight(db, highlight.id)

    def place_orphan(self, highlight_id: int, start: int, end: int) -> Highlight:
        """Re-place an orphan (or move any highlight) onto ``text[start:end]``; keeps its note,
        colour and tags, and quotes the new passage."""
        with self._writing() as db:
            current = _highlight(db, highlight_id)
            selectors = describe(_article_text(db, current.article_id), start, end)
            db.execute(
                "UPDATE highlights SET pos_start = ?, pos_end = ?, exact = ?, prefix = ?, suffix = ?,"
                " orphan = 0, updated_at = ? WHERE id = ?",
                [
                    start,
                    end,
                    selectors.exact,
                    selectors.prefix,
                    selectors.suffix,
                    now_timestamp(),
                    highlight_id,
                ],
            )
            return _highlight(db, highlight_id)

    def highlight(self, highlight_id: int) -> Highlight:
        return _highlight(self._db, highlight_id)

    def highlights(self, article_id: int) -> list[Highlight]:
        """The article's placed highlights in text order."""
        return _highlights(self._db, "h.article_id = ? AND h.orphan = 0", [article_id])

    def orphans(self, article_id: int) -> list[Highlight]:
        """The article's highlights that could not be placed on its current text."""
        return _highlights(self._db, "h.article_id = ? AND h.orphan = 1", [article_id])

    def find_highlights(
        self,
        *,
        colour: str | None = None,
        tag: str | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[HighlightListing]:
        """All highlights across the library, newest first, filtered by colour, tag and a
        case-insensitive substring of the quote or the note."""
        pattern = (
            None
            if not text
            else "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        rows = self._db.execute(
            f"SELECT {_HIGHLIGHT_COLUMNS}, a.title, a.source FROM highlights h"
            " JOIN articles a ON a.id = h.article_id"
            " WHERE (:colour IS NULL OR h.colour = :colour)"
            " AND (:tag IS NULL OR h.id IN (SELECT ht.highlight_id FROM highlight_tags ht"
            "      JOIN tags t ON t.id = ht.tag_id WHERE t.name = :tag))"
            " AND (:pattern IS NULL OR h.exact LIKE :pattern ESCAPE '\\' OR h.note LIKE :pattern ESCAPE '\\')"
            " ORDER BY h.created_at DESC, h.id DESC LIMIT :limit",
            {"colour": colour, "tag": tag, "pattern": pattern, "limit": -1 if limit is None else limit},
        ).fetchall()
        return [HighlightListing(_highlight_from_row(row[:14]), row[14], row[15]) for row in rows]

    def tags(self) -> list[str]:
        """Tags in use, most used first: for autocompletion."""
        rows = self._db.execute(
            "SELECT t.name FROM tags t JOIN highlight_tags ht ON ht.tag_id = t.id"
            " GROUP BY t.id ORDER BY count(*) DESC, t.name COLLATE NOCASE"
        ).fetchall()
        return [row[0] for row in rows]

    def colours(self) -> list[Colour]:
        rows = self._db.execute("SELECT key, meaning FROM colours ORDER BY position").fetchall()
        return [Colour(*row) for row in rows]

    def rename_colour(self, key: str, meaning: str) -> None:
        with self._writing() as db:
            if db.execute("UPDATE colours SET meaning = ? WHERE key = ?", [meaning, key]).rowcount == 0:
                raise ValueError(f"unknown colour {key!r}")

    # -- search -----------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over article texts, titles and notes, highlighted passages,
        highlight notes and tags; best first."""
        try:
            return full_text.search(self._db, query, limit=limit, offset=offset)
        except sqlite3.OperationalError as error:
            raise ArchiveError(f"search failed: {error}") from error

    # -- analysis cache ---------------------------------------------------------------------

    def get_cached_analysis(self, key: AnalysisCacheKey) -> str | None:
        """The analysis JSON stored for exactly this text and pipeline, or None."""
        row = self._db.execute(
            "SELECT json FROM analysis_cache WHERE text_hash = ? AND pipeline_name = ?"
            " AND pipeline_version = ? AND extraction_version = ?",
            [key.text_hash, key.pipeline_name, key.pipeline_version, key.extraction_version],
        ).fetchone()
        return None if row is None else str(row[0])

    def put_cached_analysis(self, key: AnalysisCacheKey, json_text: str) -> None:
        """Store an analysis; results of other pipeline versions for the same text are dropped,
        since they can never be asked for again by this version."""
        with self._writing() as db:
            db.execute("DELETE FROM analysis_cache WHERE text_hash = ?", [key.text_hash])
            db.execute(
                "INSERT INTO analysis_cache VALUES (?, ?, ?, ?, ?, ?)",
                [key.text_hash, key.pipeline_name, key.pipeline_version, key.extraction_version,
                 json_text, now_timestamp()],
            )  # fmt: skip

    # -- export and import ------------------------------------------------------------------

    def export_articles(self, article_ids: Sequence[int] | None = None) -> list[ArticleExport]:
        """Articles (all when ``article_ids`` is None) with all their highlights, in a stable
        order that does not depend on row ids, so that a re-imported archive exports the same."""
        if article_ids is None:
            ids = [
                row[0] for row in self._db.execute("SELECT id FROM articles ORDER BY added_at, content_hash")
            ]
        else:
            ids = list(article_ids)
        return [
            ArticleExport(
                self.stored_article(article_id),
                tuple(
                    _highlights(
                        self._db, "h.article_id = ?", [article_id], order="h.pos_start, h.pos_end, h.uid"
                    )
                ),
            )
            for article_id in ids
        ]

    def import_articles(
        self, exports: Sequence[ArticleExport], colours: Sequence[Colour] = ()
    ) -> ImportSummary:
        """Add imported articles and highlights in one transaction (all or nothing). An article
        already here (same text) receives the highlights it lacks; a highlight already here
        (same uid) is skipped; one whose quote no longer matches its position is re-anchored.
        Colour meanings are taken only where the user kept the default meaning."""
        added = merged = highlights_added = skipped = 0
        with self._writing() as db:
            _import_colours(db, colours)
            for export in exports:
                row = db.execute(
                    "SELECT id FROM articles WHERE content_hash = ?", [export.stored.article.content_hash]
                ).fetchone()
                if row is None:
                    article_id = _insert_article(db, export.stored)
                    added += 1
                else:
                    article_id = row[0]
                    merged += 1
                text = export.stored.article.text
                for highlight in export.highlights:
                    if db.execute("SELECT 1 FROM highlights WHERE uid = ?", [highlight.uid]).fetchone():
                        skipped += 1
                        continue
                    try:
                        _check_colour(db, highlight.colour)
                        _insert_highlight(db, _placed(text, highlight, article_id), keep_id=False)
                    except ValueError as error:
                        raise ImportRejected(f"annotation {highlight.uid}: {error}") from error
                    highlights_added += 1
        return ImportSummary(added, merged, highlights_added, skipped)

    # -- internals --------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[Database]:
        """One write transaction; nested calls (inside :meth:`batch`) become savepoints.
        ``BEGIN IMMEDIATE`` takes the write lock up front, so a second process waits for it
        (busy timeout) instead of failing half-way through."""
        if self.read_only:
            raise ArchiveError(f"the archive {self.path} is open read-only; nothing can be changed")
        if self._db.conn.in_transaction:
            with self._db.atomic():
                yield self._db
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise ArchiveError(f"cannot write to the archive {self.path}: {error}") from error
        try:
            yield self._db
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            self._db.conn.rollback()
            raise ArchiveError(f"the change could not be saved in {self.path}: {error}") from error
        except BaseException:
            self._db.conn.rollback()
            raise

    def _update_article(self, article_id: int, column: str, value: object) -> None:
        with self._writing() as db:
            if (
                db.execute(f"UPDATE articles SET {column} = ? WHERE id = ?", [value, article_id]).rowcount
                == 0
            ):
                raise NotFoundError(f"no article {article_id} in the archive")

    def _opened(self, article_id: int, status: OpenStatus) -> OpenedArticle:
        position, note = self._db.execute(
            "SELECT reading_position, note FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        every = _highlights(self._db, "h.article_id = ?", [article_id])
        return OpenedArticle(
            article_id,
            status,
            position,
            note,
            tuple(highlight for highlight in every if not highlight.orphan),
            tuple(highlight for highlight in every if highlight.orphan),
        )


# -- opening ----------------------------------------------------------------------------------


def _connect(path: Path, read_only: bool, busy_timeout_ms: int) -> Database:
    if path.is_dir():
        raise ArchiveError(f"{path} is a folder, not an archive file")
    try:
        if read_only:
            if not path.exists():
                raise ArchiveError(f"there is no archive at {path}")
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            writable = os.access(path.parent, os.W_OK) and (
                not path.exists() or os.access(path, os.R_OK | os.W_OK)
            )
            if not writable:
                raise ArchiveError(
                    f"the archive {path} cannot be written here; open it read-only to browse it"
                )
            conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
    except (OSError, sqlite3.Error) as error:
        raise ArchiveError(f"cannot open the archive {path}: {error}") from error
    # No plugins: nothing outside this package may change how the archive connection behaves.
    return Database(conn, execute_plugins=False)


def _prepare_schema(db: Database, path: Path, read_only: bool) -> None:
    """Check the file is an archive this version understands, then bring its schema up to
    date. Every refusal happens before anything is written."""
    try:
        tables = set(db.table_names())
        applied = [step.name for step in MIGRATIONS.applied(db)]
        if tables and not applied:
            raise ArchiveError(
                f"{path} is an SQLite database but not a Reading Assistant archive; it was not changed"
            )
        unknown = [name for name in applied if name not in _KNOWN_STEPS]
        if unknown:
            raise ArchiveError(
                f"{path} was written by a newer version of Reading Assistant (schema step {unknown[-1]!r});"
                " update the app to open it. The archive was not changed."
            )
        pending = MIGRATIONS.pending(db)
        if read_only:
            if pending:
                raise ArchiveError(f"{path} needs a schema upgrade, which cannot be done read-only")
            return
        if db.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            raise ArchiveError(f"{path}: the archive could not be switched to WAL journaling")
        if pending:
            db.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS.apply(db)
                db.execute("COMMIT")
            except BaseException:
                db.conn.rollback()
                raise
    except sqlite3.OperationalError as error:
        raise ArchiveError(f"cannot open the archive {path}: {error}") from error
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{path} is not a Reading Assistant archive, or it is damaged: {error}") from error


# -- rows -------------------------------------------------------------------------------------


def _stored_article(row: tuple[Any, ...]) -> StoredArticle:
    article_id, text, title, source, fmt, metadata, layout, added_at, opened_at, position, note = row
    if fmt not in _FORMATS:
        raise ArchiveError(f"article {article_id} has an unknown format {fmt!r}")
    blocks, inlines = layout_from_data(json.loads(layout), len(text))
    article = Article(
        text=text,
        title=title,
        source=source,
        format=cast(ArticleFormat, fmt),
        blocks=blocks,
        inlines=inlines,
        metadata=json.loads(metadata),
    )
    return StoredArticle(article_id, article, added_at, opened_at, position, note)


def _insert_article(db: Database, stored: StoredArticle) -> int:
    article = stored.article
    cursor = db.execute(
        "INSERT INTO articles (title, text, source, format, metadata, layout, content_hash, added_at,"
        " opened_at, reading_position, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article.title, article.text, article.source, article.format,
            json.dumps(article.metadata, sort_keys=True, ensure_ascii=False),
            json.dumps(layout_to_data(article.blocks, article.inlines)),
            article.content_hash, stored.added_at, stored.opened_at, stored.reading_position, stored.note,
        ],
    )  # fmt: skip
    return int(cast(int, cursor.lastrowid))


def _replace_text(db: Database, article_id: int, article: Article) -> None:
    """The article's file changed: re-anchor every highlight (orphans get another chance too)
    on the new text, then store the new text."""
    for highlight in _highlights(db, "h.article_id = ?", [article_id]):
        placed = _placed(article.text, highlight, article_id)
        db.execute(
            "UPDATE highlights SET pos_start = ?, pos_end = ?, exact = ?, prefix = ?, suffix = ?, orphan = ?"
            " WHERE id = ?",
            [
                placed.start,
                placed.end,
                placed.exact,
                placed.prefix,
                placed.suffix,
                placed.orphan,
                highlight.id,
            ],
        )
    db.execute(
        "UPDATE articles SET title = ?, text = ?, format = ?, metadata = ?, layout = ?, content_hash = ?"
        " WHERE id = ?",
        [
            article.title, article.text, article.format,
            json.dumps(article.metadata, sort_keys=True, ensure_ascii=False),
            json.dumps(layout_to_data(article.blocks, article.inlines)), article.content_hash, article_id,
        ],
    )  # fmt: skip


def _placed(text: str, highlight: Highlight, article_id: int) -> Highlight:
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


def _article_text(db: Database, article_id: int) -> str:
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no article {article_id} in the archive")
    return str(row[0])


def _check_colour(db: Database, colour: str) -> None:
    if db.execute("SELECT 1 FROM colours WHERE key = ?", [colour]).fetchone() is None:
        raise ValueError(f"unknown colour {colour[:40]!r}")


def _import_colours(db: Database, colours: Sequence[Colour]) -> None:
    defaults = dict(DEFAULT_COLOURS)
    for colour in colours:
        row = db.execute("SELECT meaning FROM colours WHERE key = ?", [colour.key]).fetchone()
        if row is None:
            raise ImportRejected(f"unknown colour {colour.key[:40]!r}")
        if row[0] == defaults.get(colour.key):
            db.execute("UPDATE colours SET meaning = ? WHERE key = ?", [colour.meaning, colour.key])


def _insert_highlight(db: Database, highlight: Highlight, *, keep_id: bool) -> int:
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
    _set_tags(db, highlight_id, highlight.tags)
    return highlight_id


def _set_tags(db: Database, highlight_id: int, tags: Iterable[str]) -> None:
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


def _highlight_from_row(row: Sequence[Any]) -> Highlight:
    (highlight_id, uid, article_id, start, end, exact, prefix, suffix, colour, note, tags_text, orphan,
     created_at, updated_at) = row  # fmt: skip
    return Highlight(
        highlight_id, uid, article_id, start, end, exact, prefix, suffix, colour, note,
        tuple(tags_text.split()), bool(orphan), created_at, updated_at,
    )  # fmt: skip


def _highlights(
    db: Database, where: str, params: list[Any], order: str = "h.pos_start, h.pos_end, h.id"
) -> list[Highlight]:
    rows = db.execute(f"SELECT {_HIGHLIGHT_COLUMNS} FROM highlights h WHERE {where} ORDER BY {order}", params)
    return [_highlight_from_row(row) for row in rows.fetchall()]


def _highlight(db: Database, highlight_id: int) -> Highlight:
    found = _highlights(db, "h.id = ?", [highlight_id])
    if not found:
        raise NotFoundError(f"no highlight {highlight_id} in the archive")
    return found[0]
