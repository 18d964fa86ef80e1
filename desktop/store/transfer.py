"""Articles moved between archives: exported (or salvaged from a damaged archive) with all
their highlights, and imported with merging. :class:`~desktop.store.archive.Archive` calls
these on its connection; its writing transaction makes an import all or nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from sqlite_utils import Database

from desktop.store import sql_rows
from desktop.store.exporters import NOTE_SEPARATOR
from desktop.store.migrations import DEFAULT_COLOURS
from desktop.store.records import (
    ArchiveError,
    ArticleExport,
    Colour,
    Highlight,
    ImportRejected,
    ImportSummary,
    NotFoundError,
    SalvagedExport,
)


def salvage(
    db: Database, article_ids: Sequence[int] | None, colours_of: Callable[[], list[Colour]]
) -> SalvagedExport:
    """Every article (all when ``article_ids`` is None) and highlight that can still be read,
    row by row, and a name for each one that cannot. Articles are found through the table and
    each of its indexes, so that one damaged page hides as few of them as possible. Exports
    come in a stable order that does not depend on row ids, so that a re-imported archive
    exports the same."""
    unreadable: list[str] = []
    if article_ids is None:
        ids, unlisted = _salvage_article_ids(db)
        unreadable.extend(unlisted)
    else:
        ids = list(article_ids)
    exports: list[ArticleExport] = []
    for article_id in ids:
        try:
            row = db.execute(
                f"SELECT {sql_rows.ARTICLE_COLUMNS} FROM articles WHERE id = ?", [article_id]
            ).fetchone()
            stored = None if row is None else sql_rows.stored_article(row)
        except (sqlite3.DatabaseError, ValueError, ArchiveError) as error:
            # ValueError, ArchiveError: bytes still readable but no longer valid JSON or
            # a known format.
            unreadable.append(f"article {article_id}{_source_of(db, article_id)} ({error})")
            continue
        if stored is None:
            raise NotFoundError(f"no article {article_id} in the archive")
        highlights, lost = _salvage_highlights(db, article_id)
        exports.append(ArticleExport(stored, highlights))
        unreadable.extend(lost)
    exports.sort(key=lambda export: (export.stored.added_at, export.stored.article.content_hash))
    try:
        colours = tuple(colours_of())
    except ArchiveError as error:
        colours = tuple(Colour(key, meaning) for key, meaning in DEFAULT_COLOURS)
        unreadable.append(f"the colour meanings (the defaults were used) ({error})")
    return SalvagedExport(tuple(exports), colours, tuple(unreadable))


def import_exports(
    db: Database,
    exports: Sequence[ArticleExport],
    colours: Sequence[Colour] = (),
    progress: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    """Add imported articles and highlights (inside the caller's transaction). An article
    already here (same text) receives the highlights it lacks, and the imported article note
    when it has none (see :func:`_merge_article_note`); a highlight already here (same
    uid) is skipped; one whose quote no longer matches its position is re-anchored. Colour
    meanings are taken only where the user kept the default meaning. ``progress`` is called
    with (highlights done, highlights in all) before each highlight."""
    added = merged = highlights_added = skipped = 0
    total = sum(len(export.highlights) for export in exports)
    _import_colours(db, colours)
    for export in exports:
        found = sql_rows.article_with_text(db, export.stored.article.content_hash)
        if found is None:
            article_id = sql_rows.insert_article(db, export.stored)
            added += 1
        else:
            article_id = found
            merged += 1
            _merge_article_note(db, article_id, export.stored.note)
        text = export.stored.article.text
        for highlight in export.highlights:
            if progress is not None:
                progress(highlights_added + skipped, total)
            if db.execute("SELECT 1 FROM highlights WHERE uid = ?", [highlight.uid]).fetchone():
                skipped += 1
                continue
            try:
                sql_rows.check_colour(db, highlight.colour)
                sql_rows.insert_highlight(db, sql_rows.placed(text, highlight, article_id), keep_id=False)
            except ValueError as error:
                raise ImportRejected(f"annotation {highlight.uid}: {error}") from error
            highlights_added += 1
    return ImportSummary(added, merged, highlights_added, skipped)


def _merge_article_note(db: Database, article_id: int, imported: str) -> None:
    """The imported article note joins the one here: taken when this one is empty, added
    after it when it says something else, nothing when this note holds it already (so a
    second import of the same file changes nothing)."""
    row = db.execute("SELECT note FROM articles WHERE id = ?", [article_id]).fetchone()
    here = row[0] if row else ""
    if not imported.strip() or imported in here:
        return
    merged = f"{here.rstrip()}{NOTE_SEPARATOR}{imported}" if here.strip() else imported
    db.execute("UPDATE articles SET note = ? WHERE id = ?", [merged, article_id])


def _salvage_article_ids(db: Database) -> tuple[list[int], list[str]]:
    """Ids of the articles, gathered through the table and its indexes until each access path
    meets damage, and what could not be listed."""
    complete_lists = (
        "SELECT id FROM articles",
        "SELECT id FROM articles INDEXED BY sqlite_autoindex_articles_1 ORDER BY content_hash",
    )
    partial_lists = (
        "SELECT id FROM articles INDEXED BY articles_source WHERE source IS NOT NULL ORDER BY source",
        "SELECT DISTINCT article_id FROM highlights INDEXED BY highlights_article ORDER BY article_id",
    )
    ids: set[int] = set()
    failures: list[str] = []
    for query in (*complete_lists, *partial_lists):
        try:
            for (article_id,) in db.conn.execute(query):
                ids.add(int(article_id))
        except sqlite3.DatabaseError as error:
            if query in complete_lists:
                failures.append(str(error))
    if len(failures) < len(complete_lists):
        return sorted(ids), []
    return sorted(ids), [
        f"the full list of articles ({failures[0]}): articles without highlights or a source may be missing"
    ]


def _source_of(db: Database, article_id: int) -> str:
    """`` from SOURCE`` when the source index still names the article's file, else nothing."""
    try:
        row = db.execute(
            "SELECT source FROM articles INDEXED BY articles_source WHERE id = ? AND source IS NOT NULL",
            [article_id],
        ).fetchone()
    except sqlite3.DatabaseError:
        return ""
    return f" from {row[0]}" if row else ""


def _salvage_highlights(db: Database, article_id: int) -> tuple[tuple[Highlight, ...], list[str]]:
    """The article's readable highlights, in export order, and a name for each unreadable one."""
    order = "h.pos_start, h.pos_end, h.uid"
    try:
        return tuple(sql_rows.highlights_where(db, "h.article_id = ?", [article_id], order=order)), []
    except sqlite3.DatabaseError:
        pass
    found: list[Highlight] = []
    lost: list[str] = []
    try:
        ids = [
            row[0]
            for row in db.conn.execute(
                "SELECT id FROM highlights INDEXED BY highlights_article WHERE article_id = ?", [article_id]
            )
        ]
    except sqlite3.DatabaseError as error:
        return (), [f"the highlights of article {article_id} ({error})"]
    for highlight_id in ids:
        try:
            found.extend(sql_rows.highlights_where(db, "h.id = ?", [highlight_id]))
        except sqlite3.DatabaseError as error:
            lost.append(f"highlight {highlight_id} of article {article_id} ({error})")
    found.sort(key=lambda highlight: (highlight.start, highlight.end, highlight.uid))
    return tuple(found), lost


def _import_colours(db: Database, colours: Sequence[Colour]) -> None:
    defaults = dict(DEFAULT_COLOURS)
    for colour in colours:
        row = db.execute("SELECT meaning FROM colours WHERE key = ?", [colour.key]).fetchone()
        if row is None:
            raise ImportRejected(f"unknown colour {colour.key[:40]!r}")
        if row[0] == defaults.get(colour.key):
            db.execute("UPDATE colours SET meaning = ? WHERE key = ?", [colour.meaning, colour.key])
