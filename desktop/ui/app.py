"""Start the GUI: application object, settings, archive, the main window, the files to open."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.store.backups import start_daily_backup
from desktop.store.paths import resolve_archive_path
from desktop.ui.analysis_cache import AnalysisCache
from desktop.ui.analysis_controller import AnalysisController
from desktop.ui.annotations import AnnotationSession
from desktop.ui.archive_upgrade import upgrade_before_opening
from desktop.ui.early_start import APPLICATION, ORGANIZATION
from desktop.ui.main_window import MainWindow
from desktop.ui.session_restore import restore_open_articles
from desktop.ui.settings import AppSettings

ICON = Path(__file__).parent / "icons" / "reading-assistant.svg"
# With no article opened at launch, the settling after start-up begins this long after it.
FIRST_TEXT_WAIT_MS = 1_000
# How long a thread busy in Python may keep the interpreter lock once the window's thread asks
# for it (Python's default: 5 ms). Qt calls into Python for every cell and line it paints, each
# call asking for the lock anew, so a background thread reading rows, indexing or unpacking an
# analysis made a table's repaint 5 times slower (benchmarks/switch_interval_bench.py).
WINDOW_SWITCH_INTERVAL_S = 0.0005


def create_main_window(
    settings: QSettings | None = None, model: str | None = None, archive_path: Path | None = None
) -> MainWindow:
    """Build the window and start the analysis process, which loads the pipeline. The archive is
    ``archive_path``, else ``$READING_ASSISTANT_ARCHIVE``, else the one chosen in Preferences,
    else the default."""
    favour_the_window_thread()
    app_settings = AppSettings(settings or QSettings())
    annotations = AnnotationSession()
    path = resolve_archive_path(archive_path, preferred=app_settings.archive_path)
    # A schema upgrade takes seconds on a big archive: off the GUI thread, and said on screen.
    upgrade_before_opening(path)
    annotations.open_archive(path)
    controller = AnalysisController(model or app_settings.model, cache=AnalysisCache(annotations))
    # The analysis process loads spaCy on the other core while Qt builds the window.
    controller.load_pipeline()
    window = MainWindow(controller, app_settings, annotations)
    controller.setParent(window)
    if annotations.problem:
        print(f"reading-assistant: {annotations.problem}", file=sys.stderr)
        window.info_bar.show_message(annotations.problem, "warning", sticky=True)
    if annotations.writable and annotations.path is not None:
        start_daily_backup(annotations.path)
    # What start-up built stays for good: out of the full garbage collections that a long
    # analysis's results set off (a tenth of a second less in the window each time).
    FirstTextPainted(window, gc.freeze)
    return window


def run_gui(files: Sequence[str], model: str | None = None, archive_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("reading-assistant")
    app.setWindowIcon(QIcon(str(ICON)))
    window = create_main_window(model=model, archive_path=archive_path)
    window.show()
    restore_open_articles(window)
    for path in files:
        window.open_path(Path(path))
    return app.exec()


def favour_the_window_thread() -> None:
    """Let the window's thread take the interpreter lock from a busy background thread sooner
    (see ``WINDOW_SWITCH_INTERVAL_S``); the background threads lose a little of their speed
    only while the window is busy too."""
    sys.setswitchinterval(WINDOW_SWITCH_INTERVAL_S)


class FirstTextPainted(QObject):
    """Calls ``then`` once the reader has painted an article's text, or ``wait_ms`` after the
    launch if none is opened: once what start-up builds (the window, the first text) is built."""

    def __init__(
        self, window: MainWindow, then: Callable[[], None], wait_ms: int = FIRST_TEXT_WAIT_MS
    ) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.reader.viewport().installEventFilter(self)
        QTimer.singleShot(wait_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._window.article is not None:
            QTimer.singleShot(0, self, self._call)  # once this paint is done
        return False

    def _call(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._window.reader.viewport().removeEventFilter(self)
            then()
