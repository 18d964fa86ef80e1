"""A dismissible message strip above the reader, used instead of modal dialogs for problems
the user should see but need not answer (a file that could not be opened, a missing model)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop.ui.theme import is_dark

# Background, text and border of each severity: pale with deep text on light palettes, deep
# with pale text on dark ones (both pairs above 4.5:1 contrast).
SEVERITY_COLOURS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    "info": (("#e3f0ff", "#0b4a8b", "#9cc3f0"), ("#173450", "#cfe4ff", "#2f5f8f")),
    "warning": (("#fff4d6", "#8a5a00", "#e8c766"), ("#3d3115", "#ffe3a3", "#7a6226")),
    "error": (("#fde2e1", "#8c1d18", "#e3a19c"), ("#4a1c1a", "#ffd0cc", "#8c3b35")),
}
# More room on the left, where the text starts, than around the close button.
MARGINS_PX = (12, 8, 8, 8)  # left, top, right, bottom
# Rounded like the message strips of browsers, just enough to read as a strip and not a frame.
CORNER_RADIUS_PX = 6
# The border is drawn centred on half-pixels, so a one-pixel pen stays sharp.
HALF_PIXEL = 0.5


class InfoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfoBar")
        self.message = QLabel()
        # Messages quote what servers, pages and files say (a reason phrase, a title): never markup.
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        # What a message offers to do about it ("Show Changes"): hidden unless given.
        self.action_button = QPushButton()
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        self._action: Callable[[], None] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(*MARGINS_PX)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.sticky = False
        self.severity = "warning"
        self.hide()

    def clear_transient(self) -> None:
        if not self.sticky:
            self.hide()

    def show_message(
        self,
        text: str,
        severity: str = "warning",
        *,
        sticky: bool = False,
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        """Show ``text``; a ``sticky`` message (a missing model, an unusable archive) stays
        until dismissed, others go when the next article is shown. ``action`` (a button's
        label and what it does) is offered beside the text; using it dismisses the message."""
        self.sticky = sticky
        self._action = None if action is None else action[1]
        self.action_button.setText("" if action is None else action[0])
        self.action_button.setVisible(action is not None)
        self.severity = severity if severity in SEVERITY_COLOURS else "warning"
        self._colour_text()
        self.message.setText(text)
        self.show()
        self.update()

    def _act(self) -> None:
        action = self._action
        self.hide()
        if action is not None:
            action()

    def colours(self) -> tuple[QColor, QColor, QColor]:
        """Background, text and border for the current severity, suiting the current palette."""
        light, dark = SEVERITY_COLOURS[self.severity]
        background, text, border = (QColor(name) for name in (dark if is_dark(self.palette()) else light))
        return background, text, border

    def _colour_text(self) -> None:
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, self.colours()[1])
        self.message.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_text()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Painted rather than styled with a style sheet: a style sheet fixes the bar's palette,
        # so it would never hear of the desktop switching between light and dark.
        background, _text, border = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(HALF_PIXEL, HALF_PIXEL, -HALF_PIXEL, -HALF_PIXEL),
            CORNER_RADIUS_PX,
            CORNER_RADIUS_PX,
        )
