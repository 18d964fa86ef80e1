"""Headless export, import and search, and where the archive lives."""

from __future__ import annotations

import io
import json
from pathlib import Path

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.commands import run_export, run_import, run_search
from desktop.store.paths import ARCHIVE_ENV_VAR, default_archive_path, resolve_archive_path

TEXT = "The central bank raised interest rates by half a point to fight inflation."


def make_archive(path: Path) -> int:
    with Archive(path) as archive:
        article_id = archive.open_article(
            Article(text=TEXT, title="Rates", source="/news/rates.txt")
        ).article_id
        archive.add_highlight(article_id, 24, 38, "red", "Quarter point expected.", ["rates"])
        return article_id


def test_export_json_import_elsewhere_and_export_again_is_identical(tmp_path: Path) -> None:
    source, target, exported = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "export.json"
    make_archive(source)
    first = io.StringIO()
    assert run_export(source, "all", "json", first) == 0
    exported.write_text(first.getvalue(), encoding="utf-8")
    report = io.StringIO()
    assert run_import(target, exported, report, io.StringIO()) == 0
    assert "imported 1 new" in report.getvalue()
    second = io.StringIO()
    assert run_export(target, "all", "json", second) == 0
    assert second.getvalue() == first.getvalue()


def test_export_one_article_as_markdown_by_source(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    make_archive(path)
    out = io.StringIO()
    assert run_export(path, "/news/rates.txt", "markdown", out) == 0
    assert "> interest rates\n\nQuarter point expected.\n\n#rates *disputed*" in out.getvalue()


def test_export_errors_have_exit_codes_and_messages(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    make_archive(path)
    err = io.StringIO()
    assert run_export(path, "all", "pdf", io.StringIO(), err) == 2
    assert run_export(path, "/nowhere.txt", "json", io.StringIO(), err) == 1
    assert run_export(tmp_path / "missing.sqlite3", "all", "json", io.StringIO(), err) == 1
    assert not (tmp_path / "missing.sqlite3").exists()
    assert err.getvalue().splitlines() == [
        "error: unknown export format 'pdf' (use markdown or json)",
        f"error: no article matching '/nowhere.txt' in {path}",
        f"error: there is no archive at {tmp_path / 'missing.sqlite3'}",
    ]


def test_rejected_import_reports_and_changes_nothing(tmp_path: Path) -> None:
    path, bad = tmp_path / "a.sqlite3", tmp_path / "bad.json"
    article_id = make_archive(path)
    bad.write_text('{"type": "AnnotationCollection", "ra:articles": "nope"}', encoding="utf-8")
    err = io.StringIO()
    assert run_import(path, bad, io.StringIO(), err) == 1
    assert "'ra:articles' must be a list" in err.getvalue()
    with Archive(path) as archive:
        assert len(archive.highlights(article_id)) == 1 and len(archive.list_articles()) == 1


def test_search_prints_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    article_id = make_archive(path)
    out = io.StringIO()
    assert run_search(path, "inflation", out) == 0
    [line] = out.getvalue().splitlines()
    hit = json.loads(line)
    assert (hit["article_id"], hit["field"], hit["offset"]) == (article_id, "text", TEXT.index("inflation"))


def test_archive_path_override_beats_environment_beats_default(tmp_path: Path) -> None:
    environ = {ARCHIVE_ENV_VAR: str(tmp_path / "env.sqlite3")}
    assert resolve_archive_path(tmp_path / "cli.sqlite3", environ) == tmp_path / "cli.sqlite3"
    assert resolve_archive_path(None, environ) == tmp_path / "env.sqlite3"
    assert resolve_archive_path(None, {}) == default_archive_path()
    assert default_archive_path().name == "archive.sqlite3"
