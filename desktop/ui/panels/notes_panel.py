"""The Notes tab: the article's highlights with their notes and tags, edited in place.

The panel never touches the archive: it shows the records it is given and emits what the user
asked for (a note edited, a colour changed, a highlight to delete). Note edits are emitted a
moment after the last keystroke, and at once when the editor loses focus or another highlight
is chosen, so each edit is saved promptly without a write per keystroke. While it is given new
records (after any change, an undo included) it emits nothing: what its editors show then is
set from the records, not typed by the user.

Its parts live in their own modules: the list (``notes_list``), the note editor and preview
(``note_editor``), the colour picker, the tag completer, the filters (``notes_filters``) and
the orphans; this module lays them out and keeps them in step.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.article import Article
from desktop.core.chapters import places_in
from desktop.store.records import Colour, Highlight
from desktop.ui.citations import CITE_KEY, copy_citations
from desktop.ui.panels.colour_picker import ColourPicker, colour_swatch
from desktop.ui.panels.note_documents import note_first_line
from desktop.ui.panels.note_editor import NoteEditor
from desktop.ui.panels.notes_filters import NotesFilterBar
from desktop.ui.panels.notes_list import HighlightList
from desktop.ui.panels.notes_model import (
    HIGHLIGHT_ROLE,
    NotesFilter,
    NotesModel,
    colour_names,
    parse_tags,
    same_tags,
    tags_refusal,
    tags_text,
)
from desktop.ui.panels.orphans import OrphansBox
from desktop.ui.panels.spacing import SPACING_PX, TIGHT_SPACING_PX
from desktop.ui.panels.tag_completer import TagCompleter
from desktop.ui.theme import is_dark

DEFAULT_MESSAGE = (
    "No highlights yet. Select a passage in the article and press H to highlight it; "
    "its note and tags are written here."
)
NO_MATCH_MESSAGE = "No highlights match these filters."
# Around the placeholder message, so it does not run to the panel's edges.
PLACEHOLDER_MARGIN_PX = 16
# Above the editor area, apart from the list above the splitter handle.
EDITOR_AREA_TOP_PX = 6
# The collapsed article note's summary: room kept for the arrow and frame; the least it is cut to.
NOTE_BUTTON_ROOM_PX = 60
MIN_NOTE_SUMMARY_PX = 60


class NotesPanel(QWidget):
    """Lists the article's highlights with notes and tags and edits them in place."""

    highlightActivated = Signal(int)  # highlight id: the reader scrolls to it
    noteEdited = Signal(int, str)
    tagsEdited = Signal(int, list)  # list of str
    colourChanged = Signal(int, str)
    deleteRequested = Signal(int)
    articleNoteEdited = Signal(str)
    orphanPlaceRequested = Signal(int)
    orphanDeleteRequested = Signal(int)
    tagsRefused = Signal(str)  # why words typed as tags were left out

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours: tuple[Colour, ...] = ()
        self._current_id: int | None = None
        self._reloading = False
        self._unsaved_ids: frozenset[int] = frozenset()
        self._cited: Article | None = None
        self.model = NotesModel(self)
        self.proxy = NotesFilter(self)
        self.proxy.setSourceModel(self.model)

        self.article_note_button = QToolButton()
        self.article_note_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.article_note_button.setAutoRaise(True)
        self.article_note_button.setCheckable(True)
        self.article_note_button.setToolTip("Your note on the whole article (Markdown)")
        # Its summary is elided to the panel's width; it must not widen the panel.
        self.article_note_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.article_note_button.toggled.connect(self._toggle_article_note)
        self.article_note = NoteEditor("A note on the whole article, in Markdown…")
        self.article_note.edited.connect(self._article_note_edited)
        self.article_note.editor.textChanged.connect(self._update_article_note_button)

        self.orphans_box = OrphansBox()
        self.orphans_box.placeRequested.connect(self.orphanPlaceRequested)
        self.orphans_box.deleteRequested.connect(self.orphanDeleteRequested)

        self.filters = NotesFilterBar()
        self.filters.changed.connect(self._apply_filters)

        self.list = HighlightList()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_context_menu)
        self.list.clicked.connect(self.activate)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self._add_list_shortcuts()

        self.editor_area = self._build_editor_area()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.editor_area)
        # Extra height goes to the list; the editor keeps its natural size until dragged.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)

        self.placeholder = QLabel(DEFAULT_MESSAGE)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setMargin(PLACEHOLDER_MARGIN_PX)

        self.article_section = QWidget()
        article_layout = QVBoxLayout(self.article_section)
        article_layout.setContentsMargins(0, 0, 0, 0)
        article_layout.setSpacing(TIGHT_SPACING_PX)
        article_layout.addWidget(self.article_note_button)
        article_layout.addWidget(self.article_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.article_section)
        layout.addWidget(self.orphans_box)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.placeholder, 1)
        self.article_note.setVisible(False)
        self.clear(DEFAULT_MESSAGE)

    def _build_editor_area(self) -> QWidget:
        self.colour_picker = ColourPicker()
        self.colour_picker.colourChosen.connect(self._colour_chosen)
        self.delete_button = QToolButton()
        self.delete_button.setText("Delete")
        self.delete_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.delete_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.delete_button.setAutoRaise(True)
        self.delete_button.setToolTip("Delete this highlight and its note (Delete)")
        self.delete_button.clicked.connect(self.delete_current)
        self.note_editor = NoteEditor("Write a note in Markdown: *emphasis*, [links](https://…), - lists…")
        self.note_editor.edited.connect(self._note_edited)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText("Tags, separated by commas or spaces")
        self.tags_edit.setClearButtonEnabled(True)
        self.tags_edit.setToolTip("Tags, separated by commas or spaces; Enter saves them")
        self.tag_completer = TagCompleter(self.tags_edit)
        self.tags_edit.setCompleter(self.tag_completer)
        self.tags_edit.editingFinished.connect(self._save_tags)
        tags_label = QLabel("Tags")
        tags_label.setBuddy(self.tags_edit)
        header = QHBoxLayout()
        header.addWidget(self.colour_picker, 1)
        header.addWidget(self.delete_button)
        tags_row = QHBoxLayout()
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags_edit, 1)
        area = QWidget()
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, EDITOR_AREA_TOP_PX, 0, 0)
        layout.setSpacing(SPACING_PX)
        layout.addLayout(header)
        layout.addWidget(self.note_editor, 1)
        layout.addLayout(tags_row)
        return area

    def _add_list_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetShortcut
        # Clicks and Return both activate (``activated`` depends on the style's single/double click).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.list, context=context).activated.connect(
                lambda: self.activate(self.list.currentIndex())
            )
        for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            QShortcut(QKeySequence(key), self.list, context=context).activated.connect(self.delete_current)
        QShortcut(QKeySequence.StandardKey.Copy, self.list, context=context).activated.connect(
            self.copy_quote
        )
        QShortcut(QKeySequence(CITE_KEY), self.list, context=context).activated.connect(self.copy_citation)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # The colours inside laid-out rows follow the palette (the filters, the colour
            # picker and the orphans follow it themselves: children get the new palette later).
            self.list.highlight_delegate.forget_layouts()
            self.list.viewport().update()

    # -- showing ---------------------------------------------------------------------------------

    def show_highlights(
        self,
        highlights: Sequence[Highlight],
        orphans: Sequence[Highlight],
        colours: Sequence[Colour],
        known_tags: Sequence[str],
        article_note: str,
    ) -> None:
        """Shows an article's highlights (in text order), its orphans and its note.

        Nothing is emitted meanwhile: what the editors show is set from the records, except
        typing not emitted yet, which stays (and is emitted afterwards). The highlight being
        edited stays selected when it is still listed, so the window may call this after every
        change, an undo included, without disturbing the typing or writing anything back.
        """
        kept = self._current_id
        with self._reloading_records():
            self._colours = tuple(colours)
            meanings = {colour.key: colour.meaning for colour in colours}
            self.list.highlight_delegate.meanings = meanings
            self.list.highlight_delegate.forget_layouts()
            self.colour_picker.set_colours(colours)
            self.tag_completer.set_tags(known_tags)
            self.model.set_highlights(highlights)
            self.orphans_box.show_orphans(orphans)
            if not self.article_note.pending():
                self.article_note.set_text(article_note)
            self._update_article_note_button()
            self.article_section.setVisible(True)
            self.placeholder.setText(DEFAULT_MESSAGE)
            if self.proxy.tag is not None and all(self.proxy.tag not in h.tags for h in highlights):
                self.proxy.set_filters(self.proxy.colour, None)  # a filter the new list cannot use
            self._fill_filters()
            self._apply_filters()
            current = None if kept is None else self.model.find(kept)
            if current is not None:
                self.select_highlight(current.id)
            self._load_editor(current)

    @contextmanager
    def _reloading_records(self) -> Iterator[None]:
        """While the records are replaced, the editors' changes are not the user's: ignored."""
        self._reloading = True
        try:
            yield
        finally:
            self._reloading = False

    def clear(self, message: str) -> None:
        """No article (or no archive): ``message`` says why, and nothing can be edited."""
        self.flush_edits()
        with self._reloading_records():
            self.model.set_highlights(())
            self.orphans_box.show_orphans(())
            self.article_note.set_text("")
            self.article_section.setVisible(False)
            self.filters.setVisible(False)
            self.splitter.setVisible(False)
            self.placeholder.setText(message)
            self.placeholder.setVisible(True)
            self._load_editor(None)

    def update_highlight(self, highlight: Highlight) -> None:
        """Shows the saved (or undone) state of one listed highlight. Its editor keeps what the
        user is typing; otherwise it shows the new note and tags."""
        if not self.model.replace(highlight):
            return
        with self._reloading_records():
            self._fill_filters()
            self._show_counts()
            if highlight.id == self._current_id:
                self._load_editor(highlight)

    def show_unsaved(self, highlight_ids: Collection[int], article_note: bool) -> None:
        """Marks the editors whose text is not stored in the archive yet."""
        self._unsaved_ids = frozenset(highlight_ids)
        self.note_editor.set_unsaved(self._current_id in self._unsaved_ids)
        self.article_note.set_unsaved(article_note)

    def set_selection_available(self, available: bool) -> None:
        """Whether the reader has a selection an orphan can be placed at (enables the buttons)."""
        self.orphans_box.set_selection_available(available)

    def select_highlight(self, highlight_id: int) -> None:
        """Selects and shows a highlight (the user clicked it in the text); filters that hide it are cleared."""
        row = self.model.row_of(highlight_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filters.set_colour(None)
            self.filters.set_tag(None)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.list.selectionModel().setCurrentIndex(index, flags)
        self.list.scrollTo(index)

    def focus_note_editor(self) -> None:
        """Puts the cursor at the end of the selected highlight's note (to write one right away)."""
        if self._current_id is None:
            return
        self.note_editor.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.note_editor.editor.moveCursor(self.note_editor.editor.textCursor().MoveOperation.End)

    def current_highlight(self) -> Highlight | None:
        return None if self._current_id is None else self.model.find(self._current_id)

    def flush_edits(self) -> None:
        """Emits the note and tags typed for the selected highlight, and the article note, now."""
        self.note_editor.flush()
        self._save_tags()
        self.article_note.flush()

    # -- filters ---------------------------------------------------------------------------------

    def selected_colour_filter(self) -> str | None:
        return self.filters.colour()

    def set_colour_filter(self, key: str | None) -> None:
        self.filters.set_colour(key)

    def selected_tag_filter(self) -> str | None:
        return self.filters.tag()

    def set_tag_filter(self, tag: str | None) -> None:
        self.filters.set_tag(tag)

    def _fill_filters(self) -> None:
        self.filters.fill(self.model.highlights, self._colours, self.proxy.tag)

    def _apply_filters(self) -> None:
        # Saved before the filter may hide the edited highlight: not from inside the proxy's change.
        if not self._reloading:
            self.flush_edits()
        self.proxy.set_filters(self.selected_colour_filter(), self.selected_tag_filter())
        self._show_counts()

    def _show_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.filters.setVisible(total > 0)
        self.splitter.setVisible(shown > 0)
        self.placeholder.setVisible(shown == 0)
        if total and not shown:
            self.placeholder.setText(NO_MATCH_MESSAGE)
        noted = sum(1 for highlight in self.model.highlights if highlight.note.strip())
        self.filters.show_counts(total, shown, noted)

    # -- acting ----------------------------------------------------------------------------------

    def activate(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            highlight: Highlight = index.data(HIGHLIGHT_ROLE)
            self.highlightActivated.emit(highlight.id)

    def delete_current(self) -> None:
        if self._current_id is not None:
            self.deleteRequested.emit(self._current_id)

    def cite_from(self, article: Article) -> None:
        """The article the highlights come from: Copy Citation names it, rows say where they are
        (page, chapter)."""
        self._cited = article
        self.list.highlight_delegate.place = places_in(article)
        self.list.highlight_delegate.forget_layouts()
        self.list.viewport().update()

    def copy_citation(self) -> None:
        """The selected highlight with the article's reference (and page), as the reader copies it."""
        highlight = self.current_highlight()
        if highlight is not None and self._cited is not None:
            copy_citations(self._cited, [(highlight.exact, highlight.start)])

    def copy_quote(self) -> None:
        highlight = self.current_highlight()
        if highlight is not None:
            QApplication.clipboard().setText(highlight.exact)

    def context_menu(self, index: QModelIndex | QPersistentModelIndex) -> QMenu:
        """The menu for the row at ``index`` (built separately from showing it, for tests)."""
        highlight: Highlight = index.data(HIGHLIGHT_ROLE)
        meanings = {colour.key: colour.meaning for colour in self._colours}
        menu = QMenu(self)
        menu.addAction("Show in article", lambda: self.highlightActivated.emit(highlight.id))
        menu.addAction("Edit note", self.focus_note_editor)
        colours = menu.addMenu("Colour")
        dark = is_dark(self.palette())
        for colour in self._colours:
            action = QAction(colour_swatch(colour.key, dark), colour_names(colour.key, meanings), colours)
            action.triggered.connect(
                lambda _checked=False, key=colour.key: self._change_colour(highlight.id, key)
            )
            colours.addAction(action)
            action.setCheckable(True)
            action.setChecked(colour.key == highlight.colour)
        menu.addSeparator()
        copy = menu.addAction("Copy quote", lambda: QApplication.clipboard().setText(highlight.exact))
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        cite = menu.addAction("Copy Citation", self.copy_citation)
        cite.setShortcut(QKeySequence(CITE_KEY))
        cite.setEnabled(self._cited is not None)
        if highlight.note.strip():
            menu.addAction("Copy note", lambda: QApplication.clipboard().setText(highlight.note))
        menu.addSeparator()
        delete = menu.addAction("Delete highlight", lambda: self.deleteRequested.emit(highlight.id))
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if not index.isValid():
            return
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.context_menu(index).exec(self.list.viewport().mapToGlobal(position))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reloading:
            return  # the reload chooses what the editor shows when it is done
        self.flush_edits()
        self._load_editor(current.data(HIGHLIGHT_ROLE) if current.isValid() else None)

    def _load_editor(self, highlight: Highlight | None) -> None:
        """Shows ``highlight`` in the editor; for the one already shown, typing not emitted yet
        (a note being typed, tags changed but not entered) is kept."""
        same = highlight is not None and highlight.id == self._current_id
        self._current_id = None if highlight is None else highlight.id
        self.editor_area.setVisible(highlight is not None)
        self.note_editor.set_unsaved(self._current_id in self._unsaved_ids)
        if highlight is None:
            return
        self.colour_picker.set_current(highlight.colour)
        if not (same and self.note_editor.pending()):
            self.note_editor.set_text(highlight.note)
        if not (same and self.tags_edit.isModified()):
            self.tags_edit.setText(tags_text(highlight.tags))

    def _note_edited(self, text: str) -> None:
        if self._reloading:
            self.note_editor.keep_pending()  # the editor lost focus as the list was rebuilt
            return
        highlight = self.current_highlight()
        if highlight is None or text == highlight.note:
            return
        self.model.replace(replace(highlight, note=text))
        self._show_counts()  # the "with notes" count
        self.noteEdited.emit(highlight.id, text)

    def _article_note_edited(self, text: str) -> None:
        if self._reloading:
            self.article_note.keep_pending()
            return
        self.articleNoteEdited.emit(text)

    def _save_tags(self) -> None:
        highlight = self.current_highlight()
        if highlight is None or self._reloading:
            return  # while reloading, the field's text is kept (modified) and saved afterwards
        typed = self.tags_edit.text()
        tags = parse_tags(typed)
        self.tags_edit.setModified(False)
        refusal = tags_refusal(typed)
        if refusal is not None:
            self.tagsRefused.emit(refusal)
        if same_tags(tags, highlight.tags):
            return
        self.model.replace(replace(highlight, tags=tuple(tags)))
        self._fill_filters()
        self.tagsEdited.emit(highlight.id, tags)

    def _colour_chosen(self, key: str) -> None:
        if self._current_id is not None:
            self._change_colour(self._current_id, key)

    def _change_colour(self, highlight_id: int, key: str) -> None:
        highlight = self.model.find(highlight_id)
        if highlight is None or highlight.colour == key or self._reloading:
            return
        self.model.replace(replace(highlight, colour=key))
        if highlight_id == self._current_id:
            self.colour_picker.set_current(key)
        self._fill_filters()
        self.colourChanged.emit(highlight_id, key)

    def _toggle_article_note(self, expanded: bool) -> None:
        self.article_note.setVisible(expanded)
        self._update_article_note_button()
        if expanded:
            self.article_note.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_article_note_button(self) -> None:
        """ "Article note" with an arrow; collapsed, also the note's first line (elided)."""
        expanded = self.article_note_button.isChecked()
        self.article_note_button.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        first_line = "" if expanded else note_first_line(self.article_note.text())
        if not first_line:
            self.article_note_button.setText("Article note")
            return
        metrics = self.article_note_button.fontMetrics()
        room = self.width() - metrics.horizontalAdvance("Article note — ") - NOTE_BUTTON_ROOM_PX
        summary = metrics.elidedText(first_line, Qt.TextElideMode.ElideRight, max(MIN_NOTE_SUMMARY_PX, room))
        self.article_note_button.setText(f"Article note — {summary}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_article_note_button()
