"""Big archive writes off the GUI thread: deleting an article and keeping a book's analysis."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.nlp.model import PipelineInfo
from desktop.store.archive import Archive
from desktop.store.records import AnalysisCacheKey
from desktop.ui.analysis_cache import AnalysisCache
from desktop.ui.annotations import AnnotationSession
from desktop.ui.main_window import MainWindow
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import open_and_wait

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def test_deleting_an_archived_article_closes_its_tab(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    other = tmp_path / "notice.txt"
    other.write_text("The library on Mill Street closes for repairs in June.\n", encoding="utf-8")
    open_and_wait(qtbot, window, other)
    kept = window.documents[0].content_hash
    open_and_wait(qtbot, window, SAMPLE)
    deleted = window.annotations.article_id
    assert deleted is not None and len(window.documents) == 2
    window.delete_archived_article(deleted)
    # The analyses' own writes may land first: wait for all of them.
    qtbot.waitUntil(lambda: not window.annotations.writes.busy)
    assert [document.content_hash for document in window.documents] == [kept]
    archive = window.annotations.archive
    assert archive is not None
    assert deleted not in {entry.id for entry in archive.list_articles()}


def test_a_failed_deletion_is_reported_and_keeps_everything(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, SAMPLE)
    archive = window.annotations.archive
    assert archive is not None
    before = archive.list_articles()
    missing = max(entry.id for entry in before) + 1
    window.delete_archived_article(missing)
    qtbot.waitUntil(lambda: window.info_bar.isVisible())
    assert window.info_bar.message.text().startswith("The article could not be deleted:")
    assert str(missing) in window.info_bar.message.text()
    assert archive.list_articles() == before
    assert len(window.documents) == 1


def test_an_analysis_is_answered_while_it_is_being_written(qtbot: QtBot, tmp_path: Path) -> None:
    # What the window knows of the pipeline in the analysis process (made up: no spaCy needed).
    pipeline = PipelineInfo("made_up_model", "1.0", "made_up_model-1.0+extraction-1", "1")
    session = AnnotationSession()
    session.open_archive(tmp_path / "archive.sqlite3")
    cache = AnalysisCache(session)
    text = SAMPLE.read_text(encoding="utf-8")
    analysis_json = '{"made up": "an analysis kept in the archive — in UTF-8"}'.encode()
    with qtbot.waitSignal(session.writes.written):
        cache.store(text, pipeline, (), analysis_json)
        assert cache.lookup(text, pipeline, ()) == analysis_json  # from memory, or the archive if written
    assert cache.lookup(text, pipeline, ()) == analysis_json
    session.close()
    with Archive(tmp_path / "archive.sqlite3", read_only=True) as archive:
        assert archive.get_cached_analysis(AnalysisCacheKey.of(text, pipeline)) == analysis_json


def test_a_reading_position_waits_for_no_background_writer(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    session = AnnotationSession()
    session.open_archive(path)
    opened = session.open_article(Article(text="The ferry to Vashon runs every forty minutes.\n"))
    assert opened is not None
    with Archive(path) as background, background.batch():  # e.g. the knowledge indexer
        session.set_reading_position(30)  # kept for later rather than waited for
        assert background.stored_article(opened.article_id).reading_position == 0
    assert session.save_unsaved()  # as the retry timer does
    assert session.archive is not None
    assert session.archive.stored_article(opened.article_id).reading_position == 30
    session.close()


def test_a_reading_position_kept_for_later_is_stored_on_closing(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    session = AnnotationSession()
    session.open_archive(path)
    opened = session.open_article(Article(text="Tides at the quay turn twice a day.\n"))
    assert opened is not None
    with Archive(path) as background:
        with background.batch():
            session.set_reading_position(12)
        session.close()
        assert background.stored_article(opened.article_id).reading_position == 12
