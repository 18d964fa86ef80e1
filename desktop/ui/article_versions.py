"""The window's side of article versions: saying that the open article changed since it was
read (info bar, with Show Changes), the "Changes since you read it" window, and Article ▸
Reload from Web. The comparison and the fetch run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.core.article import Article, ArticleLoadError, article_name, is_web_address
from desktop.nlp.model import Analysis
from desktop.store.archive import Archive
from desktop.store.records import Highlight, OpenedArticle
from desktop.store.version_changes import VersionChanges, archived_changes
from desktop.ui.annotations import AnnotationSession
from desktop.ui.info_bar import InfoBar
from desktop.ui.library.reads import describe_error
from desktop.ui.opener import ArticleOpener
from desktop.ui.version_changes_window import VersionChangesWindow
from desktop.ui.wording import unplaced_highlights

CHANGES_SHORTCUT = "Ctrl+Shift+D"


class ArticleVersions(QObject):
    """``shown_article()`` and ``shown_analysis()`` are the article on screen and its analysis
    (None until done); ``select(start, end)`` selects a passage of it; ``show(article)`` shows
    a reloaded text (in the tab of the article from the same address)."""

    reloadFinished = Signal(str)  # what the status bar said of it

    def __init__(
        self,
        session: AnnotationSession,
        info_bar: InfoBar,
        show_status: Callable[[str], None],
        shown_article: Callable[[], Article | None],
        shown_analysis: Callable[[], Analysis | None],
        select: Callable[[int, int], None],
        show: Callable[[Article], None],
        opener: ArticleOpener,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._info_bar = info_bar
        self._show_status = show_status
        self._shown_article = shown_article
        self._shown_analysis = shown_analysis
        self._select = select
        self._show = show
        self._opener = opener
        self._opened: OpenedArticle | None = None
        # The versions to compare, by article, once the window has said it changed since read.
        self._since_read: dict[int, tuple[int, int]] = {}
        self.changes_window = VersionChangesWindow(parent)
        self.changes_window.passageRequested.connect(self._select_current)
        self.changes_action = QAction("Changes Since You &Read It…", parent)
        self.changes_action.setShortcut(QKeySequence(CHANGES_SHORTCUT))
        self.changes_action.setToolTip("What changed in this article since the version you read before")
        self.reload_action = QAction("Reload from &Web", parent)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.setToolTip(
            "Fetch this article's web address again; a changed text is a new version"
        )
        self.changes_action.triggered.connect(self.show_changes)
        self.reload_action.triggered.connect(self.reload)
        session.opened.connect(self._on_opened)
        self.update_actions()

    def update_actions(self) -> None:
        """Changes need an archived article with an earlier version; reloading a web source."""
        opened = self._current()
        self.changes_action.setEnabled(opened is not None and opened.version > 1)
        article = self._shown_article()
        self.reload_action.setEnabled(article is not None and is_web_address(article.source or ""))

    # -- changed since read -------------------------------------------------------------------

    def _on_opened(self, opened: OpenedArticle) -> None:
        self._opened = opened
        self.update_actions()
        if not opened.changed_since_read:
            return
        self._since_read[opened.article_id] = (opened.read_version, opened.version)
        message = "This article changed since you read it."
        if opened.orphans:
            message += " " + unplaced_highlights(len(opened.orphans))
        self._info_bar.show_message(message, "info", action=("Show Changes", self.show_changes))

    def show_changes(self) -> None:
        """Open the Changes window for the article on screen and compare, off the GUI thread,
        the version read before with this one (or, once read, its last two versions)."""
        opened, reads, article = self._current(), self._session.reads(), self._shown_article()
        if opened is None or reads is None or article is None or opened.version < 2:
            self._show_status("This article has only one version: nothing changed.")
            return
        window = self.changes_window
        window.show_loading(article_name(article.title, article.source, article.text))
        window.show()
        window.raise_()
        window.activateWindow()
        article_id, versions = opened.article_id, self._since_read.get(opened.article_id)
        analysis = self._shown_analysis()

        def analysed(text: str) -> Analysis | None:
            # The window's analysis of the text on screen; another version not in the cache
            # is compared by its sentences only (the pipeline belongs to the window's worker).
            return analysis if analysis is not None and analysis.text == text else None

        def compare(archive: Archive) -> tuple[VersionChanges | None, list[Highlight]]:
            return archived_changes(archive, article_id, analysed, versions), archive.orphans(article_id)

        reads.read(
            "version-changes",
            compare,
            lambda found: self._show_compared(article_id, *found),
            lambda error: window.show_error(describe_error(error)),
        )

    def refresh_changes(self) -> None:
        """The article on screen was analysed: an open comparison that lacked its analysis
        can now call out figures and quotes."""
        window = self.changes_window
        if not window.isVisible() or window.changes is None or window.changes.analysed:
            return
        opened = self._current()
        if opened is not None and window.changes.article_id == opened.article_id:
            self.show_changes()

    def _show_compared(
        self, article_id: int, changes: VersionChanges | None, orphans: list[Highlight]
    ) -> None:
        window = self.changes_window
        if changes is None:
            window.show_error(f"article {article_id} has only one version")
            return
        window.show_changes(changes, orphans)

    def _select_current(self, start: int, end: int) -> None:
        """Select a change in the reader, if the compared article is still the one shown."""
        window, opened = self.changes_window, self._current()
        if (
            window.changes is not None
            and opened is not None
            and window.changes.article_id == opened.article_id
        ):
            self._select(start, end)

    # -- reload from the web --------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the shown article's address again off the GUI thread: a changed text opens as
        its new version (highlights placed on it as for any changed article); else it says so."""
        before = self._shown_article()
        url = (before.source or "") if before is not None else ""
        if before is None or not is_web_address(url):
            self._show_status("Only an article opened from a web address can be reloaded.")
            return
        self.reload_action.setEnabled(False)
        self._show_status(f"Reloading {url}…")
        self._opener.fetch(
            url, lambda after: self._reloaded(before, after), lambda error: self._reload_failed(url, error)
        )

    def _reloaded(self, before: Article, after: Article) -> None:
        self.update_actions()
        if after.content_hash == before.content_hash:
            self._finish_reload(f"{before.source} is unchanged since you opened it.")
            return
        self._show(after)
        self._finish_reload(f"Reloaded {before.source}: its text changed.")

    def _reload_failed(self, url: str, error: BaseException) -> None:
        self.update_actions()
        reason = str(error) if isinstance(error, ArticleLoadError) else describe_error(error)
        self._info_bar.show_message(f"Could not reload {url}: {reason}", "error")
        self._finish_reload(f"Could not reload {url}.")

    def _finish_reload(self, message: str) -> None:
        self._show_status(message)
        self.reloadFinished.emit(message)

    def _current(self) -> OpenedArticle | None:
        """The opened article on screen (None while its highlights are being placed)."""
        opened = self._opened
        return opened if opened is not None and opened.article_id == self._session.article_id else None
