"""Load articles off the GUI thread: files, web addresses and the clipboard.

Reading and decoding a file is quick, but extracting a saved web page or fetching a URL can take
seconds, so every load runs on a small pool and reports back by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.article import Article, ArticleLoadError
from desktop.core.clipboard import article_from_clipboard
from desktop.core.loaders import load_article
from desktop.core.url_loader import fetch_url
from desktop.ui.workers import WorkerPool


class ArticleOpener(QObject):
    loaded = Signal(object, str)  # Article, where it came from (path or URL; "" for the clipboard)
    failed = Signal(str, str)  # where it came from, one-line reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers = WorkerPool(2, self)

    def open_path(self, path: Path) -> None:
        self._start(str(path), lambda: load_article(path))

    def open_url(self, url: str) -> None:
        self._start(url, lambda: fetch_url(url))

    def open_clipboard(self, html: str | None, text: str | None) -> None:
        # Parsing clipboard HTML may run the extractor, so it is off the GUI thread too.
        self._start("", lambda: article_from_clipboard(html, text))

    def _start(self, origin: str, load: Callable[[], Article]) -> None:
        self._workers.submit(
            load, lambda article: self.loaded.emit(article, origin), lambda e: self._failed(e, origin)
        )

    def _failed(self, error: BaseException, origin: str) -> None:
        reason = str(error) if isinstance(error, ArticleLoadError) else f"Unexpected error: {error!r}"
        self.failed.emit(origin, reason)

    def shutdown(self) -> None:
        self._workers.wait_for_done(30_000)
