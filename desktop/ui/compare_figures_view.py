"""The Library's Compare Figures view: groups of figures from several articles that describe
the same thing but disagree (6 dead here, 8 there), each drawn by date."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.knowledge_records import FigureGroup
from desktop.ui.figure_timeline import FigureTimeline
from desktop.ui.library.tab import TAB_TOP_MARGIN_PX
from desktop.ui.passage_items import PASSAGE_ROLE, passage_of, set_passage
from desktop.ui.people_view import ArchiveReader
from desktop.ui.time_windows import DEFAULT_WINDOW, TIME_WINDOWS

# Which group a row belongs to (its position in ``groups``): a role after the passage's.
GROUP_ROLE = PASSAGE_ROLE + 1


def topic_name(topic: str) -> str:
    """ "counts:people" → "people"; "money:USD" → "money (USD)"."""
    kind, _, what = topic.partition(":")
    return what if kind == "counts" else f"{kind} ({what})"


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
        self.groups: list[FigureGroup] = []
        self.status = QLabel()
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Figure", "Value", "Article", "Date"])
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemDoubleClicked.connect(self._open)
        self.tree.currentItemChanged.connect(self._draw)
        self.timeline = FigureTimeline()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Figures that disagree, among"))
        bar.addWidget(self.window_choice)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, TAB_TOP_MARGIN_PX, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def load(self) -> None:
        days = self.window_choice.currentData()
        self.status.setText("Comparing…")
        self._reads.read(
            "figure-groups",
            lambda archive: archive.knowledge.figure_disagreements(days),
            self.show_groups,
            lambda error: self.status.setText(f"The figures could not be compared: {error}"),
        )

    def show_groups(self, groups: list[FigureGroup]) -> None:
        self.tree.clear()
        self.groups = groups
        for position, group in enumerate(groups):
            values = sorted({f.value for f in group.figures})
            heading = QTreeWidgetItem(
                [
                    f"{topic_name(group.topic)}: {_number(values[0])} to {_number(values[-1])}",
                    "",
                    f"{len(group.figures)} figures",
                    "",
                ]
            )
            heading.setData(0, GROUP_ROLE, position)
            for figure in group.figures:
                item = QTreeWidgetItem(
                    [figure.text, _number(figure.value), figure.article_title, figure.date[:10]]
                )
                set_passage(item, (figure.article_id, figure.start, figure.end))
                item.setData(0, GROUP_ROLE, position)
                item.setToolTip(0, figure.sentence)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                heading.addChild(item)
            self.tree.addTopLevelItem(heading)
        self.tree.expandAll()
        for column in (0, 1, 3):
            self.tree.resizeColumnToContents(column)
        self.status.setText(
            f"{len(groups)} disagreement(s); double-click a figure to open its article"
            if groups
            else "No figures disagree."
        )
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.timeline.show_figures(())
        self.groupsShown.emit(len(groups))

    def _draw(self, item: QTreeWidgetItem | None) -> None:
        position = None if item is None else item.data(0, GROUP_ROLE)
        self.timeline.show_figures(() if position is None else self.groups[int(position)].figures)

    def _open(self, item: QTreeWidgetItem) -> None:
        passage = passage_of(item)
        if passage is not None:
            self.figureRequested.emit(*passage)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
