"""An article's versions: the texts it had before its current one, and which one the reader
was last shown, so that "changed since you read it" can be answered.

The current text stays in ``articles``; :func:`keep_current_text` moves a copy of it into
``article_versions`` just before a newer text from the same source replaces it.
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop.store import sql_rows
from desktop.store.records import ArticleVersion, NotFoundError

# An earlier version read as a row of ``articles`` (the columns sql_rows.stored_article takes),
# with what it shares with the article: its source, times and note.
_VERSION_AS_ARTICLE = (
    "v.article_id, v.text, v.title, a.source, v.format, v.metadata, v.layout, a.added_at, a.opened_at,"
    " a.reading_position, a.note"
)


def keep_current_text(db: Database, article_id: int, now: str) -> None:
    """Keep the article's current text as an earlier version; the text that replaces it next
    becomes the next version."""
    db.execute(
        "INSERT INTO article_versions (article_id, version, title, text, format, metadata, layout,"
        " content_hash, replaced_at) SELECT id, version, title, text, format, metadata, layout,"
        " content_hash, ? FROM articles WHERE id = ?",
        [now, article_id],
    )
    db.execute("UPDATE articles SET version = version + 1 WHERE id = ?", [article_id])


def reading_state(db: Database, article_id: int) -> tuple[int, int]:
    """(current version, version the reader was last shown, 0 for never)."""
    row = db.execute("SELECT version, read_version FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no article {article_id} in the archive")
    return int(row[0]), int(row[1])


def mark_read(db: Database, article_id: int) -> None:
    """The reader is shown the article's current text."""
    db.execute("UPDATE articles SET read_version = version WHERE id = ?", [article_id])


def version_hashes(db: Database, article_id: int) -> list[str]:
    """The content hashes of the article's earlier versions."""
    rows = db.execute(
        "SELECT content_hash FROM article_versions WHERE article_id = ?", [article_id]
    ).fetchall()
    return [str(row[0]) for row in rows]


def article_version(db: Database, article_id: int, number: int) -> ArticleVersion:
    """Version ``number`` of the article (its current text when that is the highest)."""
    current, _read = reading_state(db, article_id)
    if number == current:
        row = db.execute(
            f"SELECT {sql_rows.ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id]
        ).fetchone()
    else:
        row = db.execute(
            f"SELECT {_VERSION_AS_ARTICLE} FROM article_versions v JOIN articles a ON a.id = v.article_id"
            " WHERE v.article_id = ? AND v.version = ?",
            [article_id, number],
        ).fetchone()
    if row is None:
        raise NotFoundError(f"article {article_id} has no version {number} (its versions are 1 to {current})")
    return ArticleVersion(
        article_id, number, sql_rows.stored_article(row).article, _stored_at(db, article_id, number)
    )


def compared_versions(db: Database, article_id: int) -> tuple[int, int] | None:
    """The two versions "what changed" compares: the one the reader last read and the current
    one when it changed since, else the last two; None when the article has one version."""
    current, read = reading_state(db, article_id)
    if current == 1:
        return None
    return (read if 0 < read < current else current - 1), current


def _stored_at(db: Database, article_id: int, number: int) -> str:
    """When version ``number`` became the article's text: when it was added, or when the
    version before was replaced."""
    if number == 1:
        row = db.execute("SELECT added_at FROM articles WHERE id = ?", [article_id]).fetchone()
    else:
        row = db.execute(
            "SELECT replaced_at FROM article_versions WHERE article_id = ? AND version = ?",
            [article_id, number - 1],
        ).fetchone()
    return "" if row is None else str(row[0])
