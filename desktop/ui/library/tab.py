"""What every reading Library tab has: a bar with a count above a view or a message."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.library.reads import ArchiveReads, describe_error
from desktop.ui.library.views import ViewOrMessage

# Air between the Library's tab bar and a tab's own bar; the sides and bottom run to the edge.
TAB_TOP_MARGIN_PX = 8


class LibraryTab(QWidget):
    """A tab reading through ``reads``: its ``pane`` shows the view or a message, ``count``
    says how many rows are shown. Subclasses build the view and say how to empty it."""

    pane: ViewOrMessage  # made by the subclass, around its view

    def __init__(self, reads: ArchiveReads, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reads = reads
        self.count = QLabel()
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def _lay_out(self, bar: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, TAB_TOP_MARGIN_PX, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pane, 1)

    def _clear_results(self) -> None:
        """Empty the view (after a failed read)."""
        raise NotImplementedError

    def _read_failed(self, headline: str) -> Callable[[BaseException], None]:
        """A read's error handler: the view emptied, ``headline`` and the error in its place."""

        def failed(error: BaseException) -> None:
            self.count.clear()
            self.pane.show_message(f"{headline}\n\n{describe_error(error)}", error=True)
            self._clear_results()

        return failed
