"""The window starts light: spaCy loads in the analysis process, started before Qt and the
window's modules are imported, the window's Qt-free modules are imported before Qt, and each
article format's loader is imported when it is first needed (issue 15's start-up budget)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT


def modules_imported_by_the_window(*roots: str) -> list[str]:
    probe = (
        "import json, sys, desktop.ui.app; "
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {roots!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    names: list[str] = json.loads(done.stdout)
    return names


def test_the_window_modules_do_not_import_spacy() -> None:
    assert modules_imported_by_the_window("spacy", "thinc") == []


def test_the_window_imports_no_article_format_loader_until_a_file_of_that_format_opens() -> None:
    loaded = modules_imported_by_the_window("trafilatura", "lxml", "yaml", "pypdfium2", "desktop")
    assert [m for m in loaded if m.split(".")[0] != "desktop"] == []
    assert not {"desktop.core.html_loader", "desktop.core.epub_loader", "desktop.core.pdf_loader"} & set(
        loaded
    )


def test_every_module_the_window_imports_beyond_qt_and_its_own_is_imported_before_qt() -> None:
    probe = (
        "import importlib, json, sys\n"
        "from desktop.ui.early_start import WINDOW_LIBRARIES\n"
        "for name in WINDOW_LIBRARIES: importlib.import_module(name)\n"
        "before = set(sys.modules)\n"
        "import desktop.ui.app\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    imported_after: list[str] = json.loads(done.stdout)
    qt_or_window = ("PySide6", "shiboken6", "shibokensupport", "signature_bootstrap", "__feature__")
    left = [
        name
        for name in imported_after
        if not name.startswith("desktop.ui")
        and name.split(".")[0] not in qt_or_window
        and name.split(".")[0] not in sys.stdlib_module_names
    ]
    assert "desktop.ui.app" in imported_after
    assert left == []


WINDOW_WITHOUT_NUMPY = """
import sys
from pathlib import Path

if __name__ == "__main__":  # not in the spawned analysis process, which needs numpy
    import multiprocessing

    from desktop.ui.early_start import prepare_before_qt

    prepare_before_qt()
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import create_main_window

    app = QApplication([])
    folder = Path(sys.argv[1])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(settings, archive_path=folder / "archive.sqlite3")
    window.show()
    loop = QEventLoop()
    window.analysisApplied.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    window.open_path(Path(sys.argv[2]))
    loop.exec()
    figures = window.figures_panel.model.rowCount()
    # The window joined the process started before Qt, and named its pipeline.
    (started_early,) = multiprocessing.active_children()
    joined = window.controller.process_id == started_early.pid
    print(len(window.analysis.entities), figures, sys.modules.get("numpy") is not None, joined)
"""


def test_the_window_joins_the_analysis_process_started_before_qt_and_shows_its_analysis_without_numpy(
    tmp_path: Path,
) -> None:
    script = tmp_path / "window_without_numpy.py"
    script.write_text(WINDOW_WITHOUT_NUMPY, encoding="utf-8")
    sample = REPO_ROOT / "resources" / "samples" / "harbour-bridge.txt"
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path), str(sample)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    entities, figures, numpy_imported, joined = done.stdout.split()
    assert int(entities) > 10 and int(figures) > 5
    assert numpy_imported == "False"
    assert joined == "True"
