"""Screenshots of the main window for people to look at: the calm default at 1366×768 and
1024×640, the Light, Sepia and Dark reading themes, and the desktop switching to dark while the
article is open (Follow System). Written to artifacts/screenshots/ (not in git).

Run from the project root:  .venv/bin/python benchmarks/screenshots.py
Prints the path of each picture. Needs the English pipeline (the marks come from the analysis).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Before Qt is imported: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.event_loop import settle, wait_for  # noqa: E402
from desktop.ui.app import create_main_window  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

OUT_DIR = ROOT / "artifacts" / "screenshots"
SAMPLE = ROOT / "resources" / "samples" / "harbour-bridge.txt"
ANALYSIS_TIMEOUT_MS = 180_000
# Time for layout, highlighting, the ruler and the progress label to catch up before a grab.
SETTLE_MS = 300
SIZES = ((1366, 768), (1024, 640))
# What a dark desktop theme hands the application, for the live switch.
DESKTOP_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#333333",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#7fb2ff",
}


def annotate(window: MainWindow) -> None:
    """Two highlights, one with a note, so that the reader and its scrollbar show them."""
    text = window.reader.text
    for passage, colour in (
        ("corrosion in more than a third", "yellow"),
        ("safe for cars and buses", "blue"),
    ):
        start = text.index(passage)
        window.reader.select_range(start, start + len(passage), scroll=False)
        window.annotator.choose_colour(colour)
        window.annotator.highlight_selection()
    noted = window.annotations.highlight_at(text.index("safe for cars"))
    if noted is not None:
        window.annotations.set_note(noted.id, "Who said so, and on what evidence?")
    window.reader.place_caret(0)


def shoot(window: MainWindow, name: str) -> None:
    settle(SETTLE_MS)
    window.reader.highlighter.finish_pending()
    path = OUT_DIR / name
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    system_palette = app.palette()
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = create_main_window(settings, archive_path=Path(scratch) / "archive.sqlite3")
        window.resize(*SIZES[0])
        window.show()
        window.open_path(SAMPLE)
        wait_for(window.analysisApplied, ANALYSIS_TIMEOUT_MS)
        if window.analysis is None:
            raise SystemExit("the article was not analysed (is the English pipeline installed?)")
        annotate(window)
        for width, height in SIZES:
            window.resize(width, height)
            shoot(window, f"calm-default-{width}x{height}.png")
        window.resize(*SIZES[0])
        for theme in ("light", "sepia", "dark"):
            window.reading_controls.set_theme(theme)
            shoot(window, f"theme-{theme}-1366x768.png")
        window.reading_controls.set_theme("system")
        dark = QPalette(system_palette)
        for role, colour in DESKTOP_DARK.items():
            dark.setColor(role, QColor(colour))
        app.setPalette(dark)  # the desktop switches to dark with the article open
        shoot(window, "live-switch-to-dark-1366x768.png")
        app.setPalette(system_palette)
        window.close()


if __name__ == "__main__":
    main()
