"""Headless archive commands behind ``reading-assistant export|import|search|entity|conflicts``.

Each returns a process exit code: 0 success, 1 the archive or the input could not be used
(the reason goes to ``err``, standard error by default), 2 a bad argument.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from desktop.core.undecodable import escape_undecodable
from desktop.store.archive import Archive
from desktop.store.exporters import MAX_IMPORT_BYTES, parse_web_annotation, to_markdown, to_web_annotation
from desktop.store.records import ArchiveError, DamagedArchiveError

EXPORT_ALL = "all"
EXPORT_FORMATS = ("markdown", "json")
# What using an archive can raise: the archive's own refusals, and SQLite's errors from a
# file damaged or locked after it was opened.
ARCHIVE_FAILURES = (ArchiveError, sqlite3.DatabaseError)


def run_export(archive_path: Path, target: str, fmt: str, out: TextIO, err: TextIO | None = None) -> int:
    """Export one article (id, content hash prefix or source) or ``all`` as Markdown or W3C JSON."""
    err = err or sys.stderr
    if fmt not in EXPORT_FORMATS:
        print(f"error: unknown export format {fmt!r} (use {' or '.join(EXPORT_FORMATS)})", file=err)
        return 2
    if not _is_utf8_argument("article", target, err):
        return 2
    try:
        with _open_existing(archive_path) as archive:
            ids: list[int] | None = None
            if target != EXPORT_ALL:
                article_id = archive.find_article(target)
                if article_id is None:
                    print(f"error: no article matching {target!r} in {_shown(archive_path)}", file=err)
                    return 1
                ids = [article_id]
            # Row by row: from a damaged archive, everything that can still be read.
            salvaged = archive.salvage_export(ids)
    except ARCHIVE_FAILURES as error:
        print(f"error: {_archive_failure(archive_path, error)}", file=err)
        return 1
    for item in salvaged.unreadable:
        print(f"error: could not be read, not exported: {item}", file=err)
    exports, colours = salvaged.exports, salvaged.colours
    if fmt == "json":
        out.write(to_web_annotation(exports, colours))
    else:
        out.write("\n".join(to_markdown(export, colours) for export in exports))
    return 1 if salvaged.unreadable else 0


def run_import(archive_path: Path, file: Path, out: TextIO, err: TextIO | None = None) -> int:
    """Import a W3C Web Annotation JSON export; all of it or, on any problem, nothing."""
    err = err or sys.stderr
    shown_file = _shown(file)
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            print(f"error: {shown_file} is a folder, not a file", file=err)
            return 1
        if not stat.S_ISREG(info.st_mode):
            # A pipe or a device could block forever or never end.
            print(f"error: {shown_file} is not a regular file", file=err)
            return 1
        if info.st_size > MAX_IMPORT_BYTES:
            print(f"error: {shown_file} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB", file=err)
            return 1
        data = file.read_bytes()
    except OSError as error:
        print(f"error: cannot read {shown_file}: {error.strerror or error}", file=err)
        return 1
    try:
        json_text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        print(
            f"error: {shown_file} is not UTF-8 JSON (byte 0x{data[error.start]:02x} at position {error.start})",
            file=err,
        )
        return 1
    try:
        parsed = parse_web_annotation(json_text)
        with Archive(archive_path) as archive:
            summary = archive.import_articles(parsed.articles, parsed.colours)
    except ARCHIVE_FAILURES as error:
        print(f"error: {shown_file} was not imported: {_archive_failure(archive_path, error)}", file=err)
        return 1
    print(
        f"imported {summary.articles_added} new and {summary.articles_merged} known articles,"
        f" {summary.highlights_added} highlights ({summary.highlights_skipped} already present)",
        file=out,
    )
    return 0


def run_search(
    archive_path: Path, query: str, out: TextIO, err: TextIO | None = None, limit: int = 50
) -> int:
    """Print the best hits as JSON Lines: article_id, article_title, highlight_id, field,
    offset (in the article text), snippet and marks (matched ranges in the snippet)."""
    err = err or sys.stderr
    if not _is_utf8_argument("search query", query, err):
        return 2
    try:
        with _open_existing(archive_path) as archive:
            hits = archive.search(query, limit=limit)
    except ARCHIVE_FAILURES as error:
        print(f"error: {_archive_failure(archive_path, error)}", file=err)
        return 1
    for hit in hits:
        out.write(json.dumps(asdict(hit), ensure_ascii=False) + "\n")
    return 0


def run_entity(
    archive_path: Path, name: str, out: TextIO, err: TextIO | None = None, label: str | None = None
) -> int:
    """Print, as one JSON object, the entity a name stands for across the archive: its names,
    the articles mentioning it, the claims it made (in date order) and those mentioning it.
    Analyses archived before the archive knew entities are indexed first when it is writable."""
    err = err or sys.stderr
    if not _is_utf8_argument("name", name, err) or not name.strip():
        if not name.strip():
            print("error: give the name of a person, organisation or place", file=err)
        return 2
    try:
        with _open_existing(archive_path) as archive:
            if not archive.read_only:
                archive.knowledge.index_pending()
            entity_id = archive.knowledge.find_entity(name, label)
            if entity_id is None:
                print(
                    f"error: no entity called '{escape_undecodable(name.strip())}' in the archive", file=err
                )
                return 1
            page = archive.knowledge.entity_page(entity_id, limit=None)
    except ARCHIVE_FAILURES as error:
        print(f"error: {_archive_failure(archive_path, error)}", file=err)
        return 1
    out.write(json.dumps(asdict(page), ensure_ascii=False) + "\n")
    return 0


def run_conflicts(
    archive_path: Path, article: str | None, out: TextIO, err: TextIO | None = None, within_days: float = 7.0
) -> int:
    """Print as JSON Lines each figure (of ARTICLE, else of every article) that other articles
    within ``within_days`` contradict, with their values. ARTICLE is an archive id, a content
    hash (prefix) or the path/URL it was opened from."""
    err = err or sys.stderr
    if article is not None and not _is_utf8_argument("article", article, err):
        return 2
    try:
        with _open_existing(archive_path) as archive:
            if not archive.read_only:
                archive.knowledge.index_pending()
            article_id = None if article is None else archive.find_article(article)
            if article is not None and article_id is None:
                print(f"error: no article '{escape_undecodable(article)}' in the archive", file=err)
                return 1
            found = archive.knowledge.disagreements(article_id, within_days)
    except ARCHIVE_FAILURES as error:
        print(f"error: {_archive_failure(archive_path, error)}", file=err)
        return 1
    for comparison in found:
        out.write(json.dumps(asdict(comparison), ensure_ascii=False) + "\n")
    return 0


def _archive_failure(archive_path: Path, error: ArchiveError | sqlite3.DatabaseError) -> str:
    """A one-line message for one of the ``ARCHIVE_FAILURES``."""
    if isinstance(error, ArchiveError):
        return escape_undecodable(str(error))
    if isinstance(error, sqlite3.OperationalError):
        return f"the archive {_shown(archive_path)} could not be used: {error}"
    return f"the archive {_shown(archive_path)} is damaged: {error}"


def _is_utf8_argument(what: str, value: str, err: TextIO) -> bool:
    """Whether ``value`` is text; if it carries undecodable bytes, say so on ``err``.

    Archived titles, notes and sources are UTF-8, so such an argument could match nothing.
    """
    shown = escape_undecodable(value)
    if shown != value:
        print(f"error: the {what} '{shown}' is not valid UTF-8 text", file=err)
        return False
    return True


def _shown(path: Path) -> str:
    return escape_undecodable(str(path))


def _open_existing(archive_path: Path) -> Archive:
    """Reading commands never create an archive, and still work where it cannot be written."""
    shown = _shown(archive_path)
    try:
        mode = archive_path.stat().st_mode
    except FileNotFoundError:
        raise ArchiveError(f"there is no archive at {shown}") from None
    except OSError as error:
        raise ArchiveError(f"cannot open the archive {shown}: {error.strerror or error}") from None
    if stat.S_ISDIR(mode):
        raise ArchiveError(f"{shown} is a folder, not an archive file")
    if not stat.S_ISREG(mode):
        raise ArchiveError(f"{shown} is not a regular file, so not an archive")
    if os.access(archive_path, os.W_OK):
        try:
            return Archive(archive_path)
        except DamagedArchiveError:
            pass  # never written to again, but what can be read is still there to rescue
    return Archive(archive_path, read_only=True)
