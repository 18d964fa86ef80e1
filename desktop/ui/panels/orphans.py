"""Highlights the article's changed text no longer holds, listed to place again or delete."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.note_markdown import render_note_summary_html
from desktop.store.records import Highlight
from desktop.ui.links import open_link
from desktop.ui.panels.notes_model import (
    shortened,
)
from desktop.ui.panels.spacing import LABEL_MARGIN_PX, SPACING_PX
from desktop.ui.theme import highlight_colour, is_dark

ORPHAN_QUOTE_CHARS = 240
# A few orphans show at once; more scroll, so the list of highlights below keeps its room.
MAX_ORPHANS_HEIGHT_PX = 220
# Between the warning icon and the title.
ICON_GAP_PX = 6
# Inside the box's frame: a little less above, where the title's line height already gives air.
BOX_MARGINS_PX = (8, 6, 8, 8)


class OrphanRow(QWidget):
    """One highlight that no longer fits the text: its quote, its note, and what to do with it."""

    def __init__(self, highlight: Highlight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlight = highlight
        quote = QLabel(shortened(" ".join(highlight.exact.split()), ORPHAN_QUOTE_CHARS))
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setToolTip(highlight.exact)
        quote.setMargin(LABEL_MARGIN_PX)
        quote.setAutoFillBackground(True)
        quote.setBackgroundRole(QPalette.ColorRole.Window)
        self.quote = quote
        self.note = QLabel(render_note_summary_html(highlight.note))
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setWordWrap(True)
        self.note.setOpenExternalLinks(False)
        self.note.linkActivated.connect(lambda link: open_link(QUrl(link)))
        self.note.setVisible(bool(highlight.note.strip()))
        self.place_button = QPushButton("Place at selection")
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete this highlight and its note")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING_PX, 0, SPACING_PX)
        layout.setSpacing(SPACING_PX)
        layout.addWidget(quote)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.set_place_enabled(False)
        self.show_colours()

    def set_place_enabled(self, enabled: bool) -> None:
        self.place_button.setEnabled(enabled)
        self.place_button.setToolTip(
            "Attach this highlight to the passage selected in the article"
            if enabled
            else "Select the passage in the article first, then place this highlight there"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.show_colours()

    def show_colours(self) -> None:
        """The quote on its highlight colour, as the list and the reader show highlights."""
        palette = self.quote.palette()
        palette.setColor(
            QPalette.ColorRole.Window, highlight_colour(self.highlight.colour, is_dark(self.palette()))
        )
        palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.Text))
        self.quote.setPalette(palette)


class OrphansBox(QFrame):
    """The orphans of the article, with a title saying how many and what to do with them."""

    placeRequested = Signal(int)  # highlight id: place it at the reader's selection
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection_available = False
        self.orphans_title = QLabel()
        bold = self.orphans_title.font()
        bold.setBold(True)
        self.orphans_title.setFont(bold)
        icon = QLabel()
        size = QFontMetrics(bold).height()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        title_row = QHBoxLayout()
        title_row.setSpacing(ICON_GAP_PX)
        title_row.addWidget(icon)
        title_row.addWidget(self.orphans_title, 1)
        explanation = QLabel(
            "The article's text changed and these highlights were not found in it. Select the passage"
            " in the article and place one there, or delete it."
        )
        explanation.setWordWrap(True)
        explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.orphan_rows = QVBoxLayout()
        self.orphan_rows.setContentsMargins(0, 0, 0, 0)
        self.orphan_rows.setSpacing(SPACING_PX)
        rows = QWidget()
        rows.setLayout(self.orphan_rows)
        self.orphans_scroll = QScrollArea()
        self.orphans_scroll.setWidget(rows)
        self.orphans_scroll.setWidgetResizable(True)
        self.orphans_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.orphans_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.orphans_scroll.setMaximumHeight(MAX_ORPHANS_HEIGHT_PX)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*BOX_MARGINS_PX)
        layout.addLayout(title_row)
        layout.addWidget(explanation)
        layout.addWidget(self.orphans_scroll)

    def show_orphans(self, orphans: Sequence[Highlight]) -> None:
        for row in self.rows():
            self.orphan_rows.removeWidget(row)
            row.deleteLater()
        for orphan in orphans:
            row = OrphanRow(orphan)
            row.set_place_enabled(self._selection_available)
            row.place_button.clicked.connect(lambda _checked=False, i=orphan.id: self.placeRequested.emit(i))
            row.delete_button.clicked.connect(
                lambda _checked=False, i=orphan.id: self.deleteRequested.emit(i)
            )
            self.orphan_rows.addWidget(row)
        self.orphans_title.setText(f"Not found in the text ({len(orphans)})")
        self.setVisible(bool(orphans))

    def set_selection_available(self, available: bool) -> None:
        """Whether the reader has a selection an orphan can be placed at (enables the buttons)."""
        self._selection_available = available
        for row in self.rows():
            row.set_place_enabled(available)

    def rows(self) -> list[OrphanRow]:
        items = (self.orphan_rows.itemAt(i) for i in range(self.orphan_rows.count()))
        return [row for item in items if item is not None and isinstance(row := item.widget(), OrphanRow)]
