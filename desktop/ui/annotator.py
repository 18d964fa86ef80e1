"""Highlighting and notes in the reader: the Annotate actions, what they do, and keeping the
reader and the Notes tab in step with the open article's highlights.

All writes go through the ``AnnotationSession`` (undoable commands on the one archive writer).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from desktop.core.article import Article
from desktop.core.plain_text import strip_span
from desktop.store.records import ArchiveError, Highlight, OpenedArticle
from desktop.ui import archive_dialogs
from desktop.ui.annotations import AnnotationSession
from desktop.ui.highlight_placing import PlacingStatus
from desktop.ui.panels.notes_panel import NotesPanel
from desktop.ui.reader import ReaderView
from desktop.ui.theme import highlight_colour, is_dark
from desktop.ui.user_highlights import paint_user_highlights
from desktop.ui.wording import unplaced_highlights

DEFAULT_COLOUR = "yellow"
# Scrolling settles before the reading position is written, not on every pixel.
READING_POSITION_DELAY_MS = 800
# The size of a small toolbar or menu icon, so the colour swatches sit beside the other icons.
SWATCH_SIZE_PX = 16

ShowMessage = Callable[[str, str], None]  # text, severity
ShowStatus = Callable[[str], None]


class Annotator(QObject):
    def __init__(
        self,
        window: QWidget,
        reader: ReaderView,
        notes_panel: NotesPanel,
        session: AnnotationSession,
        show_message: ShowMessage,
        show_status: ShowStatus,
        show_notes: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.reader = reader
        self.notes_panel = notes_panel
        self.session = session
        self.show_message = show_message
        self.show_status = show_status
        self.show_notes = show_notes
        self.current_colour = DEFAULT_COLOUR
        self._position_timer = QTimer(self, singleShot=True, interval=READING_POSITION_DELAY_MS)
        self.placing_status = PlacingStatus()
        if isinstance(window, QMainWindow):
            window.statusBar().addPermanentWidget(self.placing_status)
        # Other features' entries for the reader's context menu, given the menu and the text
        # position under the pointer.
        self.reader_menu_extensions: list[Callable[[QMenu, int | None], None]] = []
        self._build_actions()
        self._wire()

    def _build_actions(self) -> None:
        self.highlight_action = QAction("&Highlight Selection", self)
        self.highlight_action.setShortcuts([QKeySequence("H"), QKeySequence("Ctrl+H")])
        self.highlight_action.setToolTip("Highlight the selected text (H)")
        self.note_action = QAction("Add &Note…", self)
        self.note_action.setShortcuts([QKeySequence("N"), QKeySequence("Ctrl+Shift+N")])
        self.note_action.setToolTip("Highlight the selection if needed and write a note on it (N)")
        # H and N work wherever the focus is (after clicking a claim, an entity or a figure, its
        # passage is selected in the reader) but only while the reader has a selection; a text
        # field with the focus still gets typed letters (it claims them before any shortcut).
        for action in (self.highlight_action, self.note_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
            self.window.addAction(action)
        self.delete_highlight_action = QAction("Remo&ve Highlight", self)
        self.delete_highlight_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete acts only in the reader: in the side panel's lists it deletes their own rows.
        self.delete_highlight_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reader.addAction(self.delete_highlight_action)
        self.colour_group = QActionGroup(self)
        self.colour_actions: dict[str, QAction] = {}
        for number, colour in enumerate(self.session.colours(), start=1):
            action = QAction(colour.meaning, self)
            action.setCheckable(True)
            action.setChecked(colour.key == self.current_colour)
            action.setShortcut(QKeySequence(str(number)))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{colour.meaning.capitalize()} ({colour.key}, key {number})")
            action.triggered.connect(lambda _checked=False, key=colour.key: self.apply_colour(key))
            self.colour_group.addAction(action)
            self.reader.addAction(action)
            self.colour_actions[colour.key] = action
        self.refresh_swatches()
        # Fixed labels (the toolbar must not change width); what would be undone is the tooltip.
        stack = self.session.undo_stack
        self.undo_action = QAction("&Undo", self, enabled=False)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: self.undo_action.setToolTip(f"Undo {text.lower()} (Ctrl+Z)")
        )
        self.redo_action = QAction("&Redo", self, enabled=False)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.redo_action.triggered.connect(self.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.redoTextChanged.connect(
            lambda text: self.redo_action.setToolTip(f"Redo {text.lower()} (Ctrl+Shift+Z)")
        )
        self.meanings_action = QAction("Colour &Meanings…", self)
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def populate(self, toolbar: QToolBar, menu: QMenu) -> None:
        """Put the actions on the Annotate toolbar and menu."""
        toolbar.addAction(self.highlight_action)
        toolbar.addAction(self.note_action)
        toolbar.addActions(list(self.colour_actions.values()))
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        menu.addAction(self.highlight_action)
        menu.addAction(self.note_action)
        menu.addAction(self.delete_highlight_action)
        menu.addSeparator()
        menu.addActions(list(self.colour_actions.values()))
        menu.addAction(self.meanings_action)
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)

    def _wire(self) -> None:
        session, notes = self.session, self.notes_panel
        self.highlight_action.triggered.connect(self.highlight_selection)
        self.delete_highlight_action.triggered.connect(self.delete_current_highlight)
        self.note_action.triggered.connect(self.write_note)
        self.meanings_action.triggered.connect(self.edit_colour_meanings)
        self.reader.selectionChanged.connect(self._on_selection_changed)
        self.reader.cursorPositionChanged.connect(self._enable_actions)
        self.reader.clickedAt.connect(self._select_highlight_at)
        self.reader.customContextMenuRequested.connect(self._show_reader_menu)
        self.reader.verticalScrollBar().valueChanged.connect(lambda _value: self._position_timer.start())
        self._position_timer.timeout.connect(self.save_reading_position)
        notes.highlightActivated.connect(self._show_highlight)
        session.save_typing = notes.flush_edits
        notes.noteEdited.connect(session.set_note)
        notes.tagsEdited.connect(session.set_tags)
        notes.tagsRefused.connect(lambda message: self.show_message(message, "warning"))
        notes.colourChanged.connect(session.set_colour)
        notes.deleteRequested.connect(session.delete)
        notes.articleNoteEdited.connect(session.set_article_note)
        notes.orphanPlaceRequested.connect(self._place_orphan)
        notes.orphanDeleteRequested.connect(session.delete)
        session.changed.connect(self._on_changed)
        session.placing.connect(self._on_placing)
        session.placed.connect(self._show_opened)
        self.placing_status.cancel_button.clicked.connect(session.cancel_placing)
        session.failed.connect(lambda message: self.show_message(message, "error"))
        session.saved.connect(lambda message: self.show_message(message, "info"))

    def _on_selection_changed(self) -> None:
        self._enable_actions()
        self.notes_panel.set_selection_available(self.reader.selected_range() is not None)

    def _enable_actions(self) -> None:
        """H needs a selection; N a selection or a current highlight (one just made)."""
        selected = self.reader.selected_range() is not None
        self.highlight_action.setEnabled(selected)
        self.note_action.setEnabled(selected or self.current_highlight() is not None)

    def leave_article(self) -> None:
        """The open article's highlights and note put away (another is being shown), with what
        was typed for them and not saved yet (a pause or Enter saves it) saved first: the tab
        bar takes no focus, so a click on another tab left it typed for no article."""
        self.notes_panel.flush_edits()
        self.session.leave_article()
        self._on_changed()

    def open_article(self, article: Article) -> None:
        """Bring back the article's highlights, note and reading position from the archive."""
        opened = self.session.open_article(article)
        if opened is None:
            self.repaint_highlights()
            self.notes_panel.clear(
                self.session.placing_message()
                or self.session.problem
                or "Highlights and notes are unavailable."
            )
            return
        self._show_opened(opened)

    def _show_opened(self, opened: OpenedArticle) -> None:
        """Go to the reading position (unless the reader has scrolled while the highlights were
        placed) and say which highlights could not be placed."""
        if opened.reading_position > 0 and self.reader.verticalScrollBar().value() == 0:
            # A book shown a moment ago is still being laid out: there once it is.
            self.reader.keep_top(opened.reading_position, at_once=False)
        # Of an article changed since it was read, the versions' message says it (with Show Changes).
        if opened.orphans and not opened.changed_since_read:
            self.show_message(
                f"The text changed since you last read it: {unplaced_highlights(len(opened.orphans))}",
                "warning",
            )

    def _on_placing(self, message: str) -> None:
        self.placing_status.show_message(message)
        if not message and self.session.article_id is None:
            self.notes_panel.clear(
                "This article's highlights were not placed on its changed text; they are placed"
                " the next time you open it."
            )

    def _on_changed(self) -> None:
        session = self.session
        self.repaint_highlights()
        self._enable_actions()
        self.notes_panel.show_highlights(
            session.highlights, session.orphans, session.colours(), session.known_tags(), session.article_note
        )
        self.notes_panel.show_unsaved(session.unsaved_highlight_ids(), session.article_note_unsaved())

    def undo(self) -> None:
        # Typing not saved yet is the last change: saved first, so that it is what is undone.
        self.notes_panel.flush_edits()
        self.session.undo()

    def redo(self) -> None:
        self.notes_panel.flush_edits()
        self.session.redo()

    def repaint_highlights(self) -> None:
        """Paint the open article's highlights (none without an archive) in the reader's palette."""
        paint_user_highlights(self.reader, self.session.highlights, is_dark(self.reader.palette()))

    def refresh_swatches(self) -> None:
        """Give the colour actions swatches of the window's palette (light or dark tints)."""
        dark = is_dark(self.window.palette())
        for key, action in self.colour_actions.items():
            action.setIcon(_swatch(highlight_colour(key, dark)))

    def choose_colour(self, key: str) -> None:
        """Make ``key`` the colour of new highlights."""
        self.current_colour = key
        if key in self.colour_actions:
            self.colour_actions[key].setChecked(True)

    def apply_colour(self, key: str) -> None:
        """A colour key (1–5) or swatch: recolour the highlight that is selected as a whole, else
        highlight the selected text in that colour, else make it the colour of the next highlight.
        A caret inside a highlight is not a selected highlight: nothing is recoloured by surprise."""
        selected = self.selected_highlight()
        if selected is None:
            self.choose_colour(key)
            if self.reader.selected_range() is not None:
                self.highlight_selection()
            return
        self.choose_colour(self.current_colour)  # the swatch checked is still the next colour
        self.session.set_colour(selected.id, key)

    def highlight_selection(self) -> None:
        selection = self.reader.selected_range()
        if selection is None:
            self.show_status("Select some text first, then press H to highlight it.")
            return
        if self.selected_highlight() is not None:
            return  # already highlighted (selected by a click on it or in the Notes tab)
        start, end = strip_span(self.reader.text, *selection)
        self.session.add(start, end, self.current_colour)
        # The selection gives way, so the new colour shows at once; the caret stays in the new
        # highlight, so N and Delete still act on it.
        self.reader.place_caret(start)

    def selected_highlight(self) -> Highlight | None:
        """The highlight whose text is selected in the reader, if any."""
        selection = self.reader.selected_range()
        if selection is None:
            return None
        return next((h for h in self.session.highlights if (h.start, h.end) == selection), None)

    def current_highlight(self) -> Highlight | None:
        """The highlight selected as a whole or, with nothing selected, the one the caret is in
        (a highlight just made)."""
        if self.reader.selected_range() is not None:
            return self.selected_highlight()
        return self.session.highlight_at(self.reader.to_text(self.reader.textCursor().position()))

    def delete_current_highlight(self) -> None:
        selected = self.selected_highlight()
        if selected is None:
            cursor = self.reader.to_text(self.reader.textCursor().position())
            selected = self.session.highlight_at(cursor)
        if selected is not None:
            self.session.delete(selected.id)

    def _select_highlight_at(self, codepoint: int) -> None:
        highlight = self.session.highlight_at(codepoint)
        if highlight is not None:
            self.reader.select_range(highlight.start, highlight.end)
            self.notes_panel.select_highlight(highlight.id)

    def _show_highlight(self, highlight_id: int) -> None:
        highlight = self.session.find(highlight_id)
        if highlight is not None and not highlight.orphan:
            self.reader.select_range(highlight.start, highlight.end)

    def write_note(self) -> None:
        """Open the note of the current highlight, highlighting the selection first if needed."""
        if self.current_highlight() is None:
            self.highlight_selection()
        selected = self.current_highlight()
        if selected is None:
            return
        self.show_notes()
        self.notes_panel.select_highlight(selected.id)
        self.notes_panel.focus_note_editor()

    def _place_orphan(self, highlight_id: int) -> None:
        selection = self.reader.selected_range()
        if selection is None:
            self.show_status("Select the passage where the highlight belongs, then choose Place.")
            return
        self.session.place_orphan(highlight_id, *strip_span(self.reader.text, *selection))

    def _show_reader_menu(self, point: QPoint) -> None:
        menu = self.reader.createStandardContextMenu(point)
        menu.addSeparator()
        menu.addAction(self.highlight_action)
        colours = QMenu("Highlight &Colour", menu)
        colours.addActions(list(self.colour_actions.values()))
        menu.addMenu(colours)
        position = self.reader.position_at(point.x(), point.y())
        if position is not None and self.session.highlight_at(position) is not None:
            menu.addAction(self.delete_highlight_action)
        for extend in self.reader_menu_extensions:
            extend(menu, position)
        menu.exec(self.reader.viewport().mapToGlobal(point))

    def save_reading_position(self) -> None:
        # Before the reader is back at the stored position, that is still the one to keep.
        kept = self.reader.kept_top
        self.session.set_reading_position(self.reader.top_position() if kept is None else kept)

    def edit_colour_meanings(self) -> None:
        archive = self.session.archive
        if archive is None or not self.session.writable:
            self.show_message(self.session.problem or "There is no archive.", "warning")
            return
        dialog = archive_dialogs.ColourMeaningsDialog(archive.colours(), self.window)
        if dialog.exec() != archive_dialogs.ColourMeaningsDialog.DialogCode.Accepted:
            return
        self.rename_colours(dialog.meanings())

    def rename_colours(self, meanings: dict[str, str]) -> None:
        archive = self.session.archive
        assert archive is not None
        try:
            for key, meaning in meanings.items():
                archive.rename_colour(key, meaning)
        except ArchiveError as error:  # locked by another program, or the disk is full
            self.show_message(f"The colour meanings could not be saved: {error}", "error")
            return
        for colour in archive.colours():
            if colour.key in self.colour_actions:
                self.colour_actions[colour.key].setText(colour.meaning)
        self._on_changed()


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(SWATCH_SIZE_PX, SWATCH_SIZE_PX)
    pixmap.fill(colour)
    return QIcon(pixmap)
