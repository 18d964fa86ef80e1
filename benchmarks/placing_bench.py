"""Opening a heavily rewritten article in the window (issue 10 item 11): its highlights are
placed on the new text on a worker thread. Prints how long that took and the longest the GUI
event loop stalled meanwhile, next to the time the same work froze the window when it ran on
the GUI thread.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.placing_bench`` (temporary
archives, removed after; under a minute).
"""

from __future__ import annotations

import itertools
import random
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.reanchor_bench import prose
from desktop.core.article import Article
from desktop.store.archive import Archive
from desktop.ui.annotations import AnnotationSession

HIGHLIGHTS = 500
SOURCE = "/news.txt"


def rewritten_archive(path: Path) -> Article:
    """A 120 KB article with 500 highlights; returns its rewrite: a word changed inside every
    quote, a fifth of the paragraphs replaced (their quotes lost)."""
    rng = random.Random(4)
    paragraphs = [prose(1_200, seed) for seed in range(100)]
    text = "\n\n".join(paragraphs)
    with Archive(path) as archive:
        article_id = archive.open_article(Article(text=text, source=SOURCE)).article_id
        with archive.batch():
            for index in range(HIGHLIGHTS):
                start = text.index(paragraphs[index // 5]) + (index % 5) * 200 + rng.randint(0, 40)
                archive.add_highlight(article_id, start, start + rng.randint(40, 120))
    for index, paragraph in enumerate(paragraphs):
        if index % 5 == 0:
            paragraphs[index] = prose(1_200, 1_000 + index)
        else:
            paragraphs[index] = "".join(
                paragraph[start : start + 200][:60] + "EDITED" + paragraph[start : start + 200][66:]
                for start in range(0, len(paragraph), 200)
            )
    return Article(text="\n\n".join(paragraphs), source=SOURCE)


def on_gui_thread(path: Path, rewritten: Article) -> float:
    with Archive(path) as archive:
        started = time.perf_counter()
        archive.open_article(rewritten)
        return time.perf_counter() - started


def on_worker(path: Path, rewritten: Article) -> tuple[float, float, int]:
    """Seconds until placed, the longest event-loop stall meanwhile, orphans."""
    session = AnnotationSession()
    session.open_archive(path)
    ticks: list[float] = []
    probe = QTimer(interval=10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    session.placing.connect(lambda message: loop.quit() if not message else None)
    probe.start()
    started = time.perf_counter()
    session.open_article(rewritten)
    loop.exec()
    taken = time.perf_counter() - started
    probe.stop()
    ticks.insert(0, started)
    session.close()
    with Archive(path, read_only=True) as archive:
        orphans = len(archive.orphans(archive.find_article(SOURCE) or 0))
    return taken, max(later - earlier for earlier, later in itertools.pairwise(ticks)), orphans


def main() -> None:
    application = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        original = Path(folder) / "placing.sqlite3"
        rewritten = rewritten_archive(original)
        copy = Path(folder) / "copy.sqlite3"
        shutil.copy(original, copy)
        frozen = on_gui_thread(copy, rewritten)
        taken, stall, orphans = on_worker(original, rewritten)
    print(
        f"open a rewritten 120 KB article, 500 highlights ({orphans} orphans): placed in {taken:.2f} s"
        f" on a worker, longest GUI stall {stall * 1000:.0f} ms (on the GUI thread: frozen {frozen:.2f} s)"
    )
    del application


if __name__ == "__main__":
    main()
