"""The reader's archive: articles, highlights, notes, tags and cached analyses in one SQLite file.

Every public method that changes something commits before it returns (its own transaction),
so there is no Save and a crash loses at most the change in flight. One :class:`Archive` is
the process's single writer connection; use it from one thread (open a second one with
``read_only=True`` for background reads). Writers in other processes wait up to
``BUSY_TIMEOUT_MS`` for each other instead of failing.

A damaged file is never written to: opening for writing runs SQLite's ``quick_check`` first
(for a large archive on a background thread, whose verdict the first write waits for), and
any sign of damage met later turns the open archive read-only. Both raise
:class:`DamagedArchiveError`, whose message says where the latest backup is; what can still be
read is rescued by :meth:`Archive.salvage_export`.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlite_utils import Database

from desktop.core.article import (
    METADATA_KEYS,
    Article,
    article_name,
    with_current_metadata_keys,
)
from desktop.core.entity_corrections import EntityCorrection
from desktop.store import corrections as entity_corrections
from desktop.store import knowledge as knowledge_index
from desktop.store import search as full_text
from desktop.store import sql_rows, transfer
from desktop.store import versions as article_versions
from desktop.store.anchoring import describe
from desktop.store.backups import latest_backup
from desktop.store.migrations import MIGRATIONS, SEARCH_INDEXES, known_step_names
from desktop.store.paths import create_private_file, create_private_folder
from desktop.store.records import (
    AnalysisCacheKey,
    ArchiveError,
    ArticleExport,
    ArticleVersion,
    Colour,
    DamagedArchiveError,
    Highlight,
    HighlightListing,
    ImportSummary,
    LibraryEntry,
    LibrarySort,
    NotFoundError,
    OpenedArticle,
    OpenStatus,
    SalvagedExport,
    SearchHit,
    StoredArticle,
)
from desktop.store.similarity import SAME_ARTICLE_MIN_SIMILARITY, text_similarity

BUSY_TIMEOUT_MS = 10_000
# A news article's analysis (tens to a few hundred KB of JSON) is indexed across the archive as
# it is stored, in milliseconds; a book's would hold the writer (the window) for seconds, so it is
# left to the background indexer (`Knowledge.index_pending`).
INLINE_INDEX_MAX_SIZE = 1_000_000  # characters, or bytes of UTF-8
# Archives up to this size are checked for damage before opening returns (quick_check reads
# about 1 GB a second from the page cache: ~60 ms here). A larger one is checked on a
# background thread, and its first write waits for the verdict.
INLINE_CHECK_MAX_BYTES = 64 * 2**20

_KNOWN_STEPS = frozenset(known_step_names())
# SQLite's primary result codes for a damaged file ("database disk image is malformed") and
# for a file that is not (or no longer) a database.
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
# Database errors that say nothing about the file's state: busy, locked, full, a broken
# constraint, a misuse of the connection.
_PLAIN_REFUSALS = (sqlite3.OperationalError, sqlite3.IntegrityError, sqlite3.ProgrammingError)
# SQLite's result codes for a database another connection holds (its message, "database is
# locked", is said to the reader in words of theirs: busy_reason).
_BUSY_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")
# Metadata columns of the Library (under the keys of now or, in older rows, of before).
_SITE = f"coalesce({sql_rows.SITE_SQL}, '')"
_AUTHOR = "coalesce(json_extract(a.metadata, '$.author'), '')"
_PUBLISHED = f"coalesce({sql_rows.PUBLISHED_SQL}, '')"
_LIBRARY_ORDER: dict[LibrarySort, str] = {
    "title": "a.title COLLATE NOCASE",
    "source": "a.source COLLATE NOCASE",
    "site": "site COLLATE NOCASE",
    "author": "author COLLATE NOCASE",
    "published": "published",
    "added": "a.added_at",
    "opened": "a.opened_at",
    "highlights": "highlight_count",
    "changed": "changed_since_read",
}


def now_timestamp() -> str:
    """UTC time as ISO 8601 with milliseconds, the form used for every stored time."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _DAMAGE_CODES


def _reading_errors_reported(
    method: Callable[Concatenate[Archive, _Params], _Result],
) -> Callable[Concatenate[Archive, _Params], _Result]:
    """SQLite errors leave an :class:`Archive` method only as :class:`ArchiveError`; damage
    turns the archive read-only on the spot."""

    @functools.wraps(method)
    def reporting(archive: Archive, /, *args: _Params.args, **kwargs: _Params.kwargs) -> _Result:
        try:
            return method(archive, *args, **kwargs)
        except sqlite3.Error as error:
            if (damage := archive._damage_behind(error)) is not None:
                raise archive._damaged(damage) from error
            raise ArchiveError(f"the archive {archive.path} could not be read: {error}") from error

    return reporting


def busy_reason(error: sqlite3.Error) -> str:
    """``error``'s message, but for the archive being held by another program (or another
    window), which SQLite calls "database is locked": said so, in the reader's words."""
    if getattr(error, "sqlite_errorcode", None) is not None and error.sqlite_errorcode & 0xFF in _BUSY_CODES:
        return "another program (or another window of this app) is writing to it; try again in a moment"
    return str(error)


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
        # Why the archive turned read-only while in use: the damage met, for the user.
        self.damage: str | None = None
        self._db = _connect(self.path, read_only, busy_timeout_ms)
        self._integrity_check: _BackgroundIntegrityCheck | None = None
        self._write_gate = _write_gate(self.path)
        self._busy_timeout_ms = busy_timeout_ms
        try:
            if not read_only:
                if self.path.stat().st_size > INLINE_CHECK_MAX_BYTES:
                    self._integrity_check = _BackgroundIntegrityCheck(self.path)
                elif problem := _integrity_problem(self._db.conn, self.path):
                    raise self._damaged(problem)
            _prepare_schema(self._db, self.path, read_only, self._await_integrity_check)
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

    @_reading_errors_reported
    def open_article(self, article: Article, *, read: bool = True) -> OpenedArticle:
        """Find ``article`` by its text, else by its source if the stored text there is an
        earlier version of it (then it becomes the article's next version: its highlights are
        re-anchored onto the new text, and the earlier text is kept), else add it: a different
        article now saved at the same path becomes a new article and the old one keeps its
        text. When ``read`` (the window shows it; not when a command archives it), marks it
        opened now and read in this version. A read-only archive only finds articles by their
        text (NotFoundError otherwise)."""
        if self.read_only:
            found = sql_rows.article_with_text(self._db, article.content_hash)
            if found is None:
                raise NotFoundError("this article is not in the archive, which is open read-only")
            return self._opened(found, "same", read=False)
        with self._writing() as db:
            now = now_timestamp()
            status: OpenStatus = "same"
            article_id = sql_rows.article_with_text(db, article.content_hash)
            if article_id is None and article.source:
                article_id = _earlier_version(db, article)
                if article_id is not None:
                    _replace_text(db, article_id, article, None)
                    status = "reanchored"
            if article_id is None:
                article_id = sql_rows.insert_article(db, StoredArticle(0, article, now, now, 0, ""))
                status = "new"
            elif read:
                db.execute("UPDATE articles SET opened_at = ? WHERE id = ?", [now, article_id])
            return self._opened(article_id, status, read=read)

    @_reading_errors_reported
    def earlier_version_of(self, article: Article) -> int | None:
        """The stored article whose highlights :meth:`open_article` would re-anchor onto
        ``article``'s text (an earlier version from the same source), else None (its text is
        stored as it is, or it is new). A caller that must not wait for the re-anchoring (the
        GUI) runs :meth:`open_changed_article` on another thread instead."""
        if self.read_only or not article.source:
            return None
        if sql_rows.article_with_text(self._db, article.content_hash) is not None:
            return None
        return _earlier_version(self._db, article)

    @_reading_errors_reported
    def open_changed_article(
        self, article_id: int, article: Article, progress: Callable[[int, int], None] | None = None
    ) -> OpenedArticle:
        """What :meth:`open_article` does with an earlier version, on its own: re-anchor the
        highlights of ``article_id`` onto ``article``'s text, which becomes its next version,
        and mark it opened and read. ``progress(done, total)`` is called before each highlight;
        an exception it raises rolls all of it back (the stored text and highlights unchanged)."""
        with self._writing() as db:
            _article_text(db, article_id)  # NotFoundError when it was deleted meanwhile
            _replace_text(db, article_id, article, progress)
            db.execute("UPDATE articles SET opened_at = ? WHERE id = ?", [now_timestamp(), article_id])
            return self._opened(article_id, "reanchored", read=True)

    @_reading_errors_reported
    def load_article(self, article_id: int) -> Article:
        """The article as stored: no need for the original file."""
        return self.stored_article(article_id).article

    @_reading_errors_reported
    def stored_article(self, article_id: int) -> StoredArticle:
        row = self._db.execute(
            f"SELECT {sql_rows.ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no article {article_id} in the archive")
        return sql_rows.stored_article(row)

    @_reading_errors_reported
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

    @_reading_errors_reported
    def list_articles(
        self, sort: LibrarySort = "opened", *, descending: bool = True, limit: int = -1
    ) -> list[LibraryEntry]:
        """Every archived article (the first ``limit`` when given) with its highlight count, for
        the Library window and the welcome page's recent articles."""
        direction = "DESC" if descending else "ASC"
        rows = self._db.execute(
            "SELECT a.id, a.title, a.source, a.added_at, a.opened_at,"
            " (SELECT count(*) FROM highlights h WHERE h.article_id = a.id) AS highlight_count,"
            f" {_SITE} AS site, {_AUTHOR} AS author, {_PUBLISHED} AS published,"
            " a.read_version > 0 AND a.read_version < a.version AS changed_since_read"
            f" FROM articles a ORDER BY {_LIBRARY_ORDER[sort]} {direction}, a.id {direction} LIMIT ?",
            [limit],
        ).fetchall()
        return [_library_entry(row) for row in rows]

    @_reading_errors_reported
    def delete_article(self, article_id: int) -> str:
        """Delete an article and, with it, all its highlights and its cached analysis, leaving
        no trace of its text in the file: freed pages are zeroed (``secure_delete``), the
        search indexes merged without it, and the WAL emptied into the file. Returns the
        deleted text's content hash (an open tab showing it is closed by it)."""
        with self._writing() as db:
            row = db.execute("SELECT content_hash FROM articles WHERE id = ?", [article_id]).fetchone()
            if row is None:
                raise NotFoundError(f"no article {article_id} in the archive")
            for text_hash in [row[0], *article_versions.version_hashes(db, article_id)]:
                db.execute("DELETE FROM analysis_cache WHERE text_hash = ?", [text_hash])
            db.execute("DELETE FROM articles WHERE id = ?", [article_id])
            knowledge_index.prune_entities(db)
            # FTS5 only marks deleted entries; 'optimize' rewrites the index without them.
            for index in SEARCH_INDEXES:
                db.execute(f"INSERT INTO {index} ({index}) VALUES ('optimize')")
        # The WAL still holds copies of the old pages until it is checkpointed and truncated.
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return str(row[0])

    @_reading_errors_reported
    def set_reading_position(self, article_id: int, position: int, *, wait: bool = True) -> None:
        """``wait=False``: fail at once (ArchiveError) rather than wait for another writer of
        this process, for a window that stores the position later instead of freezing."""
        self._update_article(article_id, "reading_position", max(0, position), wait=wait)

    @_reading_errors_reported
    def update_article_metadata(self, article_id: int, title: str, metadata: dict[str, str]) -> None:
        """Set an article's title (blank: the name the rule gives it) and its author, site,
        published and url (blank: unknown); other metadata keys are kept."""
        with self._writing() as db:
            row = db.execute(
                "SELECT source, text, metadata FROM articles WHERE id = ?", [article_id]
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no article {article_id} in the archive")
            source, text, stored_json = row
            kept = {
                key: value
                for key, value in with_current_metadata_keys(json.loads(stored_json)).items()
                if key not in METADATA_KEYS
            }
            edited = {key: " ".join(metadata.get(key, "").split()) for key in METADATA_KEYS}
            merged = {**kept, **{key: value for key, value in edited.items() if value}}
            db.execute(
                "UPDATE articles SET title = ?, metadata = ? WHERE id = ?",
                [
                    article_name(title, source, text),
                    json.dumps(merged, sort_keys=True, ensure_ascii=False),
                    article_id,
                ],
            )

    @_reading_errors_reported
    def set_article_note(self, article_id: int, note: str) -> None:
        self._update_article(article_id, "note", note)

    # -- versions ---------------------------------------------------------------------------

    @_reading_errors_reported
    def article_version(self, article_id: int, number: int) -> ArticleVersion:
        """One of the article's texts, earlier ones included (NotFoundError when it has no such
        version)."""
        return article_versions.article_version(self._db, article_id, number)

    @_reading_errors_reported
    def compared_versions(self, article_id: int) -> tuple[int, int] | None:
        """The versions "what changed" compares (see :func:`versions.compared_versions`)."""
        return article_versions.compared_versions(self._db, article_id)

    # -- highlights -------------------------------------------------------------------------

    @_reading_errors_reported
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
            sql_rows.check_colour(db, colour)
            now = now_timestamp()
            highlight = Highlight(
                0, uuid.uuid4().hex, article_id, start, end, selectors.exact, selectors.prefix,
                selectors.suffix, colour, note, tuple(tags), False, now, now,
            )  # fmt: skip
            highlight_id = sql_rows.insert_highlight(db, highlight, keep_id=False)
            return sql_rows.highlight_by_id(db, highlight_id)

    @_reading_errors_reported
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
            current = sql_rows.highlight_by_id(db, highlight_id)
            if colour is not None:
                sql_rows.check_colour(db, colour)
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
                sql_rows.set_tags(db, highlight_id, tags)
            return sql_rows.highlight_by_id(db, highlight_id)

    @_reading_errors_reported
    def delete_highlight(self, highlight_id: int) -> Highlight:
        """Delete a highlight; returns it as it was, for :meth:`restore_highlight` (undo)."""
        with self._writing() as db:
            deleted = sql_rows.highlight_by_id(db, highlight_id)
            db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])
            return deleted

    @_reading_errors_reported
    def restore_highlight(self, highlight: Highlight) -> Highlight:
        """Put back a deleted highlight exactly as it was (same id, times, tags): undo of delete."""
        with self._writing() as db:
            _article_text(db, highlight.article_id)
            try:
                sql_rows.insert_highlight(db, highlight, keep_id=True)
            except sqlite3.IntegrityError as error:
                raise ArchiveError(f"highlight {highlight.id} cannot be restored: {error}") from error
            return sql_rows.highlight_by_id(db, highlight.id)

    @_reading_errors_reported
    def place_orphan(self, highlight_id: int, start: int, end: int) -> Highlight:
        """Re-place an orphan (or move any highlight) onto ``text[start:end]``; keeps its note,
        colour and tags, and quotes the new passage."""
        with self._writing() as db:
            current = sql_rows.highlight_by_id(db, highlight_id)
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
            return sql_rows.highlight_by_id(db, highlight_id)

    @_reading_errors_reported
    def highlight(self, highlight_id: int) -> Highlight:
        return sql_rows.highlight_by_id(self._db, highlight_id)

    @_reading_errors_reported
    def highlights(self, article_id: int) -> list[Highlight]:
        """The article's placed highlights in text order."""
        return sql_rows.highlights_where(self._db, "h.article_id = ? AND h.orphan = 0", [article_id])

    @_reading_errors_reported
    def orphans(self, article_id: int) -> list[Highlight]:
        """The article's highlights that could not be placed on its current text."""
        return sql_rows.highlights_where(self._db, "h.article_id = ? AND h.orphan = 1", [article_id])

    @_reading_errors_reported
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
            f"SELECT {sql_rows.HIGHLIGHT_COLUMNS}, a.title, a.source FROM highlights h"
            " JOIN articles a ON a.id = h.article_id"
            " WHERE (:colour IS NULL OR h.colour = :colour)"
            " AND (:tag IS NULL OR h.id IN (SELECT ht.highlight_id FROM highlight_tags ht"
            "      JOIN tags t ON t.id = ht.tag_id WHERE t.name = :tag))"
            " AND (:pattern IS NULL OR h.exact LIKE :pattern ESCAPE '\\' OR h.note LIKE :pattern ESCAPE '\\')"
            " ORDER BY h.created_at DESC, h.id DESC LIMIT :limit",
            {"colour": colour, "tag": tag, "pattern": pattern, "limit": -1 if limit is None else limit},
        ).fetchall()
        width = len(sql_rows.HIGHLIGHT_COLUMN_NAMES)
        return [
            HighlightListing(sql_rows.highlight_from_row(row[:width]), row[width], row[width + 1])
            for row in rows
        ]

    @_reading_errors_reported
    def tags(self) -> list[str]:
        """Tags in use, most used first: for autocompletion."""
        rows = self._db.execute(
            "SELECT t.name FROM tags t JOIN highlight_tags ht ON ht.tag_id = t.id"
            " GROUP BY t.id ORDER BY count(*) DESC, t.name COLLATE NOCASE"
        ).fetchall()
        return [row[0] for row in rows]

    @_reading_errors_reported
    def colours(self) -> list[Colour]:
        rows = self._db.execute("SELECT key, meaning FROM colours ORDER BY position").fetchall()
        return [Colour(*row) for row in rows]

    @_reading_errors_reported
    def rename_colour(self, key: str, meaning: str) -> None:
        with self._writing() as db:
            if db.execute("UPDATE colours SET meaning = ? WHERE key = ?", [meaning, key]).rowcount == 0:
                raise ValueError(f"unknown colour {key!r}")

    # -- search -----------------------------------------------------------------------------

    @_reading_errors_reported
    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over article texts, titles and notes, highlighted passages,
        highlight notes and tags; best first."""
        try:
            return full_text.search(self._db, query, limit=limit, offset=offset)
        except sqlite3.OperationalError as error:
            raise ArchiveError(f"search failed: {busy_reason(error)}") from error

    # -- analysis cache ---------------------------------------------------------------------

    @_reading_errors_reported
    def get_cached_analysis(self, key: AnalysisCacheKey) -> bytes | None:
        """The analysis JSON stored for exactly this text and pipeline, in UTF-8, or None.

        Read as bytes: the window only hands it on to the analysis process, and a book's is
        megabytes, which Python would decode holding the interpreter lock."""
        row = self._db.execute(
            "SELECT CAST(json AS BLOB) FROM analysis_cache WHERE text_hash = ? AND pipeline_name = ?"
            " AND pipeline_version = ? AND extraction_version = ? AND corrections_digest = ?",
            [
                key.text_hash,
                key.pipeline_name,
                key.pipeline_version,
                key.extraction_version,
                key.corrections_digest,
            ],
        ).fetchone()
        return None if row is None else bytes(row[0])

    @_reading_errors_reported
    def cached_analysis_of(self, text_hash: str) -> str | None:
        """The analysis JSON stored for this text by whichever pipeline last analysed it, or
        None: comparing two versions can use an analysis of an older pipeline."""
        row = self._db.execute(
            "SELECT json FROM analysis_cache WHERE text_hash = ? ORDER BY created_at DESC LIMIT 1",
            [text_hash],
        ).fetchone()
        return None if row is None else str(row[0])

    @_reading_errors_reported
    def put_cached_analysis(self, key: AnalysisCacheKey, json_text: str | bytes) -> None:
        """Store an analysis (its JSON, or the JSON's UTF-8); results of other pipeline versions
        (or other corrections) for the same text are dropped, since they can never be asked for
        again by this version.

        UTF-8 is stored by SQLite's cast, which runs with the interpreter lock released: binding
        a book's JSON as a ``str`` encoded megabytes holding it (a 30 ms stall in the window,
        whose background writer this runs on)."""
        with self._writing() as db:
            db.execute("DELETE FROM analysis_cache WHERE text_hash = ?", [key.text_hash])
            db.execute(
                "INSERT INTO analysis_cache (text_hash, pipeline_name, pipeline_version,"
                " extraction_version, json, created_at, corrections_digest)"
                " VALUES (?, ?, ?, ?, CAST(? AS TEXT), ?, ?)",
                [key.text_hash, key.pipeline_name, key.pipeline_version, key.extraction_version,
                 json_text, now_timestamp(), key.corrections_digest],
            )  # fmt: skip
            if len(json_text) <= INLINE_INDEX_MAX_SIZE:
                knowledge_index.index_analysis(db, key.text_hash, json_text)

    # -- entity corrections -----------------------------------------------------------------

    @_reading_errors_reported
    def entity_corrections(self) -> tuple[EntityCorrection, ...]:
        """The reader's corrections of entity labels, by surface form."""
        return entity_corrections.read_all(self._db)

    @_reading_errors_reported
    def set_entity_correction(self, correction: EntityCorrection) -> EntityCorrection | None:
        """Store a correction; returns the one it replaces (for its undo), if any."""
        with self._writing() as db:
            return entity_corrections.replace(db, correction, now_timestamp())

    @_reading_errors_reported
    def remove_entity_correction(self, surface: str) -> EntityCorrection | None:
        """Forget the correction of ``surface``; returns it (for its undo), or None if there was none."""
        with self._writing() as db:
            return entity_corrections.remove(db, surface)

    @property
    def knowledge(self) -> knowledge_index.Knowledge:
        """People, claims and figures across the archive's articles."""
        return knowledge_index.Knowledge(self._db, self._writing)

    # -- export and import ------------------------------------------------------------------

    @_reading_errors_reported
    def export_articles(self, article_ids: Sequence[int] | None = None) -> list[ArticleExport]:
        """Articles (all when ``article_ids`` is None) with all their highlights, in a stable
        order that does not depend on row ids, so that a re-imported archive exports the same.
        DamagedArchiveError when any of it cannot be read (:meth:`salvage_export` then)."""
        salvaged = self.salvage_export(article_ids)
        if salvaged.unreadable:
            raise self._damaged(f"cannot read {salvaged.unreadable[0]}")
        return list(salvaged.exports)

    @_reading_errors_reported
    def salvage_export(self, article_ids: Sequence[int] | None = None) -> SalvagedExport:
        """Every article (all when ``article_ids`` is None) and highlight that can still be
        read, row by row, and a name for each one that cannot: the rescue of a damaged archive
        (see :func:`transfer.salvage`)."""
        return transfer.salvage(self._db, article_ids, self.colours)

    @_reading_errors_reported
    def import_articles(
        self,
        exports: Sequence[ArticleExport],
        colours: Sequence[Colour] = (),
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportSummary:
        """Add imported articles and highlights in one transaction (all or nothing): see
        :func:`transfer.import_exports`. An exception ``progress`` raises (a Cancel) rolls the
        whole import back and propagates."""
        with self._writing() as db:
            return transfer.import_exports(db, exports, colours, progress)

    # -- internals --------------------------------------------------------------------------

    @contextmanager
    def _writing(self, *, wait: bool = True) -> Iterator[Database]:
        """One write transaction; nested calls (inside :meth:`batch`) become savepoints.
        ``BEGIN IMMEDIATE`` takes the write lock up front, so a second process waits for it
        (busy timeout) instead of failing half-way through. ``wait=False``: another writer of
        this process (a background thread) is not waited for."""
        self._await_integrity_check()
        if self.damage:
            raise DamagedArchiveError(self.damage)
        if self.read_only:
            raise ArchiveError(f"the archive {self.path} is open read-only; nothing can be changed")
        if self._db.conn.in_transaction:
            with self._db.atomic():
                yield self._db
            return
        if not self._write_gate.acquire(timeout=self._busy_timeout_ms / 1000 if wait else 0):
            raise ArchiveError(
                f"cannot write to the archive {self.path}: another change is still being saved"
            )
        try:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                if (damage := self._damage_behind(error)) is not None:
                    raise self._damaged(damage) from error
                raise ArchiveError(
                    f"cannot write to the archive {self.path}: {busy_reason(error)}"
                ) from error
            try:
                yield self._db
                self._db.execute("COMMIT")
            except sqlite3.Error as error:
                self._db.conn.rollback()
                if (damage := self._damage_behind(error)) is not None:
                    raise self._damaged(damage) from error
                raise ArchiveError(
                    f"the change could not be saved in {self.path}: {busy_reason(error)}"
                ) from error
            except BaseException:
                self._db.conn.rollback()
                raise
        finally:
            self._write_gate.release()

    def _damage_behind(self, error: sqlite3.Error) -> str | None:
        """The damage an SQLite error reveals: its code says so, or, for an unexpected database
        error (not one of the plain refusals), the integrity check finds it."""
        if _is_damage(error):
            return str(error)
        if not isinstance(error, sqlite3.DatabaseError) or isinstance(error, _PLAIN_REFUSALS):
            return None
        try:
            problem = _integrity_problem(self._db.conn, self.path)
        except ArchiveError:
            return None
        return None if problem is None else f"{error}; {problem}"

    def _await_integrity_check(self) -> None:
        """Nothing is written before the integrity check has passed."""
        check, self._integrity_check = self._integrity_check, None
        if check is not None and (problem := check.problem()) is not None:
            raise self._damaged(problem)

    def _damaged(self, detail: str) -> DamagedArchiveError:
        """Damage was met: from now on nothing is written to this file."""
        self.read_only = True
        self.damage = damage_message(self.path, detail)
        return DamagedArchiveError(self.damage)

    def _update_article(self, article_id: int, column: str, value: object, *, wait: bool = True) -> None:
        with self._writing(wait=wait) as db:
            if (
                db.execute(f"UPDATE articles SET {column} = ? WHERE id = ?", [value, article_id]).rowcount
                == 0
            ):
                raise NotFoundError(f"no article {article_id} in the archive")

    def _opened(self, article_id: int, status: OpenStatus, *, read: bool) -> OpenedArticle:
        """What the reader needs of the article; ``read``: it is shown now (inside the caller's
        write transaction), and the version it was shown before is what it changed since."""
        position, note, version, read_version = self._db.execute(
            "SELECT reading_position, note, version, read_version FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if read:
            article_versions.mark_read(self._db, article_id)
        every = sql_rows.highlights_where(self._db, "h.article_id = ?", [article_id])
        return OpenedArticle(
            article_id,
            status,
            position,
            note,
            tuple(highlight for highlight in every if not highlight.orphan),
            tuple(highlight for highlight in every if highlight.orphan),
            version,
            read_version,
        )


# -- opening ----------------------------------------------------------------------------------


# One write transaction at a time per archive file within this process. A second connection
# (the background indexer's) then waits for the window's writes, and they for it, on a lock
# that hands over the moment a transaction ends, instead of SQLite's busy handler, whose
# sleeps grow to 100 ms and lose the race to a writer that starts again at once.
_WRITE_GATES: dict[Path, threading.Lock] = {}
_WRITE_GATES_GUARD = threading.Lock()


def _write_gate(path: Path) -> threading.Lock:
    with _WRITE_GATES_GUARD:
        return _WRITE_GATES.setdefault(path.resolve(), threading.Lock())


def _connect(path: Path, read_only: bool, busy_timeout_ms: int) -> Database:
    if path.is_dir():
        raise ArchiveError(f"{path} is a folder, not an archive file")
    if path.exists() and not path.is_file():
        # A pipe or a device: opening it could wait forever for the other end.
        raise ArchiveError(f"{path} is not a regular file, so not an archive")
    try:
        if read_only:
            if not path.exists():
                raise ArchiveError(f"there is no archive at {path}")
            conn = _connect_read_only(path)
        else:
            create_private_folder(path.parent)
            writable = os.access(path.parent, os.W_OK) and (
                not path.exists() or os.access(path, os.R_OK | os.W_OK)
            )
            if not writable:
                raise ArchiveError(
                    f"the archive {path} cannot be written here; open it read-only to browse it"
                )
            # Private from the start: notes are nobody else's business (-wal and -shm follow).
            create_private_file(path)
            conn = sqlite3.connect(path)
            # Deleted rows are overwritten with zeros, not left readable in free pages.
            conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
    except (OSError, sqlite3.Error) as error:
        raise ArchiveError(f"cannot open the archive {path}: {error}") from error
    # No plugins: nothing outside this package may change how the archive connection behaves.
    return Database(conn, execute_plugins=False)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection. A WAL archive needs its -shm file, which SQLite cannot create in
    a folder it may not write to; when nothing waits in a -wal file the archive file is all
    there is, and it is read as immutable (no -shm, no locks)."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        try:
            # Connecting opens nothing yet: the first read meets the missing -shm.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            conn.close()
            raise
        except sqlite3.DatabaseError:
            pass  # not an archive, or damaged: the schema check that follows says which
        return conn
    except sqlite3.OperationalError as error:
        wal = Path(f"{path}-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            raise ArchiveError(
                f"the archive {path} cannot be opened read-only here ({error}), and changes in"
                f" {wal.name} not yet in the archive file would be missed without it"
            ) from error
    return sqlite3.connect(f"{uri}?immutable=1", uri=True)


def _integrity_problem(conn: sqlite3.Connection, path: Path) -> str | None:
    """SQLite's ``quick_check`` (every page's structure, not index contents): what is damaged,
    or None. ArchiveError when the file is not a database at all or cannot be read."""
    try:
        rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) or not _is_damage(error):
            raise ArchiveError(f"cannot open the archive {path}: {error}") from error
        if error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_NOTADB:
            raise ArchiveError(
                f"{path} is not a Reading Assistant archive, or it is damaged: {error}"
            ) from error
        return str(error)
    return "; ".join(str(row[0]) for row in rows if row[0] != "ok") or None


class _BackgroundIntegrityCheck:
    """``quick_check`` of a large archive on its own read-only connection and thread, so that
    opening it does not wait a second or more per gigabyte."""

    def __init__(self, path: Path) -> None:
        self._problem: str | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path,), name="archive-integrity-check", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                self._problem = _integrity_problem(conn, path)
            finally:
                conn.close()
        except (ArchiveError, sqlite3.Error):
            # Not a database at all: opening it says so. A check that could not run (the file
            # is locked) is no sign of damage.
            self._problem = None

    def problem(self) -> str | None:
        """What is damaged, or None; waits for the check to finish."""
        self._thread.join()
        return self._problem


def upgrade_pending(path: Path) -> bool:
    """Whether opening the archive at ``path`` for writing first upgrades its schema (seconds
    on a big archive). False for a file not there yet (made in no time), and for one that
    cannot be read or is no archive of ours: opening it says what is wrong."""
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            db = Database(conn)
            applied = {step.name for step in MIGRATIONS.applied(db)}
            return bool(applied) and applied <= _KNOWN_STEPS and bool(MIGRATIONS.pending(db))
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def damage_message(path: Path, detail: str) -> str:
    """What a user needs to know about a damaged archive: that nothing more is written to it,
    how to rescue its content, and where the latest backup is."""
    backup = latest_backup(path)
    where = f"the latest backup is {backup}" if backup else "there is no backup of it yet"
    return (
        f"the archive {path} is damaged ({detail[:200]}) and is open read-only: nothing more is"
        f" written to it; {where}; `reading-assistant export all --format json --archive {path}`"
        " rescues what can still be read"
    )


def _prepare_schema(db: Database, path: Path, read_only: bool, before_writing: Callable[[], None]) -> None:
    """Check the file is an archive this version understands, then bring its schema up to
    date. Every refusal happens before anything is written; ``before_writing`` is called
    before the first write."""
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
        if pending or db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            before_writing()
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


def _earlier_version(db: Database, article: Article) -> int | None:
    """The article last opened from ``article``'s source if its stored text is an earlier
    version of this one; None when the source now holds a different article."""
    row = db.execute(
        "SELECT id, text FROM articles WHERE source = ? ORDER BY opened_at DESC LIMIT 1", [article.source]
    ).fetchone()
    if row is None or text_similarity(row[1], article.text) < SAME_ARTICLE_MIN_SIMILARITY:
        return None
    return int(row[0])


def _replace_text(
    db: Database, article_id: int, article: Article, progress: Callable[[int, int], None] | None
) -> None:
    """The article's file changed: re-anchor every highlight (orphans get another chance too)
    on the new text, then store the new text as the article's next version (the old text and
    its cached analysis are kept, to show what changed). ``progress(done, total)``, when
    given, is called before each highlight."""
    highlights = sql_rows.highlights_where(db, "h.article_id = ?", [article_id])
    for done, highlight in enumerate(highlights):
        if progress is not None:
            progress(done, len(highlights))
        placed = sql_rows.placed(article.text, highlight, article_id)
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
    article_versions.keep_current_text(db, article_id, now_timestamp())
    db.execute(
        "UPDATE articles SET title = ?, text = ?, format = ?, metadata = ?, layout = ?, content_hash = ?"
        " WHERE id = ?",
        [
            sql_rows.stored_title(article), article.text, article.format, sql_rows.metadata_json(article), sql_rows.layout_json(article),
            article.content_hash, article_id,
        ],
    )  # fmt: skip


def _library_entry(row: Sequence[Any]) -> LibraryEntry:
    article_id, title, source, added_at, opened_at, highlight_count, site, author, published, changed = row
    return LibraryEntry(
        article_id,
        title,
        source,
        added_at,
        opened_at,
        highlight_count,
        site,
        author,
        published,
        bool(changed),
    )


def _article_text(db: Database, article_id: int) -> str:
    row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no article {article_id} in the archive")
    return str(row[0])
