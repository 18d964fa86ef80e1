"""``python -m benchmarks.showing_bench``: the window's own event-loop stalls showing a book.

The real window (offscreen) opens a 100,000-word text and is handed its analysis, made in this
process beforehand, as the analysis process would hand it over: entities found so far in chunks,
then the whole analysis, shown in steps. Nothing analyses meanwhile, so the stalls reported
(``benchmarks.stall_probe``) are the window's own work (showing the text, painting highlights,
filling the panels), not waits for a CPU that the analysis keeps busy, as in
``python -m benchmarks.startup long``.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from pathlib import Path

# Before Qt is imported: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.event_loop import settle, wait_for
from benchmarks.stall_probe import StallProbe
from benchmarks.texts import text_of_words
from desktop.core.loaders import load_article
from desktop.nlp.pipeline import load_pipeline
from desktop.ui.app import create_main_window

WORDS = 100_000
# The analysis process reports entities in chunks of about this many, a few times a second.
PARTIAL_ENTITIES = 250
PARTIAL_EVERY_MS = 100
TIMEOUT_MS = 300_000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.showing_bench", description=__doc__)
    parser.add_argument("--words", type=int, default=WORDS)
    options = parser.parse_args(argv)
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # alive for the whole run
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "long.txt"
        path.write_text(text_of_words(options.words), encoding="utf-8")
        pipeline = load_pipeline()
        analysis = pipeline.analyze(load_article(path).text)  # the text as the window will show it
        pipeline.close()
        # The window's process holds no spaCy: its pipeline here (kept loaded) and the analysis
        # are left out of the collector's full passes, which walked them for 100+ ms a time.
        gc.collect()
        gc.freeze()
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = create_main_window(settings, archive_path=folder / "archive.sqlite3")
        window.resize(1280, 820)
        window.show()
        wait_for(window.controller.pipelineReady, TIMEOUT_MS)  # the analysis process idle
        probe = StallProbe()
        probe.start()
        probe.phase("reading and showing the text")
        # Until its analysis starts (a turn after the text is shown), to be cancelled at once.
        wait_for(window.controller.analysisStarted, TIMEOUT_MS, start=lambda: window.open_path(path))
        generation = window.controller.current_generation
        window.controller.cancel()  # its analysis is handed over below instead
        if window.article is None or window.article.text != analysis.text:
            raise SystemExit("the window shows another text than the one analysed")
        settle(PARTIAL_EVERY_MS)
        probe.phase("painting the entities found so far")
        window._on_analysis_started(generation)
        for first in range(0, len(analysis.entities), PARTIAL_ENTITIES):
            window._on_analysis_partial(generation, list(analysis.entities[first : first + PARTIAL_ENTITIES]))
            settle(PARTIAL_EVERY_MS)
        probe.phase("showing the analysis in steps")
        wait_for(
            window.analysisApplied,
            TIMEOUT_MS,
            start=lambda: window._on_analysis_finished(generation, analysis),
        )
        probe.phase("painting the highlights")
        highlighter = window.reader.highlighter
        while highlighter.pending:
            settle(PARTIAL_EVERY_MS)
        probe.stop()
        print(probe.report(f"showing {options.words:,} words and their analysis"))
        window.close()
    # Skip Qt's teardown of a window with 100,000 words: the numbers are out.
    os._exit(0)


if __name__ == "__main__":
    main()
