"""``python -m tests.ui.window_process_probe FOLDER (exit|wait)``: a window in a process of its own.

It opens the sample, waits for its analysis, asks the Figures tab for every cell and tooltip,
and prints one JSON line: the spaCy and pint modules this process imported, the cells shown,
the entities shown and the analysis process's id. Then it quits as the app does (``exit``), or
waits to be killed (``wait``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.app import create_main_window
from tests.conftest import SAMPLES_DIR

WAIT_S = 120


def main(folder: Path, then: str) -> None:
    app = QApplication(sys.argv[:1])
    window = create_main_window(
        QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
        archive_path=folder / "archive.sqlite3",
    )
    window.show()
    applied: list[object] = []
    window.analysisApplied.connect(applied.append)
    window.open_path(SAMPLES_DIR / "harbour-bridge.txt")
    deadline = time.monotonic() + WAIT_S
    while not applied and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    figures = window.figures_panel.model
    shown = [
        figures.data(figures.index(row, column), role)
        for row in range(figures.rowCount())
        for column in range(figures.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    report = {
        "spacy modules": sorted(name for name in sys.modules if name.split(".")[0] == "spacy"),
        "pint modules": sorted(name for name in sys.modules if name.split(".")[0] == "pint"),
        "figures shown": sum(1 for cell in shown if cell),
        "entities": len(window.analysis.entities) if window.analysis else 0,
        "analysis process": window.controller.process_id,
    }
    print(json.dumps(report), flush=True)
    if then == "wait":
        time.sleep(WAIT_S)
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
