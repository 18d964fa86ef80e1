"""A damaged or unwritable archive seen from the window: a clear message that stays, the existing
highlights shown read-only, nothing written."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.store.backups import latest_backup, make_daily_backup
from desktop.ui import archive_dialogs
from desktop.ui.annotations import AnnotationSession
from desktop.ui.app import create_main_window
from tests.store.test_archive_safety import ARTICLES, article_text, build_archive, flip_page_holding, marker
from tests.store.unwritable import deny_write_access


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def article(number: int) -> Article:
    return Article(text=article_text(number), title=f"Harbour {number}", source=f"/news/{number}.txt")


def failures(session: AnnotationSession) -> list[str]:
    messages: list[str] = []
    session.failed.connect(messages.append)
    return messages


def test_damaged_archive_opens_read_only_with_its_highlights_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "archive.sqlite3"
    build_archive(path)
    backup = make_daily_backup(path, today=date(2026, 3, 1))
    flip_page_holding(path, marker(ARTICLES // 2).encode())
    before = digest(path)
    window = create_main_window(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), archive_path=path
    )
    qtbot.addWidget(window)
    session = window.annotations
    try:
        assert not session.writable
        problem = session.problem or ""
        assert "damaged" in problem and "read-only" in problem and str(backup) in problem
        assert window.info_bar.message.text() == problem and window.info_bar.sticky
        messages = failures(session)
        opened = session.open_article(article(3))
        assert opened is not None
        assert [highlight.note for highlight in session.highlights] == ["note 3"]
        session.add(0, 10, "yellow")
        assert messages == [problem]
    finally:
        window.controller.shutdown()
        session.close()
    assert digest(path) == before
    assert not (tmp_path / "backups" / f"archive-{date.today().isoformat()}.sqlite3").exists()


def test_damage_met_while_reading_keeps_its_message(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    build_archive(path)
    session = AnnotationSession()
    session.open_archive(path)
    assert session.writable and session.archive is not None
    session.archive._db.execute("PRAGMA shrink_memory")
    flip_page_holding(path, marker(ARTICLES // 2).encode())
    messages = failures(session)
    try:
        assert session.open_article(article(ARTICLES // 2)) is None
        session.add(0, 10, "yellow")
        session.set_article_note("a note")
    finally:
        session.close()
    assert len(messages) == 3
    assert all("damaged" in message for message in messages)
    assert not any("Open an article first" in message for message in messages)


def test_unwritable_archive_shows_its_highlights_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as archive:
        opened = archive.open_article(article(1))
        archive.add_highlight(opened.article_id, 200, 230, note="first")
        archive.add_highlight(opened.article_id, 300, 330, note="second")
    deny_write_access(monkeypatch, tmp_path, path)
    # SQLite cannot make the -wal and -shm files here, as in a folder the user may not write to.
    Path(f"{path}-wal").mkdir()
    Path(f"{path}-shm").mkdir()
    session = AnnotationSession()
    session.open_archive(path)
    try:
        assert not session.writable and "read-only" in (session.problem or "")
        assert session.open_article(article(1)) is not None
        assert [highlight.note for highlight in session.highlights] == ["first", "second"]
    finally:
        session.close()


def test_exporting_a_damaged_archive_from_the_window_saves_what_can_be_read_and_names_the_rest(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.sqlite3"
    build_archive(path)
    flip_page_holding(path, marker(ARTICLES // 2).encode())
    target = tmp_path / "rescued.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), archive_dialogs.JSON_FILTER)
    )
    warnings: list[str] = []

    def record(box: QMessageBox) -> int:
        warnings.append(box.text())
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", record)
    parent = QWidget()
    qtbot.addWidget(parent)
    with Archive(path, read_only=True) as archive:
        assert archive_dialogs.export_archive(parent, archive) == target
    exported = json.loads(target.read_text(encoding="utf-8"))
    sources = {entry["ra:source"] for entry in exported["ra:articles"]}
    assert ARTICLES - 4 <= len(sources) < ARTICLES
    [warning] = warnings
    assert str(target) in warning and f"from /news/{ARTICLES // 2}.txt" in warning


def test_opening_a_healthy_archive_makes_todays_backup_in_the_background(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "archive.sqlite3"
    with Archive(path) as archive:
        archive.open_article(article(1))
    window = create_main_window(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), archive_path=path
    )
    qtbot.addWidget(window)
    try:
        assert window.annotations.writable
        qtbot.waitUntil(lambda: latest_backup(path) is not None, timeout=10_000)
    finally:
        window.controller.shutdown()
        window.annotations.close()
    backup = latest_backup(path)
    assert backup is not None and backup.name == f"archive-{date.today().isoformat()}.sqlite3"
    with Archive(backup, read_only=True) as copy:
        assert [entry.title for entry in copy.list_articles()] == ["Harbour 1"]
