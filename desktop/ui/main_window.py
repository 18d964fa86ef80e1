"""The main window: reader on the left, analysis panels on the right, one place wiring signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.article import Article, ArticleLoadError, article_name, is_web_address
from desktop.core.clipboard import web_address
from desktop.core.entity_corrections import CORRECTION_LABELS
from desktop.core.entity_names import display_name
from desktop.core.loaders import SUPPORTED_SUFFIXES, check_not_too_large, utf8_size
from desktop.core.plain_text import strip_span
from desktop.nlp.model import Analysis, Entity
from desktop.store.records import ArchiveError, ImportSummary
from desktop.ui import archive_dialogs, unsaved_edits
from desktop.ui.accessibility import focus_panel, make_accessible, panel_views
from desktop.ui.analysis_controller import AnalysisController
from desktop.ui.analysis_layers import AnalysisLayers
from desktop.ui.annotation_import import AnnotationImport
from desktop.ui.annotations import AnnotationSession
from desktop.ui.annotator import Annotator
from desktop.ui.archive_knowledge import ArchiveKnowledge
from desktop.ui.article_header import ArticleHeader
from desktop.ui.article_versions import ArticleVersions
from desktop.ui.citations import ReaderCitations
from desktop.ui.correction_menu import add_correction_menu
from desktop.ui.edit_menu import build_edit_menu
from desktop.ui.eliding_label import ElidingLabel
from desktop.ui.entity_corrections import EntityCorrector
from desktop.ui.find_bar import FindBar
from desktop.ui.help_menu import build_help_menu
from desktop.ui.highlight_tooltips import ReaderTooltips
from desktop.ui.info_bar import InfoBar
from desktop.ui.library.reads import describe_error
from desktop.ui.library_window import LibraryWindow
from desktop.ui.note_marks import NoteMarks
from desktop.ui.opener import ArticleOpener, showable
from desktop.ui.page_indicator import PageIndicator
from desktop.ui.panels.claims_panel import ClaimsPanel
from desktop.ui.panels.entities_panel import EntitiesPanel
from desktop.ui.panels.figures_panel import FiguresPanel
from desktop.ui.panels.notes_panel import NotesPanel
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.properties_dialog import ArticleProperties
from desktop.ui.reader import ReaderView
from desktop.ui.reading_controls import ReadingControls
from desktop.ui.reading_progress import ReadingProgress
from desktop.ui.scrollbar_marks import ScrollbarMarks
from desktop.ui.selection_popup import SelectionPopup
from desktop.ui.session_restore import remember_open_articles
from desktop.ui.settings import AppSettings, recent_label
from desktop.ui.side_panel_layout import keep_tabs_readable
from desktop.ui.theme import is_dark
from desktop.ui.turns import at_next_turn
from desktop.ui.welcome_page import WelcomePage
from desktop.ui.window_geometry import restore_or_fit
from desktop.ui.wording import counted, short_address

WINDOW_TITLE = "Reading Assistant"
# The info bar is inset from the window's edges like a card; flush with the header below it.
INFO_BAR_MARGINS_PX = (8, 8, 8, 0)  # left, top, right, bottom
# The first split of a window that has none saved: about three fifths for reading, the rest
# wide enough for the panels' tables without a horizontal scroll bar.
READER_WIDTH_PX, PANELS_WIDTH_PX = 780, 460
# Wide enough to show movement, narrow enough to leave the status text its room.
PROGRESS_WIDTH_PX = 180
# Steps of the analysis progress bar: a per-mille bar moves smoothly even for a book.
PROGRESS_STEPS = 1000
# A tab shows this many characters of the name at most (the whole name is its tooltip), so a
# dozen tabs fit on one bar.
TAB_NAME_CHARS = 32
# A selection longer than this is no name to correct (Correct Label is not offered for it).
MAX_SELECTED_NAME_CHARS = 80
# Exported file names are cut to this many characters: long titles make unwieldy file names.
EXPORT_NAME_CHARS = 60


class MainWindow(QMainWindow):
    articleShown = Signal(object)  # Article
    loadFailed = Signal(str)  # why an article could not be opened
    analysisApplied = Signal(object)  # Analysis

    def __init__(
        self, controller: AnalysisController, settings: AppSettings, annotations: AnnotationSession
    ) -> None:
        super().__init__()
        self.controller = controller
        self.settings = settings
        self.annotations = annotations
        annotations.setParent(self)
        self.analysis: Analysis | None = None
        self._generation = 0
        self._enabled_labels = frozenset(settings.enabled_labels)

        self.documents: list[OpenDocument] = []
        self._shown: OpenDocument | None = None
        # Shown, and opened in the archive at the next turn of the event loop (``_show_document``).
        self._opening: OpenDocument | None = None
        self._closed = False  # the reader closed it (and did not cancel): nothing new starts
        self.library: LibraryWindow | None = None
        self.annotation_import: AnnotationImport | None = None
        self.opener = ArticleOpener(self)
        self.setWindowTitle(WINDOW_TITLE)
        self.setAcceptDrops(True)
        self.tabs = QTabBar()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.header = ArticleHeader()
        self.reader = ReaderView()
        self.welcome = WelcomePage()
        self.find_bar = FindBar(self.reader)
        self.reader.setAcceptDrops(False)
        self.layers = AnalysisLayers(self.reader, self._enabled_labels)
        self.reader.set_tooltip_source(ReaderTooltips(annotations, self.layers))
        self.info_bar = InfoBar()
        self.entities_panel = EntitiesPanel(self._enabled_labels)
        self.claims_panel = ClaimsPanel()
        self.figures_panel = FiguresPanel()
        self.notes_panel = NotesPanel()
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.entities_panel, "Entities")
        self.side_tabs.addTab(self.claims_panel, "Claims")
        self.side_tabs.addTab(self.figures_panel, "Figures")
        self.side_tabs.addTab(self.notes_panel, "Notes")
        self._build_central(self.reader, self.side_tabs)
        keep_tabs_readable(self.splitter, self.side_tabs)
        self._build_status_bar()
        self.annotator = Annotator(
            self,
            self.reader,
            self.notes_panel,
            annotations,
            self.info_bar.show_message,
            self.status_label.setText,
            lambda: self.side_tabs.setCurrentWidget(self.notes_panel),
        )
        self.reading_controls = ReadingControls(
            self, settings, self.reader, self.header, self.layers, self.side_tabs
        )
        self.citations = ReaderCitations(
            self.reader, lambda: self.article, annotations.highlight_at, self.status_label.setText
        )
        self.annotator.reader_menu_extensions.append(self.citations.add_to_menu)
        self.corrector = EntityCorrector(annotations, self)
        controller.corrections = self.corrector.corrections
        self.annotator.reader_menu_extensions.append(self._add_correction_menu)
        self.properties = ArticleProperties(
            self, annotations, lambda: self.article, self.replace_article, self.info_bar.show_message
        )
        self.versions = ArticleVersions(
            annotations,
            self.info_bar,
            self.status_label.setText,
            lambda: self.article,
            lambda: self.analysis,
            self.reader.select_range,
            lambda article: self.show_article(self.properties.as_archived(article)),
            self.opener,
            self,
        )
        self._build_menus()
        self._build_annotate_bar()
        self.selection_popup = SelectionPopup(self.reader, self.annotator, self.citations.action)
        self.note_marks = NoteMarks(self.reader, annotations)
        self.shortcuts_action, self.about_action = build_help_menu(
            self,
            lambda: f"{p.name} {p.version}" if (p := self.controller.pipeline) else "not loaded",
            lambda: self.annotations.path,
        )
        self._wire()
        self.knowledge = ArchiveKnowledge(
            annotations,
            self.entities_panel,
            self.figures_panel,
            self.statusBar(),
            self.open_archived_at,
            lambda: self.article,
            lambda: self.analysis,
            self,
        )
        # Beside Changes Since You Read It, the other window about the article's place in the archive.
        self.article_menu.insertAction(self.versions.reload_action, self.knowledge.related_action)
        self.articleShown.connect(self.knowledge.update_actions)
        self.analysisApplied.connect(self.knowledge.show_article_knowledge)
        self.analysisApplied.connect(self.versions.refresh_changes)
        self.articleShown.connect(self.versions.update_actions)
        self.knowledge.changed.connect(self._refresh_archive_lists)
        self.knowledge.start_indexing()
        self.reading_controls.adopt_mark_actions(self.figures_action, self.sources_action)
        self.scrollbar_marks = ScrollbarMarks(self)
        self._restore_geometry()
        make_accessible(self)
        self.reader.set_zoom(settings.reading_zoom)
        self.show_welcome()

    # -- construction ----------------------------------------------------------------------
    def _build_central(self, reader: ReaderView, side: QWidget) -> None:
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.info_bar.setContentsMargins(*INFO_BAR_MARGINS_PX)
        layout.addWidget(self.tabs)
        layout.addWidget(self.info_bar)
        layout.addWidget(self.header)
        layout.addWidget(self.find_bar)
        self.reading_stack = QStackedWidget()
        self.reading_stack.addWidget(reader)
        self.reading_stack.addWidget(self.welcome)
        layout.addWidget(self.reading_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([READER_WIDTH_PX, PANELS_WIDTH_PX])
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        self.status_label = ElidingLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(PROGRESS_WIDTH_PX)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop analysing this article (Esc)")
        self.cancel_button.hide()
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        self.reading_progress = ReadingProgress(self.reader)
        bar.addPermanentWidget(self.reading_progress)
        self.page_indicator = PageIndicator(self.reader)
        bar.addPermanentWidget(self.page_indicator)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open…", self, shortcut=QKeySequence(QKeySequence.StandardKey.Open))
        file_menu.addAction(self.open_action)
        self.open_url_action = QAction("Open &Web Address…", self, shortcut=QKeySequence("Ctrl+U"))
        file_menu.addAction(self.open_url_action)
        self.paste_action = QAction(
            "New Article from Clip&board", self, shortcut=QKeySequence("Ctrl+Shift+V")
        )
        file_menu.addAction(self.paste_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setToolTipsVisible(True)
        self.library_action = QAction("&Library…", self, shortcut=QKeySequence("Ctrl+L"))
        file_menu.addAction(self.library_action)
        file_menu.addSeparator()
        self.export_action = QAction("&Export Article…", self, shortcut=QKeySequence("Ctrl+E"))
        self.export_all_action = QAction("Export &Archive…", self)
        self.import_action = QAction("&Import Annotations…", self)
        file_menu.addActions([self.export_action, self.export_all_action, self.import_action])
        file_menu.addSeparator()
        self.close_tab_action = QAction("&Close Article", self)
        # Every binding (Ctrl+W as well as Ctrl+F4): QKeySequence(StandardKey) keeps only the first.
        self.close_tab_action.setShortcuts(QKeySequence.StandardKey.Close)
        file_menu.addAction(self.close_tab_action)
        # The platform's keys (Ctrl+Tab, Ctrl+Shift+Tab) and the browsers' (Ctrl+PgDown, Ctrl+PgUp).
        self.next_tab_action = QAction("&Next Article", self)
        self.next_tab_action.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.NextChild), QKeySequence("Ctrl+PgDown")]
        )
        self.previous_tab_action = QAction("&Previous Article", self)
        self.previous_tab_action.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.PreviousChild), QKeySequence("Ctrl+PgUp")]
        )
        file_menu.addActions([self.next_tab_action, self.previous_tab_action])
        file_menu.addSeparator()
        self.quit_action = QAction(
            "&Quit", self, shortcut=_standard_or(QKeySequence.StandardKey.Quit, "Ctrl+Q")
        )
        file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("&Edit")
        self.find_action = QAction(
            "&Find in Article…", self, shortcut=QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.copy_action, self.select_all_action = build_edit_menu(
            self.edit_menu, self.reader, self.find_action
        )
        self.edit_menu.addSeparator()
        self.preferences_action = QAction(
            "&Preferences…", self, shortcut=_standard_or(QKeySequence.StandardKey.Preferences, "Ctrl+,")
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.edit_menu.addAction(self.preferences_action)
        self.view_menu = view_menu = self.menuBar().addMenu("&View")
        self.figures_action = QAction("Highlight &Figures", self, checkable=True, checked=True)
        self.figures_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.sources_action = QAction("Mark Claim &Sources", self, checkable=True, checked=True)
        # Not Ctrl+Shift+S: that is Save As everywhere.
        self.sources_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        view_menu.addAction(self.figures_action)
        view_menu.addAction(self.sources_action)
        view_menu.addSeparator()
        self.zoom_in_action = QAction("Zoom &In", self)
        # Ctrl+= too: on most keyboards "+" needs Shift, and browsers accept both.
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = QAction(
            "Zoom &Out", self, shortcut=QKeySequence(QKeySequence.StandardKey.ZoomOut)
        )
        self.actual_size_action = QAction("&Actual Size", self, shortcut=QKeySequence("Ctrl+0"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.actual_size_action])
        view_menu.addSeparator()
        # Back from a panel (after highlighting a claim from it, say) to the text, where the
        # colour keys and the reading keys work.
        article_text = view_menu.addAction("Article Te&xt")
        article_text.setShortcut(QKeySequence("Alt+0"))
        article_text.triggered.connect(lambda: self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason))
        for index, name in enumerate(("&Entities", "&Claims", "Fi&gures", "&Notes")):
            action = view_menu.addAction(f"{name} Tab")
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(
                lambda _checked=False, i=index: focus_panel(self.side_tabs, panel_views(self), i)
            )

        self.article_menu = article_menu = self.menuBar().addMenu("A&rticle")
        article_menu.addActions([self.citations.action, self.properties.action])
        article_menu.addSeparator()
        article_menu.addActions([self.versions.changes_action, self.versions.reload_action])

    def _build_annotate_bar(self) -> None:
        toolbar = QToolBar("Annotate")
        toolbar.setObjectName("annotate-toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.annotator.populate(toolbar, self.menuBar().addMenu("&Annotate"))
        self.reading_controls.populate(self.view_menu, toolbar)

    def _wire(self) -> None:
        """Every signal connection of the window, in one place."""
        self.open_action.triggered.connect(self.choose_file)
        self.open_url_action.triggered.connect(self.choose_url)
        self.find_action.triggered.connect(self.find_bar.open_bar)
        self.preferences_action.triggered.connect(self.open_preferences)
        self.welcome.openRequested.connect(self.choose_file)
        self.welcome.openUrlRequested.connect(self.choose_url)
        self.welcome.libraryRequested.connect(self.open_library)
        self.welcome.articleRequested.connect(self.open_archived)
        self.library_action.triggered.connect(self.open_library)
        self.export_action.triggered.connect(self.export_current_article)
        self.export_all_action.triggered.connect(self.export_whole_archive)
        self.import_action.triggered.connect(self.choose_import_file)
        self.paste_action.triggered.connect(self.paste_article)
        self.close_tab_action.triggered.connect(lambda: self.close_document(self.tabs.currentIndex()))
        self.next_tab_action.triggered.connect(lambda: self._step_tab(1))
        self.previous_tab_action.triggered.connect(lambda: self._step_tab(-1))
        self.tabs.currentChanged.connect(self._show_document)
        self.tabs.tabCloseRequested.connect(self.close_document)
        self.opener.loaded.connect(self._on_loaded)
        self.opener.failed.connect(self._on_load_failed)
        self.quit_action.triggered.connect(self.close)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.cancel_button.clicked.connect(self._cancel_analysis)
        # Esc cancels from the reader only, so it still closes the find bar and dialogs.
        cancel_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.reader)
        cancel_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel_key.activated.connect(self._cancel_analysis)
        self.entities_panel.mentionRequested.connect(self.reader.select_range)
        self.entities_panel.labelToggled.connect(self.set_label_enabled)
        self.entities_panel.correctionRequested.connect(self.corrector.correct)
        self.corrector.changed.connect(self._on_corrections_changed)
        # In the info bar: the status bar's text gives way to the new analysis' summary.
        self.corrector.reported.connect(lambda text: self.info_bar.show_message(text, "info"))
        self.claims_panel.claimRequested.connect(self.reader.select_range)
        self.claims_panel.sourceRequested.connect(self.reader.select_range)
        self.figures_panel.figureRequested.connect(self.reader.select_range)
        self.figures_action.toggled.connect(self.set_figures_shown)
        self.sources_action.toggled.connect(self.set_sources_shown)
        self.zoom_in_action.triggered.connect(self.reader.zoom_in)
        self.zoom_out_action.triggered.connect(self.reader.zoom_out)
        self.actual_size_action.triggered.connect(self.reader.reset_zoom)
        self.reader.zoomChanged.connect(self._on_zoom_changed)
        self.reader.paletteChanged.connect(self._repaint_for_palette)
        self.controller.pipelineReady.connect(self._on_pipeline_ready)
        self.controller.pipelineUnavailable.connect(self._on_pipeline_unavailable)
        self.controller.analysisStarted.connect(self._on_analysis_started)
        self.controller.analysisProgress.connect(self._on_analysis_progress)
        self.controller.analysisPartial.connect(self._on_analysis_partial)
        self.controller.analysisFinished.connect(self._on_analysis_finished)
        self.controller.analysisFailed.connect(self._on_analysis_failed)

    def _restore_geometry(self) -> None:
        restore_or_fit(self, self.settings.window_state("geometry"))
        splitter = self.settings.window_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    # -- opening ---------------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.welcome.show_recent(self.annotations.archive)
        self.reading_stack.setCurrentWidget(self.welcome)
        self.status_label.setText("Open an article with File ▸ Open (Ctrl+O) or drop a file here.")

    def choose_file(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Open articles", "", f"Articles ({patterns});;All files (*)"
        )
        for path in paths:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Start loading a file; it shows when loaded, or the info bar says why it could not."""
        # An absolute source finds the article in the archive again from any working directory.
        path = path.expanduser().absolute()
        self.status_label.setText(f"Opening {path}…")
        self.opener.open_path(path)

    def choose_url(self) -> None:
        url, accepted = QInputDialog.getText(
            self, "Open web address", "Address of the article (http or https):"
        )
        if accepted and url.strip():
            self.open_url(url.strip())

    def open_url(self, url: str) -> None:
        self.status_label.setText(f"Fetching {url}…")
        self.opener.open_url(url)

    def paste_article(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            self.opener.open_clipboard(None, None)  # which says the clipboard is empty
        else:
            self._open_offered(mime)

    def _open_offered(self, mime: QMimeData) -> None:
        """Text pasted or dropped: a web address alone is fetched, anything else is an article."""
        html = mime.html() if mime.hasHtml() else None
        text = mime.text() if mime.hasText() else None
        address = web_address(text)
        if address is not None:
            self.open_url(address)
        else:
            self.opener.open_clipboard(html, text)

    def _on_loaded(self, article: Article, origin: str) -> None:
        article = self.properties.as_archived(article)
        if origin and not origin.startswith(("http://", "https://")):
            self.settings.add_recent_file(Path(origin), recent_label(article))
        self.show_article(article)

    def _on_load_failed(self, origin: str, reason: str) -> None:
        if not origin:
            what = "the clipboard"
        elif is_web_address(origin):
            what = short_address(origin)
        else:
            what = Path(origin).name or origin
        # The loaders' reasons name what failed in full (for the commands): said once here.
        reason = reason.removeprefix(f"{origin}: ") if origin else reason
        self.info_bar.show_message(f"Could not open {what}: {reason}", "error")
        self.status_label.setText(f"Could not open {origin or 'the clipboard'}.")
        self.loadFailed.emit(reason)

    def show_article(self, article: Article) -> None:
        """Show an article in its own tab (or switch to its tab if it is already open). A
        changed text from the source of an open tab is that article's new version: it takes
        that tab (its earlier text, shown again, would become a version once more)."""
        existing = self._document_index(article.content_hash)
        if existing is None and article.source:
            earlier = next(
                (i for i, doc in enumerate(self.documents) if doc.article.source == article.source), None
            )
            if earlier is not None:
                self._replace_document(earlier, article)
                return
        if existing is None:
            self.documents.append(OpenDocument(article))
            existing = len(self.documents) - 1
            # Adding the first tab makes it current, which shows it through currentChanged.
            self.tabs.addTab("")
            self._name_tab(existing, article)
        if self.tabs.currentIndex() != existing:
            self.tabs.setCurrentIndex(existing)
        elif self._shown is not self.documents[existing]:
            self._show_document(existing)

    def _show_document(self, index: int) -> None:
        """Show the text at once; highlights follow when the analysis ends."""
        if not 0 <= index < len(self.documents):
            return
        self._save_reading_position()
        document = self.documents[index]
        self._shown = document
        article = document.article
        self.analysis = None
        self.info_bar.clear_transient()
        self.reading_stack.setCurrentWidget(self.reader)
        self.reader.show_article(article)
        self._show_identity(article)
        if self.find_bar.isVisible():
            self.find_bar.search(self.find_bar.field.text())
        self.layers.clear()
        self.annotator.leave_article()
        # The rest at the next turn of the event loop: storing a book in the archive took as long
        # as showing its text (20 ms each), and the window would hold still for both at once.
        self._opening = document
        at_next_turn(self, self._open_shown)

    def _save_reading_position(self) -> None:
        """Keep the reading position of the article being left: one shown a moment ago is
        stored in the archive first (the reader may have scrolled it already); its analysis
        starts only if it is still shown at the next turn (a close the reader cancelled)."""
        self._open_shown()
        self.annotator.save_reading_position()

    def _open_shown(self) -> None:
        """The article shown last: its highlights and note from the archive, then (at the next
        turn, the panels being emptied is a step of its own) its analysis, kept or started;
        nothing if it was opened already, or another was shown since."""
        document, self._opening = self._opening, None
        if document is None or document is not self._shown:
            return
        self.annotator.open_article(document.article)
        self.articleShown.emit(document.article)
        at_next_turn(self, lambda: self._analyse_shown(document))

    def _analyse_shown(self, document: OpenDocument) -> None:
        if document is not self._shown or self._closed:
            return
        article = document.article
        if document.analysis is not None:
            # An analysis of another tab may still be running: its result is kept for its tab.
            self._generation = self.controller.current_generation
            self.reader.highlighter.set_visible_only(False)
            self._apply_analysis(document.analysis)
            return
        self._empty_panels("Analysing…")
        self._generation = self.controller.analyze(article.text)
        if self.controller.pipeline is None:
            self.status_label.setText("Loading the language pipeline…")

    @property
    def article(self) -> Article | None:
        """The article in the current tab, or None on the welcome page."""
        return self._shown.article if self._shown is not None else None

    def _document_index(self, content_hash: str) -> int | None:
        """The tab showing the text with ``content_hash``, if it is open."""
        return next((i for i, doc in enumerate(self.documents) if doc.content_hash == content_hash), None)

    def _name_tab(self, index: int, article: Article) -> None:
        name = article_name(article.title, article.source, article.text)
        self.tabs.setTabText(
            index,
            (name if len(name) <= TAB_NAME_CHARS else name[: TAB_NAME_CHARS - 2] + "…").replace("&", "&&"),
        )
        self.tabs.setTabToolTip(index, name)

    def _show_identity(self, article: Article) -> None:
        """Everything that names the shown article: header, window title, citations."""
        self.header.show_article(article)
        self.page_indicator.show_article(article)
        self.setWindowTitle(f"{article_name(article.title, article.source, article.text)} — {WINDOW_TITLE}")
        self.claims_panel.cite_from(article)
        self.figures_panel.cite_from(article)
        self.notes_panel.cite_from(article)

    def replace_article(self, article: Article) -> None:
        """The open article with a corrected title or metadata (Article ▸ Properties)."""
        index = self._document_index(article.content_hash)
        if index is None:
            return
        shown = self.documents[index] is self._shown
        self.documents[index].article = article
        self._name_tab(index, article)
        if shown:
            self._show_identity(article)

    def _replace_document(self, index: int, after: Article) -> None:
        """Show ``after`` in tab ``index`` instead of the article there."""
        self.documents[index] = OpenDocument(after)
        self._name_tab(index, after)
        if self.tabs.currentIndex() == index:
            self._show_document(index)
        else:
            self.tabs.setCurrentIndex(index)

    def close_document(self, index: int) -> None:
        if not 0 <= index < len(self.documents):
            return
        if index == self.tabs.currentIndex():
            self._save_reading_position()
        del self.documents[index]
        self.tabs.removeTab(index)
        if not self.documents:
            self._shown = None
            self.controller.cancel()
            self.analysis = None
            self.reader.show_article(Article(""))
            # Put away, or its highlights stay editable and undoable on the welcome page, and
            # the empty reader's top would be stored as its reading position.
            self.annotator.leave_article()
            self.notes_panel.clear("Open an article to see its highlights and notes.")
            self.header.show_article(None)
            self.page_indicator.show_article(None)
            self.layers.clear()
            self._empty_panels(
                "Open an article to see its entities.",
                claims="Open an article to see who claims what.",
                figures="Open an article to see its figures.",
            )
            self.setWindowTitle(WINDOW_TITLE)
            self.versions.update_actions()
            self.knowledge.update_actions()
            self.show_welcome()

    def _step_tab(self, step: int) -> None:
        """Show the next (1) or previous (-1) article's tab, round from the last to the first."""
        if self.tabs.count() > 1:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for path in files:
            action = self.recent_menu.addAction(self.settings.recent_name(path).replace("&", "&&"))
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        if not files:
            self.recent_menu.addAction("No recent files").setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear list").triggered.connect(self.settings.clear_recent_files)

    def _open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.settings.remove_recent_file(path)
        self.open_path(Path(path))

    # -- analysis --------------------------------------------------------------------------
    def _on_pipeline_ready(self, identity: str) -> None:
        self.status_label.setText(f"Language pipeline ready ({identity}).")

    def _on_pipeline_unavailable(self, message: str) -> None:
        self.info_bar.show_message(
            f"Entity highlighting is unavailable. {message} The article can still be read.",
            "warning",
            sticky=True,
        )

    def _on_analysis_started(self, generation: int) -> None:
        if generation != self._generation:
            return
        self.status_label.setText("Analysing…")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.reader.highlighter.set_visible_only(True)
        self.cancel_button.show()

    def _on_analysis_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and total > 0:
            self.progress.setRange(0, PROGRESS_STEPS)
            self.progress.setValue(int(PROGRESS_STEPS * done / total))

    def _on_analysis_partial(self, generation: int, entities: list[Entity]) -> None:
        if generation == self._generation:
            self.layers.paint_partial(entities, is_dark(self.reader.palette()))

    def _on_analysis_finished(self, generation: int, analysis: Analysis) -> None:
        if generation != self._generation:
            return
        self._end_progress()
        # Kept with its tab even if the reader switched to another (already analysed) one meanwhile.
        # Compared, not hashed: the text is the tab's own object (sent to be analysed), which
        # equals itself at once; a book's hash took milliseconds.
        index = next((i for i, doc in enumerate(self.documents) if doc.article.text == analysis.text), None)
        if index is None:
            return  # its tab was closed meanwhile
        document = self.documents[index]
        document.analysis = analysis
        if document is self._shown:
            self._apply_analysis(analysis)

    def _apply_analysis(self, analysis: Analysis) -> None:
        """Show an analysis in steps, one per event-loop turn, so that a book's thousands of
        results never hold the window still for long; ``analysisApplied`` follows the last."""
        article = self.article
        assert article is not None
        self.analysis = analysis
        steps = [
            *self.layers.painting_steps(analysis, is_dark(self.reader.palette())),
            lambda: self.entities_panel.show_entities(
                self._enabled_entities(analysis), "No named entities were found in this article."
            ),
            lambda: self.claims_panel.show_claims(
                analysis.claims, article.title, article.source, "No attributed statements were found."
            ),
            lambda: self.figures_panel.show_figures(analysis.figures, analysis.checks),
        ]
        # The first step too at a turn of its own: the analysis comes in an event that has had
        # it stored, and a book's entity layer is a step of 10-20 ms by itself.
        at_next_turn(self, lambda: self._run_steps(analysis, steps))

    def _run_steps(self, analysis: Analysis, steps: list[Callable[[], None]]) -> None:
        if self.analysis is not analysis:
            return  # another article was shown meanwhile
        if steps:
            steps[0]()
            # Tied to the window: a window closed meanwhile runs no further step.
            at_next_turn(self, lambda: self._run_steps(analysis, steps[1:]))
            return
        self.status_label.setText(_summary(analysis, self._enabled_labels))
        self.analysisApplied.emit(analysis)

    def _on_analysis_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._end_progress()
        self._empty_panels("No analysis: " + message)
        self.status_label.setText("Analysis unavailable.")

    def _empty_panels(self, message: str, *, claims: str = "", figures: str = "") -> None:
        """Every analysis panel emptied, saying why (``message`` where no other is given)."""
        article = self.article
        self.entities_panel.show_entities((), message)
        self.claims_panel.show_claims(
            (),
            article.title if article else None,
            article.source if article else None,
            claims or message,
        )
        self.figures_panel.show_figures((), (), figures or message)

    def _enabled_entities(self, analysis: Analysis) -> list[Entity]:
        return [e for e in analysis.entities if e.label in self._enabled_labels]

    def _cancel_analysis(self) -> None:
        if not self.cancel_button.isVisible():
            return  # nothing is being analysed
        self.controller.cancel()
        self._generation = self.controller.current_generation
        self._end_progress()
        self.status_label.setText("Analysis cancelled.")

    def _end_progress(self) -> None:
        self.reader.highlighter.set_visible_only(False)
        self.progress.hide()
        self.cancel_button.hide()

    # -- entity corrections ----------------------------------------------------------------
    def _add_correction_menu(self, menu: QMenu, position: int | None) -> None:
        """Correct Label ▸ for the name under the pointer (the innermost, when names nest), else
        for a selected name the pipeline missed (a few words on one line)."""
        if self.analysis is None or position is None:
            return
        named = [
            e for e in self.analysis.entities if e.label in CORRECTION_LABELS and e.start <= position < e.end
        ]
        entity = min(named, key=lambda e: e.end - e.start, default=None)
        if entity is not None:
            surface, label = display_name(entity.text), entity.label
        else:
            selection = self.reader.selected_range()
            if selection is None or not selection[0] <= position < selection[1]:
                return
            start, end = strip_span(self.reader.text, *selection)
            surface, label = display_name(self.reader.text[start:end]), ""
            if not surface or "\n" in self.reader.text[start:end] or len(surface) > MAX_SELECTED_NAME_CHARS:
                return
        add_correction_menu(menu, surface, label, lambda chosen: self.corrector.correct(surface, chosen))

    def _on_corrections_changed(self) -> None:
        """Articles are analysed again with the corrections: the shown one at once, the other
        tabs when shown."""
        if self.corrector.corrections == self.controller.corrections:
            return
        self.controller.corrections = self.corrector.corrections
        for document in self.documents:
            document.analysis = None
        if self._shown is not None:
            self._generation = self.controller.analyze(self._shown.article.text)

    # -- highlight layers ------------------------------------------------------------------
    def set_label_enabled(self, label: str, enabled: bool) -> None:
        labels = (self._enabled_labels | {label}) if enabled else (self._enabled_labels - {label})
        self._enabled_labels = labels
        self.settings.enabled_labels = set(labels)
        self.layers.set_enabled_labels(labels)
        if self.analysis is not None:
            self.entities_panel.show_entities(self._enabled_entities(self.analysis))

    def set_figures_shown(self, shown: bool) -> None:
        self.layers.show_figures = shown
        self.layers.refresh()

    def set_sources_shown(self, shown: bool) -> None:
        self.layers.show_sources = shown
        self.layers.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.annotator.refresh_swatches()

    def _repaint_for_palette(self) -> None:
        """The desktop switched between light and dark: tints made for the old palette would
        leave the new text colour on the wrong background."""
        self.layers.restyle(is_dark(self.reader.palette()))
        self.annotator.repaint_highlights()

    def _on_zoom_changed(self, percent: int) -> None:
        self.settings.reading_zoom = percent
        self.status_label.setText(f"Zoom {percent} %")

    # -- export, import, colour meanings ---------------------------------------------------
    def export_current_article(self) -> None:
        archive, article_id = self.annotations.archive, self.annotations.article_id
        if archive is None or article_id is None or self.article is None:
            self.status_label.setText("Open an article to export it with its highlights and notes.")
            return
        cut = article_name(self.article.title, self.article.source, self.article.text)[:EXPORT_NAME_CHARS]
        # Cut after a word, the title would leave "repair .md".
        name = cut.rstrip().replace("/", "-") + ".md"
        try:
            path = archive_dialogs.export_article(self, archive, article_id, name)
        except (ArchiveError, OSError) as error:
            self.info_bar.show_message(f"The export failed: {error}", "error")
            return
        if path is not None:
            self.status_label.setText(f"Exported to {path}.")

    def export_whole_archive(self) -> None:
        archive = self.annotations.archive
        if archive is None:
            self.info_bar.show_message(self.annotations.problem or "There is no archive.", "warning")
            return
        try:
            path = archive_dialogs.export_archive(self, archive)
        except (ArchiveError, OSError) as error:
            self.info_bar.show_message(f"The export failed: {error}", "error")
            return
        if path is not None:
            self.status_label.setText(f"Exported the archive to {path}.")

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import annotations", "", archive_dialogs.JSON_FILTER)
        if path:
            self.import_annotations(Path(path))

    def import_annotations(self, path: Path) -> bool:
        """Start importing ``path`` on a worker thread (progress dialog, Cancel); False when it
        cannot start. The outcome is shown when it ends (``annotation_import`` until then)."""
        archive = self.annotations.archive
        if archive is None or not self.annotations.writable:
            self.info_bar.show_message(
                self.annotations.problem or "There is no archive to import into.", "warning"
            )
            return False
        if self.annotation_import is not None:
            self.info_bar.show_message("An import is already running.", "warning")
            return False
        self.annotation_import = AnnotationImport(archive.path, path, self)
        self.annotation_import.succeeded.connect(self._import_succeeded)
        self.annotation_import.failed.connect(
            lambda reason: self._import_ended(f"Nothing was imported from {path.name}: {reason}", "error")
        )
        self.annotation_import.start()
        return True

    def _import_succeeded(self, summary: ImportSummary) -> None:
        self._import_ended(archive_dialogs.describe_import(summary), "info")
        if self.article is not None:
            self.annotator.open_article(self.article)
        self._refresh_archive_lists()

    def _import_ended(self, message: str, severity: str) -> None:
        if self.annotation_import is not None:
            self.annotation_import.deleteLater()
            self.annotation_import = None
        self.info_bar.show_message(message, severity)

    def open_preferences(self) -> None:
        controls = self.reading_controls
        dialog = PreferencesDialog(
            self,
            self.settings,
            self.reader.zoom_percent,
            self.reader.reading_style,
            [controls.marks_action, self.figures_action, self.sources_action],
            self.annotations.path,
            corrections=self.corrector.corrections,
        )
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            # Through the legend, so its boxes show the choice and the usual path applies it.
            legend = self.entities_panel.legend.checkboxes
            dialog.apply(
                controls.apply_style, self.reader.set_zoom, lambda label, on: legend[label].setChecked(on)
            )
            self.corrector.remove(dialog.removed_corrections())

    # -- the library -----------------------------------------------------------------------
    def open_library(self) -> None:
        path = self.annotations.path
        if self.annotations.archive is None or path is None:
            self.info_bar.show_message(self.annotations.problem or "There is no archive to show.", "warning")
            return
        if self.library is None:
            self.library = LibraryWindow(path, self)
            self.library.articleRequested.connect(lambda article_id: self.open_archived(article_id))
            self.library.searchHitRequested.connect(self._open_search_hit)
            self.library.highlightRequested.connect(self._open_archived_highlight)
            self.library.deleteArticleRequested.connect(self.delete_archived_article)
            self.library.people.entityRequested.connect(self.knowledge.open_entity)
            self.library.compare_figures.figureRequested.connect(self.open_archived_at)
            self.annotations.changed.connect(self._refresh_archive_lists)
        else:
            self.library.refresh()
        self.library.show()
        self.library.raise_()
        self.library.activateWindow()

    def open_archived(self, article_id: int) -> bool:
        """Open an article from the archive (the original file is not needed)."""
        archive = self.annotations.archive
        if archive is None:
            return False
        try:
            article = archive.load_article(article_id)
        except ArchiveError as error:
            self.info_bar.show_message(f"The article could not be loaded from the archive: {error}", "error")
            return False
        try:
            # Archived by a command or an import, it was never held to the window's limits.
            showable(article)
            check_not_too_large("It", utf8_size(article.text))
        except ArticleLoadError as error:
            name = article_name(article.title, article.source, article.text)
            self.info_bar.show_message(f"Could not open {name}: {error}", "error")
            return False
        self.show_article(article)
        self.raise_()
        self.activateWindow()
        return True

    def open_archived_at(self, article_id: int, start: int, end: int) -> None:
        """Open an archived article with ``text[start:end]`` selected (nothing when empty)."""
        # Offsets indexed from an earlier version of the text may no longer fit it.
        if self.open_archived(article_id) and 0 <= start < end <= len(self.reader.text):
            self.reader.select_range(start, end)

    def _open_search_hit(self, article_id: int, offset: int) -> None:
        if self.open_archived(article_id) and offset >= 0:
            end = offset
            while end < len(self.reader.text) and self.reader.text[end].isalnum():
                end += 1
            self.reader.select_range(offset, max(end, offset + 1))

    def _open_archived_highlight(self, article_id: int, highlight_id: int) -> None:
        # Read from the archive: the session knows the article's highlights only from the next
        # turn of the event loop, once the article opened here is stored as opened.
        archive = self.annotations.archive
        try:
            highlight = None if archive is None else archive.highlight(highlight_id)
        except ArchiveError:
            highlight = None  # deleted meanwhile: the article is still shown
        if highlight is None or highlight.orphan:
            self.open_archived(article_id)
        else:
            self.open_archived_at(article_id, highlight.start, highlight.end)

    def delete_archived_article(self, article_id: int) -> None:
        archive = self.annotations.archive
        if archive is None or not self.annotations.writable:
            self.info_bar.show_message(self.annotations.problem or "The archive is read-only.", "warning")
            return
        # Off the GUI thread: erasing its text from the search indexes and the WAL takes a while.
        self.annotations.writes.write(
            archive.path,
            lambda writer: writer.delete_article(article_id),
            self._article_deleted,
            lambda error: self.info_bar.show_message(
                f"The article could not be deleted: {describe_error(error)}", "error"
            ),
        )

    def _article_deleted(self, content_hash: str) -> None:
        index = self._document_index(content_hash)
        if index is not None:
            self.close_document(index)
        self.knowledge.refresh_pages()
        self._refresh_archive_lists()

    def _refresh_archive_lists(self) -> None:
        """The archive changed (an import, a deletion): the lists of it on screen read it again."""
        if self.reading_stack.currentWidget() is self.welcome:
            self.welcome.show_recent(self.annotations.archive)
        if self.library is not None and self.library.isVisible():
            self.library.refresh()

    # -- drag and drop, closing ------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _opens(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files and links dropped each open in a tab; dropped text is an article of its own."""
        mime = event.mimeData()
        if not _opens(mime):
            return
        event.acceptProposedAction()
        if not mime.hasUrls():
            self._open_offered(mime)
        for url in _openable_urls(mime):
            if url.isLocalFile():
                self.open_path(Path(url.toLocalFile()))
            else:
                self.open_url(url.toString())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.annotation_import is not None:
            # Its write lock would hold up the saves below; cancelled, it leaves nothing behind.
            self.annotation_import.cancel()
            self.annotation_import.wait()
        self._save_reading_position()
        self.notes_panel.flush_edits()
        if not unsaved_edits.may_close(self, self.annotations):
            event.ignore()
            return
        remember_open_articles(self.settings, [d.article for d in self.documents], self.article)
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("splitter", self.splitter.saveState())
        self.settings.sync()
        self.controller.shutdown()
        self.opener.shutdown()
        if self.library is not None:
            self.library.shutdown()
            self.library.close()
        self.knowledge.shutdown()
        self.annotations.close()
        self._closed = True
        super().closeEvent(event)


@dataclass
class OpenDocument:
    """An open tab: its article and, once analysed, its analysis (switching back is instant)."""

    article: Article
    analysis: Analysis | None = None
    # The tab's identity: hashed once, since an article's text never changes while it is open.
    content_hash: str = field(init=False)

    def __post_init__(self) -> None:
        self.content_hash = self.article.content_hash


def _openable_urls(mime: QMimeData) -> list[QUrl]:
    return [url for url in mime.urls() if url.isLocalFile() or url.scheme() in {"http", "https"}]


def _opens(mime: QMimeData) -> bool:
    """Whether a drop of ``mime`` opens something: files or web links, or (with no links at all,
    which would be the same links as text) text."""
    if mime.hasUrls():
        return bool(_openable_urls(mime))
    return mime.hasHtml() or bool(mime.text().strip())


def _standard_or(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's key for a standard command, or the usual one where it defines none."""
    return QKeySequence(key) if QKeySequence.keyBindings(key) else QKeySequence(fallback)


def _summary(analysis: Analysis, labels: frozenset[str]) -> str:
    entities = sum(1 for e in analysis.entities if e.label in labels)
    failing = sum(1 for c in analysis.checks if not c.holds)
    parts = [
        counted(entities, "entity mention"),
        counted(len(analysis.claims), "claim"),
        counted(len(analysis.figures), "figure"),
    ]
    if failing:
        parts.append(f"{counted(failing, 'check')} failing")
    return " · ".join(parts)
