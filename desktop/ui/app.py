"""Start the GUI: application object, settings, archive, the main window, the files to open."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.store.backups import start_daily_backup
from desktop.store.paths import resolve_archive_path
from desktop.ui.analysis_cache import AnalysisCache
from desktop.ui.analysis_controller import AnalysisController
from desktop.ui.annotations import AnnotationSession
from desktop.ui.archive_upgrade import upgrade_before_opening
from desktop.ui.main_window import MainWindow
from desktop.ui.session_restore import restore_open_articles
from desktop.ui.settings import AppSettings

ICON = Path(__file__).parent / "icons" / "reading-assistant.svg"
ORGANIZATION = "ReadingAssistant"
APPLICATION = "Reading Assistant"


def create_main_window(
    settings: QSettings | None = None, model: str | None = None, archive_path: Path | None = None
) -> MainWindow:
    """Build the window and start loading the pipeline in the background. The archive is
    ``archive_path``, else ``$READING_ASSISTANT_ARCHIVE``, else the one chosen in Preferences,
    else the default."""
    app_settings = AppSettings(settings or QSettings())
    annotations = AnnotationSession()
    path = resolve_archive_path(archive_path, preferred=app_settings.archive_path)
    # A schema upgrade takes seconds on a big archive: off the GUI thread, and said on screen.
    upgrade_before_opening(path)
    annotations.open_archive(path)
    controller = AnalysisController(model or app_settings.model, cache=AnalysisCache(annotations))
    window = MainWindow(controller, app_settings, annotations)
    controller.setParent(window)
    if annotations.problem:
        print(f"reading-assistant: {annotations.problem}", file=sys.stderr)
        window.info_bar.show_message(annotations.problem, "warning", sticky=True)
    if annotations.writable and annotations.path is not None:
        start_daily_backup(annotations.path)
    # Load spaCy only once the window is up, so the text shows before the model is ready.
    QTimer.singleShot(0, controller.load_pipeline)
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
