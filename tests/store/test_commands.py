"""Headless export, import and search, and where the archive lives."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.commands import run_export, run_import, run_search
from desktop.store.paths import ARCHIVE_ENV_VAR, default_archive_path, resolve_archive_path
from tests.headless import run_command

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


def test_undecodable_search_query_and_export_target_are_usage_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    make_archive(path)
    undecodable = os.fsdecode(b"caf\xe9")
    search = run_command("search", undecodable, "--archive", path)
    assert (search.returncode, search.stdout) == (2, "")
    assert search.stderr == "error: the search query 'caf\\xe9' is not valid UTF-8 text\n"
    export = run_command("export", undecodable, "--archive", path)
    assert (export.returncode, export.stdout) == (2, "")
    assert export.stderr == "error: the article 'caf\\xe9' is not valid UTF-8 text\n"


def test_archive_paths_that_cannot_be_archives_get_a_message(tmp_path: Path) -> None:
    not_utf8 = tmp_path / os.fsdecode(b"archive\xff.sqlite3")
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database", encoding="utf-8")
    expected = {
        tmp_path: f"{tmp_path} is a folder, not an archive file",
        Path(os.devnull): f"{os.devnull} is not a regular file, so not an archive",
        not_utf8: f"there is no archive at {tmp_path}/archive\\xff.sqlite3",
        text_file / "inside.sqlite3": f"cannot open the archive {text_file}/inside.sqlite3: Not a directory",
    }
    for archive_path, message in expected.items():
        for command in (["search", "rates"], ["export", "all"]):
            result = run_command(*command, "--archive", archive_path)
            assert (result.returncode, result.stdout, result.stderr) == (1, "", f"error: {message}\n")
    assert not not_utf8.exists()


def _damage_table(path: Path, table: str) -> None:
    """Overwrite the first page of ``table`` with garbage, as a failing disk would."""
    with closing(sqlite3.connect(path)) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root_page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    with path.open("r+b") as file:
        file.seek((root_page - 1) * page_size)
        file.write(b"\xa5" * page_size)


def test_a_damaged_archive_gets_a_message_not_a_traceback(tmp_path: Path) -> None:
    search_index, highlights = tmp_path / "index.sqlite3", tmp_path / "highlights.sqlite3"
    for path, table in ((search_index, "articles_fts_idx"), (highlights, "highlights")):
        make_archive(path)
        _damage_table(path, table)
    search = run_command("search", "inflation", "--archive", search_index)
    assert (search.returncode, search.stdout) == (1, "")
    assert search.stderr.startswith(f"error: the archive {search_index} is damaged")
    assert "open read-only" in search.stderr and "reading-assistant export" in search.stderr
    export = run_command("export", "all", "--format", "json", "--archive", highlights)
    # What can still be read is exported; what cannot is named, and the status says so.
    assert export.returncode == 1
    assert json.loads(export.stdout)["type"] == "AnnotationCollection"
    assert "could not be read, not exported: highlight" in export.stderr


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    make_archive(path)
    # Like `search … | head`, with the reader gone before the first line is written.
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "search", "inflation", "--archive", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    assert process.wait(timeout=60) == 1
    assert process.stderr.read() == b""


def test_output_that_cannot_be_written_gets_a_message(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    make_archive(path)
    with open("/dev/full", "wb") as full_disk:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "export", "all", "--archive", str(path)],
            stdout=full_disk,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr == b"reading-assistant export: error: No space left on device\n"


def test_files_that_cannot_be_imported_get_a_message(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    make_archive(path)
    not_utf8, not_json, pipe = tmp_path / "latin1.json", tmp_path / "cut.json", tmp_path / "pipe.json"
    not_utf8.write_bytes(b'{"label": "caf\xe9"}')
    not_json.write_text('{"type": ', encoding="utf-8")
    os.mkfifo(pipe)
    expected = {
        tmp_path: f"{tmp_path} is a folder, not a file",
        pipe: f"{pipe} is not a regular file",
        tmp_path / "missing.json": f"cannot read {tmp_path}/missing.json: No such file or directory",
        not_utf8: f"{not_utf8} is not UTF-8 JSON (byte 0xe9 at position 14)",
        not_json: f"{not_json} was not imported: not valid JSON: Expecting value: line 1 column 10 (char 9)",
    }
    for file, message in expected.items():
        result = run_command("import", file, "--archive", path)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", f"error: {message}\n")
    exported, export = tmp_path / "export.json", io.StringIO()
    assert run_export(path, "all", "json", export) == 0
    exported.write_text(export.getvalue(), encoding="utf-8")
    into_folder = run_command("import", exported, "--archive", tmp_path)
    assert into_folder.returncode == 1
    assert (
        into_folder.stderr
        == f"error: {exported} was not imported: {tmp_path} is a folder, not an archive file\n"
    )


def test_a_closed_standard_output_gets_a_message(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    make_archive(path)
    result = subprocess.run(
        ["sh", "-c", '"$0" -m desktop search inflation --archive "$1" >&-', sys.executable, str(path)],
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr == b"reading-assistant search: error: standard output is closed\n"
