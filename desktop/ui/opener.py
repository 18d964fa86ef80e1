"""Load articles off the GUI thread: files, web addresses and the clipboard.

Reading and decoding a file is quick, but extracting a saved web page or fetching a URL can take
seconds, so every load runs on a pool and reports back by signal. Web addresses have a pool of
their own: a slow server may hold a fetch for its whole deadline, and a file opened meanwhile
must not queue behind it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.article import Article, ArticleLoadError
from desktop.core.clipboard import article_from_clipboard
from desktop.core.loaders import load_article
from desktop.ui.workers import WorkerPool

# Closing waits this long for files still being read (extracting a saved page is bounded by
# its own time limit); fetches are cancelled instead, and give up within a tenth of a second.
FILE_LOAD_WAIT_MS = 30_000
CANCELLED_FETCH_WAIT_MS = 2_000
LOAD_THREADS = 2
FETCH_THREADS = 4
# The reader lays out every paragraph on the GUI thread: the 2 million lines of a 10 MB word
# list froze the window for 25 s. A long book has some 20,000 paragraphs.
MAX_SHOWN_BLOCKS = 200_000


class ArticleOpener(QObject):
    loaded = Signal(object, str)  # Article, where it came from (path or URL; "" for the clipboard)
    failed = Signal(str, str)  # where it came from, one-line reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loads = WorkerPool(LOAD_THREADS, self)
        self._fetches = WorkerPool(FETCH_THREADS, self)
        self._closing = threading.Event()

    def open_path(self, path: Path) -> None:
        self._start(self._loads, str(path), lambda: load_article(path))

    def open_url(self, url: str) -> None:
        self._start(self._fetches, url, lambda: _fetch(url, self._closing))

    def fetch(
        self, url: str, done: Callable[[Article], None], failed: Callable[[BaseException], None]
    ) -> None:
        """Fetch ``url`` again for a caller of its own (Reload from Web) on the fetch pool,
        cancelled as every fetch when the window closes; then neither callback is called."""
        self._fetches.submit(
            lambda: _fetch(url, self._closing),
            lambda article: None if self._closing.is_set() else done(article),
            lambda error: None if self._closing.is_set() else failed(error),
        )

    def open_clipboard(self, html: str | None, text: str | None) -> None:
        # Parsing clipboard HTML may run the extractor, so it is off the GUI thread too.
        self._start(self._loads, "", lambda: article_from_clipboard(html, text))

    def _start(self, workers: WorkerPool, origin: str, load: Callable[[], Article]) -> None:
        workers.submit(
            lambda: showable(load()),
            lambda article: self._loaded(article, origin),
            lambda e: self._failed(e, origin),
        )

    def _loaded(self, article: Article, origin: str) -> None:
        if not self._closing.is_set():
            self.loaded.emit(article, origin)

    def _failed(self, error: BaseException, origin: str) -> None:
        if self._closing.is_set():
            return  # a fetch given up because the window closes is no news
        reason = str(error) if isinstance(error, ArticleLoadError) else f"Unexpected error: {error!r}"
        self.failed.emit(origin, reason)

    def shutdown(self) -> None:
        """Cancel every fetch, downloading or extracting, and wait for files being read."""
        self._closing.set()
        self._fetches.wait_for_done(CANCELLED_FETCH_WAIT_MS)
        self._loads.wait_for_done(FILE_LOAD_WAIT_MS)


def showable(article: Article) -> Article:
    """``article``, unless it has more lines than the window can lay out without freezing."""
    # Its lines, not its paragraphs, are the reader's blocks: one blank line in a word list made
    # it two paragraphs of a million lines each.
    lines = article.text.count("\n") + (not article.text.endswith("\n"))
    lines = max(len(article.blocks), lines)
    if lines > MAX_SHOWN_BLOCKS:
        raise ArticleLoadError(
            f"It has {lines:,} paragraphs (lines), more than the {MAX_SHOWN_BLOCKS:,} the reader can show."
        )
    return article


def _fetch(url: str, cancelled: threading.Event) -> Article:
    # Imported at the first fetch: the web's modules (HTTP, TLS, e-mail headers) are not needed
    # to show the window.
    from desktop.core.url_loader import fetch_url

    return fetch_url(url, cancelled=cancelled)
