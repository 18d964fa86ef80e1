"""Analysis off the GUI thread: cached results on reopening, progressive highlights on long texts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.conftest import SAMPLES_DIR
from tests.ui.conftest import ANALYSIS_TIMEOUT_MS, make_window, open_and_wait
from tests.ui.test_main_window import background_at, person_colour

SAMPLE = SAMPLES_DIR / "harbour-bridge.txt"


def test_reopening_uses_the_cached_analysis(qtbot: QtBot, settings_file: Path, archive_file: Path) -> None:
    first = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, first, SAMPLE)
    fresh = first.analysis
    assert first.controller.cache_hits == 0
    first.close()

    second = make_window(qtbot, settings_file, archive_file)
    open_and_wait(qtbot, second, SAMPLE)
    assert second.controller.cache_hits == 1
    assert second.analysis == fresh
    start = second.reader.text.index("Elena Vasquez")
    assert background_at(second, start) == person_colour(second)
    second.close()


def test_long_texts_highlight_progressively(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    long_text = tmp_path / "long.txt"
    long_text.write_text(SAMPLE.read_text(encoding="utf-8") * 25, encoding="utf-8")
    batches: list[int] = []
    window.controller.analysisPartial.connect(lambda _generation, entities: batches.append(len(entities)))
    progress: list[int] = []
    window.controller.analysisProgress.connect(lambda _generation, done, _total: progress.append(done))
    with qtbot.waitSignal(window.analysisApplied, timeout=ANALYSIS_TIMEOUT_MS):
        window.open_path(long_text)
    assert len(batches) >= 2 and sum(batches) > 0
    assert progress == sorted(progress) and progress[-1] > 0
    last = window.reader.text.rindex("Elena Vasquez")
    assert background_at(window, last) == person_colour(window)
