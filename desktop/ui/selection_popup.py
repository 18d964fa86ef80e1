"""A small bar over the selection once the mouse lets go of it (as in Zotero, Readwise,
Hypothesis): the five highlight colours, Note and Copy Citation. It never takes the focus (the
keys H, N and 1–5 keep working in the reader), appears only when a selection is finished, never
while it is being dragged, and Esc or a click elsewhere hides it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton

from desktop.ui.annotator import Annotator
from desktop.ui.reader import ReaderView

# Space between the selection and the bar, and the bar and the edge of the view.
GAP_PX = 6
# Tight around the buttons: the bar should cover as little of the text as it can.
MARGINS_PX = (4, 2, 4, 2)  # left, top, right, bottom
BUTTON_SPACING_PX = 2


class SelectionPopup(QFrame):
    def __init__(self, reader: ReaderView, annotator: Annotator, cite_action: QAction) -> None:
        # A child of the reader, not a pop-up window: showing it moves no focus and grabs nothing.
        super().__init__(reader)
        self.reader = reader
        self.annotator = annotator
        self.setObjectName("selection-popup")
        self.setFrameStyle(QFrame.Shape.Panel | QFrame.Shadow.Raised)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("Highlight the selection")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(*MARGINS_PX)
        layout.setSpacing(BUTTON_SPACING_PX)
        self.buttons: dict[str, QToolButton] = {}
        for key, action in annotator.colour_actions.items():
            button = self._button(action.text(), partial(self._apply, key))
            _follow(button, action)
            self.buttons[key] = button
            layout.addWidget(button)
            # Swatches follow the palette (light/dark) and renamed colour meanings.
            action.changed.connect(lambda b=button, a=action: _follow(b, a))
        self.note_button = self._button("Note", self._write_note)
        self.note_button.setText("Note")
        self.note_button.setToolTip("Highlight and write a note (N)")
        self.note_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.note_button)
        self.cite_button = self._button("Copy Citation", self._cite)
        self.cite_button.setText("Cite")
        self.cite_button.setToolTip(cite_action.toolTip())
        self.cite_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.cite_button)
        self.cite_action = cite_action
        self.hide()
        self._viewport = reader.viewport()
        self._viewport.installEventFilter(self)
        reader.installEventFilter(self)
        reader.selectionChanged.connect(self._on_selection_changed)
        reader.verticalScrollBar().valueChanged.connect(lambda _value: self._place())

    def _button(self, name: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Identity only: while the window is torn down the reader may already be gone.
        if watched is self._viewport:
            self._on_viewport_event(event)
        elif watched is self.reader and self._is_escape_to_claim(event):
            # Claimed before the reader's other Esc (cancel the analysis): one key, one thing.
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.hide()
            return True
        return super().eventFilter(watched, event)

    def _on_viewport_event(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.MouseButtonPress:
            self.hide()  # a new selection starts, or a click elsewhere
        elif (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            # After the reader has handled the click (a click on a highlight selects it).
            QTimer.singleShot(0, self, self.show_for_selection)

    def _is_escape_to_claim(self, event: QEvent) -> bool:
        return (
            self.isVisible()
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        )

    def show_for_selection(self) -> None:
        if self.reader.selected_range() is None:
            self.hide()
            return
        self.adjustSize()
        self.show()
        self.raise_()
        self._place()

    def _place(self) -> None:
        """Above the start of the selection, or under its end when there is no room above."""
        if not self.isVisible():
            return
        cursor = self.reader.textCursor()
        if not cursor.hasSelection():
            self.hide()
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        cursor.setPosition(start)
        top = self.reader.cursorRect(cursor)
        cursor.setPosition(end)
        bottom = self.reader.cursorRect(cursor)
        viewport = self.reader.viewport()
        origin = viewport.mapTo(self.reader, QPoint(0, 0))
        y = top.top() - self.height() - GAP_PX
        if y < 0:
            y = bottom.bottom() + GAP_PX
        x = min(max(GAP_PX, top.left()), viewport.width() - self.width() - GAP_PX)
        y = min(max(GAP_PX, y), viewport.height() - self.height() - GAP_PX)
        self.move(origin + QPoint(x, y))

    def _on_selection_changed(self) -> None:
        if self.reader.selected_range() is None:
            self.hide()

    def _apply(self, key: str) -> None:
        self.annotator.apply_colour(key)
        self.hide()

    def _cite(self) -> None:
        self.hide()
        self.cite_action.trigger()

    def _write_note(self) -> None:
        self.hide()
        self.annotator.write_note()


def _follow(button: QToolButton, action: QAction) -> None:
    button.setIcon(action.icon())
    button.setToolTip(action.toolTip())
    button.setAccessibleName(f"Highlight as {action.text()}")
