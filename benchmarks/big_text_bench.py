"""``python -m benchmarks.big_text_bench [--mb 5 20 60] [--ways file paste ...]``: very large
texts into the window by every way in.

For each size and shape of text (one long line, many short lines, 300,000 paragraphs) and each
way a text gets into the window (file open, pasted or dropped plain text, pasted HTML, web fetch,
reopening from the Library, restoring the open tabs at start-up), prints whether it opened or was
refused (and why), how long until then, and the worst event-loop stall with where it happened
(``benchmarks.stall_probe``), from the action until the text is laid out, highlighted and stored.
The window has no language pipeline (a model that does not exist), so the analysis of the text
stays out of the measurement.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.event_loop import settle
from benchmarks.stall_probe import StallProbe
from benchmarks.texts import text_of_words

MB = 1024 * 1024
SIZES_MB = (5, 20, 60)
WAYS = ("file", "paste", "html", "web", "library", "restore")
SHAPES = ("one long line", "short lines", "300,000 paragraphs")
# Long enough for the shown text to be laid out and highlighted and the archive to store it.
TIMEOUT_S = 120.0


def text_of(shape: str, size: int) -> str:
    """About ``size`` characters of the sample articles in ``shape``."""
    prose = text_of_words(size // 5)
    while len(prose) < size:
        prose += prose
    prose = prose[:size]
    if shape == "one long line":
        return prose.replace("\n", " ")
    if shape == "short lines":  # about 60 characters a line, as a word list or a log is
        words = prose.replace("\n", " ").split(" ")
        return "\n".join(" ".join(words[i : i + 10]) for i in range(0, len(words), 10))
    paragraphs = 300_000
    words = prose.replace("\n", " ").split(" ")
    per = max(1, len(words) // paragraphs)
    return "\n".join(" ".join(words[i * per : (i + 1) * per]) for i in range(paragraphs))


def as_html(text: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return f"<html><head><title>Big</title></head><body><article>{body}</article></body></html>"


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.big_text_bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--mb", type=float, nargs="+", default=list(SIZES_MB))
    parser.add_argument("--ways", nargs="+", default=list(WAYS), choices=WAYS)
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=SHAPES)
    options = parser.parse_args()

    from desktop.ui.early_start import prepare_before_qt

    prepare_before_qt()
    from PySide6.QtCore import QMimeData, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.core.loaders import article_from_text
    from desktop.ui.app import create_main_window
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session_restore import restore_open_articles

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder))
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        for mb in options.mb:
            for shape in options.shapes:
                text = text_of(shape, int(mb * MB))
                (folder / "big.txt").write_text(text, encoding="utf-8")
                (folder / "big.html").write_text(as_html(text), encoding="utf-8")
                window = create_main_window(
                    QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
                    model="no_such_model_for_the_benchmark",
                    archive_path=folder / f"archive-{mb}-{shape[:3]}.sqlite3",
                )
                window.resize(1280, 820)
                window.show()
                settle(300)

                def mime(html: str | None, plain: str | None) -> QMimeData:
                    data = QMimeData()
                    if html is not None:
                        data.setHtml(html)
                    if plain is not None:
                        data.setText(plain)
                    return data

                def archived_id(w: MainWindow = window) -> int:
                    archive = w.annotations.archive
                    found = (
                        None
                        if archive is None or w.article is None
                        else archive.find_article(w.article.content_hash)
                    )
                    if found is None:
                        raise RuntimeError("not archived")
                    return found

                actions: dict[str, Callable[[], object]] = {
                    "file": lambda w=window: w.open_path(folder / "big.txt"),
                    "paste": lambda w=window, t=text: w._open_offered(mime(None, t)),
                    "html": lambda w=window, t=text: w._open_offered(mime(as_html(t), t)),
                    "web": lambda w=window: w.open_url(f"http://127.0.0.1:{server.server_port}/big.txt"),
                }
                for way in options.ways:
                    if way in ("library", "restore"):
                        if window.article is None:
                            # Refused on the ways in above: archived as ``reading-assistant
                            # archive add`` (no line limit) or an import (no limit) would.
                            archive = window.annotations.archive
                            assert archive is not None
                            article_id = archive.open_article(article_from_text(text), read=False).article_id
                            content_hash = archive.stored_article(article_id).article.content_hash
                        else:
                            article_id = archived_id()
                            content_hash = window.article.content_hash
                            window.close_document(window.tabs.currentIndex())
                            settle(200)
                        if way == "library":
                            actions[way] = lambda w=window, i=article_id: w.open_archived(i)
                        else:
                            window.settings.open_articles = [content_hash]
                            window.settings.current_article = content_hash
                            actions[way] = lambda w=window: restore_open_articles(w)
                    elif window.article is not None:
                        window.close_document(window.tabs.currentIndex())
                        settle(200)
                    measure(window, f"{mb:g} MB {shape}, {way}", actions[way])
                window.controller.shutdown()
                window.annotations.close()
                window.close()
                window.deleteLater()
                settle(100)
        server.shutdown()
    del app


def measure(window: object, scenario: str, action: Callable[[], object]) -> None:
    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    failures: list[str] = []
    window.loadFailed.connect(failures.append)
    probe = StallProbe(target_ms=100)
    probe.start()
    probe.phase(scenario)
    began = time.perf_counter()
    action()
    shown_at = None
    while time.perf_counter() - began < TIMEOUT_S and not failures:
        process_events()
        said = window.info_bar.message.text()
        if window.article is None and said.startswith("Could not open"):
            failures.append(said)  # the Library's refusals are said in the info bar
            break
        reader = window.reader
        if window.article is not None and shown_at is None:
            shown_at = time.perf_counter() - began
        if (
            shown_at is not None
            and not reader.highlighter.pending
            and not reader.layout_ahead.pending
            and window._opening is None
        ):
            break
    settle(500)
    probe.stop()
    window.loadFailed.disconnect(failures.append)
    outcome = (
        f"refused: {failures[0]}"
        if failures
        else f"shown after {shown_at:.2f} s"
        if shown_at is not None
        else "not shown in time"
    )
    print(f"{scenario}: {outcome}")
    print("   ", probe.report("stalls"))


def process_events() -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


if __name__ == "__main__":
    main()
