"""The Library's Compare Figures view: groups of figures from several articles that describe
the same thing but disagree (6 dead here, 8 there), each drawn by date.

The groups are read, and turned into rows, on the Library's worker
(:mod:`desktop.ui.compare_figures_model`): a full archive lists over a hundred thousand figures,
which the table shows without building anything per row on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.free_memory import no_cyclic_collection
from desktop.store.archive import Archive
from desktop.store.knowledge_records import FigureGroup
from desktop.ui.compare_figures_model import (
    ARTICLE,
    DATE,
    FIGURE,
    VALUE,
    ComparedGroups,
    CompareFiguresModel,
    compare_rows,
)
from desktop.ui.figure_timeline import FigureTimeline
from desktop.ui.library.tab import TAB_TOP_MARGIN_PX
from desktop.ui.panels.figures_panel import FIT_ROWS
from desktop.ui.people_view import ArchiveReader
from desktop.ui.time_windows import DEFAULT_WINDOW, TIME_WINDOWS
from desktop.ui.wording import counted

# Room around a cell's text (Qt's item margins), and the widest a fitted column gets.
CELL_PADDING_PX = 16
MAX_COLUMN_PX = 320


class CompareFiguresView(QWidget):
    figureRequested = Signal(int, int, int)  # article id, start, end of the figure
    groupsShown = Signal(int)

    def __init__(self, reads: ArchiveReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reads = reads
        self.window_choice = QComboBox()
        for label, days in TIME_WINDOWS:
            self.window_choice.addItem(f"articles {label} of each other", days)
        self.window_choice.setCurrentIndex(DEFAULT_WINDOW)
        self.window_choice.currentIndexChanged.connect(self.load)
        self.status = QLabel()
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = CompareFiguresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Figures that disagree")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures a hundred thousand rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionResizeMode(ARTICLE, QHeaderView.ResizeMode.Stretch)
        columns.setStretchLastSection(False)
        self.model.heading_background = self.palette().color(QPalette.ColorRole.AlternateBase)
        # Enter, or a double-click, on a figure opens its article there.
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._draw)
        self.timeline = FigureTimeline()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        bar = QHBoxLayout()
        among = QLabel("Figures that disagree, among")
        among.setBuddy(self.window_choice)
        bar.addWidget(among)
        bar.addWidget(self.window_choice)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, TAB_TOP_MARGIN_PX, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    @property
    def groups(self) -> list[FigureGroup]:
        return self.model.groups

    def load(self) -> None:
        days = self.window_choice.currentData()
        self.status.setText("Comparing…")
        self._reads.read(
            "figure-groups",
            lambda archive: self._read_groups(archive, days),
            self.show_groups,
            lambda error: self.status.setText(f"The figures could not be compared: {error}"),
        )

    @staticmethod
    def _read_groups(archive: Archive, days: float | None) -> ComparedGroups:
        """On the worker: a full archive's groups hold over a hundred thousand figures."""
        with no_cyclic_collection():
            return compare_rows(archive.knowledge.figure_disagreements(days))

    def show_groups(self, compared: ComparedGroups) -> None:
        self.model.set_groups(compared)
        self._fit_columns()
        groups = compared.groups
        figures = compared.row_count - len(groups)
        self.status.setText(
            f"{counted(len(groups), 'disagreement')} among {counted(figures, 'figure')}; Enter or"
            " double-click a figure"
            " to open its article"
            if groups
            else "No figures disagree."
        )
        if groups:
            self.table.setCurrentIndex(self.model.index(0, FIGURE))
        else:
            self.timeline.show_figures(())
        self.groupsShown.emit(len(groups))

    def _fit_columns(self) -> None:
        """Widths that fit the first rows' cells (measured here: Qt's fitting asks the model
        for a dozen roles of each cell), the article's column taking the rest."""
        sample = [self.model.cells(row) for row in range(min(FIT_ROWS, self.model.rowCount()))]
        bold = QFontMetrics(self.model.bold)
        for column in (FIGURE, VALUE, DATE):
            header = self.table.horizontalHeader().sectionSizeFromContents(column).width()
            widest = max((bold.horizontalAdvance(cells[column]) for cells in sample), default=0)
            self.table.setColumnWidth(column, min(max(header, widest + CELL_PADDING_PX), MAX_COLUMN_PX))

    def _draw(self, current: QModelIndex) -> None:
        if current.isValid():
            row = current.row()
            self.timeline.show_figures(self.model.group_figures(row), self.model.group_marks(row))
        else:
            self.timeline.show_figures(())

    def _open(self, index: QModelIndex) -> None:
        passage = self.model.passage(index.row()) if index.isValid() else None
        if passage is not None:
            self.figureRequested.emit(*passage)
