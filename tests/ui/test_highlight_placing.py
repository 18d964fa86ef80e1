"""Opening an archived article whose file was rewritten: its highlights are placed on the new
text on a worker thread. The window stays responsive, highlights and orphans arrive, edits
wait with a message, and Cancel leaves the archive as it was."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.core.article import Article
from desktop.core.loaders import load_article
from desktop.store.archive import Archive
from desktop.ui.main_window import MainWindow
from tests.store.made_up import prose

HIGHLIGHTS = 500
PLACING_TIMEOUT_MS = 180_000


def archived_then_rewritten(tmp_path: Path, archive_file: Path) -> tuple[Path, int, str]:
    """A 120 KB article archived with 500 highlights, then its file rewritten: every third
    paragraph replaced by new prose, a word changed inside every other quote, so no quote is
    found as it was. Returns the file, the article id and the archived text."""
    paragraphs = [prose(1_200, seed) for seed in range(100)]
    path = tmp_path / "news.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    original = load_article(path)
    with Archive(archive_file) as archive:
        article_id = archive.open_article(original).article_id
        with archive.batch():
            for index in range(HIGHLIGHTS):
                start = original.text.index(paragraphs[index // 5]) + (index % 5) * 200
                archive.add_highlight(article_id, start, start + 60, note=f"note {index}")
    for index, paragraph in enumerate(paragraphs):
        if index % 3 == 0:
            paragraphs[index] = prose(1_200, 1_000 + index)
        else:  # a word changed inside each quote: found only by the fuzzy search
            paragraphs[index] = "".join(
                paragraph[start : start + 200][:30] + "EDITED" + paragraph[start : start + 200][36:]
                for start in range(0, len(paragraph), 200)
            )
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return path, article_id, original.text


def stored(archive_file: Path, article_id: int) -> tuple[str, list[tuple[int, int, bool, str]]]:
    with Archive(archive_file, read_only=True) as archive:
        text = archive.load_article(article_id).text
        every = [*archive.highlights(article_id), *archive.orphans(article_id)]
    return text, sorted((h.start, h.end, h.orphan, h.note) for h in every)


def show(qtbot: QtBot, window: MainWindow, article: Article) -> None:
    """``window.show_article``, and the turn of the event loop after it, which asks the archive."""
    with qtbot.waitSignal(window.articleShown):
        window.show_article(article)


def responsive_open(qtbot: QtBot, window: MainWindow, article: Article) -> tuple[float, float]:
    """Shows ``article`` and waits until its highlights are placed: how long showing it took,
    and the longest the event loop stalled while they were placed (up to the moment the worker
    is done: listing the orphans afterwards is the Notes tab's own cost, as for any article)."""
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.annotations.placing.connect(lambda message: probe.stop() if not message else None)
    started = time.perf_counter()
    window.show_article(article)
    shown = time.perf_counter() - started
    probe.start()
    with qtbot.waitSignal(window.annotations.placed, timeout=PLACING_TIMEOUT_MS):
        # The archive is asked at the event loop's next turn, after the text is shown.
        qtbot.waitUntil(lambda: "Placing 500 highlights" in window.annotator.placing_status.label.text())
        assert window.annotator.placing_status.isVisible()
    assert not probe.isActive()
    return shown, max(later - earlier for earlier, later in itertools.pairwise(ticks))


def wait_for_pipeline(qtbot: QtBot, window: MainWindow) -> None:
    if window.controller.pipeline is None:
        # Loading the pipeline pauses the window by itself: measure the placing alone.
        with qtbot.waitSignal(window.controller.pipelineReady, timeout=PLACING_TIMEOUT_MS):
            pass


def test_placing_keeps_the_window_responsive_and_loses_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_file: Path
) -> None:
    path, article_id, _ = archived_then_rewritten(tmp_path, archive_file)
    wait_for_pipeline(qtbot, window)
    rewritten = load_article(path)
    shown, longest_stall = responsive_open(qtbot, window, rewritten)
    # Placed on the GUI thread, this froze the window for seconds (3–7 s for 500 lost quotes).
    assert shown < 1.0
    assert longest_stall < 0.2
    session = window.annotations
    assert session.article_id == article_id
    assert len(session.orphans) == 34 * 5  # the quotes of the replaced paragraphs
    assert len(session.highlights) + len(session.orphans) == HIGHLIGHTS
    assert window.notes_panel.model.rowCount() == len(session.highlights)
    assert not window.annotator.placing_status.isVisible()
    text, highlights = stored(archive_file, article_id)
    assert text == rewritten.text
    assert sorted(note for *_, note in highlights) == sorted(f"note {i}" for i in range(HIGHLIGHTS))
    placed = session.highlights[0]
    assert rewritten.text[placed.start : placed.end] == placed.exact


def test_edits_wait_with_a_message_while_highlights_are_placed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_file: Path
) -> None:
    path, article_id, _ = archived_then_rewritten(tmp_path, archive_file)
    messages: list[str] = []
    window.annotations.failed.connect(messages.append)
    show(qtbot, window, load_article(path))
    window.reader.select_range(0, 20)
    window.annotator.highlight_selection()
    assert "being placed on the new text" in messages[-1]
    with qtbot.waitSignal(window.annotations.placed, timeout=PLACING_TIMEOUT_MS):
        pass
    assert len(stored(archive_file, article_id)[1]) == HIGHLIGHTS  # nothing added behind its back
    window.reader.select_range(0, 20)
    window.annotator.highlight_selection()
    assert len(stored(archive_file, article_id)[1]) == HIGHLIGHTS + 1


def test_cancel_leaves_the_archive_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_file: Path
) -> None:
    path, article_id, original_text = archived_then_rewritten(tmp_path, archive_file)
    before = stored(archive_file, article_id)
    messages: list[str] = []
    window.annotations.failed.connect(messages.append)
    show(qtbot, window, load_article(path))
    status = window.annotator.placing_status
    assert status.isVisible()
    with qtbot.waitSignal(
        window.annotations.placing, timeout=PLACING_TIMEOUT_MS, check_params_cb=lambda m: not m
    ):
        status.cancel_button.click()
    assert "cancelled" in messages[-1]
    assert stored(archive_file, article_id) == before
    assert before[0] == original_text
    assert not status.isVisible()
    assert window.annotations.article_id is None
    assert "next time you open it" in window.notes_panel.placeholder.text()
    # Opened again, the article gets its highlights placed this time.
    window.annotations.open_article(load_article(path))
    with qtbot.waitSignal(window.annotations.placed, timeout=PLACING_TIMEOUT_MS):
        pass
    assert stored(archive_file, article_id)[0] == load_article(path).text


def test_opening_another_article_meanwhile_rolls_the_placing_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_file: Path
) -> None:
    path, article_id, _ = archived_then_rewritten(tmp_path, archive_file)
    before = stored(archive_file, article_id)
    show(qtbot, window, load_article(path))
    assert window.annotator.placing_status.isVisible()
    other = Article(text="A short note about the weather on Sunday.", title="Weather")
    show(qtbot, window, other)
    assert not window.annotator.placing_status.isVisible()
    assert window.annotations.article_id not in (None, article_id)
    assert stored(archive_file, article_id) == before
    window.reader.select_range(0, 7)
    window.annotator.highlight_selection()  # the other article is writable at once
    assert [h.exact for h in window.annotations.highlights] == ["A short"]
