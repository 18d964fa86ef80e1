"""Headless archive commands behind ``reading-assistant export|import|search|entity|conflicts|add|changes``.

Each returns a process exit code: 0 success, 1 the archive or the input could not be used
(the reason goes to ``err``, standard error by default), 2 a bad argument.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.core.article import Article, ArticleLoadError, is_web_address
from desktop.core.entity_corrections import EntityCorrection, corrections_digest
from desktop.core.undecodable import escape_undecodable
from desktop.nlp.errors import PipelineUnavailable
from desktop.store.archive import Archive, busy_reason
from desktop.store.exporters import MAX_IMPORT_BYTES, parse_web_annotation, to_markdown, to_web_annotation
from desktop.store.records import AnalysisCacheKey, ArchiveError, DamagedArchiveError
from desktop.store.version_changes import archived_changes

if TYPE_CHECKING:
    from desktop.nlp.model import Analysis
    from desktop.nlp.pipeline import Pipeline

EXPORT_ALL = "all"
EXPORT_FORMATS = ("markdown", "json")
# What ``add`` says of each article: new to the archive, its text already there, or a changed
# text from the same source kept as the article's next version.
ADD_STATUS = {"new": "new", "same": "same", "reanchored": "new-version"}
# A bare surname shared by many people names the first few of them.
ENTITY_CHOICES_LISTED = 5
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
                print(f"error: {_no_entity_called(archive, name.strip(), label)}", file=err)
                return 1
            page = archive.knowledge.entity_page(entity_id, limit=None)
    except ARCHIVE_FAILURES as error:
        print(f"error: {_archive_failure(archive_path, error)}", file=err)
        return 1
    out.write(json.dumps(asdict(page), ensure_ascii=False) + "\n")
    return 0


def _no_entity_called(archive: Archive, name: str, label: str | None) -> str:
    """Why ``name`` is no entity: nothing has that name, or (a bare surname) several have it."""
    shown = escape_undecodable(name)
    names = sorted(
        {
            entity.name
            for entity in archive.knowledge.entities(name)
            if label is None or entity.label == label
        },
        key=str.casefold,
    )
    if len(names) < 2:
        return f"no entity called '{shown}' in the archive"
    listed = names[:ENTITY_CHOICES_LISTED]
    if len(names) > len(listed):
        listed.append(f"{len(names) - len(listed):,} others")
    return f"'{shown}' could be {', '.join(listed[:-1])} or {listed[-1]}: give the full name"


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


def run_add(
    archive_path: Path, paths: Sequence[str], out: TextIO, err: TextIO | None = None, model: str | None = None
) -> int:
    """Archive and analyse each article (a file, each supported file of a folder, or a web
    address), printing one JSON object per article: its id, version, status (new, same or
    new-version), title and source. A changed text from the same file or address becomes the
    article's next version, its highlights re-anchored; the reader has not read it yet."""
    err = err or sys.stderr
    if not all(_is_utf8_argument("path", path, err) for path in paths):
        return 2
    failed = False
    try:
        with Archive(archive_path) as archive:
            pipeline = _pipeline(model)
            corrections = archive.entity_corrections()
            digest = corrections_digest(corrections)
            for reference, loaded in _articles(paths):
                if isinstance(loaded, str):
                    print(f"error: {escape_undecodable(reference)}: {loaded}", file=err)
                    failed = True
                    continue
                opened = archive.open_article(loaded, read=False)
                if archive.get_cached_analysis(AnalysisCacheKey.of(loaded.text, pipeline, digest)) is None:
                    _store_analysis(archive, pipeline, loaded.text, corrections)
                record = {
                    "id": opened.article_id,
                    "version": opened.version,
                    "status": ADD_STATUS[opened.status],
                    "title": archive.stored_article(opened.article_id).article.title,
                    "source": loaded.source,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
    except PipelineUnavailable as error:
        print(f"error: {error}", file=err)
        return 1
    except ARCHIVE_FAILURES as error:
        print(f"error: {_archive_failure(archive_path, error)}", file=err)
        return 1
    return 1 if failed else 0


def run_changes(
    archive_path: Path, article: str, out: TextIO, err: TextIO | None = None, model: str | None = None
) -> int:
    """Print, as one JSON object, what changed between the article's last two versions (from
    the version last read, when it changed since): figures with their old and new values,
    quotes and claim sources, then the sentences removed, added and changed, each with its
    place in its version's text. ARTICLE is an archive id or the path/URL it was opened from.
    Analyses come from the archive's cache, else the pipeline makes (and the cache keeps) them."""
    err = err or sys.stderr
    if not _is_utf8_argument("article", article, err):
        return 2
    try:
        with _open_existing(archive_path) as archive:
            article_id = archive.find_article(article)
            if article_id is None and Path(article).expanduser().exists():
                article_id = archive.find_article(str(Path(article).expanduser().absolute()))
            if article_id is None:
                print(f"error: no article '{escape_undecodable(article)}' in the archive", file=err)
                return 1
            # The pipeline is loaded only for a version not analysed yet.
            changes = archived_changes(
                archive,
                article_id,
                lambda text: _store_analysis(archive, _pipeline(model), text, archive.entity_corrections()),
            )
    except PipelineUnavailable as error:
        print(f"error: {error}", file=err)
        return 1
    except ARCHIVE_FAILURES as error:
        print(f"error: {_archive_failure(archive_path, error)}", file=err)
        return 1
    if changes is None:
        print(f"error: article {article_id} has one version only: nothing changed", file=err)
        return 1
    out.write(json.dumps(asdict(changes), ensure_ascii=False) + "\n")
    return 0


def _pipeline(model: str | None) -> Pipeline:
    from desktop.nlp.pipeline import load_pipeline

    return load_pipeline(model)


def _store_analysis(
    archive: Archive, pipeline: Pipeline, text: str, corrections: Sequence[EntityCorrection]
) -> Analysis:
    """Analyse ``text`` with the reader's entity corrections (the archive's), as the window does,
    and keep the analysis in the archive's cache (when it can be written)."""
    from desktop.nlp.serialization import analysis_to_json

    analysis = pipeline.analyze(text, corrections=corrections)
    if not archive.read_only:
        key = AnalysisCacheKey.of(text, pipeline, corrections_digest(corrections))
        archive.put_cached_analysis(key, analysis_to_json(analysis).encode("utf-8"))
    return analysis


def _articles(paths: Sequence[str]) -> Iterator[tuple[str, Article | str]]:
    """Each reference with its article, or why it could not be loaded: web addresses are
    fetched, folders give their supported files; files are named by their absolute path, as
    the window names them, so that either finds the other's article again."""
    from desktop.analysis_inputs import STDIN_PATH, expand_inputs
    from desktop.core.loaders import load_article
    from desktop.core.url_loader import fetch_url

    for reference in paths:
        if reference == STDIN_PATH:
            yield reference, "standard input has no path to know its later versions by; save it to a file"
            continue
        loads: list[tuple[str, Callable[[], Article]]]
        if is_web_address(reference):
            loads = [(reference, functools.partial(fetch_url, reference))]
        else:
            loads = []
            for item in expand_inputs([reference], sys.stdin.buffer):
                if item.error is not None:  # a folder with no article files
                    yield item.path, item.error
                    continue
                loads.append(
                    (item.path, functools.partial(load_article, Path(item.path).expanduser().absolute()))
                )
        for name, load in loads:
            try:
                yield name, load()
            except ArticleLoadError as error:
                yield name, str(error)


def _archive_failure(archive_path: Path, error: ArchiveError | sqlite3.DatabaseError) -> str:
    """A one-line message for one of the ``ARCHIVE_FAILURES``."""
    if isinstance(error, ArchiveError):
        return escape_undecodable(str(error))
    if isinstance(error, sqlite3.OperationalError):
        return f"the archive {_shown(archive_path)} could not be used: {busy_reason(error)}"
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
