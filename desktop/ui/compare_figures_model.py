"""The rows of the Library's Compare Figures view: each group of figures that disagree as a
heading row followed by its figures' rows.

A full archive lists over a hundred thousand figures in them. The model makes the cells of the
rows the view draws, when it draws them, from the groups read on the worker and where each
group starts (:func:`compare_rows`): showing them costs the GUI thread next to nothing however
many there are (an item object a row, as a tree widget made, took two seconds).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtGui import QColor, QFont

from desktop.store.figure_groups import topic_name
from desktop.store.knowledge_records import ArchivedFigure, FigureGroup
from desktop.ui.figure_timeline import TimelineMarks, timeline_marks
from desktop.ui.model_index import NO_PARENT, ModelIndex
from desktop.ui.passage_items import Passage
from desktop.ui.wording import counted

HEADERS = ("Figure", "Value", "Article", "Date")
FIGURE, VALUE, ARTICLE, DATE = range(len(HEADERS))


@dataclass(frozen=True)
class ComparedGroups:
    """What the worker hands the view: the groups, the row of each group's heading (its
    figures' rows follow it), the headings' cells, and what each group's drawing marks."""

    groups: list[FigureGroup]
    starts: list[int]
    headings: list[tuple[str, str, str, str]]
    timelines: list[TimelineMarks]

    @property
    def row_count(self) -> int:
        return self.starts[-1] + len(self.groups[-1].figures) + 1 if self.groups else 0


def number_text(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def compare_rows(groups: Sequence[FigureGroup]) -> ComparedGroups:
    """Where each of ``groups`` starts in the list, its heading and its drawing's marks (run it
    on the worker: a group can hold thousands of figures)."""
    starts, row = [], 0
    for group in groups:
        starts.append(row)
        row += len(group.figures) + 1
    return ComparedGroups(
        list(groups),
        starts,
        [heading_cells(group) for group in groups],
        [timeline_marks(group.figures) for group in groups],
    )


def heading_cells(group: FigureGroup) -> tuple[str, str, str, str]:
    """ "people: 6 to 8", "", "2 figures", ""; an amount as the articles write it: "revenue
    (USD): $4.8 billion to $5.2 billion" (not "4,800,000,000 to 5,200,000,000")."""
    low = min(group.figures, key=lambda figure: figure.value)
    high = max(group.figures, key=lambda figure: figure.value)
    if group.topic.startswith("counts:"):
        extremes = f"{number_text(low.value)} to {number_text(high.value)}"
    else:
        extremes = f"{low.text} to {high.text}"
    return (
        f"{topic_name(group.topic)}: {extremes}",
        "",
        counted(len(group.figures), "figure"),
        "",
    )


def figure_cells(figure: ArchivedFigure) -> tuple[str, str, str, str]:
    return figure.text, number_text(figure.value), figure.article_title, figure.date[:10]


class CompareFiguresModel(QAbstractTableModel):
    """Each group as its heading row, bold on a shaded ground (``heading_background``), then a
    row a figure. A row's cells are made when the view draws it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._compared = ComparedGroups([], [], [], [])
        self.heading_background: QColor | None = None
        self.bold = QFont()
        self.bold.setBold(True)

    @property
    def groups(self) -> list[FigureGroup]:
        return self._compared.groups

    def set_groups(self, compared: ComparedGroups) -> None:
        self.beginResetModel()
        self._compared = compared
        self.endResetModel()

    def place(self, row: int) -> tuple[int, ArchivedFigure | None]:
        """The group row ``row`` belongs to, and its figure (None on the group's heading)."""
        group = bisect_right(self._compared.starts, row) - 1
        position = row - self._compared.starts[group] - 1
        return group, None if position < 0 else self.groups[group].figures[position]

    def cells(self, row: int) -> tuple[str, str, str, str]:
        group, figure = self.place(row)
        return self._compared.headings[group] if figure is None else figure_cells(figure)

    def group_figures(self, row: int) -> tuple[ArchivedFigure, ...]:
        """The figures of the group row ``row`` belongs to."""
        return self.groups[self.place(row)[0]].figures

    def group_marks(self, row: int) -> TimelineMarks:
        """What the drawing of that group marks."""
        return self._compared.timelines[self.place(row)[0]]

    def passage(self, row: int) -> Passage | None:
        """Where a figure row leads (its article, start, end); None for a heading."""
        figure = self.place(row)[1]
        return None if figure is None else (figure.article_id, figure.start, figure.end)

    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._compared.row_count

    def columnCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            group, figure = self.place(row)
            if figure is None:
                heading = self._compared.headings[group]
                return f"{heading[FIGURE]}: {heading[ARTICLE]} that cannot all be right"
            return figure.sentence if column == FIGURE else figure_cells(figure)[column]
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole):
            if self.place(row)[1] is not None:
                return None
            return self.bold if role == Qt.ItemDataRole.FontRole else self.heading_background
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VALUE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None
