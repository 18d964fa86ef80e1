"""A dismissible message strip above the reader, used instead of modal dialogs for problems
the user should see but need not answer (a file that could not be opened, a missing model)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.sticky = False
        self.hide()

    def clear_transient(self) -> None:
        if not self.sticky:
            self.hide()

    def show_message(self, text: str, severity: str = "warning", *, sticky: bool = False) -> None:
        """Show ``text``; a ``sticky`` message (a missing model, an unusable archive) stays
        until dismissed, others go when the next article is shown."""
        self.sticky = sticky
        colours = {
            "info": ("#e3f0ff", "#0b4a8b", "#9cc3f0"),
            "warning": ("#fff4d6", "#8a5a00", "#e8c766"),
            "error": ("#fde2e1", "#8c1d18", "#e3a19c"),
        }
        background, foreground, border = colours.get(severity, colours["warning"])
        self.setStyleSheet(
            f"#InfoBar {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
            f"#InfoBar QLabel {{ color: {foreground}; }}"
        )
        self.message.setText(text)
        self.show()
