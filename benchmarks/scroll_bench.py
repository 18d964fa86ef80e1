"""``python -m benchmarks.scroll_bench``: scrolling a 100,000-word article with 20,000 highlights.

The real window (offscreen) opens the article from an archive that holds 20,000 highlights on
it, waits until its analysis is shown, then scrolls as a reader would, through the event loop:
page after page from the top to the end (a page every 16 ms, as a held Page Down key), then
jumps to 40 places as a dragged scrollbar thumb does. Prints the worst event-loop stall while
scrolling and where it happened (``benchmarks.stall_probe``).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

# Before Qt is imported: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.event_loop import wait_for
from benchmarks.stall_probe import StallProbe
from benchmarks.texts import text_of_words
from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.ui.app import create_main_window
from desktop.ui.main_window import MainWindow

WORDS = 100_000
HIGHLIGHTS = 20_000
STEP_MS = 16
JUMPS = 40
TIMEOUT_MS = 300_000


def build_archive(path: Path, article: Article, highlights: int) -> None:
    """The archive with ``article`` carrying ``highlights`` highlights, spread over its text."""
    with Archive(path) as archive, archive.batch():
        article_id = archive.open_article(article).article_id
        colours = [colour.key for colour in archive.colours()]
        step = len(article.text) // highlights
        for number in range(highlights):
            start = number * step
            archive.add_highlight(
                article_id, start, start + min(step - 1, 40), colours[number % len(colours)]
            )


def scroll(window: MainWindow, probe: StallProbe) -> None:
    """Page after page to the end, then jumps, each one event-loop turn after the last."""
    bar = window.reader.verticalScrollBar()
    bar.setValue(0)
    jumps = [random.Random(15).randint(0, bar.maximum()) for _ in range(JUMPS)]
    loop = QEventLoop()
    timer = QTimer(interval=STEP_MS)

    def step() -> None:
        if bar.value() < bar.maximum():
            probe.phase("scrolling page by page")
            bar.setValue(bar.value() + bar.pageStep())
        elif jumps:
            probe.phase("jumping with the scrollbar thumb")
            bar.setValue(jumps.pop())
        else:
            loop.quit()

    timer.timeout.connect(step)
    timer.start()
    loop.exec()
    timer.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scroll_bench", description=__doc__)
    parser.add_argument("--words", type=int, default=WORDS)
    parser.add_argument("--highlights", type=int, default=HIGHLIGHTS)
    options = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "long.txt"
        path.write_text(text_of_words(options.words), encoding="utf-8")
        build_archive(
            folder / "archive.sqlite3", Article(path.read_text(encoding="utf-8")), options.highlights
        )
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = create_main_window(settings, archive_path=folder / "archive.sqlite3")
        window.resize(1280, 820)
        window.show()
        opened = window.analysisApplied
        window.open_path(path)
        wait_for(opened, TIMEOUT_MS)
        shown = len(window.annotations.highlights)
        if shown != options.highlights:
            raise SystemExit(f"the window shows {shown:,} highlights, not {options.highlights:,}")
        app.processEvents()
        probe = StallProbe()
        probe.start()
        scroll(window, probe)
        probe.stop()
        label = f"scrolling {options.words:,} words with {shown:,} highlights"
        print(probe.report(label))
        window.close()
    # Skip Qt's teardown of a window with 100,000 words: the numbers are out.
    os._exit(0)


if __name__ == "__main__":
    main()
