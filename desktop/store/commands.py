"""Headless archive commands behind ``reading-assistant export|import|search``.

Each returns a process exit code: 0 success, 1 the archive or the input could not be used
(the reason goes to ``err``, standard error by default), 2 a bad argument.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from desktop.store.archive import Archive
from desktop.store.exporters import MAX_IMPORT_BYTES, parse_web_annotation, to_markdown, to_web_annotation
from desktop.store.records import ArchiveError, DamagedArchiveError

EXPORT_ALL = "all"
EXPORT_FORMATS = ("markdown", "json")


def run_export(archive_path: Path, target: str, fmt: str, out: TextIO, err: TextIO | None = None) -> int:
    """Export one article (id, content hash prefix or source) or ``all`` as Markdown or W3C JSON."""
    err = err or sys.stderr
    if fmt not in EXPORT_FORMATS:
        print(f"error: unknown export format {fmt!r} (use {' or '.join(EXPORT_FORMATS)})", file=err)
        return 2
    try:
        with _open_existing(archive_path) as archive:
            ids: list[int] | None = None
            if target != EXPORT_ALL:
                article_id = archive.find_article(target)
                if article_id is None:
                    print(f"error: no article matching {target!r} in {archive_path}", file=err)
                    return 1
                ids = [article_id]
            # Row by row: from a damaged archive, everything that can still be read.
            salvaged = archive.salvage_export(ids)
    except ArchiveError as error:
        print(f"error: {error}", file=err)
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
    try:
        if file.stat().st_size > MAX_IMPORT_BYTES:
            print(f"error: {file} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB", file=err)
            return 1
        json_text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"error: cannot read {file}: {error}", file=err)
        return 1
    try:
        parsed = parse_web_annotation(json_text)
        with Archive(archive_path) as archive:
            summary = archive.import_articles(parsed.articles, parsed.colours)
    except ArchiveError as error:
        print(f"error: {file} was not imported: {error}", file=err)
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
    try:
        with _open_existing(archive_path) as archive:
            hits = archive.search(query, limit=limit)
    except ArchiveError as error:
        print(f"error: {error}", file=err)
        return 1
    for hit in hits:
        out.write(json.dumps(asdict(hit), ensure_ascii=False) + "\n")
    return 0


def _open_existing(archive_path: Path) -> Archive:
    """Reading commands never create an archive, and still work where it cannot be written."""
    if not archive_path.is_file():
        raise ArchiveError(f"there is no archive at {archive_path}")
    if os.access(archive_path, os.W_OK):
        try:
            return Archive(archive_path)
        except DamagedArchiveError:
            pass  # never written to again, but what can be read is still there to rescue
    return Archive(archive_path, read_only=True)
