"""What the window knows from the rest of the archive: per entity of the open article, in how
many other articles it is; entity pages and related articles; and, after an upgrade, the
indexing of analyses archived before, in the background with its progress in the status bar."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QWidget

from desktop.core.article import Article, article_name
from desktop.nlp.model import Analysis
from desktop.store.archive import Archive
from desktop.store.knowledge_records import FigureComparison
from desktop.ui.annotations import AnnotationSession
from desktop.ui.entity_page import EntityPageWindow
from desktop.ui.panels.entities_panel import EntitiesPanel
from desktop.ui.panels.figures_panel import FiguresPanel
from desktop.ui.related_articles import RelatedArticlesWindow
from desktop.ui.workers import WorkerPool

# "A" for Articles: Ctrl+Shift+R would be a browser's hard reload, and F5 reloads here.
RELATED_SHORTCUT = "Ctrl+Shift+A"
# The indexing bar only says "still going": small beside its label, as the analysis bar is.
INDEXING_BAR_WIDTH_PX = 120


def contradiction_note(comparison: FigureComparison) -> str:
    """What the other articles say: "8 people in Zelenskyy condemns strikes (2026-03-02)"."""
    return "; ".join(
        f"{other.text} in {other.article_title} ({other.date[:10]})" for other in comparison.disagreeing
    )


class KnowledgeIndexer(QObject):
    """Indexes the archived analyses not indexed yet, on a worker thread with its own
    connection: one article per transaction, so the window's writes wait for one at most."""

    progressed = Signal(int, int)  # done, total
    finished = Signal(int)  # how many were indexed
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = WorkerPool(1, self)
        self._stopping = False
        self.running = False

    def start(self, archive_path: Path, parsed: Mapping[str, Analysis] | None = None) -> None:
        """``parsed``: analyses the window holds, by text hash (see ``Knowledge.index_pending``)."""
        if self.running:
            return
        self.running = True
        self._stopping = False

        def work() -> int:
            with Archive(archive_path) as archive:
                # Emitted from the worker: delivered queued to receivers in the GUI thread.
                return archive.knowledge.index_pending(self.progressed.emit, lambda: self._stopping, parsed)

        self._pool.submit(work, self._succeeded, self._failed)

    def stop(self, msecs: int = -1) -> bool:
        self._stopping = True
        return self._pool.wait_for_done(msecs)

    def _succeeded(self, indexed: object) -> None:
        self.running = False
        self.finished.emit(int(indexed) if isinstance(indexed, int) else 0)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(str(error))


class IndexingStatus(QWidget):
    """The status bar's note while older articles are indexed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(INDEXING_BAR_WIDTH_PX)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def show_progress(self, done: int, total: int) -> None:
        self.label.setText(f"Indexing people and claims of archived articles: {done:,} of {total:,}")
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.setVisible(done < total)


class ArchiveKnowledge(QObject):
    """Wires the Entities tab, entity pages and related articles to the window's archive.
    ``open_at(article_id, start, end)`` opens an archived article with a passage selected;
    ``shown_article()`` is the article on screen, ``shown_analysis()`` its analysis (or None)."""

    changed = Signal()  # entities were merged or split, or older articles indexed

    def __init__(
        self,
        annotations: AnnotationSession,
        entities_panel: EntitiesPanel,
        figures_panel: FiguresPanel,
        status_bar: QStatusBar,
        open_at: Callable[[int, int, int], None],
        shown_article: Callable[[], Article | None],
        shown_analysis: Callable[[], Analysis | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._annotations = annotations
        self._panel = entities_panel
        self._figures_panel = figures_panel
        self._open_at = open_at
        self._shown_article = shown_article
        self._shown_analysis = shown_analysis
        self._window = parent
        self.pages: dict[int, EntityPageWindow] = {}
        self.related: RelatedArticlesWindow | None = None
        self.indexer = KnowledgeIndexer(self)
        self.status = IndexingStatus()
        status_bar.addPermanentWidget(self.status)
        self.indexer.progressed.connect(self.status.show_progress)
        self.indexer.finished.connect(self._indexed)
        self.indexer.failed.connect(lambda _message: self.status.hide())
        entities_panel.entityPageRequested.connect(self.open_entity)
        entities_panel.relatedRequested.connect(self.open_related)
        # The Entities tab's link as a menu item too: the link is out of the keyboard's reach.
        self.related_action = QAction("Related &Articles in the Archive…", parent)
        self.related_action.setShortcut(QKeySequence(RELATED_SHORTCUT))
        self.related_action.setToolTip("Archived articles that share the most names with this one")
        self.related_action.triggered.connect(self.open_related)
        annotations.opened.connect(self.update_actions)
        self.update_actions()
        # The open article's analysis (and its index, for an article) may land after it is shown.
        annotations.writes.written.connect(self.show_article_knowledge)

    def start_indexing(self) -> None:
        """Index archived analyses not indexed yet in the background; the open article's from
        the analysis on screen, not parsed again from the archive."""
        if self._annotations.archive is not None and self._annotations.writable and self._annotations.path:
            article, analysis = self._shown_article(), self._shown_analysis()
            shown = (
                {article.content_hash: analysis}
                if article is not None and analysis is not None and analysis.text == article.text
                else {}
            )
            self.indexer.start(self._annotations.path, shown)

    def show_article_knowledge(self, *_analysis: object) -> None:
        """Ask the archive, off the GUI thread, in how many other articles each entity of the
        open article is, which of its figures other articles contradict, and whether it is
        indexed yet; show the first two, index it if not."""
        reads, article_id = self._annotations.reads(), self._annotations.article_id
        if reads is None or article_id is None:
            return
        reads.read(
            "article-knowledge",
            lambda archive: (
                archive.knowledge.article_entities(article_id),
                archive.knowledge.disagreements(article_id),
                archive.knowledge.article_indexed(article_id),
            ),
            lambda found: self._show_article_knowledge(article_id, *found),
            lambda _error: None,  # the tabs then just lack the counts and marks
        )

    def open_entity(self, entity_id: int) -> None:
        reads = self._annotations.reads()
        if reads is None:
            return
        page = self.pages.get(entity_id)
        if page is None:
            page = EntityPageWindow(entity_id, reads, self._write, self._window)
            page.articleRequested.connect(self._open_at)
            page.entitiesChanged.connect(self._entities_changed)
            page.entityReplaced.connect(self._entity_replaced)
            self.pages[entity_id] = page
        else:
            page.refresh()
        page.show()
        page.raise_()
        page.activateWindow()

    def update_actions(self) -> None:
        """Related articles are those of an article in the archive: none without one on screen."""
        self.related_action.setEnabled(self._annotations.article_id is not None)

    def open_related(self) -> None:
        reads, article_id = self._annotations.reads(), self._annotations.article_id
        if reads is None or article_id is None:
            return
        if self.related is not None:
            self.related.close()
            self.related.deleteLater()
        # The article on screen: its name without reading its (possibly book-long) row again.
        shown = self._shown_article()
        title = article_name(shown.title, shown.source, shown.text) if shown is not None else "this article"
        self.related = RelatedArticlesWindow(article_id, title, reads, self._window)
        self.related.articleRequested.connect(lambda opened: self._open_at(opened, 0, 0))
        self.related.show()

    def shutdown(self) -> None:
        self.indexer.stop()

    def _show_article_knowledge(
        self,
        article_id: int,
        counts: dict[tuple[str, str], tuple[int, int]],
        contradicted: list[FigureComparison],
        indexed: bool,
    ) -> None:
        if article_id != self._annotations.article_id:
            return  # another article is shown by now
        # A book: indexed in the background, shown when done. While its analysis is still
        # being written, the end of that write brings this back here.
        if not indexed and not self._annotations.writes.busy:
            self.start_indexing()
        self._panel.show_archive_counts(counts)
        self._figures_panel.show_contradictions(
            {(c.figure.start, c.figure.end): contradiction_note(c) for c in contradicted}
        )

    def _indexed(self, indexed: int) -> None:
        self.status.hide()
        if indexed:
            self.show_article_knowledge()
            self.changed.emit()

    def refresh_pages(self) -> None:
        """The archive changed under the open entity pages and related articles (a merge, a
        deleted article): read them again, so none lists an article or a name that is gone."""
        for page in self.pages.values():
            if page.isVisible():
                page.refresh()
        if self.related is not None and self.related.isVisible():
            self.related.refresh()

    def _entities_changed(self) -> None:
        self.show_article_knowledge()
        self.refresh_pages()
        self.changed.emit()

    def _entity_replaced(self, old_id: int, new_id: int) -> None:
        page = self.pages.pop(old_id, None)
        if page is not None:
            page.close()
            page.deleteLater()

    def _write(
        self,
        change: Callable[[Archive], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> bool:
        """Merges and splits on the window's background writer: on a name met in every article
        of a full archive they take a second."""
        path = self._annotations.path
        if not self._annotations.writable or path is None:
            return False
        self._annotations.writes.write(path, change, on_done, on_error)
        return True
