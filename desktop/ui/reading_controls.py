"""The View menu's reading controls: one switch for every analysis mark, the reading theme and
settings, focus mode and full screen. Each choice is remembered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QToolBar, QWidget

from desktop.ui.analysis_layers import AnalysisLayers
from desktop.ui.reader import ReaderView
from desktop.ui.reading_settings_page import ReadingSettingsDialog
from desktop.ui.reading_style import ReadingStyle
from desktop.ui.settings import ANALYSIS_MARKS_KEY, FIGURE_MARKS_KEY, SOURCE_MARKS_KEY, AppSettings
from desktop.ui.theme import SYSTEM_THEME, THEME_TITLES, dark_application_palette, reading_palette

# No platform gives these a meaning (Ctrl+Shift+M is free in GNOME, KDE, Windows and macOS
# text views); Shift+F11 is "distraction free" in editors, beside F11 for full screen.
MARKS_SHORTCUT = "Ctrl+Shift+M"
FOCUS_SHORTCUT = "Shift+F11"
FULL_SCREEN_SHORTCUT = "F11"


class ReadingControls(QObject):
    def __init__(
        self,
        window: QMainWindow,
        settings: AppSettings,
        reader: ReaderView,
        header: QLabel,
        layers: AnalysisLayers,
        side_panel: QWidget,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.reader = reader
        self.header = header
        self.layers = layers
        self.side_panel = side_panel
        self._system_palette: QPalette | None = None  # the desktop's, while Dark replaces it
        self._hidden_by_focus: list[QWidget] = []
        self._theme: str | None = None
        self._applying = False  # setting palettes, whose change events must not set them again
        self.dialog: ReadingSettingsDialog | None = None

        self.marks_action = QAction("Show Analysis &Marks", self, checkable=True)
        self.marks_action.setShortcut(QKeySequence(MARKS_SHORTCUT))
        self.marks_action.setIconText("Marks")
        self.marks_action.setToolTip(f"Show or hide every entity, figure and claim mark ({MARKS_SHORTCUT})")
        self.marks_action.setChecked(settings.flag(ANALYSIS_MARKS_KEY, True))
        self.marks_action.toggled.connect(self.set_marks_shown)
        self.focus_action = QAction("Focus Mo&de", self, checkable=True)
        self.focus_action.setShortcut(QKeySequence(FOCUS_SHORTCUT))
        self.focus_action.setToolTip(
            f"Only the article: hide the side panel and the toolbar ({FOCUS_SHORTCUT})"
        )
        self.focus_action.toggled.connect(self.set_focus_mode)
        self.full_screen_action = QAction("F&ull Screen", self, checkable=True)
        self.full_screen_action.setShortcut(QKeySequence(FULL_SCREEN_SHORTCUT))
        self.full_screen_action.toggled.connect(self.set_full_screen)
        self.settings_action = QAction("&Reading Settings…", self)
        self.settings_action.triggered.connect(self.open_settings)
        self.theme_actions: dict[str, QAction] = {}
        themes = QActionGroup(self)
        for key, title in THEME_TITLES.items():
            action = QAction(title, themes, checkable=True)
            action.triggered.connect(lambda _checked=False, k=key: self.set_theme(k))
            self.theme_actions[key] = action
        reader.installEventFilter(self)
        window.installEventFilter(self)
        self.layers.marks_shown = self.marks_action.isChecked()
        self.apply_style(settings.reading_style)

    # -- menus -----------------------------------------------------------------------------
    def populate(self, view_menu: QMenu, toolbar: QToolBar) -> None:
        actions = view_menu.actions()
        if actions:  # first in the menu: the switch people look for
            view_menu.insertAction(actions[0], self.marks_action)
        else:
            view_menu.addAction(self.marks_action)
        toolbar.addSeparator()
        toolbar.addAction(self.marks_action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu("&Theme")
        theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.addAction(self.settings_action)
        view_menu.addSeparator()
        view_menu.addActions([self.focus_action, self.full_screen_action])

    def adopt_mark_actions(self, figures: QAction, sources: QAction) -> None:
        """The figure and claim-source switches: off until asked for, then remembered."""
        for action, key in ((figures, FIGURE_MARKS_KEY), (sources, SOURCE_MARKS_KEY)):
            action.setChecked(self.settings.flag(key, False))
            action.toggled.connect(lambda shown, k=key: self.settings.set_flag(k, shown))
            action.setEnabled(self.marks_action.isChecked())
            self.marks_action.toggled.connect(action.setEnabled)
        self.layers.show_figures = figures.isChecked()
        self.layers.show_sources = sources.isChecked()

    # -- analysis marks --------------------------------------------------------------------
    def set_marks_shown(self, shown: bool) -> None:
        self.marks_action.setChecked(shown)
        self.settings.set_flag(ANALYSIS_MARKS_KEY, shown)
        self.layers.marks_shown = shown
        self.layers.refresh()

    # -- reading style and theme -----------------------------------------------------------
    def apply_style(self, style: ReadingStyle) -> None:
        """Lay the reader out in ``style`` and its theme, and remember it."""
        self.settings.reading_style = style
        self.reader.set_reading_style(style)
        self.theme_actions[style.theme].setChecked(True)
        if style.theme != self._theme:  # a new size or measure leaves the colours alone
            self._theme = style.theme
            self._apply_theme(style.theme)

    def set_theme(self, key: str) -> None:
        style = self.reader.reading_style
        self.apply_style(replace(style, theme=key))
        if self.dialog is not None:
            self.dialog.page.set_style(self.reader.reading_style)

    def open_settings(self) -> None:
        if self.dialog is None:
            self.dialog = ReadingSettingsDialog(self.reader.reading_style, self.window)
            self.dialog.page.styleChanged.connect(self.apply_style)
        self.dialog.page.set_style(self.reader.reading_style)
        self.dialog.show()
        self.dialog.raise_()

    def _apply_theme(self, key: str) -> None:
        if key == "dark":
            if self._system_palette is None:
                self._system_palette = QApplication.palette()
            QApplication.setPalette(dark_application_palette())
        elif self._system_palette is not None:
            QApplication.setPalette(self._system_palette)
            self._system_palette = None
        if key == SYSTEM_THEME:
            self._follow_system()
        else:
            self._set_palettes(reading_palette(key, QApplication.palette()))

    def _follow_system(self) -> None:
        """The reader takes the desktop's colours as they come (it keeps no palette of its own),
        except a muted text or link colour too faint to read on them, which is mended."""
        system = QApplication.palette()
        mended = reading_palette(SYSTEM_THEME, system)
        own = QPalette()  # resolves no role: everything else comes from the application
        for role in (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Link):
            if mended.color(role) != system.color(role):
                own.setColor(role, mended.color(role))
        self._set_palettes(own, base=system.color(QPalette.ColorRole.Base))

    def _set_palettes(self, reader_palette: QPalette, base: QColor | None = None) -> None:
        self._applying = True
        try:
            self.reader.setPalette(reader_palette)
            # The line above the text is part of the page: the page's colour behind it, so that
            # its muted text keeps the contrast it was chosen for.
            page = base or reader_palette.color(QPalette.ColorRole.Base)
            header = QPalette()
            header.setColor(QPalette.ColorRole.Window, page)
            header.setColor(
                QPalette.ColorRole.WindowText, self.reader.palette().color(QPalette.ColorRole.PlaceholderText)
            )
            self.header.setAutoFillBackground(True)
            self.header.setPalette(header)
        finally:
            self._applying = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # Before the window saves its layout: the side panel's width, not the none of focus mode.
            self.set_focus_mode(False)
            return False
        # Under Follow System the desktop switching between light and dark reaches the reader
        # as a palette change: mend the new colours and give the header line the new page colour.
        if (
            watched is self.reader
            and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
            and not self._applying
            and self.reader.reading_style.theme == SYSTEM_THEME
        ):
            self._follow_system()
        return False

    # -- focus mode and full screen --------------------------------------------------------
    def set_focus_mode(self, on: bool) -> None:
        """Only the article: the side panel and the toolbars go, and come back as they were."""
        self.focus_action.setChecked(on)
        if on == bool(self._hidden_by_focus):
            return  # already so
        if on:
            bars = [bar for bar in self.window.findChildren(QToolBar) if bar.isVisible()]
            self._hidden_by_focus = [w for w in [self.side_panel, *bars] if w.isVisible()]
            for widget in self._hidden_by_focus:
                widget.hide()
            self.reader.setFocus()
        else:
            for widget in self._hidden_by_focus:
                widget.show()
            self._hidden_by_focus = []

    def set_full_screen(self, on: bool) -> None:
        self.full_screen_action.setChecked(on)
        state = self.window.windowState()
        if on:
            self.window.setWindowState(state | Qt.WindowState.WindowFullScreen)
        else:
            self.window.setWindowState(state & ~Qt.WindowState.WindowFullScreen)
